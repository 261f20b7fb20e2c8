import { Form, Input } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import { formatBirthDate, parseBirthDateInput } from '@/lib/birth-date';

/**
 * "Ngày sinh" as typed: the whole date, month/year or the year alone (elderly people often know only
 * the year). Under the field it says how the entry was understood; the form value stays the typed text
 * and `toApiBirthDate` turns it into the API string.
 */
export function BirthDateField({
  name,
  watchName = name,
  required = true,
}: {
  name: NamePath;
  /** the field's full name path (differs from `name` inside a Form.List) */
  watchName?: NamePath;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const text = Form.useWatch(watchName, form) as string | undefined;
  const parsed = text ? parseBirthDateInput(text) : null;
  const hint =
    parsed && 'iso' in parsed
      ? t(`registry.birthDate.understood.${parsed.precision}`, { value: formatBirthDate(parsed.iso) })
      : t('registry.birthDate.help');

  return (
    <Form.Item
      name={name}
      label={t('registry.person.birthDate')}
      extra={hint}
      validateTrigger="onBlur"
      rules={[
        { required, whitespace: true, message: t('registry.birthDate.required') },
        {
          validator: async (_rule, value: string | undefined) => {
            if (!value?.trim()) return;
            const result = parseBirthDateInput(value);
            if ('problem' in result) throw new Error(t(`registry.birthDate.problem.${result.problem}`));
          },
        },
      ]}
    >
      <Input inputMode="numeric" autoComplete="off" placeholder={t('registry.birthDate.placeholder')} maxLength={10} />
    </Form.Item>
  );
}

