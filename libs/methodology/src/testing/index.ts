// For specs only (`@bluecarbon/methodology/testing`); tools/build.mjs leaves `testing/` out.
export type { ProjectInputs } from '../domain/calculate';
export { versionChecksum } from '../domain/checksum';
export type { MethodologyVersion } from '../domain/model';
export { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
export { MANGROVE_CONSERVATION_V2_1 } from '../seed/mangrove-conservation-v2-1';
export { formula, input, parameter, smallVersion } from './version.factory';
export { METHODOLOGY_TRANSLATIONS } from '../i18n/translations';
