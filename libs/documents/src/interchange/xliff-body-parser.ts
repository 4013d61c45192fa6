import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { isUUID } from 'class-validator';
import { AccessService, RequestAuthenticator } from '@bluecarbon/identity';
import { addRawBodyParser, Problems, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { DOCUMENTS_PROBLEMS } from '../documents-problems';
import { DocumentsService } from '../documents/documents.service';
import { DocumentsErrorCode } from '../domain/errors';
import { memoryResource } from './tmx.service';
import { XLIFF_MAX_BYTES } from './xliff.service';

export const XLIFF_CONTENT_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'] as const;
/** Every XML body the lib takes (Fastify keeps one parser per content type): XLIFF, TMX, TBX. */
export const XML_BODY_CONTENT_TYPES = [...XLIFF_CONTENT_TYPES, 'application/x-tmx+xml', 'application/x-tbx+xml'] as const;

/** Who may send a body to each XML route: the route's permission, checked before a byte is read. */
const TRANSLATE = { action: 'translate', resource: 'translation' } as const;
const REVIEW = { action: 'review_translation', resource: 'translation' } as const;

/**
 * XLIFF, TMX and TBX arrive as the raw body, kept as bytes (the engine detects UTF-8/UTF-16
 * itself), with their own limit above the 1 MB JSON limit (a 10,000-segment file is several
 * MB), on their import routes only. Who may not import (no valid token, no role that
 * translates or reviews, a document they cannot see, a memory locale they do not review) is
 * refused before a byte is read.
 */
@Injectable()
export class XliffBodyParser implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: RequestAuthenticator,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify) return;
    addRawBodyParser(fastify, {
      contentTypes: XML_BODY_CONTENT_TYPES,
      routes: ['/documents/:id/xliff', '/memory/tmx', '/glossary/tbx'],
      maxBytes: XLIFF_MAX_BYTES,
      tooLarge: (receivedBytes) => DOCUMENTS_PROBLEMS.problem(DocumentsErrorCode.FileTooLarge, { params: { size: receivedBytes, max: XLIFF_MAX_BYTES } }),
      authorize: async (request) => {
        const url = request.routeOptions.url ?? '';
        if (url.endsWith('/glossary/tbx')) {
          // Which locales a TBX touches is in the file: the service refuses the others per entry.
          await this.authenticator.authenticate(request, { permission: REVIEW });
          return;
        }
        if (url.endsWith('/memory/tmx')) {
          const ctx = await this.authenticator.authenticate(request, { permission: REVIEW });
          const { target } = request.query as { target?: string };
          // An unknown locale is the query validation's 400, after the body.
          if (target && (SUPPORTED_LOCALES as readonly string[]).includes(target)) await this.access.assert(ctx, 'review_translation', memoryResource(target));
          return;
        }
        const ctx = await this.authenticator.authenticate(request, { permission: TRANSLATE });
        const { id } = request.params as { id: string };
        if (!isUUID(id)) throw Problems.notFound('document');
        await this.documents.get(ctx, id);
      },
    });
  }
}
