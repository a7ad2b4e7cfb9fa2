/**
 * The two scripts CoachLens runs on a CRM page (docs/architecture.md#processes). `loader` is the one the
 * manifest (and, on custom CRM sites, `scripting`) injects: a few hundred bytes that do nothing
 * until the page's `load` event has been handled, because Chrome runs `document_idle` scripts
 * before that event when the page is quick, and the page's load waits for them. Then it imports
 * `page`: recognising the record, reporting it, docking the panel. `page` is web-accessible so
 * that import may load it; its URL is random per browser session (`use_dynamic_url`).
 */
export const crmScripts = {
  loader: 'crm-loader.js',
  page: 'crm-page.js',
} as const;
