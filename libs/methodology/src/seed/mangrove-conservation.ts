import type { PriceScenario } from '../domain/calculate';
import type { MethodologyVersion } from '../domain/model';

/**
 * The seeded "Mangrove Conservation Carbon Sink Methodology", version 1.0.0.
 *
 * Shenzhen's own text and equations are not public here, so this version follows the
 * standard structure of VM0033 / VM0007 (avoided conversion of tidal wetland forest) and
 * CDM AR-AM0014 / AR-Tool14, with IPCC 2013 Wetlands Supplement defaults. Every default
 * names its source; where a figure is recalled rather than checked against the table, the
 * citation says so. All figures are defaults to be replaced by the official Shenzhen ones.
 */
export const MANGROVE_CONSERVATION_V1: MethodologyVersion = {
  methodologyKey: 'mangrove-conservation-carbon-sink',
  version: '1.0.0',
  title: {
    en: 'Mangrove Conservation Carbon Sink Methodology',
    'zh-CN': '红树林保护碳汇方法学',
    'pt-BR': 'Metodologia de Sumidouro de Carbono para Conservação de Manguezais',
  },
  description: {
    en:
      'Credits the emissions avoided by conserving mangroves that the baseline expects to be lost (biomass carbon and the lost fraction of soil carbon), ' +
      'plus the continued soil and biomass sequestration on the area that would have been lost, minus project emissions, leakage, an uncertainty deduction ' +
      'above the allowable level and a non-permanence buffer. Structure after VM0033/VM0007 and CDM AR-AM0014/AR-Tool14; default values from the IPCC 2013 ' +
      'Wetlands Supplement and the cited sources. ALL FIGURES ARE DEFAULTS TO BE REPLACED BY THE OFFICIAL SHENZHEN ONES.',
    'zh-CN':
      '对基准情景下预计丧失、因保护而得以保留的红树林所避免的排放（生物量碳及土壤碳的损失部分）进行核算，加上本应丧失的面积上持续的土壤与生物量固碳，' +
      '扣除项目排放、泄漏、超出允许水平的不确定性扣减以及非持久性缓冲。结构参照 VM0033/VM0007 及 CDM AR-AM0014/AR-Tool14；缺省值取自《2013 IPCC 湿地增补指南》及所引来源。' +
      '所有数值均为缺省值，须以深圳官方数值替换。',
    'pt-BR':
      'Credita as emissões evitadas pela conservação de manguezais que a linha de base prevê perder, mais o sequestro contínuo na área que seria perdida, ' +
      'menos emissões do projeto, vazamento, dedução de incerteza acima do nível permitido e buffer de não permanência. ' +
      'TODOS OS VALORES SÃO PADRÕES A SEREM SUBSTITUÍDOS PELOS OFICIAIS DE SHENZHEN.',
  },
  sections: {
    applicability: {
      en: 'Applies to conservation of existing mangrove forest under a demonstrable threat of conversion (e.g. to aquaculture ponds or construction).',
      'zh-CN': '适用于面临可证实的转化威胁（如改为养殖塘或建设用地）的现有红树林的保护。',
    },
    baseline: {
      en: 'Baseline: a constant annual loss rate applied to each stratum’s initial area; the carbon in biomass and the lost fraction of soil carbon is emitted in the year of loss.',
      'zh-CN': '基准情景：对各层初始面积采用恒定的年丧失率；生物量碳及土壤碳的损失部分在丧失当年排放。',
    },
  },
  constants: [
    {
      key: 'co2_per_c',
      label: { en: 'CO2 per unit of carbon', 'zh-CN': '二氧化碳与碳的换算系数', 'pt-BR': 'CO2 por unidade de carbono' },
      value: '44/12',
      unit: 'tCO2e/tC',
      citation: { source: 'IPCC 2006 Guidelines, Vol. 4, Ch. 2 (ratio of molecular weights of CO2 and C, 44/12)' },
    },
  ],
  parameters: [
    {
      key: 'loss_rate',
      label: { en: 'Baseline annual mangrove loss rate', 'zh-CN': '基准情景红树林年丧失率', 'pt-BR': 'Taxa anual de perda de manguezal na linha de base' },
      description: { en: 'Share of each stratum’s initial area lost per year without the project.', 'zh-CN': '无项目情况下每年丧失的各层初始面积比例。' },
      unit: '%/yr',
      type: 'percent',
      default: '0.39',
      min: '0',
      max: '20',
      adjustable: true,
      citation: {
        source: 'Hamilton & Casey (2016), Global Ecology and Biogeography 25: 729–738 — global mangrove loss 0.16–0.39 %/yr (2000–2012); upper end used',
        note: 'Placeholder: VM0007 (BL-UP/BL-PL modules) requires a project-specific rate from a historical reference period. Figure recalled from the paper, verify.',
      },
    },
    {
      key: 'agb_stock',
      label: { en: 'Above-ground biomass of mangrove', 'zh-CN': '红树林地上生物量', 'pt-BR': 'Biomassa acima do solo do manguezal' },
      unit: 't_dm/ha',
      type: 'decimal',
      default: '75',
      min: '0',
      max: '600',
      adjustable: true,
      citation: {
        source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.3 — subtropical mangroves 75 t d.m./ha (tropical wet 192, tropical dry 92)',
        note: 'Subtropical default chosen for Shenzhen (22.5°N). Values recalled from the table, verify before publishing.',
      },
    },
    {
      key: 'root_shoot_ratio',
      label: { en: 'Root-to-shoot ratio', 'zh-CN': '根茎比', 'pt-BR': 'Razão raiz/parte aérea' },
      unit: '1',
      type: 'decimal',
      default: '0.96',
      min: '0',
      max: '2',
      adjustable: true,
      citation: {
        source:
          'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.5 — below-ground to above-ground biomass ratio, subtropical mangroves 0.96 (tropical wet 0.49, tropical dry 0.29)',
        note: 'Recalled from the table, verify.',
      },
    },
    {
      key: 'carbon_fraction',
      label: { en: 'Carbon fraction of dry biomass', 'zh-CN': '生物量含碳率', 'pt-BR': 'Fração de carbono da biomassa seca' },
      unit: 'tC/t_dm',
      type: 'decimal',
      default: '0.47',
      min: '0.3',
      max: '0.55',
      adjustable: true,
      citation: {
        source: 'IPCC 2006 Guidelines, Vol. 4, Ch. 4, Table 4.3 — default carbon fraction of above-ground forest biomass 0.47 (as used by AR-Tool14)',
        note: 'The Wetlands Supplement (Ch. 4, Table 4.2) gives a mangrove-specific fraction near 0.45; not verified here.',
      },
    },
    {
      key: 'soil_carbon_mineral',
      label: { en: 'Soil carbon stock, mangrove on mineral soil (top 1 m)', 'zh-CN': '矿质土壤红树林土壤碳储量（表层 1 米）' },
      unit: 'tC/ha',
      type: 'decimal',
      default: '286',
      min: '0',
      max: '1500',
      adjustable: true,
      citation: {
        source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.11 — mangroves on mineral soil 286 tC/ha to 1 m',
        note: 'Recalled from the table, verify.',
      },
    },
    {
      key: 'soil_carbon_organic',
      label: { en: 'Soil carbon stock, mangrove on organic soil (top 1 m)', 'zh-CN': '有机土壤红树林土壤碳储量（表层 1 米）' },
      unit: 'tC/ha',
      type: 'decimal',
      default: '471',
      min: '0',
      max: '1500',
      adjustable: true,
      citation: {
        source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.11 — mangroves on organic soil 471 tC/ha to 1 m',
        note: 'Recalled from the table, verify.',
      },
    },
    {
      key: 'soil_loss_fraction',
      label: { en: 'Fraction of soil carbon lost on conversion', 'zh-CN': '转化时土壤碳损失比例', 'pt-BR': 'Fração do carbono do solo perdida na conversão' },
      unit: '%',
      type: 'percent',
      default: '25',
      min: '0',
      max: '100',
      adjustable: true,
      citation: {
        source:
          'Pendleton et al. (2012), PLoS ONE 7(9): e43542 — 25–100 % of top-metre soil carbon released on conversion; the low end as a conservative default',
        note: 'Not an IPCC table value. VM0033 derives soil carbon loss from the depth of soil disturbed; replace with the official figure.',
      },
    },
    {
      key: 'soil_accretion_rate',
      label: { en: 'Soil carbon accumulation rate', 'zh-CN': '土壤碳累积速率', 'pt-BR': 'Taxa de acúmulo de carbono no solo' },
      unit: 'tC/ha/yr',
      type: 'decimal',
      default: '1.62',
      min: '0',
      max: '12',
      adjustable: true,
      citation: {
        source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.12 — mangrove soil carbon accumulation 1.62 tC/ha/yr',
        note: 'Recalled from the table, verify.',
      },
    },
    {
      key: 'agb_growth_rate',
      label: { en: 'Net above-ground biomass growth of conserved stands', 'zh-CN': '受保护林分地上生物量净生长量' },
      unit: 't_dm/ha/yr',
      type: 'decimal',
      default: '0',
      min: '0',
      max: '60',
      adjustable: true,
      citation: {
        source: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.4 (above-ground biomass growth of mangroves, for growing stands)',
        note: 'Default 0: mature conserved stands are taken as near equilibrium (conservative). Use Table 4.4 or measured growth for young stands.',
      },
    },
    {
      key: 'project_emission_rate',
      label: { en: 'Project emissions per hectare', 'zh-CN': '单位面积项目排放', 'pt-BR': 'Emissões do projeto por hectare' },
      unit: 'tCO2e/ha/yr',
      type: 'decimal',
      default: '0',
      min: '0',
      max: '50',
      adjustable: true,
      citation: {
        source: 'VM0033 v2.0, project emissions (CH4 and N2O where salinity is below 20 ppt; fossil fuel use)',
        note: 'Default 0 for saline mangroves without fossil-fuel-intensive activities; set from monitoring otherwise.',
      },
    },
    {
      key: 'leakage_rate',
      label: {
        en: 'Leakage as a share of baseline emissions',
        'zh-CN': '泄漏占基准排放的比例',
        'pt-BR': 'Vazamento como fração das emissões da linha de base',
      },
      unit: '%',
      type: 'percent',
      default: '10',
      min: '0',
      max: '100',
      adjustable: true,
      citation: {
        source: 'VM0007 leakage modules (LK-ASU/LK-ASP: activity shifting of the displaced conversion)',
        note: 'Those modules compute leakage from the displaced agents and give no single default; 10 % is a placeholder to be replaced.',
      },
    },
    {
      key: 'allowable_uncertainty',
      label: { en: 'Allowable uncertainty', 'zh-CN': '允许不确定性', 'pt-BR': 'Incerteza admissível' },
      description: { en: 'Uncertainty above this level is deducted from the net reductions.', 'zh-CN': '超出此水平的不确定性将从净减排量中扣除。' },
      unit: '%',
      type: 'percent',
      default: '10',
      min: '0',
      max: '30',
      adjustable: false,
      citation: {
        source:
          'VM0033 v2.0 uncertainty section and CDM AR-Tool14 — no deduction up to 10 % (half-width of the 90 % confidence interval as a share of the mean)',
        note: 'The exact threshold and confidence level differ between versions of these documents; verify against the versions adopted.',
      },
    },
    {
      key: 'buffer_rate',
      label: { en: 'Non-permanence buffer', 'zh-CN': '非持久性风险缓冲比例', 'pt-BR': 'Buffer de não permanência' },
      unit: '%',
      type: 'percent',
      default: '10',
      min: '10',
      max: '60',
      adjustable: true,
      citation: {
        source: 'VCS AFOLU Non-Permanence Risk Tool — overall risk rating of at least 10 %; above 60 % the project is not eligible',
      },
    },
  ],
  inputs: [
    {
      key: 'soil_type',
      scope: 'stratum',
      label: { en: 'Soil type', 'zh-CN': '土壤类型', 'pt-BR': 'Tipo de solo' },
      type: 'enum',
      values: ['mineral', 'organic'],
      default: 'mineral',
    },
    {
      key: 'uncertainty',
      scope: 'project',
      label: { en: 'Uncertainty of the net reductions', 'zh-CN': '净减排量的不确定性', 'pt-BR': 'Incerteza das reduções líquidas' },
      description: {
        en: 'Half-width of the 90 % confidence interval as a share of the mean, from the project’s monitoring.',
        'zh-CN': '监测得到的 90% 置信区间半宽占均值的比例。',
      },
      unit: '%',
      type: 'percent',
      min: '0',
      max: '100',
    },
    {
      key: 'project_activity_emissions',
      scope: 'project',
      label: { en: 'Emissions of project activities (patrols, planting logistics)', 'zh-CN': '项目活动排放（巡护、种植物流）' },
      unit: 'tCO2e/yr',
      type: 'decimal',
      min: '0',
      default: '0',
    },
  ],
  formulas: [
    {
      key: 'biomass_carbon',
      label: { en: 'Biomass carbon stock (above + below ground)', 'zh-CN': '生物量碳储量（地上+地下）', 'pt-BR': 'Estoque de carbono na biomassa' },
      expression: 'agb_stock * (1 + root_shoot_ratio) * carbon_fraction',
      unit: 'tC/ha',
      scope: 'project-year',
      total: 'none',
    },
    {
      key: 'cumulative_loss_area',
      label: { en: 'Baseline area lost by the end of the year', 'zh-CN': '截至年末的基准丧失面积' },
      expression: 'min(area, area * loss_rate * dt * year_index)',
      unit: 'ha',
      scope: 'stratum-year',
      total: 'none',
    },
    {
      key: 'prior_loss_area',
      label: { en: 'Baseline area lost before the year', 'zh-CN': '本年之前的基准丧失面积' },
      expression: 'min(area, area * loss_rate * dt * (year_index - 1))',
      unit: 'ha',
      scope: 'stratum-year',
      total: 'none',
    },
    {
      key: 'avoided_loss_area',
      label: { en: 'Mangrove loss avoided in the year', 'zh-CN': '当年避免丧失的红树林面积', 'pt-BR': 'Perda de manguezal evitada no ano' },
      expression: 'cumulative_loss_area - prior_loss_area',
      unit: 'ha',
      scope: 'stratum-year',
    },
    {
      key: 'soil_carbon_stock',
      label: { en: 'Soil carbon stock of the stratum', 'zh-CN': '该层土壤碳储量' },
      expression: 'if(soil_type == "organic", soil_carbon_organic, soil_carbon_mineral)',
      unit: 'tC/ha',
      scope: 'stratum-year',
      total: 'none',
    },
    {
      key: 'soil_carbon_lost',
      label: { en: 'Soil carbon lost per hectare converted', 'zh-CN': '单位转化面积的土壤碳损失' },
      expression: 'soil_carbon_stock * soil_loss_fraction',
      unit: 'tC/ha',
      scope: 'stratum-year',
      total: 'none',
    },
    {
      key: 'baseline_emissions',
      label: { en: 'Baseline emissions from mangrove loss', 'zh-CN': '红树林丧失导致的基准排放', 'pt-BR': 'Emissões da linha de base pela perda de manguezal' },
      description: { en: 'Area lost × (biomass carbon + lost soil carbon) × 44/12.', 'zh-CN': '丧失面积 ×（生物量碳 + 损失的土壤碳）× 44/12。' },
      expression: 'avoided_loss_area * (biomass_carbon + soil_carbon_lost) * co2_per_c',
      unit: 'tCO2e',
      scope: 'stratum-year',
    },
    {
      key: 'continued_sequestration',
      label: { en: 'Continued sequestration on the conserved area', 'zh-CN': '受保护面积上的持续固碳', 'pt-BR': 'Sequestro contínuo na área conservada' },
      description: {
        en: 'Soil accretion and biomass growth on the area the baseline had already lost by the start of the year.',
        'zh-CN': '在基准情景年初前已丧失面积上的土壤累积与生物量生长。',
      },
      expression: 'prior_loss_area * (soil_accretion_rate + agb_growth_rate * (1 + root_shoot_ratio) * carbon_fraction) * dt * co2_per_c',
      unit: 'tCO2e',
      scope: 'stratum-year',
    },
    {
      key: 'project_emissions',
      label: { en: 'Project emissions of the stratum', 'zh-CN': '该层项目排放' },
      expression: 'area * project_emission_rate * dt',
      unit: 'tCO2e',
      scope: 'stratum-year',
    },
    {
      key: 'baseline_emissions_total',
      label: { en: 'Baseline emissions, all strata', 'zh-CN': '基准排放（全部分层）' },
      expression: 'sum(stratum, baseline_emissions)',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'sequestration_total',
      label: { en: 'Continued sequestration, all strata', 'zh-CN': '持续固碳（全部分层）' },
      expression: 'sum(stratum, continued_sequestration)',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'project_emissions_total',
      label: { en: 'Project emissions', 'zh-CN': '项目排放', 'pt-BR': 'Emissões do projeto' },
      expression: 'sum(stratum, project_emissions) + project_activity_emissions * dt',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'leakage',
      label: { en: 'Leakage', 'zh-CN': '泄漏', 'pt-BR': 'Vazamento' },
      expression: 'baseline_emissions_total * leakage_rate',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'net_reductions',
      label: { en: 'Net emission reductions and removals', 'zh-CN': '净减排量与清除量', 'pt-BR': 'Reduções e remoções líquidas' },
      expression: 'baseline_emissions_total + sequestration_total - project_emissions_total - leakage',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'uncertainty_deduction',
      label: { en: 'Uncertainty deduction', 'zh-CN': '不确定性扣减', 'pt-BR': 'Dedução por incerteza' },
      description: {
        en: 'The uncertainty above the allowable level, applied to positive net reductions.',
        'zh-CN': '超出允许水平的不确定性，作用于正的净减排量。',
      },
      expression: 'if(uncertainty > allowable_uncertainty, max(0, net_reductions) * (uncertainty - allowable_uncertainty), 0)',
      unit: 'tCO2e',
      scope: 'project-year',
    },
    {
      key: 'buffer_contribution',
      label: { en: 'Non-permanence buffer contribution', 'zh-CN': '非持久性缓冲贡献', 'pt-BR': 'Contribuição ao buffer' },
      expression: 'max(0, net_reductions - uncertainty_deduction) * buffer_rate',
      unit: 'tCO2e',
      scope: 'project-year',
      // The standard buffers the stock change (the year's net reductions), not a stock.
      buffer: { appliesTo: 'net_reductions' },
    },
    {
      key: 'creditable_reductions',
      label: { en: 'Creditable emission reductions', 'zh-CN': '可签发减排量', 'pt-BR': 'Reduções creditáveis' },
      expression: 'net_reductions - uncertainty_deduction - buffer_contribution',
      unit: 'tCO2e',
      scope: 'project-year',
    },
  ],
  creditableFormula: 'creditable_reductions',
};

/**
 * Price scenarios from Shenzhen's 2023 blue-carbon auction, as given in issue 5: the reserve
 * price CNY 183/t and the clearing price CNY 485/t. Not verified against the auction notice.
 */
export const SHENZHEN_2023_AUCTION_PRICES: PriceScenario[] = [
  {
    key: 'shenzhen-2023-reserve',
    label: { en: 'Shenzhen 2023 auction, reserve price', 'zh-CN': '深圳 2023 年拍卖底价' },
    currency: 'CNY',
    pricePerTonne: '183',
    source: 'Issue 5 (2023 Shenzhen mangrove carbon-sink auction reserve price); not verified here',
  },
  {
    key: 'shenzhen-2023-clearing',
    label: { en: 'Shenzhen 2023 auction, clearing price', 'zh-CN': '深圳 2023 年拍卖成交价' },
    currency: 'CNY',
    pricePerTonne: '485',
    source: 'Issue 5 (2023 Shenzhen mangrove carbon-sink auction clearing price); not verified here',
  },
];
