import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

// The HTML comparison report as a drafter opens it: written by the built `dme compare`, rendered by a real
// browser (headless Chromium), its DOM and a screenshot checked. Chromium is required: install it with
// `apt-get install -y chromium` (Debian), or point CHROMIUM at a binary.

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function chromium(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is required for this test and was not found at ${CHROMIUM}: run apt-get update && apt-get install -y chromium (or set CHROMIUM).`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'dme-chromium-'));
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Decodes an 8-bit RGB or RGBA PNG (as Chromium writes screenshots) into its size and pixels. */
function decodePng(png: Buffer): { width: number; height: number; channels: number; pixels: Buffer } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      expect(channels).toBeGreaterThan(0);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      let v = cur;
      if (filter === 1) v = cur + a;
      else if (filter === 2) v = cur + b;
      else if (filter === 3) v = cur + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = cur + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function countColour(img: ReturnType<typeof decodePng>, hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    if (img.pixels[i] === r && img.pixels[i + 1] === g && img.pixels[i + 2] === b) n++;
  }
  return n;
}

const tmp = mkdtempSync(join(tmpdir(), 'dme-html-'));
const page = join(tmp, 'report.html');
const shot = join(tmp, 'report.png');
let html = '';

beforeAll(() => {
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
});

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
