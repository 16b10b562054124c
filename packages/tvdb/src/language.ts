/**
 * BCP-47 language tags → TheTVDB's language codes (api-notes §8.2.3): ISO 639-2/T three letters, except
 * `pt` (Portuguese, Brazil), `por` (Portuguese, Portugal), `zho`/`zhtw`/`yue` (Chinese: China, Taiwan,
 * Hong Kong). Tags are matched lower-cased, the full tag first, then its primary subtag.
 */
const TAGS: ReadonlyMap<string, string> = new Map([
  ['en', 'eng'],
  ['de', 'deu'],
  ['fr', 'fra'],
  ['es', 'spa'],
  ['it', 'ita'],
  ['nl', 'nld'],
  ['ja', 'jpn'],
  ['ko', 'kor'],
  ['ru', 'rus'],
  ['pl', 'pol'],
  ['sv', 'swe'],
  ['da', 'dan'],
  ['fi', 'fin'],
  ['no', 'nor'],
  ['nb', 'nor'],
  ['cs', 'ces'],
  ['hu', 'hun'],
  ['el', 'ell'],
  ['he', 'heb'],
  ['tr', 'tur'],
  ['ar', 'ara'],
  ['uk', 'ukr'],
  ['ro', 'ron'],
  ['hi', 'hin'],
  ['th', 'tha'],
  ['vi', 'vie'],
  ['id', 'ind'],
  ['pt', 'por'],
  ['pt-pt', 'por'],
  ['pt-br', 'pt'],
  ['zh', 'zho'],
  ['zh-cn', 'zho'],
  ['zh-tw', 'zhtw'],
  // A guess (api-notes §8.2.3 ⚠): Hong Kong Chinese is usually Cantonese.
  ['zh-hk', 'yue'],
]);

/**
 * TheTVDB's code for a language tag (`en` → `eng`, `pt-BR` → `pt`, `en-US` → `eng`); a three-letter code is
 * taken as TheTVDB's own (`eng`, `jpn`). Null when the tag names no language TheTVDB is known to have.
 */
export function tvdbLanguage(tag: string | undefined): string | null {
  const text = tag?.trim().toLowerCase().replace(/_/g, '-') ?? '';
  if (text === '') return null;
  const full = TAGS.get(text);
  if (full) return full;
  const primary = text.split('-')[0] ?? '';
  if (/^[a-z]{3}$/.test(primary)) return primary;
  return TAGS.get(primary) ?? null;
}
