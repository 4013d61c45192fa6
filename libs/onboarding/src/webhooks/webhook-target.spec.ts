import { isPrivateTarget } from './webhook-target';

describe('webhook targets', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://10.1.2.3/',
    'http://172.20.0.5/',
    'http://192.168.1.10/',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/',
    'http://[fd12::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://metadata.internal/',
    'not a url',
  ])('refuses %s in production', (url) => {
    expect(isPrivateTarget(url)).toBe(true);
  });

  it.each(['https://partner.example.org/hooks', 'https://203.0.113.7/hook', 'http://172.32.0.1/'])('allows %s', (url) => {
    expect(isPrivateTarget(url)).toBe(false);
  });
});
