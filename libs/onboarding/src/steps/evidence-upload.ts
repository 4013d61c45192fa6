import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '@bluecarbon/platform';
import { OnboardingProblems } from '../onboarding-errors';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';

/**
 * Evidence files arrive as the raw request body with their own Content-Type (no multipart
 * parser is installed, and one file per request keeps the SHA-256 simple). Fastify gets a
 * parser for exactly the accepted types that collects the bytes up to EVIDENCE_MAX_BYTES
 * (instead of the 1 MB JSON body limit) and answers a larger file with our own 413, which
 * names the evidence limit rather than the JSON one.
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
    const limit = this.config.env.EVIDENCE_MAX_BYTES;
    fastify.addContentTypeParser([...EVIDENCE_CONTENT_TYPES], { bodyLimit: Number.MAX_SAFE_INTEGER }, (_request, payload, done) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      payload.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > limit) {
          failed = true;
          chunks.length = 0;
          done(OnboardingProblems.evidenceTooLarge(limit), undefined);
          return;
        }
        chunks.push(chunk);
      });
      payload.on('end', () => failed || done(null, Buffer.concat(chunks)));
      payload.on('error', (error: Error) => failed || ((failed = true), done(error, undefined)));
    });
  }
}
