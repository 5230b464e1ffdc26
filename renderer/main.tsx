import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, createRoutesFromElements, RouterProvider } from 'react-router';
import './i18n';
import { sessionToken } from './lib/api';
import { Providers } from './Providers';
import { appRoutes } from './AppRoutes';

// Take the browser shell's token out of the address bar before anything renders.
sessionToken();

const router = createHashRouter(createRoutesFromElements(appRoutes()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
