import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '@/lib/text';
import { useCommunes } from '../api/get-communes';

interface Props {
  id?: string;
  provinceCode: string;
  value?: string | null;
  onChange?: (communeCode: string | null) => void;
}

/** A commune of the province (for province-wide users), found by name without diacritics. */
export function CommuneSelect({ id, provinceCode, value, onChange }: Props) {
  const { t } = useTranslation();
  const communes = useCommunes(provinceCode);
  const options = (communes.data ?? []).map((c) => ({ value: c.code, label: c.fullName, search: foldVietnamese(c.fullName) }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      allowClear
      loading={communes.isPending}
      placeholder={t('registry.commune.all')}
      showSearch={{ filterOption: (input, option) => !!option && option.search.includes(foldVietnamese(input)) }}
      style={{ width: '100%' }}
    />
  );
}
