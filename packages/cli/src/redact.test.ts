import { createRedactor } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { redactingSink } from './redact.js';

describe('redacting sink', () => {
  it('filters every chunk written to it, with secrets learnt after it was made', () => {
    const chunks: string[] = [];
    const redactor = createRedactor();
    const sink = redactingSink({ write: (c: string) => chunks.push(c) }, redactor);
    redactor.add('topsecret');
    sink.write('error: topsecret rejected\n');
    expect(chunks).toEqual(['error: *** rejected\n']);
  });
});
