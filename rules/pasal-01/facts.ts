// Pasal 1 angka 1: what kind of village a code denotes (read by Pasal 3 ayat (1) huruf a).

/** The village kind from the 4-digit part of its Kemendagri code (Pasal 1 angka 1). */
export type VillageKind = 'kelurahan' | 'desa' | 'desa-adat' | 'tidak-dikenal';

/** The kind of village a Kemendagri code denotes: from the code, never from the name. */
export function villageKindOf(code: string): VillageKind {
  const first = code.split('.')[3]?.[0];
  if (first === '1') return 'kelurahan';
  if (first === '2') return 'desa';
  if (first === '3') return 'desa-adat';
  return 'tidak-dikenal';
}
