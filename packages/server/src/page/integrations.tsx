import type { FC } from 'hono/jsx';

/** What the Integrations panel needs from the server when it renders the page. */
export interface IntegrationsProps {
  /** The server has an API key: the list URLs need `?apikey=`. */
  needsKey: boolean;
}

/** A list URL to paste: where it goes, the field's name, the value and a copy button (filled by the script). */
const ListUrl: FC<{ id: string; where: string; field: string; path: string; note?: string }> = (props) => (
  <div class="list-url">
    <h3>{props.where}</h3>
    <label for={props.id}>
      Field <b>{props.field}</b>:
    </label>
    <div class="copy-row">
      <input type="text" id={props.id} class="url" readonly data-path={props.path} value={props.path} />
      <button type="button" class="copy" data-copy={props.id} aria-label={`Copy the ${props.where} URL`}>
        Copy
      </button>
    </div>
    {props.note && <p class="hint">{props.note}</p>}
  </div>
);

/**
 * The Integrations panel: the Radarr and Sonarr list URLs with the field to paste them into, and (read-only) the
 * notification targets and schedule from the configuration (`GET /api/integrations`, filled in by the script).
 */
export const Integrations: FC<IntegrationsProps> = ({ needsKey }) => (
  <details class="panel" id="integrations">
    <summary>
      <h2>Integrations</h2>
      <span class="hint">Radarr and Sonarr lists, notifications, schedule</span>
    </summary>
    <p class="hint">
      Radarr and Sonarr read what is missing from these lists after each scan.
      {needsKey && ' Each URL carries this server’s API key (shown as •••• here; Copy copies the real key).'}
    </p>
    <ListUrl
      id="url-radarr"
      where="Radarr → Settings → Lists → + → Custom Lists"
      field="List URL"
      path="/api/lists/radarr"
    />
    <ListUrl
      id="url-stevenlu"
      where="Radarr → Settings → Lists → + → StevenLu Custom"
      field="URL"
      path="/api/lists/radarr?format=stevenlu"
      note="Only for Radarr versions without Custom Lists: StevenLu items are looked up by IMDb id."
    />
    <ListUrl
      id="url-sonarr"
      where="Sonarr → Settings → Import Lists → + → Custom List"
      field="List URL"
      path="/api/lists/sonarr"
    />
    <h3>Notifications</h3>
    <p class="hint" id="notify-settings">
      Read from the server (GET /api/integrations).
    </p>
    <h3>Schedule</h3>
    <p class="hint" id="schedule-settings">
      Read from the server (GET /api/integrations).
    </p>
  </details>
);
