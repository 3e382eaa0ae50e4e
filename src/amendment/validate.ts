// Validating an amendment against the encoding it changes and against the statute (UU 18/2017).

import { candidateFacts, villageFacts } from '../../rules/facts.js';
import { citationInRange } from '../citation.js';
import type { ArticleDef, Provision, Subject } from '../define.js';
import { type Condition, isFactRef, isParamRef, OPERATORS } from '../engine/condition.js';
import { type InputIssue, inputIssue, quoted } from '../errors.js';
import type { ParamValue } from '../parameters.js';
import { citationWithin, type Regulation } from '../regulation.js';
import { shippedRegulation } from '../rules.js';
import { isDateString } from '../schema/date.js';
import type { Bilingual } from '../types.js';
import { PLACEHOLDER } from './explain.js';
import {
  type Amendment,
  type ArticleChange,
  type ConditionInput,
  type ExceptionChange,
  OPERATOR_LIST,
  type ParameterChange,
  type ProvisionChange,
} from './schema.js';
import { articleOf, didYouMean, OPERATOR_ALIASES } from './suggest.js';

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

/** The findings, obligations and exceptions encoded within a citation (what removing it removes). */
function encodedWithin(regulation: Regulation, citation: string): string[] {
  const out = [...regulation.findings.keys()].filter((x) => citationWithin(x, citation));
  for (const a of regulation.articles) {
    for (const o of a.obligations ?? []) if (citationWithin(o.citation, citation)) out.push(o.citation);
    for (const e of a.exceptions ?? []) if (citationWithin(e.citation, citation)) out.push(e.citation);
  }
  return [...new Set(out)];
}

/** The first provision taken from the statute (`[UU18]`) at or within a citation, if any. */
function statutoryWithin(regulation: Regulation, citation: string): Provision | undefined {
  for (const a of regulation.articles)
    for (const p of a.provisions)
      if (p.provenance === 'UU18' && citationWithin(p.citation, citation)) return p;
  return undefined;
}

