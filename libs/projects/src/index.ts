// Public API of the projects lib: what the apps use. Specs reach its rules through
// `@bluecarbon/projects/testing`.
export { PROJECTS_ENTITIES } from './entities';
export { ProjectsModule, ProjectsWorkerModule } from './projects.module';
export { type DemoAuctionsInput, FUTIAN_2023_AUCTION, seedDemoAuctions, seedDemoBuyer } from './seed/demo-auctions';
