import { type Action, type Actor, decide, type Decision, type Resource } from '@bluecarbon/identity';
import type { Document } from '../entities/document.entity';

/** What the policy needs of a document (a queue row carries just this). */
export type DocumentRef = Pick<Document, 'jurisdictionId' | 'jurisdictionCode' | 'ownerOrganisationId' | 'status' | 'targetLocales'>;

/** The policy's view of a document. */
export function documentResource(document: DocumentRef): Resource {
  return {
    kind: 'document',
    jurisdictionId: document.jurisdictionId,
    jurisdictionCode: document.jurisdictionCode,
    organisationId: document.ownerOrganisationId,
    state: document.status,
  };
}

/** The policy's view of a document's translation into one locale (language teams work on drafts). */
export function translationResource(document: DocumentRef, locale: string): Resource {
  return { ...documentResource(document), kind: 'translation', locale };
}

/**
 * May the actor read the document? Its owners and the steward through the document itself;
 * a language team through any target locale it works in. Invisible is 404, never 403.
 */
export function readDecision(actor: Actor, document: DocumentRef): Decision {
  if (decide(actor, 'read', documentResource(document)) === 'allow') return 'allow';
  const viaLocale = document.targetLocales.some((locale) => decide(actor, 'read', translationResource(document, locale)) === 'allow');
  return viaLocale ? 'allow' : 'not_found';
}

/**
 * May the actor read the translation into `locale`? Whoever reads the document itself reads
 * all its translations; a language team reads only the locales it works in (a pt-BR
 * translator has no business in a draft's English text).
 */
export function readLocaleDecision(actor: Actor, document: DocumentRef, locale: string): Decision {
  if (decide(actor, 'read', documentResource(document)) === 'allow') return 'allow';
  return decide(actor, 'read', translationResource(document, locale)) === 'allow' ? 'allow' : 'not_found';
}

/**
 * May the actor read the working copy in `locale`: the current revision and translations not
 * yet published? Publishing a locale opens the document and that publication to every partner,
 * never what is written after it: the working copy stays with its owners, the steward and the
 * language team of that locale, as a draft does. The source text goes to whoever reads any of
 * the draft's locales (translators translate from it).
 */
export function workingCopyDecision(actor: Actor, document: DocumentRef & Pick<Document, 'sourceLocale'>, locale: string): Decision {
  const draft: DocumentRef = { ...document, status: 'draft' };
  if (locale === document.sourceLocale) return readDecision(actor, draft);
  const decision = readLocaleDecision(actor, draft, locale);
  // A language team that works on this draft in another of its locales knows the document and
  // its target locales: it is told the locale is not its own (403), not that nothing is there.
  if (decision !== 'allow' && document.targetLocales.includes(locale) && readDecision(actor, draft) === 'allow') return 'forbidden';
  return decision;
}

/**
 * May the actor write (`translate`, `review_translation`) the translation into `locale`? The
 * policy hides a draft's translation from a language team of another locale (404); but a team
 * that reads the document through one of its own locales already knows its target locales, so
 * for one of those it is told the locale is not its own (403), as reads are. Whoever cannot
 * read the document at all still gets 404.
 */
export function translationWriteDecision(actor: Actor, document: DocumentRef, locale: string, action: Action): Decision {
  const decision = decide(actor, action, translationResource(document, locale));
  if (decision === 'not_found' && document.targetLocales.includes(locale) && readDecision(actor, document) === 'allow') return 'forbidden';
  return decision;
}
