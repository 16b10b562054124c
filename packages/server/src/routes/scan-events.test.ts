import { describe, expect, it } from 'vitest';
import { finished, json, testApp } from '../test-helpers.js';

/** Parses a server-sent event stream into `{ event, data }` records. */
function parseSse(text: string) {
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
      return { event, data };
    });
}

describe('GET /api/scans/:id/events', () => {
  it('streams the current state, progress events, then a final done event, and closes', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json();
    const scan = await fake.next();
    const res = await app.request(`/api/scans/${id}/events`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const body = res.text();
    scan.run.onProgress({ scan: 'movies', phase: 'movies', done: 1, total: 2 });
    await Promise.resolve();
    scan.run.onProgress({ scan: 'movies', phase: 'movies', done: 2, total: 2 });
    scan.release();
    const events = parseSse(await body);
    expect(events[0]).toEqual({
      event: 'progress',
      data: { id, status: 'running', progress: expect.any(Object) },
    });
    expect(events.at(-1)).toEqual({ event: 'done', data: { id, status: 'done' } });
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data.progress);
    expect(progress.at(-1)).toMatchObject({ phase: 'movies', done: 2, total: 2 });
  });

  it('a finished job streams its final state at once', async () => {
    const { app } = testApp();
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'episodes' }))).json();
    await finished(app, id);
    const events = parseSse(await (await app.request(`/api/scans/${id}/events`)).text());
    expect(events.map((e) => e.event)).toEqual(['progress', 'done']);
  });

  it('a failed scan ends the stream with a failed event carrying the error', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json();
    const scan = await fake.next();
    const body = Promise.resolve(app.request(`/api/scans/${id}/events`)).then((r) => r.text());
    await app.request(`/api/scans/${id}`, { method: 'DELETE' });
    const events = parseSse(await body);
    expect(events.at(-1)).toEqual({
      event: 'failed',
      data: { id, status: 'failed', error: { code: 'cancelled', message: 'The scan was cancelled.' } },
    });
    expect(scan.run.signal.aborted).toBe(true);
  });
});
