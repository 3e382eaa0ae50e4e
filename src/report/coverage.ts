// The coverage report for people: what the scenarios do not pin (text), or the full tables (Markdown).

import {
  type CoverageReport,
  coverageCitation,
  exercisedBothWays,
  type FindingCoverage,
  obligationBothWays,
  timesNotMet,
} from '../coverage.js';
import { markdownText } from '../markdown.js';
import type { Lang } from '../types.js';

const T = {
  id: {
    title: 'Cakupan skenario',
    judgedOn: (date: string) => `semua dinilai per ${date}`,
    scenarios: (n: number, off: number) =>
      `${n} skenario${off > 0 ? ` (${off} sebelum Peraturan Menteri berlaku)` : ''}`,
    findingsBoth: 'Ketentuan yang pernah memenuhi dan pernah tidak memenuhi',
    comparisonsBoth: 'Perbandingan yang pernah benar dan pernah salah',
    obligationsBoth: 'Kewajiban yang pernah dipenuhi dan pernah terlambat/lewat tenggat',
    parametersMattered: 'Parameter yang menentukan paling sedikit satu skenario',
    gapsFindings: 'Ketentuan yang belum dipatok kedua arah',
    gapsComparisons: 'Perbandingan yang belum dipatok kedua arah',
    gapsObligations: 'Kewajiban yang belum dipatok kedua arah',
    gapsParameters: 'Parameter yang tidak pernah menentukan',
    neverMet: 'tidak pernah memenuhi',
    neverNotMet: 'tidak pernah tidak memenuhi',
    neverTrue: 'tidak pernah benar',
    neverFalse: 'tidak pernah salah',
    neverFulfilled: 'tidak pernah dipenuhi',
    neverFailed: 'tidak pernah terlambat atau lewat tenggat',
    none: 'tidak ada',
    paramNote:
      'Parameter menentukan sebuah skenario bila menggeser nilainya satu langkah (1 untuk jumlah, hari, bulan dan tahun; 0,01 untuk rasio; 1 hari untuk tanggal) ke salah satu arah mengubah putusan apa pun dari skenario itu.',
    step: 'langkah',
    counts: (f: FindingCoverage) =>
      `memenuhi ${f.verdicts.met}, tidak memenuhi ${timesNotMet(f)}, tidak diketahui ${f.verdicts.unknown}, tidak berlaku ${f.classification ? 0 : f.verdicts.not_applicable}`,
    met: 'memenuhi',
    notMet: 'tidak memenuhi',
    unknown: 'tidak diketahui',
    na: 'tidak berlaku',
    provision: 'Ketentuan',
    comparison: 'Perbandingan',
    obligation: 'Kewajiban',
    parameter: 'Parameter',
    scenariosCol: 'skenario',
    statusCols: ['dipenuhi', 'terlambat', 'lewat tenggat', 'belum jatuh tempo', 'tidak diketahui'],
    yes: 'ya',
    no: 'BELUM',
  },
  en: {
    title: 'Scenario coverage',
    judgedOn: (date: string) => `all judged on ${date}`,
    scenarios: (n: number, off: number) =>
      `${n} scenarios${off > 0 ? ` (${off} before the regulation is in force)` : ''}`,
    findingsBoth: 'Provisions seen both met and not met',
    comparisonsBoth: 'Comparisons seen both true and false',
    obligationsBoth: 'Obligations seen both met and late/overdue',
    parametersMattered: 'Parameters that decide at least one scenario',
    gapsFindings: 'Provisions not pinned both ways',
    gapsComparisons: 'Comparisons not pinned both ways',
    gapsObligations: 'Obligations not pinned both ways',
    gapsParameters: 'Parameters that never mattered',
    neverMet: 'never met',
    neverNotMet: 'never not met',
    neverTrue: 'never true',
    neverFalse: 'never false',
    neverFulfilled: 'never met',
    neverFailed: 'never late or overdue',
    none: 'none',
    paramNote:
      'A parameter matters in a scenario when moving its value by one step (1 for counts, days, months and years; 0.01 for ratios; one day for dates) either way changes any verdict of that scenario.',
    step: 'step',
    counts: (f: FindingCoverage) =>
      `met ${f.verdicts.met}, not met ${timesNotMet(f)}, unknown ${f.verdicts.unknown}, not applicable ${f.classification ? 0 : f.verdicts.not_applicable}`,
    met: 'met',
    notMet: 'not met',
    unknown: 'unknown',
    na: 'n/a',
    provision: 'Provision',
    comparison: 'Comparison',
    obligation: 'Obligation',
    parameter: 'Parameter',
    scenariosCol: 'scenarios',
    statusCols: ['met', 'late', 'overdue', 'pending', 'unknown'],
    yes: 'yes',
    no: 'NO',
  },
} as const;

interface Gaps {
  findings: { f: FindingCoverage; what: string }[];
  comparisons: { citation: string; text: string; what: string }[];
  obligations: { citation: string; party: string; what: string }[];
  parameters: CoverageReport['parameters'];
}

