import type { EntityManager } from 'typeorm';
import { DEMO_BUYER_NAME, demoBuyerOrganisationId } from '@bluecarbon/identity';
import type { LocalizedText } from '@bluecarbon/platform';
import { Auction } from '../entities/auction.entity';
import { Buyer } from '../entities/sale.entity';
import { AuctionsRepository } from '../repositories/auctions.repository';
import { ProjectsRepository } from '../repositories/projects.repository';
import { SalesRepository } from '../repositories/sales.repository';
import { CreditLedger } from '../sales/credit-ledger';

/** Shenzhen's first carbon-sink auction, as the demo records it. */
export const FUTIAN_2023_AUCTION = {
  source: 'Shenzhen Futian mangrove carbon-sink auction, 2023-09',
  tonnes: 3756,
  reservePrice: '183',
  clearingPrice: '485',
  currency: 'CNY',
  // The month is the record's; the day is the demo's.
  startsAt: new Date('2023-09-14T02:00:00Z'),
  endsAt: new Date('2023-09-14T04:00:00Z'),
  useOfProceeds: 'Protection and restoration of the Futian mangroves',
} as const;

const WINNER_2023: LocalizedText = {
  en: 'Winning bidder of the Futian 2023 auction',
  'zh-CN': '福田 2023 年碳汇拍卖竞得人',
  'pt-BR': 'Vencedor do leilão de Futian de 2023',
};

/** The open demo auction: a lot the demo buyer (buyer@bluecarbon.demo) can bid on for two weeks. */
const OPEN_LOT = { tonnes: 500, reservePrice: '183', bidIncrement: '1', extensionMinutes: 5, days: 14 };

export interface DemoAuctionsInput {
  /** Futian's project, with credits of `vintage` issued (at least 3,756 t available before the seed). */
  futianProjectId: string;
  vintage: number;
  /** The open lot's vintage (default `vintage`): one with tonnes left once the 2023 lot is sold. */
  openLotVintage?: number;
}

/**
 * Futian's September 2023 auction as a closed auction with its sale (3,756 t, reserve CNY 183/t,
 * cleared at CNY 485/t), sold through the ledger's check like any sale; and one open ascending
 * auction of the same vintage that the demo buyer organisation (identity's demo data) bids in.
 * Adds only what is missing; answers how many auctions it added.
 */
export async function seedDemoAuctions(manager: EntityManager, input: DemoAuctionsInput): Promise<{ auctions: number }> {
  const dataSource = manager.connection;
  const ledger = new CreditLedger(new ProjectsRepository(dataSource), new SalesRepository(dataSource));
  const project = await new ProjectsRepository(dataSource).lockById(manager, input.futianProjectId);
  if (!project) throw new Error(`seedDemoAuctions: no project ${input.futianProjectId}`);
  if (await manager.existsBy(Auction, { projectId: project.id, source: FUTIAN_2023_AUCTION.source })) return { auctions: 0 };
  const lot = { projectId: project.id, jurisdictionCode: project.jurisdictionCode, jurisdictionId: project.jurisdictionId, vintage: input.vintage };

  const winner = await manager.save(manager.create(Buyer, { name: WINNER_2023, country: 'CN', publicConsent: false }));
  const past = await manager.save(
    manager.create(Auction, {
      ...lot,
      tonnes: String(FUTIAN_2023_AUCTION.tonnes),
      reservePrice: FUTIAN_2023_AUCTION.reservePrice,
      bidIncrement: '1',
      currency: FUTIAN_2023_AUCTION.currency,
      mode: 'ascending',
      startsAt: FUTIAN_2023_AUCTION.startsAt,
      endsAt: FUTIAN_2023_AUCTION.endsAt,
      useOfProceeds: FUTIAN_2023_AUCTION.useOfProceeds,
      source: FUTIAN_2023_AUCTION.source,
    }),
  );
  const winning = await new AuctionsRepository(dataSource).recordBid(manager, await manager.findOneByOrFail(Auction, { id: past.id }), {
    buyerId: winner.id,
    bidderNumber: null,
    amount: FUTIAN_2023_AUCTION.clearingPrice,
    placedBy: null,
    placedAt: FUTIAN_2023_AUCTION.endsAt,
  });
  const sold = await ledger.sell(manager, project, {
    vintage: input.vintage,
    tonnes: FUTIAN_2023_AUCTION.tonnes,
    unitPrice: FUTIAN_2023_AUCTION.clearingPrice,
    currency: FUTIAN_2023_AUCTION.currency,
    saleDate: FUTIAN_2023_AUCTION.endsAt.toISOString().slice(0, 10),
    buyerId: winner.id,
    useOfProceeds: FUTIAN_2023_AUCTION.useOfProceeds,
    kind: 'auction',
    createdBy: null,
  });
  if (!('sale' in sold))
    throw new Error(`seedDemoAuctions: vintage ${input.vintage} has ${sold.available} t, the 2023 lot needs ${FUTIAN_2023_AUCTION.tonnes}`);
  await manager.update(Auction, past.id, {
    status: 'closed',
    clearingPrice: FUTIAN_2023_AUCTION.clearingPrice,
    winningBidId: winning.id,
    saleId: sold.sale.id,
    closedAt: FUTIAN_2023_AUCTION.endsAt,
  });

  const openLotVintage = input.openLotVintage ?? input.vintage;
  const left = await ledger.available(manager, project.id, openLotVintage);
  if (left < 1 || (await seedDemoBuyer(manager)) === null) return { auctions: 1 };
  const now = Date.now();
  await manager.save(
    manager.create(Auction, {
      ...lot,
      vintage: openLotVintage,
      tonnes: String(Math.min(OPEN_LOT.tonnes, left)),
      reservePrice: OPEN_LOT.reservePrice,
      bidIncrement: OPEN_LOT.bidIncrement,
      currency: 'CNY',
      mode: 'ascending',
      startsAt: new Date(now),
      endsAt: new Date(now + OPEN_LOT.days * 86_400_000),
      extensionMinutes: OPEN_LOT.extensionMinutes,
      useOfProceeds: FUTIAN_2023_AUCTION.useOfProceeds,
    }),
  );
  return { auctions: 2 };
}

/**
 * Links identity's demo buyer organisation to a buyer of the directory, so that its member
 * (buyer@bluecarbon.demo) can bid. Answers how many buyers it added, or null when identity's
 * demo (and so the demo buyer organisation) is not loaded.
 */
export async function seedDemoBuyer(manager: EntityManager): Promise<number | null> {
  const organisationId = await demoBuyerOrganisationId(manager);
  if (!organisationId) return null;
  if (await manager.existsBy(Buyer, { organisationId })) return 0;
  await manager.save(
    manager.create(Buyer, { name: DEMO_BUYER_NAME, country: 'CN', contactName: 'Demo Buyer', contactEmail: 'buyer@bluecarbon.demo', organisationId }),
  );
  return 1;
}
