import { validateVersion } from '../domain/validate';
import type { VersionResponse } from '../dto/version.dto';
import type { LoadedVersion } from './versions.service';
import { engineVersion } from './version-store.service';

/** A version as the API shows it; a draft also says what publishing it would say now. */
export function versionView({ template, row }: LoadedVersion): VersionResponse {
  const version = engineVersion(template.key, row);
  const { methodologyKey: _key, version: _semver, ...content } = version;
  return {
    id: row.id,
    methodologyKey: template.key,
    version: row.semver,
    status: row.status,
    checksum: row.checksum,
    content,
    // Published content passed this check when it was frozen; only drafts need it again.
    validation: row.status === 'draft' ? validateVersion(version) : { valid: true, issues: [] },
    publishedAt: row.publishedAt,
    deprecatedAt: row.deprecatedAt,
    editVersion: row.version,
  };
}
