import { type Action, type Actor, decide, type Decision, type Resource } from '@bluecarbon/identity';
import type { Document } from '../entities/document.entity';

/** The policy's view of a document. */
export function documentResource(document: Document): Resource {
  return {
    kind: 'document',
    jurisdictionId: document.jurisdictionId,
    jurisdictionCode: document.jurisdictionCode,
    organisationId: document.ownerOrganisationId,
    state: document.status,
  };
}

/** The policy's view of a document's translation into one locale (language teams work on drafts). */
export function translationResource(document: Document, locale: string): Resource {
  return { ...documentResource(document), kind: 'translation', locale };
}

/**
 * May the actor read the document? Its owners and the steward through the document itself;
 * a language team through any target locale it works in. Invisible is 404, never 403.
 */
export function readDecision(actor: Actor, document: Document): Decision {
  if (decide(actor, 'read', documentResource(document)) === 'allow') return 'allow';
  const viaLocale = document.targetLocales.some((locale) => decide(actor, 'read', translationResource(document, locale)) === 'allow');
  return viaLocale ? 'allow' : 'not_found';
}

/** Locales among the document's targets the actor may do `action` in. */
export function localesFor(actor: Actor, document: Document, action: Action): string[] {
  return document.targetLocales.filter((locale) => decide(actor, action, translationResource(document, locale)) === 'allow');
}
