import { MobileOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Grid, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { DATE_FORMAT } from '@/lib/format';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const { scope } = user;

  const scopeText =
    scope.level === 'COUNTRY'
      ? t('home.scopeCountry')
      : scope.name || scope.code
        ? t(scope.level === 'PROVINCE' ? 'home.scopeProvince' : 'home.scopeCommune', { name: scope.name ?? scope.code })
        : t('home.scopeUnknown');

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          {t('home.greeting', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 0 }}>{t('home.intro')}</Typography.Paragraph>
        <Typography.Text type="secondary">{t('home.today', { date: dayjs().format(DATE_FORMAT) })}</Typography.Text>
      </div>
      {/* --- payments: a payment agent's work starts on the agent screen (also the installed app's start page) */}
      {user.role === 'PAYMENT_AGENT' && (
        <Button type="primary" size="large" block icon={<MobileOutlined />} style={{ height: 56, fontSize: 18 }} onClick={() => void navigate('/agent')}>
          {t('payments.home.agent')}
        </Button>
      )}
      <Card title={t('home.yourAccount')}>
        <Descriptions
          column={1}
          bordered
          size="middle"
          layout={phone ? 'vertical' : 'horizontal'}
          styles={{ label: phone ? undefined : { width: 180 } }}
          items={[
            { key: 'username', label: t('home.username'), children: user.username },
            { key: 'role', label: t('home.role'), children: t(`roles.${user.role}`) },
            { key: 'scope', label: t('home.scope'), children: scopeText },
          ]}
        />
      </Card>
    </Flex>
  );
}
