import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Grid, Layout, Menu, Space, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '@/components/ui/BrandMark';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { useLogout } from '@/features/auth/api/logout';
import { pendingOnDevice } from '@/features/payments/offline/confirmation-queue';
import { describeScope, useCurrentUser } from '@/lib/current-user';
import { describeProblem } from '@/lib/problem-message';
import { entryForPath, navigationFor } from '../navigation';

export function AppShell() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  // until the first measure, assume a desktop (antd reports {} before)
  const narrow = screens.lg === false;

  const entries = navigationFor(user.role);
  const selected = entryForPath(location.pathname)?.key;
  const roleName = t(`roles.${user.role}`);
  const scopeName = describeScope(user.scope, t);

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (problem) => void message.error(describeProblem(problem, t) || t('header.logoutFailed')),
    });

  // A payment agent's confirmations not yet sent stay on the device; say so before signing out.
  const onLogout = async () => {
    const waiting = user.role === 'PAYMENT_AGENT' ? await pendingOnDevice(user.username) : 0;
    if (waiting === 0) {
      signOut();
      return;
    }
    modal.confirm({
      title: t('header.pendingTitle', { count: waiting }),
      content: t('header.pendingBody'),
      okText: t('header.logoutAnyway'),
      cancelText: t('header.stay'),
      onOk: signOut,
    });
  };

  const menu = (
    <nav aria-label={t('menu.label')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        style={{ borderInlineEnd: 'none', paddingTop: 8 }}
        onClick={() => setMenuOpen(false)}
        items={entries.map((entry) => ({
          key: entry.key,
          icon: <entry.icon />,
          label: <Link to={entry.path}>{t(entry.label)}</Link>,
        }))}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: narrow ? 12 : 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {narrow && (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('menu.open')} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)} />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit' }} aria-label={t('app.name')}>
          <BrandMark size={28} />
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Flex flex={1} justify="flex-end" align="center" gap={narrow ? 8 : 16} style={{ minWidth: 0 }}>
          <Tooltip title={narrow ? `${user.displayName} · ${roleName} · ${scopeName}` : undefined}>
            <Space size={8} style={{ minWidth: 0 }} aria-label={t('header.account')}>
              <UserOutlined aria-hidden />
              <Flex vertical style={{ lineHeight: 1.25, minWidth: 0 }}>
                <Typography.Text strong ellipsis style={{ maxWidth: narrow ? 120 : 280 }}>
                  {user.displayName}
                </Typography.Text>
                {!narrow && (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 360 }}>
                    {roleName} · {scopeName}
                  </Typography.Text>
                )}
              </Flex>
            </Space>
          </Tooltip>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={() => void onLogout()} loading={logout.isPending} aria-label={t('header.logout')}>
            {screens.sm ? t('header.logout') : null}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout hasSider>
        {narrow ? (
          <Drawer
            placement="left"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            size={260}
            title={t('app.name')}
            closable={{ 'aria-label': t('common.close') }}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={232} theme="light" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <main>
            <Outlet />
          </main>
          {/* a new page starts at its top (back and forward return where the person was) */}
          <ScrollRestoration />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
