/**
 * The renderer's entry: makes sure `window.api` exists (Electron's preload, or the web bridge in a
 * plain browser), loads Mantine's styles and mounts the app. The renderer is a client of
 * `window.api` only; it imports no Node module and holds no business rules.
 */
/// <reference types="vite/client" />
// The strict CSP blocks the inline script that React Fast Refresh injects in development; this
// module sets the same thing up from a file instead (it is empty in a production build).
import '@vitejs/plugin-react/preamble';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installWebBridge } from './api/web-bridge.ts';
import { App } from './app/App.tsx';

installWebBridge();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
