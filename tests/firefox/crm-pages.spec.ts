import { crmFixture, fixturePageNames } from '../e2e/crm-fixtures.ts';
import { clickRole, firefoxStory, panelFrame, waitForHeading, waitForText, type FirefoxSession } from './firefox.ts';
import type { CrmId } from '../../utils/crm/types';

async function openFixture(firefox: FirefoxSession, crm: CrmId, name: string) {
  const fixture = crmFixture(crm, name);
  firefox.serveCrmPage(fixture.url, fixture.html);
  const page = await firefox.openCrmPage(fixture.url);
  return { page, panel: await panelFrame(page) };
}

firefoxStory(
  'salesforce and hubspot: the panel on a rep page and an account page; records created on one CRM are linked on the other',
  async (firefox) => {
    // Salesforce: unknown rep and account, each created from the panel with the name read from the page.
    const { rep, account } = fixturePageNames.salesforce;
    const sfRep = await openFixture(firefox, 'salesforce', 'user');
    await waitForHeading(sfRep.panel, 'Which of your reps is this?');
    await clickRole(sfRep.page, sfRep.panel, 'button', `Create “${rep}”`);
    await waitForHeading(sfRep.panel, rep);
    await waitForText(sfRep.panel, 'Not observed yet');

    const sfAccount = await openFixture(firefox, 'salesforce', 'account');
    await waitForHeading(sfAccount.panel, 'Which of your accounts is this?');
    await clickRole(sfAccount.page, sfAccount.panel, 'button', `Create “${account}”`);
    await waitForHeading(sfAccount.panel, account);
    await waitForText(sfAccount.panel, 'prompts unanswered');

    // HubSpot: the same rep and account are offered and linked, not created twice.
    const hubspot = fixturePageNames.hubspot;
    const hsRep = await openFixture(firefox, 'hubspot', 'user');
    await waitForHeading(hsRep.panel, 'Which of your reps is this?');
    await clickRole(hsRep.page, hsRep.panel, 'button', `Link ${hubspot.rep}`);
    await waitForHeading(hsRep.panel, hubspot.rep);
    await waitForText(hsRep.panel, 'Not observed yet');

    const hsAccount = await openFixture(firefox, 'hubspot', 'account');
    await waitForHeading(hsAccount.panel, 'Which of your accounts is this?');
    await clickRole(hsAccount.page, hsAccount.panel, 'button', `Link ${hubspot.account}`);
    await waitForHeading(hsAccount.panel, hubspot.account);
    await waitForText(hsAccount.panel, 'prompts unanswered');

    // The first tab's panel still shows its own record, with all four tabs open.
    await waitForHeading(sfRep.panel, rep);
  },
);

firefoxStory(
  'a CRM page with a strict Content-Security-Policy still gets the panel, docked beside the page',
  async (firefox) => {
    // Nothing but the page's own origin, inline styles included (the fixture's own <style> goes).
    const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";
    const fixture = crmFixture('salesforce', 'account');
    firefox.serveCrmPage(
      fixture.url,
      fixture.html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${strictPolicy}">`),
    );
    const page = await firefox.openCrmPage(fixture.url);
    const panel = await panelFrame(page);
    await waitForHeading(panel, 'Which of your accounts is this?');
    const docked = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-coachlens-panel]')!);
      return `${style.position} ${style.right} ${style.width}`;
    });
    if (docked !== 'fixed 0px 380px') throw new Error(`the panel's host is not docked: ${docked}`);
  },
);

firefoxStory(
  'a German Salesforce opportunity in native shadow DOM is read: its name, account and owner',
  async (firefox) => {
    // Every fact of this page sits in open shadow roots its own script attached, labelled in German.
    const { page, panel } = await openFixture(firefox, 'salesforce', 'deal-native-de');
    const inLightDom = await page.evaluate(() => document.querySelector('records-highlights2, force-owner-lookup'));
    if (inLightDom !== null) throw new Error('the fixture is not in native shadow DOM');
    await waitForHeading(panel, 'Globex Platform Renewal 2027');
    await waitForText(panel, 'Account Globex Corporation is not in CoachLens yet.');
    await waitForText(panel, 'Owner Dana Whitfield is not one of your reps in CoachLens yet.');
  },
);
