// For specs only (`@bluecarbon/methodology/testing`); tools/build.mjs leaves `testing/` out.
export type { ProjectInputs } from '../engine/calculate';
export { versionChecksum } from '../engine/checksum';
export type { MethodologyVersion } from '../engine/model';
export { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
export { formula, input, parameter, smallVersion } from './version.factory';
export { METHODOLOGY_TRANSLATIONS } from '../i18n/translations';
