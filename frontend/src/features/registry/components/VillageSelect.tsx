import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/problem-message';
import { foldVietnamese } from '@/lib/text';
import { useCreateVillage } from '../api/create-village';
import { useVillages } from '../api/get-villages';

interface Props {
  id?: string;
  communeCode: string | null;
  value?: string | null;
  onChange?: (villageId: string | null) => void;
  /** lets the user add a village the commune's list lacks */
  allowCreate?: boolean;
  placeholder?: string;
}

/** The commune's villages; a commune that keeps none yet can add one right here. */
export function VillageSelect({ id, communeCode, value, onChange, allowCreate = false, placeholder }: Props) {
  const { t } = useTranslation();
  const villages = useVillages(communeCode);
  const create = useCreateVillage();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);

  const options = [...(villages.data ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((v) => ({ value: v.id, label: v.name, search: foldVietnamese(v.name) }));

  const add = () => {
    const wanted = name.trim();
    if (!wanted || !communeCode) return;
    create.mutate(
      { communeCode, name: wanted },
      {
        onSuccess: (village) => {
          setName('');
          setOpen(false);
          onChange?.(village.id);
        },
      },
    );
  };

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      open={open}
      onOpenChange={setOpen}
      allowClear
      disabled={!communeCode}
      loading={villages.isFetching}
      placeholder={placeholder ?? t('registry.village.placeholder')}
      showSearch={{ filterOption: (input, option) => !!option && option.search.includes(foldVietnamese(input)) }}
      notFoundContent={villages.isPending ? t('common.loading') : t('registry.village.none')}
      style={{ width: '100%' }}
      popupRender={(menu) =>
        allowCreate ? (
          <>
            {menu}
            <Divider style={{ margin: '8px 0' }} />
            <Flex gap={8} style={{ padding: '0 8px 4px' }}>
              <Input
                aria-label={t('registry.village.newName')}
                placeholder={t('registry.village.newName')}
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.target.value)}
                onKeyDown={(event) => {
                  event.stopPropagation();
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    add();
                  }
                }}
              />
              <Button icon={<PlusOutlined />} onClick={add} loading={create.isPending} disabled={!name.trim()}>
                {t('registry.village.add')}
              </Button>
            </Flex>
            {create.isError && (
              <Typography.Text type="danger" role="alert" style={{ display: 'block', padding: '0 8px 4px' }}>
                {create.error.errors[0]?.message ?? describeProblem(create.error, t)}
              </Typography.Text>
            )}
          </>
        ) : (
          menu
        )
      }
    />
  );
}
