import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { loadDocument } from '../src/schema/document.js';

// Pasal 4 ayat (2) huruf a: what an unknown finding names besides its explanation (the scenario pins the text).
describe('Pasal 4 ayat (2) huruf a with records updated after the Tanggal Penilaian', () => {
  it('is unknown and names dataCollection.lastUpdatedOn as the field it could not use', async () => {
    const { village, asOf } = (await loadDocument(
      'fixtures/pasal-04/pendataan-diperbarui-sesudah-tanggal-penilaian-tidak-diketahui.yaml',
    )) as { village: Record<string, unknown>; asOf: string };
    const doc = await evaluate(village, { asOf });
    const finding = doc.articles
      .flatMap((a) => a.findings)
      .find((f) => f.citation === 'Pasal 4 ayat (2) huruf a');
    expect(finding?.verdict).toBe('unknown');
    expect(finding?.missing).toEqual(['dataCollection.lastUpdatedOn']);
  });
});
