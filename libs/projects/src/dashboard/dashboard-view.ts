import { ApiProperty } from '@nestjs/swagger';
import type { LocalizedText } from '@bluecarbon/platform';

const DECIMAL = { type: String, example: '1234.5', description: 'Exact decimal as text' };
const USD = { type: String, nullable: true, example: '67.42', description: 'US dollars to the cent; null when no sale had a rate' };

/** The figures every line of the dashboard has, for a jurisdiction, a country or everything. */
export class DashboardFigures {
  @ApiProperty({ example: 3, description: 'Projects counted (drafts only for the steward and the city itself)' })
  projects!: number;

  @ApiProperty({ ...DECIMAL, description: 'Declared hectares under the projects' })
  hectares!: string;

  @ApiProperty({ ...DECIMAL, description: "The calculator's exact creditable tCO2e behind the issued vintages" })
  estimatedTonnes!: string;

  @ApiProperty({ ...DECIMAL, description: 'Issued tCO2e (buffer included)' })
  issuedTonnes!: string;

  @ApiProperty({ ...DECIMAL, description: 'Of the issued tCO2e, held in the buffer' })
  bufferTonnes!: string;

  @ApiProperty(DECIMAL)
  soldTonnes!: string;

  @ApiProperty(DECIMAL)
  retiredTonnes!: string;

  @ApiProperty({ example: 12 })
  sales!: number;

  @ApiProperty({ ...USD, nullable: false, example: '10112.25', description: 'Sales in US dollars at the rate of each sale date (or the latest before it)' })
  usdTotal!: string;

  @ApiProperty({ ...USD, description: 'Volume-weighted average price per tonne in US dollars' })
  usdAveragePrice!: string | null;

  @ApiProperty(USD)
  usdMinPrice!: string | null;

  @ApiProperty(USD)
  usdMaxPrice!: string | null;

  @ApiProperty({ example: 0, description: 'Sales with no rate of their currency on or before their date: left out of the US dollar figures' })
  salesWithoutRate!: number;
}

export class DashboardJurisdictionRow extends DashboardFigures {
  @ApiProperty({ example: 'CN-GD-ENPING' })
  jurisdictionCode!: string;

  @ApiProperty({
    type: Object,
    nullable: true,
    example: { en: 'Enping', 'zh-CN': '恩平市' },
    description: "Onboarding's name; null for a code onboarding does not know",
  })
  name!: LocalizedText | null;

  @ApiProperty({ example: 'CN' })
  country!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'onboarding',
    description: "The partner's status in onboarding (applicant, onboarding, active, suspended)",
  })
  onboardingStatus!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'in_progress', description: 'Its latest onboarding case' })
  caseStatus!: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 42 })
  percentComplete!: number | null;

  @ApiProperty({ type: [String], example: ['site-survey'], description: 'Steps being worked on or waiting for review' })
  currentSteps!: string[];
}

export class DashboardCountryRow extends DashboardFigures {
  @ApiProperty({ example: 'BR' })
  country!: string;

  @ApiProperty({ example: 2, description: 'Partner jurisdictions of the country in onboarding' })
  partners!: number;
}

export class DashboardPriceRow {
  @ApiProperty({ enum: ['jurisdiction', 'country', 'overall'] })
  level!: 'jurisdiction' | 'country' | 'overall';

  @ApiProperty({ type: String, nullable: true, example: 'CN-GD-ENPING', description: 'The jurisdiction (jurisdiction level)' })
  jurisdictionCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'CN', description: 'The country (jurisdiction and country levels)' })
  country!: string | null;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ example: 4 })
  sales!: number;

  @ApiProperty(DECIMAL)
  tonnes!: string;

  @ApiProperty({ ...DECIMAL, description: 'Money paid, in the currency' })
  total!: string;

  @ApiProperty({ ...DECIMAL, description: 'Volume-weighted average price per tonne, to 6 decimals' })
  averagePrice!: string;

  @ApiProperty(DECIMAL)
  minPrice!: string;

  @ApiProperty(DECIMAL)
  maxPrice!: string;
}

export class DashboardView {
  @ApiProperty({ type: [DashboardJurisdictionRow] })
  jurisdictions!: DashboardJurisdictionRow[];

  @ApiProperty({ type: [DashboardCountryRow] })
  countries!: DashboardCountryRow[];

  @ApiProperty({ type: DashboardFigures })
  overall!: DashboardFigures;

  @ApiProperty({ type: [DashboardPriceRow], description: 'Prices in each original currency' })
  prices!: DashboardPriceRow[];
}

export class PublicJurisdictionRow {
  @ApiProperty({ example: 'CN-GD-ENPING' })
  jurisdictionCode!: string;

  @ApiProperty({ type: Object, nullable: true, example: { en: 'Enping' } })
  name!: LocalizedText | null;

  @ApiProperty({ example: 'CN' })
  country!: string;

  @ApiProperty({ example: 2, description: 'Registered projects (registered, crediting or closed)' })
  projects!: number;

  @ApiProperty(DECIMAL)
  hectares!: string;

  @ApiProperty(DECIMAL)
  issuedTonnes!: string;

  @ApiProperty(DECIMAL)
  soldTonnes!: string;

  @ApiProperty(DECIMAL)
  retiredTonnes!: string;
}

export class PublicTotals {
  @ApiProperty({ example: 5 })
  projects!: number;

  @ApiProperty(DECIMAL)
  hectares!: string;

  @ApiProperty(DECIMAL)
  issuedTonnes!: string;

  @ApiProperty(DECIMAL)
  soldTonnes!: string;

  @ApiProperty(DECIMAL)
  retiredTonnes!: string;

  @ApiProperty({ example: 12 })
  sales!: number;

  @ApiProperty({ ...DECIMAL, example: '10112.25', description: 'US dollars, at the rate of each sale date' })
  usdTotal!: string;
}

export class PublicPriceRow {
  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ example: 4 })
  sales!: number;

  @ApiProperty(DECIMAL)
  tonnes!: string;

  @ApiProperty(DECIMAL)
  averagePrice!: string;

  @ApiProperty(DECIMAL)
  minPrice!: string;

  @ApiProperty(DECIMAL)
  maxPrice!: string;
}

export class PublicBuyerRow {
  @ApiProperty({ type: Object, example: { en: 'Demo buyer Co.' } })
  name!: LocalizedText;

  @ApiProperty({ type: String, nullable: true, example: 'CN' })
  country!: string | null;

  @ApiProperty({ example: 2 })
  sales!: number;

  @ApiProperty(DECIMAL)
  tonnes!: string;
}

export class PublicUndisclosedBuyers {
  @ApiProperty({ example: 3, description: 'Buyers who did not agree to be named' })
  buyers!: number;

  @ApiProperty({ example: 5 })
  sales!: number;

  @ApiProperty(DECIMAL)
  tonnes!: string;
}

/** What anyone may read: registered projects and their sales, buyers named only with their consent. */
export class PublicSummaryView {
  @ApiProperty({ type: [PublicJurisdictionRow] })
  jurisdictions!: PublicJurisdictionRow[];

  @ApiProperty({ type: PublicTotals })
  totals!: PublicTotals;

  @ApiProperty({ type: [PublicPriceRow], description: 'Prices in each original currency' })
  prices!: PublicPriceRow[];

  @ApiProperty({ type: [PublicBuyerRow], description: 'Buyers who agreed to be named (publicConsent)' })
  buyers!: PublicBuyerRow[];

  @ApiProperty({ type: PublicUndisclosedBuyers })
  undisclosedBuyers!: PublicUndisclosedBuyers;
}
