import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { PrivacyPolicy } from './PrivacyPolicy';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PrivacyPolicy />
    </StrictMode>,
  );
}
