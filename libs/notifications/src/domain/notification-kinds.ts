// Which domain events become mail to people, to whom, and with what facts: pure, no Nest.
// Events are read by their type strings and payloads (the outbox is the contract), so this
// lib imports no other domain lib.

export const NOTIFICATION_KINDS = [
  'step_submitted',
  'step_changes_requested',
  'step_approved',
  'step_due_soon',
  'step_overdue',
  'translation_assigned',
  'translation_outdated',
  'adaptation_decided',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERY_CHOICES = ['immediately', 'daily', 'never'] as const;
export type DeliveryChoice = (typeof DELIVERY_CHOICES)[number];
export const DEFAULT_DELIVERY: DeliveryChoice = 'immediately';

/** The outbox event types that may notify someone. */
export const NOTIFYING_EVENT_TYPES = [
  'onboarding.step.submitted',
  'onboarding.step.changes_requested',
  'onboarding.step.approved',
  'onboarding.step.reminder',
  'documents.document.created',
  'documents.revision.created',
  'methodology.adaptation.approved',
  'methodology.adaptation.rejected',
] as const;

/** Who is told, in identity's terms: people of a city's organisation, or holders of a role. */
export type Audience = { scope: 'city'; jurisdictionId: string; roles: string[] } | { scope: 'role'; roles: string[]; locales?: string[] };

export interface Notice {
  kind: NotificationKind;
  audience: Audience;
  /** Interpolated into the kind's subject and body; `path` is appended to PUBLIC_WEB_URL. */
  params: Record<string, string>;
  /** Whoever caused the event is not told about it. */
  actorId: string | null;
}

const CITY_TEAM = ['coordinator', 'contributor'];
const LOCALE_TEAM = ['translator', 'reviewer'];

/** The notice an outbox event gives rise to, or null when it notifies nobody. */
export function noticeOf(type: string, payload: Record<string, unknown>): Notice | null {
  const text = (name: string): string => (typeof payload[name] === 'string' || typeof payload[name] === 'number' ? String(payload[name]) : '');
  const actorId = text('actorId') || null;
  const jurisdictionId = text('jurisdictionId');
  const city = (roles: string[]): Audience | null => (jurisdictionId ? { scope: 'city', jurisdictionId, roles } : null);
  const step = { step: text('stepKey'), city: text('jurisdictionCode'), path: `/onboarding/cases/${text('caseId')}` };
  const notice = (kind: NotificationKind, audience: Audience | null, params: Record<string, string>): Notice | null =>
    audience ? { kind, audience, params, actorId } : null;

  switch (type) {
    case 'onboarding.step.submitted':
      return notice('step_submitted', { scope: 'role', roles: ['steward'] }, step);
    case 'onboarding.step.changes_requested':
      return notice('step_changes_requested', city(CITY_TEAM), step);
    case 'onboarding.step.approved':
      return notice('step_approved', city(CITY_TEAM), step);
    case 'onboarding.step.reminder':
      return notice(payload.kind === 'overdue' ? 'step_overdue' : 'step_due_soon', city(CITY_TEAM), { ...step, dueOn: text('dueOn') });
    case 'documents.document.created':
    case 'documents.revision.created': {
      const locales = Array.isArray(payload.targetLocales) ? payload.targetLocales.filter((locale): locale is string => typeof locale === 'string') : [];
      // A new revision concerns translators only when it left translations outdated.
      if (!locales.length || (type === 'documents.revision.created' && !(Number(payload.outdatedSegments) > 0))) return null;
      const params = { locales: locales.join(', '), segments: text('outdatedSegments'), path: `/documents/${text('documentId')}` };
      return notice(
        type === 'documents.document.created' ? 'translation_assigned' : 'translation_outdated',
        { scope: 'role', roles: LOCALE_TEAM, locales },
        params,
      );
    }
    case 'methodology.adaptation.approved':
    case 'methodology.adaptation.rejected':
      return notice('adaptation_decided', city(['coordinator']), {
        methodology: text('methodologyKey'),
        version: text('version'),
        revision: text('revision'),
        decision: type.endsWith('approved') ? 'approved' : 'rejected',
        path: `/adaptations/${text('adaptationId')}`,
      });
    default:
      return null;
  }
}
