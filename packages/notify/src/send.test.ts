import { type RunningReceiver, startReceiver } from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifyAll, sendToTarget } from './send.js';
import { newMissing } from './test-events.js';
import type { Target } from './types.js';

let receiver: RunningReceiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

function recorder() {
  const waits: number[] = [];
  const lines: string[] = [];
  return {
    waits,
    lines,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
    logger: { info: (m: string) => lines.push(`info: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`) },
  };
}

const hook = (path = '/api/webhooks/987654/very-secret-token'): Target => ({
  type: 'discord',
  url: `${receiver.origin}${path}`,
  onFailure: false,
});

describe('sendToTarget retries', () => {
  it('waits as Retry-After says after a 429, backs off after a 503, then delivers once', async () => {
    receiver.reply({ status: 429, headers: { 'Retry-After': '3' } }, { status: 503 });
    const r = recorder();
    const result = await sendToTarget(hook(), newMissing(), {
      sleep: r.sleep,
      logger: r.logger,
      backoffMs: 1000,
    });
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(r.waits).toEqual([3000, 2000]);
    expect(receiver.requests).toHaveLength(3);
  });

  it('gives up after its attempts and says why, without the secret URL', async () => {
    receiver.reply(...Array.from({ length: 4 }, () => ({ status: 502 })));
    const r = recorder();
    const result = await sendToTarget(hook(), newMissing(), { sleep: r.sleep, logger: r.logger });
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(4);
    expect(r.waits).toEqual([2000, 4000, 8000]);
    expect(result.error).toContain('HTTP 502');
    const everything = JSON.stringify(result) + r.lines.join('\n');
    expect(everything).not.toContain('very-secret-token');
    expect(everything).not.toContain('987654');
    expect(r.lines.at(-1)).toMatch(
      /^warn: Notification NewMissing to discord http:\/\/127\.0\.0\.1:\d+ failed/,
    );
  });

  it('does not retry a target that refuses the message (400, 404)', async () => {
    receiver.reply({ status: 404, body: '{"message":"Unknown Webhook"}' });
    const r = recorder();
    const result = await sendToTarget(hook(), newMissing(), { sleep: r.sleep });
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(result.error).toContain('HTTP 404');
    expect(r.waits).toEqual([]);
  });

  it('reports a target that cannot be reached, without throwing', async () => {
    const origin = receiver.origin;
    await receiver.close();
    const r = recorder();
    const target: Target = { type: 'webhook', url: `${origin}/x`, onFailure: false };
    const result = await sendToTarget(target, newMissing(), { sleep: r.sleep, attempts: 2 });
    expect(result).toMatchObject({ ok: false, attempts: 2 });
    expect(r.waits).toHaveLength(1);
    receiver = await startReceiver();
  });
});

describe('notifyAll', () => {
  it('sends one message per target and goes on after a failing one', async () => {
    receiver.reply({ status: 400 });
    const targets: Target[] = [
      hook('/a'),
      { type: 'webhook', url: `${receiver.origin}/b`, onFailure: false },
    ];
    const results = await notifyAll(targets, newMissing(), { sleep: async () => {} });
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(receiver.requests.map((r) => r.path)).toEqual(['/a', '/b']);
  });

  it('tells a failed scan only to targets that asked for it', async () => {
    const targets: Target[] = [hook('/quiet'), { ...hook('/loud'), onFailure: true }];
    const event = {
      event: 'ScanFailed' as const,
      at: '2026-01-02T04:00:00.000Z',
      message: 'TMDB could not be reached.',
    };
    await notifyAll(targets, event, { sleep: async () => {} });
    expect(receiver.requests.map((r) => r.path)).toEqual(['/loud']);
  });
});