function statuteRefusal(citation: string, provision: Provision, what: Bilingual): Bilingual {
  const note = provision.provenanceNote ? ` (${provision.provenanceNote})` : '';
  return {
    id: `${quoted(citation)} berasal dari UU 18/2017 [UU18]${note}; undang-undang mengikat dan tidak dapat ${what.id} oleh Peraturan Menteri: perubahan ditolak.`,
    en: `${quoted(citation)} comes from UU 18/2017 [UU18]${note}; the statute binds and a Peraturan Menteri cannot ${what.en}: the amendment is refused.`,
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
  /** Articles the amendment inserts (`17A`), with the path of their change. */
  insertedArticles: Map<string, string>;
}

/** An inserted article (`Pasal 17A`): new, after an article that exists; its provisions follow as `new: true`. */
/** The article an article change inserts, still without provisions (they follow as provision changes). */
export function insertedArticle(change: ArticleChange): ArticleDef {
  return {
    article: change.article,
    title: change.title,
    provisions: [],
    ...(change.subject === 'candidate' ? { subject: 'candidate' as const } : {}),
  };
}

function checkArticleChange(c: Checker, change: ArticleChange, at: string): void {
  const citation = `Pasal ${change.article}`;
  if (c.regulation.articles.some((a) => String(a.article) === change.article)) {
    c.issues.push(
      inputIssue(`${at}.article`, {
        id: `${quoted(citation)} sudah ada; ubah ketentuannya dengan citation`,
        en: `${quoted(citation)} already exists; change its provisions with citation`,
      }),
    );
    return;
  }
  const after = Number.parseInt(change.article, 10);
  if (!c.regulation.articles.some((a) => a.article === after)) {
    const articles = c.regulation.articles.map((a) => `Pasal ${a.article}`).join(', ');
    c.issues.push(
      inputIssue(`${at}.article`, {
        id: `pasal sisipan ${quoted(citation)} disisipkan sesudah Pasal ${after}, yang tidak ada. Pasal yang ada: ${articles}.`,
        en: `the inserted ${quoted(citation)} goes after Pasal ${after}, which does not exist. Articles: ${articles}.`,
      }),
    );
    return;
  }
  const inserted = insertedArticle(change);
  c.regulation = { ...c.regulation, articles: [...c.regulation.articles, inserted] };
  c.insertedArticles.set(change.article, at);
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
        id: `ketentuan ${quoted(citation)} tidak ada.${hint.id} Ketentuan Pasal ${n}: ${own.join('; ')}. Untuk menambah ketentuan baru, tulis new: true.`,
        en: `there is no provision ${quoted(citation)}.${hint.en} Provisions of Pasal ${n}: ${own.join('; ')}. To add a new provision, write new: true.`,
      }),
    );
    return;
  }
  const articles = c.regulation.articles.map((a) => `Pasal ${a.article}`).join(', ');
  c.issues.push(
    inputIssue(path, {
      id: `ketentuan ${quoted(citation)} tidak ada.${hint.id} Pasal yang ada: ${articles}.`,
      en: `there is no provision ${quoted(citation)}.${hint.en} Articles: ${articles}.`,
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
        id: `parameter ${quoted(change.parameter)} tidak dikenal.${hint.id} Parameter yang ada: ${names.join(', ')}.`,
        en: `unknown parameter ${quoted(change.parameter)}.${hint.en} Parameters: ${names.join(', ')}.`,
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
            id: `${quoted(change.parameter)} harus angka (satuan: ${def.unit})`,
            en: `${quoted(change.parameter)} must be a number (unit: ${def.unit})`,
          }),
        );
        continue;
      }
      if (def.unit === 'rasio' && (value < 0 || value > 1)) {
        c.issues.push(
          inputIssue(path, {
            id: `${quoted(change.parameter)} adalah rasio: antara 0 dan 1 (mis. 0.7 untuk 70%)`,
            en: `${quoted(change.parameter)} is a ratio: between 0 and 1 (e.g. 0.7 for 70%)`,
          }),
        );
        continue;
      }
      if (value < 0) {
        c.issues.push(
          inputIssue(path, {
            id: `${quoted(change.parameter)} tidak boleh negatif`,
            en: `${quoted(change.parameter)} cannot be negative`,
          }),
        );
        continue;
      }
      if (existing.every((v) => Number.isInteger(v)) && def.unit !== 'rasio' && !Number.isInteger(value)) {
        c.issues.push(
          inputIssue(path, {
            id: `${quoted(change.parameter)} harus bilangan bulat (satuan: ${def.unit})`,
            en: `${quoted(change.parameter)} must be a whole number (unit: ${def.unit})`,
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
              ? `${quoted(change.parameter)} = ${value} di bawah batas paling rendah ${bound.min} yang ditetapkan ${bound.reference}; undang-undang mengikat dan tidak dapat diturunkan oleh Peraturan Menteri: perubahan ditolak.`
              : `${quoted(change.parameter)} = ${value} di atas batas paling tinggi ${bound.max} yang ditetapkan ${bound.reference}; undang-undang mengikat dan tidak dapat dinaikkan oleh Peraturan Menteri: perubahan ditolak.`,
            en: low
              ? `${quoted(change.parameter)} = ${value} is below the minimum of ${bound.min} fixed by ${bound.reference}; the statute binds and a Peraturan Menteri cannot lower it: the amendment is refused.`
              : `${quoted(change.parameter)} = ${value} is above the maximum of ${bound.max} fixed by ${bound.reference}; the statute binds and a Peraturan Menteri cannot raise it: the amendment is refused.`,
          }),
        );
      }
    } else if (typeof sample === 'boolean') {
      if (typeof value !== 'boolean')
        c.issues.push(
          inputIssue(path, {
            id: `${quoted(change.parameter)} harus true atau false`,
            en: `${quoted(change.parameter)} must be true or false`,
          }),
        );
    } else if (typeof value !== 'string' || !isDateString(value)) {
      c.issues.push(
        inputIssue(path, {
          id: `${quoted(change.parameter)} harus tanggal YYYY-MM-DD yang sah`,
          en: `${quoted(change.parameter)} must be a valid date YYYY-MM-DD`,
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
    if (factNames(subject === 'village' ? 'candidate' : 'village').includes(name)) {
      c.issues.push(
        inputIssue(path, {
          id: `fakta ${quoted(name)} menilai ${subject === 'village' ? 'setiap Calon PMI' : 'Desa'}; syarat ${subject === 'village' ? 'Desa' : 'Calon PMI'} tidak dapat membacanya (pasal sisipan yang menilai setiap Calon PMI: subject: candidate)`,
          en: `the fact ${quoted(name)} judges ${subject === 'village' ? 'each Calon PMI' : 'the village'}; a ${subject === 'village' ? 'village' : 'Calon PMI'} condition cannot read it (an inserted article that judges each Calon PMI: subject: candidate)`,
        }),
      );
      return;
    }
    const hint = didYouMean(name, facts);
    c.issues.push(
      inputIssue(path, {
        id: `fakta ${quoted(name)} tidak dikenal.${hint.id} Fakta yang ada${subject === 'candidate' ? ' (Calon PMI)' : ''}: ${facts.join(', ')}.`,
        en: `unknown fact ${quoted(name)}.${hint.en} Facts${subject === 'candidate' ? ' (Calon PMI)' : ''}: ${facts.join(', ')}.`,
      }),
    );
  };
  const checkParam = (name: string, path: string) => {
    if (params.includes(name)) return;
    const hint = didYouMean(name, params);
    c.issues.push(
      inputIssue(path, {
        id: `parameter ${quoted(name)} tidak dikenal.${hint.id} Parameter yang ada: ${params.join(', ')}.`,
        en: `unknown parameter ${quoted(name)}.${hint.en} Parameters: ${params.join(', ')}.`,
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
            id: `operator ${quoted(x.operator)} tidak dikenal.${hint.id} Operator json-rules-engine: ${OPERATOR_LIST}.`,
            en: `unknown operator ${quoted(x.operator)}.${hint.en} json-rules-engine operators: ${OPERATOR_LIST}.`,
          }),
        );
      }
      if (isParamRef(x.value)) checkParam(x.value.param, `${path}.value.param`);
      else if (isFactRef(x.value)) checkFact(x.value.fact, `${path}.value.fact`);
      return;
    }
    if ('finding' in x) {
      // a reference names a finding, an ayat or an article (or a range): what lies in it as amended
      const inside = [...c.regulation.findings.values()].filter((f) =>
        citationInRange(f.finding.citation, x.finding, x.through),
      );
      const addedInside = [...c.added].filter((a) => citationInRange(a, x.finding, x.through));
      const other = inside.find((f) => f.subject !== subject);
      if (other) {
        c.issues.push(
          inputIssue(`${path}.finding`, {
            id: `${x.finding} memuat ${other.finding.citation}, yang menilai ${other.subject === 'candidate' ? 'setiap Calon PMI' : 'Desa'}; syarat ${subject === 'candidate' ? 'Calon PMI' : 'Desa'} tidak dapat merujuknya`,
            en: `${x.finding} holds ${other.finding.citation}, which judges ${other.subject === 'candidate' ? 'each Calon PMI' : 'the village'}; a ${subject === 'candidate' ? 'Calon PMI' : 'village'} condition cannot refer to it`,
          }),
        );
        return;
      }
      if (inside.length === 0 && addedInside.length === 0 && !citations.includes(x.finding)) {
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
            id: `{${quoted(name)}} bukan fakta atau parameter.${hint.id} Tulis {namaFakta} atau {namaParameter} (tambahkan % untuk persen: {proceduralShare%}).`,
            en: `{${quoted(name)}} is neither a fact nor a parameter.${hint.en} Write {factName} or {parameterName} (add % for a percentage: {proceduralShare%}).`,
          }),
        );
      }
    }
  }
}

