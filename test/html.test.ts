import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL_TIMEOUT, chromium, chromiumPath } from './support/chromium.js';
import { countColour, decodePng } from './support/png.js';

// The HTML comparison report as a drafter opens it: written by the built `dme compare`, rendered by a real
// browser (headless Chromium, found or installed by test/support/chromium.ts), its DOM and a screenshot checked.

const tmp = mkdtempSync(join(tmpdir(), 'dme-html-'));
const page = join(tmp, 'report.html');
const shot = join(tmp, 'report.png');
let html = '';

beforeAll(() => {
  chromiumPath();
  const r = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'compare',
      'fixtures',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--format',
      'html',
      '--out',
      page,
      '--lang',
      'en',
    ],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toContain(`Written to ${page}`);
  expect(r.status).toBe(0);
  html = readFileSync(page, 'utf8');
}, CHROMIUM_INSTALL_TIMEOUT);

describe('the HTML comparison report', () => {
  it('is self-contained: no script, no stylesheet link, no external image, font or URL to fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    // The only URL is the SVG namespace, which is a name, never fetched.
    for (const url of html.match(/https?:\/\/[^\s"')]+/g) ?? [])
      expect(url).toBe('http://www.w3.org/2000/svg');
    expect(html).toContain("default-src 'none'");
  });

  it('renders in Chromium with the title, the counts, the chart, the wording diff and each changed village', () => {
    const r = chromium('--dump-dom', `file://${page}`);
    expect(r.code).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('<h1>Outcome comparison: Ambang PMI Prosedural 70 persen</h1>');
    expect(dom).toMatch(/<div class="n">\d+<\/div><div class="l">eligibility changed<\/div>/);
    expect(dom.match(/<svg[^>]*role="img"/g)?.length).toBe(3);
    expect(dom).toContain('class="bar-before"');
    expect(dom).toContain('class="bar-after"');
    expect(dom).toContain('<del>0,8;</del> <ins>0,7;</ins>');
    expect(dom).toContain('<ins>yang tercatat dalam SISKOP2MI </ins>');
    expect(dom).toContain('pasal-04/pmi-prosedural-79-persen.yaml');
    expect(dom).toContain('79 of 100 PMI (79%) are procedural; at least 80% is required.');
    expect(dom).toContain('79 of 100 PMI (79%) are procedural; at least 70% is required.');
    expect(dom).toMatch(/<span class="v not_met">not met<\/span>/);
    expect(dom).toMatch(/<span class="v met">met<\/span>/);
  });

  it('looks right in a screenshot: full width, the before and after bars, the diff and the verdict badges are painted', () => {
    const r = chromium(`--screenshot=${shot}`, '--window-size=1280,2000', `file://${page}`);
    expect(r.code).toBe(0);
    const img = decodePng(readFileSync(shot));
    expect(img.width).toBe(1280);
    expect(img.height).toBe(2000);
    // Colours of the page's own CSS and SVG: the chart's bars, the diff's marks, the verdict badges.
    expect(countColour(img, '7d8fa3')).toBeGreaterThan(2000); // before bars
    expect(countColour(img, 'd9822b')).toBeGreaterThan(2000); // after bars (and accents)
    expect(countColour(img, 'fde2e1')).toBeGreaterThan(50); // deleted words
    expect(countColour(img, 'dcf5e6')).toBeGreaterThan(50); // inserted words
    expect(countColour(img, '1f7a4d')).toBeGreaterThan(100); // "met" badges
    expect(countColour(img, 'b3261e')).toBeGreaterThan(100); // "not met" badges
    // Not a blank page: most pixels white, but a good share of ink.
    const white = countColour(img, 'ffffff');
    expect(white / (img.width * img.height)).toBeLessThan(0.97);
  });
});
