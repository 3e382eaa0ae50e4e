import type { Member } from '../../src/index.js';

/** The village code of the test villages (Anjani, Lombok Timur). */
export const CODE = '52.03.13.2001';

/** A member who breaks no ayat of Pasal 7 on their own: an adult man living in the village; `over` changes that. */
export function member(name: string, over: Partial<Member> = {}): Member {
  return {
    name,
    role: 'anggota',
    sex: 'male',
    birthDate: '1980-05-05',
    domicileVillageCode: CODE,
    background: ['tokoh-masyarakat'],
    p3miAffiliation: false,
    unlicensedRecruiter: false,
    ...over,
  };
}
