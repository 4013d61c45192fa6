/**
 * The core blue-carbon glossary the portal starts with (issue 6): one concept per entry, a
 * preferred term per locale, admitted synonyms and forbidden variants. The service seeds it;
 * language teams extend it.
 */
import type { GlossaryConcept, GlossaryTerm } from '../domain/glossary';

const preferred = (text: string): GlossaryTerm => ({ text, status: 'preferred' });
const admitted = (text: string): GlossaryTerm => ({ text, status: 'admitted' });
const forbidden = (text: string): GlossaryTerm => ({ text, status: 'forbidden' });

export const CORE_GLOSSARY: readonly GlossaryConcept[] = [
  {
    id: 'mangrove',
    note: 'The intertidal forest ecosystem; for a single tree species use its name.',
    terms: {
      'zh-CN': [preferred('红树林'), admitted('红树')],
      en: [preferred('mangrove'), admitted('mangrove forest'), forbidden('mangrove swamp')],
      'pt-BR': [preferred('manguezal'), admitted('manguezais'), admitted('mangue'), admitted('mangues')],
    },
  },
  {
    id: 'blue-carbon',
    note: 'Carbon captured and stored by coastal and marine ecosystems (mangroves, salt marshes, seagrass).',
    terms: {
      'zh-CN': [preferred('蓝碳'), admitted('海洋碳汇')],
      en: [preferred('blue carbon')],
      'pt-BR': [preferred('carbono azul')],
    },
  },
  {
    id: 'carbon-sink',
    terms: {
      'zh-CN': [preferred('碳汇')],
      en: [preferred('carbon sink'), forbidden('carbon sequestration credit')],
      'pt-BR': [preferred('sumidouro de carbono'), admitted('sumidouros de carbono')],
    },
  },
  {
    id: 'methodology',
    note: 'A certified method for quantifying emission reductions or removals.',
    terms: {
      'zh-CN': [preferred('方法学'), forbidden('方法论')],
      en: [preferred('methodology'), admitted('methodologies')],
      'pt-BR': [preferred('metodologia')],
    },
  },
  {
    id: 'carbon-sink-auction',
    note: 'Shenzhen auctioned the first mangrove conservation carbon sinks in 2023.',
    terms: {
      'zh-CN': [preferred('碳汇拍卖')],
      en: [preferred('carbon sink auction'), admitted('auction of carbon sinks')],
      'pt-BR': [preferred('leilão de créditos de carbono')],
    },
  },
  {
    id: 'crediting-period',
    terms: {
      'zh-CN': [preferred('计入期')],
      en: [preferred('crediting period')],
      'pt-BR': [preferred('período de creditação')],
    },
  },
  {
    id: 'baseline-scenario',
    terms: {
      'zh-CN': [preferred('基线情景')],
      en: [preferred('baseline scenario')],
      'pt-BR': [preferred('cenário de linha de base')],
    },
  },
  {
    id: 'additionality',
    terms: { 'zh-CN': [preferred('额外性')], en: [preferred('additionality')], 'pt-BR': [preferred('adicionalidade')] },
  },
  {
    id: 'leakage',
    terms: { 'zh-CN': [preferred('泄漏')], en: [preferred('leakage')], 'pt-BR': [preferred('vazamento')] },
  },
  {
    id: 'permanence',
    terms: { 'zh-CN': [preferred('持久性')], en: [preferred('permanence')], 'pt-BR': [preferred('permanência')] },
  },
  {
    id: 'carbon-stock',
    terms: { 'zh-CN': [preferred('碳储量')], en: [preferred('carbon stock')], 'pt-BR': [preferred('estoque de carbono')] },
  },
  {
    id: 'soil-organic-carbon',
    terms: { 'zh-CN': [preferred('土壤有机碳')], en: [preferred('soil organic carbon')], 'pt-BR': [preferred('carbono orgânico do solo')] },
  },
  {
    id: 'above-ground-biomass',
    terms: { 'zh-CN': [preferred('地上生物量')], en: [preferred('above-ground biomass')], 'pt-BR': [preferred('biomassa acima do solo')] },
  },
  {
    id: 'below-ground-biomass',
    terms: { 'zh-CN': [preferred('地下生物量')], en: [preferred('below-ground biomass')], 'pt-BR': [preferred('biomassa abaixo do solo')] },
  },
  {
    id: 'allometric-equation',
    terms: {
      'zh-CN': [preferred('异速生长方程')],
      en: [preferred('allometric equation')],
      'pt-BR': [preferred('equação alométrica'), admitted('equações alométricas')],
    },
  },
  {
    id: 'seagrass-meadow',
    terms: { 'zh-CN': [preferred('海草床')], en: [preferred('seagrass meadow')], 'pt-BR': [preferred('pradaria marinha')] },
  },
  {
    id: 'salt-marsh',
    terms: { 'zh-CN': [preferred('盐沼')], en: [preferred('salt marsh'), admitted('salt marshes')], 'pt-BR': [preferred('marisma')] },
  },
  {
    id: 'project-proponent',
    terms: { 'zh-CN': [preferred('项目业主')], en: [preferred('project proponent')], 'pt-BR': [preferred('proponente do projeto')] },
  },
  {
    id: 'monitoring-report',
    terms: { 'zh-CN': [preferred('监测报告')], en: [preferred('monitoring report')], 'pt-BR': [preferred('relatório de monitoramento')] },
  },
  {
    id: 'co2-equivalent',
    terms: {
      'zh-CN': [preferred('二氧化碳当量')],
      en: [preferred('CO2 equivalent'), admitted('carbon dioxide equivalent')],
      'pt-BR': [preferred('CO2 equivalente'), admitted('dióxido de carbono equivalente')],
    },
  },
  {
    id: 'nature-reserve',
    terms: {
      'zh-CN': [preferred('自然保护区')],
      en: [preferred('nature reserve'), forbidden('natural reserve')],
      'pt-BR': [preferred('reserva natural')],
    },
  },
  {
    id: 'dbh',
    terms: {
      'zh-CN': [preferred('胸径')],
      en: [preferred('diameter at breast height'), admitted('DBH')],
      'pt-BR': [preferred('diâmetro à altura do peito'), admitted('DAP')],
    },
  },
  {
    id: 'sample-plot',
    terms: {
      'zh-CN': [preferred('样地')],
      en: [preferred('sample plot'), admitted('plot')],
      'pt-BR': [preferred('parcela amostral'), admitted('parcela'), admitted('parcelas')],
    },
  },
  {
    id: 'ecological-restoration',
    terms: { 'zh-CN': [preferred('生态修复')], en: [preferred('ecological restoration')], 'pt-BR': [preferred('restauração ecológica')] },
  },
  {
    id: 'carbon-credit',
    terms: { 'zh-CN': [preferred('碳信用')], en: [preferred('carbon credit')], 'pt-BR': [preferred('crédito de carbono'), admitted('créditos de carbono')] },
  },
];
