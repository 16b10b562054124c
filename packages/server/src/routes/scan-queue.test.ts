import { describe, expect, it } from 'vitest';
import { finished, json, testApp } from '../test-helpers.js';

const start = (app: ReturnType<typeof testApp>['app'], body: unknown) =>
  app.request('/api/scans', json('POST', body));
/** A movie scan that differs from the others only by its option. */
const movies = (minOwned: number) => ({ type: 'movies', options: { minOwned } });

describe('the scan queue', () => {
  it('one scan runs and 4 wait; a 6th different request is a 429 with a clear JSON body', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await start(app, movies(i));
      expect(res.status, `request ${i}`).toBe(202);
      ids.push((await res.json()).id);
    }
    const refused = await start(app, movies(99));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await refused.json()).error).toEqual({
      code: 'busy',
      message:
        'A scan is running and 4 more are waiting, so this one was not queued. Try again when one has finished (GET /api/scans lists them).',
    });
    expect((await (await app.request('/api/scans')).json()).scans).toHaveLength(5);
    expect(fake.calls).toHaveLength(1);

    // An identical request joins its job even with the queue full.
    const joined = await start(app, movies(3));
    expect(joined.status).toBe(202);
    expect(await joined.json()).toMatchObject({ id: ids[3], joined: true });

    // Once a job leaves the queue there is room for one more.
    expect((await app.request(`/api/scans/${ids[4]}`, { method: 'DELETE' })).status).toBe(202);
    expect((await start(app, movies(99))).status).toBe(202);
    expect((await start(app, movies(100))).status).toBe(429);
    await app.jobs.shutdown();
    await finished(app, ids[0] as string);
  });

  it('the size of the queue is a setting of the app', async () => {
    const { app } = testApp({ maxQueuedScans: 0 }, { hold: true });
    expect((await start(app, movies(0))).status).toBe(202);
    expect((await start(app, movies(1))).status).toBe(429);
    await app.jobs.shutdown();
  });
});
