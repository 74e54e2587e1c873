import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { AppClientProvider, createAppClient } from './client/index.js';
import './styles.css';

const client = createAppClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppClientProvider client={client}>
      <App />
    </AppClientProvider>
  </StrictMode>,
);
