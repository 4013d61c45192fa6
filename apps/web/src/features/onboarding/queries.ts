import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CaseView, OverviewRow } from './types';

export function useOverview(country: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['onboarding', 'overview', country ?? null],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/onboarding/overview', { params: { query: country ? { country } : {} } })) as unknown as { partners: OverviewRow[] },
  });
}

export function useCases(enabled = true) {
  return useQuery({
    queryKey: ['onboarding', 'cases'],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/onboarding/cases', { params: { query: { limit: 100 } } })) as unknown as {
        items: { id: string; code: string; status: string }[];
      },
  });
}

const caseQuery = (id: string) => ({
  queryKey: ['onboarding', 'case', id],
  queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/cases/{id}', { params: { path: { id } } })) as unknown as CaseView,
});

export function useCase(id: string) {
  return useQuery(caseQuery(id));
}

export function useCaseViews(ids: string[]) {
  return useQueries({ queries: ids.map(caseQuery) });
}
