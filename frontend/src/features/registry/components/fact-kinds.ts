/**
 * The facts that decide eligibility, each kind with the values it takes (docs/registry-api-notes.md, ADR 0009).
 * `date` says what the fact's date value means, and whether it is needed.
 */
import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';
import type { Role } from '@/lib/current-user';
import type { Fact, FactKind } from '../api/get-person-facts';

interface KindRule {
  codes: readonly string[] | null;
  /** what date_value means; null: none */
  date: 'certificate' | 'expectedDelivery' | 'death' | null;
  /** codes for which the date is not needed */
  dateOptionalFor?: readonly string[];
}

export const FACT_KINDS: Record<FactKind, KindRule> = {
  PENSION: { codes: ['PENSION', 'SOCIAL_INSURANCE_MONTHLY', 'NONE'], date: null },
  DISABILITY: { codes: ['NONE', 'SEVERE', 'ESPECIALLY_SEVERE'], date: 'certificate', dateOptionalFor: ['NONE'] },
  PREGNANCY: { codes: null, date: 'expectedDelivery' },
  ORPHAN: { codes: ['FULL_ORPHAN', 'NO_SUPPORT'], date: null },
  STUDYING: { codes: ['GENERAL_EDUCATION', 'VOCATIONAL', 'UNIVERSITY'], date: null },
  HIV: { codes: ['POSITIVE'], date: null },
  DEATH: { codes: null, date: 'death' },
  // facts the policy evaluator reads (issue 4)
  NO_SUPPORTER: { codes: ['NO_OBLIGED_PERSON', 'OBLIGED_ON_ALLOWANCE'], date: null },
  SINGLE_PARENT: { codes: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], date: null },
  COMMUNITY_CARE: { codes: ['CARED_IN_COMMUNITY'], date: null },
  MONTHLY_ALLOWANCE: { codes: ['MERIT', 'OTHER'], date: null },
};

export const FACT_KIND_ORDER: readonly FactKind[] = [
  'DEATH',
  'DISABILITY',
  'PENSION',
  'MONTHLY_ALLOWANCE',
  'PREGNANCY',
  'ORPHAN',
  'STUDYING',
  'NO_SUPPORTER',
  'SINGLE_PARENT',
  'COMMUNITY_CARE',
  'HIV',
];

/** HIV status is recorded only by the roles that may see it (ND 20 Art. 8: never shown publicly). */
export function kindsFor(role: Role): FactKind[] {
  return FACT_KIND_ORDER.filter((kind) => kind !== 'HIV' || role === 'SOCIAL_WORKER' || role === 'APPROVER');
}

/** The fact's value in words: "Khuyết tật nặng (giấy xác nhận 12/03/2020)". */
export function describeFactValue(fact: Pick<Fact, 'kind' | 'codeValue' | 'dateValue'>, t: TFunction): string {
  const rule = FACT_KINDS[fact.kind];
  const parts: string[] = [];
  if (fact.codeValue) parts.push(t(`registry.fact.code.${fact.kind}.${fact.codeValue}`, { defaultValue: fact.codeValue }));
  if (rule.date && fact.dateValue) {
    const date = formatDate(fact.dateValue);
    parts.push(parts.length > 0 ? `(${t(`registry.fact.date.${rule.date}`)} ${date})` : `${t(`registry.fact.date.${rule.date}`)} ${date}`);
  }
  return parts.join(' ');
}

/** "Từ 01/07/2024 đến nay" / "01/07/2024 – 30/06/2025" */
export function describePeriod(fact: Pick<Fact, 'validFrom' | 'validTo'>, t: TFunction): string {
  return fact.validTo
    ? t('registry.fact.periodClosed', { from: formatDate(fact.validFrom), to: formatDate(fact.validTo) })
    : t('registry.fact.periodOpen', { from: formatDate(fact.validFrom) });
}
