import { describe, expect, it } from 'vitest';
import type { MovieGapReport } from '../report.js';
import { episodeReport, movieReport } from '../test-support/reports.js';
import { isDiffable } from './diffable.js';

describe('isDiffable', () => {
  it('accepts a report whose warnings are only notes', () => {
    expect(isDiffable(movieReport())).toBe(true);
    expect(isDiffable(episodeReport())).toBe(true); // a source fallback is a note, not a gap left unchecked
  });

  it('refuses a report with an item that could not be checked', () => {
    for (const code of ['connection-error', 'rate-limited', 'malformed-response', 'lookup-failed']) {
      expect(isDiffable(movieReport({ warnings: [{ code, message: 'x' }] }))).toBe(false);
    }
  });

  it('refuses a report of no library (nothing was looked at)', () => {
    expect(isDiffable(movieReport({ libraries: [] }))).toBe(false);
  });

  it('follows an explicit status when the report has one', () => {
    const withStatus = (status: string) => ({ ...movieReport(), status }) as MovieGapReport;
    expect(isDiffable(withStatus('complete'))).toBe(true);
    expect(isDiffable(withStatus('partial'))).toBe(false);
    expect(isDiffable(withStatus('failed'))).toBe(false);
  });
});
