import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export function useOverview(country: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['onboarding', 'overview', country ?? null],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/overview', { params: { query: country ? { country } : {} } })),
  });
}

export function useCases(enabled = true) {
  return useQuery({
    queryKey: ['onboarding', 'cases'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/cases', { params: { query: { limit: 100 } } })),
  });
}

const caseQuery = (id: string) => ({
  queryKey: ['onboarding', 'case', id],
  queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/cases/{id}', { params: { path: { id } } })),
});

export function useCase(id: string) {
  return useQuery(caseQuery(id));
}

export function useCaseViews(ids: string[]) {
  return useQueries({ queries: ids.map(caseQuery) });
}
