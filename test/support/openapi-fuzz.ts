import fc from 'fast-check';

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: string[];
  hasBody: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

/** Every operation of the API as the OpenAPI document describes it. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      return {
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        queryParams: parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
        bodyFields: bodyFieldsOf(operation.requestBody, document),
        hasBody: ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()),
      };
    }),
  );
}

function bodyFieldsOf(requestBody: unknown, document: OpenApiDocument): string[] {
  const ref = JSON.stringify(requestBody ?? {}).match(/"#\/components\/schemas\/([^"]+)"/)?.[1];
  return ref ? Object.keys(document.components?.schemas?.[ref]?.properties ?? {}) : [];
}

/** Values a careless or hostile client might send: wrong types, huge, unicode, nested junk. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('', ' ', '红树林', 'null', 'true', '-1', '1e309', 'NaN', '0x10', '2024-02-30', '../../etc/passwd', "' OR 1=1 --", '\u0000'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.emailAddress(),
  fc.jsonValue({ maxDepth: 4 }),
);

export const junkSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('0', '-1', '红树林', 'null', '%', '..', 'a'.repeat(3000), '00000000-0000-0000-0000-000000000000'),
);

export function requestArbitrary(operation: Operation) {
  const knownOrRandomKey = operation.bodyFields.length
    ? fc.oneof(fc.constantFrom(...operation.bodyFields), fc.string({ maxLength: 20 }))
    : fc.string({ maxLength: 20 });
  const queryKey = operation.queryParams.length
    ? fc.oneof(fc.constantFrom(...operation.queryParams), fc.string({ minLength: 1, maxLength: 10 }))
    : fc.string({ minLength: 1, maxLength: 10 });
  return fc.record({
    pathValues: fc.array(junkSegment, { minLength: operation.pathParams.length, maxLength: operation.pathParams.length }),
    query: fc.dictionary(queryKey, fc.oneof(fc.string(), fc.constantFrom('1', '0', '-5', '1000000', 'true', '红')), { maxKeys: 4 }),
    body: fc.oneof(fc.dictionary(knownOrRandomKey, junkValue, { maxKeys: 8 }), junkValue),
    language: fc.constantFrom('en', 'zh-CN', 'pt-BR', 'xx', '*;q=abc'),
    ifMatch: fc.option(fc.oneof(fc.constant('"1"'), fc.string({ maxLength: 20 })), { nil: undefined }),
  });
}

/** Fills `{param}` placeholders with URL-encoded values. */
export function concretePath(operation: Operation, values: string[]): string {
  let index = 0;
  return operation.path.replace(/\{\w+\}/g, () => encodeURIComponent(values[index++] ?? 'x'));
}
