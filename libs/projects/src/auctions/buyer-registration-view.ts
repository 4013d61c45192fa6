import { ApiProperty } from '@nestjs/swagger';
import type { LocalizedText } from '@bluecarbon/platform';

/** A registered buyer organisation: the buyer of the directory and the invitation of its first bidder. */
export class BuyerRegistrationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: { en: 'Demo Carbon Buyer Co.', 'zh-CN': '示例碳汇买家公司' } })
  name!: LocalizedText;

  @ApiProperty({ nullable: true, type: String, example: 'CN' })
  country!: string | null;

  @ApiProperty({ nullable: true, type: String })
  contactEmail!: string | null;

  @ApiProperty({ nullable: true, type: String })
  contactName!: string | null;

  @ApiProperty()
  publicConsent!: boolean;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The identity organisation (kind buyer) whose members bid' })
  organisationId!: string | null;

  @ApiProperty({ format: 'uuid', description: 'The invitation mailed to the contact, as the first bidder' })
  invitationId!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;

  @ApiProperty({ example: 1 })
  version!: number;
}
