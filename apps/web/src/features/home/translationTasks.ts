import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

// The queue's answer is documented loosely in the OpenAPI document (no response schema): its
// shape, as libs/documents' TasksService returns it.
export interface TranslationTask {
  documentId: string;
  title: string;
  jurisdictionCode: string | null;
  locale: string;
  dueOn: string | null;
  segments: number;
  untranslated: number;
  outdated: number;
  awaitingReview: number;
}

/** How many a home card counts before it says "at least": the queue's largest page. */
export const TASKS_COUNTED = 100;

/** The caller's translation queue (their locales, soonest due first), one page. */
export function useTranslationTasks() {
  return useQuery({
    queryKey: ['translation-tasks', 'home'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/translation-tasks', { params: { query: { limit: TASKS_COUNTED } } })) as unknown as {
        items: TranslationTask[];
        nextCursor: string | null;
      },
  });
}

export type WorkKind = 'untranslated' | 'outdated' | 'awaitingReview';

/** What is left to do on a document, biggest first, leaving out what is done. */
export function workLeft(task: TranslationTask): { kind: WorkKind; count: number }[] {
  return (['untranslated', 'outdated', 'awaitingReview'] as const)
    .map((kind) => ({ kind, count: task[kind] }))
    .filter((part) => part.count > 0)
    .sort((a, b) => b.count - a.count);
}
