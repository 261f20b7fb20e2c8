import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';
import type { ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useAddGroupVersion } from '../api/add-group-version';
import { useChangeGroupVersion } from '../api/change-group-version';
import type { PolicyGroupVersion } from '../api/get-policy-group';

interface Values {
  coefficient?: number;
  effectiveFrom?: Dayjs;
  effectiveTo?: Dayjs;
  legalBasis?: string;
  criteria?: string;
}

/**
 * A province officer's new draft version of a group (or a change of a version not yet used): coefficient,
 * dates, legal basis and the criteria as data (JSON). A used version answers 409 `policy.version-used`.
 */
export function VersionForm({
  groupCode,
  latest,
  editing,
  onDone,
}: {
  groupCode: string;
  latest?: PolicyGroupVersion;
  editing?: PolicyGroupVersion;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const add = useAddGroupVersion();
  const change = useChangeGroupVersion();
  const source = editing ?? latest;

  const onFinish = (v: Values) => {
    let criteria: Record<string, unknown>[];
    try {
      const parsed: unknown = JSON.parse(v.criteria ?? '[]');
      if (!Array.isArray(parsed)) throw new Error('not an array');
      criteria = parsed as Record<string, unknown>[];
    } catch {
      form.setFields([{ name: 'criteria', errors: [t('policies.version.criteriaInvalid')] }]);
      return;
    }
    setProblem(null);
    const body = {
      coefficient: v.coefficient ?? 0,
      criteria,
      effectiveFrom: v.effectiveFrom?.format(ISO_DATE) ?? '',
      effectiveTo: v.effectiveTo?.format(ISO_DATE),
      legalBasis: v.legalBasis ?? '',
    };
    const callbacks = {
      onSuccess: () => {
        form.resetFields();
        onDone();
      },
      onError: (p: ApiProblem) => {
        const unplaced = showFieldErrors(form, p.errors, (path) => (path[0] === 'criteria' ? ['criteria'] : path));
        if (unplaced.length > 0 || p.errors.length === 0) {
          setProblem(p.code === 'policy.version-used' ? `${t('policies.version.usedTitle')}: ${describeProblem(p, t)}` : describeProblem(p, t));
        }
      },
    };
    if (editing) change.mutate({ id: editing.id, version: editing.version, body }, callbacks);
    else add.mutate({ code: groupCode, body }, callbacks);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      aria-label={editing ? t('policies.version.editTitle') : t('policies.version.addTitle')}
      initialValues={{
        coefficient: source ? Number(source.coefficient) : undefined,
        legalBasis: source?.legalBasis,
        criteria: JSON.stringify(source?.criteria ?? [], null, 2),
        effectiveFrom: editing ? dayjs(editing.effectiveFrom) : undefined,
        effectiveTo: editing?.effectiveTo ? dayjs(editing.effectiveTo) : undefined,
      }}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="coefficient" label={t('policies.group.coefficient')} rules={[{ required: true, message: t('policies.version.coefficientRequired') }]}>
            <InputNumber min={0} max={99.99} step={0.1} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="effectiveFrom" label={t('policies.version.from')} rules={[{ required: true, message: t('policies.version.fromRequired') }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="effectiveTo" label={t('policies.version.to')} extra={t('policies.version.toHelp')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="legalBasis" label={t('policies.version.legalBasis')} rules={[{ required: true, whitespace: true, message: t('policies.version.legalBasisRequired') }]}>
        <Input placeholder="Nghị quyết 12/2025/NQ-HĐND" />
      </Form.Item>
      <Form.Item name="criteria" label={t('policies.version.criteria')} extra={t('policies.version.criteriaHelp')}>
        <Input.TextArea rows={8} style={{ fontFamily: 'monospace', fontSize: 13 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending || change.isPending}>
        {editing ? t('policies.version.saveChange') : t('policies.version.save')}
      </Button>
    </Form>
  );
}
