import { type Calendar, defaultCalendar } from './calendar/index.js';
import { InputError, type InputIssue, inputIssue, maskNik } from './errors.js';
import { judgeCandidate } from './evaluate/candidates.js';
import { factContext } from './evaluate/facts.js';
import { provenanceOf } from './evaluate/judge.js';
import { parameterProvenance } from './evaluate/noting.js';
import { decisionsOf, inForceDate } from './evaluate/status.js';
import { type EngineKind, parseAsOf, today } from './evaluate.js';
import { parametersOn, type Regulation } from './regulation.js';
import { shippedRegulation } from './rules.js';
import { candidateSchema, toIssues, villageCode } from './schema/index.js';
import type { DateString } from './types.js';
import type { CandidateVerdict } from './verdict.js';

/** Options of `verifyCandidate`. */
export interface VerifyCandidateOptions {
  /** The Tanggal Penilaian (default: today). Age is judged on the candidate's own `verifiedOn`. */
  asOf?: DateString;
  /**
   * The Kemendagri code of the verifying village (`PP.KK.CC.NNNN`), compared with the candidate's domicile
   * (Pasal 9 ayat (1) huruf b). Without it that part of huruf b is `unknown`.
   */
  villageCode?: string;
  /** The regulation to apply: the shipped text (default) or the text under an amendment. */
  regulation?: Regulation;
  calendar?: Calendar;
  engine?: EngineKind;
}

/**
 * Verifies one Calon PMI under Pasal 9, alone: the same verdict (`met` / `not_met` / `unknown`, findings per
 * huruf, masked NIK, outstanding requirements of ayat (2)) as the `candidates` section of a verdict document.
 * An invalid candidate (or option) rejects with an `InputError` listing every problem by path
 * (`birthDate`, `documents.permissionLetter.from`); no message ever contains the whole NIK.
 */
export async function verifyCandidate(
  candidate: unknown,
  options: VerifyCandidateOptions = {},
): Promise<CandidateVerdict> {
  const issues: InputIssue[] = [];
  let asOf: DateString = '';
  try {
    asOf = parseAsOf(options.asOf ?? today());
  } catch (e) {
    if (e instanceof InputError) issues.push(...e.issues);
    else throw e;
  }
  if (options.villageCode !== undefined && !villageCode.safeParse(options.villageCode).success) {
    issues.push(
      inputIssue('villageCode', {
        id: 'harus kode wilayah desa Kemendagri PP.KK.CC.NNNN (angka), mis. 52.03.13.2001',
        en: 'must be a Kemendagri village code PP.KK.CC.NNNN (digits), e.g. 52.03.13.2001',
      }),
    );
  }
  const parsed = candidateSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) issues.push(...toIssues(parsed.error));
  if (issues.length > 0 || !parsed.success) throw new InputError(issues);

  const regulation = options.regulation ?? shippedRegulation;
  const params = parametersOn(regulation, asOf);
  const c = parsed.data;
  const inForce = decisionsOf(regulation).inForce;
  const from = inForceDate(regulation, params);
  if (inForce && from !== null && asOf < from) {
    const pp = parameterProvenance(regulation, [inForce.param]);
    return {
      name: c.name,
      nik: c.nik === undefined ? null : maskNik(c.nik),
      verdict: 'not_applicable',
      findings: [
        {
          citation: inForce.citation,
          verdict: 'not_applicable',
          message: inForce.notYet(asOf, from),
          values: { asOf, [inForce.param]: from },
          provenance: provenanceOf(inForce.article, inForce.citation),
          ...(pp ? { parameterProvenance: pp } : {}),
        },
      ],
      outstanding: [],
    };
  }
  return judgeCandidate({
    regulation,
    candidate: c,
    factCtx: factContext(
      regulation,
      params,
      asOf,
      options.villageCode ?? '',
      options.calendar ?? defaultCalendar,
    ),
    ...(options.engine ? { engine: options.engine } : {}),
  });
}
