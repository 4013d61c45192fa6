import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { addRawBodyParser, ProblemException } from '@bluecarbon/platform';
import { DocumentsErrorCode } from '../engine/errors';
import { XLIFF_MAX_BYTES } from './xliff.service';

export const XLIFF_CONTENT_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];

/**
 * XLIFF arrives as the raw body, kept as bytes (the engine detects UTF-8/UTF-16 itself), with
 * its own limit above the 1 MB JSON limit (a 10,000-segment file is several MB), on the
 * import route only.
 */
@Injectable()
export class XliffBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify) return;
    addRawBodyParser(fastify, {
      contentTypes: XLIFF_CONTENT_TYPES,
      routes: ['/documents/:id/xliff'],
      maxBytes: XLIFF_MAX_BYTES,
      tooLarge: (receivedBytes) =>
        new ProblemException(413, DocumentsErrorCode.FileTooLarge, { params: { size: receivedBytes, max: XLIFF_MAX_BYTES } }),
    });
  }
}
