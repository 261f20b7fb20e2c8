import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Radio, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatNumber } from '@/lib/format';
import { CLIENT_CODES, type ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useImports, type ImportJob } from '../api/get-imports';
import { useStartImport, type ImportKind } from '../api/start-import';
import { formatOf, formatSize, MAX_IMPORT_BYTES, TEMPLATE_LINKS } from '../components/import-files';
import { ImportJobCard } from '../components/ImportJobCard';

const STATUS_COLORS: Record<ImportJob['status'], string> = { QUEUED: 'default', RUNNING: 'processing', SUCCEEDED: 'success', FAILED: 'error' };

/**
 * /imports — load households and people from the template (CSV or XLSX): download it, fill it, upload it,
 * watch the progress bar, then download the rows that were refused with their reasons. `?job=` shows one import.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const jobId = search.get('job');
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiProblem | null>(null);
  const [page, setPage] = useState(1);
  const start = useStartImport();
  const imports = useImports(page - 1);
  const format = file ? formatOf(file.name) : null;

  const choose = (chosen: File) => {
    setRefusal(null);
    setFileError(null);
    if (!formatOf(chosen.name)) setFileError(t('imports.upload.wrongType'));
    else if (chosen.size > MAX_IMPORT_BYTES) setFileError(t('imports.upload.tooLarge', { size: formatSize(chosen.size) }));
    setFile(chosen);
    // nothing is sent until the person presses "start"
    return false;
  };

  const upload = () => {
    if (!file || fileError) return;
    setRefusal(null);
    start.mutate(
      { file, kind: format === 'csv' ? (kind ?? undefined) : undefined },
      {
        onSuccess: (job) => {
          setFile(null);
          setKind(null);
          setSearch({ job: job.id });
        },
        onError: (problem) => {
          if (problem.code === CLIENT_CODES.network || problem.status === 0 || problem.status >= 500) {
            void message.error(describeProblem(problem, t));
          } else {
            setRefusal(problem);
          }
        },
      },
    );
  };

  const columns: TableColumnsType<ImportJob> = [
    {
      key: 'file',
      title: t('imports.list.file'),
      render: (_: unknown, j) => (
        <Typography.Link onClick={() => setSearch({ job: j.id })} ellipsis>
          {j.fileName}
        </Typography.Link>
      ),
    },
    { key: 'kind', title: t('imports.list.kind'), width: 150, render: (_: unknown, j) => t(`imports.jobKind.${j.kind}`), responsive: ['lg'] },
    { key: 'at', title: t('imports.list.at'), width: 150, render: (_: unknown, j) => dayjs(j.createdAt).format('DD/MM/YYYY HH:mm'), responsive: ['sm'] },
    { key: 'status', title: t('imports.list.status'), width: 140, render: (_: unknown, j) => <Tag color={STATUS_COLORS[j.status]}>{t(`imports.status.${j.status}`)}</Tag> },
    {
      key: 'rows',
      title: t('imports.list.rows'),
      responsive: ['md'],
      render: (_: unknown, j) =>
        t('imports.list.rowsSummary', { stored: formatNumber(j.storedRows), unchanged: formatNumber(j.unchangedRows), failed: formatNumber(j.failedRows) }),
    },
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 4 }}>
          {t('imports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('imports.intro')}</Typography.Text>
      </div>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('imports.template.title')}</h2>}>
        <Typography.Paragraph>{t('imports.template.text')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<DownloadOutlined />} href={TEMPLATE_LINKS.xlsx} download>
            {t('imports.template.xlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_LINKS.csvHouseholds} download>
            {t('imports.template.csvHouseholds')}
          </Button>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_LINKS.csvPeople} download>
            {t('imports.template.csvPeople')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('imports.template.rules')}
        </Typography.Paragraph>
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('imports.upload.title')}</h2>}>
        <Flex vertical gap={16}>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            maxCount={1}
            showUploadList={false}
            beforeUpload={choose}
            disabled={start.isPending}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('imports.upload.drop')}</p>
            <p className="ant-upload-hint">{t('imports.upload.hint', { max: formatSize(MAX_IMPORT_BYTES) })}</p>
          </Upload.Dragger>
          {file && (
            <Typography.Text>
              {t('imports.upload.chosen', { name: file.name, size: formatSize(file.size) })}
            </Typography.Text>
          )}
          {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
          {file && format === 'csv' && !fileError && (
            <Form layout="vertical" component="div">
              <Form.Item label={t('imports.upload.kind')} extra={t('imports.upload.kindHelp')} style={{ marginBottom: 0 }}>
                <Radio.Group
                  value={kind ?? 'auto'}
                  onChange={(event) => setKind(event.target.value === 'auto' ? null : (event.target.value as ImportKind))}
                  options={[
                    { value: 'auto', label: t('imports.kind.auto') },
                    { value: 'households', label: t('imports.kind.households') },
                    { value: 'people', label: t('imports.kind.people') },
                  ]}
                />
              </Form.Item>
            </Form>
          )}
          {refusal && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={refusal.apiMessage ?? t('imports.upload.refused')}
              description={
                refusal.errors.length > 0 ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {refusal.errors.map((e, i) => (
                      <li key={i}>{e.message}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          <div>
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={upload}
              loading={start.isPending}
              disabled={!file || !!fileError}
            >
              {t('imports.upload.start')}
            </Button>
          </div>
        </Flex>
      </Card>

      {jobId && <ImportJobCard jobId={jobId} />}

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('imports.list.title')}</h2>}>
        {imports.isError ? (
          <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
        ) : (
          <Table<ImportJob>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={imports.data?.items ?? []}
            loading={imports.isFetching && !imports.data}
            tableLayout="fixed"
            locale={{ emptyText: t('imports.list.none') }}
            pagination={{ current: page, pageSize: 10, total: imports.data?.totalItems ?? 0, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
          />
        )}
      </Card>
    </Flex>
  );
}
