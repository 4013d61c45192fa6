import { Module } from '@nestjs/common';
import { IdentityModule } from '@bluecarbon/identity';
import { DemoSeeder } from './demo-seeder';

/** The demo data of DEMO_SEEDS on the API's start (embedded engine only; see DemoSeeder). */
@Module({ imports: [IdentityModule], providers: [DemoSeeder] })
export class DemoDataModule {}
