import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { reviewOverrides } from './adaptation';

describe('reviewOverrides', () => {
  it('separates values inside the rules from deviations and unusable values', () => {
    const review = reviewOverrides(MANGROVE_CONSERVATION_V1, {
      agb_stock: { value: '110', justification: 'Taishan plots' },
      soil_accretion_rate: { value: 2.4 },
      loss_rate: { value: '25' },
      allowable_uncertainty: { value: '12' },
      buffer_rate: { value: '5' },
      carbon_fraction: { value: 'high' },
      nope: { value: '1' },
    });
    expect(review.withinRules).toEqual([
      { key: 'agb_stock', value: '110' },
      { key: 'soil_accretion_rate', value: 2.4 },
    ]);
    expect(review.deviations).toEqual([
      { key: 'loss_rate', value: '25', reasons: ['out-of-range'], min: '0', max: '20' },
      { key: 'allowable_uncertainty', value: '12', reasons: ['not-adjustable'], min: '0', max: '30' },
      { key: 'buffer_rate', value: '5', reasons: ['out-of-range'], min: '10', max: '60' },
    ]);
    expect(review.invalid).toEqual([
      { key: 'carbon_fraction', value: 'high', reason: 'must be a decimal number', text: { key: 'override.mustBeDecimal' } },
      { key: 'nope', value: '1', reason: 'not a parameter of this version', text: { key: 'override.notAParameter' } },
    ]);
  });

  it('checks enum and yes/no values by type', () => {
    const version = {
      ...MANGROVE_CONSERVATION_V1,
      parameters: [
        ...MANGROVE_CONSERVATION_V1.parameters,
        { key: 'zone', label: { en: 'zone' }, type: 'enum' as const, values: ['dry', 'wet'], default: 'wet', citation: { source: 'test' }, adjustable: true },
        { key: 'grazed', label: { en: 'grazed' }, type: 'boolean' as const, default: false, citation: { source: 'test' }, adjustable: true },
      ],
    };
    const review = reviewOverrides(version, { zone: { value: 'dry' }, grazed: { value: 'yes' } });
    expect(review.withinRules).toEqual([{ key: 'zone', value: 'dry' }]);
    expect(review.invalid).toEqual([{ key: 'grazed', value: 'yes', reason: 'must be true or false', text: { key: 'override.mustBeBoolean' } }]);
  });
});
