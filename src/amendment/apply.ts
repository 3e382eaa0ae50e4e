// Applying an amendment: copies of the article modules with the changes made, built into a new Regulation.

import levenshtein from 'damerau-levenshtein';
import type {
  ArticleDef,
  ExceptionDef,
  ExplainContext,
  ExplainValue,
  FindingDef,
  ObligationDef,
  Provision,
  Subject,
} from '../define.js';
import {
  type Condition,
  findingRefs,
  forEachComparison,
  isFactRef,
  isParamRef,
  OPERATORS,
  type Operator,
} from '../engine/condition.js';
import { InputError, type InputIssue, inputIssue } from '../errors.js';
import { bilingual, list, percent } from '../explain/format.js';
import { candidateFacts, villageFacts } from '../facts/index.js';
import type { DatedValue, ParameterDef, ParamValue } from '../parameters.js';
import { buildRegulation, citationWithin, type Regulation } from '../regulation.js';
import { compareLikeEngine, OPERATOR_SYMBOL, showValue } from '../report/condition.js';
import { shippedRegulation } from '../rules.js';
import { isDateString } from '../schema/date.js';
import type { Bilingual, Lang } from '../types.js';
import {
  type Amendment,
  type AmendmentChange,
  type ConditionInput,
  type ExceptionChange,
  isAmendment,
  OPERATOR_LIST,
  type ParameterChange,
  type ProvisionChange,
  parseAmendment,
} from './schema.js';

const ARTICLE_OF = /^Pasal (\d+)(?: |$)/;

/** The article number a citation names (`Pasal 7 ayat (3)` → 7), or null. */
export function articleOf(citation: string): number | null {
  const m = ARTICLE_OF.exec(citation);
  return m ? Number(m[1]) : null;
}

