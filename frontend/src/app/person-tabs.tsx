/**
 * Tabs other features add to the registry's person page. The app composes them here so the
 * registry feature never imports another feature.
 */
import type { PersonTab } from '@/features/registry/routes/PersonPage';
import { EligibilityPanel, PageLoading } from './routes/lazy-pages';

export const PERSON_TABS: readonly PersonTab[] = [
  {
    key: 'eligibility',
    label: 'eligibility.tab',
    // who may call POST /eligibility/evaluations
    roles: ['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'ADMIN'],
    render: (person) => (
      <PageLoading>
        <EligibilityPanel personId={person.id} />
      </PageLoading>
    ),
  },
];
