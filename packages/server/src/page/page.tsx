import type { LibrarySection } from '@complexionist/core';
import type { FC } from 'hono/jsx';
import type { ScanDefaults } from '../types.js';
import { serverNames } from './client/server-picker.js';
import { Integrations, type IntegrationsProps } from './integrations.js';
import { Libraries, Servers } from './library-picker.js';
import { SetupPanel } from './setup-panel.js';
import { WatchlistSection } from './watchlist-section.js';

/** What the server knows when it renders the page. */
export interface PageProps {
  version: string;
  demo: boolean;
  /** Live mode with a watchlist to read: the page shows the Watchlist section. */
  watchlist?: boolean;
  /** Null when the libraries could not be read (or the visitor has not given the API key yet). */
  libraries: LibrarySection[] | null;
  /** Why the libraries could not be read. */
  librariesError?: string;
  /** True when the server has an API key and the visitor did not send it. */
  needsKey: boolean;
  /** The effective option values: the option boxes start checked as a scan would run without them. */
  defaults: ScanDefaults;
  /** The services the page may send to (`radarr sonarr`, space-separated; empty hides the send buttons). */
  send?: string;
  /** ISO time of the next scheduled scan (`server.schedule`); absent when there is no schedule. */
  nextRun?: string | null;
  /** What the Integrations panel shows (lists, notifications, schedule). */
  integrations: IntegrationsProps;
}

/** `2026-03-10 04:00 UTC`: the next scheduled scan, in small text under the scan buttons. */
const NextRun: FC<{ iso: string | null }> = ({ iso }) => (
  <p class="hint" id="schedule">
    {iso ? (
      <>
        Next scheduled scan: <time datetime={iso}>{`${iso.slice(0, 16).replace('T', ' ')} UTC`}</time>
      </>
    ) : (
      'The schedule (server.schedule) has no further run.'
    )}
  </p>
);

/** Tells the page script whether the libraries are on the page, could not be read, or are still to fetch. */
function librariesState(libraries: LibrarySection[] | null, error: string | undefined): string {
  if (libraries) return 'rendered';
  return error ? 'error' : 'none';
}

const ReportSection: FC<{ which: 'movies' | 'episodes'; title: string }> = ({ which, title }) => (
  <section class="panel report" id={`${which}-section`} hidden>
    <header>
      <h2>{title}</h2>
      <span class="count" id={`${which}-summary`} />
      <nav class="exports" aria-label={`Export ${which}`}>
        <a
          class="button"
          id={`${which}-json`}
          href={`/api/reports/latest?type=${which}&format=json`}
          download={`complexionist-${which}.json`}
        >
          Export JSON
        </a>
        <a class="button" id={`${which}-csv`} href={`/api/reports/latest?type=${which}&format=csv`}>
          Export CSV
        </a>
      </nav>
    </header>
    <p class="note" id={`${which}-note`} role="status" aria-live="polite" />
    <p class="muted" id={`${which}-meta`} />
    <div id={`${which}-notices`} />
    <p class="empty" id={`${which}-empty`} hidden />
    <div class="groups" id={`${which}-groups`} />
  </section>
);

