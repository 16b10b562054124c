import { describe, expect, it } from 'vitest';
import {
  chosenServers,
  libraryName,
  pickerLibraryHtml,
  serverNames,
  serverPickerHtml,
} from './server-picker.js';

const TWO = [
  { title: 'Movies', type: 'movie', server: 'Tower' },
  { title: 'TV Shows', type: 'show', server: 'Tower' },
  { title: 'Movies', type: 'movie', server: 'Annex' },
];

describe('the server picker', () => {
  it('names each server once, in order, and none for one unnamed server', () => {
    expect(serverNames(TWO)).toEqual(['Tower', 'Annex']);
    expect(serverNames([{ title: 'Movies', type: 'movie' }])).toEqual([]);
  });

  it('names a library Server/Library only when there are several servers', () => {
    expect(libraryName(TWO[2]!, true)).toBe('Annex/Movies');
    expect(libraryName(TWO[2]!, false)).toBe('Movies');
    const html = pickerLibraryHtml(TWO[2]!, true);
    expect(html).toContain('value="Annex/Movies"');
    expect(html).toContain('> Annex/Movies');
  });

  it('checks every server by default and escapes names', () => {
    const html = serverPickerHtml(['Tower', '<b>']);
    expect(html.match(/ checked>/g)).toHaveLength(2);
    expect(html).toContain('value="&#60;b&#62;"');
    expect(html).not.toContain('<b>');
  });

  it('sends the checked servers, and none (every server) when all or none are checked', () => {
    const box = (value: string, checked: boolean) => ({ value, checked });
    expect(chosenServers([box('Tower', true), box('Annex', false)])).toEqual(['Tower']);
    expect(chosenServers([box('Tower', true), box('Annex', true)])).toEqual([]);
    expect(chosenServers([box('Tower', false), box('Annex', false)])).toEqual([]);
  });
});
