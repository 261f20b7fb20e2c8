import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import i18n from '@/i18n';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/router';

// antd injects ~500 kB of CSS at run time; jsdom re-reads all of it on every getComputedStyle, which
// makes role queries take seconds. Tests keep those styles off the document: visibility then comes
// from inline styles and the hidden attribute, which is how antd hides what it hides.
const detachedStyles = document.createElement('div');

/** Renders the whole app (real routes, providers, client) at a path, with the network stubbed by the test. */
export async function renderApp(path: string, { language = 'vi' }: { language?: 'vi' | 'en' } = {}) {
  await i18n.changeLanguage(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const user = userEvent.setup();
  const view = render(
    <StyleProvider container={detachedStyles}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, router, user, queryClient };
}

// --- payments: a feature's component inside the app's providers and a router, without the app's routes
export async function renderWithProviders(ui: React.ReactNode, { language = 'vi', path = '/' }: { language?: 'vi' | 'en'; path?: string } = {}) {
  await i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <StyleProvider container={detachedStyles}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, router, user, queryClient };
}
