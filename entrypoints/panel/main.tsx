import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './panel.css';
import { isDockedInTopPage } from './docked-in-page';
import { PanelApp } from './PanelApp';

const root = document.getElementById('root');
// Anywhere but docked in a top-level page, the panel shows nothing and asks the background for nothing.
if (root && isDockedInTopPage()) {
  createRoot(root).render(
    <StrictMode>
      <PanelApp />
    </StrictMode>,
  );
}
