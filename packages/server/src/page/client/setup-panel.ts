/**
 * The setup panel: the plex.tv sign-in (a link and code with a countdown, then the server and connection to use)
 * and the keys to test and save. Everything secret stays on the server; the page only sends what the user typed.
 */
import type { SetupStatus } from '../../setup/setup-types.js';
import type { PageDom } from './page-dom.js';

type Setup = ({ available: true } & SetupStatus) | { available: false };
type ServerView = {
  id: string;
  name: string;
  owned: boolean;
  connections: { uri: string; local: boolean; relay: boolean }[];
};
type SignIn = { state: 'waiting' | 'approved' | 'failed'; message?: string; servers?: ServerView[] };

/** "14:59" left of a sign-in code. */
export function countdownText(msLeft: number): string {
  const s = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Wires the panel; `onSaved` runs after each save (the page reads the libraries again). */
export function setupPanel(dom: PageDom, onSaved: () => Promise<void>) {
  const { byId, api } = dom;
  const panel = byId('setup');
  const opener = byId<HTMLButtonElement>('setup-open');
  let timers: ReturnType<typeof setInterval>[] = [];
  let servers: ServerView[] = [];
  let signInId = 0;

  const note = (element: Element | null, text: string, isError = false) => {
    if (!(element instanceof HTMLElement)) return;
    element.textContent = text;
    element.classList.toggle('error', isError);
  };
  const show = (open: boolean) => {
    panel.hidden = !open;
    opener.setAttribute('aria-expanded', String(open));
  };

  /** Marks each step configured or not. */
  function showStatus(status: SetupStatus): void {
    for (const service of ['plex', 'tmdb', 'tvdb', 'radarr', 'sonarr'] as const) {
      const mark = panel.querySelector(`[data-state="${service}"]`);
      if (mark) mark.textContent = status[service].configured ? '✓ set up' : 'not set up';
    }
  }

  /** Reads what is configured; opens the panel when a scan cannot run yet. */
  async function load(): Promise<void> {
    const setup = await api<Setup>('/api/setup');
    opener.hidden = !setup.available;
    if (!setup.available) return;
    showStatus(setup);
    if (setup.needed) show(true);
  }

  function stopTimers(): void {
    for (const t of timers) clearInterval(t);
    timers = [];
  }

  function fillConnections(): void {
    const server = servers.find((s) => s.id === byId<HTMLSelectElement>('plex-server').value);
    const select = byId<HTMLSelectElement>('plex-connection');
    select.replaceChildren(new Option('The first that answers (local first)', ''));
    for (const c of server?.connections ?? []) {
      select.add(new Option(`${c.uri}${c.relay ? ' (relay, slow)' : c.local ? ' (local)' : ''}`, c.uri));
    }
  }

  /** Starts a sign-in: shows the link, code and countdown, and polls until plex.tv says yes. */
  async function signIn(): Promise<void> {
    stopTimers();
    const plexNote = byId('plex-note');
    note(plexNote, 'Asking plex.tv for a code…');
    const pin = await api<{ id: number; code: string; url: string; expiresAt: string }>(
      '/api/setup/plex/pin',
      {
        method: 'POST',
        body: '{}',
      },
    );
    signInId = pin.id;
    byId<HTMLAnchorElement>('plex-link').href = pin.url;
    byId('plex-code').textContent = pin.code;
    byId('plex-pin').hidden = false;
    note(plexNote, 'Waiting for you to approve ComPlexionist at plex.tv…');
    const deadline = Date.parse(pin.expiresAt);
    const tick = () => {
      byId('plex-countdown').textContent = `The code expires in ${countdownText(deadline - Date.now())}.`;
    };
    tick();
    timers.push(setInterval(tick, 1000));
    timers.push(
      setInterval(() => {
        api<SignIn>(`/api/setup/plex/pin/${pin.id}`).then(
          (state) => {
            if (state.state === 'waiting') return;
            stopTimers();
            byId('plex-pin').hidden = true;
            if (state.state === 'failed') return note(plexNote, state.message ?? 'The sign-in failed.', true);
            servers = state.servers ?? [];
            if (servers.length === 0)
              return note(plexNote, 'This Plex account has no Plex Media Server.', true);
            const select = byId<HTMLSelectElement>('plex-server');
            select.replaceChildren(
              ...servers.map((s) => new Option(`${s.name}${s.owned ? '' : ' (shared with you)'}`, s.id)),
            );
            fillConnections();
            byId('plex-server-form').hidden = false;
            note(plexNote, 'Signed in. Pick the server to scan.');
            select.focus();
          },
          (error: Error) => {
            stopTimers();
            note(plexNote, error.message, true);
          },
        );
      }, 1500),
    );
  }

  /** Tests the chosen server's connection and saves it. */
  async function useServer(form: HTMLFormElement): Promise<void> {
    const plexNote = byId('plex-note');
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    note(plexNote, 'Testing the connection…');
    try {
      const uri = byId<HTMLSelectElement>('plex-connection').value;
      const body = {
        signIn: signInId,
        server: byId<HTMLSelectElement>('plex-server').value,
        ...(uri && { uri }),
      };
      const saved = await api<SetupStatus & { message: string }>('/api/setup/plex/server', {
        method: 'POST',
        body: JSON.stringify(body),
      });
      form.hidden = true;
      note(plexNote, saved.message);
      showStatus(saved);
      await onSaved();
    } catch (error) {
      note(plexNote, (error as Error).message, true);
    } finally {
      if (button) button.disabled = false;
    }
  }

  /** Tests a key with its service and saves it when accepted. */
  async function saveKey(form: HTMLFormElement): Promise<void> {
    const out = form.querySelector('.note');
    const field = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    const body = {
      key: field('key'),
      ...(field('pin') && { pin: field('pin') }),
      ...(field('url') && { url: field('url') }),
    };
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    note(out, 'Testing…');
    try {
      const saved = await api<SetupStatus & { message: string }>(`/api/setup/keys/${form.dataset.service}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      (form.elements.namedItem('key') as HTMLInputElement).value = '';
      note(out, saved.message);
      showStatus(saved);
      await onSaved();
    } catch (error) {
      note(out, (error as Error).message, true);
    } finally {
      if (button) button.disabled = false;
    }
  }

  opener.addEventListener('click', () => show(panel.hidden));
  byId('plex-signin').addEventListener('click', () => {
    signIn().catch((error: Error) => note(byId('plex-note'), error.message, true));
  });
  byId('plex-server').addEventListener('change', fillConnections);
  byId('plex-server-form').addEventListener('submit', (event) => {
    event.preventDefault();
    useServer(event.target as HTMLFormElement);
  });
  for (const form of panel.querySelectorAll<HTMLFormElement>('form.key-step')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      saveKey(form);
    });
  }
  return { load };
}
