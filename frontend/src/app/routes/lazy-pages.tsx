import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '@/components/ui/FullPageSpinner';

// The areas screens (tables, date picker, drawer) load when first opened, not with the login page.
export const AreasPage = lazy(() => import('@/features/areas/routes/AreasPage').then((m) => ({ default: m.AreasPage })));
export const AreaDetailDrawer = lazy(() =>
  import('@/features/areas/routes/AreaDetailDrawer').then((m) => ({ default: m.AreaDetailDrawer })),
);

// the registry and import screens (forms, tables, timelines) also load when first opened
export const PeopleSearchPage = lazy(() =>
  import('@/features/registry/routes/PeopleSearchPage').then((m) => ({ default: m.PeopleSearchPage })),
);
export const NewPersonPage = lazy(() => import('@/features/registry/routes/NewPersonPage').then((m) => ({ default: m.NewPersonPage })));
export const PersonPage = lazy(() => import('@/features/registry/routes/PersonPage').then((m) => ({ default: m.PersonPage })));
export const HouseholdsPage = lazy(() => import('@/features/registry/routes/HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })));
export const NewHouseholdPage = lazy(() =>
  import('@/features/registry/routes/NewHouseholdPage').then((m) => ({ default: m.NewHouseholdPage })),
);
export const HouseholdPage = lazy(() => import('@/features/registry/routes/HouseholdPage').then((m) => ({ default: m.HouseholdPage })));

export const ImportsPage = lazy(() => import('@/features/imports/routes/ImportsPage').then((m) => ({ default: m.ImportsPage })));

// --- payments (issue 6): payrolls, and the agent's screens (kept on the device by the service worker)
export const PayrollsPage = lazy(() => import('@/features/payments/routes/PayrollsPage').then((m) => ({ default: m.PayrollsPage })));
export const PayrollPage = lazy(() => import('@/features/payments/routes/PayrollPage').then((m) => ({ default: m.PayrollPage })));
export const AgentLayout = lazy(() => import('@/features/payments/routes/AgentLayout').then((m) => ({ default: m.AgentLayout })));
export const AgentHomePage = lazy(() => import('@/features/payments/routes/AgentHomePage').then((m) => ({ default: m.AgentHomePage })));
export const AgentPayrollPage = lazy(() =>
  import('@/features/payments/routes/AgentPayrollPage').then((m) => ({ default: m.AgentPayrollPage })),
);

export function PageLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<FullPageSpinner label={t('common.loading')} />}>{children}</Suspense>;
}

// --- ui-cases: policies, cases, entitlements
export const EligibilityPanel = lazy(() =>
  import('@/features/policies/components/EligibilityPanel').then((m) => ({ default: m.EligibilityPanel })),
);
export const EntitlementsPage = lazy(() =>
  import('@/features/entitlements/routes/EntitlementsPage').then((m) => ({ default: m.EntitlementsPage })),
);
export const EntitlementPage = lazy(() => import('@/features/entitlements/routes/EntitlementPage').then((m) => ({ default: m.EntitlementPage })));
export const PoliciesPage = lazy(() => import('@/features/policies/routes/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
export const PolicyGroupPage = lazy(() => import('@/features/policies/routes/PolicyGroupPage').then((m) => ({ default: m.PolicyGroupPage })));
export const WorkQueuePage = lazy(() => import('@/features/casefile/routes/WorkQueuePage').then((m) => ({ default: m.WorkQueuePage })));
export const CasesPage = lazy(() => import('@/features/casefile/routes/CasesPage').then((m) => ({ default: m.CasesPage })));
export const NewCasePage = lazy(() => import('@/features/casefile/routes/NewCasePage').then((m) => ({ default: m.NewCasePage })));
export const CasePage = lazy(() => import('@/features/casefile/routes/CasePage').then((m) => ({ default: m.CasePage })));
export const ApprovalsPage = lazy(() => import('@/features/casefile/routes/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
export const ProcessingTimesPage = lazy(() =>
  import('@/features/casefile/routes/ProcessingTimesPage').then((m) => ({ default: m.ProcessingTimesPage })),
);
export const SimulationsPage = lazy(() => import('@/features/policies/routes/SimulationsPage').then((m) => ({ default: m.SimulationsPage })));
