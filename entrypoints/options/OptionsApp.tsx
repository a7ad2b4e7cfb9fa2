import { browser } from 'wxt/browser';
import { useEffect } from 'react';
import { i18n } from '#i18n';
import { BackupReminder } from '@/components/BackupReminder';
import { firstObservationAt, worthBackingUp } from '@/utils/data/backup-worth';
import { getDb } from '@/utils/db/app-db';
import { AccountPage } from './accounts/AccountPage';
import { AccountsSection } from './accounts/AccountsSection';
import { CrmSitesSection } from './crm-sites/CrmSitesSection';
import { DataSection } from './data/DataSection';
import { OverviewSection } from './overview/OverviewSection';
import { RepPage } from './reps/RepPage';
import { ResultsSection } from './results/ResultsSection';
import { hrefOf, type Route } from '@/utils/dashboard/route';
import { SettingsSection } from './settings/SettingsSection';
import { SkillsSection } from './skills/SkillsSection';
import { StarsSection } from './stars/StarsSection';
import { TimeSection } from './time/TimeSection';
import { useDashboard, type Dashboard } from '@/hooks/use-dashboard';
import { useDatabaseLifecycle } from '@/hooks/use-database-lifecycle';
import { useHashRoute } from '@/hooks/use-hash-route';
import { useStored } from '@/hooks/use-stored';
import { WelcomeSection } from './welcome/WelcomeSection';
import { lastBackupAtItem, themeItem, welcomeItem } from '@/utils/storage/items';

type NavName =
  'welcome' | 'overview' | 'stars' | 'accounts' | 'results' | 'time' | 'skills' | 'settings' | 'data' | 'crm-sites';

const navItems: readonly { name: NavName; label: () => string }[] = [
  { name: 'welcome', label: () => i18n.t('options.nav.welcome') },
  { name: 'overview', label: () => i18n.t('options.nav.overview') },
  { name: 'stars', label: () => i18n.t('options.nav.stars') },
  { name: 'accounts', label: () => i18n.t('options.nav.accounts') },
  { name: 'results', label: () => i18n.t('options.nav.results') },
  { name: 'time', label: () => i18n.t('options.nav.time') },
  { name: 'skills', label: () => i18n.t('options.nav.skills') },
  { name: 'settings', label: () => i18n.t('options.nav.settings') },
  { name: 'data', label: () => i18n.t('options.nav.data') },
  { name: 'crm-sites', label: () => i18n.t('options.nav.crmSites') },
];

/** The nav entry a route belongs to: a rep page sits under the overview, an account page under accounts. */
function navNameOf(route: Route): NavName | null {
  if (route.name === 'rep') return 'overview';
  if (route.name === 'account') return 'accounts';
  if (route.name === 'home') return null;
  return route.name;
}

function Section({ route, data }: { route: Route; data: Dashboard }) {
  switch (route.name) {
    case 'welcome':
      return <WelcomeSection data={data} />;
    case 'overview':
    case 'home':
      return <OverviewSection data={data} />;
    case 'stars':
      return <StarsSection data={data} />;
    case 'rep':
      return <RepPage key={route.id} data={data} repId={route.id} />;
    case 'accounts':
      return <AccountsSection data={data} />;
    case 'account':
      return <AccountPage key={route.id} data={data} accountId={route.id} />;
    case 'results':
      return <ResultsSection data={data} />;
    case 'time':
      return <TimeSection data={data} />;
    case 'skills':
      return <SkillsSection data={data} />;
    case 'settings':
      return <SettingsSection data={data} />;
    case 'data':
      return <DataSection />;
    case 'crm-sites':
      return <CrmSitesSection />;
  }
}

/** The manager's dashboard: one section at a time, chosen by the URL hash. */
export function OptionsApp() {
  const [requested, replaceHash] = useHashRoute();
  const data = useDashboard();
  const welcome = useStored(welcomeItem);
  const theme = useStored(themeItem);
  const lastBackupAt = useStored(lastBackupAtItem);
  const database = useDatabaseLifecycle(getDb());

  useEffect(() => {
    if (theme === undefined || theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // No hash: a manager who has not finished the welcome and has no reps starts there; everyone
  // else on the overview. The hash is set (without a history entry) so the choice sticks.
  const landing =
    requested.name === 'home' && welcome && data
      ? !welcome.completed && data.input.reps.length === 0
        ? 'welcome'
        : 'overview'
      : null;
  useEffect(() => {
    if (landing) replaceHash(`#${landing}`);
  }, [landing, replaceHash]);
  const route: Route = landing ? { name: landing } : requested;
  const current = navNameOf(route) ?? 'overview';

  return (
    <div className="dashboard">
      <a className="skip-link" href="#dashboard-main">
        {i18n.t('options.skip')}
      </a>
      <header className="dashboard-header">
        <h1>{i18n.t('options.title')}</h1>
        {database?.type === 'outdated' && (
          <p role="alert" className="dashboard-alert">
            {i18n.t('options.databaseOutdated')}{' '}
            <button type="button" onClick={() => location.reload()}>
              {i18n.t('options.reloadPage')}
            </button>
          </p>
        )}
        {database?.type === 'blocked' && (
          <p role="status" className="dashboard-alert">
            {i18n.t('options.databaseBlocked')}
          </p>
        )}
        {current !== 'data' && (
          <BackupReminder
            lastBackupAt={lastBackupAt}
            now={data?.team.now ?? 0}
            worthBackingUp={
              data !== undefined &&
              worthBackingUp(
                {
                  rows: data.input.reps.length + data.input.accounts.length + data.input.observations.length,
                  firstObservationAt: firstObservationAt(data.input.observations),
                },
                data.team.now,
              )
            }
            onBackup={() => replaceHash('#data')}
          />
        )}
      </header>
      <div className="dashboard-layout">
        <nav aria-label={i18n.t('options.nav.label')} className="dashboard-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.name}>
                <a href={hrefOf({ name: item.name })} aria-current={item.name === current ? 'page' : undefined}>
                  {item.label()}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="dashboard-main" className="dashboard-main" tabIndex={-1}>
          {data === undefined || welcome === undefined ? (
            <p role="status">{i18n.t('options.loading')}</p>
          ) : (
            <Section route={route} data={data} />
          )}
        </main>
      </div>
      <footer className="dashboard-footer">
        <a href={browser.runtime.getURL('/privacy.html')}>{i18n.t('options.privacyLink')}</a>
      </footer>
    </div>
  );
}
