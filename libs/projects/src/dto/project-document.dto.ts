import { PickType } from '@nestjs/swagger';
import { CreateDocumentDto } from '@bluecarbon/documents';

/** A document about the project: the documents lib's fields less what the project decides (subject, city). */
export class AttachProjectDocumentDto extends PickType(CreateDocumentDto, [
  'title',
  'sourceLocale',
  'targetLocales',
  'dueOn',
  'markdown',
  'message',
] as const) {}