/** A `{param}` placeholder in new wording must name a parameter (its value is shown in the text). */
function checkWording(c: Checker, text: string | undefined, at: string, original?: Provision): void {
  if (text === undefined) return;
  const params = [...c.regulation.parameters.keys()].sort();
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (params.includes(name)) continue;
    const hint = didYouMean(name, params);
    c.issues.push(
      inputIssue(`${at}.text`, {
        id: `{${quoted(name)}} dalam rumusan bukan parameter.${hint.id} Parameter yang ada: ${params.join(', ')}.`,
        en: `{${quoted(name)}} in the wording is not a parameter.${hint.en} Parameters: ${params.join(', ')}.`,
      }),
    );
  }
  // Where the text it replaces shows a parameter, the new wording keeps that placeholder: a number written out
  // would no longer follow the parameter (nor its dated values).
  for (const m of original?.text.matchAll(/\{([A-Za-z]\w*)\}/g) ?? []) {
    const name = m[1] ?? '';
    if (text.includes(`{${name}}`)) continue;
    c.issues.push(
      inputIssue(`${at}.text`, {
        id: `rumusan ${original?.citation} memuat parameter {${quoted(name)}}; rumusan baru harus tetap menulis {${quoted(name)}} (bukan angkanya), agar nilai yang berlaku tetap tampil`,
        en: `the wording of ${original?.citation} shows the parameter {${quoted(name)}}; the new wording must keep {${quoted(name)}} (not the number written out), so that the value in force is shown`,
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
    if (!article || (change.citation === `Pasal ${n}` && !c.insertedArticles.has(String(n)))) {
      unknownCitation(c, `${at}.citation`, change.citation);
      return;
    }
    c.added.add(change.citation);
  } else if (!existing && !(change.remove && article && change.citation === `Pasal ${n}`)) {
    // a whole article may be removed even where its text has no article-level provision
    unknownCitation(c, `${at}.citation`, change.citation);
    return;
  }
  checkWording(c, change.text, at, existing?.provision);
  // A provision taken from the statute cannot be reworded or have its conditions changed, nor can a provision
  // that contains one (`Pasal 9 ayat (1)`); a new one may be added beside it (a Peraturan Menteri may add
  // requirements of its own).
  const holder = existing || change.remove ? statutoryWithin(c.regulation, change.citation) : undefined;
  if (holder) {
    const what =
      change.text !== undefined && change.when === undefined && !change.remove
        ? { id: 'diubah rumusannya', en: 'change its wording' }
        : { id: 'diubah atau dihapus syaratnya', en: 'change or remove its conditions' };
    c.issues.push(inputIssue(`${at}.citation`, statuteRefusal(holder.citation, holder, what)));
    return;
  }
  if (!article) return;
  const subject = article.subject ?? 'village';
  const finding = c.regulation.findings.get(change.citation);
  if (change.remove) {
    // Removing a provision removes everything encoded within it (an ayat with its huruf, a whole article):
    // its conditions, its obligations and its exceptions drop out of the text.
    const encoded = encodedWithin(c.regulation, change.citation);
    if (encoded.length === 0) {
      const inArticle = encodedWithin(c.regulation, `Pasal ${n}`);
      c.issues.push(
        inputIssue(`${at}.remove`, {
          id: `${change.citation} tidak memiliki syarat atau kewajiban yang dikodekan; yang dikodekan di Pasal ${n}: ${inArticle.join('; ') || '(tidak ada)'}`,
          en: `${change.citation} has no encoded condition or obligation; encoded in Pasal ${n}: ${inArticle.join('; ') || '(none)'}`,
        }),
      );
    }
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
  checkWording(c, change.text, at, provisions.get(change.citation)?.provision);
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
  // displacing a citation sets aside everything in it: refused when that holds (or is held by) the statute
  const held = provisionHolding(c.regulation, change.displaces);
  const statutory = held?.provenance === 'UU18' ? held : statutoryWithin(c.regulation, change.displaces);
  if (statutory) {
    c.issues.push(
      inputIssue(
        `${at}.displaces`,
        statuteRefusal(statutory.citation, statutory, { id: 'dikecualikan', en: 'set it aside' }),
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
  const c: Checker = { regulation, issues: [], added: new Set(), insertedArticles: new Map() };
  amendment.changes.forEach((change, i) => {
    const at = `changes[${i}]`;
    if (change.kind === 'parameter') checkParameterChange(c, change, at);
    else if (change.kind === 'exception') checkExceptionChange(c, change, at);
    else if (change.kind === 'article') checkArticleChange(c, change, at);
    else checkProvisionChange(c, change, at);
  });
  for (const [article, at] of c.insertedArticles) {
    if (![...c.added].some((x) => citationWithin(x, `Pasal ${article}`)))
      c.issues.push(
        inputIssue(at, {
          id: `Pasal ${article} belum berisi ketentuan; tambahkan ayatnya dengan citation: Pasal ${article} ayat (1), new: true dan text`,
          en: `Pasal ${article} has no provisions; add its ayat with citation: Pasal ${article} ayat (1), new: true and text`,
        }),
      );
  }
  return c.issues;
}

/**
 * After an amendment: every "paling sedikit k dari n" whose members are the findings within citations (`each`)
 * must still have k members that the amendment did not remove, for every dated value of k; otherwise the
 * provision can never be met and the amendment is refused, naming it.
 */
export function checkReachable(regulation: Regulation): InputIssue[] {
  const issues: InputIssue[] = [];
  const all = [...regulation.findings.values()];
  for (const { finding } of all) {
    const visit = (c: Condition): void => {
      if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
      else if ('atLeast' in c) {
        let n = 0;
        const dropped: string[] = [];
        for (const x of c.of) {
          if ('finding' in x && x.each === true) {
            for (const f of all) {
              if (!citationInRange(f.finding.citation, x.finding, x.through)) continue;
              if (f.finding.removed) dropped.push(f.finding.citation);
              else n++;
            }
          } else n++;
        }
        const param = typeof c.atLeast === 'number' ? undefined : c.atLeast.param;
        const def = param === undefined ? undefined : regulation.parameters.get(param);
        const ks =
          typeof c.atLeast === 'number'
            ? [c.atLeast]
            : Object.values(def?.values ?? {}).map((v) => Number(v.value));
        const k = Math.max(...ks);
        if (k > n) {
          const which = param === undefined ? '' : ` (${param})`;
          issues.push(
            inputIssue('changes', {
              id: `sesudah perubahan, ${finding.citation} mensyaratkan paling sedikit ${k}${which} dari ${n} kriteria yang tersisa${dropped.length ? ` (dihapus: ${dropped.join('; ')})` : ''}: tidak pernah dapat dipenuhi; ubah juga ${finding.citation}${param ? ` atau nilai ${param}` : ''}`,
              en: `after the amendment, ${finding.citation} requires at least ${k}${which} of the ${n} remaining criteria${dropped.length ? ` (removed: ${dropped.join('; ')})` : ''}: it can never be met; amend ${finding.citation}${param ? ` or the value of ${param}` : ''} too`,
            }),
          );
        }
      }
    };
    visit(finding.when as Condition);
  }
  return issues;
}
