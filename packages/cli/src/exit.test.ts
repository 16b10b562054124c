import {
  AuthError,
  ConfigError,
  ConnectionError,
  RateLimitError,
  ResponseError,
  UsageError,
} from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, renderError } from './exit.js';

describe('exit codes (spec §5)', () => {
  it('usage and configuration errors exit 2', () => {
    expect(exitCodeFor(new UsageError('bad flag'))).toBe(2);
    expect(exitCodeFor(new ConfigError('missing key'))).toBe(2);
  });

  it('a refused credential, an unreachable service or endless 429s exit 3', () => {
    expect(exitCodeFor(new AuthError('no'))).toBe(3);
    expect(exitCodeFor(new ConnectionError('down'))).toBe(3);
    expect(exitCodeFor(new RateLimitError('slow down'))).toBe(3);
  });

  it('an abort exits 130, whatever error the abort surfaced as', () => {
    const controller = new AbortController();
    controller.abort();
    expect(exitCodeFor(controller.signal.reason)).toBe(EXIT.interrupted);
    expect(exitCodeFor(new Error('socket closed'), controller.signal)).toBe(130);
  });

  it('anything else exits 1', () => {
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeFor(new ResponseError('odd shape'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });
});

describe('error rendering', () => {
  it('an expected error shows its message and hint, without a stack', () => {
    const text = renderError(
      new AuthError('Plex rejected the token (HTTP 401).', { hint: 'Run auth plex --login.' }),
      {
        detailed: false,
      },
    );
    expect(text).toBe('error: Plex rejected the token (HTTP 401).\nRun auth plex --login.\n');
  });

  it('an unexpected error is short and points at -v', () => {
    const text = renderError(new TypeError('boom'), { detailed: false });
    expect(text).toBe('error: boom\nRun with -v for details.\n');
    expect(text).not.toContain('at ');
  });

  it('with -v the stack and the causes are shown', () => {
    const error = new Error('outer', { cause: new Error('inner') });
    const text = renderError(error, { detailed: true });
    expect(text).toContain('exit.test.ts');
    expect(text).toContain('Caused by: Error: inner');
  });
});
