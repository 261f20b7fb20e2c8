import { Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import { useRowLink } from '@/lib/row-link';
import type { AreaRef, AreaView } from '../api/get-areas';
import { refNames } from './area-refs';

export const PAGE_SIZE = 20;

interface Props {
  items: AreaView[];
  total: number;
  loading: boolean;
  /** 1-based */
  page: number;
  onPageChange: (page: number) => void;
  detailHref: (code: string) => string;
  /** for districts (before 1/7/2025): link to their communes */
  communesHref?: (districtCode: string) => string;
  showParent?: boolean;
  emptyText: string;
  caption: string;
}

function RefCell({ refs, partLabel }: { refs: AreaRef[]; partLabel: string }) {
  if (refs.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = refNames(refs, partLabel);
  return (
    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

export function AreaTable(props: Props) {
  const { items, total, loading, page, onPageChange, detailHref, communesHref, showParent, emptyText, caption } = props;
  const { t } = useTranslation();
  const openArea = useRowLink<AreaView>((area) => detailHref(area.code));
  const screens = Grid.useBreakpoint();
  // on a phone the related-units columns are hidden: say it under the name instead
  const phone = screens.sm === false;
  const partLabel = t('areas.kind.partial');
  const anySuccessors = items.some((a) => a.successors.length > 0);
  const anyPredecessors = items.some((a) => a.predecessors.length > 0);

  const columns: TableColumnsType<AreaView> = [
    { key: 'code', title: t('areas.columns.code'), dataIndex: 'code', width: 80 },
    {
      key: 'name',
      title: t('areas.columns.name'),
      dataIndex: 'fullName',
      width: phone ? undefined : 220,
      render: (_: unknown, area) => {
        const link = <Link to={detailHref(area.code)}>{area.fullName}</Link>;
        if (!phone) return link;
        const [label, refs] =
          area.successors.length > 0
            ? [t('areas.columns.nowPartOf'), area.successors]
            : [t('areas.columns.formerly'), area.predecessors];
        return (
          <>
            {link}
            {refs.length > 0 && (
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 13, marginBottom: 0 }}>
                {label}: {refNames(refs, partLabel)}
              </Typography.Paragraph>
            )}
          </>
        );
      },
    },
    { key: 'type', title: t('areas.columns.type'), dataIndex: 'type', width: 120, responsive: ['md'] },
  ];
  if (showParent) {
    columns.push({
      key: 'parent',
      title: t('areas.columns.parent'),
      render: (_: unknown, area) => area.parent?.fullName ?? '—',
      responsive: ['sm'],
    });
  }
  // only the columns the rows have something for: districts (abolished in 2025) have neither
  if (anyPredecessors) {
    columns.push({
      key: 'formerly',
      title: t('areas.columns.formerly'),
      render: (_: unknown, area) => <RefCell refs={area.predecessors} partLabel={partLabel} />,
      responsive: ['sm'],
    });
  }
  if (anySuccessors) {
    columns.push({
      key: 'nowPartOf',
      title: t('areas.columns.nowPartOf'),
      render: (_: unknown, area) => <RefCell refs={area.successors} partLabel={partLabel} />,
      responsive: ['sm'],
    });
  }
  if (communesHref) {
    columns.push({
      key: 'communes',
      title: '',
      width: 150,
      render: (_: unknown, area) => <Link to={communesHref(area.code)}>{t('areas.viewCommunes')}</Link>,
    });
  }

  return (
    <Table<AreaView>
      rowKey="code"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      tableLayout="fixed"
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      onRow={openArea}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total,
        showSizeChanger: false,
        showTotal: (count) => t('areas.total', { count, formatted: formatNumber(count) }),
        onChange: onPageChange,
      }}
    />
  );
}
