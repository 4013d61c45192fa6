import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CheckQaDto {
  @ApiProperty({ example: 'Enping has 86 hectares of mangrove.', description: 'The translation as typed so far' })
  @IsString()
  @MaxLength(20_000)
  text!: string;
}

export class QaFindingView {
  @ApiProperty({ enum: ['empty', 'identical', 'whitespace', 'placeholders', 'numbers', 'glossary', 'punctuation'], example: 'numbers' })
  check!: string;

  @ApiProperty({ enum: ['error', 'warning'], description: 'An error blocks approval' })
  severity!: 'error' | 'warning';

  @ApiProperty({ example: 'documents.qa.numbers.missing' })
  messageKey!: string;

  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, example: { number: '68', value: '68' } })
  params!: Record<string, string | number>;

  @ApiProperty({ example: 'The number 68 of the source is missing.', description: "In the caller's language" })
  message!: string;
}

export class QaCheckView {
  @ApiProperty({ type: [QaFindingView] })
  findings!: QaFindingView[];

  @ApiProperty({ description: 'Whether an error among the findings would block approval' })
  blocking!: boolean;
}
