import { Flex } from 'antd';
import { HomePage } from '@/features/home/routes/HomePage';
import { useCurrentUser } from '@/lib/current-user';
import { PageLoading, WorkQueuePage } from './lazy-pages';

/** The home page; workers and approvers find their work queue right under the greeting. */
export function HomeRoute() {
  const user = useCurrentUser();
  if (user.role !== 'SOCIAL_WORKER' && user.role !== 'APPROVER') return <HomePage />;
  return (
    <Flex vertical gap={24}>
      <HomePage />
      <PageLoading>
        <WorkQueuePage embedded />
      </PageLoading>
    </Flex>
  );
}
