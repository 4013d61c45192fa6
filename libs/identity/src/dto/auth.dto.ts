import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MailedTokenPasswordDto } from './mailed-token-password.dto';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@enping.demo' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  // No policy here: an old password that predates the policy must still sign in.
  @ApiProperty({ example: 'BlueCarbon-Demo-2024!' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ description: 'Six-digit code from the authenticator app, when MFA is on', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totpCode?: string;

  @ApiPropertyOptional({ description: 'A single-use recovery code instead of the TOTP code', example: 'k7m2p-x9q4r' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  refreshToken!: string;
}

export class LogoutDto {
  @ApiPropertyOptional({
    description: "The session's refresh token; without one, the session of the access token ends (an enrolment-only sign-in has none)",
    example: 'q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  refreshToken?: string;
}

export class TokenResponse {
  @ApiProperty({ description: 'JWT for the Authorization: Bearer header' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;

  @ApiProperty({ nullable: true, type: String, description: 'Opaque, single use: exchange at /auth/refresh' })
  refreshToken!: string | null;

  @ApiProperty({ description: 'True when the role requires a second factor not yet set up: the token only allows enrolling one' })
  mfaEnrolmentRequired!: boolean;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'coordinator@enping.demo' })
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

/** The token from the reset link and the new password. */
export class ResetPasswordDto extends MailedTokenPasswordDto {}

/** The same answer whatever the address: nothing tells whether it has an account. */
export class AcceptedResponse {
  @ApiProperty({ enum: ['accepted'] }) status!: 'accepted';
}
