import { Card, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '@/components/ui/BrandMark';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { useMe } from '../api/get-me';
import { LoginForm } from '../components/LoginForm';
import type { LoginRedirectState } from '../components/RequireAuth';

/** Where to go after signing in: the page first asked for, never back to /login nor off-site. */
function destination(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (!from?.pathname || !from.pathname.startsWith('/') || from.pathname.startsWith('//') || from.pathname === '/login') {
    return '/';
  }
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const target = destination(location.state);

  if (me.isSuccess) return <Navigate to={target} replace />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content>
        <Flex justify="flex-end" style={{ padding: 16 }}>
          <LanguageSwitch />
        </Flex>
        <Flex justify="center" style={{ padding: '0 16px 48px' }}>
          <Card style={{ width: '100%', maxWidth: 400 }}>
            <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
              <BrandMark size={48} />
              <Typography.Title level={1} style={{ margin: 0, fontSize: 28 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
            </Flex>
            <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
              {t('auth.title')}
            </Typography.Title>
            <LoginForm onSignedIn={() => void navigate(target, { replace: true })} />
          </Card>
        </Flex>
      </Layout.Content>
    </Layout>
  );
}
