import { describe, expect, it } from 'vitest';
import { fakeTime } from '../schedule/test-fake-time.js';
import { finished, testApp } from '../test-helpers.js';

describe('GET /api/schedule and scheduled scans', () => {
  it('says the schedule is off without server.schedule', async () => {
    const { app } = testApp();
    expect(await (await app.request('/api/schedule')).json()).toEqual({ enabled: false });
  });

  it('shows the next run, and a slot starts an ordinary scan job of every library', async () => {
    const time = fakeTime('2026-03-01T10:00:00Z');
    let slot: string | undefined;
    const { app } = testApp({
      schedule: {
        cron: '0 4 * * *',
        timezone: 'UTC',
        clock: time.clock,
        timers: time.timers,
        slots: { get: () => slot, set: (iso) => (slot = iso) },
      },
    });
    app.scheduler?.start();
    expect(await (await app.request('/api/schedule')).json()).toEqual({
      enabled: true,
      cron: '0 4 * * *',
      nextRun: '2026-03-02T04:00:00.000Z',
      lastSlot: '2026-03-01T10:00:00.000Z',
    });
    time.advanceTo('2026-03-02T04:00:00Z');
    const [job] = app.jobs.list();
    expect(job).toMatchObject({ type: 'scan', libraries: [] });
    await finished(app, job?.id ?? '');
    expect(app.jobs.get(job?.id ?? '')?.status).toBe('done');
    expect((await (await app.request('/api/schedule')).json()).nextRun).toBe('2026-03-03T04:00:00.000Z');
    app.scheduler?.stop();
  });
});

describe('the page and the schedule', () => {
  it('shows the next scheduled scan in small text, and nothing without a schedule', async () => {
    const time = fakeTime('2026-03-01T10:00:00Z');
    const { app } = testApp({
      schedule: {
        cron: '30 4 * * 1',
        timezone: 'UTC',
        clock: time.clock,
        timers: time.timers,
        slots: { get: () => undefined, set: () => {} },
      },
    });
    const html = await (await app.request('/')).text();
    expect(html).toContain(
      '<p class="hint" id="schedule">Next scheduled scan: <time datetime="2026-03-02T04:30:00.000Z">2026-03-02 04:30 UTC</time></p>',
    );
    const plain = await (await testApp().app.request('/')).text();
    expect(plain).not.toContain('id="schedule"');
  });

  it('refuses to build an app with a cron expression croner rejects, naming the setting', () => {
    const slots = { get: () => undefined, set: () => {} };
    expect(() => testApp({ schedule: { cron: '0 25 * * *', slots } })).toThrow(
      /server\.schedule "0 25 \* \* \*"/,
    );
  });
});
