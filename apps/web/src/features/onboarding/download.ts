import { api, unwrap } from '../../api/client';

// Long enough for the browser to have started writing the file; the URL only pins memory.
const KEEP_OBJECT_URL_MS = 60_000;

/**
 * Saves an evidence file. The download route wants the bearer token, which a plain link
 * cannot send (the token lives in memory, not in a cookie): the file is fetched with the
 * client (refresh on 401 and problem+json errors included) and handed to the browser as an
 * object URL under its own name.
 */
export async function downloadEvidence(id: string, fileName: string): Promise<void> {
  const blob = unwrap(await api.GET('/api/v1/onboarding/evidence/{id}/content', { params: { path: { id } }, parseAs: 'blob' })) as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_OBJECT_URL_MS);
}
