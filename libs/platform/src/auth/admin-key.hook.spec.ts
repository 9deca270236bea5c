import { basicAuthPassword } from './admin-key.hook';

describe('basicAuthPassword', () => {
  const basic = (s: string) => ({ authorization: `Basic ${Buffer.from(s).toString('base64')}` });

  it('is the password of HTTP Basic auth, whatever the user name', () => {
    expect(basicAuthPassword(basic('admin:mk_abc_def'))).toBe('mk_abc_def');
    expect(basicAuthPassword(basic(':mk_abc'))).toBe('mk_abc');
    expect(basicAuthPassword(basic('a:b:c'))).toBe('b:c');
  });

  it('is null for other schemes or no colon', () => {
    expect(basicAuthPassword({ authorization: 'Bearer mk_abc' })).toBeNull();
    expect(basicAuthPassword(basic('no-colon'))).toBeNull();
    expect(basicAuthPassword({})).toBeNull();
  });
});
