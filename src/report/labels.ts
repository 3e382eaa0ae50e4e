import type { Lang, ObligationStatus, Provenance, Verdict } from '../types.js';

/** How a verdict reads to a person. */
export const VERDICT_LABEL: Record<Lang, Record<Verdict, string>> = {
  id: {
    met: 'memenuhi',
    not_met: 'tidak memenuhi',
    unknown: 'tidak diketahui',
    not_applicable: 'tidak berlaku',
  },
  en: { met: 'met', not_met: 'not met', unknown: 'unknown', not_applicable: 'not applicable' },
};

/** A one-character mark for a verdict. */
export const VERDICT_MARK: Record<Verdict, string> = {
  met: '✓',
  not_met: '✗',
  unknown: '?',
  not_applicable: '–',
};

export const OBLIGATION_LABEL: Record<Lang, Record<ObligationStatus, string>> = {
  id: {
    met: 'dipenuhi',
    late: 'terlambat',
    overdue: 'lewat tenggat',
    pending: 'belum jatuh tempo',
    unknown: 'tidak diketahui',
  },
  en: { met: 'met', late: 'late', overdue: 'overdue', pending: 'pending', unknown: 'unknown' },
};

export const DESIGNATION_LABEL: Record<Lang, Record<string, string>> = {
  id: { not_designated: 'belum ditetapkan', active: 'aktif', expired: 'berakhir' },
  en: { not_designated: 'not designated', active: 'active', expired: 'expired' },
};

export const KIND_LABEL: Record<Lang, Record<string, string>> = {
  id: { desa: 'desa', 'desa-adat': 'desa adat', kelurahan: 'kelurahan' },
  en: {
    desa: 'desa (village)',
    'desa-adat': 'desa adat (customary village)',
    kelurahan: 'kelurahan (urban ward)',
  },
};

const VALUE_WORD = { id: 'nilai', en: 'value' } as const;

/**
 * The provenance tag of a finding or obligation: the provision's, and beside it that of the parameters its
 * condition or computation read (`[PUB; nilai ASM]`, `[PUB; value ASM]`; an obligation: `[nilai ASM]`).
 */
export function provenanceTag(
  provenance: Provenance | undefined,
  parameters: Readonly<Record<string, Provenance>> | undefined,
  lang: Lang,
): string {
  const values = [...new Set(Object.values(parameters ?? {}))];
  const parts = [
    ...(provenance ? [provenance] : []),
    ...(values.length > 0 ? [`${VALUE_WORD[lang]} ${values.join('/')}`] : []),
  ];
  return parts.length > 0 ? `[${parts.join('; ')}]` : '';
}
