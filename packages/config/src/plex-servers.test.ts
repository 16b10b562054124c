// biome-ignore-all lint/suspicious/noTemplateCurlyInString: config.yaml's ${VAR} syntax is under test.
import { describe, expect, it } from 'vitest';
import { maskConfig } from './mask.js';
import { plexServerSetting, plexServersOf } from './plex-servers.js';
import { workspace } from './test-helpers.js';

const YAML = `plex:
  url: http://192.168.1.10:32400
  token: \${PLEX_TOKEN}
  servers:
    - name: Annex
      url: http://192.168.1.20:32400/
      token: \${ANNEX_TOKEN}
`;

describe('plex.servers', () => {
  it('reads named servers (tokens from variables) beside the single plex.url form, which comes first', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', YAML);
    const { config } = await ws.load({
      env: { PLEX_TOKEN: 'tower-token-123', ANNEX_TOKEN: 'annex-token-456' },
    });
    expect(plexServersOf(config.plex)).toEqual([
      { name: 'plex', url: 'http://192.168.1.10:32400', token: 'tower-token-123' },
      { name: 'Annex', url: 'http://192.168.1.20:32400', token: 'annex-token-456' },
    ]);
    expect(JSON.stringify(maskConfig(config))).not.toContain('annex-token-456');
  });

  it('keeps working with only plex.url and plex.token, and with nothing configured', async () => {
    expect(plexServersOf({ url: 'http://a:32400', token: 't', servers: [] })).toEqual([
      { name: 'plex', url: 'http://a:32400', token: 't' },
    ]);
    expect(plexServersOf({ servers: [] })).toEqual([]);
    // The same server listed by name is not scanned twice.
    expect(
      plexServersOf({
        url: 'http://a:32400',
        token: 't',
        servers: [{ name: 'A', url: 'http://a:32400', token: 't' }],
      }),
    ).toEqual([{ name: 'A', url: 'http://a:32400', token: 't' }]);
  });

  it('names the setting each server comes from, for error hints', () => {
    expect(plexServerSetting({ name: 'plex' })).toBe('plex.url');
    expect(plexServerSetting({ name: 'Annex' })).toBe('plex.servers (Annex)');
  });

  it.each([
    ['    - name: A/B\n      url: http://x\n      token: t\n', 'no "/"'],
    [
      '    - name: A\n      url: http://x\n      token: t\n    - name: a\n      url: http://y\n      token: u\n',
      'each name once',
    ],
    ['    - name: A\n      url: ftp://x\n      token: t\n', 'an http(s) url'],
    ['    - name: A\n      url: http://x\n', 'a token'],
  ])('refuses a wrong list, naming the file, line and what it must be (%#)', async (entries, expected) => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', `plex:\n  servers:\n${entries}`);
    await expect(ws.load()).rejects.toThrow(`${file}:2: plex.servers must be a list such as`);
    await expect(ws.load()).rejects.toThrow(expected);
  });
});
