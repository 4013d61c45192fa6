import type { LocalizedText } from '@bluecarbon/platform';
import type { StepState } from '../domain/step-state-machine';
import type { JurisdictionLevel, JurisdictionStatus } from '../entities/jurisdiction.entity';

export interface DemoJurisdiction {
  code: string;
  name: LocalizedText;
  level: JurisdictionLevel;
  parent: string | null;
  country: string;
  primaryLocale: string;
  timeZone: string;
  status: JurisdictionStatus;
}

/** Partners, and the country, province and state they sit in. */
export const DEMO_JURISDICTIONS: DemoJurisdiction[] = [
  {
    code: 'CN',
    name: { en: 'China', 'zh-CN': '中国', 'pt-BR': 'China' },
    level: 'country',
    parent: null,
    country: 'CN',
    primaryLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    status: 'prospect',
  },
  {
    code: 'CN-GD',
    name: { en: 'Guangdong', 'zh-CN': '广东省', 'pt-BR': 'Guangdong' },
    level: 'province',
    parent: 'CN',
    country: 'CN',
    primaryLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    status: 'prospect',
  },
  {
    code: 'CN-GD-ENPING',
    name: { en: 'Enping', 'zh-CN': '恩平市', 'pt-BR': 'Enping' },
    level: 'city',
    parent: 'CN-GD',
    country: 'CN',
    primaryLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    status: 'active',
  },
  {
    code: 'CN-GD-TAISHAN',
    name: { en: 'Taishan', 'zh-CN': '台山市', 'pt-BR': 'Taishan' },
    level: 'city',
    parent: 'CN-GD',
    country: 'CN',
    primaryLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    status: 'active',
  },
  {
    code: 'BR',
    name: { en: 'Brazil', 'zh-CN': '巴西', 'pt-BR': 'Brasil' },
    level: 'country',
    parent: null,
    country: 'BR',
    primaryLocale: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    status: 'prospect',
  },
  {
    code: 'BR-RJ',
    name: { en: 'Rio de Janeiro', 'zh-CN': '里约热内卢州', 'pt-BR': 'Rio de Janeiro' },
    level: 'state',
    parent: 'BR',
    country: 'BR',
    primaryLocale: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    status: 'prospect',
  },
  {
    code: 'BR-RJ-NITEROI',
    name: { en: 'Niterói', 'zh-CN': '尼泰罗伊', 'pt-BR': 'Niterói' },
    level: 'city',
    parent: 'BR-RJ',
    country: 'BR',
    primaryLocale: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    status: 'onboarding',
  },
  {
    code: 'BR-SE',
    name: { en: 'Sergipe', 'zh-CN': '塞尔希培州', 'pt-BR': 'Sergipe' },
    level: 'state',
    parent: 'BR',
    country: 'BR',
    primaryLocale: 'pt-BR',
    timeZone: 'America/Maceio',
    status: 'onboarding',
  },
];

export interface DemoStep {
  state: StepState;
  /** Absolute dates for finished 2024 cases; days before "now" for cases under way. */
  openedOn: string | number;
  decidedOn?: string | number;
  reason?: string;
}

export interface DemoCase {
  code: string;
  organisationName: LocalizedText;
  contactName: string;
  contactEmail: string;
  mangroveAreaHa: string;
  motivation: string;
  startedOn: string | number;
  completedOn?: string;
  steps: Record<string, DemoStep>;
}

const approved = (openedOn: string, decidedOn: string): DemoStep => ({ state: 'approved', openedOn, decidedOn });

export const DEMO_CASES: DemoCase[] = [
  {
    code: 'CN-GD-ENPING',
    organisationName: { en: 'Enping Natural Resources Bureau', 'zh-CN': '恩平市自然资源局' },
    contactName: '李海燕',
    contactEmail: 'coordinator@enping.demo',
    mangroveAreaHa: '327.40',
    motivation: 'Protect the Zhenhai Bay mangroves and finance them through blue-carbon credits, as Shenzhen did.',
    startedOn: '2024-01-15',
    completedOn: '2024-11-20',
    steps: {
      focal_point: approved('2024-01-15', '2024-01-22'),
      cooperation_agreement: approved('2024-01-22', '2024-03-05'),
      mangrove_baseline: approved('2024-01-22', '2024-05-10'),
      training: approved('2024-03-05', '2024-04-18'),
      methodology_adoption: approved('2024-05-10', '2024-07-01'),
      first_project: approved('2024-07-01', '2024-09-12'),
      bilingual_documentation: approved('2024-09-12', '2024-10-25'),
      market_readiness: approved('2024-10-25', '2024-11-20'),
    },
  },
  {
    code: 'CN-GD-TAISHAN',
    organisationName: { en: 'Taishan Forestry Bureau', 'zh-CN': '台山市林业局' },
    contactName: '陈志强',
    contactEmail: 'coordinator@taishan.demo',
    mangroveAreaHa: '512.00',
    motivation: 'Restore the Zhenhai Bay mangroves on the Taishan side and join the regional blue-carbon market.',
    startedOn: '2024-03-01',
    completedOn: '2024-12-10',
    steps: {
      focal_point: approved('2024-03-01', '2024-03-08'),
      cooperation_agreement: approved('2024-03-08', '2024-04-20'),
      mangrove_baseline: approved('2024-03-08', '2024-06-14'),
      training: { state: 'waived', openedOn: '2024-04-20', decidedOn: '2024-04-22', reason: 'Trained with the Enping cohort in April 2024.' },
      methodology_adoption: approved('2024-06-14', '2024-08-02'),
      first_project: approved('2024-08-02', '2024-10-08'),
      bilingual_documentation: approved('2024-10-08', '2024-11-15'),
      market_readiness: approved('2024-11-15', '2024-12-10'),
    },
  },
  {
    code: 'BR-RJ-NITEROI',
    organisationName: { en: 'Niterói Municipal Environment Department', 'pt-BR': 'Secretaria Municipal do Ambiente de Niterói' },
    contactName: 'Mariana Costa',
    contactEmail: 'coordinator@niteroi.demo',
    mangroveAreaHa: '96.50',
    motivation: 'Conservar os manguezais de Itaipu e da Baía de Guanabara com financiamento de carbono azul.',
    startedOn: 75,
    steps: {
      focal_point: { state: 'approved', openedOn: 75, decidedOn: 68 },
      cooperation_agreement: { state: 'approved', openedOn: 68, decidedOn: 30 },
      mangrove_baseline: { state: 'submitted', openedOn: 68 },
      training: { state: 'open', openedOn: 30 },
    },
  },
  {
    code: 'BR-SE',
    organisationName: { en: 'Sergipe State Environment Secretariat', 'pt-BR': 'Secretaria de Estado do Meio Ambiente de Sergipe' },
    contactName: 'João Santos',
    contactEmail: 'coordinator@sergipe.demo',
    mangroveAreaHa: '26000.00',
    motivation: 'Proteger os manguezais do estuário do Rio São Francisco e do Vaza-Barris.',
    startedOn: 120,
    steps: {
      focal_point: { state: 'approved', openedOn: 120, decidedOn: 110 },
      cooperation_agreement: { state: 'changes_requested', openedOn: 110, decidedOn: 20, reason: 'O acordo precisa da assinatura do governador.' },
      mangrove_baseline: { state: 'open', openedOn: 110 },
    },
  },
];
