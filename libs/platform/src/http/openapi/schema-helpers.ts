import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * Schema helpers for view classes and answers, so a generated client gets real types where
 * TypeScript's metadata says only `Object` (unions, nullable fields, decimals, pages).
 */

/** A decimal kept as text (SQL numeric, decimal.js): a JSON number would lose digits. */
export const DECIMAL_STRING = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$', example: '1234.5' } as const;

/** A view property holding a decimal as text; `nullable` for one that may be absent. */
export function ApiDecimalProperty(options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return ApiProperty({ ...DECIMAL_STRING, ...options });
}

/**
 * A `{ en, zh-CN?, pt-BR? }` text as views return it (LocalizedText). `required` names `en`
 * inside it, so `selfRequired` says the property itself is required too.
 */
export const LOCALIZED_TEXT_SCHEMA = {
  type: 'object' as const,
  selfRequired: true,
  required: ['en'],
  properties: { en: { type: 'string' as const }, 'zh-CN': { type: 'string' as const }, 'pt-BR': { type: 'string' as const } },
};

/** An object whose shape is the caller's own (a JSON definition, a snapshot): any keys. */
export const FREE_FORM_OBJECT = { type: 'object', additionalProperties: true } as const;

/** The schema of `Page<T>`: `items` of the view and the cursor of the next page. */
export function pageSchema(item: Type<unknown>) {
  return {
    type: 'object' as const,
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array' as const, items: { $ref: getSchemaPath(item) } },
      nextCursor: { type: 'string' as const, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' },
    },
  };
}

/** 200 with a `Page<item>` (PageQuery lists). */
export function ApiPageResponse(item: Type<unknown>, description = ''): MethodDecorator {
  return applyDecorators(ApiExtraModels(item), ApiOkResponse({ description, schema: pageSchema(item) }));
}

/** A file answer: its content type and a binary (or text) body, for downloads and exports. */
export function ApiFileResponse(contentType: string, description = '', status = 200): MethodDecorator {
  const schema = /^text\/|xml|json/.test(contentType) ? { type: 'string' } : { type: 'string', format: 'binary' };
  return ApiResponse({ status, description, content: { [contentType]: { schema } } });
}
