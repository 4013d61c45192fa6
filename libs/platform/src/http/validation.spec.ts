import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateNested, validateSync } from 'class-validator';
import { buildProblem } from './problem-document';
import { ProblemException } from './problem.exception';
import { createValidationPipe, toFieldErrors } from './validation';

class Name {
  @IsString()
  @MaxLength(5)
  en!: string;
}

class Example {
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;

  @IsIn(['ha', 'tC'])
  unit!: string;

  @ValidateNested()
  @Type(() => Name)
  name!: Name;
}

function errorsFor(plain: object) {
  const instance = plainToInstance(Example, plain);
  return toFieldErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false }));
}

describe('validation errors', () => {
  it('names each field with its rule and the rule arguments', () => {
    const errors = errorsFor({ limit: 500, unit: 'acre', name: { en: 'mangroves' }, extra: 1 });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'limit', rule: 'max', args: [100] },
        { field: 'unit', rule: 'isIn', args: [['ha', 'tC']] },
        { field: 'name.en', rule: 'maxLength', args: [5] },
        { field: 'extra', rule: 'unknownField' },
      ]),
    );
  });

  it('names a value of the wrong shape by its shape, not by the range it also misses; one rule per field', () => {
    expect(errorsFor({ limit: '1e3', unit: 'ha', name: { en: 'ok' } })).toEqual([expect.objectContaining({ field: 'limit', rule: 'isInt' })]);
    expect(errorsFor({ limit: 0, unit: 'ha', name: { en: 'ok' } })).toEqual([{ field: 'limit', rule: 'min', args: [1] }]);
    expect(errorsFor({ unit: 'ha', name: { en: 'ok' } })).toEqual([{ field: 'limit', rule: 'isDefined' }]);
  });

  it('refuses a NUL character in any body, query or path value, naming its field, before any rule', async () => {
    const pipe = createValidationPipe();
    const refusal = (value: unknown, type: 'body' | 'query' | 'param', data?: string) =>
      pipe.transform(value, { type, metatype: Example, data }).then(
        () => null,
        (error: ProblemException) => error.options.fieldErrors,
      );
    expect(await refusal({ limit: 5, unit: 'ha', name: { en: 'a\u0000b' } }, 'body')).toEqual([{ field: 'name.en', rule: 'noNulCharacter' }]);
    expect(await refusal({ limit: 5, unit: '\u0000', name: { en: 'ok' }, extra: ['x', '\u0000'] }, 'body')).toEqual([
      { field: 'unit', rule: 'noNulCharacter' },
      { field: 'extra.1', rule: 'noNulCharacter' },
    ]);
    expect(await refusal('a\u0000', 'param', 'id')).toEqual([{ field: 'id', rule: 'noNulCharacter' }]);
    expect(await refusal({ group: { 'a\u0000b': 'x' } }, 'body')).toEqual([{ field: 'group.a\\u0000b', rule: 'noNulCharacter' }]);
    expect(await refusal({ limit: 5, unit: 'ha\ud800', name: { en: 'ok 😀' } }, 'body')).toEqual([{ field: 'unit', rule: 'wellFormedText' }]);
    expect(await refusal({ group: { '\udc00': 'x' } }, 'body')).toEqual([{ field: 'group.\\udc00', rule: 'wellFormedText' }]);
    expect(await refusal({ limit: 5, unit: 'ha', name: { en: 'ok' } }, 'body')).toBeNull();
  });

  it('translates field messages into the caller language', () => {
    const fieldErrors = errorsFor({ limit: 500, unit: 'ha', name: { en: 'ok' } });
    const zh = buildProblem({ status: 400, code: 'validation_failed', locale: 'zh-CN', fieldErrors });
    expect(zh.errors).toEqual([{ field: 'limit', rule: 'max', message: 'limit 不能大于 100。' }]);
    const pt = buildProblem({ status: 400, code: 'validation_failed', locale: 'pt-BR', fieldErrors });
    expect(pt.errors?.[0]?.message).toBe('limit deve ser no máximo 100.');
    expect(pt.detail).toContain('limit');
  });

  it('falls back to a generic message for a rule without its own text', () => {
    const problem = buildProblem({
      status: 400,
      code: 'validation_failed',
      locale: 'en',
      fieldErrors: [{ field: 'site', rule: 'isGeoJson' }],
    });
    expect(problem.errors?.[0]?.message).toBe('site is invalid.');
  });
});

describe('the global pipe, whose rule look-ups are kept per class', () => {
  const pipe = createValidationPipe();
  const refusal = (value: object, metatype: new () => object) =>
    pipe.transform(value, { type: 'body', metatype }).then(
      () => null,
      (error: unknown) => (error instanceof ProblemException ? error.options.fieldErrors : error),
    );

  it("applies a class's own and inherited rules, also for a class defined after the first validation", async () => {
    class First {
      @IsInt()
      n!: number;
    }
    expect(await refusal({ n: 'x' }, First)).toEqual([{ field: 'n', rule: 'isInt' }]);
    await expect(pipe.transform({ n: 2 }, { type: 'body', metatype: First })).resolves.toEqual({ n: 2 });

    class Later extends First {
      @IsString()
      @MaxLength(3)
      s!: string;
    }
    expect(await refusal({ n: 'x', s: 'long', z: 1 }, Later)).toEqual(
      expect.arrayContaining([
        { field: 'n', rule: 'isInt' },
        { field: 's', rule: 'maxLength', args: [3] },
        { field: 'z', rule: 'unknownField' },
      ]),
    );
    await expect(pipe.transform({ n: 1, s: 'ok' }, { type: 'body', metatype: Later })).resolves.toEqual({ n: 1, s: 'ok' });
    // The parent's rules did not change by the child's: s is not a field of First.
    expect(await refusal({ n: 1, s: 'ok' }, First)).toEqual([{ field: 's', rule: 'unknownField' }]);
  });
});
