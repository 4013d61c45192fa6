import type { DataSource } from 'typeorm';
import { seedDocumentsDemo } from '@bluecarbon/documents';
import { seedDemoData } from '@bluecarbon/identity';
import { seedMethodologyDemo } from '@bluecarbon/methodology';
import { seedOnboardingDemo } from '@bluecarbon/onboarding';
import { seedDemoAuctions, seedDemoBuyer, seedProjectsDemo } from '@bluecarbon/projects';

export interface DemoSeedContext {
  /** DEMO_PASSWORD, shared by every demo user. */
  demoPassword: string;
  hashPassword: (password: string) => Promise<string>;
}

/** One module's demo data: adds only what is missing, answers what it added (for the log). */
export interface DemoSeed {
  module: string;
  run: (dataSource: DataSource, context: DemoSeedContext) => Promise<string>;
}

/**
 * Every module's demo data, in dependency order: a module comes after those whose records it
 * points at. `npm run db:seed` and the API's start on a fresh embedded database both run this
 * list, so a module adds its seed here and nowhere else.
 */
export const DEMO_SEEDS: readonly DemoSeed[] = [
  {
    module: 'identity',
    run: async (dataSource, context) => {
      const added = await seedDemoData(dataSource, context.demoPassword, context.hashPassword);
      return `${added.organisations} organisations, ${added.users} users`;
    },
  },
  {
    // Links identity's demo city organisations to their Jurisdiction records.
    module: 'onboarding',
    run: async (dataSource) => {
      const added = await seedOnboardingDemo(dataSource);
      return `${added.jurisdictions} jurisdictions, ${added.cases} cases`;
    },
  },
  {
    // Stewarded by identity's Shenzhen centre.
    module: 'methodology',
    run: async (dataSource) => {
      const added = await seedMethodologyDemo(dataSource);
      return `${added.templates} methodology templates, ${added.versions} versions`;
    },
  },
  {
    // Enping's project description needs identity's people and the linked Enping jurisdiction.
    module: 'documents',
    run: async (dataSource) => {
      const added = await seedDocumentsDemo(dataSource);
      return `${added.documents} documents, ${added.segments} segments`;
    },
  },
  {
    // Futian (crediting, credits issued under the seeded 2.1.0) with its September 2023 auction
    // closed and sold and one open auction, Enping and Taishan at earlier stages, and identity's
    // demo buyer organisation as a buyer that bids; needs the demo cities and the seeded methodology.
    module: 'projects',
    run: async (dataSource) => {
      const added = await seedProjectsDemo(dataSource);
      const buyers = (await dataSource.transaction((manager) => seedDemoBuyer(manager))) ?? 0;
      const futianProjectId = added.futianProjectId;
      const auctions = futianProjectId
        ? (await dataSource.transaction((manager) => seedDemoAuctions(manager, { futianProjectId, vintage: 2023, openLotVintage: 2022 }))).auctions
        : 0;
      return `${added.projects} projects, ${added.issuances} issuances, ${auctions} auctions, ${buyers} bidding buyers`;
    },
  },
];

/** Runs the seeds one after another; each commits on its own, so a rerun finishes the rest. */
export async function runDemoSeeds(dataSource: DataSource, context: DemoSeedContext, log: (line: string) => void): Promise<void> {
  for (const seed of DEMO_SEEDS) log(`${seed.module}: ${await seed.run(dataSource, context)} added`);
}
