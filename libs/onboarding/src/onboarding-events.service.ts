import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedActor, DomainEvents } from '@bluecarbon/identity';
import type { PartnerRef } from './access/onboarding-access';
import type { RequestContext } from '@bluecarbon/platform';

export interface OnboardingEvent {
  /** Dotted name, used both as the audit action and the outbox event type. */
  type: string;
  actor: AuthenticatedActor | null;
  /** Where the change was asked for (request id and address, for the audit entry). */
  context?: RequestContext;
  subjectType: string;
  subjectId: string;
  partner: PartnerRef | null;
  before?: object | null;
  after?: object | null;
  /** What webhook subscribers receive, besides the partner and the time. */
  payload: Record<string, unknown>;
}

/** Onboarding's changes, told in terms of the partner city, through identity's DomainEvents. */
@Injectable()
export class OnboardingEvents {
  constructor(private readonly events: DomainEvents) {}

  record(manager: EntityManager, event: OnboardingEvent): Promise<void> {
    const { partner, ...rest } = event;
    return this.events.record(manager, {
      ...rest,
      jurisdiction: partner ? { id: partner.jurisdictionId, code: partner.jurisdictionCode } : null,
    });
  }
}
