import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspace } from './test-helpers.js';

/** The "Example config.yaml" block of this package's README, as a user would copy it. */
function readmeExample(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /## Example `config\.yaml`\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README has no example config.yaml block');
  return block;
}

describe('the README example config.yaml', () => {
  it('loads as copied, even with none of the variables it names set', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', readmeExample());
    const { config } = await ws.load({ env: {} });
    expect(config.plex.url).toBe('http://192.168.1.10:32400');
    expect(config.server.apiKey).toBeUndefined();
  });

  it('takes the server key from COMPLEXIONIST_SERVER_KEY when it is set', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', readmeExample());
    const { config } = await ws.load({ env: { COMPLEXIONIST_SERVER_KEY: 'k3y-for-the-api' } });
    expect(config.server.apiKey).toBe('k3y-for-the-api');
  });
});
