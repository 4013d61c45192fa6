import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '@bluecarbon/platform';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';

/**
 * Evidence files arrive as the raw request body with their own Content-Type (no multipart
 * parser is installed, and one file per request keeps the SHA-256 simple). Fastify gets a
 * buffer parser for exactly the accepted types, with EVIDENCE_MAX_BYTES as its limit instead
 * of the 1 MB JSON body limit.
 */
@Injectable()
export class EvidenceUploadParser implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify || fastify.hasContentTypeParser(EVIDENCE_CONTENT_TYPES[0])) return;
    fastify.addContentTypeParser(
      [...EVIDENCE_CONTENT_TYPES],
      { parseAs: 'buffer', bodyLimit: this.config.env.EVIDENCE_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
  }
}
