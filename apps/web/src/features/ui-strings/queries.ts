import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { downloadName, type ImportReport, type NamespaceGaps } from './uiStrings';

type Locale = 'en' | 'zh-CN' | 'pt-BR';

export function useNamespaces() {
  return useQuery({
    queryKey: ['ui-strings', 'namespaces'],
    queryFn: async () => (unwrap(await api.GET('/api/v1/ui-strings')) as unknown as { items: { namespace: string; keys: Record<string, number> }[] }).items,
  });
}

export function useNamespaceGaps(namespace: string) {
  return useQuery({
    queryKey: ['ui-strings', 'gaps', namespace],
    enabled: Boolean(namespace),
    queryFn: async () => unwrap(await api.GET('/api/v1/ui-strings/{namespace}', { params: { path: { namespace } } })) as unknown as NamespaceGaps,
  });
}

/** The namespace in `locale` as i18next JSON, saved by the browser. */
export async function downloadNamespace(namespace: string, locale: string): Promise<void> {
  const result = await api.GET('/api/v1/ui-strings/{namespace}/{locale}', { params: { path: { namespace, locale: locale as Locale } }, parseAs: 'text' });
  const json = unwrap(result) as unknown as string;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = downloadName(namespace, locale);
  link.click();
  // Revoked once the browser has taken the file, not before.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Sends the file as it is: the API reads it and says what it applied, or refuses it naming the key. */
export async function uploadNamespace(namespace: string, locale: string, file: File): Promise<ImportReport> {
  const result = await api.PUT('/api/v1/ui-strings/{namespace}/{locale}', {
    params: { path: { namespace, locale: locale as Locale } },
    body: (await file.text()) as unknown as Record<string, never>,
    bodySerializer: (body: unknown) => body as string,
    headers: { 'Content-Type': 'application/json' },
  });
  return unwrap(result) as unknown as ImportReport;
}
