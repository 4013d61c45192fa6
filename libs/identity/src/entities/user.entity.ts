import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored as given; unique case-insensitively (index on lower(email)). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'text', name: 'preferred_locale', default: 'en' })
  preferredLocale!: string;

  /** IANA name the user chose; null: their jurisdiction's (else UTC) applies. */
  @Column({ type: 'text', name: 'time_zone', nullable: true })
  timeZone!: string | null;

  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'disabled';

  @Column({ type: 'text', name: 'totp_secret', nullable: true, select: false })
  totpSecret!: string | null;

  @Column({ type: 'text', name: 'totp_pending_secret', nullable: true, select: false })
  totpPendingSecret!: string | null;

  @Column({ type: 'timestamptz', name: 'totp_enabled_at', nullable: true })
  totpEnabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
