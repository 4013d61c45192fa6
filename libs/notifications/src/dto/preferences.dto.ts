import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DELIVERY_CHOICES, NOTIFICATION_KINDS } from '../domain/notification-kinds';

export class NotificationChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'step_overdue' })
  @IsIn(NOTIFICATION_KINDS)
  kind!: string;

  @ApiProperty({ enum: DELIVERY_CHOICES, example: 'daily', description: 'immediately, in a daily digest, or never' })
  @IsIn(DELIVERY_CHOICES)
  delivery!: string;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({
    type: [NotificationChoiceDto],
    example: [{ kind: 'step_overdue', delivery: 'daily' }],
    description: 'The kinds to change; others keep their choice',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationChoiceDto)
  choices!: NotificationChoiceDto[];
}

export class NotificationPreferencesResponse {
  @ApiProperty({ type: [NotificationChoiceDto], description: 'Every kind, with its choice (immediately unless changed)' })
  choices!: NotificationChoiceDto[];

  @ApiProperty() version!: number;
}

export class UnsubscribeDto {
  @ApiProperty({ example: '00000000-0000-4000-8000-000000000000.step_overdue.c2lnbmF0dXJl', description: "The token of a mail's unsubscribe link" })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class UnsubscribeResponse {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({ enum: ['never'] }) delivery!: 'never';
  @ApiProperty({ description: "The recipient's language, in which `message` is written" }) locale!: string;
  @ApiProperty() message!: string;
}
