import type { FormulaDefinition, InputDefinition, MethodologyVersion } from '../domain/model';
import { MANGROVE_CONSERVATION_V2 } from './mangrove-conservation-v2';

const label = (en: string, zhCN: string, ptBR: string) => ({ en, 'zh-CN': zhCN, 'pt-BR': ptBR });

/** 2.0.0's inputs that monitoring measures every year become per-year: the ex-ante value is the estimate, a report's value replaces it. */
const MONITORED = new Set(['uncertainty', 'project_activity_emissions']);

const AREA_LOST_IN_PROJECT: InputDefinition = {
  key: 'area_lost_in_project',
  label: label('Mangrove area lost inside the project', '项目区内红树林丧失面积', 'Área de manguezal perdida dentro do projeto'),
  description: {
    en: 'Hectares of the stratum cleared, dead or eroded during the year despite the project, from the monitoring survey (remote sensing checked on plots). Ex ante: none.',
    'zh-CN': '尽管实施了项目，该分层当年被清除、死亡或侵蚀的红树林面积（公顷），取自监测调查（遥感并经样地核查）。事前估计为零。',
    'pt-BR':
      'Hectares do estrato desmatados, mortos ou erodidos no ano apesar do projeto, segundo o levantamento de monitoramento (sensoriamento remoto verificado em parcelas). Ex ante: zero.',
  },
  unit: 'ha',
  type: 'decimal',
  scope: 'stratum',
  min: '0',
  default: '0',
  perYear: true,
};

const PROJECT_LOSS: FormulaDefinition = {
  key: 'project_loss_emissions',
  label: label('Emissions from mangrove lost inside the project', '项目区内红树林丧失的排放', 'Emissões da perda de manguezal dentro do projeto'),
  description: {
    en: 'The measured area lost × (biomass carbon + the soil carbon conversion releases) × 44/12, counted in the year of loss.',
    'zh-CN': '实测丧失面积 ×（生物量碳 + 转化释放的土壤碳）× 44/12，计入丧失当年。',
    'pt-BR': 'Área perdida medida × (carbono da biomassa + carbono do solo liberado na conversão) × 44/12, no ano da perda.',
  },
  expression: 'area_lost_in_project * (biomass_carbon + soil_carbon_stock * soil_loss_fraction) * co2_per_c',
  unit: 'tCO2e',
  scope: 'stratum-year',
};

/**
 * "Mangrove conservation" 2.1.0: 2.0.0 as monitored. The stratum's uncertainty and the
 * project activities' emissions are measured each year (`perYear`), and a new per-year input,
 * the mangrove area lost inside the project, adds the emissions of that loss to the stratum's
 * project emissions (VM0007's project-area deforestation, M-MON). Without monitoring periods every
 * year is ex ante and the answer is 2.0.0's (nothing is lost inside the project); the
 * parameters are 2.0.0's, so adaptations carry over unchanged.
 */
export const MANGROVE_CONSERVATION_V2_1: MethodologyVersion = {
  ...MANGROVE_CONSERVATION_V2,
  version: '2.1.0',
  description: {
    en:
      `${MANGROVE_CONSERVATION_V2.description.en} 2.1.0 is monitored: uncertainty and project-activity emissions are measured each year, and the mangrove area lost ` +
      'inside the project is measured and its emissions deducted.',
    'zh-CN': `${MANGROVE_CONSERVATION_V2.description['zh-CN']} 2.1.0 版为监测版：不确定性与项目活动排放逐年实测，并实测项目区内红树林丧失面积、扣除其排放。`,
    'pt-BR':
      `${MANGROVE_CONSERVATION_V2.description['pt-BR']} A 2.1.0 é monitorada: a incerteza e as emissões das atividades do projeto são medidas a cada ano, e a área de ` +
      'manguezal perdida dentro do projeto é medida e suas emissões deduzidas.',
  },
  sections: {
    ...MANGROVE_CONSERVATION_V2.sections,
    monitoring: {
      en:
        'Monitoring: each monitoring report measures, for each year of its period, the uncertainty of each stratum, the emissions of project activities and the ' +
        'mangrove area lost inside each stratum. Measured years are ex post; the other years keep the ex-ante estimates. Credits of a period are its creditable ' +
        'tonnes rounded down once; the non-permanence buffer is taken from the period’s net reductions.',
      'zh-CN':
        '监测：每份监测报告对其期间的每一年实测各分层的不确定性、项目活动排放以及各分层内的红树林丧失面积。实测年份为事后值，其余年份保留事前估计。' +
        '一个监测期的签发量为其可签发吨数向下取整一次；非持久性缓冲取自该期间的净减排量。',
      'pt-BR':
        'Monitoramento: cada relatório mede, para cada ano do seu período, a incerteza de cada estrato, as emissões das atividades do projeto e a área de manguezal ' +
        'perdida em cada estrato. Os anos medidos são ex post; os demais mantêm as estimativas ex ante. Os créditos de um período são suas toneladas creditáveis ' +
        'arredondadas para baixo uma vez; o buffer de não permanência é tirado das reduções líquidas do período.',
    },
  },
  inputs: [...MANGROVE_CONSERVATION_V2.inputs.map((input) => (MONITORED.has(input.key) ? { ...input, perYear: true } : input)), AREA_LOST_IN_PROJECT],
  formulas: MANGROVE_CONSERVATION_V2.formulas.flatMap((formula) => {
    // Counted as project emissions, so both the stratum's net (uncertainty) and the project's totals deduct it.
    if (formula.key === 'project_emissions') return [PROJECT_LOSS, { ...formula, expression: `${formula.expression} + project_loss_emissions` }];
    return [formula];
  }),
};
