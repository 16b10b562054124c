/** The two halves of a `scan`, each started with the signal it must use for its requests. */
export interface ScanHalves<M, E> {
  movies: (signal: AbortSignal) => Promise<M>;
  episodes: (signal: AbortSignal) => Promise<E>;
}

/**
 * Runs the movie and the episode half of a scan at once, as `complexionist scan` and the server's `scan`
 * job do: TMDB paces both through one client, and the episode lists come in while TMDB is busy with the
 * films instead of after them. When one half fails (a refused key, say) the other is stopped rather than
 * left running to no purpose, and the first failure is thrown; aborting `signal` stops both.
 *
 * Every request of both halves listens to the one signal they share; `onSignal` gets it first, so a Node
 * caller can lift the listener limit (`events.setMaxListeners(0, signal)`).
 */
export async function runBothHalves<M, E>(
  halves: ScanHalves<M, E>,
  options: { signal?: AbortSignal | undefined; onSignal?: (signal: AbortSignal) => void } = {},
): Promise<{ movies: M; episodes: E }> {
  const sibling = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, sibling.signal]) : sibling.signal;
  options.onSignal?.(signal);
  const stopOther = (error: unknown): never => {
    sibling.abort(error);
    throw error;
  };
  const [movies, episodes] = await Promise.all([
    halves.movies(signal).catch(stopOther),
    halves.episodes(signal).catch(stopOther),
  ]);
  return { movies, episodes };
}
