import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, createRoutesFromElements, RouterProvider } from 'react-router';
import './i18n';
import { sessionToken } from './lib/api';
import { askEarly } from './lib/early';
import { Providers } from './Providers';
import { appRoutes } from './AppRoutes';

// Take the browser shell's token out of the address bar before anything renders.
sessionToken();
// What the first screen waits for, asked for together before React mounts (lib/early.ts).
askEarly('settings.get', {});
askEarly('recovery.status', {});
// The dashboard is the screen an opened app shows first.
if (window.location.hash === '' || window.location.hash === '#/') askEarly('dashboard.summary', {});

const router = createHashRouter(createRoutesFromElements(appRoutes()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
