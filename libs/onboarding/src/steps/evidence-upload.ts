import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppConfig, addRawBodyParser } from '@bluecarbon/platform';
import { OnboardingProblems } from '../onboarding-errors';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';

/**
 * Evidence files arrive as the raw request body with their own Content-Type (no multipart
 * parser is installed, and one file per request keeps the SHA-256 simple), up to
 * EVIDENCE_MAX_BYTES instead of the 1 MB JSON limit, on the upload route only; a larger file
 * gets our own 413, which names the evidence limit rather than the JSON one.
 */
@Injectable()
export class EvidenceUploadParser implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
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
    });
  }
}
