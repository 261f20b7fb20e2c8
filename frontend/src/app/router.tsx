import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { AppShell } from './layout/AppShell';
import { rolesFor, type NavEntry } from './navigation';
import {
  AgentHomePage,
  AgentLayout,
  AgentPayrollPage,
  AreaDetailDrawer,
  AreasPage,
  HouseholdPage,
  HouseholdsPage,
  ImportsPage,
  NewHouseholdPage,
  NewPersonPage,
  PageLoading,
  PayrollPage,
  PayrollsPage,
  PeopleSearchPage,
  PersonPage,
} from './routes/lazy-pages';
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
      { index: true, element: <HomePage /> },
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
          { path: ':id', element: guarded('people', <PersonPage />) },
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
