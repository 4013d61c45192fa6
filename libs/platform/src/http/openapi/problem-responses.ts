import type { OpenAPIObject } from '@nestjs/swagger';

/** The RFC 9457 body every error has (problem-document.ts), documented once and referenced. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:bluecarbon:problem:validation_failed' },
    title: { type: 'string', description: "Short summary in the caller's language" },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', description: "What went wrong, in the caller's language (Accept-Language)" },
    code: { type: 'string', description: 'Stable machine-readable code', example: 'validation_failed' },
    instance: { type: 'string', example: '/api/v1/onboarding/steps/…/submit' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'One entry per invalid field',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: { field: { type: 'string', example: 'password' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
} as const;

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

/**
 * Describes every error answer as problem+json without touching a controller: each 4xx/5xx a
 * controller documents gets the shared schema as its body, and every operation gets the
 * `default` answer (any other error is problem+json too), plus 400 where it takes input, 401
 * where it needs a token and 404 where the path names a record, which the global pipe, the
 * guard and every service's lookup answer for every route.
 */
export function addProblemResponses(document: OpenAPIObject): void {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never } };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = pathItem[method];
      if (!operation) continue;
      const responses = operation.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]\d\d$/.test(status) && response && !('$ref' in response)) response.content = PROBLEM_CONTENT;
      }
      const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in !== 'header');
      if (takesInput) responses['400'] ??= { description: 'Invalid input: `errors[]` names each field', content: PROBLEM_CONTENT };
      const namesRecord = (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'path');
      if (namesRecord) responses['404'] ??= { description: 'No such record, or not one the caller may see', content: PROBLEM_CONTENT };
      if (operation.security?.length) responses['401'] ??= { description: 'No valid access token', content: PROBLEM_CONTENT };
      responses.default ??= { description: "Any other error, as problem+json in the caller's language", content: PROBLEM_CONTENT };
    }
  }
}
