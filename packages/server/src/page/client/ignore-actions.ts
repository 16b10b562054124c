/**
 * Ignore and un-ignore from the page: an item, a collection, a show, or every missing episode of a season. The
 * outcome is said next to the button (the note of its section), not in the scan form far above.
 */
import type { IgnoreList } from '@complexionist/core';
import type { PageDom } from './page-dom.js';
import type { PageState } from './page-state.js';
import type { PageView } from './page-view.js';
import { episodeCode } from './render.js';

/** Writes a note in the section that holds `button` (a live region, so screen readers hear it). */
export function noteNear(button: Element, text: string, isError = false): void {
  const section = button.closest('section.report, #ignored-section');
  const note = section?.querySelector<HTMLElement>('.note') ?? document.getElementById('status');
  if (!note) return;
  note.textContent = text;
  note.classList.toggle('error', isError);
}

/** Creates the ignore actions over the page state. */
export function ignoreActions(state: PageState, dom: PageDom, view: PageView) {
  const remember = (kind: keyof IgnoreList, value: string, label: string) => {
    state.labels[`${kind}:${value}`] = label;
    localStorage.setItem('complexionist.labels', JSON.stringify(state.labels));
  };
  const post = (kind: keyof IgnoreList, value: string, ignore: boolean) =>
    dom.api('/api/ignores', { method: ignore ? 'POST' : 'DELETE', body: JSON.stringify({ kind, value }) });

  /** Ignores (or un-ignores) the item of a clicked button. */
  async function toggle(button: HTMLButtonElement, ignore: boolean): Promise<void> {
    const kind = button.dataset.kind as keyof IgnoreList;
    const value = button.dataset.value ?? '';
    const label = button.dataset.label ?? value;
    const note = ignore ? button.closest('section.report, #ignored-section') : button;
    button.disabled = true;
    try {
      await post(kind, value, ignore);
      if (ignore) {
        remember(kind, value, label);
        view.dropIgnored(kind, value);
        view.render();
        noteNear(note ?? button, `Ignored ${label}. Un-ignore it under "Ignored items".`);
      }
      // Reports are filtered by the ignore list when read, but a scan run while the item was ignored left it out.
      else
        noteNear(
          button,
          `${state.labels[`${kind}:${value}`] ?? value} is no longer ignored: it shows again when the page is ` +
            'reloaded, or after the next scan if the last one ran while it was ignored.',
        );
      await view.loadIgnored();
    } catch (error) {
      button.disabled = false;
      noteNear(button, (error as Error).message, true);
    }
  }

  /** Ignores every missing episode of a season, one ignore entry each (the ignore list has no seasons). */
  async function ignoreSeason(button: HTMLButtonElement): Promise<void> {
    const show = button.dataset.show ?? '';
    const number = Number(button.dataset.season);
    const label = button.dataset.label ?? show;
    const section = button.closest('section.report') ?? button;
    const gap = state.episodes?.shows.find(
      (s) => (s.tvdbId !== null ? String(s.tvdbId) : `tmdb:${s.tmdbId}`) === show,
    );
    const episodes = gap?.seasons.find((s) => s.season === number)?.missing ?? [];
    button.disabled = true;
    try {
      for (const e of episodes) {
        const value = `${show}:${episodeCode(e.season, e.episode)}`;
        await post('episodes', value, true);
        remember('episodes', value, `${gap?.title ?? show} ${episodeCode(e.season, e.episode)}`);
        view.dropIgnored('episodes', value);
      }
      view.render();
      noteNear(section, `Ignored ${episodes.length} episode${episodes.length === 1 ? '' : 's'} of ${label}.`);
      await view.loadIgnored();
    } catch (error) {
      button.disabled = false;
      view.render();
      noteNear(section, (error as Error).message, true);
    }
  }

  return { toggle, ignoreSeason };
}
