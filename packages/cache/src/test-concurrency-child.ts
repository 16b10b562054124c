/**
 * Child process of concurrency.test.ts (run with the tsx loader): waits for its sibling, then both write
 * and read the same cache file at once; finally each checks it can read every answer the other wrote.
 * Prints one JSON line with what it saw; exits non-zero on any surprise.
 */
import { openCache } from './open-cache.js';

const [path = '', me = '', other = '', countText = '0'] = process.argv.slice(2);
const count = Number(countText);
const cache = openCache({ path, memoryEntries: 0 });
const pause = new Int32Array(new SharedArrayBuffer(4));

async function waitFor(namespace: string, key: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await cache.store.get(namespace, key))) {
    if (Date.now() > deadline) throw new Error(`${me} gave up waiting for ${namespace}/${key}`);
    Atomics.wait(pause, 0, 0, 2);
  }
}

await cache.store.set('ready', me, true, 3600);
await waitFor('ready', other);
for (let i = 0; i < count; i++) {
  await cache.store.set('shared', `${me}:${i}`, { by: me, i, pad: 'x'.repeat(300) }, 3600);
  await cache.store.set('shared', 'contended', { by: me, i }, 3600);
  const back = await cache.store.get<{ i: number }>('shared', `${me}:${i}`);
  if (back?.value.i !== i) throw new Error(`${me} could not read back entry ${i}`);
}
await cache.store.set('done', me, true, 3600);
await waitFor('done', other);
let seen = 0;
for (let i = 0; i < count; i++) {
  const entry = await cache.store.get<{ by: string; i: number }>('shared', `${other}:${i}`);
  if (entry?.value.by === other && entry.value.i === i) seen++;
}
process.stdout.write(
  `${JSON.stringify({ me, seen, persistent: cache.persistent, warnings: cache.warnings })}\n`,
);
cache.close();
