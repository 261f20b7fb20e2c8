import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { AppShell } from './layout/AppShell';
import { rolesFor } from './navigation';
import { AreaDetailDrawer, AreasPage, PageLoading } from './routes/lazy-pages';
import { NotFoundPage } from './routes/NotFoundPage';
import { RequireRole } from './routes/RequireRole';

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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
