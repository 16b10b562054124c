import { describe, expect, it } from 'vitest';
import { createRedactor, redactingSink } from './redact.js';

describe('redactor', () => {
  it('replaces every known secret, also in URL-encoded form', () => {
    const redactor = createRedactor();
    redactor.add('s3cr3t/token+x');
    const text = redactor.redact(
      'GET http://h/?X-Plex-Token=s3cr3t%2Ftoken%2Bx failed; token s3cr3t/token+x',
    );
    expect(text).not.toContain('s3cr3t');
    expect(text).toBe('GET http://h/?X-Plex-Token=*** failed; token ***');
  });

  it('replaces a longer secret whole when it contains a shorter one', () => {
    const redactor = createRedactor();
    redactor.add('abcd', 'abcdefgh');
    expect(redactor.redact('key abcdefgh')).toBe('key ***');
  });

  it('ignores empty, missing and very short values so ordinary text is not mangled', () => {
    const redactor = createRedactor();
    redactor.add('', undefined, null, 'ab');
    expect(redactor.redact('a b ab abc')).toBe('a b ab abc');
  });

  it('a redacting sink filters every chunk written to it', () => {
    const chunks: string[] = [];
    const redactor = createRedactor();
    const sink = redactingSink({ write: (c: string) => chunks.push(c) }, redactor);
    redactor.add('topsecret');
    sink.write('error: topsecret rejected\n');
    expect(chunks).toEqual(['error: *** rejected\n']);
  });
});
