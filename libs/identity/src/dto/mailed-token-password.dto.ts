import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * A one-time token from a mailed link and the password it sets: a password reset, an accepted
 * invitation. The password policy is checked by the service (`PasswordHasher`), in the
 * caller's language; the length cap here only bounds the body.
 */
export class MailedTokenPasswordDto {
  @ApiProperty({ description: 'The token from the mailed link', example: 'q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  token!: string;

  @ApiProperty({ description: '12 to 256 characters, not a common password', example: 'mangroves grow in brackish water' })
  @IsString()
  @MaxLength(1024) // the policy answers with its own message up to here
  password!: string;
}
