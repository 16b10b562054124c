import { describe, expect, it } from 'vitest';
import { workspace } from './test-helpers.js';

describe('server.allowed_hosts', () => {
  it('is empty by default', async () => {
    expect((await workspace().load({ env: {} })).config.server.allowedHosts).toEqual([]);
  });

  it('reads a YAML list, lower-cased and without a trailing dot', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'server:\n  allowed_hosts: [Complexionist.Example.com., nas.local]\n');
    expect((await ws.load({ env: {} })).config.server.allowedHosts).toEqual([
      'complexionist.example.com',
      'nas.local',
    ]);
  });

  it('reads COMPLEXIONIST_ALLOWED_HOSTS comma-separated', async () => {
    const env = { COMPLEXIONIST_ALLOWED_HOSTS: 'media.example.com, 192.168.1.5,[fd00::5]' };
    expect((await workspace().load({ env })).config.server.allowedHosts).toEqual([
      'media.example.com',
      '192.168.1.5',
      '[fd00::5]',
    ]);
  });

  it('refuses a URL or a name with a port, saying what it expects', async () => {
    const env = { COMPLEXIONIST_ALLOWED_HOSTS: 'https://media.example.com' };
    await expect(workspace().load({ env })).rejects.toThrow(
      'COMPLEXIONIST_ALLOWED_HOSTS (server.allowed_hosts) must be a list of host names such as complexionist.example.com (no scheme or port)',
    );
  });
});
