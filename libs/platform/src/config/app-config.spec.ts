import { AppConfig } from './app-config';
import { loadEnvironment } from './load-environment';

describe('the base of links in mails', () => {
  it("is the API's own origin when PUBLIC_WEB_URL is unset: the API serves the web", () => {
    expect(new AppConfig(loadEnvironment({ PORT: '8080' })).publicWebUrl).toBe('http://localhost:8080');
    expect(new AppConfig(loadEnvironment({})).publicWebUrl).toBe('http://localhost:3000');
  });

  it('is PUBLIC_WEB_URL when set, without a trailing slash', () => {
    expect(new AppConfig(loadEnvironment({ PUBLIC_WEB_URL: 'https://portal.example.org/' })).publicWebUrl).toBe('https://portal.example.org');
  });
});
