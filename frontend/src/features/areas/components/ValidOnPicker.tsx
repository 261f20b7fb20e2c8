import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';

/** "Hiệu lực ngày": the day the lists are as of; quick picks for today and either side of 1 July 2025. */
export function ValidOnPicker({ value, onChange, id }: { value: string; onChange: (iso: string) => void; id?: string }) {
  const { t } = useTranslation();
  const presets: { label: string; value: Dayjs }[] = [
    { label: t('areas.presets.today'), value: dayjs() },
    { label: t('areas.presets.before'), value: dayjs('2025-06-30') },
    { label: t('areas.presets.after'), value: dayjs('2025-07-01') },
  ];
  return (
    <DatePicker
      id={id}
      value={dayjs(value, ISO_DATE)}
      format={DATE_FORMAT}
      allowClear={false}
      presets={presets}
      inputReadOnly={false}
      onChange={(date) => {
        if (date) onChange(date.format(ISO_DATE));
      }}
      style={{ width: '100%' }}
    />
  );
}
