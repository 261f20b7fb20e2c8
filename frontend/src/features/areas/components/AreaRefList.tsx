import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { AreaRef } from '../api/get-areas';
import { dayWithin } from './area-params';

/** Related units (predecessors or successors), each a link to that unit on a day it was valid. */
export function AreaRefList({ refs, validOn, empty, linkSearch }: {
  refs: AreaRef[];
  validOn: string;
  empty: string;
  /** the query string for a unit's link, given the day to open it at */
  linkSearch: (day: string) => string;
}) {
  const { t } = useTranslation();
  if (refs.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {refs.map((ref) => {
        const day = dayWithin(ref, validOn);
        const validity =
          ref.validFrom && ref.validTo
            ? t('areas.detail.refValidity', { from: formatDate(ref.validFrom), to: formatDate(ref.validTo) })
            : ref.validTo
              ? t('areas.detail.refUntil', { date: formatDate(ref.validTo) })
              : ref.validFrom
                ? t('areas.detail.refSince', { date: formatDate(ref.validFrom) })
                : '';
        return (
          <li key={`${ref.code}-${ref.level}-${ref.validFrom ?? ''}`} style={{ marginBottom: 6 }}>
            <Flex wrap gap={6} align="baseline">
              <Link to={`/areas/${encodeURIComponent(ref.code)}${linkSearch(day)}`} title={t('areas.detail.openAt', { name: ref.fullName, date: formatDate(day) })}>
                {ref.fullName}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                ({ref.code})
              </Typography.Text>
              {ref.kind && ref.kind !== 'whole' && (
                <Tag color={ref.kind === 'partial' ? 'orange' : undefined} style={{ marginInlineEnd: 0 }}>
                  {t(`areas.kind.${ref.kind}`, { defaultValue: ref.kind })}
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {validity}
              </Typography.Text>
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}
