import { Injectable } from '@nestjs/common';
import { JurisdictionDirectory } from '@bluecarbon/platform';

/**
 * One rule for a person's clock, shared by /me and by whatever mails them at a local hour (the
 * daily digest): the zone they chose, else that of their first city membership's jurisdiction
 * (onboarding's record, asked through the platform's port), else UTC.
 */
@Injectable()
export class UserTimeZones {
  constructor(private readonly jurisdictions: JurisdictionDirectory) {}

  async resolve(chosen: string | null, firstCityJurisdictionId: string | null): Promise<string> {
    if (chosen) return chosen;
    return (firstCityJurisdictionId && (await this.jurisdictions.timeZoneOf(firstCityJurisdictionId))) || 'UTC';
  }
}