/** The whole page: scan form, progress, results, ignored items. Every outside string is escaped by JSX. */
export const Page: FC<PageProps> = ({
  version,
  demo,
  watchlist,
  libraries,
  librariesError,
  needsKey,
  defaults,
  send,
  nextRun,
  integrations,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>ComPlexionist</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/assets/app.css" />
      <script src="/assets/app.js" defer />
    </head>
    <body
      data-view="grid"
      data-demo={demo ? 'true' : 'false'}
      data-auth={needsKey ? 'key' : 'ok'}
      data-libraries={librariesState(libraries, librariesError)}
      data-send={send ?? ''}
    >
      <header class="top">
        <h1>
          Com<span>Plex</span>ionist
        </h1>
        <span class="tagline">Missing movies from your collections, missing episodes from your shows.</span>
        <button type="button" id="setup-open" aria-controls="setup" aria-expanded="false" hidden>
          Setup
        </button>
      </header>
      {demo && (
        <div class="banner" id="demo-banner">
          <strong>Demo mode.</strong> This server scans a bundled sample library: no Plex, no API keys, no
          network. Run <code>complexionist serve</code> without <code>--demo</code> to scan your own server.
        </div>
      )}
      <main>
        <form id="key-form" class="panel" hidden>
          <label for="key-input">This server needs its API key (server.api_key):</label>
          <input type="password" id="key-input" autocomplete="off" required />
          <button type="submit">Use key</button>
          <p class="hint error" id="key-error" role="alert" />
        </form>
        <SetupPanel />
        <form id="scan-form" class="panel">
          <h2>Scan</h2>
          <fieldset>
            <legend>Libraries</legend>
            <div class="libraries" id="libraries">
              {libraries && <Libraries libraries={libraries} />}
            </div>
            <p class="hint error" id="libraries-error" hidden={!librariesError}>
              {librariesError}
            </p>
            <p class="hint">Leave all unchecked to scan every library.</p>
          </fieldset>
          <Servers names={serverNames(libraries ?? [])} />
          <fieldset>
            <legend>What to look for</legend>
            <div class="choices">
              <label>
                <input type="radio" name="type" value="scan" checked /> Movies and episodes
              </label>
              <label>
                <input type="radio" name="type" value="movies" /> Movies missing from collections
              </label>
              <label>
                <input type="radio" name="type" value="episodes" /> Missing episodes
              </label>
            </div>
          </fieldset>
          <fieldset>
            <legend>Options</legend>
            <div class="choices">
              <label>
                <input type="checkbox" id="opt-future" checked={defaults.includeFuture} /> Include unreleased
                and unaired items
              </label>
              <label>
                <input type="checkbox" id="opt-specials" checked={defaults.includeSpecials} /> Include
                specials (season 0)
              </label>
            </div>
          </fieldset>
          <div class="actions">
            <button type="submit" class="primary" id="start">
              Start scan
            </button>
            <button type="button" id="cancel" hidden>
              Cancel
            </button>
          </div>
          <div class="progress" id="progress" hidden>
            <progress id="progress-bar" max="1" />
            <span id="progress-text" class="muted" role="status" aria-live="polite" />
          </div>
          <p id="status" role="status" aria-live="polite" />
          {nextRun !== undefined && <NextRun iso={nextRun} />}
        </form>
        <div class="panel toolbar">
          <input
            type="search"
            id="filter"
            placeholder="Filter by title, e.g. alien or s02e05"
            aria-label="Filter results"
          />
          <fieldset class="view-toggle">
            <legend class="sr-only">Show films as</legend>
            <label>
              <input type="radio" name="view" value="grid" checked /> Posters
            </label>
            <label>
              <input type="radio" name="view" value="list" /> List
            </label>
          </fieldset>
          <label class="hint" id="new-filter" hidden>
            <input type="checkbox" id="only-new" /> Only new since <span id="new-since" />
          </label>
          <span class="hint" id="no-report">
            No report yet: start a scan.
          </span>
        </div>
        <ReportSection which="movies" title="Missing movies" />
        <ReportSection which="episodes" title="Missing episodes" />
        {watchlist && <WatchlistSection />}
        <details class="panel" id="ignored-section">
          <summary>
            Ignored items (<span id="ignored-count">0</span>)
          </summary>
          <p class="hint">
            Ignored items are hidden at once. An un-ignored item shows again when the page is reloaded, or
            after the next scan if the last one ran while it was ignored.
          </p>
          <p class="note" id="ignored-note" role="status" aria-live="polite" />
          <ul class="items" id="ignored-list" />
        </details>
        <Integrations {...integrations} />
      </main>
      <footer>ComPlexionist {version} · never changes anything in Plex</footer>
    </body>
  </html>
);
