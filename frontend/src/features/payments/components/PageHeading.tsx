import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The page's one h1, an optional way back, a line under it and actions on the right (below it on a phone). */
export function PageHeading({
  title,
  back,
  subtitle,
  extra,
}: {
  title: ReactNode;
  back?: { to: string; label: string };
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex vertical gap={4}>
      {back && (
        <Link to={back.to} style={{ fontSize: 14 }}>
          <ArrowLeftOutlined aria-hidden /> {back.label}
        </Link>
      )}
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0, overflowWrap: 'anywhere' }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </Flex>
  );
}
