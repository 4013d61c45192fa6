import type { LocalizedText } from '@bluecarbon/platform';
import { availableTonnes, inUsd, saleTotal, type VintageAccount } from '../domain/credits';
import type { Buyer, FxRate, Retirement, Sale } from '../entities/sale.entity';
import { trimDecimal } from '../projects/project-view';

export interface SaleView {
  id: string;
  projectId: string;
  jurisdictionCode: string;
  kind: 'bilateral' | 'auction';
  vintage: number;
  tonnes: number;
  unitPrice: string;
  currency: string;
  total: string;
  /** At the rate of the sale date (or the latest before it); null when no rate was entered. */
  usd: { unitPrice: string; total: string; rateDate: string; usdPerUnit: string } | null;
  saleDate: string;
  buyerId: string;
  useOfProceeds: string;
  retiredTonnes: number;
  createdAt: Date;
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
    retiredTonnes,
    createdAt: row.createdAt,
  };
}

export interface RetirementView {
  id: string;
  saleId: string;
  projectId: string;
  vintage: number;
  tonnes: number;
  beneficiary: string;
  purpose: string | null;
  retiredAt: Date;
}

export function toRetirementView(row: Retirement): RetirementView {
  return {
    id: row.id,
    saleId: row.saleId,
    projectId: row.projectId,
    vintage: row.vintage,
    tonnes: Number(row.tonnes),
    beneficiary: row.beneficiary,
    purpose: row.purpose,
    retiredAt: row.retiredAt,
  };
}

export interface CreditAccountView extends VintageAccount {
  available: number;
}

export function toAccountView(account: VintageAccount): CreditAccountView {
  return { ...account, available: availableTonnes(account) };
}

export interface BuyerView {
  id: string;
  name: LocalizedText;
  country: string | null;
  contactEmail: string | null;
  publicConsent: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** The buyer organisation whose members bid for it in auctions; null for a buyer that does not sign in. */
  organisationId: string | null;
  contactName: string | null;
}

export function toBuyerView(row: Buyer): BuyerView {
  const { id, name, country, contactEmail, publicConsent, createdAt, updatedAt, version, organisationId, contactName } = row;
  return { id, name, country, contactEmail, publicConsent, createdAt, updatedAt, version, organisationId, contactName };
}

export interface FxRateView {
  id: string;
  currency: string;
  date: string;
  usdPerUnit: string;
  source: string | null;
  updatedAt: Date;
  version: number;
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
