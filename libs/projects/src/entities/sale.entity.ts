import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';

/**
 * Who buys credits: a record of the projects lib. A buyer who bids in auctions is also an
 * identity organisation of kind `buyer` (`organisationId`), whose members sign in.
 * `publicConsent` says whether the buyer agreed to be named in public figures.
 */
@Entity('credit_buyer')
export class Buyer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ type: 'text', name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'boolean', name: 'public_consent', default: false })
  publicConsent!: boolean;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;

  /** The buyer's organisation when its people sign in to bid in auctions (kind `buyer`). */
  @Column({ type: 'uuid', name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName!: string | null;
}

/** Tonnes of one project and vintage sold to a buyer. A record of fact: never edited. */
@Entity('credit_sale')
export class Sale {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'int' })
  vintage!: number;

  @Column({ type: 'bigint' })
  tonnes!: string;

  @Column({ type: 'numeric', name: 'unit_price' })
  unitPrice!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'date', name: 'sale_date' })
  saleDate!: string;

  @Column({ type: 'uuid', name: 'buyer_id' })
  buyerId!: string;

  @Column({ type: 'text', name: 'use_of_proceeds' })
  useOfProceeds!: string;

  @Column({ type: 'text' })
  kind!: 'bilateral' | 'auction';

  /** The contiguous range of the vintage's issued serials this sale took (bigint as text). */
  @Column({ type: 'text', name: 'serial_prefix' })
  serialPrefix!: string;

  @Column({ type: 'bigint', name: 'serial_first' })
  serialFirst!: string;

  @Column({ type: 'bigint', name: 'serial_last' })
  serialLast!: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** Tonnes of a sale retired on the buyer's behalf: out of circulation for good. */
@Entity('credit_retirement')
export class Retirement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'sale_id' })
  saleId!: string;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'int' })
  vintage!: number;

  @Column({ type: 'bigint' })
  tonnes!: string;

  @Column({ type: 'text' })
  beneficiary!: string;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  /** The contiguous range of the sale's serials retired (bigint as text; the sale's prefix). */
  @Column({ type: 'bigint', name: 'serial_first' })
  serialFirst!: string;

  @Column({ type: 'bigint', name: 'serial_last' })
  serialLast!: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'retired_at' })
  retiredAt!: Date;
}

/** US dollars per unit of a currency on a date: entered or imported, so prices compare. */
@Entity('fx_rate')
export class FxRate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'date', name: 'rate_date' })
  rateDate!: string;

  @Column({ type: 'numeric', name: 'usd_per_unit' })
  usdPerUnit!: string;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
