import type { LocalizedText } from '@bluecarbon/platform';
import { PLATFORM_ORGANISATION_NAME } from '../organisations/organisations.service';
import type { OrganisationKind, Role } from '../access/access-policy';

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: LocalizedText;
  jurisdictionCode?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  role: Role;
  locales?: string[];
  preferredLocale: string;
}

/** The demo's bidding buyer organisation (found by this English name, like the other organisations without a code). */
export const DEMO_BUYER_NAME: LocalizedText = {
  en: 'Greater Bay Carbon Buyers Co. (demo)',
  'zh-CN': '大湾区碳汇买家公司（演示）',
  'pt-BR': 'Compradora de Carbono da Grande Baía (demo)',
};

/** The partners of the Shenzhen model as the demo shows them. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'platform', kind: 'platform', name: PLATFORM_ORGANISATION_NAME },
  {
    key: 'shenzhen',
    kind: 'steward',
    name: {
      en: 'Shenzhen Natural Resources Assessment Centre',
      'zh-CN': '深圳市自然资源评估中心',
      'pt-BR': 'Centro de Avaliação de Recursos Naturais de Shenzhen',
    },
  },
  { key: 'enping', kind: 'jurisdiction', jurisdictionCode: 'CN-GD-ENPING', name: { en: 'Enping', 'zh-CN': '恩平市', 'pt-BR': 'Enping' } },
  { key: 'taishan', kind: 'jurisdiction', jurisdictionCode: 'CN-GD-TAISHAN', name: { en: 'Taishan', 'zh-CN': '台山市', 'pt-BR': 'Taishan' } },
  { key: 'niteroi', kind: 'jurisdiction', jurisdictionCode: 'BR-RJ-NITEROI', name: { en: 'Niterói', 'zh-CN': '尼泰罗伊', 'pt-BR': 'Niterói' } },
  { key: 'sergipe', kind: 'jurisdiction', jurisdictionCode: 'BR-SE', name: { en: 'Sergipe', 'zh-CN': '塞尔希培州', 'pt-BR': 'Sergipe' } },
  {
    key: 'iclei',
    kind: 'international',
    name: {
      en: 'ICLEI – Local Governments for Sustainability',
      'zh-CN': '倡导地区可持续发展国际理事会',
      'pt-BR': 'ICLEI – Governos Locais pela Sustentabilidade',
    },
  },
  { key: 'team-zh-en', kind: 'language_team', name: { en: 'Chinese–English language team', 'zh-CN': '中英文翻译组', 'pt-BR': 'Equipe de chinês–inglês' } },
  { key: 'team-pt', kind: 'language_team', name: { en: 'Portuguese language team', 'zh-CN': '葡萄牙语翻译组', 'pt-BR': 'Equipe de português' } },
  // A buyer whose member bids in the demo's open credit auction (libs/projects seeds the auction).
  { key: 'buyer-demo', kind: 'buyer', name: DEMO_BUYER_NAME },
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@bluecarbon.demo', displayName: 'Platform Admin', organisation: 'platform', role: 'admin', preferredLocale: 'en' },
  { email: 'steward@shenzhen.demo', displayName: '深圳评估中心 管理员', organisation: 'shenzhen', role: 'steward', preferredLocale: 'zh-CN' },
  { email: 'coordinator@enping.demo', displayName: '恩平 协调员', organisation: 'enping', role: 'coordinator', preferredLocale: 'zh-CN' },
  { email: 'contributor@enping.demo', displayName: '恩平 填报员', organisation: 'enping', role: 'contributor', preferredLocale: 'zh-CN' },
  { email: 'coordinator@taishan.demo', displayName: '台山 协调员', organisation: 'taishan', role: 'coordinator', preferredLocale: 'zh-CN' },
  { email: 'coordinator@niteroi.demo', displayName: 'Coordenadora de Niterói', organisation: 'niteroi', role: 'coordinator', preferredLocale: 'pt-BR' },
  { email: 'coordinator@sergipe.demo', displayName: 'Coordenador de Sergipe', organisation: 'sergipe', role: 'coordinator', preferredLocale: 'pt-BR' },
  { email: 'observer@iclei.demo', displayName: 'ICLEI Observer', organisation: 'iclei', role: 'observer', preferredLocale: 'en' },
  { email: 'buyer@bluecarbon.demo', displayName: 'Demo Buyer', organisation: 'buyer-demo', role: 'bidder', preferredLocale: 'en' },
  // Translators carry the locale they write: zh-CN→en writes English, en→zh-CN writes Chinese.
  {
    email: 'translator.en@bluecarbon.demo',
    displayName: 'English Translator',
    organisation: 'team-zh-en',
    role: 'translator',
    locales: ['en'],
    preferredLocale: 'en',
  },
  {
    email: 'translator.zh@bluecarbon.demo',
    displayName: '中文译员',
    organisation: 'team-zh-en',
    role: 'translator',
    locales: ['zh-CN'],
    preferredLocale: 'zh-CN',
  },
  {
    email: 'reviewer.en@bluecarbon.demo',
    displayName: 'English Reviewer',
    organisation: 'team-zh-en',
    role: 'reviewer',
    locales: ['en'],
    preferredLocale: 'en',
  },
  { email: 'reviewer.zh@bluecarbon.demo', displayName: '中文审校', organisation: 'team-zh-en', role: 'reviewer', locales: ['zh-CN'], preferredLocale: 'zh-CN' },
  {
    email: 'translator.pt@bluecarbon.demo',
    displayName: 'Tradutora de português',
    organisation: 'team-pt',
    role: 'translator',
    locales: ['pt-BR'],
    preferredLocale: 'pt-BR',
  },
  {
    email: 'reviewer.pt@bluecarbon.demo',
    displayName: 'Revisor de português',
    organisation: 'team-pt',
    role: 'reviewer',
    locales: ['pt-BR'],
    preferredLocale: 'pt-BR',
  },
];
