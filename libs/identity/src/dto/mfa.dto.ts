import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class TotpCodeDto {
  @ApiProperty({ description: 'Six-digit code from the authenticator app', example: '123456' })
  @Matches(/^\d{6}$/)
  code!: string;
}

export class StartTotpDto {
  @ApiPropertyOptional({ description: 'The token of a mailed enrolment link (roles that require a second factor, in production)' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  enrolmentToken?: string;
}

export class DisableMfaDto {
  @ApiPropertyOptional({ description: 'A current TOTP code', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totpCode?: string;

  @ApiPropertyOptional({ description: 'Or a recovery code', example: 'k7m2p-x9q4r' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string;
}

export class TotpEnrolmentResponse {
  @ApiProperty({ description: 'Base32 secret, for typing into an authenticator app' })
  secret!: string;

  @ApiProperty({ description: 'otpauth:// URI, for a QR code' })
  otpauthUri!: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Single-use codes, shown once: store them safely' })
  recoveryCodes!: string[];
}
