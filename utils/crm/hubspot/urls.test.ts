import { examples, isHost, parseUrl } from './urls';

describe('hubspot URLs', () => {
  it.each(examples.map(([url, expected]) => [url, expected] as const))('%s', (url, expected) => {
    expect(parseUrl(new URL(url))).toEqual(expected);
  });

  it('claims every host its examples expect it to, and no other', () => {
    for (const [url, expected] of examples) {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'https:') expect(isHost(hostname), hostname).toBe(expected !== null);
    }
  });
});
