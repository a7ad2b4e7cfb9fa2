import { i18n } from '#i18n';
import { AccountsSection } from './accounts/AccountsSection';
import { RepsSection } from './reps/RepsSection';

export function OptionsApp() {
  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>{i18n.t('options.title')}</h1>
      </header>
      <main className="dashboard-main">
        <RepsSection />
        <AccountsSection />
      </main>
    </div>
  );
}
