import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '@/components/ui/FullPageSpinner';

// The areas screens (tables, date picker, drawer) load when first opened, not with the login page.
export const AreasPage = lazy(() => import('@/features/areas/routes/AreasPage').then((m) => ({ default: m.AreasPage })));
export const AreaDetailDrawer = lazy(() =>
  import('@/features/areas/routes/AreaDetailDrawer').then((m) => ({ default: m.AreaDetailDrawer })),
);

export function PageLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<FullPageSpinner label={t('common.loading')} />}>{children}</Suspense>;
}
