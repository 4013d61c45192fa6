// Helpers for specs only: `@bluecarbon/platform/testing`. tools/build.mjs leaves `testing/`
// folders out of the production build.
export { describeTranslations, type TranslationCoverage } from './translation-coverage';
