import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VillageCount } from './agent-line';

/** The villages of the payroll as large buttons, each with how many people are left; one is chosen at a time. */
export function VillagePicker({
  villages,
  value,
  onChange,
}: {
  villages: readonly VillageCount[];
  value: string | null;
  onChange: (village: string | null) => void;
}) {
  const { t } = useTranslation();
  const remainingAll = villages.reduce((sum, v) => sum + v.remaining, 0);
  return (
    <section aria-labelledby="villages-heading">
      <Typography.Title level={2} id="villages-heading" style={{ fontSize: 18, marginTop: 0 }}>
        {t('payments.agent.villages')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Button size="large" type={value === null ? 'primary' : 'default'} aria-pressed={value === null} onClick={() => onChange(null)}>
          {t('payments.agent.allVillages')} · {t('payments.agent.remaining', { count: remainingAll })}
        </Button>
        {villages.map((v) => (
          <Button
            key={v.village}
            size="large"
            type={value === v.village ? 'primary' : 'default'}
            aria-pressed={value === v.village}
            onClick={() => onChange(v.village)}
          >
            {v.village} · {t('payments.agent.remaining', { count: v.remaining })}
          </Button>
        ))}
      </Flex>
    </section>
  );
}
