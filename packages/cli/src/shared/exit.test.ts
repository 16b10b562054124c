import {
  AuthError,
  ComplexionistError,
  ConfigError,
  ConnectionError,
  ERROR_CLASS,
  ERROR_KINDS,
  RateLimitError,
  ResponseError,
  ScanFailedError,
  UsageError,
} from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_BY_KIND, exitCodeFor, renderError } from './exit.js';

describe('exit codes (docs/spec.md §5)', () => {
  it('usage and configuration errors exit 2', () => {
    expect(exitCodeFor(new UsageError('bad flag'))).toBe(2);
    expect(exitCodeFor(new ConfigError('missing key'))).toBe(2);
  });

  it('a refused credential, an unreachable service, endless 429s or a failed scan exit 3', () => {
    expect(exitCodeFor(new ScanFailedError('movies', 'The movie scan failed', { hint: 'h', cause: 1 }))).toBe(
      3,
    );
    expect(exitCodeFor(new AuthError('no'))).toBe(3);
    expect(exitCodeFor(new ConnectionError('down'))).toBe(3);
    expect(exitCodeFor(new RateLimitError('slow down'))).toBe(3);
  });

  it('a service that answered in a shape we cannot read exits 3, as the server answers 502', () => {
    expect(exitCodeFor(new ResponseError('odd shape'))).toBe(3);
  });

  it("every error kind exits with its class's code: caller and setup 2, service 3", () => {
    const byClass = { caller: 2, setup: 2, service: 3 } as const;
    for (const kind of ERROR_KINDS) {
      expect(EXIT_BY_KIND[kind]).toBe(byClass[ERROR_CLASS[kind]]);
      expect(exitCodeFor(new ComplexionistError(kind, 'x'))).toBe(byClass[ERROR_CLASS[kind]]);
    }
  });

  it('an abort exits 130, whatever error the abort surfaced as', () => {
    const controller = new AbortController();
    controller.abort();
    expect(exitCodeFor(controller.signal.reason)).toBe(EXIT.interrupted);
    expect(exitCodeFor(new Error('socket closed'), controller.signal)).toBe(130);
  });

  it('anything else exits 1', () => {
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });
});

describe('error rendering', () => {
  it('strips terminal control characters a quoted title brought into the message', () => {
    const error = new ResponseError('The item "\u001b]0;pwned\u0007Evil\u001b[2J" was left out.');
    expect(renderError(error, { detailed: false })).toBe('error: The item "Evil" was left out.\n');
  });

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

  it('with -v an expected error shows its causes but no stack trace', () => {
    const error = new ConnectionError('Could not reach Plex at http://nas:32400.', {
      cause: new Error('connect ECONNREFUSED 10.0.0.2:32400'),
    });
    const text = renderError(error, { detailed: true });
    expect(text).toBe(
      'error: Could not reach Plex at http://nas:32400.\nCaused by: connect ECONNREFUSED 10.0.0.2:32400\n',
    );
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('with -v a usage error re-thrown with its usage line is printed once, without stacks', () => {
    const inner = new UsageError('--format must be one of text, json, csv, not "xml"');
    const outer = new UsageError(inner.message, { hint: 'Usage: complexionist movies', cause: inner });
    expect(renderError(outer, { detailed: true })).toBe(
      'error: --format must be one of text, json, csv, not "xml"\nUsage: complexionist movies\n',
    );
  });

  it('with -v an unexpected error shows the stack and the causes', () => {
    const error = new Error('outer', { cause: new Error('inner') });
    const text = renderError(error, { detailed: true });
    expect(text).toContain('exit.test.ts');
    expect(text).toContain('Caused by: Error: inner');
  });
});
