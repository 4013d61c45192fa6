import { isPrivateTarget, pinnedLookup, vetTarget } from './webhook-target';

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
    'http://192.0.0.170/',
    'http://198.18.0.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://0.0.0.0/',
    'http://[::]/',
    'http://[64:ff9b::a00:1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:a00:1::]/',
    'http://[fe80::1]/',
    'http://[ff02::1]/',
    'http://[::ffff:10.0.0.1]/',
    'not a url',
  ])('refuses %s in production', (url) => {
    expect(isPrivateTarget(url)).toBe(true);
  });

  it.each([
    'https://partner.example.org/hooks',
    'https://203.0.113.7/hook',
    'http://172.32.0.1/',
    'http://198.20.0.1/',
    'https://[2001:db8::7]/',
    'https://[2606:4700::1111]/',
  ])('allows %s', (url) => {
    expect(isPrivateTarget(url)).toBe(false);
  });
});

describe('vetTarget', () => {
  const resolver = (addresses: { address: string; family: number }[]) => async () => addresses;
  const allowPrivate = false; // as in production

  it('refuses a public-looking name that resolves to a private or loopback address', async () => {
    await expect(vetTarget('https://hooks.example.org/x', resolver([{ address: '10.0.0.5', family: 4 }]), allowPrivate)).resolves.toHaveProperty('refused');
    await expect(vetTarget('https://hooks.example.org/x', resolver([{ address: '::1', family: 6 }]), allowPrivate)).resolves.toHaveProperty('refused');
    await expect(
      vetTarget(
        'https://hooks.example.org/x',
        resolver([
          { address: '93.184.216.34', family: 4 },
          { address: '192.168.1.9', family: 4 },
        ]),
        allowPrivate,
      ),
    ).resolves.toHaveProperty('refused');
  });

  it('answers the address to connect to for public names and literal public addresses', async () => {
    await expect(vetTarget('https://hooks.example.org/x', resolver([{ address: '93.184.216.34', family: 4 }]), allowPrivate)).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(vetTarget('https://[2001:db8::7]/x', resolver([]), allowPrivate)).resolves.toEqual({ address: '2001:db8::7', family: 6 });
  });

  it('refuses literal private addresses without asking DNS', async () => {
    const never = async () => {
      throw new Error('no lookup expected');
    };
    await expect(vetTarget('http://127.0.0.1:8080/', never, allowPrivate)).resolves.toHaveProperty('refused');
  });

  it.each([true, false])('refuses a host name whose lookup fails or finds nothing (private targets allowed: %s)', async (allowPrivate) => {
    const failing = async () => {
      throw Object.assign(new Error('queryA ETIMEOUT hooks.example.org'), { code: 'ETIMEOUT' });
    };
    await expect(vetTarget('https://hooks.example.org/x', failing, allowPrivate)).resolves.toEqual({ refused: 'the target host name does not resolve' });
    await expect(vetTarget('https://hooks.example.org/x', resolver([]), allowPrivate)).resolves.toEqual({ refused: 'the target host name does not resolve' });
  });

  it('allows private addresses when told to (outside allowPrivate)', async () => {
    await expect(vetTarget('http://localhost:9/x', resolver([{ address: '127.0.0.1', family: 4 }]), true)).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
  });
});

describe('pinnedLookup', () => {
  it('answers the vetted address whatever host it is asked for, in both callback shapes', () => {
    const lookup = pinnedLookup({ address: '203.0.113.7', family: 4 });
    const single = jest.fn();
    const all = jest.fn();
    lookup('rebound.example.org', {}, single);
    lookup('rebound.example.org', { all: true }, all);
    expect(single).toHaveBeenCalledWith(null, '203.0.113.7', 4);
    expect(all).toHaveBeenCalledWith(null, [{ address: '203.0.113.7', family: 4 }]);
  });
});
