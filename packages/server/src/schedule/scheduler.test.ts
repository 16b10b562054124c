import { describe, expect, it } from 'vitest';
import { parseCron } from './cron.js';
import { createScheduler, type SlotStore } from './scheduler.js';
import { fakeTime } from './test-fake-time.js';

function memorySlots(initial?: string): SlotStore & { value: string | undefined } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (iso: string) => {
      store.value = iso;
    },
  };
  return store;
}

function setup(start: string, slots = memorySlots()) {
  const time = fakeTime(start);
  const runs: string[] = [];
  const scheduler = createScheduler({
    cron: parseCron('0 4 * * *', 'UTC'),
    run: (slot) => runs.push(slot.toISOString()),
    slots,
    clock: time.clock,
    timers: time.timers,
  });
  return { time, runs, scheduler, slots };
}

describe('createScheduler', () => {
  it('runs at each slot of the cron expression, and tells the next run', () => {
    const { time, runs, scheduler } = setup('2026-03-01T10:00:00Z');
    scheduler.start();
    expect(scheduler.status()).toMatchObject({ cron: '0 4 * * *', nextRun: '2026-03-02T04:00:00.000Z' });
    time.advanceTo('2026-03-02T03:59:59Z');
    expect(runs).toEqual([]);
    time.advanceTo('2026-03-04T05:00:00Z');
    expect(runs).toEqual([
      '2026-03-02T04:00:00.000Z',
      '2026-03-03T04:00:00.000Z',
      '2026-03-04T04:00:00.000Z',
    ]);
    expect(scheduler.status().nextRun).toBe('2026-03-05T04:00:00.000Z');
  });

  it('on its first start only records the time (a new schedule waits for its first slot)', () => {
    const { runs, scheduler, slots } = setup('2026-03-01T10:00:00Z');
    scheduler.start();
    expect(runs).toEqual([]);
    expect(slots.value).toBe('2026-03-01T10:00:00.000Z');
  });

  it('runs once at start for slots missed while the server was down, not once per slot', () => {
    const slots = memorySlots('2026-03-01T04:00:00.000Z');
    const { time, runs, scheduler } = setup('2026-03-05T12:00:00Z', slots);
    scheduler.start();
    expect(runs).toEqual(['2026-03-05T12:00:00.000Z']);
    time.advanceTo('2026-03-06T04:00:00Z');
    expect(runs).toHaveLength(2);
  });

  it('does not run at start when no slot was missed', () => {
    const slots = memorySlots('2026-03-05T04:00:00.000Z');
    const { runs, scheduler } = setup('2026-03-05T12:00:00Z', slots);
    scheduler.start();
    expect(runs).toEqual([]);
  });

  it('stops waiting when stopped', () => {
    const { time, runs, scheduler } = setup('2026-03-01T10:00:00Z');
    scheduler.start();
    scheduler.stop();
    expect(time.pending()).toBe(0);
    time.advanceTo('2026-03-03T10:00:00Z');
    expect(runs).toEqual([]);
  });

  it('waits in steps for a slot further away than a timer can wait', () => {
    const time = fakeTime('2026-01-01T00:00:00Z');
    const runs: string[] = [];
    const scheduler = createScheduler({
      cron: parseCron('0 4 1 6 *', 'UTC'), // once a year, on 1 June
      run: (slot) => runs.push(slot.toISOString()),
      slots: memorySlots(),
      clock: time.clock,
      timers: time.timers,
    });
    scheduler.start();
    time.advanceTo('2026-05-31T00:00:00Z');
    expect(runs).toEqual([]);
    time.advanceTo('2026-06-01T04:00:00Z');
    expect(runs).toEqual(['2026-06-01T04:00:00.000Z']);
  });
});

describe('parseCron', () => {
  it('follows the time zone it is given', () => {
    const cron = parseCron('0 4 * * *', 'Europe/Paris');
    expect(cron.nextAfter(new Date('2026-01-10T00:00:00Z'))?.toISOString()).toBe('2026-01-10T03:00:00.000Z');
  });

  it('refuses a bad expression with a ConfigError naming the setting', () => {
    expect(() => parseCron('0 25 * * *')).toThrow(
      expect.objectContaining({
        kind: 'config',
        message: expect.stringContaining('server.schedule "0 25 * * *"'),
      }),
    );
  });
});
