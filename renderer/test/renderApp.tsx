import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppFrame } from '../AppFrame';
import { AppRoutes } from '../AppRoutes';
import { Providers } from '../Providers';

/** The whole app (frame and routes) at a route, as main.tsx builds it but in memory. */
export function renderApp(route: string) {
  return render(
    <Providers>
      <MemoryRouter initialEntries={[route]}>
        <AppFrame>
          <AppRoutes />
        </AppFrame>
      </MemoryRouter>
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
