import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import {
  customOriginPattern,
  parseCustomOrigin,
  statusOf,
  type CustomDomainStatus,
} from '@/utils/crm/custom-domain-setup';
import type { CustomDomain } from '@/utils/crm/custom-domains';
import { crmLabels } from '@/utils/crm/labels';
import type { Crm } from '@/utils/schemas/common';
import { SectionHeading } from '../SectionHeading';
import { useStored } from '@/hooks/use-stored';
import { docksPanelOnCustomSites } from './custom-site-panel';
import './crm-sites.css';
import { customDomainStatusItem, customDomainsItem } from '@/utils/storage/items';

type Message = { text: string; ok: boolean };

const statusLabels: Record<CustomDomainStatus, () => string> = {
  active: () => i18n.t('crmSites.statusActive'),
  revoked: () => i18n.t('crmSites.statusRevoked'),
  'not-granted': () => i18n.t('crmSites.statusNotGranted'),
};

/** The host patterns the browser has granted now, following grants and revocations live. */
function useGrantedOrigins(): ReadonlySet<string> | undefined {
  const [granted, setGranted] = useState<ReadonlySet<string>>();
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void browser.permissions.getAll().then((all) => {
        if (live) setGranted(new Set(all.origins ?? []));
      });
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return granted;
}

/** Asks the browser for one custom site. Must be the first await of a click handler (a user gesture). */
function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [customOriginPattern(origin)] });
}

const errorText = (error: unknown) =>
  i18n.t('crmSites.failed', { message: error instanceof Error ? error.message : String(error) });

/**
 * The dashboard's "CRM sites": CRMs on the customer's own host. A site is added only once the
 * browser has granted CoachLens that one origin; the background then registers the content script
 * there (background/custom-domains.ts) and records whether the grant is still in force.
 */
export function CrmSitesSection({
  panelDocksOnCustomSites = docksPanelOnCustomSites(import.meta.env.BROWSER),
}: {
  /** False in the Firefox build: the section then says what a custom site gets there instead. */
  panelDocksOnCustomSites?: boolean;
} = {}) {
  const domains = useStored(customDomainsItem);
  const statuses = useStored(customDomainStatusItem);
  const granted = useGrantedOrigins();
  const [input, setInput] = useState('');
  const [crm, setCrm] = useState<Crm>('dynamics');
  const [fieldError, setFieldError] = useState<string>();
  const [message, setMessage] = useState<Message>();

  const statusOfDomain = (domain: CustomDomain): CustomDomainStatus | undefined => {
    const stored = statuses?.[domain.origin];
    if (granted === undefined) return stored;
    return statusOf(granted.has(customOriginPattern(domain.origin)), stored);
  };

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    setMessage(undefined);
    const parsed = parseCustomOrigin(input);
    if (!parsed.ok) {
      setFieldError(parsed.error);
      return;
    }
    if (domains?.some((domain) => domain.origin === parsed.origin)) {
      setFieldError(i18n.t('crmSites.duplicate', { origin: parsed.origin }));
      return;
    }
    setFieldError(undefined);
    try {
      // Nothing may be awaited before this call: the browser only prompts during the click.
      if (!(await requestOrigin(parsed.origin))) {
        setMessage({ text: i18n.t('crmSites.denied', { origin: parsed.origin }), ok: false });
        return;
      }
      const current = await customDomainsItem.getValue();
      if (!current.some((domain) => domain.origin === parsed.origin)) {
        await customDomainsItem.setValue([...current, { origin: parsed.origin, crm }]);
      }
      setInput('');
      const added = i18n.t('crmSites.added', { origin: parsed.origin });
      setMessage({ text: parsed.note ? `${parsed.note} ${added}` : added, ok: true });
    } catch (error) {
      setMessage({ text: errorText(error), ok: false });
    }
  }

  async function onGrant(domain: CustomDomain) {
    setMessage(undefined);
    try {
      const ok = await requestOrigin(domain.origin);
      setMessage({
        text: i18n.t(ok ? 'crmSites.granted' : 'crmSites.denied', { origin: domain.origin }),
        ok,
      });
    } catch (error) {
      setMessage({ text: errorText(error), ok: false });
    }
  }

  async function onRemove(domain: CustomDomain) {
    setMessage(undefined);
    try {
      const rest = (await customDomainsItem.getValue()).filter((other) => other.origin !== domain.origin);
      await customDomainsItem.setValue(rest);
      const pattern = customOriginPattern(domain.origin);
      // Another site on the same host (another port) keeps the host's grant.
      if (!rest.some((other) => customOriginPattern(other.origin) === pattern)) {
        await browser.permissions.remove({ origins: [pattern] });
      }
      setMessage({ text: i18n.t('crmSites.removed', { origin: domain.origin }), ok: true });
    } catch (error) {
      setMessage({ text: errorText(error), ok: false });
    }
  }

  return (
    <section aria-labelledby="crm-sites-heading" className="dashboard-section crm-sites">
      <SectionHeading id="crm-sites-heading">{i18n.t('crmSites.heading')}</SectionHeading>
      <p>{i18n.t('crmSites.intro')}</p>
      {/* Before the list and the form, so the manager reads it before adding a site. */}
      {!panelDocksOnCustomSites && <p className="callout">{i18n.t('crmSites.firefoxNoPanel')}</p>}

      {domains !== undefined && domains.length === 0 ? (
        <p className="empty-state">{i18n.t('crmSites.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{i18n.t('crmSites.listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('crmSites.site')}</th>
                <th scope="col">{i18n.t('crmSites.crm')}</th>
                <th scope="col">{i18n.t('crmSites.status')}</th>
                <th scope="col">{i18n.t('crmSites.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(domains ?? []).map((domain) => {
                const status = statusOfDomain(domain);
                return (
                  <tr key={domain.origin}>
                    <th scope="row">{domain.origin}</th>
                    <td>{crmLabels[domain.crm]}</td>
                    <td>
                      {status && (
                        <span className={`crm-site-status crm-site-status-${status}`}>{statusLabels[status]()}</span>
                      )}
                    </td>
                    <td>
                      <div className="button-row">
                        {(status === 'revoked' || status === 'not-granted') && (
                          <button
                            type="button"
                            aria-label={i18n.t('crmSites.grantLabel', { origin: domain.origin })}
                            onClick={() => void onGrant(domain)}
                          >
                            {i18n.t(status === 'revoked' ? 'crmSites.grantAgain' : 'crmSites.grant')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="button-danger"
                          aria-label={i18n.t('crmSites.removeLabel', { origin: domain.origin })}
                          onClick={() => void onRemove(domain)}
                        >
                          {i18n.t('crmSites.remove')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3>{i18n.t('crmSites.addHeading')}</h3>
      <form onSubmit={(event) => void onAdd(event)} className="stacked-form" noValidate>
        <div className="field-row">
          <Field label={i18n.t('crmSites.origin')} hint={i18n.t('crmSites.originHint')} error={fieldError}>
            <input
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://crm.acme-onprem.example"
              value={input}
              onChange={(event) => {
                setInput(event.target.value);
                setFieldError(undefined);
              }}
            />
          </Field>
          <Field label={i18n.t('crmSites.crm')}>
            <CrmSelect value={crm} onChange={setCrm} />
          </Field>
        </div>
        <button type="submit">{i18n.t('crmSites.add')}</button>
      </form>
      <p role="status" className={message?.ok === false ? 'form-error' : 'form-ok'}>
        {message?.text}
      </p>
    </section>
  );
}
