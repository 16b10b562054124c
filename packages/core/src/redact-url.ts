/** `scheme://` then user info (`user:password`), up to the last `@` before the host. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/gi;

/**
 * `text` with the user name and password of every URL in it replaced by `***`
 * (`http://me:pw@nas:32400` → `http://***@nas:32400`). A `plex.url` may carry credentials for a reverse
 * proxy, and Node's fetch repeats the whole URL when it refuses one, so every face runs its messages,
 * logs and error causes through this.
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1***@');
}
