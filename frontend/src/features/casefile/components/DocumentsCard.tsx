import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Flex, Form, Input, Row, Select, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, formatDate, formatNumber, ISO_DATE } from '@/lib/format';
import type { ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useAddDocument, type CaseDocument, type DocumentType } from '../api/add-document';
import { DOCUMENT_TYPES } from './case-values';
import { DOCUMENT_FILE_TYPES, DOCUMENT_MAX_BYTES, useUploadDocumentFile } from '../api/upload-document-file';


interface Values {
  type?: DocumentType;
  number?: string;
  issuer?: string;
  issuedOn?: Dayjs;
}

/** The papers of an application; a writer adds one (type, number, issuer, date) with its scanned file (PDF, JPEG, PNG). */
export function DocumentsCard({ caseId, documents, canAdd }: { caseId: string; documents: readonly CaseDocument[]; canAdd: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const add = useAddDocument();
  const upload = useUploadDocumentFile();

  const onError = (problem: ApiProblem) => {
    const unplaced = showFieldErrors(form, problem.errors);
    if (unplaced.length > 0 || problem.errors.length === 0) void message.error(describeProblem(problem, t));
  };

  const pickFile = (picked: File) => {
    if (!(DOCUMENT_FILE_TYPES as readonly string[]).includes(picked.type)) {
      setFileError(t('casefile.documents.fileType'));
      setFile(null);
    } else if (picked.size > DOCUMENT_MAX_BYTES) {
      setFileError(t('casefile.documents.fileSize', { mb: DOCUMENT_MAX_BYTES / 1_000_000 }));
      setFile(null);
    } else {
      setFileError(null);
      setFile(picked);
    }
    return false;
  };

  const onFinish = (v: Values) => {
    add.mutate(
      { caseId, body: { type: v.type ?? 'OTHER', number: v.number || undefined, issuer: v.issuer || undefined, issuedOn: v.issuedOn?.format(ISO_DATE) } },
      {
        onSuccess: (doc) => {
          const finish = () => {
            form.resetFields();
            setFile(null);
            void message.success(t('casefile.documents.added'));
          };
          if (!file) return finish();
          upload.mutate({ caseId, documentId: doc.id, file }, { onSuccess: finish, onError: (p) => setFileError(describeProblem(p, t)) });
        },
        onError,
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Table<CaseDocument>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={documents as CaseDocument[]}
        locale={{ emptyText: t('casefile.documents.none') }}
        columns={[
          { key: 'type', title: t('casefile.documents.type'), render: (_: unknown, d) => t(`casefile.documents.types.${d.type}`) },
          { key: 'number', title: t('casefile.documents.number'), render: (_: unknown, d) => d.number ?? '—' },
          { key: 'issuer', title: t('casefile.documents.issuer'), responsive: ['md'], render: (_: unknown, d) => d.issuer ?? '—' },
          { key: 'issuedOn', title: t('casefile.documents.issuedOn'), render: (_: unknown, d) => formatDate(d.issuedOn) || '—' },
          {
            key: 'file',
            title: t('casefile.documents.file'),
            render: (_: unknown, d) =>
              d.fileHref ? (
                <a href={d.fileHref} target="_blank" rel="noreferrer">
                  <PaperClipOutlined aria-hidden /> {d.fileName} ({formatNumber(Math.ceil((d.sizeBytes ?? 0) / 1024))} KB)
                </a>
              ) : (
                <Typography.Text type="secondary">{t('casefile.documents.noFile')}</Typography.Text>
              ),
          },
        ]}
      />
      {canAdd && (
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} aria-label={t('casefile.documents.add')}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('casefile.documents.add')}
          </Typography.Title>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="type" label={t('casefile.documents.type')} rules={[{ required: true, message: t('casefile.documents.typeRequired') }]}>
                <Select options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`casefile.documents.types.${d}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="number" label={t('casefile.documents.number')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="issuer" label={t('casefile.documents.issuer')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="issuedOn" label={t('casefile.documents.issuedOn')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('casefile.documents.file')}
            extra={file ? t('casefile.documents.chosen', { name: file.name }) : t('casefile.documents.fileHelp')}
            validateStatus={fileError ? 'error' : undefined}
            help={fileError ?? undefined}
          >
            <Upload accept=".pdf,.jpg,.jpeg,.png" showUploadList={false} beforeUpload={pickFile} maxCount={1}>
              <Button icon={<UploadOutlined />}>{t('casefile.documents.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending || upload.isPending}>
            {t('casefile.documents.save')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
