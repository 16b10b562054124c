import type { FC } from 'hono/jsx';

/** A key to test and save: its service, the fields it needs and where to get one. */
const KeyForm: FC<{ service: string; name: string; url?: boolean; pin?: boolean; where: string }> = (
  props,
) => (
  <form class="step key-step" data-service={props.service}>
    <h3>
      {props.name} <span class="state" data-state={props.service} />
    </h3>
    {props.url && (
      <>
        <label for={`${props.service}-url`}>{props.name} address</label>
        <input
          id={`${props.service}-url`}
          type="url"
          name="url"
          placeholder="http://localhost:7878"
          autocomplete="off"
        />
      </>
    )}
    <label for={`${props.service}-key`}>{props.name} API key</label>
    <input id={`${props.service}-key`} type="password" name="key" autocomplete="off" required />
    {props.pin && (
      <>
        <label for="tvdb-pin">TVDB subscriber PIN (optional)</label>
        <input id="tvdb-pin" type="password" name="pin" autocomplete="off" />
      </>
    )}
    <button type="submit">Test and save</button>
    <p class="hint">{props.where}</p>
    <p class="note" role="status" aria-live="polite" />
  </form>
);

/**
 * The setup panel: sign in with plex.tv and pick the server, then the TMDB, TVDB, Radarr and Sonarr keys. Shown
 * by itself when a scan cannot run yet (`GET /api/setup`), else from the header's Setup button.
 */
export const SetupPanel: FC = () => (
  <section class="panel" id="setup" aria-labelledby="setup-title" hidden>
    <h2 id="setup-title">Setup</h2>
    <p class="hint">
      Saved as <code>complexionist auth</code> saves: keys in <code>&lt;home&gt;/.env</code> (readable only by
      you), addresses in <code>config.yaml</code>. Used from the next scan on, no restart needed.
    </p>
    <div class="step" id="setup-plex">
      <h3>
        Plex <span class="state" data-state="plex" />
      </h3>
      <button type="button" id="plex-signin">
        Sign in with plex.tv
      </button>
      <div id="plex-pin" hidden>
        <p>
          Open{' '}
          <a id="plex-link" href="https://app.plex.tv/auth" target="_blank" rel="noopener noreferrer">
            plex.tv
          </a>{' '}
          and approve the code <code id="plex-code" />. <span id="plex-countdown" class="hint" />
        </p>
      </div>
      <form id="plex-server-form" hidden>
        <label for="plex-server">Server</label>
        <select id="plex-server" name="server" />
        <label for="plex-connection">Connection</label>
        <select id="plex-connection" name="uri" />
        <button type="submit">Use this server</button>
      </form>
      <p class="note" id="plex-note" role="status" aria-live="polite" />
    </div>
    <KeyForm service="tmdb" name="TMDB" where="themoviedb.org → Settings → API: the API key (v3 auth)." />
    <KeyForm
      service="tvdb"
      name="TVDB"
      pin
      where="thetvdb.com → Dashboard → API Keys. Optional: TMDB can list episodes too."
    />
    <KeyForm
      service="radarr"
      name="Radarr"
      url
      where="Radarr → Settings → General → Security: API Key. Optional."
    />
    <KeyForm
      service="sonarr"
      name="Sonarr"
      url
      where="Sonarr → Settings → General → Security: API Key. Optional."
    />
  </section>
);
