import { Flex, Spin } from 'antd';

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }} role="status" aria-live="polite">
      <Spin size="large" description={label} />
    </Flex>
  );
}
