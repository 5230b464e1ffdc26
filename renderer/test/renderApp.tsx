import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import {
  createMemoryRouter,
  createRoutesFromElements,
  MemoryRouter,
  RouterProvider,
} from 'react-router';
import { appRoutes } from '../AppRoutes';
import { Providers } from '../Providers';

/** The whole app (frame and routes) at a route, as main.tsx builds it but in memory. */
export function renderApp(route: string) {
  const router = createMemoryRouter(createRoutesFromElements(appRoutes()), {
    initialEntries: [route],
  });
  return render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
}

/** One component inside the app's providers (and a router, for its links). */
export function renderWithProviders(ui: ReactNode) {
  return render(
    <Providers>
      <MemoryRouter>{ui}</MemoryRouter>
    </Providers>,
  );
}
