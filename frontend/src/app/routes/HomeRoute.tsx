import { HomePage } from '@/features/home/routes/HomePage';
import { useCurrentUser } from '@/lib/current-user';
import { rolesFor } from '../navigation';
import { PageLoading, WorkQueuePage } from './lazy-pages';

/** Workers and approvers land on their work queue; everyone else on the home page. */
export function HomeRoute() {
  const user = useCurrentUser();
  if (user.role !== 'ADMIN' && user.role !== 'PROVINCE_OFFICER' && rolesFor('work').includes(user.role)) {
    return (
      <PageLoading>
        <WorkQueuePage />
      </PageLoading>
    );
  }
  return <HomePage />;
}
