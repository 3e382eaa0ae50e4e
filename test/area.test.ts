import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { villageKindOf } from '../rules/pasal-01/facts.js';
import { areaDataDir, checkVillageCode, officialVillages, readAreaCsv } from '../src/area/index.js';

describe('the official Kemendagri village list', () => {
  const list = officialVillages();

  it('holds 83,763 villages, 14 of them desa adat', () => {
    expect(list.size).toBe(83_763);
    const text = readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8');
    const adat = readAreaCsv(text).filter((r) => villageKindOf(r[0] as string) === 'desa-adat');
    expect(adat).toHaveLength(14);
  });

  it('names the district, regency and province of a village', () => {
    expect(list.get('52.03.13.2001')).toEqual({
      code: '52.03.13.2001',
      name: 'Anjani',
      area: { district: 'Suralaga', regency: 'KABUPATEN LOMBOK TIMUR', province: 'NUSA TENGGARA BARAT' },
    });
    expect(list.get('34.04.07.2001')?.area.province).toBe('DAERAH ISTIMEWA YOGYAKARTA');
    expect(list.get('52.03.13.2999')).toBeUndefined();
  });

  it.each(['villages.csv', 'districts.csv', 'regencies.csv', 'provinces.csv'])(
    'reads %s exactly as csv-parse does (names with quotes such as Soka"an included)',
    (file) => {
      const text = readFileSync(join(areaDataDir(), file), 'utf8');
      const reference = parse(text, { relax_quotes: true, from_line: 2 }) as string[][];
      expect(readAreaCsv(text)).toEqual(reference);
    },
  );

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(readAreaCsv('code,name\n1,"A, B ""C"""\r\n2,plain\n')).toEqual([
      ['1', 'A, B "C"'],
      ['2', 'plain'],
    ]);
  });
});

describe('checking a village code', () => {
  it('accepts a listed code', () => {
    expect(checkVillageCode('52.03.13.2001')).toBeNull();
  });

  it('refuses an unlisted code, suggesting the nearest codes of the same district first', () => {
    const issue = checkVillageCode('52.03.13.2999');
    expect(issue?.path).toBe('code');
    expect(issue?.messages.en).toContain(
      'code 52.03.13.2999 is not in the official Kemendagri list (83,763 villages)',
    );
    const suggested = [...(issue?.messages.en ?? '').matchAll(/\d{2}\.\d{2}\.\d{2}\.\d{4}/g)]
      .map((m) => m[0])
      .slice(1);
    expect(suggested).toHaveLength(3);
    for (const code of suggested) expect(code.startsWith('52.03.13.')).toBe(true);
    expect(issue?.messages.id).toContain(
      'tidak ada dalam daftar resmi Kemendagri (83.763 desa/kelurahan); kode terdekat:',
    );
  });

  it('finds the intended village when two digits of the district are swapped', () => {
    // 52.03.31 is no district of Lombok Timur; the nearest listed codes are in the same regency
    const near = officialVillages().nearest('52.03.31.2001');
    expect(near.map((v) => v.code)).toContain('52.03.13.2001');
    for (const v of near) expect(v.code.startsWith('52.03.')).toBe(true);
  });

  it('still suggests codes for a province that does not exist', () => {
    const near = officialVillages().nearest('99.03.13.2001');
    expect(near).toHaveLength(3);
    for (const v of near) expect(officialVillages().get(v.code)).toBeDefined();
  });
});
