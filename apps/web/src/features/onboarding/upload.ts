import { currentLocale } from '../../i18n/i18n';
import { session } from '../../api/session';
import { isProblem, type Problem } from '../../api/problem';

/**
 * Uploads a file as a step's evidence: the raw bytes as the body with their type (the API's
 * upload route), through XMLHttpRequest because fetch reports no upload progress.
 */
export function uploadEvidence(stepId: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/onboarding/steps/${stepId}/evidence/files?fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    const token = session.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status < 300) return resolve();
      let problem: Problem | null = null;
      try {
        const body: unknown = JSON.parse(xhr.responseText);
        if (isProblem(body)) problem = body;
      } catch {
        // not JSON: answered below with the status
      }
      reject(new Error(problem?.detail ?? `${xhr.status} ${xhr.statusText}`));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
