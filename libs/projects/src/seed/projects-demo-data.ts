import type { LocalizedText } from '@bluecarbon/platform';
import type { ProjectStatus } from '../domain/project-lifecycle';
import type { SiteBoundary } from '../domain/site-boundary';
import type { MeasuredInputs } from '../entities/monitoring-report.entity';
import type { ProjectStratum } from '../entities/project.entity';

/** Fixed ids: seeding again finds them, and other seeds (auctions) point at Futian's. */
export const FUTIAN_DEMO_PROJECT_ID = '5f0e1a00-2023-4000-8000-000000000001';

/**
 * Futian is a Shenzhen record: the demo has no Shenzhen city organisation (identity and
 * onboarding seed Enping, Taishan, Niterói and Sergipe), so the project has no Jurisdiction
 * record id and the steward and ICLEI see it, no city writes it.
 */
export const SHENZHEN_CODE = 'CN-GD-SHENZHEN';

export interface DemoProject {
  id: string;
  adaptationId: string;
  jurisdictionCode: string;
  name: LocalizedText;
  /** Overrides of the city's approved adaptation of the seeded 2.1.0, with their justification. */
  overrides: Record<string, { value: string; justification: string }>;
  boundary: SiteBoundary;
  declaredHectares: string;
  strata: ProjectStratum[];
  creditingStart: string;
  creditingEnd: string;
  status: ProjectStatus;
  /** One approved report whose issuance the seed freezes, for a crediting project. */
  report?: { periodStart: string; periodEnd: string; inputs: MeasuredInputs };
}

/** A closed ring from its corners (the first repeated at the end). */
const ring = (points: [number, number][]): SiteBoundary => ({ type: 'Polygon', coordinates: [[...points, ...points.slice(0, 1)]] }) as SiteBoundary;

/**
 * The demo's projects. Futian's strata are sized so that its report of 2014–2023 measures a
 * total sink (the period's net reductions, the stock change its buffer is taken from) of
 * 38,745.44 tCO2e under its adaptation, and its 2023 vintage has more than the 3,756 t the
 * 2023 auction sold. Boundaries are drawn near the real places, not surveyed.
 */
export const DEMO_PROJECTS: DemoProject[] = [
  {
    id: FUTIAN_DEMO_PROJECT_ID,
    adaptationId: '5f0e1a00-2023-4000-8000-0000000000a1',
    jurisdictionCode: SHENZHEN_CODE,
    name: {
      'zh-CN': '福田红树林保护碳汇项目',
      en: 'Futian Mangrove Conservation Carbon Sink Project',
      'pt-BR': 'Projeto de Sumidouro de Carbono da Conservação dos Manguezais de Futian',
    },
    overrides: {
      loss_rate: { value: '3', justification: 'Shenzhen Bay reclamation pressure before protection (demo figure)' },
      agb_stock: { value: '160', justification: 'Futian reserve plot survey, Kandelia obovata and Avicennia marina stands (demo figure)' },
    },
    // Along the north shore of Shenzhen Bay, south of the Futian CBD.
    boundary: ring([
      [113.9962, 22.5168],
      [114.0105, 22.5142],
      [114.0248, 22.5151],
      [114.0262, 22.5208],
      [114.0114, 22.5214],
      [113.9975, 22.5226],
    ]),
    declaredHectares: '212.5364',
    strata: [
      { key: 'kandelia', name: 'Kandelia obovata', area: '127.5218' },
      { key: 'avicennia', name: 'Avicennia marina', area: '85.0146' },
    ],
    creditingStart: '2014-01-01',
    creditingEnd: '2043-12-31',
    status: 'crediting',
    report: {
      periodStart: '2014-01-01',
      periodEnd: '2023-12-31',
      inputs: {
        project: { project_activity_emissions: '0' },
        strata: {
          kandelia: { soil_type: 'organic', uncertainty: '10', area_lost_in_project: '0' },
          avicennia: { soil_type: 'organic', uncertainty: '12', area_lost_in_project: '0' },
        },
      },
    },
  },
  {
    id: '5f0e1a00-2023-4000-8000-000000000002',
    adaptationId: '5f0e1a00-2023-4000-8000-0000000000a2',
    jurisdictionCode: 'CN-GD-ENPING',
    name: {
      'zh-CN': '恩平镇海湾红树林保护项目',
      en: 'Enping Zhenhai Bay Mangrove Conservation Project',
      'pt-BR': 'Projeto de Conservação dos Manguezais da Baía de Zhenhai, Enping',
    },
    overrides: { loss_rate: { value: '1.2', justification: 'Enping aquaculture expansion 2015–2020' } },
    boundary: ring([
      [112.2795, 21.9612],
      [112.2878, 21.9585],
      [112.2931, 21.9637],
      [112.287, 21.9689],
      [112.2802, 21.9671],
    ]),
    declaredHectares: '102.3',
    strata: [
      { key: 'fringe', name: 'Seaward fringe', area: '61.4' },
      { key: 'basin', name: 'Landward basin', area: '40.9' },
    ],
    creditingStart: '2025-01-01',
    creditingEnd: '2054-12-31',
    status: 'submitted',
  },
  {
    id: '5f0e1a00-2023-4000-8000-000000000003',
    adaptationId: '5f0e1a00-2023-4000-8000-0000000000a3',
    jurisdictionCode: 'CN-GD-TAISHAN',
    name: {
      'zh-CN': '台山镇海湾红树林修复保护项目',
      en: 'Taishan Zhenhai Bay Mangrove Restoration and Conservation Project',
      'pt-BR': 'Projeto de Restauração e Conservação dos Manguezais da Baía de Zhenhai, Taishan',
    },
    overrides: { soil_carbon_mineral: { value: '250', justification: 'Zhenhai Bay cores' } },
    boundary: ring([
      [112.4512, 21.8731],
      [112.4627, 21.8702],
      [112.4698, 21.8768],
      [112.4633, 21.8829],
      [112.454, 21.8815],
    ]),
    declaredHectares: '176.8',
    strata: [
      { key: 'fringe', name: 'Seaward fringe', area: '98.2' },
      { key: 'restored', name: 'Restored ponds', area: '78.6' },
    ],
    creditingStart: '2025-01-01',
    creditingEnd: '2054-12-31',
    status: 'validated',
  },
  {
    id: '5f0e1a00-2023-4000-8000-000000000004',
    adaptationId: '5f0e1a00-2023-4000-8000-0000000000a2',
    jurisdictionCode: 'CN-GD-ENPING',
    name: {
      'zh-CN': '恩平横陂红树林项目（草稿）',
      en: 'Enping Hengpi mangroves (draft)',
      'pt-BR': 'Manguezais de Hengpi, Enping (rascunho)',
    },
    overrides: { loss_rate: { value: '1.2', justification: 'Enping aquaculture expansion 2015–2020' } },
    boundary: ring([
      [112.3105, 21.9702],
      [112.3164, 21.9688],
      [112.3189, 21.9731],
      [112.3121, 21.9752],
    ]),
    declaredHectares: '33',
    strata: [{ key: 'fringe', area: '33' }],
    creditingStart: '2026-01-01',
    creditingEnd: '2055-12-31',
    status: 'draft',
  },
];
