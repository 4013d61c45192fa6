// For specs only (`@bluecarbon/projects/testing`); tools/build.mjs leaves `testing/` out.
export { allowedActions, nextStatus } from '../domain/project-lifecycle';
export { boundaryIssues, checkArea } from '../domain/site-boundary';
export { PROJECTS_TRANSLATIONS } from '../i18n/translations';
export { availableTonnes, parseFxCsv } from '../domain/credits';
export { decideBid } from '../access/auction-access';
export { AuctionCloseJob } from '../auctions/auction-close-job';
export { AuctionScheduler } from '../auctions/auction-scheduler';
