import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JurisdictionDirectory } from '@bluecarbon/platform';
import { Jurisdiction } from '../entities/jurisdiction.entity';

/** Onboarding owns the jurisdiction table; other libs ask it through the platform's port. */
@Injectable()
export class OnboardingJurisdictionDirectory extends JurisdictionDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async idOf(code: string): Promise<string | null> {
    const jurisdiction = await this.dataSource.getRepository(Jurisdiction).findOne({ where: { code }, select: { id: true } });
    return jurisdiction?.id ?? null;
  }

  async timeZoneOf(jurisdictionId: string): Promise<string | null> {
    const jurisdiction = await this.dataSource.getRepository(Jurisdiction).findOne({ where: { id: jurisdictionId }, select: { timeZone: true } });
    return jurisdiction?.timeZone ?? null;
  }
}

/** Global so that methodology and identity can inject the directory without importing onboarding. */
@Global()
@Module({
  providers: [{ provide: JurisdictionDirectory, useClass: OnboardingJurisdictionDirectory }],
  exports: [JurisdictionDirectory],
})
export class JurisdictionDirectoryModule {}
