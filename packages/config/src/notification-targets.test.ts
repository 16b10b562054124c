import { describe, expect, it } from 'vitest';
import { maskConfig } from './mask.js';
import { targetSecrets } from './notification-targets.js';
import { workspace } from './test-helpers.js';

const HOOK = 'https://discord.com/api/webhooks/123456/s3cr3t-webhook-token';

describe('notifications in config.yaml', () => {
  it('reads a list of targets, expanding variables inside them', async () => {
    const ws = workspace();
    ws.write(
      'home/config.yaml',
      [
        'server:',
        '  schedule: "0 4 * * *"',
        '  public_url: https://gaps.example.org/',
        '  history_size: 10',
        'notifications:',
        '  - type: discord',
        `    url: \${DISCORD_HOOK}`,
        '  - type: ntfy',
        '    url: https://ntfy.sh/my-gaps',
        '    token: tk_abcdef',
        '    on_failure: true',
        '  - type: gotify',
        '    url: http://127.0.0.1:8080',
        '    token: AbCdEf123',
      ].join('\n'),
    );
    const { config, sources } = await ws.load({ env: { DISCORD_HOOK: HOOK } });
    expect(config.server).toMatchObject({
      schedule: '0 4 * * *',
      publicUrl: 'https://gaps.example.org',
      historySize: 10,
    });
    expect(config.notifications).toEqual([
      { type: 'discord', url: HOOK, onFailure: false },
      { type: 'ntfy', url: 'https://ntfy.sh/my-gaps', token: 'tk_abcdef', onFailure: true },
      { type: 'gotify', url: 'http://127.0.0.1:8080', token: 'AbCdEf123', onFailure: false },
    ]);
    expect(sources.notifications.kind).toBe('yaml');
  });

  it.each([
    ['an unknown type', '  - type: slack\n    url: https://hooks.example.org/x'],
    ['a URL that is not http(s)', '  - type: webhook\n    url: ftp://example.org/x'],
    ['gotify without a token', '  - type: gotify\n    url: http://127.0.0.1:8080'],
    ['an unknown key', '  - type: webhook\n    url: https://example.org/x\n    secret: yes'],
  ])('refuses %s, naming the key and file without echoing the value', async (_, entry) => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', `notifications:\n${entry}\n`);
    const error = (await ws.load().catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ kind: 'config' });
    expect(error.message).toContain(`${file}:1: notifications must be a list of targets`);
    expect(error.message).not.toContain('example.org');
  });

  it('refuses a schedule that is not a cron expression', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'server:\n  schedule: every day\n');
    await expect(ws.load()).rejects.toThrow(/server\.schedule must be a cron expression/);
  });

  it('masks target URLs and tokens for display, keeping the host', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', `notifications:\n  - type: discord\n    url: ${HOOK}\n`);
    const { config } = await ws.load();
    const shown = JSON.stringify(maskConfig(config));
    expect(shown).not.toContain('s3cr3t');
    expect(shown).not.toContain('123456');
    expect(maskConfig(config).notifications[0]?.url).toBe('https://discord.com/********');
  });

  it('lists the secret parts of targets for redaction', () => {
    const secrets = targetSecrets([
      { type: 'gotify', url: 'http://127.0.0.1:8080/?token=AbCdEf123', token: 'AbCdEf123', onFailure: false },
    ]);
    expect(secrets).toEqual(expect.arrayContaining(['AbCdEf123', 'token=AbCdEf123']));
  });
});
