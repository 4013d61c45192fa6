import { isProblem, type Problem, toFormError } from './problem';

const invalid: Problem = {
  type: 'urn:bluecarbon:problem:validation_failed',
  title: '输入无效',
  status: 400,
  detail: '2 个字段无效：password, displayName。',
  code: 'validation_failed',
  errors: [
    { field: 'password', rule: 'minLength', message: '密码至少需要 12 个字符。' },
    { field: 'password', rule: 'common', message: '这是常见密码。' },
    { field: 'displayName', rule: 'isNotEmpty', message: '姓名不能为空。' },
  ],
};

describe('problem+json to form errors', () => {
  it('puts each message next to its field, in the language the API answered in', () => {
    const form = toFormError(invalid, ['password', 'displayName']);
    expect(form.fields).toEqual({ password: '密码至少需要 12 个字符。 这是常见密码。', displayName: '姓名不能为空。' });
    // The fields carry the details; the summary is the title, without the JSON field names.
    expect(form.message).toBe('输入无效');
    expect(form).toMatchObject({ code: 'validation_failed', status: 400 });
  });

  it('places nested paths on their top-level input', () => {
    const form = toFormError({ ...invalid, errors: [{ field: 'steps[0].key', rule: 'matches', message: 'bad key' }] });
    expect(form.fields).toEqual({ steps: 'bad key' });
  });

  it('drops the JSON name a generic message starts with, since the label names the field', () => {
    const form = toFormError({
      ...invalid,
      errors: [
        { field: 'contactEmail', rule: 'isEmail', message: 'contactEmail deve ser um endereço de e-mail.' },
        { field: 'organisationName.en', rule: 'minLength', message: 'organisationName.en não pode ficar vazio.' },
      ],
    });
    expect(form.fields).toEqual({ contactEmail: 'Deve ser um endereço de e-mail.', organisationName: 'Não pode ficar vazio.' });
  });

  it('keeps a message about a field the form does not show in the summary, so nothing is lost', () => {
    const form = toFormError({ ...invalid, errors: [{ field: 'token', rule: 'isString', message: 'token must be text' }] }, ['password']);
    expect(form.fields).toEqual({});
    expect(form.message).toBe(`${invalid.detail} token must be text`);
  });

  it('answers a problem without errors[] with its detail alone', () => {
    const form = toFormError({ ...invalid, code: 'invitation_gone', status: 410, detail: 'Gone', errors: undefined });
    expect(form).toEqual({ code: 'invitation_gone', status: 410, message: 'Gone', fields: {} });
  });

  it('tells a problem from other JSON', () => {
    expect(isProblem(invalid)).toBe(true);
    expect(isProblem({ message: 'x' })).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
