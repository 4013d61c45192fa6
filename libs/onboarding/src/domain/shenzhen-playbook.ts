import type { PlaybookDefinition } from './playbook-definition';

/** Stable key of the default playbook; every version of it shares this key. */
export const SHENZHEN_PLAYBOOK_KEY = 'shenzhen-model-replication';

/**
 * The default playbook: how a city replicates Shenzhen's mangrove blue-carbon model, from a
 * named focal point to a first credit transaction. Step keys are stable: later versions may
 * reword, re-time or add steps, but a key always means the same piece of work.
 */
export const SHENZHEN_PLAYBOOK: PlaybookDefinition = {
  name: {
    en: 'Shenzhen model replication',
    'zh-CN': '深圳模式复制',
    'pt-BR': 'Replicação do modelo de Shenzhen',
  },
  description: {
    en: 'From a named focal point to the first blue-carbon credit transaction, following the Shenzhen mangrove model.',
    'zh-CN': '按照深圳红树林模式，从指定联络人到完成首笔蓝碳交易。',
    'pt-BR': 'Do ponto focal designado à primeira transação de créditos de carbono azul, seguindo o modelo de manguezais de Shenzhen.',
  },
  steps: [
    {
      key: 'focal_point',
      title: { en: 'Designate a focal point', 'zh-CN': '指定联络人', 'pt-BR': 'Designar um ponto focal' },
      guidance: {
        en: 'Name the official who coordinates the replication for the jurisdiction and upload the designation letter.',
        'zh-CN': '指定负责本辖区复制工作的联络官员，并上传任命函。',
        'pt-BR': 'Indique o servidor que coordena a replicação na jurisdição e envie o ofício de designação.',
      },
      evidence: ['file'],
      dependsOn: [],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 14,
    },
    {
      key: 'cooperation_agreement',
      title: { en: 'Sign the cooperation agreement', 'zh-CN': '签署合作协议', 'pt-BR': 'Assinar o acordo de cooperação' },
      guidance: {
        en: 'Sign the cooperation agreement with the steward and upload the countersigned copy.',
        'zh-CN': '与模式管理方签署合作协议，并上传双方签字的文本。',
        'pt-BR': 'Assine o acordo de cooperação com a coordenação do modelo e envie a cópia assinada por ambas as partes.',
      },
      evidence: ['file'],
      dependsOn: ['focal_point'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 60,
    },
    {
      key: 'mangrove_baseline',
      title: {
        en: 'Mangrove baseline inventory',
        'zh-CN': '红树林本底调查',
        'pt-BR': 'Inventário de linha de base dos manguezais',
      },
      guidance: {
        en: 'Record the mangrove area (ha), species composition and carbon stock, with the survey report as a file.',
        'zh-CN': '记录红树林面积（公顷）、物种组成和碳储量，并上传调查报告。',
        'pt-BR': 'Registre a área de manguezal (ha), a composição de espécies e o estoque de carbono, com o relatório do levantamento.',
      },
      evidence: ['data_record', 'file'],
      dependsOn: ['focal_point'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 120,
    },
    {
      key: 'training',
      title: { en: 'Training', 'zh-CN': '能力培训', 'pt-BR': 'Capacitação' },
      guidance: {
        en: 'Take part in the methodology and monitoring training; upload the attendance list.',
        'zh-CN': '参加方法学与监测培训，并上传签到表。',
        'pt-BR': 'Participe da capacitação em metodologia e monitoramento; envie a lista de presença.',
      },
      evidence: ['file'],
      dependsOn: ['cooperation_agreement'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 90,
    },
    {
      key: 'methodology_adoption',
      title: { en: 'Adopt the methodology', 'zh-CN': '采用方法学', 'pt-BR': 'Adotar a metodologia' },
      guidance: {
        en: 'Adapt the shared methodology to local conditions and link the approved adaptation.',
        'zh-CN': '结合本地条件调整共享方法学，并关联已批准的本地化版本。',
        'pt-BR': 'Adapte a metodologia compartilhada às condições locais e vincule a adaptação aprovada.',
      },
      evidence: ['data_record'],
      dependsOn: ['cooperation_agreement', 'mangrove_baseline'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 90,
    },
    {
      key: 'first_project',
      title: {
        en: 'Register a first conservation project',
        'zh-CN': '登记首个保护项目',
        'pt-BR': 'Registrar o primeiro projeto de conservação',
      },
      guidance: {
        en: 'Register a first mangrove conservation carbon-sink project under the adopted methodology.',
        'zh-CN': '依据已采用的方法学登记首个红树林保护碳汇项目。',
        'pt-BR': 'Registre o primeiro projeto de sumidouro de carbono de conservação de manguezais com a metodologia adotada.',
      },
      evidence: ['data_record'],
      dependsOn: ['methodology_adoption', 'training'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 120,
    },
    {
      key: 'bilingual_documentation',
      title: {
        en: "Publish the project's bilingual documentation",
        'zh-CN': '发布项目双语文件',
        'pt-BR': 'Publicar a documentação bilíngue do projeto',
      },
      guidance: {
        en: 'Publish the project design document in Chinese and English (and Portuguese for Brazilian partners).',
        'zh-CN': '以中英文（巴西合作方另加葡萄牙文）发布项目设计文件。',
        'pt-BR': 'Publique o documento de concepção do projeto em chinês e inglês (e em português para parceiros brasileiros).',
      },
      evidence: ['document'],
      dependsOn: ['first_project'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 60,
    },
    {
      key: 'market_readiness',
      title: {
        en: 'Market readiness and first transaction',
        'zh-CN': '市场准备与首笔交易',
        'pt-BR': 'Prontidão de mercado e primeira transação',
      },
      guidance: {
        en: 'Record the first sale of credits (auction or bilateral) with its price and buyer, and link the contract.',
        'zh-CN': '记录首笔碳汇交易（拍卖或协议转让）的价格和买方，并附上合同链接。',
        'pt-BR': 'Registre a primeira venda de créditos (leilão ou bilateral) com preço e comprador, e vincule o contrato.',
      },
      evidence: ['data_record', 'link'],
      dependsOn: ['bilingual_documentation'],
      ownerRole: 'coordinator',
      reviewerRole: 'steward',
      dueInDays: 180,
    },
  ],
};
