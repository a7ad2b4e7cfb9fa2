import { readFileSync } from 'node:fs';
import path from 'node:path';
import { examplesByCrm } from '../../utils/crm/examples';
import type { CrmId } from '../../utils/crm/types';

const fixturesDir = path.resolve('tests/fixtures');

export interface CrmFixture {
  /** Path under tests/fixtures, for `serveCrmPage`. */
  file: string;
  /** The real CRM URL the page stands for (from its `Stands for:` comment). */
  url: string;
  html: string;
}

/** What each CRM's fixture pages show (see tests/fixtures/crm/README.md); shared by the Chromium and Firefox suites. */
export const fixturePageNames: Record<CrmId, { rep: string; account: string; deal: string }> = {
  salesforce: { rep: 'Dana Whitfield', account: 'Globex Corporation', deal: 'Globex Platform Renewal 2027' },
  hubspot: { rep: 'Dana Whitfield', account: 'Globex Corporation', deal: 'Globex Platform Renewal 2027' },
  pipedrive: { rep: 'Dana Whitfield', account: 'Globex Corporation', deal: 'Globex platform renewal' },
  dynamics: { rep: 'Dana Whitfield', account: 'Globex Corporation', deal: 'Globex Platform Renewal 2027' },
  zoho: { rep: 'Dana Whitfield', account: 'Globex Corporation', deal: 'Globex Platform Renewal 2027' },
};

/** A committed CRM fixture page and the URL it stands for (see tests/fixtures/crm/README.md). */
export function crmFixture(crm: CrmId, name: string): CrmFixture {
  const file = `crm/${crm}/${name}.html`;
  const html = readFileSync(path.join(fixturesDir, file), 'utf8');
  const url = /Stands for:\s*(\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${file} has no "Stands for:" URL`);
  return { file, url, html };
}

/** A page of the same CRM host that is not a record (a list view, home…), from the adapter's own examples. */
export function nonRecordUrl(crm: CrmId, like: string): string {
  const origin = new URL(like).origin;
  const example = examplesByCrm[crm].find(
    ([url, expected]) => expected !== null && expected.kind === null && new URL(url).origin === origin,
  );
  if (!example) throw new Error(`No non-record example URL for ${crm} on ${origin}`);
  return example[0];
}

/** What `navigateInApp` needs of a page: Playwright's `Page` and puppeteer's (tests/firefox) both fit. */
export interface EvaluatingPage {
  evaluate(pageFunction: (target: InAppTarget) => void, target: InAppTarget): Promise<unknown>;
}

interface InAppTarget {
  url: string;
  html: string | undefined;
}

/**
 * Navigates the way a CRM single-page app does: `history.pushState`, then the app renders the new
 * record into the same document. The content script is not re-run.
 */
export async function navigateInApp(page: EvaluatingPage, url: string, html?: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      history.pushState({}, '', url);
      if (html) {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((node) => document.adoptNode(node)));
      }
    },
    { url, html },
  );
}
