import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

export function PopupApp() {
  return (
    <main className="popup">
      <h1>{i18n.t('popup.title')}</h1>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.openDashboard')}
      </button>
    </main>
  );
}
