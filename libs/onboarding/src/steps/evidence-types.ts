/**
 * File types a partner may upload as evidence: documents, scans, spreadsheets, survey data.
 * JSON and plain text are left out: Fastify parses those bodies itself, and GeoJSON or CSV
 * cover the data cases.
 */
export const EVIDENCE_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'application/zip',
  'application/geo+json',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** The bare media type of a Content-Type header (`application/pdf; name=x` → `application/pdf`). */
export function mediaTypeOf(header: string | undefined): string {
  const [type = ''] = (header ?? '').split(';', 1);
  return type.trim().toLowerCase();
}

/** Keeps a file name safe to echo in Content-Disposition: no paths, quotes or control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) > 0x1f && char !== '\u007f' && char !== '"')
    .join('')
    .trim();
  return cleaned.slice(0, 255) || 'evidence';
}

/**
 * Records a step may point at, by evidence kind: each type is resolved through the lib that
 * owns it, so a reference always names something the caller may read.
 */
export const EVIDENCE_REFERENCE_TYPES = {
  document: ['document'],
  data_record: ['methodology_adaptation'],
} as const;
export type EvidenceReferenceType = (typeof EVIDENCE_REFERENCE_TYPES)[keyof typeof EVIDENCE_REFERENCE_TYPES][number];
export const ALL_EVIDENCE_REFERENCE_TYPES: readonly EvidenceReferenceType[] = Object.values(EVIDENCE_REFERENCE_TYPES).flat();
