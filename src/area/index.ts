import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import damerauLevenshtein from 'damerau-levenshtein';
import { type InputIssue, inputIssue } from '../errors.js';
import { formatNumber } from '../explain/format.js';

// The official list of villages (desa, desa adat, kelurahan) of the Kemendagri, as shipped by the
// `idn-area-data` package (version 3: 83,763 villages, 7,277 districts, 514 regencies, 38 provinces;
// data under the Open Database License). Loaded once per thread, lazily, in about 60 ms.

/** Where a village lies: its district (kecamatan), regency or city (kabupaten/kota) and province, as officially named. */
export interface Area {
  district: string;
  regency: string;
  province: string;
}

/** A village of the official list. */
export interface OfficialVillage {
  code: string;
  name: string;
  area: Area;
}

/** The official village list, indexed by code. */
export interface VillageList {
  readonly size: number;
  /** The village with this code, or undefined when the code is not in the official list. */
  get(code: string): OfficialVillage | undefined;
  /** The listed villages nearest to a code that is not listed (at most `n`). */
  nearest(code: string, n?: number): OfficialVillage[];
}

/**
 * The rows of one of the package's CSV files (`code,parent_code,name`), without the header. The files are
 * RFC 4180 with unquoted fields that may contain a double quote (`Soka"an`); a field is quoted only when it
 * contains a comma. This reader is ~10× faster than a general CSV parser on these 2.4 MB (a test proves it
 * reads every file exactly as csv-parse does).
 */
export function readAreaCsv(text: string): string[][] {
  const rows: string[][] = [];
  let start = text.indexOf('\n') + 1;
  let quote = text.indexOf('"', start);
  while (start > 0 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end; // CRLF
    while (quote >= 0 && quote < start) quote = text.indexOf('"', quote + 1);
    if (stop > start) {
      const first = text.indexOf(',', start);
      const second = first < 0 ? -1 : text.indexOf(',', first + 1);
      if ((quote >= 0 && quote < stop) || first < 0 || first >= stop)
        rows.push(splitQuoted(text.slice(start, stop)));
      else if (second < 0 || second >= stop)
        rows.push([text.slice(start, first), text.slice(first + 1, stop)]);
      else rows.push([text.slice(start, first), text.slice(first + 1, second), text.slice(second + 1, stop)]);
    }
    start = end + 1;
  }
  return rows;
}

function splitQuoted(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i++; // the comma
    } else {
      const next = line.indexOf(',', i);
      const end = next < 0 ? line.length : next;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

interface Row {
  name: string;
  parent: string;
}

function table(dir: string, file: string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of readAreaCsv(readFileSync(join(dir, file), 'utf8'))) {
    const [code = '', parent = '', ...rest] = r;
    // provinces.csv has no parent column: `code,name`
    out.set(code, rest.length === 0 ? { name: parent, parent: '' } : { name: rest.join(','), parent });
  }
  return out;
}

/** The folder of the package's CSV files. */
export function areaDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

class OfficialList implements VillageList {
  private readonly villages: Map<string, Row>;
  private readonly areas = new Map<string, Area>();
  private readonly byRegency = new Map<string, string[]>();

  constructor(
    villages: Map<string, Row>,
    private readonly districts: Map<string, Row>,
    private readonly regencies: Map<string, Row>,
    private readonly provinces: Map<string, Row>,
  ) {
    this.villages = villages;
  }

  get size(): number {
    return this.villages.size;
  }

  get(code: string): OfficialVillage | undefined {
    const v = this.villages.get(code);
    return v && { code, name: v.name, area: this.areaOf(v.parent) };
  }

  private areaOf(districtCode: string): Area {
    let area = this.areas.get(districtCode);
    if (!area) {
      const district = this.districts.get(districtCode);
      const regency = this.regencies.get(district?.parent ?? '');
      const province = this.provinces.get(regency?.parent ?? '');
      area = { district: district?.name ?? '', regency: regency?.name ?? '', province: province?.name ?? '' };
      this.areas.set(districtCode, area);
    }
    return area;
  }

  /** Codes in the narrowest listed unit that the code names: its regency, else its province, else all. */
  private scope(code: string): string[] {
    const regency = code.slice(0, 5);
    const province = code.slice(0, 2);
    const key = this.regencies.has(regency) ? regency : this.provinces.has(province) ? province : '';
    let codes = this.byRegency.get(key);
    if (!codes) {
      codes = [...this.villages.keys()].filter((c) => c.startsWith(key));
      this.byRegency.set(key, codes);
    }
    return codes;
  }

  nearest(code: string, n = 3): OfficialVillage[] {
    const district = code.slice(0, 8);
    const number = Number(code.slice(9));
    const ranked = this.scope(code).map((c) => ({
      c,
      d: damerauLevenshtein(code, c).steps,
      other: c.startsWith(district) ? 0 : 1,
      gap: Number.isFinite(number) ? Math.abs(Number(c.slice(9)) - number) : 0,
    }));
    ranked.sort((a, b) => a.d - b.d || a.other - b.other || a.gap - b.gap || a.c.localeCompare(b.c));
    return ranked.slice(0, n).map((r) => this.get(r.c) as OfficialVillage);
  }
}

let loaded: VillageList | undefined;

/** The official village list (loaded on first use, then shared within the thread). */
export function officialVillages(): VillageList {
  if (!loaded) {
    const dir = areaDataDir();
    loaded = new OfficialList(
      table(dir, 'villages.csv'),
      table(dir, 'districts.csv'),
      table(dir, 'regencies.csv'),
      table(dir, 'provinces.csv'),
    );
  }
  return loaded;
}

function formatCount(n: number, lang: 'id' | 'en'): string {
  return formatNumber(n, lang);
}

/**
 * Checks a village code against the official list: null when it is listed, else an issue on `code` that
 * suggests the nearest listed codes (same regency first; fewest edits, a swap of two digits counting as
 * one; then same district and closest number) with their names and districts.
 */
export function checkVillageCode(code: string, list: VillageList = officialVillages()): InputIssue | null {
  if (list.get(code)) return null;
  const near = list.nearest(code);
  const show = (l: 'id' | 'en') =>
    near
      .map((v) => `${v.code} (${v.name}, ${l === 'id' ? 'Kec.' : 'district'} ${v.area.district})`)
      .join(', ');
  return inputIssue('code', {
    id: `kode ${code} tidak ada dalam daftar resmi Kemendagri (${formatCount(list.size, 'id')} desa/kelurahan)${near.length ? `; kode terdekat: ${show('id')}` : ''}`,
    en: `code ${code} is not in the official Kemendagri list (${formatCount(list.size, 'en')} villages)${near.length ? `; nearest codes: ${show('en')}` : ''}`,
  });
}
