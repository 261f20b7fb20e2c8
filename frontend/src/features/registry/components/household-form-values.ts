/** What the household form holds, and the NewHousehold request it becomes. */
import type { Dayjs } from 'dayjs';
import { toApiBirthDate } from '@/lib/birth-date';
import { ISO_DATE } from '@/lib/format';
import type { NewHousehold } from '../api/create-household';
import type { HouseholdView } from '../api/get-household';
import type { Relation, Sex } from './person-form-values';

export type PovertyStatus = NonNullable<HouseholdView['povertyStatus']>['status'];
export const POVERTY_STATUSES: readonly PovertyStatus[] = ['POOR', 'NEAR_POOR', 'NONE'];

export interface MemberValues {
  relationToHead?: Relation;
  fullName?: string;
  birthDate?: string;
  sex?: Sex;
  ethnicGroupCode?: string;
  nationalId?: string;
  phone?: string;
}

export interface HouseholdFormValues {
  villageId?: string | null;
  address?: string;
  code?: string;
  povertyStatus?: { status?: PovertyStatus | 'UNKNOWN'; validFrom?: Dayjs | null; decisionNumber?: string };
  members: MemberValues[];
}

const clean = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** `confirmedFor(i)`: the people the officer said member i is not. */
export function toNewHousehold(values: HouseholdFormValues, communeCode: string, confirmedFor: (index: number) => string[]): NewHousehold {
  const body: NewHousehold = { communeCode, address: values.address?.trim() ?? '' };
  if (values.villageId) body.villageId = values.villageId;
  const code = clean(values.code);
  if (code) body.code = code;
  const poverty = values.povertyStatus;
  if (poverty?.status && poverty.status !== 'UNKNOWN') {
    body.povertyStatus = {
      status: poverty.status,
      validFrom: poverty.validFrom ? poverty.validFrom.format(ISO_DATE) : '',
      decisionNumber: poverty.decisionNumber?.trim() ?? '',
    };
  }
  body.members = values.members.map((m, index) => {
    const member: NonNullable<NewHousehold['members']>[number] = {
      relationToHead: m.relationToHead as Relation,
      fullName: m.fullName?.trim() ?? '',
      birthDate: toApiBirthDate(m.birthDate ?? ''),
      sex: m.sex as Sex,
      ethnicGroupCode: m.ethnicGroupCode ?? '',
    };
    const nationalId = clean(m.nationalId);
    const phone = clean(m.phone);
    if (nationalId) member.nationalId = nationalId;
    if (phone) member.phone = phone;
    const confirmed = confirmedFor(index);
    if (confirmed.length > 0) member.confirmedDistinctFrom = confirmed;
    return member;
  });
  return body;
}