/** The names nearest to a misspelt one, best first: those it begins or is part of, then by edit distance. */
export function nearest(name: string, candidates: readonly string[], max = 3): string[] {
  if (candidates.length === 0 || name.length === 0) return [];
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.ceil(name.length / 3));
  return candidates
    .map((c) => {
      const cl = c.toLowerCase();
      const d =
        cl.startsWith(lower) || (lower.length >= 4 && cl.includes(lower)) ? 0 : levenshtein(lower, cl).steps;
      return { c, d };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

/** Operators as people often write them, and json-rules-engine's name for each. */
const OPERATOR_ALIASES: Record<string, Operator> = {
  '=': 'equal',
  '==': 'equal',
  eq: 'equal',
  equals: 'equal',
  '!=': 'notEqual',
  ne: 'notEqual',
  '<': 'lessThan',
  lt: 'lessThan',
  '<=': 'lessThanInclusive',
  lte: 'lessThanInclusive',
  '>': 'greaterThan',
  gt: 'greaterThan',
  '>=': 'greaterThanInclusive',
  gte: 'greaterThanInclusive',
};

function didYouMean(name: string, candidates: readonly string[]): Bilingual {
  const near = nearest(name, candidates);
  if (near.length === 0) return { id: '', en: '' };
  return { id: ` Maksud Anda: ${near.join(', ')}?`, en: ` Did you mean: ${near.join(', ')}?` };
}

/** Every provision of the regulation, by citation, with its article. */
function provisionsOf(regulation: Regulation): Map<string, { article: ArticleDef; provision: Provision }> {
  const out = new Map<string, { article: ArticleDef; provision: Provision }>();
  for (const article of regulation.articles)
    for (const provision of article.provisions) out.set(provision.citation, { article, provision });
  return out;
}

/** The provision that holds a citation's text: the most precise one containing it. */
function provisionHolding(regulation: Regulation, citation: string): Provision | undefined {
  let best: Provision | undefined;
  for (const a of regulation.articles) {
    for (const p of a.provisions)
      if (citationWithin(citation, p.citation) && (!best || p.citation.length > best.citation.length))
        best = p;
  }
  return best;
}

function statuteRefusal(citation: string, provision: Provision, what: Bilingual): Bilingual {
  const note = provision.provenanceNote ? ` (${provision.provenanceNote})` : '';
  return {
    id: `${citation} berasal dari UU 18/2017 [UU18]${note}; undang-undang mengikat dan tidak dapat ${what.id} oleh Peraturan Menteri: perubahan ditolak.`,
    en: `${citation} comes from UU 18/2017 [UU18]${note}; the statute binds and a Peraturan Menteri cannot ${what.en}: the amendment is refused.`,
  };
}

/** The facts a subject's conditions may use. */
function factNames(subject: Subject): string[] {
  return Object.keys(subject === 'village' ? villageFacts : candidateFacts);
}

interface Checker {
  regulation: Regulation;
  issues: InputIssue[];
  /** Citations of provisions the amendment adds (they may be referenced and encoded). */
  added: Set<string>;
}

function unknownCitation(c: Checker, path: string, citation: string): void {
  const all = [...provisionsOf(c.regulation).keys(), ...c.added];
  const n = articleOf(citation);
  const article = n === null ? undefined : c.regulation.articles.find((a) => a.article === n);
  const hint = didYouMean(citation, all);
  if (article) {
    const own = article.provisions.map((p) => p.citation);
    c.issues.push(
      inputIssue(path, {
        id: `ketentuan ${citation} tidak ada.${hint.id} Ketentuan Pasal ${n}: ${own.join('; ')}. Untuk menambah ketentuan baru, tulis new: true.`,
        en: `there is no provision ${citation}.${hint.en} Provisions of Pasal ${n}: ${own.join('; ')}. To add a new provision, write new: true.`,
      }),
    );
    return;
  }
  const articles = c.regulation.articles.map((a) => `Pasal ${a.article}`).join(', ');
  c.issues.push(
    inputIssue(path, {
      id: `ketentuan ${citation} tidak ada.${hint.id} Pasal yang ada: ${articles}.`,
      en: `there is no provision ${citation}.${hint.en} Articles: ${articles}.`,
    }),
  );
}

function checkParameterChange(c: Checker, change: ParameterChange, at: string): void {
  const def = c.regulation.parameters.get(change.parameter);
  if (!def) {
    const names = [...c.regulation.parameters.keys()].sort();
    const hint = didYouMean(change.parameter, names);
    c.issues.push(
      inputIssue(`${at}.parameter`, {
        id: `parameter ${change.parameter} tidak dikenal.${hint.id} Parameter yang ada: ${names.join(', ')}.`,
        en: `unknown parameter ${change.parameter}.${hint.en} Parameters: ${names.join(', ')}.`,
      }),
    );
    return;
  }
  const existing = Object.values(def.values).map((v) => v.value);
  const sample = existing[0];
  const entries: [string, ParamValue][] =
    change.value !== undefined
      ? [[`${at}.value`, change.value]]
      : Object.entries(change.values ?? {}).map(([d, v]) => [`${at}.values["${d}"]`, v]);
  for (const [path, value] of entries) {
    if (typeof sample === 'number') {
      if (typeof value !== 'number') {
        c.issues.push(
          inputIssue(path, {
            id: `${change.parameter} harus angka (satuan: ${def.unit})`,
            en: `${change.parameter} must be a number (unit: ${def.unit})`,
          }),
        );
        continue;
      }
      if (def.unit === 'rasio' && (value < 0 || value > 1)) {
        c.issues.push(
          inputIssue(path, {
            id: `${change.parameter} adalah rasio: antara 0 dan 1 (mis. 0.7 untuk 70%)`,
            en: `${change.parameter} is a ratio: between 0 and 1 (e.g. 0.7 for 70%)`,
          }),
        );
        continue;
      }
      if (value < 0) {
        c.issues.push(
          inputIssue(path, {
            id: `${change.parameter} tidak boleh negatif`,
            en: `${change.parameter} cannot be negative`,
          }),
        );
        continue;
      }
      if (existing.every((v) => Number.isInteger(v)) && def.unit !== 'rasio' && !Number.isInteger(value)) {
        c.issues.push(
          inputIssue(path, {
            id: `${change.parameter} harus bilangan bulat (satuan: ${def.unit})`,
            en: `${change.parameter} must be a whole number (unit: ${def.unit})`,
          }),
        );
        continue;
      }
      const bound = def.statutory;
      if (
        bound &&
        ((bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max))
      ) {
        const low = bound.min !== undefined && value < bound.min;
        c.issues.push(
          inputIssue(path, {
            id: low
              ? `${change.parameter} = ${value} di bawah batas paling rendah ${bound.min} yang ditetapkan ${bound.reference}; undang-undang mengikat dan tidak dapat diturunkan oleh Peraturan Menteri: perubahan ditolak.`
              : `${change.parameter} = ${value} di atas batas paling tinggi ${bound.max} yang ditetapkan ${bound.reference}; undang-undang mengikat dan tidak dapat dinaikkan oleh Peraturan Menteri: perubahan ditolak.`,
            en: low
              ? `${change.parameter} = ${value} is below the minimum of ${bound.min} fixed by ${bound.reference}; the statute binds and a Peraturan Menteri cannot lower it: the amendment is refused.`
              : `${change.parameter} = ${value} is above the maximum of ${bound.max} fixed by ${bound.reference}; the statute binds and a Peraturan Menteri cannot raise it: the amendment is refused.`,
          }),
        );
      }
    } else if (typeof sample === 'boolean') {
      if (typeof value !== 'boolean')
        c.issues.push(
          inputIssue(path, {
            id: `${change.parameter} harus true atau false`,
            en: `${change.parameter} must be true or false`,
          }),
        );
    } else if (typeof value !== 'string' || !isDateString(value)) {
      c.issues.push(
        inputIssue(path, {
          id: `${change.parameter} harus tanggal YYYY-MM-DD yang sah`,
          en: `${change.parameter} must be a valid date YYYY-MM-DD`,
        }),
      );
    }
  }
}

/** Checks a condition's facts, operators, parameters and citations; every problem is an issue. */
function checkCondition(c: Checker, cond: ConditionInput, subject: Subject, at: string): void {
  const facts = factNames(subject);
  const params = [...c.regulation.parameters.keys()].sort();
  const citations = [
    ...c.regulation.findings.keys(),
    ...c.regulation.articles.map((a) => `Pasal ${a.article}`),
  ];
  const checkFact = (name: string, path: string) => {
    if (facts.includes(name)) return;
    const hint = didYouMean(name, facts);
    c.issues.push(
      inputIssue(path, {
        id: `fakta ${name} tidak dikenal.${hint.id} Fakta yang ada${subject === 'candidate' ? ' (Calon PMI)' : ''}: ${facts.join(', ')}.`,
        en: `unknown fact ${name}.${hint.en} Facts${subject === 'candidate' ? ' (Calon PMI)' : ''}: ${facts.join(', ')}.`,
      }),
    );
  };
  const checkParam = (name: string, path: string) => {
    if (params.includes(name)) return;
    const hint = didYouMean(name, params);
    c.issues.push(
      inputIssue(path, {
        id: `parameter ${name} tidak dikenal.${hint.id} Parameter yang ada: ${params.join(', ')}.`,
        en: `unknown parameter ${name}.${hint.en} Parameters: ${params.join(', ')}.`,
      }),
    );
  };
  const walk = (x: ConditionInput, path: string): void => {
    if ('operator' in x) {
      checkFact(x.fact, `${path}.fact`);
      if (!(OPERATORS as readonly string[]).includes(x.operator)) {
        const alias = OPERATOR_ALIASES[x.operator.toLowerCase()];
        const hint = alias
          ? { id: ` Maksud Anda: ${alias}?`, en: ` Did you mean: ${alias}?` }
          : didYouMean(x.operator, OPERATORS);
        c.issues.push(
          inputIssue(`${path}.operator`, {
            id: `operator ${x.operator} tidak dikenal.${hint.id} Operator json-rules-engine: ${OPERATOR_LIST}.`,
            en: `unknown operator ${x.operator}.${hint.en} json-rules-engine operators: ${OPERATOR_LIST}.`,
          }),
        );
      }
      if (isParamRef(x.value)) checkParam(x.value.param, `${path}.value.param`);
      else if (isFactRef(x.value)) checkFact(x.value.fact, `${path}.value.fact`);
      return;
    }
    if ('finding' in x) {
      if (!citations.includes(x.finding) && !c.added.has(x.finding)) {
        const hint = didYouMean(x.finding, citations);
        c.issues.push(
          inputIssue(`${path}.finding`, {
            id: `${x.finding} tidak dinilai oleh pengodean.${hint.id} Ketentuan yang dinilai: ${citations.join('; ')}.`,
            en: `${x.finding} is not encoded.${hint.en} Encoded provisions: ${citations.join('; ')}.`,
          }),
        );
      }
      return;
    }
    if ('not' in x) {
      walk(x.not, `${path}.not`);
      return;
    }
    if ('atLeast' in x) {
      if (typeof x.atLeast === 'object') checkParam(x.atLeast.param, `${path}.atLeast.param`);
      else if (x.atLeast > x.of.length) {
        c.issues.push(
          inputIssue(`${path}.atLeast`, {
            id: `paling sedikit ${x.atLeast} dari ${x.of.length} syarat tidak pernah dapat dipenuhi`,
            en: `at least ${x.atLeast} of ${x.of.length} conditions can never be met`,
          }),
        );
      }
      x.of.forEach((y, i) => {
        walk(y, `${path}.of[${i}]`);
      });
      return;
    }
    const key = 'all' in x ? 'all' : 'any';
    ('all' in x ? x.all : x.any).forEach((y, i) => {
      walk(y, `${path}.${key}[${i}]`);
    });
  };
  walk(cond, at);
}

const PLACEHOLDER = /\{([A-Za-z][\w]*)(%?)\}/g;

function checkTemplates(c: Checker, change: ProvisionChange, subject: Subject, at: string): void {
  if (!change.message) return;
  const names = new Set([...factNames(subject), ...c.regulation.parameters.keys()]);
  for (const verdict of ['met', 'not_met'] as const) {
    for (const lang of ['id', 'en'] as const) {
      for (const m of change.message[verdict][lang].matchAll(PLACEHOLDER)) {
        const name = m[1] ?? '';
        if (names.has(name)) continue;
        const hint = didYouMean(name, [...names]);
        c.issues.push(
          inputIssue(`${at}.message.${verdict}.${lang}`, {
            id: `{${name}} bukan fakta atau parameter.${hint.id} Tulis {namaFakta} atau {namaParameter} (tambahkan % untuk persen: {proceduralShare%}).`,
            en: `{${name}} is neither a fact nor a parameter.${hint.en} Write {factName} or {parameterName} (add % for a percentage: {proceduralShare%}).`,
          }),
        );
      }
    }
  }
}

/** A `{param}` placeholder in new wording must name a parameter (its value is shown in the text). */
function checkWording(c: Checker, text: string | undefined, at: string): void {
  if (text === undefined) return;
  const params = [...c.regulation.parameters.keys()].sort();
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (params.includes(name)) continue;
    const hint = didYouMean(name, params);
    c.issues.push(
      inputIssue(`${at}.text`, {
        id: `{${name}} dalam rumusan bukan parameter.${hint.id} Parameter yang ada: ${params.join(', ')}.`,
        en: `{${name}} in the wording is not a parameter.${hint.en} Parameters: ${params.join(', ')}.`,
      }),
    );
  }
}

function checkProvisionChange(c: Checker, change: ProvisionChange, at: string): void {
  const provisions = provisionsOf(c.regulation);
  const existing = provisions.get(change.citation);
  const n = articleOf(change.citation);
  const article = n === null ? undefined : c.regulation.articles.find((a) => a.article === n);
  if (change.new) {
    if (existing || c.added.has(change.citation)) {
      c.issues.push(
        inputIssue(`${at}.citation`, {
          id: `${change.citation} sudah ada; hapus new: true untuk mengubah rumusannya`,
          en: `${change.citation} already exists; leave out new: true to change its wording`,
        }),
      );
      return;
    }
    if (!article || change.citation === `Pasal ${n}`) {
      unknownCitation(c, `${at}.citation`, change.citation);
      return;
    }
    c.added.add(change.citation);
  } else if (!existing) {
    unknownCitation(c, `${at}.citation`, change.citation);
    return;
  }
  checkWording(c, change.text, at);
  // A provision taken from the statute cannot be reworded or have its conditions changed; a new one may be
  // added beside it (a Peraturan Menteri may add requirements of its own).
  const holder = existing?.provision;
  if (holder?.provenance === 'UU18') {
    const what =
      change.text !== undefined && change.when === undefined && !change.remove
        ? { id: 'diubah rumusannya', en: 'change its wording' }
        : { id: 'diubah atau dihapus syaratnya', en: 'change or remove its conditions' };
    c.issues.push(inputIssue(`${at}.citation`, statuteRefusal(change.citation, holder, what)));
    return;
  }
  if (!article) return;
  const subject = article.subject ?? 'village';
  const finding = c.regulation.findings.get(change.citation);
  if (change.remove && !finding) {
    c.issues.push(
      inputIssue(`${at}.remove`, {
        id: `${change.citation} tidak memiliki syarat yang dikodekan; yang dikodekan di Pasal ${n}: ${(article.findings ?? []).map((f) => f.citation).join('; ') || '(tidak ada)'}`,
        en: `${change.citation} has no encoded condition; encoded in Pasal ${n}: ${(article.findings ?? []).map((f) => f.citation).join('; ') || '(none)'}`,
      }),
    );
    return;
  }
  if (change.when !== undefined && !finding) {
    const obligation = (article.obligations ?? []).find(
      (o) => citationWithin(o.citation, change.citation) || citationWithin(change.citation, o.citation),
    );
    if (obligation) {
      c.issues.push(
        inputIssue(`${at}.when`, {
          id: `${change.citation} adalah kewajiban dengan tenggat (${obligation.party}), dihitung oleh pengodean; syaratnya tidak dapat diganti dengan when — ubah parameternya`,
          en: `${change.citation} is an obligation with a due date (${obligation.party}), computed by the encoding; its condition cannot be replaced with when — change its parameters`,
        }),
      );
      return;
    }
    const parts = [...c.regulation.findings.keys()].filter((x) => citationWithin(x, change.citation));
    if (parts.length > 0) {
      c.issues.push(
        inputIssue(`${at}.citation`, {
          id: `${change.citation} dinilai melalui bagian-bagiannya (${parts.join('; ')}); ubah syarat bagian itu`,
          en: `${change.citation} is judged through its parts (${parts.join('; ')}); change the conditions of those`,
        }),
      );
      return;
    }
  }
  if (change.when !== undefined) {
    checkCondition(c, change.when, subject, `${at}.when`);
    checkTemplates(c, change, subject, at);
  }
}

function checkExceptionChange(c: Checker, change: ExceptionChange, at: string): void {
  const provisions = provisionsOf(c.regulation);
  const n = articleOf(change.citation);
  const article = n === null ? undefined : c.regulation.articles.find((a) => a.article === n);
  if (!article) {
    unknownCitation(c, `${at}.citation`, change.citation);
    return;
  }
  if (!provisions.has(change.citation)) {
    if (change.text === undefined) {
      c.issues.push(
        inputIssue(`${at}.text`, {
          id: `${change.citation} belum ada; tulis rumusan pengecualian baru itu di text`,
          en: `${change.citation} does not exist yet; write the wording of the new exception in text`,
        }),
      );
      return;
    }
    c.added.add(change.citation);
  }
  checkWording(c, change.text, at);
  const displaced = [
    ...[...c.regulation.findings.keys()].filter((x) => citationWithin(x, change.displaces)),
    ...c.regulation.articles
      .flatMap((a) => (a.obligations ?? []).map((o) => o.citation))
      .filter((x) => citationWithin(x, change.displaces)),
  ];
  if (displaced.length === 0) {
    const encoded = [
      ...c.regulation.findings.keys(),
      ...c.regulation.articles.flatMap((a) => (a.obligations ?? []).map((o) => o.citation)),
    ];
    const hint = didYouMean(change.displaces, encoded);
    c.issues.push(
      inputIssue(`${at}.displaces`, {
        id: `${change.displaces} tidak memuat syarat atau kewajiban yang dinilai.${hint.id} Yang dinilai: ${encoded.join('; ')}.`,
        en: `${change.displaces} holds no encoded condition or obligation.${hint.en} Encoded: ${encoded.join('; ')}.`,
      }),
    );
    return;
  }
  const statutory = provisionHolding(c.regulation, change.displaces);
  if (statutory?.provenance === 'UU18') {
    c.issues.push(
      inputIssue(
        `${at}.displaces`,
        statuteRefusal(change.displaces, statutory, { id: 'dikecualikan', en: 'set it aside' }),
      ),
    );
  }
}

/**
 * Checks an amendment against a regulation: its citations, parameters, facts, operators and values exist and
 * fit, and nothing contradicts the statute (UU 18/2017). Returns every problem found, with `changes[i]…` paths.
 */
export function validateAmendment(
  amendment: Amendment,
  regulation: Regulation = shippedRegulation,
): InputIssue[] {
  const c: Checker = { regulation, issues: [], added: new Set() };
  amendment.changes.forEach((change, i) => {
    const at = `changes[${i}]`;
    if (change.kind === 'parameter') checkParameterChange(c, change, at);
    else if (change.kind === 'exception') checkExceptionChange(c, change, at);
    else checkProvisionChange(c, change, at);
  });
  return c.issues;
}

// ---------------------------------------------------------------------------
// Explanations of amended findings
// ---------------------------------------------------------------------------

function factValue(ctx: ExplainContext<Subject, string>, name: string): unknown {
  return (ctx.facts as Record<string, unknown>)[name];
}

function showFor(value: unknown, lang: Lang, asPercent = false): string {
  if (value === null || value === undefined) return lang === 'id' ? 'tidak ada' : 'none';
  if (asPercent && typeof value === 'number') return percent(value, lang);
  if (typeof value === 'boolean') return lang === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
  if (typeof value === 'number' && lang === 'id') return String(value).replace('.', ',');
  return showValue(value);
}

/** Fills `{fact}`/`{param}` placeholders (`{name%}` as a percentage). */
function fillTemplate(template: string, lang: Lang, ctx: ExplainContext<Subject, string>): string {
  return template.replace(PLACEHOLDER, (_, name: string, pct: string) => {
    const v = name in ctx.params ? ctx.params[name] : factValue(ctx, name);
    return showFor(v, lang, pct === '%');
  });
}

/**
 * The explanation of a finding whose condition an amendment replaced: the drafter's message templates, or a
 * generic message that quotes every comparison with the fact's value, the compared value and whether it held.
 */
function amendedExplain(
  title: string,
  label: Bilingual,
  when: Condition,
  messages: ProvisionChange['message'],
): FindingDef['explain'] {
  return (ctx) => {
    const values: Record<string, ExplainValue> = {};
    const leaves: { fact: string; operator: Operator; actual: unknown; expected: unknown; param?: string }[] =
      [];
    forEachComparison(when, (leaf) => {
      const actual = factValue(ctx, leaf.fact);
      const param = isParamRef(leaf.value) ? leaf.value.param : undefined;
      const expected =
        param !== undefined
          ? ctx.params[param]
          : isFactRef(leaf.value)
            ? factValue(ctx, leaf.value.fact)
            : leaf.value;
      values[leaf.fact] = (actual ?? null) as ExplainValue;
      if (param !== undefined) values[param] = (expected ?? null) as ExplainValue;
      leaves.push({
        fact: leaf.fact,
        operator: leaf.operator,
        actual,
        expected,
        ...(param !== undefined ? { param } : {}),
      });
    });
    const refs = findingRefs(when);
    if (messages) {
      const m = messages[ctx.verdict];
      return { message: { id: fillTemplate(m.id, 'id', ctx), en: fillTemplate(m.en, 'en', ctx) }, values };
    }
    const message = bilingual((l) => {
      const yes = l === 'id' ? 'ya' : 'yes';
      const no = l === 'id' ? 'tidak' : 'no';
      const parts = leaves.map((x) => {
        const held = compareLikeEngine(x.operator, x.actual, x.expected);
        const compared =
          x.param !== undefined ? `${x.param} (${showFor(x.expected, l)})` : showFor(x.expected, l);
        return l === 'id'
          ? `${x.fact} = ${showFor(x.actual, l)}, disyaratkan ${OPERATOR_SYMBOL[l][x.operator]} ${compared}: ${held ? yes : no}`
          : `${x.fact} = ${showFor(x.actual, l)}, required ${OPERATOR_SYMBOL[l][x.operator]} ${compared}: ${held ? yes : no}`;
      });
      for (const r of refs) parts.push(`${r}: ${ctx.verdictOf(r).replace('_', ' ')}`);
      const verdict =
        ctx.verdict === 'met' ? (l === 'id' ? 'dipenuhi' : 'met') : l === 'id' ? 'tidak dipenuhi' : 'not met';
      return l === 'id'
        ? `${label.id} (syarat menurut perubahan "${title}"): ${list(parts, 'id')}; ${verdict}.`
        : `${label.en} (condition under the amendment "${title}"): ${list(parts, 'en')}; ${verdict}.`;
    });
    return { message, values };
  };
}

// ---------------------------------------------------------------------------
// Application
// ---------------------------------------------------------------------------

/** Where a new citation goes: after the last provision of the same parent (`… huruf c` after `… huruf b`). */
function insertProvision(provisions: Provision[], provision: Provision): void {
  const parent = provision.citation.replace(/ (ayat|huruf|angka) \S+$/, '');
  let index = -1;
  provisions.forEach((p, i) => {
    if (citationWithin(p.citation, parent)) index = i;
  });
  if (index < 0) provisions.push(provision);
  else provisions.splice(index + 1, 0, provision);
}

function amendedNote(title: string, original?: Provision): string {
  const was = original
    ? ` (semula [${original.provenance}]${original.provenanceNote ? ` ${original.provenanceNote}` : ''})`
    : '';
  return `diubah oleh perubahan "${title}"${was}`;
}

interface Draft {
  article: ArticleDef;
  provisions: Provision[];
  parameters: Record<string, ParameterDef>;
  findings: FindingDef[];
  obligations: ObligationDef[];
  exceptions: ExceptionDef[];
}

function applyParameter(drafts: Draft[], change: ParameterChange, title: string): void {
  const draft = drafts.find((d) => change.parameter in d.parameters);
  const def = draft?.parameters[change.parameter];
  if (!draft || !def) return;
  const reference = change.reference ?? `Perubahan "${title}"`;
  let values: Record<string, DatedValue>;
  if (change.value !== undefined) {
    const first = Object.keys(def.values).sort()[0] ?? '2026-01-02';
    values = { [first]: { value: change.value, reference } };
  } else {
    values = { ...def.values };
    for (const [date, value] of Object.entries(change.values ?? {})) values[date] = { value, reference };
  }
  draft.parameters[change.parameter] = { ...def, values };
}

function applyProvision(drafts: Draft[], change: ProvisionChange, title: string): void {
  const n = articleOf(change.citation);
  const draft = drafts.find((d) => d.article.article === n);
  if (!draft) return;
  const index = draft.provisions.findIndex((p) => p.citation === change.citation);
  const original = index >= 0 ? draft.provisions[index] : undefined;
  if (change.text !== undefined) {
    const provision: Provision = {
      citation: change.citation,
      text: change.text,
      provenance: 'ASM',
      provenanceNote: original ? amendedNote(title, original) : `ditambahkan oleh perubahan "${title}"`,
    };
    if (original?.declarative && change.when === undefined) provision.declarative = original.declarative;
    if (original) draft.provisions[index] = provision;
    else insertProvision(draft.provisions, provision);
  }
  const at = draft.findings.findIndex((f) => f.citation === change.citation);
  const existing = at >= 0 ? draft.findings[at] : undefined;
  if (change.remove && existing) {
    const reason: Bilingual = {
      id: `Syarat ${change.citation} dihapus oleh perubahan "${title}"; tidak dinilai lagi.`,
      en: `The condition of ${change.citation} is removed by the amendment "${title}"; it is no longer judged.`,
    };
    draft.findings[at] = {
      ...existing,
      kind: 'classification',
      when: { any: [] },
      explain: () => ({ message: reason }),
    };
    const pi = draft.provisions.findIndex((p) => p.citation === change.citation);
    const p = draft.provisions[pi];
    if (p) draft.provisions[pi] = { ...p, declarative: reason };
  }
  if (change.when !== undefined) {
    const when = change.when as Condition;
    const label = change.label ?? existing?.label ?? { id: change.citation, en: change.citation };
    // Whatever else the finding declares (its kind, when it does not apply) stays as it was.
    const finding: FindingDef = {
      ...existing,
      citation: change.citation,
      label,
      when: when as FindingDef['when'],
      explain: amendedExplain(title, label, when, change.message),
    };
    if (existing) draft.findings[at] = finding;
    else draft.findings.push(finding);
    const pi = draft.provisions.findIndex((p) => p.citation === change.citation);
    const p = draft.provisions[pi];
    if (p?.declarative) {
      const { declarative: _, ...rest } = p;
      draft.provisions[pi] = rest;
    }
  }
}

function applyException(drafts: Draft[], change: ExceptionChange, title: string): void {
  const n = articleOf(change.citation);
  const draft = drafts.find((d) => d.article.article === n);
  if (!draft) return;
  if (change.text !== undefined) {
    const index = draft.provisions.findIndex((p) => p.citation === change.citation);
    const original = index >= 0 ? draft.provisions[index] : undefined;
    const provision: Provision = {
      citation: change.citation,
      text: change.text,
      provenance: 'ASM',
      provenanceNote: original ? amendedNote(title, original) : `ditambahkan oleh perubahan "${title}"`,
      declarative: {
        id: `Pengecualian terhadap ${change.displaces}${change.from ? ` sejak ${change.from}` : ''}${change.until ? ` sampai dengan ${change.until}` : ''}.`,
        en: `Exception to ${change.displaces}${change.from ? ` from ${change.from}` : ''}${change.until ? ` until ${change.until}` : ''}.`,
      },
    };
    if (original) draft.provisions[index] = provision;
    else insertProvision(draft.provisions, provision);
  }
  // The days it applies are the window: a displaced finding is not applied while the Tanggal Penilaian is in
  // it, and (as for every exception) a displaced obligation is not judged for a period that overlaps it.
  const application = {
    message: change.message,
    ...(change.from !== undefined ? { from: change.from } : {}),
    ...(change.until !== undefined ? { to: change.until } : {}),
  };
  const exception: ExceptionDef = {
    citation: change.citation,
    displaces: change.displaces,
    applies: () => application,
  };
  draft.exceptions.push(exception);
}

const cache = new WeakMap<Amendment, WeakMap<Regulation, Regulation>>();

/**
 * The regulation under an amendment: copies of the article modules of `base` (default: the shipped text)
 * with the amendment's changes made, checked and built like the shipped text. Accepts a parsed amendment
 * (`loadAmendment`, `parseAmendment`) or a plain object in the amendment file format. A problem is an
 * `InputError` listing every issue as `{ path, message }`.
 */
export function applyAmendment(
  amendment: Amendment | unknown,
  base: Regulation = shippedRegulation,
): Regulation {
  const parsed = isAmendment(amendment) ? amendment : parseAmendment(amendment);
  const byBase = cache.get(parsed);
  const hit = byBase?.get(base);
  if (hit) return hit;
  const issues = validateAmendment(parsed, base);
  if (issues.length > 0) throw new InputError(issues, parsed.source);
  const drafts: Draft[] = base.articles.map((article) => ({
    article,
    provisions: [...article.provisions],
    parameters: { ...(article.parameters ?? {}) } as Record<string, ParameterDef>,
    findings: [...((article.findings ?? []) as FindingDef[])],
    obligations: [...(article.obligations ?? [])],
    exceptions: [...(article.exceptions ?? [])],
  }));
  for (const change of parsed.changes as AmendmentChange[]) {
    if (change.kind === 'parameter') applyParameter(drafts, change, parsed.title);
    else if (change.kind === 'exception') applyException(drafts, change, parsed.title);
    else applyProvision(drafts, change, parsed.title);
  }
  const articles: ArticleDef[] = drafts.map((d) => ({
    ...d.article,
    provisions: d.provisions,
    ...(d.article.parameters || Object.keys(d.parameters).length > 0 ? { parameters: d.parameters } : {}),
    ...(d.article.findings || d.findings.length > 0 ? { findings: d.findings } : {}),
    ...(d.article.obligations || d.obligations.length > 0 ? { obligations: d.obligations } : {}),
    ...(d.article.exceptions || d.exceptions.length > 0 ? { exceptions: d.exceptions } : {}),
  }));
  const title = base.amendment ? `${base.amendment.title} + ${parsed.title}` : parsed.title;
  let regulation: Regulation;
  try {
    regulation = buildRegulation(articles, {
      title: base.title,
      version: base.version,
      amendment: { title, ...(parsed.description !== undefined ? { description: parsed.description } : {}) },
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InputError(
      [
        inputIssue('changes', {
          id: `perubahan membuat pengodean tidak konsisten: ${msg}`,
          en: `the amendment makes the encoding inconsistent: ${msg}`,
        }),
      ],
      parsed.source,
    );
  }
  if (!byBase) cache.set(parsed, new WeakMap([[base, regulation]]));
  else byBase.set(base, regulation);
  return regulation;
}
