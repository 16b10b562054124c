import type { ScanPhase, ScanProgress } from '@complexionist/core';
import type { TextSink } from '../io.js';

/** Receives a scan's progress events and shows them (or not). */
export interface ProgressRenderer {
  onProgress(event: ScanProgress): void;
  /** Removes the bar so the next line starts clean. */
  done(): void;
}

/** A renderer that shows nothing (not a terminal, or `-q`). */
export const silentProgress: ProgressRenderer = { onProgress() {}, done() {} };

const PHASE_LABEL: Record<ScanPhase, string> = {
  libraries: 'reading Plex',
  movies: 'looking up films',
  collections: 'fetching collections',
  shows: 'matching shows',
  episodes: 'fetching episode lists',
  done: 'done',
};

/** Redraws at most this often (ms), except when the phase changes. */
const REDRAW_MS = 100;
/** Clear the terminal line and return to its start. */
const CLEAR_LINE = '\r\x1b[K';

/** `1:05`, `0:07`, `1:02:03`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * The one-line picture of a progress event, e.g. `movies  fetching collections  [#####-----]  12/40  ETA 0:05`
 * (no bar when `barWidth` is 0).
 */
export function progressLine(event: ScanProgress, etaSeconds: number | undefined, barWidth: number): string {
  const ratio = event.total > 0 ? Math.min(1, event.done / event.total) : 0;
  const filled = Math.round(ratio * barWidth);
  const bar = barWidth > 0 ? `  [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
  const eta = etaSeconds === undefined ? '' : `  ETA ${formatDuration(etaSeconds)}`;
  return `${event.scan}  ${PHASE_LABEL[event.phase]}${bar}  ${event.done}/${event.total}${eta}`;
}

interface ScanState {
  event: ScanProgress;
  phaseStart: number;
}

function etaOf(state: ScanState, time: number): number | undefined {
  const { event } = state;
  const elapsed = (time - state.phaseStart) / 1000;
  return event.done > 0 && elapsed >= 0.5 ? ((event.total - event.done) * elapsed) / event.done : undefined;
}

/**
 * A progress bar redrawn in place with `\r` on a terminal: scan, phase, bar, counts and an ETA estimated
 * from the pace of the current phase. A `scan` runs movies and episodes at once, so the line shows every
 * scan still running, side by side (without bars when there are two, to stay on one line).
 */
export function createProgressBar(sink: TextSink, now: () => number): ProgressRenderer {
  const scans = new Map<ScanProgress['scan'], ScanState>();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const clear = (): void => {
    if (drawn) sink.write(CLEAR_LINE);
    drawn = false;
  };
  return {
    onProgress(event) {
      const time = now();
      const previous = scans.get(event.scan);
      const changed = previous?.event.phase !== event.phase;
      if (event.phase === 'done') {
        scans.delete(event.scan);
        if (scans.size === 0) return clear();
      } else {
        scans.set(event.scan, { event, phaseStart: changed ? time : (previous?.phaseStart ?? time) });
      }
      if (!changed && time - lastDraw < REDRAW_MS && event.done < event.total) return;
      lastDraw = time;
      const states = [...scans.values()];
      const lineOf = (width: number): string =>
        states.map((state) => progressLine(state.event, etaOf(state, time), width)).join('  |  ');
      // Never wider than the terminal: a wrapped line cannot be redrawn with \r.
      const columns = terminalColumns(sink);
      const room = columns - 1 - lineOf(0).length - 4;
      const width = states.length === 1 && room >= 8 ? Math.min(30, room) : 0;
      let line = lineOf(width);
      const max = columns - 1;
      if (line.length > max) line = `${line.slice(0, Math.max(0, max - 1))}…`;
      sink.write(`${CLEAR_LINE}${line}`);
      drawn = true;
    },
    done: clear,
  };
}

/** The terminal width; some terminals (and pseudo-terminals in CI) report 0, which means "unknown". */
function terminalColumns(sink: TextSink): number {
  return sink.columns !== undefined && sink.columns > 0 ? sink.columns : 80;
}
