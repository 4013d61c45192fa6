import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../api/client';
import type { Concept, ConceptState, Term } from './terms';

type Locale = 'en' | 'zh-CN' | 'pt-BR';

/** Concepts per page of the list. */
export const PAGE_SIZE = 20;

/** One page of the concepts matching `q` (every locale's terms and the id), with how many match. */
export function useConcepts(q: string, page: number) {
  return useQuery({
    queryKey: ['glossary', 'list', q, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/glossary', { params: { query: { ...(q ? { q } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } }),
      ) as unknown as { items: Concept[]; total: number },
    placeholderData: keepPreviousData,
  });
}

export const conceptKey = (id: string) => ['glossary', 'concept', id] as const;

/** A concept as its own GET answers it, its version from the ETag (the If-Match of the next write). */
export async function fetchConcept(id: string): Promise<Concept> {
  const result = await api.GET('/api/v1/glossary/{conceptId}', { params: { path: { conceptId: id } } });
  const concept = unwrap(result) as unknown as Concept;
  return { ...concept, version: Number(etagOf(result.response).replace(/\D/g, '')) || concept.version };
}

export function useConcept(id: string) {
  return useQuery({ queryKey: conceptKey(id), queryFn: () => fetchConcept(id) });
}

export function useConceptHistory(id: string) {
  return useQuery({
    queryKey: ['glossary', 'history', id],
    queryFn: async () =>
      (unwrap(await api.GET('/api/v1/glossary/{conceptId}/history', { params: { path: { conceptId: id } } })) as unknown as { items: ConceptState[] }).items,
  });
}

/** Replaces the concept's terms in one locale over the version the form read; a 412 means someone saved first. */
export async function saveTerms(id: string, locale: string, terms: Term[], version: number): Promise<Concept> {
  const result = await api.PUT('/api/v1/glossary/{conceptId}/terms/{locale}', {
    params: { path: { conceptId: id, locale: locale as Locale }, header: { 'If-Match': `"${version}"` } },
    body: { terms },
  });
  return unwrap(result) as unknown as Concept;
}
