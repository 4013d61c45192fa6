import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, etagOf, type Schemas, unwrap } from '../../api/client';

type Locale = 'en' | 'zh-CN' | 'pt-BR';
export type DocumentView = Schemas['DocumentResponse'];
export type DocumentDetail = Schemas['DocumentDetailResponse'] & { etag: string };
export type SavedDocument = Schemas['DocumentRevisionResponse'];
export type Revision = Schemas['RevisionResponse'];
export type RevisionText = Schemas['RevisionTextResponse'];
export type Rendering = Schemas['RenderingResponse'];
export type NewDocument = Schemas['CreateDocumentDto'];

export const documentKey = (id: string) => ['documents', 'document', id] as const;

/** Every document the user may read, 100 a page, newest first. */
export function useDocumentList() {
  return useInfiniteQuery({
    queryKey: ['documents', 'list'],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/documents', { params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })) as {
        items: DocumentView[];
        nextCursor: string | null;
      },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export async function fetchDocument(id: string): Promise<DocumentDetail> {
  const result = await api.GET('/api/v1/documents/{id}', { params: { path: { id } } });
  const document = unwrap(result);
  return { ...document, etag: etagOf(result.response) || `"${document.version}"` };
}

export function useDocumentDetail(id: string) {
  return useQuery({ queryKey: documentKey(id), queryFn: () => fetchDocument(id) });
}

export async function createDocument(body: NewDocument): Promise<SavedDocument> {
  return unwrap(await api.POST('/api/v1/documents', { body }));
}

/** A new revision over the version the editor read (If-Match); a 412 means someone saved first. */
export async function saveRevision(id: string, etag: string, markdown: string, message: string): Promise<SavedDocument & { created: boolean }> {
  const result = await api.POST('/api/v1/documents/{id}/revisions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { markdown, ...(message.trim() ? { message: message.trim() } : {}) },
  });
  // 200: the text was the current revision's, no revision made.
  return { ...unwrap(result), created: result.response.status === 201 };
}

export function useRevisions(id: string) {
  return useInfiniteQuery({
    queryKey: ['documents', 'revisions', id],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/documents/{id}/revisions', { params: { path: { id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } }),
      ) as { items: Revision[]; nextCursor: string | null },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRevisionText(id: string, number: number, enabled: boolean) {
  return useQuery({
    queryKey: ['documents', 'revision', id, number],
    enabled: enabled && number > 0,
    // A revision never changes once written.
    staleTime: Infinity,
    queryFn: async (): Promise<RevisionText> => unwrap(await api.GET('/api/v1/documents/{id}/revisions/{number}', { params: { path: { id, number } } })),
  });
}

export function useRendering(id: string, locale: string, revision: 'published' | 'current', enabled = true) {
  return useQuery({
    queryKey: ['documents', 'render', id, locale, revision],
    enabled,
    queryFn: async (): Promise<Rendering> =>
      unwrap(await api.GET('/api/v1/documents/{id}/render', { params: { path: { id }, query: { locale: locale as Locale, revision } } })),
  });
}

export async function publish(id: string, locale: string, partial: boolean): Promise<Rendering> {
  return unwrap(await api.POST('/api/v1/documents/{id}/publications/{locale}', { params: { path: { id, locale: locale as Locale } }, body: { partial } }));
}

// Long enough for the browser to have started writing the file; the URL only pins memory.
const KEEP_OBJECT_URL_MS = 60_000;

/**
 * The Markdown export in `locale`, saved under the API's file name. The route wants the bearer
 * token, which a plain link cannot send: fetched with the client, handed over as an object URL.
 */
export async function downloadMarkdown(id: string, locale: string): Promise<void> {
  const result = await api.GET('/api/v1/documents/{id}/markdown', { params: { path: { id }, query: { locale: locale as Locale } }, parseAs: 'text' });
  const text = unwrap(result) as unknown as string;
  const name = /filename="([^"]+)"/.exec(result.response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${id}.${locale}.md`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_OBJECT_URL_MS);
}
