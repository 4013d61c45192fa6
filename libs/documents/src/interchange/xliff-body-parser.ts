import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { XLIFF_MAX_BYTES } from './xliff.service';

export const XLIFF_CONTENT_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];

/**
 * XLIFF arrives as the raw body. Fastify keeps it as bytes (the engine detects UTF-8/UTF-16
 * itself) with its own limit above the 1 MB JSON limit: a 10,000-segment file is several MB.
 */
@Injectable()
export class XliffBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify || fastify.hasContentTypeParser(XLIFF_CONTENT_TYPES[0])) return;
    fastify.addContentTypeParser(XLIFF_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: XLIFF_MAX_BYTES }, (_request, body, done) => done(null, body));
  }
}
