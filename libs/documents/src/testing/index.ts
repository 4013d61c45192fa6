// For specs only (`@bluecarbon/documents/testing`); tools/build.mjs leaves `testing/` out.
export { importXliff } from '../engine/xliff-import';
export { validateXliff } from '../engine/testing/xliff-schema';
export { DOCUMENTS_TRANSLATIONS } from '../i18n/translations';
