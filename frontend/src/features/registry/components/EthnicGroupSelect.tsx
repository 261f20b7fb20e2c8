import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '@/lib/text';
import { useEthnicGroups } from '../api/get-ethnic-groups';

interface Props {
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
}

/** One of the 54 ethnic groups, found by its name or other names, typed with or without diacritics. */
export function EthnicGroupSelect({ id, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const groups = useEthnicGroups();
  const english = i18n.resolvedLanguage === 'en';
  const options = (groups.data ?? []).map((g) => ({
    value: g.code,
    label: english ? `${g.nameEn} (${g.name})` : g.name,
    search: foldVietnamese([g.name, g.nameEn, g.otherNames ?? ''].join(' ')),
  }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={groups.isPending}
      status={groups.isError ? 'error' : undefined}
      placeholder={groups.isError ? t('registry.ethnicGroup.loadFailed') : t('registry.ethnicGroup.placeholder')}
      showSearch={{
        filterOption: (input, option) => !!option && option.search.includes(foldVietnamese(input)),
      }}
      notFoundContent={t('registry.ethnicGroup.none')}
      style={{ width: '100%' }}
    />
  );
}
