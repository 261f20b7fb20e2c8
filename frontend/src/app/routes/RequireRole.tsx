import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, type Role } from '@/lib/current-user';

/** Shows the page only to the roles the navigation table allows; others get a plain "no access". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  if (roles.includes(user.role)) return children;
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('errors.forbiddenTitle')}</h1>}
      subTitle={t('errors.forbiddenText')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('errors.goHome')}
        </Button>
      }
    />
  );
}
