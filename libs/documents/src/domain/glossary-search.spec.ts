import type { GlossaryConcept } from './glossary';
import { fold, searchConcepts } from './glossary-search';

const concepts: GlossaryConcept[] = [
  { id: 'blue-carbon', terms: { en: [{ text: 'blue carbon', status: 'preferred' }], 'zh-CN': [{ text: '蓝碳', status: 'preferred' }] } },
  {
    id: 'mangrove',
    terms: {
      en: [
        { text: 'mangrove', status: 'preferred' },
        { text: 'mangrove swamp', status: 'forbidden' },
      ],
      'zh-CN': [{ text: '红树林', status: 'preferred' }],
      'pt-BR': [{ text: 'manguezal', status: 'preferred' }],
    },
  },
  { id: 'mangrove-area', terms: { en: [{ text: 'area of mangroves', status: 'preferred' }], 'pt-BR': [{ text: 'área de manguezal', status: 'preferred' }] } },
  { id: 'seagrass', terms: { en: [{ text: 'seagrass meadow', status: 'preferred' }] } },
];

const ids = (result: { items: GlossaryConcept[] }) => result.items.map((concept) => concept.id);

describe('searchConcepts', () => {
  it('lists every concept, in order, without a search', () => {
    expect(searchConcepts(concepts, {})).toEqual({ items: concepts, total: 4 });
  });

  it('finds a concept by a term of any locale, Chinese as written', () => {
    expect(ids(searchConcepts(concepts, { q: '红树林' }))).toEqual(['mangrove']);
    expect(ids(searchConcepts(concepts, { q: '红树' }))).toEqual(['mangrove']);
    expect(ids(searchConcepts(concepts, { q: 'manguezal' }))).toEqual(['mangrove', 'mangrove-area']);
  });

  it('ignores case and accents, and puts exact and prefix matches first', () => {
    expect(ids(searchConcepts(concepts, { q: 'AREA' }))).toEqual(['mangrove-area']);
    expect(ids(searchConcepts(concepts, { q: 'Área de' }))).toEqual(['mangrove-area']);
    // "mangrove" equals a term of `mangrove`, starts one of nothing else, is in the id of `mangrove-area`.
    expect(ids(searchConcepts(concepts, { q: ' Mangrove ' }))).toEqual(['mangrove', 'mangrove-area']);
    expect(ids(searchConcepts(concepts, { q: 'groves' }))).toEqual(['mangrove-area']);
  });

  it('finds by concept id, hyphens read as spaces', () => {
    expect(ids(searchConcepts(concepts, { q: 'blue-carbon' }))).toEqual(['blue-carbon']);
    expect(ids(searchConcepts(concepts, { q: 'mangrove area' }))).toEqual(['mangrove-area']);
  });

  it('pages the matches and counts them all', () => {
    expect(searchConcepts(concepts, { limit: 2 })).toMatchObject({ total: 4 });
    expect(ids(searchConcepts(concepts, { limit: 2 }))).toEqual(['blue-carbon', 'mangrove']);
    expect(ids(searchConcepts(concepts, { limit: 2, offset: 2 }))).toEqual(['mangrove-area', 'seagrass']);
    expect(searchConcepts(concepts, { limit: 2, offset: 4 })).toEqual({ items: [], total: 4 });
    expect(searchConcepts(concepts, { q: 'nothing like it' })).toEqual({ items: [], total: 0 });
  });

  it('folds full-width Latin and accents', () => {
    expect(fold('ＭＡＮＧＵＥ  Área')).toBe('mangue area');
  });
});
