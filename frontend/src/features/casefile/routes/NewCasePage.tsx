import { Alert, Button, Card, Flex, Form, Select, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/PageHeading';
import { formatCoefficient, formatVnd, ISO_DATE } from '@/lib/format';
import { showFieldErrors } from '@/lib/form-errors';
import { describeProblem } from '@/lib/problem-message';
import { useCreateCase } from '../api/create-case';
import { useApplicant } from '../api/get-applicant';
import { useProgrammes } from '../api/get-programmes';
import { useSearchPeople } from '../api/search-people';

interface Values {
  personId?: string;
  groupCode?: string;
}

/** /cases/new (?personId=) — a draft application: the person (searched by name) and the requested group from the policy catalogue. */
export function NewCasePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const preset = search.get('personId');
  const applicant = useApplicant(preset);
  const people = useSearchPeople(q);
  const programmes = useProgrammes(dayjs().format(ISO_DATE));
  const create = useCreateCase();
  const en = i18n.language === 'en';

  const personOptions = useMemo(() => {
    const found = (people.data?.items ?? []).map((p) => ({
      value: p.id,
      label: `${p.fullName} · ${p.birthDate.slice(0, 4)}${p.nationalId ? ` · ${p.nationalId}` : ''}`,
    }));
    if (applicant.data && !found.some((o) => o.value === applicant.data.id)) {
      found.unshift({ value: applicant.data.id, label: `${applicant.data.fullName} · ${applicant.data.birthDate.slice(0, 4)}` });
    }
    return found;
  }, [people.data, applicant.data]);

  const groupOptions = (programmes.data ?? []).map((p) => ({
    label: en ? p.nameEn : p.nameVi,
    options: p.groups
      .filter((g) => g.inForce)
      .map((g) => ({
        value: g.code,
        label: `${en ? g.nameEn : g.nameVi}${g.coefficient != null ? ` — ${t('eligibility.coefficientShort', { value: formatCoefficient(g.coefficient) })}` : ''}${g.amountVnd != null ? `, ${formatVnd(g.amountVnd)}` : ''}`,
      })),
  }));

  const onFinish = (v: Values) => {
    setProblem(null);
    create.mutate(
      { personId: v.personId ?? '', groupCode: v.groupCode ?? '' },
      {
        onSuccess: (c) => void navigate(`/cases/${c.id}`),
        onError: (p) => {
          const unplaced = showFieldErrors(form, p.errors);
          if (unplaced.length > 0 || p.errors.length === 0) setProblem(describeProblem(p, t));
        },
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <PageHeading title={t('casefile.new.title')} back={{ to: '/cases', label: t('casefile.case.back') }} subtitle={t('casefile.new.intro')} />
      <Card>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ personId: preset ?? undefined }}>
          <Form.Item
            name="personId"
            label={t('casefile.new.person')}
            extra={t('casefile.new.personHelp')}
            rules={[{ required: true, message: t('casefile.new.personRequired') }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setQ }}
              placeholder={t('casefile.new.personPlaceholder')}
              options={personOptions}
              notFoundContent={people.isFetching ? <Spin size="small" /> : q.trim().length >= 2 ? t('casefile.new.noPerson') : null}
            />
          </Form.Item>
          <Form.Item
            name="groupCode"
            label={t('casefile.new.group')}
            extra={t('casefile.new.groupHelp')}
            rules={[{ required: true, message: t('casefile.new.groupRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={programmes.isPending}
              placeholder={t('casefile.new.groupPlaceholder')}
              options={groupOptions}
            />
          </Form.Item>
          {programmes.isError && <Typography.Text type="danger">{describeProblem(programmes.error, t)}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('casefile.new.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
