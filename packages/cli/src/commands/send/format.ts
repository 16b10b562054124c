import type { SendItem, SendOutcome } from '@complexionist/arr';
import { ARR_LABELS } from '@complexionist/arr';

const WORDS: Record<SendItem['status'], string> = {
  planned: 'would send',
  sent: 'sent',
  skipped: 'skipped',
  failed: 'FAILED',
};

/**
 * The text a send prints: a heading saying whether anything was sent, one line per item (status, what it
 * is, what was done or why not) and a count line.
 */
export function formatSendOutcome(outcome: SendOutcome): string {
  const label = ARR_LABELS[outcome.service];
  const heading = outcome.dryRun
    ? `${label}: dry run, nothing was sent. Run again with --yes to send.`
    : `${label}:`;
  if (outcome.items.length === 0) return `${heading}\n  Nothing missing to send.\n`;
  const width = Math.max(...outcome.items.map((i) => WORDS[i.status].length));
  const lines = outcome.items.map((i) => `  ${WORDS[i.status].padEnd(width)}  ${i.label}: ${i.detail}`);
  const count = (status: SendItem['status']) => outcome.items.filter((i) => i.status === status).length;
  const totals = (['planned', 'sent', 'skipped', 'failed'] as const)
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${WORDS[s] === 'FAILED' ? 'failed' : WORDS[s]}`)
    .join(', ');
  return `${heading}\n${lines.join('\n')}\n${totals}.\n`;
}
