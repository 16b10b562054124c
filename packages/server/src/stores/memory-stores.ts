import type { EpisodeGapReport, IgnoreList, MovieGapReport } from '@complexionist/core';
import type { IgnoreKind, IgnoreStore, ReportByType, ReportStore, ReportType } from '../types.js';

/** A report store that lives in memory (demo mode and tests). */
export function memoryReportStore(initial: Partial<ReportByType> = {}): ReportStore {
  const reports: Partial<ReportByType> = { ...initial };
  return {
    async get<T extends ReportType>(type: T) {
      return reports[type] as ReportByType[T] | undefined;
    },
    async set(report: MovieGapReport | EpisodeGapReport) {
      if (report.type === 'movies') reports.movies = report;
      else reports.episodes = report;
    },
  };
}

/** An empty ignore list, completed with the given entries. */
export function ignoreList(initial: Partial<IgnoreList> = {}): IgnoreList {
  return {
    collections: [...(initial.collections ?? [])],
    movies: [...(initial.movies ?? [])],
    shows: [...(initial.shows ?? [])],
    episodes: [...(initial.episodes ?? [])],
  };
}

/** Returns a copy of `list` with `value` added to `kind` (no duplicate). */
export function withIgnore(list: IgnoreList, kind: IgnoreKind, value: string | number): IgnoreList {
  const next = ignoreList(list);
  const values = next[kind] as (string | number)[];
  if (!values.includes(value)) values.push(value);
  return next;
}

/** Returns a copy of `list` without `value` in `kind`. */
export function withoutIgnore(list: IgnoreList, kind: IgnoreKind, value: string | number): IgnoreList {
  const next = ignoreList(list);
  const values = next[kind] as (string | number)[];
  const index = values.indexOf(value);
  if (index >= 0) values.splice(index, 1);
  return next;
}

/** An ignore store that lives in memory (demo mode and tests). */
export function memoryIgnoreStore(initial: Partial<IgnoreList> = {}): IgnoreStore {
  let list = ignoreList(initial);
  return {
    async list() {
      return ignoreList(list);
    },
    async add(kind, value) {
      list = withIgnore(list, kind, value);
      return ignoreList(list);
    },
    async remove(kind, value) {
      list = withoutIgnore(list, kind, value);
      return ignoreList(list);
    },
  };
}
