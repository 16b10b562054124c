import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { starterConfig } from '@complexionist/config';
import { UsageError } from '@complexionist/core';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { editableConfigFile } from '../../wiring/config-file.js';

/**
 * `config init`: writes the commented starter `config.yaml` (every setting, its default and meaning, from
 * the schema) where `config --set` would write: `--config FILE`, else `./config.yaml` when it exists, else
 * `<home>/config.yaml`. An existing file is never overwritten.
 */
export async function configInit(options: GlobalOptions, io: CommandIo): Promise<void> {
  const file = editableConfigFile(options, io);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, starterConfig(), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') throw error;
    throw new UsageError(`${file} already exists; config init never overwrites a configuration.`, {
      hint: 'Edit it (`complexionist config --set KEY VALUE`), or move it away first, or pass --config NEW.yaml.',
      cause: error,
    });
  }
  say(
    io,
    options,
    `Wrote a starter configuration to ${file}: every setting, commented out with its default.`,
  );
}
