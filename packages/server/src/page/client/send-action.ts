/** The Radarr and Sonarr send buttons: a dry run, a confirmation, then the send and each item's result. */
import type { PageDom } from './page-dom.js';

/** Creates the send action over the page's API helpers. */
export function sendAction({ api, setStatus }: PageDom) {
  type SendResult = { items: Array<{ label: string; status: string; detail: string }> };

  /**
   * Sends the item of a clicked send button: asks the server what it would send (a dry run), lets the user
   * confirm that list, sends, and shows the result of each item in the status line and the button's tooltip.
   */
  async function send(button: HTMLButtonElement): Promise<void> {
    const service = button.dataset.service ?? '';
    const name = service === 'radarr' ? 'Radarr' : 'Sonarr';
    const selection = JSON.parse(button.dataset.body ?? '{}');
    const post = (dryRun: boolean) =>
      api<SendResult>(`/api/send/${service}`, {
        method: 'POST',
        body: JSON.stringify({ ...selection, dryRun }),
      });
    const lines = (result: SendResult) => result.items.map((i) => `${i.label}: ${i.status}, ${i.detail}`);
    button.disabled = true;
    try {
      setStatus(`Asking ${name}…`);
      const plan = await post(true);
      if (!plan.items.some((i) => i.status === 'planned')) {
        setStatus(`${name}: nothing to send. ${lines(plan).join(' · ')}`);
        return;
      }
      if (!confirm(`Send to ${name}?\n\n${lines(plan).join('\n')}`)) {
        setStatus('Nothing was sent.');
        return;
      }
      const done = await post(false);
      const failed = done.items.filter((i) => i.status === 'failed').length;
      setStatus(`${name}: ${lines(done).join(' · ')}`, failed > 0);
      button.title = lines(done).join('\n');
      button.textContent = failed > 0 ? `${name}: ${failed} failed` : `Sent to ${name}`;
    } finally {
      button.disabled = false;
    }
  }

  return send;
}
