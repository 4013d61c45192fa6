/**
 * The segmentation worker thread (piscina): segments large revisions off the API's event loop.
 * Loaded as `segmentation.worker.js` from dist/, and from the TypeScript sources under jest (see
 * workerFile). Imports the segmenter only: no Nest, no database.
 */
export { revisionSourceOf as default } from './revision-source';
