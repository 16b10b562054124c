import type { StateStore } from '@complexionist/cache';
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import type { ReportByType, ReportStore, ReportType } from '../types.js';

/** Key prefix of the latest reports in the cache's `state` table. */
export const REPORT_STATE_PREFIX = 'server.latest_report.';

/**
 * Keeps the latest report of each type in the cache file's `state` table (`CacheHandle.state`), so it survives a
 * restart of the server. A stored value of the wrong type reads as "no report".
 */
export function stateReportStore(state: StateStore): ReportStore {
  return {
    async get<T extends ReportType>(type: T) {
      const report = state.get<ReportByType[T]>(`${REPORT_STATE_PREFIX}${type}`);
      return report && typeof report === 'object' && report.type === type ? report : undefined;
    },
    async set(report: MovieGapReport | EpisodeGapReport) {
      state.set(`${REPORT_STATE_PREFIX}${report.type}`, report);
    },
  };
}
