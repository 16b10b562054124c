import { type EpisodeGapReport, isDiffable, type MovieGapReport } from '@complexionist/core';
import type { StateStore } from './types.js';

/** The two report types kept in the history. */
export type HistoryType = 'movies' | 'episodes';

/** Maps a history type to its report. */
export interface HistoryReportByType {
  movies: MovieGapReport;
  episodes: EpisodeGapReport;
}

/** One kept report, as listed. */
export interface HistoryEntry {
  /** Increasing number per type (never reused), used as `from`/`to` by the diff route. */
  id: number;
  type: HistoryType;
  /** The report's `generatedAt`. */
  generatedAt: string;
}

/**
 * The reports of past complete scans, per type, newest last. Kept in the cache file's `state` table, so the CLI
 * and the server of one home share it and it survives a restart.
 */
export interface ReportHistory {
  /**
   * Keeps a report if it is from a complete scan (core's `isDiffable`) and drops the oldest past the size.
   * Returns its entry, or undefined for a partial report (never kept: it would later diff as if complete).
   */
  add(report: MovieGapReport | EpisodeGapReport): HistoryEntry | undefined;
  /** The kept reports of a type, newest first. */
  list(type: HistoryType): HistoryEntry[];
  get<T extends HistoryType>(type: T, id: number): HistoryReportByType[T] | undefined;
  /** The newest kept report of a type, with its entry. */
  latest<T extends HistoryType>(type: T): { entry: HistoryEntry; report: HistoryReportByType[T] } | undefined;
}

/** Options of {@link createReportHistory}. */
export interface ReportHistoryOptions {
  /** Reports kept per type (`server.history_size`). @default 30 */
  size?: number;
}

/** Default number of reports kept per type. */
export const DEFAULT_HISTORY_SIZE = 30;

const PREFIX = 'history.';
const indexKey = (type: HistoryType) => `${PREFIX}${type}.index`;
const reportKey = (type: HistoryType, id: number) => `${PREFIX}${type}.${id}`;

interface Index {
  next: number;
  entries: HistoryEntry[];
}

/**
 * A {@link ReportHistory} over a {@link StateStore}: one row per report plus one index row per type. Two
 * processes adding at the same instant could lose one entry; scans of one home do not overlap in practice.
 */
export function createReportHistory(state: StateStore, options: ReportHistoryOptions = {}): ReportHistory {
  const size = Math.max(1, options.size ?? DEFAULT_HISTORY_SIZE);
  const readIndex = (type: HistoryType): Index => {
    const index = state.get<Index>(indexKey(type));
    return index && Array.isArray(index.entries) ? index : { next: 1, entries: [] };
  };
  const get = <T extends HistoryType>(type: T, id: number): HistoryReportByType[T] | undefined => {
    const report = state.get<HistoryReportByType[T]>(reportKey(type, id));
    return report && typeof report === 'object' && report.type === type ? report : undefined;
  };
  return {
    add(report) {
      if (!isDiffable(report)) return undefined;
      const index = readIndex(report.type);
      const entry: HistoryEntry = { id: index.next, type: report.type, generatedAt: report.generatedAt };
      state.set(reportKey(report.type, entry.id), report);
      const entries = [...index.entries, entry];
      for (const old of entries.splice(0, Math.max(0, entries.length - size))) {
        state.delete(reportKey(old.type, old.id));
      }
      state.set(indexKey(report.type), { next: entry.id + 1, entries });
      return entry;
    },
    list: (type) => [...readIndex(type).entries].reverse(),
    get,
    latest(type) {
      for (const entry of [...readIndex(type).entries].reverse()) {
        const report = get(type, entry.id);
        if (report) return { entry, report };
      }
      return undefined;
    },
  };
}
