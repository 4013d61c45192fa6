import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { isUUID } from 'class-validator';
import { RequestAuthenticator } from '@bluecarbon/identity';
import { AppConfig, addRawBodyParser, Problems } from '@bluecarbon/platform';
import { OnboardingProblems } from '../onboarding-errors';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';
import { EvidenceService } from './evidence.service';

/**
 * Evidence files arrive as the raw request body with their own Content-Type (no multipart
 * parser is installed, and one file per request keeps the SHA-256 simple), up to
 * EVIDENCE_MAX_BYTES instead of the 1 MB JSON limit, on the upload route only; a larger file
 * gets our own 413, which names the evidence limit rather than the JSON one. Who may not
 * upload to the step (no valid token, another city's step) is refused before a byte is read.
 */
@Injectable()
export class EvidenceUploadParser implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly authenticator: RequestAuthenticator,
    private readonly evidence: EvidenceService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify) return;
    const limit = this.config.env.EVIDENCE_MAX_BYTES;
    addRawBodyParser(fastify, {
      contentTypes: EVIDENCE_CONTENT_TYPES,
      routes: ['/onboarding/steps/:stepId/evidence/files'],
      maxBytes: limit,
      tooLarge: () => OnboardingProblems.evidenceTooLarge(limit),
      authorize: async (request) => {
        const ctx = await this.authenticator.authenticate(request, { permission: { action: 'create', resource: 'onboarding_evidence' } });
        const { stepId } = request.params as { stepId: string };
        if (!isUUID(stepId)) throw Problems.notFound('onboarding_step');
        await this.evidence.assertCanAddFile(ctx, stepId);
      },
    });
  }
}
