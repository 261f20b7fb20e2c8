/**
 * What the person form holds and how it becomes the API's request: the birth date stays as typed
 * until sent; an empty optional field is sent as nothing on create and as null (clear it) on edit.
 */
import { formatBirthDate, toApiBirthDate } from '@/lib/birth-date';
import type { NewPerson } from '../api/create-person';
import type { PersonView } from '../api/get-person';
import type { PersonPatch } from '../api/update-person';

export type Relation = NonNullable<PersonView['relationToHead']>;
export type Sex = PersonView['sex'];
export type AccountKind = NonNullable<PersonView['payoutAccount']>['kind'];

export const RELATIONS: readonly Relation[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'GRANDCHILD',
  'GRANDPARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'OTHER',
];

export interface PersonFormValues {
  fullName: string;
  birthDate: string;
  sex?: Sex;
  ethnicGroupCode?: string;
  nationalId?: string;
  phone?: string;
  relationToHead?: Relation | null;
  payoutAccount?: { kind?: AccountKind | 'NONE'; provider?: string; number?: string };
}

const clean = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function payoutOf(values: PersonFormValues): NonNullable<PersonView['payoutAccount']> | null {
  const account = values.payoutAccount;
  if (!account?.kind || account.kind === 'NONE') return null;
  return { kind: account.kind, provider: clean(account.provider) ?? '', number: clean(account.number) ?? '' };
}

export function toNewPerson(
  values: PersonFormValues,
  context: { communeCode: string; householdId?: string | null },
  confirmedDistinctFrom: string[],
): NewPerson {
  const body: NewPerson = {
    communeCode: context.communeCode,
    fullName: values.fullName.trim(),
    birthDate: toApiBirthDate(values.birthDate),
    sex: values.sex as Sex,
    ethnicGroupCode: values.ethnicGroupCode ?? '',
  };
  const nationalId = clean(values.nationalId);
  const phone = clean(values.phone);
  const payout = payoutOf(values);
  if (nationalId) body.nationalId = nationalId;
  if (phone) body.phone = phone;
  if (payout) body.payoutAccount = payout;
  if (context.householdId) {
    body.householdId = context.householdId;
    if (values.relationToHead) body.relationToHead = values.relationToHead;
  }
  if (confirmedDistinctFrom.length > 0) body.confirmedDistinctFrom = confirmedDistinctFrom;
  return body;
}

export function toFormValues(person: PersonView): PersonFormValues {
  return {
    fullName: person.fullName,
    birthDate: formatBirthDate(person.birthDate, person.birthDatePrecision),
    sex: person.sex,
    ethnicGroupCode: person.ethnicGroup.code,
    nationalId: person.nationalId ?? '',
    phone: person.phone ?? '',
    relationToHead: person.relationToHead,
    payoutAccount: person.payoutAccount
      ? { kind: person.payoutAccount.kind, provider: person.payoutAccount.provider, number: person.payoutAccount.number }
      : { kind: 'NONE' },
  };
}

/** Only what changed; null clears an optional field. Empty when nothing changed. */
export function toPatch(values: PersonFormValues, person: PersonView): PersonPatch {
  const before = toFormValues(person);
  const patch: PersonPatch = {};
  if (values.fullName.trim() !== before.fullName) patch.fullName = values.fullName.trim();
  if (values.birthDate.trim() !== before.birthDate) {
    const birthDate = toApiBirthDate(values.birthDate);
    if (birthDate !== formatBirthDateIso(person)) patch.birthDate = birthDate;
  }
  if (values.sex && values.sex !== before.sex) patch.sex = values.sex;
  if (values.ethnicGroupCode && values.ethnicGroupCode !== before.ethnicGroupCode) patch.ethnicGroupCode = values.ethnicGroupCode;
  if (clean(values.nationalId) !== clean(before.nationalId)) patch.nationalId = clean(values.nationalId);
  if (clean(values.phone) !== clean(before.phone)) patch.phone = clean(values.phone);
  if (person.household && (values.relationToHead ?? null) !== (before.relationToHead ?? null)) {
    patch.relationToHead = values.relationToHead ?? null;
  }
  const payout = payoutOf(values);
  if (JSON.stringify(payout) !== JSON.stringify(person.payoutAccount ?? null)) patch.payoutAccount = payout;
  return patch;
}

/** The person's birth date as the API string at its precision ("1948", "1948-05", "1948-05-17"). */
function formatBirthDateIso(person: PersonView): string {
  const iso = person.birthDate;
  if (person.birthDatePrecision === 'YEAR') return iso.slice(0, 4);
  if (person.birthDatePrecision === 'MONTH') return iso.slice(0, 7);
  return iso;
}
