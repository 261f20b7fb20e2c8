import { DatePicker, Flex, Form, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EligibilityExplanation } from '@/components/ui/EligibilityExplanation';
import { ErrorState } from '@/components/ui/ErrorState';
import { DATE_FORMAT, ISO_DATE, todayIso } from '@/lib/format';
import { usePersonEligibility } from '../api/evaluate-eligibility';

/** "Eligibility on date…": every programme and group the person is evaluated against, each criterion ticked or crossed and why. */
export function EligibilityPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(todayIso());
  const result = usePersonEligibility(personId, on);
  const presets = [
    { label: t('eligibility.presets.today'), value: dayjs() },
    { label: t('eligibility.presets.before'), value: dayjs('2025-06-30') },
    { label: t('eligibility.presets.after'), value: dayjs('2025-07-01') },
  ];

  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('eligibility.on')} htmlFor="eligibility-on">
          <DatePicker
            id="eligibility-on"
            value={dayjs(on, ISO_DATE)}
            format={DATE_FORMAT}
            allowClear={false}
            presets={presets}
            onChange={(date) => {
              if (date) setOn(date.format(ISO_DATE));
            }}
          />
        </Form.Item>
      </Form>
      {result.isPending ? (
        <Skeleton active />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <EligibilityExplanation result={result.data} />
      )}
    </Flex>
  );
}
