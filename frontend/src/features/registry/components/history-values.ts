/**
 * The audit trail stores values as the API's plain strings (`MALE`, `HEAD`, `1948-05`,
 * `DISABILITY SEVERE 2020-03-12 [2020-03-12..]`, `BANK Agribank 123…`); these say them in words.
 * Anything not recognised is shown as stored.
 */
import type { TFunction } from 'i18next';
import { formatBirthDate } from '@/lib/birth-date';
import { formatDate } from '@/lib/format';
import type { FactKind } from '../api/get-person-facts';
import { describeFactValue, describePeriod, FACT_KINDS } from './fact-kinds';

const FACT_TEXT = /^([A-Z_]+)(?: ([A-Z_]+))?(?: (\d{4}-\d{2}-\d{2}))? \[(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?\]$/;

export function historyFieldLabel(field: string, t: TFunction): string {
  const fact = /^facts\.([A-Z_]+)$/.exec(field);
  if (fact && fact[1] && fact[1] in FACT_KINDS) {
    return t('registry.history.factField', { kind: t(`registry.fact.kind.${fact[1]}`) });
  }
  return t(`registry.history.field.${field}`, { defaultValue: field });
}

export function historyValueText(field: string, value: string, t: TFunction, ethnicGroupName?: (code: string) => string | undefined): string {
  switch (field) {
    case 'sex':
      return t(`registry.sex.${value}`, { defaultValue: value });
    case 'relationToHead':
      return t(`registry.relation.${value}`, { defaultValue: value });
    case 'birthDate':
      return formatBirthDate(value);
    case 'ethnicGroupCode':
      return ethnicGroupName?.(value) ?? value;
    case 'payoutAccount': {
      const [kind, ...rest] = value.split(' ');
      return kind === 'BANK' || kind === 'E_WALLET' ? [t(`registry.payout.${kind}`), ...rest].join(' ') : value;
    }
    default:
      break;
  }
  if (field.startsWith('facts.')) {
    const m = FACT_TEXT.exec(value);
    if (m && m[1] && m[1] in FACT_KINDS && m[4]) {
      const fact = { kind: m[1] as FactKind, codeValue: m[2] ?? null, dateValue: m[3] ?? null };
      const what = describeFactValue(fact, t) || t(`registry.fact.kind.${fact.kind}`);
      return `${what}; ${describePeriod({ validFrom: m[4], validTo: m[5] ?? null }, t).toLowerCase()}`;
    }
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value;
}

/** UUIDs in a stored value (`householdId`, `confirmedDistinctFrom` = "[id, id]") */
export function idsIn(value: string): string[] {
  return value.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
}
