import { type ApplicationForm, applicationBody } from './application';

const form: ApplicationForm = {
  organisationName: ' Maricá Environment Department ',
  organisationNameLocal: 'Secretaria de Meio Ambiente de Maricá',
  jurisdictionCode: 'br-rj-marica ',
  jurisdictionName: 'Maricá',
  jurisdictionNameLocal: '',
  level: 'city',
  timeZone: 'America/Sao_Paulo',
  contactName: ' Ana Souza',
  contactEmail: 'ana.souza@marica.rj.gov.br ',
  mangroveAreaHa: '1 412,5',
  motivation: 'Proteger a lagoa.',
  preferredLanguage: 'pt-BR',
};

describe('what the application form sends', () => {
  it("keeps the applicant's own-language names next to the English ones, and drops blank ones", () => {
    const body = applicationBody(form);
    expect(body.organisationName).toEqual({ en: 'Maricá Environment Department', 'pt-BR': 'Secretaria de Meio Ambiente de Maricá' });
    expect(body.jurisdictionName).toEqual({ en: 'Maricá' });
  });

  it('reads a code in capitals and a Brazilian decimal comma as a point', () => {
    const body = applicationBody(form);
    expect(body.jurisdictionCode).toBe('BR-RJ-MARICA');
    expect(body.mangroveAreaHa).toBe('1412.5');
    expect(body.contactName).toBe('Ana Souza');
    expect(body.contactEmail).toBe('ana.souza@marica.rj.gov.br');
  });

  it('sends no area when none is known, and no second name for an English applicant', () => {
    const body = applicationBody({ ...form, mangroveAreaHa: ' ', preferredLanguage: 'en' });
    expect(body).not.toHaveProperty('mangroveAreaHa');
    expect(body.organisationName).toEqual({ en: 'Maricá Environment Department' });
  });

  it('leaves a wrong value for the API to judge at its field', () => {
    expect(applicationBody({ ...form, mangroveAreaHa: 'about 400' }).mangroveAreaHa).toBe('about 400');
  });
});
