import turfArea from '@turf/area';
import booleanValid from '@turf/boolean-valid';
import { polygon as turfPolygon } from '@turf/helpers';
import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon } from 'geojson';

/** A site boundary as stored: a GeoJSON Polygon or MultiPolygon in WGS 84 longitude/latitude. */
export type SiteBoundary = Polygon | MultiPolygon;

/** What is wrong with a boundary, at a field path the client sent (`boundary.coordinates[0][3]`). */
export interface BoundaryIssue {
  field: string;
  /** `validation.<rule>` in the locale files. */
  rule:
    | 'geometryType'
    | 'geometryPosition'
    | 'geometryLongitude'
    | 'geometryLatitude'
    | 'geometryRingTooShort'
    | 'geometryRingNotClosed'
    | 'geometrySelfIntersection'
    | 'geometryInvalid';
}

/** Rings, polygons and vertices beyond these are refused before any geometry work (cost bound). */
export const MAX_BOUNDARY_VERTICES = 50_000;

/**
 * Checks a boundary the way a GIS reviewer would, and says where each problem is: the type,
 * every position a pair of finite numbers within ±180° / ±90°, every ring at least four
 * positions and closed, no ring crossing itself or another (turf's kinks), and what else
 * turf's booleanValid refuses (a hole reaching outside its shell, polygons overlapping).
 * The structural checks run first so that turf only ever sees well-formed coordinates.
 */
export function boundaryIssues(value: unknown, field = 'boundary'): BoundaryIssue[] {
  if (!isObject(value) || (value.type !== 'Polygon' && value.type !== 'MultiPolygon') || !Array.isArray(value.coordinates) || value.coordinates.length === 0) {
    return [{ field: `${field}.type`, rule: 'geometryType' }];
  }
  const polygons: unknown[] = value.type === 'Polygon' ? [value.coordinates] : value.coordinates;
  const pathOf = (p: number, r: number) => (value.type === 'Polygon' ? `${field}.coordinates[${r}]` : `${field}.coordinates[${p}][${r}]`);
  const issues: BoundaryIssue[] = [];
  let vertices = 0;
  polygons.forEach((rings, p) => {
    if (!Array.isArray(rings) || rings.length === 0) {
      issues.push({ field: value.type === 'Polygon' ? `${field}.coordinates` : `${field}.coordinates[${p}]`, rule: 'geometryType' });
      return;
    }
    rings.forEach((ring: unknown, r) => {
      const ringPath = pathOf(p, r);
      if (!Array.isArray(ring)) return issues.push({ field: ringPath, rule: 'geometryType' });
      vertices += ring.length;
      if (vertices > MAX_BOUNDARY_VERTICES) return issues.push({ field: ringPath, rule: 'geometryType' });
      const before = issues.length;
      ring.forEach((position: unknown, i) => issues.push(...positionIssues(position, `${ringPath}[${i}]`)));
      if (issues.length > before) return;
      if (ring.length < 4) return issues.push({ field: ringPath, rule: 'geometryRingTooShort' });
      const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
      if (first[0] !== last[0] || first[1] !== last[1]) issues.push({ field: ringPath, rule: 'geometryRingNotClosed' });
    });
  });
  if (issues.length) return issues;

  const shapes = polygons as number[][][][];
  shapes.forEach((rings, p) => {
    if (kinks(turfPolygon(rings)).features.length > 0) {
      issues.push({ field: value.type === 'Polygon' ? `${field}.coordinates` : `${field}.coordinates[${p}]`, rule: 'geometrySelfIntersection' });
    }
  });
  if (issues.length) return issues;
  if (!booleanValid(value as unknown as SiteBoundary)) issues.push({ field: `${field}.coordinates`, rule: 'geometryInvalid' });
  return issues;
}

function positionIssues(position: unknown, field: string): BoundaryIssue[] {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return [{ field, rule: 'geometryPosition' }];
  }
  const [longitude, latitude] = position as [number, number];
  const issues: BoundaryIssue[] = [];
  if (longitude < -180 || longitude > 180) issues.push({ field, rule: 'geometryLongitude' });
  if (latitude < -90 || latitude > 90) issues.push({ field, rule: 'geometryLatitude' });
  return issues;
}

function isObject(value: unknown): value is Record<string, unknown> & { coordinates: unknown[] } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Geodesic area of a valid boundary in hectares (turf: on the WGS 84 mean-radius sphere), to 4 decimals. */
export function boundaryHectares(boundary: SiteBoundary): string {
  return (turfArea(boundary) / 10_000).toFixed(4);
}

/** Past this relative gap between the drawn and the declared area, the steward must acknowledge it. */
export const AREA_TOLERANCE = 0.05;

export interface AreaCheck {
  measuredHectares: string;
  declaredHectares: string;
  /** |measured − declared| / declared, to 4 decimals. */
  relativeDifference: string;
  needsAcknowledgement: boolean;
}

/** Compares the boundary's geodesic area with the declared hectares. */
export function checkArea(boundary: SiteBoundary, declaredHectares: string): AreaCheck {
  const measuredHectares = boundaryHectares(boundary);
  const declared = Number(declaredHectares);
  const difference = Math.abs(Number(measuredHectares) - declared) / declared;
  return {
    measuredHectares,
    declaredHectares,
    relativeDifference: difference.toFixed(4),
    needsAcknowledgement: difference > AREA_TOLERANCE,
  };
}
