import { loadInsightInput } from '@/utils/db/snapshot';
import { addAccount, listAccounts } from '@/utils/db/accounts';
import { addPlan, getPlan } from '@/utils/db/plans';
import { listReps } from '@/utils/db/reps';
import { listStrategiesForAccount } from '@/utils/db/strategies';
import { seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';
import { teamInsights } from '@/utils/insights';
import type { PanelRequest, PageContext } from '@/utils/messaging/protocol';
import type { PanelView } from '@/utils/messaging/panel-view';
import type { CoachLensDb } from '@/utils/db/app-db';
import { buildPanelView } from './build-panel-view';
import { handlePanelRequest } from './panel-requests';

/*
 * The service worker may be stopped in the middle of a panel write. The panel then
 * resends the request (same request id) on a new port, to a fresh worker that does not know whether
 * the first attempt committed. Every request must therefore be safe to receive twice: exactly one
 * row, and no error for the manager, whether the resend sees the page as it was or as it is now.
 */

const db = freshDbForEachTest();
const accountRecord = '0019000000B98deAAB';
const userRecord = '0051A00000D67jWQAR';

function pageContext(kind: 'account' | 'user', id: string, recordName: string): PageContext {
  return { ref: { crm: 'salesforce', kind, id }, facts: { recordName }, url: 'https://acme.lightning.force.com/' };
}

/** The view the background would push for this page, from what the database holds now. */
async function viewOf(database: CoachLensDb, context: PageContext): Promise<PanelView> {
  const input = await loadInsightInput(database);
  return buildPanelView({ input, team: teamInsights(input, Date.now()) }, context);
}

describe('a panel request received twice writes once', () => {
  const accountPage = pageContext('account', accountRecord, 'Globex Corporation');
  const create: PanelRequest = {
    type: 'createAndLinkRecord',
    requestId: 'req-1',
    id: crypto.randomUUID(),
    kind: 'account',
    name: 'Globex Corporation',
  };

  it('a create resent after it committed, with the page now showing the new account: one account, no error', async () => {
    await handlePanelRequest(db(), await viewOf(db(), accountPage), create);
    const after = await viewOf(db(), accountPage);
    expect(after.state).toBe('account');
    await expect(handlePanelRequest(db(), after, create)).resolves.toBeUndefined();
    expect((await listAccounts(db())).map((account) => account.id)).toEqual([create.id]);
  });

  it('a create resent before the view caught up (it still offers to create): one account, no error', async () => {
    const stale = await viewOf(db(), accountPage);
    await handlePanelRequest(db(), stale, create);
    await expect(handlePanelRequest(db(), stale, create)).resolves.toBeUndefined();
    expect(await listAccounts(db())).toHaveLength(1);
  });

  it('two creates sent at the same moment with the same id: one row (the primary key decides)', async () => {
    const stale = await viewOf(db(), accountPage);
    const outcomes = await Promise.allSettled([
      handlePanelRequest(db(), stale, create),
      handlePanelRequest(db(), stale, create),
    ]);
    expect(outcomes.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
    expect(await listAccounts(db())).toHaveLength(1);
  });

  it('a different create on a page that is already linked is still refused', async () => {
    await handlePanelRequest(db(), await viewOf(db(), accountPage), create);
    const other = { ...create, requestId: 'req-2', id: crypto.randomUUID() };
    await expect(handlePanelRequest(db(), await viewOf(db(), accountPage), other)).rejects.toThrow('already linked');
    expect(await listAccounts(db())).toHaveLength(1);
  });

  it('a rep link resent after it committed: linked once, no error', async () => {
    const rep = await seedRep(db(), { name: 'Dana Whitfield' });
    const repPage = pageContext('user', userRecord, 'Dana Whitfield');
    const link: PanelRequest = { type: 'linkRecord', requestId: 'req-3', target: { kind: 'rep', id: rep.id } };
    const stale = await viewOf(db(), repPage);
    await handlePanelRequest(db(), stale, link);
    await expect(handlePanelRequest(db(), stale, link)).resolves.toBeUndefined();
    await expect(handlePanelRequest(db(), await viewOf(db(), repPage), link)).resolves.toBeUndefined();
    const [linked] = await listReps(db());
    expect(linked?.crmLinks).toEqual([{ crm: 'salesforce', userId: userRecord }]);
  });

  it('a second user of this CRM is linked to a rep only when the manager confirmed it', async () => {
    const dana = await seedRep(db(), { name: 'Dana Whitfield', crmLinks: [{ crm: 'salesforce', userId: userRecord }] });
    const namesake = pageContext('user', '0051A00000Zz999QAR', 'Dana Whitfield');
    const view = await viewOf(db(), namesake);
    const link: PanelRequest = { type: 'linkRecord', requestId: 'req-7', target: { kind: 'rep', id: dana.id } };
    await expect(handlePanelRequest(db(), view, link)).rejects.toThrow(
      'Dana Whitfield is already linked to another user of this CRM',
    );
    expect((await listReps(db()))[0]?.crmLinks).toHaveLength(1);
    await handlePanelRequest(db(), view, { ...link, requestId: 'req-8', secondLink: true });
    expect((await listReps(db()))[0]?.crmKeys).toEqual([`salesforce:${userRecord}`, 'salesforce:0051A00000Zz999QAR']);
  });

  it('strategy answers and the meeting date resent, even at the same moment: one session holding both', async () => {
    await handlePanelRequest(db(), await viewOf(db(), accountPage), create);
    const view = await viewOf(db(), accountPage);
    const answers: PanelRequest = {
      type: 'saveStrategyAnswers',
      requestId: 'req-4',
      accountId: create.id,
      answers: { 'purpose-objective': 'Agree the pilot scope' },
    };
    const meeting: PanelRequest = {
      type: 'setMeetingDate',
      requestId: 'req-5',
      accountId: create.id,
      meetingAt: Date.UTC(2026, 11, 3, 12),
    };
    // Before the fix, the meeting date read the sessions outside its write and made a second one.
    await Promise.all([handlePanelRequest(db(), view, answers), handlePanelRequest(db(), view, meeting)]);
    await Promise.all([handlePanelRequest(db(), view, meeting), handlePanelRequest(db(), view, answers)]);
    const sessions = await listStrategiesForAccount(db(), create.id);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      answers: { 'purpose-objective': 'Agree the pilot scope' },
      meetingAt: meeting.meetingAt,
    });
  });

  it('a plan tick resent: the action stays ticked once', async () => {
    const rep = await seedRep(db(), { name: 'Dana Whitfield', crmLinks: [{ crm: 'salesforce', userId: userRecord }] });
    const skill = await seedSkill(db());
    const plan = await addPlan(db(), {
      repId: rep.id,
      skillId: skill.id,
      fromLevel: 2,
      targetLevel: 3,
      actions: [{ text: 'Plan one objective per call', done: false }],
      reviewAt: Date.now() + 86_400_000,
    });
    const view = await viewOf(db(), pageContext('user', userRecord, 'Dana Whitfield'));
    const tick: PanelRequest = {
      type: 'setPlanActionDone',
      requestId: 'req-6',
      planId: plan.id,
      actionIndex: 0,
      done: true,
    };
    await handlePanelRequest(db(), view, tick);
    await handlePanelRequest(db(), view, tick);
    expect((await getPlan(db(), plan.id))?.actions).toEqual([{ text: 'Plan one objective per call', done: true }]);
  });
});

