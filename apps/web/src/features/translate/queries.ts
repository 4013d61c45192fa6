import { type InfiniteData, type QueryClient, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, etagOf, unwrap } from '../../api/client';
import type { DocumentSummary, HistoryEntry, ImportReport, QaFinding, Segment, Suggestions, TranslationTask } from './types';

type Locale = 'en' | 'zh-CN' | 'pt-BR';
type SegmentPage = { items: Segment[]; nextCursor: string | null };

export function useTasks() {
  return useQuery({
    queryKey: ['translate', 'tasks'],
    queryFn: async () => unwrap(await api.GET('/api/v1/translation-tasks', { params: { query: { limit: 100 } } })) as unknown as { items: TranslationTask[] },
  });
}

const documentQuery = (id: string) => ({
  queryKey: ['translate', 'document', id],
  queryFn: async () => unwrap(await api.GET('/api/v1/documents/{id}', { params: { path: { id } } })) as unknown as DocumentSummary,
});

export function useDocument(id: string) {
  return useQuery(documentQuery(id));
}

export function useDocuments(ids: string[]) {
  return useQueries({ queries: ids.map(documentQuery) });
}

export const segmentsKey = (id: string, locale: string) => ['translate', 'segments', id, locale] as const;

/**
 * Every segment of the document in `locale`, page by page (100 each): the first page shows at
 * once, the rest arrive behind it, so a 2,000-segment document opens without waiting for all.
 */
export function useSegments(id: string, locale: string) {
  const query = useInfiniteQuery({
    queryKey: segmentsKey(id, locale),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/documents/{id}/segments', {
          params: { path: { id }, query: { locale: locale as Locale, limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ) as unknown as SegmentPage,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: Infinity,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return { ...query, segments: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** Puts a saved or reviewed segment into the loaded list, where it was. */
export function replaceSegment(client: QueryClient, id: string, locale: string, segment: Segment): void {
  client.setQueryData<InfiniteData<SegmentPage>>(
    segmentsKey(id, locale),
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.segmentId === segment.segmentId ? segment : item)) })),
      },
  );
}

const translationPath = { path: '/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}' } as const;
const pathOf = (id: string, segmentId: string, locale: string) => ({ id, segmentId, locale: locale as Locale });

/** Saves over the version the editor read (If-Match); a 412 means someone saved first. */
export async function saveTranslation(id: string, segmentId: string, locale: string, text: string, version: number): Promise<Segment> {
  const result = await api.PUT(translationPath.path, {
    params: { path: pathOf(id, segmentId, locale), header: { 'If-Match': `"${version}"` } },
    body: { text, state: 'translated' },
  });
  return unwrap(result) as unknown as Segment;
}

export async function fetchTranslation(id: string, segmentId: string, locale: string): Promise<Segment> {
  const result = await api.GET(translationPath.path, { params: { path: pathOf(id, segmentId, locale) } });
  const segment = unwrap(result) as unknown as Segment;
  return { ...segment, version: Number(etagOf(result.response).replace(/\D/g, '')) || segment.version };
}

/** A reviewer's decision over the version they read; a rejection carries its reason. */
export async function reviewTranslation(id: string, segment: Segment, locale: string, decision: 'approved' | 'rejected', comment?: string): Promise<Segment> {
  const result = await api.POST('/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/review', {
    params: { path: pathOf(id, segment.segmentId, locale), header: { 'If-Match': `"${segment.version}"` } },
    body: comment === undefined ? { decision } : { decision, comment },
  });
  return unwrap(result) as unknown as Segment;
}

/** Every change of a segment's translation, oldest first; `version` refetches it after each write. */
export function useHistory(id: string, segmentId: string, locale: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['translate', 'history', id, segmentId, locale, version],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/history', { params: { path: pathOf(id, segmentId, locale) } }),
      ) as unknown as HistoryEntry[],
  });
}

export async function checkQa(id: string, segmentId: string, locale: string, text: string, signal: AbortSignal): Promise<QaFinding[]> {
  const result = await api.POST('/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/qa', {
    params: { path: pathOf(id, segmentId, locale) },
    body: { text },
    signal,
  });
  return unwrap(result).findings as QaFinding[];
}

export function useSuggestions(id: string, segmentId: string | undefined, locale: string) {
  return useQuery({
    queryKey: ['translate', 'suggestions', id, segmentId, locale],
    enabled: Boolean(segmentId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/suggestions', {
          params: { path: pathOf(id, segmentId ?? '', locale) },
        }),
      ) as unknown as Suggestions,
  });
}

/** The XLIFF 2.0 of the document in `locale`, saved by the browser under the API's file name. */
export async function downloadXliff(id: string, locale: string): Promise<void> {
  const result = await api.GET('/api/v1/documents/{id}/xliff', { params: { path: { id }, query: { target: locale as Locale } }, parseAs: 'text' });
  const xml = unwrap(result) as unknown as string;
  const name = /filename="([^"]+)"/.exec(result.response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${id}.${locale}.xlf`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xliff+xml' }));
  link.download = name;
  link.click();
  // Revoked once the browser has taken the file, not before.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function uploadXliff(id: string, file: File): Promise<ImportReport> {
  const result = await api.POST('/api/v1/documents/{id}/xliff', {
    params: { path: { id } },
    body: await file.text(),
    bodySerializer: (body: string) => body,
    headers: { 'Content-Type': 'application/xliff+xml' },
  });
  return unwrap(result) as unknown as ImportReport;
}
