import { InfoCircleOutlined } from '@ant-design/icons';
import { Empty, Flex, Input, Skeleton, Typography, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchesFolded } from '@/lib/text';
import type { AreaView } from '../api/get-areas';

interface Props {
  provinces: AreaView[] | undefined;
  loading: boolean;
  selected: string | null;
  /** link to the list of one province's units */
  listHref: (code: string) => string;
  /** link to one province's details */
  detailHref: (code: string) => string;
  maxHeight: number | string;
}

/** The provinces as of the chosen day, filtered on the client without diacritics ("dak" finds "Đắk Lắk"). */
export function ProvinceList({ provinces, loading, selected, listHref, detailHref, maxHeight }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  // a deep link to a province far down the list: bring it into view
  useEffect(() => {
    const current = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, provinces]);
  const shown = (provinces ?? []).filter((p) => !filter.trim() || matchesFolded(`${p.fullName} ${p.code}`, filter));

  return (
    <Flex vertical gap={8}>
      <Input
        type="search"
        allowClear
        aria-label={t('areas.provinceFilter')}
        placeholder={t('areas.provinceFilterPlaceholder')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {provinces && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('areas.provinceCount', { count: provinces.length })}
        </Typography.Text>
      )}
      {loading && !provinces ? (
        <Skeleton active paragraph={{ rows: 8 }} title={false} />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('areas.noProvinceMatch')} />
      ) : (
        <nav aria-label={t('areas.provinces')}>
          <ul ref={listRef} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight, overflowY: 'auto' }}>
            {shown.map((p) => {
              const isSelected = p.code === selected;
              return (
                <li key={p.code}>
                  <Flex
                    align="center"
                    style={{
                      borderRadius: token.borderRadius,
                      background: isSelected ? token.controlItemBgActive : undefined,
                    }}
                  >
                    <Link
                      to={listHref(p.code)}
                      aria-current={isSelected ? 'true' : undefined}
                      style={{
                        flex: 1,
                        padding: '6px 8px',
                        color: isSelected ? token.colorPrimary : token.colorText,
                        fontWeight: isSelected ? 600 : undefined,
                      }}
                    >
                      {p.fullName}
                    </Link>
                    <Link
                      to={detailHref(p.code)}
                      aria-label={t('areas.provinceDetail', { name: p.fullName })}
                      title={t('areas.provinceDetail', { name: p.fullName })}
                      style={{ padding: '6px 10px', color: token.colorTextSecondary }}
                    >
                      <InfoCircleOutlined aria-hidden />
                    </Link>
                  </Flex>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </Flex>
  );
}
