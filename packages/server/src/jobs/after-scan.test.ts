import type { MovieGapReport } from '@complexionist/core';
import { type RunningReceiver, startReceiver } from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collection, finished, json, movieReport, testApp } from '../test-helpers.js';
import type { NotifySettings } from './after-scan.js';

let receiver: RunningReceiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

type App = ReturnType<typeof testApp>['app'];

async function scan(app: App, type: 'movies' | 'scan' = 'movies'): Promise<void> {
  const { id } = (await (await app.request('/api/scans', json('POST', { type }))).json()) as { id: string };
  await finished(app, id);
  await app.jobs.settled();
}

const report = (day: string, missing: [number, string][]): MovieGapReport => ({
  ...movieReport([collection(8091, 'Alien Collection', missing)]),
  generatedAt: `2026-01-${day}T04:00:00.000Z`,
});

const notify = (onFailure = false): NotifySettings => ({
  targets: [{ type: 'webhook', url: `${receiver.origin}/hook/s3cret`, onFailure }],
  publicUrl: 'https://gaps.example.org',
  options: { sleep: async () => {} },
});

describe('notifications after a scan', () => {
  it('sends nothing for the first complete scan (the baseline) nor for an unchanged one', async () => {
    const scanner = { movies: report('01', [[8077, 'Alien³']]) };
    const { app } = testApp({ notify: notify() }, scanner);
    await scan(app);
    scanner.movies = report('02', [[8077, 'Alien³']]);
    await scan(app);
    expect(receiver.requests).toEqual([]);
  });

  it('sends one message with exactly what is new since the previous complete scan', async () => {
    const scanner = { movies: report('01', [[8077, 'Alien³']]) };
    const { app } = testApp({ notify: notify() }, scanner);
    await scan(app);
    scanner.movies = report('02', [
      [8077, 'Alien³'],
      [945961, 'Alien: Romulus'],
    ]);
    await scan(app);
    expect(receiver.requests).toHaveLength(1);
    const body = receiver.bodies()[0] as Record<string, unknown>;
    expect(body).toMatchObject({
      eventType: 'NewMissing',
      applicationUrl: 'https://gaps.example.org',
      since: { movies: '2026-01-01T04:00:00.000Z' },
      movies: {
        newlyMissing: [expect.objectContaining({ tmdbId: 945961, collectionName: 'Alien Collection' })],
        acquired: [],
      },
    });
  });

  it('a failing target is retried, logged and never fails the scan', async () => {
    receiver.reply({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const scanner = { movies: report('01', []) };
    const { app, logger } = testApp({ notify: notify() }, scanner);
    await scan(app);
    scanner.movies = report('02', [[945961, 'Alien: Romulus']]);
    await scan(app);
    const jobs = app.jobs.list();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
    expect(receiver.requests).toHaveLength(4);
    expect(logger.lines.join('\n')).toMatch(
      /Notification NewMissing to webhook http:\/\/127\.0\.0\.1:\d+ failed/,
    );
    expect(logger.lines.join('\n')).not.toContain('s3cret');
  });

  it('tells a failed scan to targets with on_failure only', async () => {
    const { app, fake } = testApp({ notify: notify(true) }, { hold: true });
    const { id } = (await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json()) as {
      id: string;
    };
    (await fake.next()).fail(new Error('boom'));
    await finished(app, id);
    await app.jobs.settled();
    expect(receiver.bodies()).toEqual([expect.objectContaining({ eventType: 'ScanFailed' })]);
  });

  it('tells a partial scan to on_failure targets, and keeps it out of the comparison', async () => {
    const scanner = { movies: report('01', [[8077, 'Alien³']]) };
    const { app } = testApp({ notify: notify(true) }, scanner);
    await scan(app);
    scanner.movies = {
      ...report('02', []),
      warnings: [{ code: 'connection-error', message: 'Fetching collection 8091 failed (tmdb): timeout' }],
    };
    await scan(app);
    expect(receiver.bodies()).toEqual([
      expect.objectContaining({
        eventType: 'ScanFailed',
        message: expect.stringContaining('The movies scan could not check every item'),
      }),
    ]);
  });

  it('says nothing of a cancelled scan', async () => {
    const { app, fake } = testApp({ notify: notify(true) }, { hold: true });
    const { id } = (await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json()) as {
      id: string;
    };
    await fake.next();
    await app.request(`/api/scans/${id}`, { method: 'DELETE' });
    await finished(app, id);
    await app.jobs.settled();
    expect(receiver.requests).toEqual([]);
  });
});
