import { createHash } from 'node:crypto';
import type { MethodologyVersion } from './model';

/**
 * JSON with object keys sorted at every level, so two equal versions serialise the same
 * whatever order their keys were written in (arrays keep their order: it is meaningful).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The content checksum a published version carries: `sha256:` and the hex digest of its canonical JSON. */
export function versionChecksum(version: MethodologyVersion): string {
  return `sha256:${createHash('sha256').update(canonicalJson(version), 'utf8').digest('hex')}`;
}
