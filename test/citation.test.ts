import { describe, expect, it } from 'vitest';
import { compareCitations } from '../src/citation.js';

describe('the order of citations (UU 12/2011 Lampiran II, inserted units included)', () => {
  it('sorts inserted articles, ayat and huruf between their neighbours, a container before its units', () => {
    const sorted = [
      'Pasal 18',
      'Pasal 4 ayat (3a)',
      'Pasal 17A',
      'Pasal 4 ayat (3) huruf b1',
      'Pasal 4 ayat (10)',
      'Pasal 4 ayat (3) huruf c',
      'Pasal 4 ayat (3)',
      'Pasal 4 ayat (3) huruf b',
      'Pasal 17',
      'Pasal 4 ayat (4)',
      'Pasal 1 angka 12',
      'Pasal 1 angka 2',
    ].sort(compareCitations);
    expect(sorted).toEqual([
      'Pasal 1 angka 2',
      'Pasal 1 angka 12',
      'Pasal 4 ayat (3)',
      'Pasal 4 ayat (3) huruf b',
      'Pasal 4 ayat (3) huruf b1',
      'Pasal 4 ayat (3) huruf c',
      'Pasal 4 ayat (3a)',
      'Pasal 4 ayat (4)',
      'Pasal 4 ayat (10)',
      'Pasal 17',
      'Pasal 17A',
      'Pasal 18',
    ]);
  });
});
