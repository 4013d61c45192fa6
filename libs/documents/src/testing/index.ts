// For specs only (`@bluecarbon/documents/testing`); tools/build.mjs leaves `testing/` out.
export { importXliff } from '../domain/xliff-import';
export { validateXliff } from '../domain/testing/xliff-schema';
export { DOCUMENTS_TRANSLATIONS } from '../i18n/translations';
export { TAISHAN_DEMO_MARKDOWN, TAISHAN_DEMO_TITLE } from '../seed/taishan-demo';
