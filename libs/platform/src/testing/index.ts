// Helpers for specs only: `@bluecarbon/platform/testing`. tools/build.mjs leaves `testing/`
// folders out of the production build.
export { describeTranslations, type TranslationCoverage } from './translation-coverage';
export { MAX_JSON_DEPTH } from '../http/json-body-parser';