describe('answers to what a page does not show', () => {
  const dealRecord = '0069000000AbCdEAAA';
  function dealPage(facts: PageContext['facts'] = {}): PageContext {
    return {
      ref: { crm: 'salesforce', kind: 'deal', id: dealRecord },
      facts,
      url: 'https://acme.lightning.force.com/',
    };
  }

  it('remembers the owner chosen for the deal: the next view of that deal shows the rep and asks nothing', async () => {
    const dana = await seedRep(db(), { name: 'Dana Whitfield' });
    const asked = await viewOf(db(), dealPage());
    expect(asked.state === 'related' && asked.ownerQuestion?.answered).toBe(false);
    const answer: PanelRequest = { type: 'answerPageQuestion', requestId: 'q-1', fact: 'owner', id: dana.id };
    await handlePanelRequest(db(), asked, answer);
    await handlePanelRequest(db(), asked, answer); // resent: still one answer
    const next = await viewOf(db(), dealPage());
    expect(next.state === 'related' && [next.owner?.rep.name, next.ownerQuestion?.answered]).toEqual([
      'Dana Whitfield',
      true,
    ]);
    expect((await listReps(db()))[0]?.ownerOfRecords).toEqual([`salesforce:deal:${dealRecord}`]);
  });

  it('refuses an answer for a fact the page shows, or a rep that was not offered', async () => {
    const dana = await seedRep(db(), { name: 'Dana Whitfield' });
    const inactive = await seedRep(db(), { name: 'Gone Rep', active: false });
    const shown = await viewOf(db(), dealPage({ ownerName: 'Dana Whitfield' }));
    await expect(
      handlePanelRequest(db(), shown, { type: 'answerPageQuestion', requestId: 'q-2', fact: 'owner', id: dana.id }),
    ).rejects.toThrow('already shows');
    const asked = await viewOf(db(), dealPage());
    await expect(
      handlePanelRequest(db(), asked, { type: 'answerPageQuestion', requestId: 'q-3', fact: 'owner', id: inactive.id }),
    ).rejects.toThrow('not one of the choices');
    expect((await listReps(db(), { includeInactive: true })).every((rep) => !rep.ownerOfRecords)).toBe(true);
  });

  it('remembers the account chosen for the deal', async () => {
    const globex = await addAccountRow('Globex Corporation');
    const asked = await viewOf(db(), dealPage({ ownerName: 'Nobody' }));
    await handlePanelRequest(db(), asked, {
      type: 'answerPageQuestion',
      requestId: 'q-4',
      fact: 'account',
      id: globex,
    });
    const next = await viewOf(db(), dealPage({ ownerName: 'Nobody' }));
    expect(next.state === 'related' && next.account?.account.name).toBe('Globex Corporation');
  });

  it('sets the owner the account page shows as the account’s owner rep, once, and nobody else', async () => {
    const dana = await seedRep(db(), { name: 'Dana Whitfield', crmLinks: [{ crm: 'salesforce', userId: userRecord }] });
    const maya = await seedRep(db(), { name: 'Maya Chen' });
    const accountId = await addAccountRow('Globex Corporation', [{ crm: 'salesforce', recordId: accountRecord }]);
    const page: PageContext = {
      ...pageContext('account', accountRecord, 'Globex Corporation'),
      facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: userRecord },
    };
    const proposed = await viewOf(db(), page);
    expect(proposed.state === 'account' && proposed.proposedOwner?.name).toBe('Dana Whitfield');
    await expect(
      handlePanelRequest(db(), proposed, {
        type: 'setAccountOwnerFromPage',
        requestId: 'o-1',
        accountId,
        repId: maya.id,
      }),
    ).rejects.toThrow('not the one this page shows');
    const take: PanelRequest = { type: 'setAccountOwnerFromPage', requestId: 'o-2', accountId, repId: dana.id };
    await handlePanelRequest(db(), proposed, take);
    const after = await viewOf(db(), page);
    expect(after.state === 'account' && [after.account.owner?.name, after.proposedOwner]).toEqual([
      'Dana Whitfield',
      undefined,
    ]);
    await expect(handlePanelRequest(db(), after, take)).resolves.toBeUndefined();
  });

  it('adds a second user of this CRM to a rep only when the manager says the page’s owner is them', async () => {
    const dana = await seedRep(db(), { name: 'Dana Whitfield', crmLinks: [{ crm: 'salesforce', userId: userRecord }] });
    const otherUser = '0051A00000Zz999QAR';
    const page = dealPage({ ownerName: 'Dana Whitfield', ownerUserId: otherUser });
    const asked = await viewOf(db(), page);
    // Nothing is linked by looking: the view asks, and shows no rep for that owner.
    expect(asked.state === 'related' && [asked.owner, asked.ownerConflict?.repName]).toEqual([
      undefined,
      'Dana Whitfield',
    ]);
    expect((await listReps(db()))[0]?.crmLinks).toHaveLength(1);

    const lee = await seedRep(db(), { name: 'Lee Park' });
    await expect(
      handlePanelRequest(db(), asked, { type: 'confirmOwnerCrmUser', requestId: 'c-0', repId: lee.id }),
    ).rejects.toThrow('not the one this page asks about');
    await expect(
      handlePanelRequest(db(), await viewOf(db(), dealPage()), {
        type: 'confirmOwnerCrmUser',
        requestId: 'c-00',
        repId: dana.id,
      }),
    ).rejects.toThrow('not the one this page asks about');
    expect((await listReps(db())).flatMap((rep) => rep.crmLinks)).toHaveLength(1);

    const confirm: PanelRequest = { type: 'confirmOwnerCrmUser', requestId: 'c-1', repId: dana.id };
    await handlePanelRequest(db(), asked, confirm);
    const after = await viewOf(db(), page);
    expect(after.state === 'related' && [after.owner?.rep.name, after.ownerConflict]).toEqual([
      'Dana Whitfield',
      undefined,
    ]);
    await expect(handlePanelRequest(db(), after, confirm)).resolves.toBeUndefined();
    expect((await listReps(db())).find((rep) => rep.id === dana.id)?.crmLinks).toEqual([
      { crm: 'salesforce', userId: userRecord },
      { crm: 'salesforce', userId: otherUser },
    ]);
  });
});

async function addAccountRow(name: string, crmLinks: { crm: 'salesforce'; recordId: string }[] = []): Promise<string> {
  return (await addAccount(db(), { name, crmLinks })).id;
}
