import type { World } from '../world/types.js';

/**
 * The worlds of several fake Plex servers made from one: server n serves the sections whose keys
 * `split[n]` lists, under its own name and machine id (the first keeps the world's, the next are
 * `<friendlyName> 2`, `<machineIdentifier>-2`, … as plex.tv lists them). Without `split`, the world itself.
 */
export function splitPlex(world: World, split: readonly string[][] | undefined): World[] {
  if (!split || split.length === 0) return [world];
  const known = new Set(world.plex.sections.map((s) => s.key));
  for (const key of split.flat()) {
    if (!known.has(key)) throw new Error(`plexSplit names section "${key}", which the world does not have`);
  }
  return split.map((keys, n) => ({
    ...world,
    plex: {
      ...world.plex,
      friendlyName: n === 0 ? world.plex.friendlyName : `${world.plex.friendlyName} ${n + 1}`,
      machineIdentifier: n === 0 ? world.plex.machineIdentifier : `${world.plex.machineIdentifier}-${n + 1}`,
      sections: world.plex.sections.filter((s) => keys.includes(s.key)),
    },
  }));
}
