import { createHash } from 'node:crypto';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { canonicalJson, versionChecksum } from './checksum';

describe('versionChecksum', () => {
  it('writes JSON with sorted keys, dropping undefined members', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"e":null}');
  });

  it('is the sha256 of that canonical JSON', () => {
    const expected = createHash('sha256').update('{"a":1,"b":"二"}', 'utf8').digest('hex');
    expect(versionChecksum({ b: '二', a: 1 } as never)).toBe(`sha256:${expected}`);
  });

  it('ignores key order and changes with any content', () => {
    const reordered = Object.fromEntries(Object.entries(MANGROVE_CONSERVATION_V1).reverse()) as typeof MANGROVE_CONSERVATION_V1;
    expect(versionChecksum(reordered)).toBe(versionChecksum(MANGROVE_CONSERVATION_V1));
    const edited = {
      ...MANGROVE_CONSERVATION_V1,
      parameters: MANGROVE_CONSERVATION_V1.parameters.map((p) => (p.key === 'buffer_rate' ? { ...p, default: '11' } : p)),
    };
    expect(versionChecksum(edited)).not.toBe(versionChecksum(MANGROVE_CONSERVATION_V1));
  });
});
