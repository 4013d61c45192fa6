import type { FormulaDefinition, InputDefinition, MethodologyVersion, ParameterDefinition } from '../domain/model';
import { MANGROVE_CONSERVATION_V1 } from './mangrove-conservation';

/** The 1.0.0 definitions 2.0.0 keeps as they were, by key (so adaptations carry over). */
const kept = <T extends { key: string }>(list: T[], keys: string[]): T[] =>
  list.filter((item) => keys.includes(item.key)).sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));

const label = (en: string, zhCN: string, ptBR: string) => ({ en, 'zh-CN': zhCN, 'pt-BR': ptBR });

const NEW_PARAMETERS: ParameterDefinition[] = [
  {
    key: 'soil_decay_rate',
    label: label('Decay rate of soil carbon exposed by clearing', '清除后暴露土壤碳的分解速率', 'Taxa de decomposição do carbono do solo exposto'),
    description: {
      en: 'First-order decay constant k: each year the exposed pool loses 1 − exp(−k) of what it held at the start of the year.',
      'zh-CN': '一级分解常数 k：暴露碳库每年损失年初存量的 1 − exp(−k)。',
    },
    unit: '%/yr',
    type: 'percent',
    default: '15',
    min: '1',
    max: '100',
    adjustable: true,
    citation: {
      source:
        'VM0033 v2.1, Section 8.1.4.3 (soil organic carbon loss after conversion, modelled as exponential decay); 15 %/yr ≈ half of the labile pool lost in 4.3 years',
      note: 'Placeholder rate, not a table value: Lovelock et al. (2017), Ecosystems 20: 1–12, report CO2 efflux from cleared mangrove soils decaying over a decade. Replace with the official figure.',
    },
  },
  {
    key: 'ch4_emission_factor',
    label: label(
      'CH4 emission factor of converted low-salinity land',
      '低盐度转化土地的甲烷排放因子',
      'Fator de emissão de CH4 em área convertida de baixa salinidade',
    ),
    unit: 'kgCH4/ha/yr',
    type: 'decimal',
    default: '193.7',
    min: '0',
    max: '2000',
    adjustable: true,
    citation: {
      source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.14 — CH4 emission factor 193.7 kg CH4/ha/yr where salinity < 18 ppt (negligible above)',
      note: 'Applied only to strata declared low-salinity. The table is for rewetted tidal soils; its use for ponds on cleared mangrove land is a placeholder. Recalled from the table, verify.',
    },
  },
  {
    key: 'gwp_ch4',
    label: label('Global warming potential of CH4 (100 years)', '甲烷的全球增温潜势（100 年）', 'Potencial de aquecimento global do CH4 (100 anos)'),
    unit: 'tCO2e/tCH4',
    type: 'decimal',
    default: '28',
    min: '1',
    max: '100',
    adjustable: false,
    citation: {
      source: 'IPCC AR5 WG1, Ch. 8, Table 8.7 — GWP100 of CH4 = 28 (without climate–carbon feedbacks)',
      note: 'AR6 WG1, Ch. 7, Table 7.15 gives 27.0 for non-fossil CH4 (29.8 fossil); the programme decides which report applies.',
    },
  },
];

const NEW_INPUTS: InputDefinition[] = [
  {
    key: 'uncertainty',
    label: label('Uncertainty of the stratum’s net reductions', '分层净减排量的不确定性', 'Incerteza das reduções líquidas do estrato'),
    description: {
      en: 'Half-width of the 90 % confidence interval as a share of the stratum’s net reductions.',
      'zh-CN': '90% 置信区间半宽占该分层净减排量的比例。',
    },
    unit: '%',
    type: 'percent',
    scope: 'stratum',
    min: '0',
    max: '100',
  },
  {
    key: 'low_salinity',
    label: label('Salinity below 18 ppt', '盐度低于 18 ppt', 'Salinidade abaixo de 18 ppt'),
    type: 'boolean',
    scope: 'stratum',
    default: false,
  },
];

const formula = (
  key: string,
  names: [string, string, string],
  expression: string,
  unit: string,
  scope: FormulaDefinition['scope'],
  extra: Partial<FormulaDefinition> = {},
): FormulaDefinition => ({
  key,
  label: label(...names),
  expression,
  unit,
  scope,
  ...extra,
});

/**
 * "Mangrove conservation" 2.0.0: 1.0.0 rewritten with stock change, first-order decay of the
 * soil carbon exposed by clearing, CH4 from the baseline where the Wetlands Supplement gives a
 * default, and uncertainty propagated over strata (root of summed squares). The parameters
 * 1.0.0 shares keep their keys, units and defaults, so an adaptation's overrides carry over.
 */
