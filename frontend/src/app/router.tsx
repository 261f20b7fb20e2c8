import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { AppShell } from './layout/AppShell';
import { rolesFor, type NavEntry } from './navigation';
import { HomeRoute } from './routes/HomeRoute';
import {
  AgentHomePage,
  AgentLayout,
  AgentPayrollPage,
  ApprovalsPage,
  AreaDetailDrawer,
  AreasPage,
  CasePage,
  CasesPage,
  EntitlementPage,
  EntitlementsPage,
  HouseholdPage,
  HouseholdsPage,
  ImportsPage,
  NewCasePage,
  NewHouseholdPage,
  NewPersonPage,
  PageLoading,
  PayrollPage,
  PayrollsPage,
  PeopleSearchPage,
  PersonPage,
  PoliciesPage,
  PolicyGroupPage,
  ProcessingTimesPage,
  SimulationsPage,
  WorkQueuePage,
} from './routes/lazy-pages';
import { PERSON_TABS } from './person-tabs';
import { NotFoundPage } from './routes/NotFoundPage';
import { RequireRole } from './routes/RequireRole';

/** A page behind the same roles as its menu entry, loaded on first use. */
function guarded(key: NavEntry['key'], page: ReactNode) {
  return (
    <RequireRole roles={rolesFor(key)}>
      <PageLoading>{page}</PageLoading>
    </RequireRole>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'areas',
        element: (
          <RequireRole roles={rolesFor('areas')}>
            <PageLoading>
              <AreasPage />
            </PageLoading>
          </RequireRole>
        ),
        children: [
          {
            path: ':code',
            element: (
              <Suspense fallback={null}>
                <AreaDetailDrawer />
              </Suspense>
            ),
          },
        ],
      },
      {
        path: 'people',
        children: [
          { index: true, element: guarded('people', <PeopleSearchPage />) },
          { path: 'new', element: guarded('people', <NewPersonPage />) },
          { path: ':id', element: guarded('people', <PersonPage extraTabs={PERSON_TABS} />) },
        ],
      },
      {
        path: 'households',
        children: [
          { index: true, element: guarded('households', <HouseholdsPage />) },
          { path: 'new', element: guarded('households', <NewHouseholdPage />) },
          { path: ':id', element: guarded('households', <HouseholdPage />) },
        ],
      },
      { path: 'imports', element: guarded('imports', <ImportsPage />) },
      // --- ui-cases: cases, entitlements, policies
      { path: 'work', element: guarded('work', <WorkQueuePage />) },
      {
        path: 'cases',
        children: [
          { index: true, element: guarded('cases', <CasesPage />) },
          { path: 'new', element: guarded('cases', <NewCasePage />) },
          { path: ':id', element: guarded('cases', <CasePage />) },
        ],
      },
      { path: 'approvals', element: guarded('approvals', <ApprovalsPage />) },
      { path: 'processing-times', element: guarded('processingTimes', <ProcessingTimesPage />) },
      {
        path: 'entitlements',
        children: [
          { index: true, element: guarded('entitlements', <EntitlementsPage />) },
          { path: ':id', element: guarded('entitlements', <EntitlementPage />) },
        ],
      },
      {
        path: 'policies',
        children: [
          { index: true, element: guarded('policies', <PoliciesPage />) },
          { path: 'groups/:code', element: guarded('policies', <PolicyGroupPage />) },
        ],
      },
      { path: 'simulations', element: guarded('simulations', <SimulationsPage />) },
      // --- payments
      {
        path: 'payrolls',
        children: [
          { index: true, element: guarded('payrolls', <PayrollsPage />) },
          { path: ':id', element: guarded('payrolls', <PayrollPage />) },
        ],
      },
      {
        path: 'agent',
        element: guarded('agent', <AgentLayout />),
        children: [
          { index: true, element: <PageLoading><AgentHomePage /></PageLoading> },
          { path: 'payrolls/:id', element: <PageLoading><AgentPayrollPage /></PageLoading> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
