import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '@/lib/text';
import { useProvinceCommunes } from '../api/get-province-communes';

/** A commune of the province found by name without diacritics; empty means every commune. */
export function CommunePicker({
  id,
  provinceCode,
  value,
  onChange,
  allLabel,
}: {
  id?: string;
  provinceCode: string;
  value?: string | null;
  onChange?: (communeCode: string | null) => void;
  allLabel: string;
}) {
  const { t } = useTranslation();
  const communes = useProvinceCommunes(provinceCode);
  const options = (communes.data ?? []).map((c) => ({ value: c.code, label: c.fullName, search: foldVietnamese(c.fullName) }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      allowClear
      loading={communes.isPending}
      placeholder={allLabel}
      aria-label={t('payments.payrolls.commune')}
      showSearch={{ filterOption: (input, option) => !!option && option.search.includes(foldVietnamese(input)) }}
      style={{ width: '100%', minWidth: 240 }}
    />
  );
}
