import { ApiProperty } from '@nestjs/swagger';
import { ApiDecimalProperty, LOCALIZED_TEXT_SCHEMA, type LocalizedText } from '@bluecarbon/platform';
import { availableTonnes, inUsd, saleTotal, type VintageAccount } from '../domain/credits';
import { serialNumber } from '../domain/issuance';
import type { Buyer, FxRate, Retirement, Sale } from '../entities/sale.entity';
import { trimDecimal } from '../projects/project-view';

class SerialRangeView {
  @ApiProperty({ example: 'BCP-CN-GD-ENPING-1A2B3C4D-2025-000000021' }) first!: string;
  @ApiProperty() last!: string;
}

class UsdAmountView {
  @ApiDecimalProperty() unitPrice!: string;
  @ApiDecimalProperty() total!: string;
  @ApiProperty({ format: 'date' }) rateDate!: string;
  @ApiDecimalProperty() usdPerUnit!: string;
}

export class SaleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ enum: ['bilateral', 'auction'] }) kind!: 'bilateral' | 'auction';
  @ApiProperty() vintage!: number;
  @ApiProperty() tonnes!: number;
  @ApiDecimalProperty() unitPrice!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiDecimalProperty() total!: string;
  /** At the rate of the sale date (or the latest before it); null when no rate was entered. */
  @ApiProperty({ type: UsdAmountView, nullable: true, description: 'At the rate of the sale date (or the latest before it); null without a rate' })
  usd!: UsdAmountView | null;
  @ApiProperty({ format: 'date' }) saleDate!: string;
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty() useOfProceeds!: string;
  @ApiProperty({ type: SerialRangeView, description: "The vintage's serials this sale took: one per tonne, contiguous" })
  serials!: SerialRangeView;
  @ApiProperty() retiredTonnes!: number;
  @ApiProperty() createdAt!: Date;
}

/** A range of serial numbers of one prefix and vintage, as shown. */
function serialRange(prefix: string, vintage: number, first: string, last: string): { first: string; last: string } {
  return { first: serialNumber(prefix, vintage, Number(first)), last: serialNumber(prefix, vintage, Number(last)) };
}

export function toSaleView(row: Sale, rate: FxRate | null, retiredTonnes: number): SaleView {
  const tonnes = Number(row.tonnes);
  const unitPrice = trimDecimal(row.unitPrice);
  const total = saleTotal(unitPrice, tonnes);
  return {
    id: row.id,
    projectId: row.projectId,
    jurisdictionCode: row.jurisdictionCode,
    kind: row.kind,
    vintage: row.vintage,
    tonnes,
    unitPrice,
    currency: row.currency,
    total,
    usd: rate
      ? {
          unitPrice: inUsd(unitPrice, rate.usdPerUnit),
          total: inUsd(total, rate.usdPerUnit),
          rateDate: rate.rateDate,
          usdPerUnit: trimDecimal(rate.usdPerUnit),
        }
      : null,
    saleDate: row.saleDate,
    buyerId: row.buyerId,
    useOfProceeds: row.useOfProceeds,
    serials: serialRange(row.serialPrefix, row.vintage, row.serialFirst, row.serialLast),
    retiredTonnes,
    createdAt: row.createdAt,
  };
}

export class RetirementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) saleId!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() vintage!: number;
  @ApiProperty() tonnes!: number;
  @ApiProperty() beneficiary!: string;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
  @ApiProperty({ type: SerialRangeView, description: "The sale's serials retired: out of circulation for good" })
  serials!: SerialRangeView;
  @ApiProperty() retiredAt!: Date;
}

/** A sale with the retirements made from it. */
export class SaleDetailView extends SaleView {
  @ApiProperty({ type: [RetirementView] }) retirements!: RetirementView[];
}

export function toRetirementView(row: Retirement, sale: Pick<Sale, 'serialPrefix'>): RetirementView {
  return {
    id: row.id,
    saleId: row.saleId,
    projectId: row.projectId,
    vintage: row.vintage,
    tonnes: Number(row.tonnes),
    beneficiary: row.beneficiary,
    purpose: row.purpose,
    serials: serialRange(sale.serialPrefix, row.vintage, row.serialFirst, row.serialLast),
    retiredAt: row.retiredAt,
  };
}

export class CreditAccountView implements VintageAccount {
  @ApiProperty() vintage!: number;
  @ApiProperty() issued!: number;
  @ApiProperty() buffer!: number;
  @ApiProperty() sold!: number;
  @ApiProperty() retired!: number;
  @ApiProperty({ description: 'Issued − buffer − sold' }) available!: number;
}

export function toAccountView(account: VintageAccount): CreditAccountView {
  return { ...account, available: availableTonnes(account) };
}

export class BuyerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) name!: LocalizedText;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null;
  @ApiProperty() publicConsent!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The buyer organisation whose members bid for it in auctions; null for a buyer that does not sign in',
  })
  organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null;
}

export function toBuyerView(row: Buyer): BuyerView {
  const { id, name, country, contactEmail, publicConsent, createdAt, updatedAt, version, organisationId, contactName } = row;
  return { id, name, country, contactEmail, publicConsent, createdAt, updatedAt, version, organisationId, contactName };
}

export class FxRateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiDecimalProperty({ description: 'US dollars per unit of the currency' }) usdPerUnit!: string;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

export class FxImportResultView {
  @ApiProperty() imported!: number;
  @ApiProperty() skipped!: number;
}

export function toFxRateView(row: FxRate): FxRateView {
  return {
    id: row.id,
    currency: row.currency,
    date: row.rateDate,
    usdPerUnit: trimDecimal(row.usdPerUnit),
    source: row.source,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
