import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../src/amendment/index.js';
import { alignTables, articleDocs, articleFile, formatArticle, formatArticles } from '../src/literate.js';
import { shippedRegulation } from '../src/rules.js';

const docs = articleDocs(shippedRegulation);

/** Markdown as its content: table cells without alignment padding (a Markdown formatter may pad them). */
function normalize(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line.trimEnd();
      return line
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^:?-{3,}:?$/, '---'))
        .join('|');
    })
    .join('\n')
    .trim();
}
const page = (n: number | string, lang: 'id' | 'en' = 'en') =>
  docs.get(`${lang}/pasal-${String(n).padStart(2, '0')}.md`) ?? '';

describe('docs/articles', () => {
  it('is up to date with the rule modules (run `npm run docs:articles` after changing them)', () => {
    const committed = new Map<string, string>();
    for (const sub of ['', 'id', 'en']) {
      for (const f of readdirSync(join('docs/articles', sub))) {
        if (f.endsWith('.md'))
          committed.set(sub ? `${sub}/${f}` : f, readFileSync(join('docs/articles', sub, f), 'utf8'));
      }
    }
    expect([...committed.keys()].sort()).toEqual([...docs.keys()].sort());
    for (const [path, content] of docs)
      expect(normalize(committed.get(path) ?? ''), path).toBe(normalize(content));
  });

  it('has a page per article in each language, listing every provision of the article', () => {
    for (const article of shippedRegulation.articles) {
      for (const lang of ['id', 'en'] as const) {
        const text = docs.get(`${lang}/${articleFile(article)}`);
        expect(text, `${lang}/${articleFile(article)}`).toBeDefined();
        for (const p of article.provisions) expect(text).toContain(`### ${p.citation} \``);
      }
      expect(docs.get('id/README.md')).toContain(`[Pasal ${article.article}](${articleFile(article)})`);
    }
  });
});

describe('Markdown tables', () => {
  it('are aligned as Biome formats them: cells padded to their column, dashes under the header, right-aligned columns kept', () => {
    expect(alignTables('x\n| a | bb |\n|---|---:|\n| ccc ≥ d | 1 |\ny')).toBe(
      'x\n| a       |  bb |\n| ------- | --: |\n| ccc ≥ d |   1 |\ny',
    );
  });
});

