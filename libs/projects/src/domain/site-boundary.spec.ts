import { boundaryIssues, checkArea, type SiteBoundary } from './site-boundary';

// About 1 km × 0.9 km near Futian (22.52° N): 100.01 ha on the sphere.
const square = (x = 114.0, y = 22.52, d = 0.00973): number[][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d * 0.9243],
  [x, y + d * 0.9243],
  [x, y],
];
const polygon = (ring: unknown[][]): SiteBoundary => ({ type: 'Polygon', coordinates: [ring] }) as SiteBoundary;

describe('site boundary', () => {
  it('accepts a closed, simple polygon and a multipolygon of two apart', () => {
    expect(boundaryIssues(polygon(square()))).toEqual([]);
    expect(boundaryIssues({ type: 'MultiPolygon', coordinates: [[square()], [square(114.1)]] })).toEqual([]);
  });

  it.each<[string, unknown, { field: string; rule: string }]>([
    ['a point', { type: 'Point', coordinates: [114, 22] }, { field: 'boundary.type', rule: 'geometryType' }],
    ['no coordinates', { type: 'Polygon' }, { field: 'boundary.type', rule: 'geometryType' }],
    [
      'a text position',
      polygon([
        [114, 22],
        ['a', 22],
        [115, 23],
        [114, 22],
      ]),
      { field: 'boundary.coordinates[0][1]', rule: 'geometryPosition' },
    ],
    [
      'longitude past 180',
      polygon([
        [114, 22],
        [181, 22],
        [115, 23],
        [114, 22],
      ]),
      { field: 'boundary.coordinates[0][1]', rule: 'geometryLongitude' },
    ],
    [
      'latitude past 90',
      polygon([
        [114, 22],
        [115, 91],
        [115, 23],
        [114, 22],
      ]),
      { field: 'boundary.coordinates[0][1]', rule: 'geometryLatitude' },
    ],
    [
      'three positions',
      polygon([
        [114, 22],
        [115, 22],
        [114, 22],
      ]),
      { field: 'boundary.coordinates[0]', rule: 'geometryRingTooShort' },
    ],
    [
      'an open ring',
      polygon(
        square()
          .slice(0, 4)
          .concat([[114.001, 22.52]]),
      ),
      { field: 'boundary.coordinates[0]', rule: 'geometryRingNotClosed' },
    ],
    [
      'a bow tie',
      polygon([
        [114, 22],
        [115, 23],
        [115, 22],
        [114, 23],
        [114, 22],
      ]),
      { field: 'boundary.coordinates', rule: 'geometrySelfIntersection' },
    ],
    [
      'a multipolygon whose second part crosses itself',
      {
        type: 'MultiPolygon',
        coordinates: [
          [square()],
          [
            [
              [116, 22],
              [117, 23],
              [117, 22],
              [116, 23],
              [116, 22],
            ],
          ],
        ],
      },
      { field: 'boundary.coordinates[1]', rule: 'geometrySelfIntersection' },
    ],
    [
      'a hole reaching outside its shell',
      { type: 'Polygon', coordinates: [square(), square(114.005)] },
      { field: 'boundary.coordinates', rule: 'geometrySelfIntersection' },
    ],
  ])('refuses %s, naming where', (_name, value, issue) => {
    expect(boundaryIssues(value)).toContainEqual(issue);
  });

  it('measures the geodesic area and asks for acknowledgement past 5 % only', () => {
    const check = checkArea(polygon(square()), '100');
    expect(Number(check.measuredHectares)).toBeGreaterThan(99);
    expect(Number(check.measuredHectares)).toBeLessThan(107);
    expect(check.needsAcknowledgement).toBe(false);
    expect(checkArea(polygon(square()), '90').needsAcknowledgement).toBe(true);
    expect(checkArea(polygon(square()), '115').needsAcknowledgement).toBe(true);
  });
});
