// Explanations of findings whose condition an amendment replaced.

import type { ExplainContext, ExplainValue, FindingDef, Subject } from '../define.js';
import {
  type Condition,
  findingRefNodes,
  forEachComparison,
  isFactRef,
  isParamRef,
  type Operator,
} from '../engine/condition.js';
import { OPERATOR_TESTS } from '../engine/operators.js';
import { bilingual, formatNumber, list, percent } from '../explain/format.js';
import { OPERATOR_SYMBOL, showValue } from '../report/condition.js';
import type { Bilingual, Lang } from '../types.js';
import type { ProvisionChange } from './schema.js';

export const PLACEHOLDER = /\{([A-Za-z][\w]*)(%?)\}/g;

function factValue(ctx: ExplainContext<Subject, string>, name: string): unknown {
  return (ctx.facts as Record<string, unknown>)[name];
}

function showFor(value: unknown, lang: Lang, asPercent = false): string {
  if (value === null || value === undefined) return lang === 'id' ? 'tidak ada' : 'none';
  if (asPercent && typeof value === 'number') return percent(value, lang);
  if (typeof value === 'boolean') return lang === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value, lang);
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
export function amendedExplain(
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
    const refs = findingRefNodes(when).map((r) => r.finding);
    if (messages) {
      const m = messages[ctx.verdict];
      return { message: { id: fillTemplate(m.id, 'id', ctx), en: fillTemplate(m.en, 'en', ctx) }, values };
    }
    const message = bilingual((l) => {
      const yes = l === 'id' ? 'ya' : 'yes';
      const no = l === 'id' ? 'tidak' : 'no';
      const parts = leaves.map((x) => {
        const held = OPERATOR_TESTS[x.operator](x.actual, x.expected);
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
