import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningReceiver, startReceiver } from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let receiver: RunningReceiver;
let home: string;
beforeEach(async () => {
  receiver = await startReceiver();
  home = await mkdtemp(join(tmpdir(), 'cx-notify-'));
});
afterEach(async () => {
  await receiver.close();
  await rm(home, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string> = {}) {
  const f = fakeIo({ cwd: home, env: { COMPLEXIONIST_HOME: home, ...env } });
  const code = await main(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('complexionist notify --test', () => {
  it('sends a test message to each target and says which got it, without their secrets', async () => {
    receiver.reply({ status: 204 }, { status: 404, body: '{"message":"Unknown Webhook"}' });
    await writeFile(
      join(home, 'config.yaml'),
      [
        'notifications:',
        '  - type: webhook',
        `    url: ${receiver.origin}/hook/webhook-secret-1`,
        '  - type: discord',
        `    url: \${DISCORD_HOOK}`,
      ].join('\n'),
    );
    const result = await run(['notify', '--test'], {
      DISCORD_HOOK: `${receiver.origin}/api/webhooks/42/discord-secret-2`,
    });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(
      /^sent {4}webhook http:\/\/127\.0\.0\.1:\d+\nfailed {2}discord http:\/\/127\.0\.0\.1:\d+: .*HTTP 404/,
    );
    expect(result.stderr).toContain('1 of 2 notification targets did not get the test message');
    expect(result.stdout + result.stderr).not.toMatch(/secret-1|secret-2/);
    expect(receiver.bodies()[0]).toMatchObject({ eventType: 'Test', instanceName: 'ComPlexionist' });
    expect(receiver.requests.map((r) => r.path)).toEqual([
      '/hook/webhook-secret-1',
      '/api/webhooks/42/discord-secret-2',
    ]);
  });

  it('config --show lists targets by type and host, their secrets masked', async () => {
    await writeFile(
      join(home, 'config.yaml'),
      `notifications:\n  - type: ntfy\n    url: https://ntfy.sh/topic-secret-3\n`,
    );
    const result = await run(['config', '--show']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^notifications +ntfy https:\/\/ntfy\.sh\/\*{8} /m);
    expect(result.stdout).not.toContain('topic-secret-3');
  });

  it('says how to add a target when there is none', async () => {
    const result = await run(['notify', '--test']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No notification targets are configured.');
    expect(result.stderr).toContain('notifications:');
  });

  it('needs --test', async () => {
    const result = await run(['notify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notify needs --test');
  });
});