describe('the literate view of an article', () => {
  it('shows the text with each parameter’s value and name, and the encoded condition with the value compared', () => {
    const p4 = page(4);
    expect(p4).toContain(
      'terselenggara paling sedikit **2** ⟨`minAwarenessActivities12m`⟩ kegiatan sosialisasi',
    );
    expect(p4).toContain('awarenessActivities12m ≥ minAwarenessActivities12m (2)');
    expect(p4).toContain(
      '  all of:\n    dataCollectionDigital = true\n    dataCollectionAgeMonths ≤ dataMaxAgeMonths (6)',
    );
    expect(p4).toContain('### Pasal 4 ayat (1) huruf b `[PUB] (count [ASM])`');
    expect(p4).toContain('- Judged through its parts: Pasal 4 ayat (1) huruf a; Pasal 4 ayat (1) huruf b.');
    expect(p4).toMatch(/\| `minProceduralShare` — [^|]*\| 0\.8 +\| 2026-01-02 \| rasio +\| ASM +\|/);
    expect(page(4, 'id')).toContain('- **Dikodekan** — Kriteria EMAS:');
  });

  it('names the facts a condition compares and what input they read', () => {
    expect(page(4)).toMatch(/- `proceduralShare`: .*reads pmi\.abroad, pmi\.procedural\)/);
  });

  it('says why a declarative provision is not evaluated', () => {
    expect(page(2)).toContain('- **Declarative**: States the scope; nothing to evaluate.');
    expect(page(2, 'id')).toContain('- **Deklaratif**: Menyebut ruang lingkup; tidak ada yang dinilai.');
  });

  it('shows a statutory bound beside the parameter it binds', () => {
    const bounded = [...shippedRegulation.parameters.values()].filter((p) => p.statutory);
    expect(bounded.length).toBeGreaterThan(0);
    for (const p of bounded) {
      expect(page(p.article)).toContain(`statutory bound: at least ${p.statutory?.min}`);
      expect(page(p.article)).toContain(p.statutory?.reference ?? '?');
    }
  });

  it('lists obligations with their party, exceptions with what they displace, and what they displace', () => {
    for (const article of shippedRegulation.articles) {
      for (const o of article.obligations ?? [])
        expect(page(article.article)).toContain(`**Obligation with a due date** (party: ${o.party}).`);
      for (const e of article.exceptions ?? []) {
        expect(page(article.article)).toContain(`**Exception**: displaces ${e.displaces}.`);
      }
    }
    expect(page(7)).toContain('Displaced by Pasal 17.');
  });

  it('shows an amendment’s values and new wording when printed under it', () => {
    const amended = applyAmendment({
      title: 'x',
      changes: [
        { parameter: 'minProceduralShare', values: { '2027-01-01': 0.7 } },
        {
          citation: 'Pasal 4 ayat (1) huruf a',
          text: 'tersedia layanan informasi migrasi aman secara daring; dan',
        },
      ],
    });
    const article = amended.articles.find((a) => a.article === 4);
    if (!article) throw new Error('no Pasal 4');
    const text = formatArticle(amended, article, 'en', 'md');
    expect(text).toContain('paling rendah **0,8** (0,7 from 1 Jan 2027) ⟨`minProceduralShare`⟩');
    expect(text).toContain('> tersedia layanan informasi migrasi aman secara daring; dan');
    expect(text).toContain('`[ASM] (diubah oleh perubahan "x" (semula [PUB]))`');
  });

  it('shows a condition removed by an amendment as no longer judged, not as an encoded condition', () => {
    const amended = applyAmendment({
      title: 'Tanpa rasio',
      changes: [{ citation: 'Pasal 4 ayat (3) huruf a', remove: true }],
    });
    const article = amended.articles.find((a) => a.article === 4);
    if (!article) throw new Error('no Pasal 4');
    const text = formatArticle(amended, article, 'en', 'md');
    const section = text.slice(
      text.indexOf('### Pasal 4 ayat (3) huruf a'),
      text.indexOf('### Pasal 4 ayat (3) huruf b'),
    );
    expect(section).toContain(
      '**Declarative**: The condition of Pasal 4 ayat (3) huruf a is removed by the amendment "Tanpa rasio"',
    );
    expect(section).not.toContain('**Encoded**');
  });

  it('prints every article as text, with the provenance legend first', () => {
    const text = formatArticles(shippedRegulation, 'id', 'text');
    expect(text.startsWith('[UU18] undang-undang yang mengikat')).toBe(true);
    for (const a of shippedRegulation.articles) expect(text).toContain(`Pasal ${a.article} — ${a.title.id}`);
    expect(text).toContain('  “terselenggara paling sedikit 2 ⟨minAwarenessActivities12m⟩ kegiatan');
  });
});

describe('dme articles', () => {
  const dme = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/cli.js', 'articles', ...args], { encoding: 'utf8' });

  it('prints one article in English Markdown', () => {
    const r = dme('--article', '4', '--format', 'md', '--lang', 'en');
    expect(r.status).toBe(0);
    const pasal4 = shippedRegulation.articles.find((a) => a.article === 4);
    if (!pasal4) throw new Error('no Pasal 4');
    expect(r.stdout).toBe(formatArticle(shippedRegulation, pasal4, 'en', 'md'));
  });

  it('exits 2 naming the articles that exist for one that does not', () => {
    const r = dme('--article', '99', '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--article: there is no Pasal 99; articles: 1, 2, 3');
  });
});
