import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { BackupReminder } from '@/components/BackupReminder';
import { Tabs } from '@/components/tabs/Tabs';
import { welcomePath } from '@/utils/dashboard-path';
import { readBackupWorth, worthBackingUp } from '@/utils/data/backup-worth';
import { useStored } from '@/hooks/use-stored';
import { getDb } from '@/utils/db/app-db';
import { listAccounts } from '@/utils/db/accounts';
import { listReps } from '@/utils/db/reps';
import { installDefaultSkills, listSkills } from '@/utils/db/skills';
import { loadInsightInput } from '@/utils/db/snapshot';
import { ObservationForm } from './ObservationForm';
import { loadPopupStart, type PopupStart } from './prefill';
import { SetUpTeam } from './SetUpTeam';
import { TodayTab } from './TodayTab';
import { dashboardPath } from './today';
import { lastBackupAtItem } from '@/utils/storage/items';

type TabId = 'log' | 'today';

/** Marked when the form can take input: the end-to-end run reads it as the popup's time to interactive. */
export const interactiveMark = 'coachlens-popup-interactive';

export function PopupApp() {
  const db = getDb();
  const [tab, setTab] = useState<TabId>('log');
  const [todayOpened, setTodayOpened] = useState(false);
  const [todayNow, setTodayNow] = useState(() => Date.now());
  const [start, setStart] = useState<PopupStart>();
  const [failure, setFailure] = useState<string>();
  const [skillsReady, setSkillsReady] = useState(false);
  const lastBackupAt = useStored(lastBackupAtItem);
  const [logWithoutTeam, setLogWithoutTeam] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // A first open installs the default skill framework (a no-op once there are skills).
    installDefaultSkills(db)
      .then(() => !cancelled && setSkillsReady(true))
      .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    loadPopupStart(db, location.search, Date.now())
      .then((value) => !cancelled && setStart(value))
      .catch(() => !cancelled && setStart({ prefill: { rep: null, account: null }, note: '' }));
    return () => {
      cancelled = true;
    };
  }, [db]);

  const skills = useLiveQuery(() => (skillsReady ? listSkills(db) : undefined), [db, skillsReady]);
  const reps = useLiveQuery(() => listReps(db), [db]);
  const accounts = useLiveQuery(() => listAccounts(db), [db]);
  const backupWorth = useLiveQuery(() => readBackupWorth(db), [db]);
  // The whole data set is read only once Today is looked at: logging stays fast on a large team.
  const insightInput = useLiveQuery(() => (todayOpened ? loadInsightInput(db) : undefined), [db, todayOpened]);
  const ready = skills !== undefined && reps !== undefined && accounts !== undefined && start !== undefined;

  useEffect(() => {
    if (ready && performance.getEntriesByName(interactiveMark).length === 0) performance.mark(interactiveMark);
  }, [ready]);

  function select(id: TabId) {
    setTab(id);
    if (id === 'today') {
      setTodayOpened(true);
      setTodayNow(Date.now());
    }
  }

  function openDashboard(kind: 'rep' | 'account', id: string) {
    void browser.tabs.create({ url: browser.runtime.getURL(dashboardPath(kind, id) as '/options.html') });
  }

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{i18n.t('popup.title')}</h1>
        <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.openDashboard')}
        </button>
      </header>
      <BackupReminder
        lastBackupAt={lastBackupAt}
        now={todayNow}
        worthBackingUp={backupWorth !== undefined && worthBackingUp(backupWorth, todayNow)}
        compact
        onBackup={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/options.html#data' as '/options.html') })
        }
      />
      <Tabs<TabId>
        label={i18n.t('popup.tabs.label')}
        idPrefix="popup"
        selected={tab}
        onSelect={select}
        tabs={[
          {
            id: 'log',
            label: i18n.t('popup.tabs.log'),
            panel: failure ? (
              <p className="form-status is-error" role="alert">
                {i18n.t('popup.loadFailed', { message: failure })}
              </p>
            ) : ready && reps.length === 0 && !logWithoutTeam ? (
              <SetUpTeam
                onSetUp={() =>
                  void browser.tabs.create({ url: browser.runtime.getURL(welcomePath as '/options.html') })
                }
                onLogAnyway={() => setLogWithoutTeam(true)}
              />
            ) : ready ? (
              <ObservationForm
                db={db}
                skills={skills}
                reps={reps}
                accounts={accounts}
                prefill={start.prefill}
                note={start.note}
                active={tab === 'log'}
              />
            ) : (
              <p className="popup-loading">{i18n.t('popup.loading')}</p>
            ),
          },
          {
            id: 'today',
            label: i18n.t('popup.tabs.today'),
            panel: <TodayTab input={insightInput} now={todayNow} open={openDashboard} />,
          },
        ]}
      />
    </main>
  );
}
