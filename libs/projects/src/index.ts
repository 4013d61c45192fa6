// Public API of the projects lib: what the apps use. Specs reach its rules through
// `@bluecarbon/projects/testing`.
export { PROJECTS_ENTITIES } from './entities';
export { ProjectsModule, ProjectsWorkerModule } from './projects.module';
export { seedProjectsDemo } from './seed/seed-projects-demo';
export { FUTIAN_DEMO_PROJECT_ID } from './seed/projects-demo-data';
export { type DemoAuctionsInput, FUTIAN_2023_AUCTION, seedDemoAuctions, seedDemoBuyer } from './seed/demo-auctions';
