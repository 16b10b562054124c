import { describe, expect, it } from 'vitest';
import { createProgressBar, formatDuration, progressLine } from './progress.js';

function recorder(columns: number | undefined = 100) {
  const chunks: string[] = [];
  let time = 0;
  return {
    sink: { write: (c: string) => chunks.push(c), columns },
    chunks,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('progress bar', () => {
  it('shows the scan, the phase, a bar and the counts', () => {
    const line = progressLine({ scan: 'movies', phase: 'collections', done: 5, total: 10 }, undefined, 10);
    expect(line).toBe('movies  fetching collections  [#####-----]  5/10');
  });

  it('estimates the time left from the pace of the current phase', () => {
    const r = recorder();
    const bar = createProgressBar(r.sink, r.now);
    bar.onProgress({ scan: 'episodes', phase: 'episodes', done: 0, total: 40 });
    r.advance(10_000);
    bar.onProgress({ scan: 'episodes', phase: 'episodes', done: 10, total: 40 });
    expect(r.chunks.at(-1)).toMatch(/10\/40 {2}ETA 0:30$/);
  });

  it('redraws in place with a carriage return and clears the line when done', () => {
    const r = recorder();
    const bar = createProgressBar(r.sink, r.now);
    bar.onProgress({ scan: 'movies', phase: 'movies', done: 1, total: 3 });
    bar.done();
    expect(r.chunks[0]?.startsWith('\r\x1b[K')).toBe(true);
    expect(r.chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('does not redraw more often than every 100 ms within a phase', () => {
    const r = recorder();
    const bar = createProgressBar(r.sink, r.now);
    for (let i = 1; i <= 50; i++) bar.onProgress({ scan: 'movies', phase: 'movies', done: i, total: 100 });
    expect(r.chunks).toHaveLength(1);
    r.advance(150);
    bar.onProgress({ scan: 'movies', phase: 'movies', done: 51, total: 100 });
    expect(r.chunks).toHaveLength(2);
  });

  it('never draws a line wider than the terminal', () => {
    const r = recorder(50);
    const bar = createProgressBar(r.sink, r.now);
    bar.onProgress({ scan: 'episodes', phase: 'episodes', done: 1234, total: 5678 });
    expect((r.chunks[0] ?? '').replace('\r\x1b[K', '').length).toBeLessThan(50);
  });

  it.each([0, undefined])('a terminal reporting %s columns gets an 80-column line with a bar', (columns) => {
    const r = recorder(columns);
    const bar = createProgressBar(r.sink, r.now);
    bar.onProgress({ scan: 'movies', phase: 'collections', done: 5, total: 10 });
    const line = (r.chunks[0] ?? '').replace('\r\x1b[K', '');
    expect(line).toMatch(/^movies {2}fetching collections {2}\[#+-+\] {2}5\/10$/);
    expect(line.length).toBeLessThan(80);
  });

  it('shows movies and episodes side by side while both run, and clears only when both are done', () => {
    const r = recorder(120);
    const bar = createProgressBar(r.sink, r.now);
    bar.onProgress({ scan: 'movies', phase: 'movies', done: 3, total: 10 });
    bar.onProgress({ scan: 'episodes', phase: 'episodes', done: 1, total: 4 });
    expect(r.chunks.at(-1)).toBe(
      '\r\x1b[Kmovies  looking up films  3/10  |  episodes  fetching episode lists  1/4',
    );
    bar.onProgress({ scan: 'movies', phase: 'done', done: 10, total: 10 });
    expect(r.chunks.at(-1)?.startsWith('\r\x1b[Kepisodes  fetching episode lists  [')).toBe(true);
    bar.onProgress({ scan: 'episodes', phase: 'done', done: 4, total: 4 });
    expect(r.chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('prints nothing on done when nothing was drawn', () => {
    const r = recorder();
    createProgressBar(r.sink, r.now).done();
    expect(r.chunks).toEqual([]);
  });
});

describe('durations', () => {
  it('reads as m:ss, or h:mm:ss past an hour', () => {
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});
