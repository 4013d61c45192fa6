import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { isUUID } from 'class-validator';
import { RequestAuthenticator } from '@bluecarbon/identity';
import { addRawBodyParser, ProblemException, Problems } from '@bluecarbon/platform';
import { DocumentsService } from '../documents/documents.service';
import { DocumentsErrorCode } from '../engine/errors';
import { XLIFF_MAX_BYTES } from './xliff.service';

export const XLIFF_CONTENT_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];

/**
 * XLIFF arrives as the raw body, kept as bytes (the engine detects UTF-8/UTF-16 itself), with
 * its own limit above the 1 MB JSON limit (a 10,000-segment file is several MB), on the
 * import route only. Who may not import into the document (no valid token, no role that
 * translates, a document they cannot see) is refused before a byte is read.
 */
@Injectable()
export class XliffBodyParser implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: RequestAuthenticator,
    private readonly documents: DocumentsService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify) return;
    addRawBodyParser(fastify, {
      contentTypes: XLIFF_CONTENT_TYPES,
      routes: ['/documents/:id/xliff'],
      maxBytes: XLIFF_MAX_BYTES,
      tooLarge: (receivedBytes) =>
        new ProblemException(413, DocumentsErrorCode.FileTooLarge, { params: { size: receivedBytes, max: XLIFF_MAX_BYTES } }),
      authorize: async (request) => {
        const ctx = await this.authenticator.authenticate(request, { permission: { action: 'translate', resource: 'translation' } });
        const { id } = request.params as { id: string };
        if (!isUUID(id)) throw Problems.notFound('document');
        await this.documents.get(ctx, id);
      },
    });
  }
}