export const MANGROVE_CONSERVATION_V2: MethodologyVersion = {
  ...MANGROVE_CONSERVATION_V1,
  version: '2.0.0',
  description: {
    en:
      'Credits the emissions avoided by conserving mangroves that the baseline expects to be lost: the biomass carbon of the area lost each year (stock change), ' +
      'the first-order decay of the soil carbon that clearing exposes, and methane from converted low-salinity land; plus continued sequestration on the area that ' +
      'would have been lost, minus project emissions, leakage, an uncertainty deduction propagated over strata and a non-permanence buffer. Structure after VM0033 ' +
      'v2.1 and VM0007; defaults from the IPCC 2013 Wetlands Supplement and IPCC AR5. ALL FIGURES ARE DEFAULTS TO BE REPLACED BY THE OFFICIAL SHENZHEN ONES.',
    'zh-CN':
      '对基准情景下预计丧失、因保护而得以保留的红树林所避免的排放进行核算：每年丧失面积的生物量碳（碳库变化）、清除后暴露土壤碳的一级分解，以及低盐度转化土地的甲烷；' +
      '加上本应丧失面积上的持续固碳，扣除项目排放、泄漏、按分层传递的不确定性扣减以及非持久性缓冲。结构参照 VM0033 v2.1 与 VM0007；缺省值取自《2013 IPCC 湿地增补指南》及 IPCC AR5。' +
      '所有数值均为缺省值，须以深圳官方数值替换。',
    'pt-BR':
      'Credita as emissões evitadas pela conservação de manguezais que a linha de base prevê perder: o carbono da biomassa da área perdida a cada ano (variação de estoque), ' +
      'a decomposição de primeira ordem do carbono do solo exposto e o metano de áreas convertidas de baixa salinidade; mais o sequestro contínuo, menos emissões do projeto, ' +
      'vazamento, dedução de incerteza propagada entre estratos e buffer. TODOS OS VALORES SÃO PADRÕES A SEREM SUBSTITUÍDOS PELOS OFICIAIS DE SHENZHEN.',
  },
  sections: {
    ...MANGROVE_CONSERVATION_V1.sections,
    baseline: {
      en:
        'Baseline: each year the mangrove area left in the baseline loses loss_rate of itself; the biomass carbon of the area lost is emitted that year (stock at t−1 minus stock at t). ' +
        'A soil_loss_fraction of the soil carbon of the cleared area joins an exposed pool that decays first-order at soil_decay_rate, so soil emissions spread over the following years. ' +
        'Where salinity is below 18 ppt the converted area emits CH4 at the Wetlands Supplement default, converted with the CH4 GWP.',
      'zh-CN':
        '基准情景：基准中剩余的红树林面积每年按 loss_rate 丧失；丧失面积的生物量碳在当年排放（t−1 年碳库减 t 年碳库）。清除面积土壤碳中 soil_loss_fraction 的部分进入暴露碳库，' +
        '按 soil_decay_rate 一级分解，土壤排放分摊到此后各年。盐度低于 18 ppt 时，转化面积按湿地增补指南缺省值排放甲烷，并以甲烷 GWP 换算。',
    },
    uncertainty: {
      en: 'Uncertainty: each stratum’s half-width (uncertainty × its net reductions) is combined as the square root of the sum of squares; only the part above the allowable level is deducted.',
      'zh-CN': '不确定性：各分层的半宽（不确定性 × 该分层净减排量）按平方和开方合并；仅扣除超出允许水平的部分。',
    },
  },
  parameters: [
    ...kept(MANGROVE_CONSERVATION_V1.parameters, [
      'loss_rate',
      'agb_stock',
      'root_shoot_ratio',
      'carbon_fraction',
      'soil_carbon_mineral',
      'soil_carbon_organic',
      'soil_loss_fraction',
      'soil_accretion_rate',
      'agb_growth_rate',
      'project_emission_rate',
      'leakage_rate',
      'allowable_uncertainty',
      'buffer_rate',
    ]),
    ...NEW_PARAMETERS,
  ],
  inputs: [...kept(MANGROVE_CONSERVATION_V1.inputs, ['soil_type', 'project_activity_emissions']), ...NEW_INPUTS],
  formulas: [
    ...kept(MANGROVE_CONSERVATION_V1.formulas, ['biomass_carbon', 'soil_carbon_stock']),
    formula(
      'baseline_area',
      ['Mangrove area left in the baseline', '基准情景剩余红树林面积', 'Área de manguezal restante na linha de base'],
      'prev(baseline_area, area) * (1 - loss_rate * dt)',
      'ha',
      'stratum-year',
      { total: 'none' },
    ),
    formula(
      'area_lost',
      ['Area lost in the baseline this year', '基准情景当年丧失面积', 'Área perdida no ano na linha de base'],
      'prev(baseline_area, area) - baseline_area',
      'ha',
      'stratum-year',
    ),
    formula(
      'baseline_biomass_stock',
      ['Baseline biomass carbon stock', '基准情景生物量碳库', 'Estoque de carbono da biomassa na linha de base'],
      'baseline_area * biomass_carbon',
      'tC',
      'stratum-year',
      { total: 'none' },
    ),
    formula(
      'biomass_emissions',
      ['Biomass carbon lost (stock change)', '生物量碳损失（碳库变化）', 'Carbono da biomassa perdido (variação de estoque)'],
      'prev(baseline_biomass_stock, area * biomass_carbon) - baseline_biomass_stock',
      'tC',
      'stratum-year',
    ),
    formula(
      'exposed_soil_carbon',
      ['Soil carbon exposed by clearing, not yet decayed', '清除后暴露且尚未分解的土壤碳', 'Carbono do solo exposto ainda não decomposto'],
      'prev(exposed_soil_carbon, 0 tC) * exp(-soil_decay_rate * dt) + area_lost * soil_carbon_stock * soil_loss_fraction',
      'tC',
      'stratum-year',
      { total: 'none' },
    ),
    formula(
      'soil_emissions',
      ['Soil carbon decayed this year', '当年分解的土壤碳', 'Carbono do solo decomposto no ano'],
      'prev(exposed_soil_carbon, 0 tC) * (1 - exp(-soil_decay_rate * dt))',
      'tC',
      'stratum-year',
    ),
    formula(
      'ch4_baseline',
      ['CH4 from converted land', '转化土地的甲烷排放', 'CH4 de área convertida'],
      'if(low_salinity, (area - baseline_area) * ch4_emission_factor * dt, 0 tCH4)',
      'tCH4',
      'stratum-year',
    ),
    formula(
      'baseline_emissions',
      ['Baseline emissions', '基准情景排放', 'Emissões da linha de base'],
      '(biomass_emissions + soil_emissions) * co2_per_c + ch4_baseline * gwp_ch4',
      'tCO2e',
      'stratum-year',
    ),
    formula(
      'continued_sequestration',
      ['Continued sequestration on the area that would have been lost', '本应丧失面积上的持续固碳', 'Sequestro contínuo na área que seria perdida'],
      '(area - prev(baseline_area, area)) * (soil_accretion_rate + agb_growth_rate * (1 + root_shoot_ratio) * carbon_fraction) * dt * co2_per_c',
      'tCO2e',
      'stratum-year',
    ),
    ...kept(MANGROVE_CONSERVATION_V1.formulas, ['project_emissions']),
    formula(
      'stratum_net',
      ['Net reductions of the stratum', '分层净减排量', 'Reduções líquidas do estrato'],
      'baseline_emissions * (1 - leakage_rate) + continued_sequestration - project_emissions',
      'tCO2e',
      'stratum-year',
    ),
    ...kept(MANGROVE_CONSERVATION_V1.formulas, ['baseline_emissions_total', 'sequestration_total', 'project_emissions_total', 'leakage', 'net_reductions']),
    formula(
      'uncertainty_half_width',
      ['Uncertainty half-width, propagated over strata', '跨分层传递的不确定性半宽', 'Semiamplitude da incerteza propagada'],
      'sqrt(sum(stratum, (uncertainty * stratum_net) ^ 2))',
      'tCO2e',
      'project-year',
    ),
    formula(
      'uncertainty_deduction',
      ['Uncertainty deduction', '不确定性扣减', 'Dedução por incerteza'],
      'if(net_reductions > 0, max(0, uncertainty_half_width - allowable_uncertainty * net_reductions), 0)',
      'tCO2e',
      'project-year',
    ),
    ...kept(MANGROVE_CONSERVATION_V1.formulas, ['buffer_contribution', 'creditable_reductions']),
    formula(
      'creditable_to_date',
      ['Creditable reductions to date', '累计可签发减排量', 'Reduções creditáveis acumuladas'],
      'cumsum(creditable_reductions)',
      'tCO2e',
      'project-year',
      { total: 'none' },
    ),
  ],
};