/** What the scenarios do not pin, in the chosen language. */
export function coverageGaps(r: CoverageReport, lang: Lang): Gaps {
  const t = T[lang];
  const findings = r.findings
    .filter((f) => !exercisedBothWays(f))
    .map((f) => ({
      f,
      what: [f.verdicts.met === 0 ? t.neverMet : '', timesNotMet(f) === 0 ? t.neverNotMet : '']
        .filter(Boolean)
        .join(', '),
    }));
  const comparisons: Gaps['comparisons'] = [];
  for (const f of r.findings) {
    // A finding of one comparison already says it: list comparisons only where they tell more.
    if (f.comparisons.length < 2 && !exercisedBothWays(f)) continue;
    for (const c of f.comparisons) {
      if (c.met > 0 && c.not_met > 0) continue;
      comparisons.push({
        citation: coverageCitation(f),
        text: c.text[lang],
        what: [c.met === 0 ? t.neverTrue : '', c.not_met === 0 ? t.neverFalse : '']
          .filter(Boolean)
          .join(', '),
      });
    }
  }
  const obligations = r.obligations
    .filter((o) => !obligationBothWays(o))
    .map((o) => ({
      citation: o.citation,
      party: o.party,
      what: [
        o.statuses.met === 0 ? t.neverFulfilled : '',
        o.statuses.late + o.statuses.overdue === 0 ? t.neverFailed : '',
      ]
        .filter(Boolean)
        .join(', '),
    }));
  return { findings, comparisons, obligations, parameters: r.parameters.filter((p) => p.mattered === 0) };
}

function summary(r: CoverageReport, lang: Lang): string[] {
  const t = T[lang];
  const comparisons = r.findings.flatMap((f) => f.comparisons);
  return [
    `${t.findingsBoth}: ${r.findings.filter(exercisedBothWays).length}/${r.findings.length}`,
    `${t.comparisonsBoth}: ${comparisons.filter((c) => c.met > 0 && c.not_met > 0).length}/${comparisons.length}`,
    `${t.obligationsBoth}: ${r.obligations.filter(obligationBothWays).length}/${r.obligations.length}`,
    `${t.parametersMattered}: ${r.parameters.filter((p) => p.mattered > 0).length}/${r.parameters.length}`,
  ];
}

/** How many scenarios, how many before the regulation is in force, and the date they were all judged on. */
function scenarioCount(r: CoverageReport, lang: Lang): string {
  const t = T[lang];
  const n = t.scenarios(r.scenarios, r.notInForce);
  return r.asOf ? `${n}, ${t.judgedOn(r.asOf)}` : n;
}

/** The coverage as text: the summary, then everything the scenarios do not pin. */
export function formatCoverageText(r: CoverageReport, lang: Lang): string {
  const t = T[lang];
  const g = coverageGaps(r, lang);
  const out = [
    `${t.title}: ${r.dir} — ${scenarioCount(r, lang)}`,
    '',
    ...summary(r, lang).map((s) => `  ${s}`),
  ];
  out.push('', `${t.gapsFindings}:`);
  if (g.findings.length === 0) out.push(`  ${t.none}`);
  for (const { f, what } of g.findings) out.push(`  ${coverageCitation(f)}: ${what} (${t.counts(f)})`);
  out.push('', `${t.gapsComparisons}:`);
  if (g.comparisons.length === 0) out.push(`  ${t.none}`);
  for (const c of g.comparisons) out.push(`  ${c.citation}: ${c.text} — ${c.what}`);
  out.push('', `${t.gapsObligations}:`);
  if (g.obligations.length === 0) out.push(`  ${t.none}`);
  for (const o of g.obligations) out.push(`  ${o.citation} (${o.party}): ${o.what}`);
  out.push('', `${t.gapsParameters}:`);
  if (g.parameters.length === 0) out.push(`  ${t.none}`);
  for (const p of g.parameters) out.push(`  ${p.name} (Pasal ${p.article}, ${p.unit}; ${t.step} ${p.step})`);
  out.push('', t.paramNote);
  return `${out.join('\n')}\n`;
}

/** The coverage as Markdown: the summary and the full tables, gaps marked. */
export function formatCoverageMarkdown(r: CoverageReport, lang: Lang): string {
  const t = T[lang];
  const out = [
    `# ${t.title}: \`${r.dir}\``,
    '',
    `${scenarioCount(r, lang)}.`,
    '',
    ...summary(r, lang).map((s) => `- ${s}`),
    '',
  ];
  out.push(
    `## ${t.provision}`,
    '',
    `| ${t.provision} | ${t.met} | ${t.notMet} | ${t.unknown} | ${t.na} | |`,
    '|---|---:|---:|---:|---:|---|',
  );
  for (const f of r.findings) {
    out.push(
      `| ${markdownText(coverageCitation(f))} | ${f.verdicts.met} | ${timesNotMet(f)} | ${f.verdicts.unknown} | ${f.classification ? 0 : f.verdicts.not_applicable} | ${exercisedBothWays(f) ? '' : '⚠'} |`,
    );
    for (const c of f.comparisons)
      out.push(
        `| ↳ \`${c.text[lang].replace(/\|/g, '\\|')}\` | ${c.met} | ${c.not_met} | ${c.unknown} | | ${c.met > 0 && c.not_met > 0 ? '' : '⚠'} |`,
      );
  }
  out.push(
    '',
    `## ${t.obligation}`,
    '',
    `| ${t.obligation} | ${t.statusCols.join(' | ')} | |`,
    '|---|---:|---:|---:|---:|---:|---|',
  );
  for (const o of r.obligations) {
    const s = o.statuses;
    out.push(
      `| ${o.citation} (${o.party}) | ${s.met} | ${s.late} | ${s.overdue} | ${s.pending} | ${s.unknown} | ${obligationBothWays(o) ? '' : '⚠'} |`,
    );
  }
  out.push(
    '',
    `## ${t.parameter}`,
    '',
    t.paramNote,
    '',
    `| ${t.parameter} | | ${t.step} | ${t.scenariosCol} | |`,
    '|---|---|---|---:|---|',
  );
  for (const p of r.parameters)
    out.push(
      `| \`${p.name}\` | Pasal ${p.article}, ${p.unit} | ${p.step} | ${p.mattered} | ${p.mattered > 0 ? '' : '⚠'} |`,
    );
  return `${out.join('\n')}\n`;
}
