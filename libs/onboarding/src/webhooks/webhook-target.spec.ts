import { isPrivateTarget, resolvesToPrivate } from './webhook-target';

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

describe('resolvesToPrivate', () => {
  const resolver = (addresses: { address: string; family: number }[]) => async () => addresses;

  it('refuses a public-looking name that resolves to a private or loopback address', async () => {
    await expect(resolvesToPrivate('https://hooks.example.org/x', resolver([{ address: '10.0.0.5', family: 4 }]))).resolves.toBe(true);
    await expect(resolvesToPrivate('https://hooks.example.org/x', resolver([{ address: '::1', family: 6 }]))).resolves.toBe(true);
    await expect(
      resolvesToPrivate('https://hooks.example.org/x', resolver([{ address: '93.184.216.34', family: 4 }, { address: '192.168.1.9', family: 4 }])),
    ).resolves.toBe(true);
  });

  it('allows a name that resolves to public addresses only, and literal public addresses', async () => {
    await expect(resolvesToPrivate('https://hooks.example.org/x', resolver([{ address: '93.184.216.34', family: 4 }]))).resolves.toBe(false);
    await expect(resolvesToPrivate('https://93.184.216.34/x', resolver([]))).resolves.toBe(false);
  });

  it('refuses literal private addresses without asking DNS', async () => {
    const never = async () => {
      throw new Error('no lookup expected');
    };
    await expect(resolvesToPrivate('http://127.0.0.1:8080/', never)).resolves.toBe(true);
  });
});
