import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { serve } from '../serve.js';

describe('complexionist serve with server.schedule', () => {
  it('logs the schedule and its next run, and serves it at /api/schedule', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cx-serve-schedule-'));
    writeFileSync(join(home, 'config.yaml'), 'server:\n  schedule: "0 4 * * *"\n');
    const lines: string[] = [];
    const server = await serve({
      demo: true,
      port: 0,
      cwd: home,
      env: { COMPLEXIONIST_HOME: home },
      handleSignals: false,
      now: () => new Date('2026-03-09T12:00:00Z'),
      log: (line) => lines.push(line),
    });
    onTestFinished(async () => {
      await server.close();
      rmSync(home, { recursive: true, force: true });
    });
    const status = await (await fetch(`${server.url}/api/schedule`)).json();
    expect(status).toMatchObject({ enabled: true, cron: '0 4 * * *' });
    expect(lines).toContain(`Scheduled scans: 0 4 * * * (next ${status.nextRun})`);
    expect(Date.parse(status.nextRun)).toBeGreaterThan(Date.parse('2026-03-09T12:00:00Z'));
  });
});
