import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateFacts, villageFacts } from '../rules/facts.js';
import { articles } from '../rules/index.js';
import { defaultCalendar } from '../src/calendar/index.js';
import { minusMonths } from '../src/dates.js';
import type { FactContext, FactDef } from '../src/facts/index.js';
import { paramOnFor } from '../src/obligations/params.js';
import { inTextOf, parametersOn } from '../src/regulation.js';
import { shippedRegulation } from '../src/rules.js';
import { loadScenarios } from '../src/scenarios.js';
import { parseVillage, type VillageRecord } from '../src/schema/index.js';

// The law lives in rules/: each article folder owns its facts and points to its fixtures, and src/ names no
// citation. These tests check that the walk from a citation to everything about it holds.

describe('one folder per article', () => {
  it('every fact a condition may use is owned by exactly one article, of the same subject', () => {
    const owned = new Map<string, { article: number | string; subject: string }>();
    for (const a of articles) {
      for (const name of Object.keys(a.facts ?? {})) {
        expect(owned.has(name), `${name} owned twice`).toBe(false);
        owned.set(name, { article: a.article, subject: a.subject ?? 'village' });
      }
    }
    expect([...owned.keys()].sort()).toEqual(
      [...Object.keys(villageFacts), ...Object.keys(candidateFacts)].sort(),
    );
    for (const name of Object.keys(candidateFacts)) expect(owned.get(name)?.subject).toBe('candidate');
  });

  it('the facts an article owns are those its own conditions read first', () => {
    for (const a of articles) {
      for (const name of Object.keys(a.facts ?? {})) {
        const readers = [...shippedRegulation.findings.values()]
          .filter((f) => JSON.stringify(f.finding.when).includes(`"fact":"${name}"`))
          .map((f) => f.article.article);
        // a fact no condition compares is still owned by the article whose explanations read it
        if (readers.length > 0) expect(readers, name).toContain(a.article);
      }
    }
  });

  it('every article with fixtures points to a folder that exists', () => {
    for (const a of articles) {
      if (a.fixtures) expect(existsSync(a.fixtures), a.fixtures).toBe(true);
      else expect(existsSync(`fixtures/pasal-${String(a.article).padStart(2, '0')}`)).toBe(false);
    }
  });

  it('a fact declares every parameter it reads (Pasal 7 ayat (5) turns on minMemberAge)', async () => {
    expect(villageFacts.underageMemberCount.params).toEqual(['minMemberAge']);
    const records = (await loadScenarios('fixtures'))
      .map((s) => s.scenario)
      .filter((s) => s.village !== undefined)
      .map((s) => ({ village: parseVillage(s.village) as VillageRecord, asOf: s.asOf }));
    expect(records.length).toBeGreaterThan(50);
    const defs = villageFacts as Record<string, FactDef<VillageRecord>>;
    for (const [name, def] of Object.entries(defs)) {
      const read = new Set<string>();
      for (const { village, asOf } of records) {
        const params = parametersOn(shippedRegulation, asOf);
        const watched = new Proxy(params, {
          get(target, key) {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key);
          },
        });
        const ctx: FactContext = {
          asOf,
          villageCode: village.code,
          windowStart: minusMonths(asOf, 12),
          params: watched,
          // a parameter read on another day (the day of an event) is read all the same
          paramOn: (key, date) => {
            read.add(key);
            return paramOnFor(shippedRegulation, 'paramOn')(key, date);
          },
          inText: inTextOf(shippedRegulation),
          calendar: defaultCalendar,
        };
        def.compute(village, ctx);
      }
      expect([...read].sort(), name).toEqual([...(def.params ?? [])].sort());
    }
  });
});

describe('src/ is machinery that knows no citation', () => {
  it('no string in src/ starts with a citation', () => {
    const grep = spawnSync('git', ['grep', '-nE', '[\'"`]Pasal [0-9]', '--', 'src/*.ts', 'src/**/*.ts'], {
      encoding: 'utf8',
    });
    expect(grep.status === 0 || grep.status === 1).toBe(true);
    const hits = grep.stdout.split('\n').filter((l) => l !== '' && !/^\S+:\d+:\s*(\/\/|\*|\/\*\*)/.test(l));
    expect(hits).toEqual([]);
  });
});
