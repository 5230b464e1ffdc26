import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import './i18n';
import { sessionToken } from './lib/api';
import { Providers } from './Providers';
import { AppFrame } from './AppFrame';
import { AppRoutes } from './AppRoutes';

// Take the browser shell's token out of the address bar before anything renders.
sessionToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <HashRouter>
        <AppFrame>
          <AppRoutes />
        </AppFrame>
      </HashRouter>
    </Providers>
  </StrictMode>,
);
