import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/current-user';
import { CLIENT_CODES, type ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useLogin, type LoginRequest } from '../api/login';

const FIELDS: ReadonlyArray<keyof LoginRequest> = ['username', 'password'];

export function LoginForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoginRequest>();
  const [formError, setFormError] = useState<string | null>(null);
  const login = useLogin();

  const showProblem = (problem: ApiProblem) => {
    if (problem.code === CLIENT_CODES.network || problem.status >= 500 || problem.status === 0) {
      // not something the person typed wrong: say so once, in a toast
      void message.error(describeProblem(problem, t));
      return;
    }
    if (problem.code === 'auth.locked') {
      const seconds = problem.retryAfterSeconds;
      setFormError(
        seconds === undefined
          ? t('auth.lockedNoTime')
          : t('auth.locked', {
              minutes: Math.max(1, Math.ceil(seconds / 60)),
              time: dayjs().add(seconds, 'second').format('HH:mm'),
            }),
      );
      return;
    }
    if (problem.code === 'auth.invalid-credentials') {
      form.setFieldValue('password', '');
      setFormError(problem.apiMessage ?? t('auth.invalidCredentials'));
      return;
    }
    const known = problem.errors.filter((e) => (FIELDS as readonly string[]).includes(e.field));
    form.setFields(
      FIELDS.map((name) => ({
        name,
        errors: known.filter((e) => e.field === name).map((e) => e.message),
      })),
    );
    const others = problem.errors.filter((e) => !known.includes(e));
    setFormError([problem.apiMessage ?? t('auth.failed'), ...others.map((e) => e.message)].join(' '));
  };

  const onFinish = (values: LoginRequest) => {
    setFormError(null);
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: onSignedIn, onError: showProblem },
    );
  };

  return (
    <Form<LoginRequest>
      form={form}
      name="login"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={() => formError && setFormError(null)}
      disabled={login.isPending}
      size="large"
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
