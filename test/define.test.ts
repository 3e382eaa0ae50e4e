import { describe, expect, it } from 'vitest';
import { defineArticle } from '../src/define.js';
import { param } from '../src/parameters.js';
import { buildRegulation } from '../src/regulation.js';

const p = param({
  description: { id: 'x', en: 'x' },
  unit: 'orang',
  provenance: 'ASM',
  value: 1,
  reference: 'test',
});
const explain = () => ({ message: { id: 'x', en: 'x' } });

describe('defineArticle', () => {
  it('type-checks fact and parameter names against the facts layer and the article', () => {
    const ok = defineArticle({
      article: 90,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 90', text: 'Uji.', provenance: 'ASM' }],
      parameters: { minX: p },
      findings: [
        {
          citation: 'Pasal 90',
          label: { id: 'x', en: 'x' },
          when: { fact: 'pmiAbroad', operator: 'greaterThanInclusive', value: { param: 'minX' } },
          explain,
        },
      ],
    });
    defineArticle({
      article: 91,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 91', text: 'Uji.', provenance: 'ASM' }],
      findings: [
        {
          citation: 'Pasal 91',
          label: { id: 'x', en: 'x' },
          // @ts-expect-error: no such fact in the facts layer
          when: { fact: 'pmiAbrod', operator: 'equal', value: 1 },
          explain,
        },
      ],
    });
    defineArticle({
      article: 92,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 92', text: 'Uji.', provenance: 'ASM' }],
      parameters: { minX: p },
      findings: [
        {
          citation: 'Pasal 92',
          label: { id: 'x', en: 'x' },
          // @ts-expect-error: no such parameter in the article
          when: { fact: 'pmiAbroad', operator: 'equal', value: { param: 'minY' } },
          explain,
        },
      ],
    });
    expect(ok.article).toBe(90);
  });
});

describe('buildRegulation', () => {
  const meta = { title: 't', version: 'v' };
  it('refuses a finding that refers to a citation that does not exist, naming it', () => {
    const a = defineArticle({
      article: 93,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 93', text: 'Uji.', provenance: 'ASM' }],
      findings: [
        {
          citation: 'Pasal 93',
          label: { id: 'x', en: 'x' },
          when: { finding: 'Pasal 94 ayat (1)' },
          explain,
        },
      ],
    });
    expect(() => buildRegulation([a], meta)).toThrow(/Pasal 93: unknown citation Pasal 94 ayat \(1\)/);
  });
  it('refuses circular references between findings', () => {
    const a = defineArticle({
      article: 95,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 95', text: 'Uji.', provenance: 'ASM' }],
      findings: [
        {
          citation: 'Pasal 95 ayat (1)',
          label: { id: 'x', en: 'x' },
          when: { finding: 'Pasal 95 ayat (2)' },
          explain,
        },
        {
          citation: 'Pasal 95 ayat (2)',
          label: { id: 'x', en: 'x' },
          when: { finding: 'Pasal 95 ayat (1)' },
          explain,
        },
      ],
    });
    expect(() => buildRegulation([a], meta)).toThrow(/circular reference/);
  });
  it('refuses a finding whose citation is not in the article text', () => {
    const a = defineArticle({
      article: 96,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 96 ayat (1)', text: 'Uji.', provenance: 'ASM' }],
      findings: [
        {
          citation: 'Pasal 96 ayat (2)',
          label: { id: 'x', en: 'x' },
          when: { fact: 'pmiAbroad', operator: 'equal', value: 1 },
          explain,
        },
      ],
    });
    expect(() => buildRegulation([a], meta)).toThrow(/Pasal 96 ayat \(2\) has no text in Pasal 96/);
  });
});
