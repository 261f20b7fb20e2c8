import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/problem-message';

/** A failed load, said plainly, with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title ?? t('errors.loadFailed')}
      subTitle={describeProblem(error, t)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
