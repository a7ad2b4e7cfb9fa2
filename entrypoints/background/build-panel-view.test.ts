import { teamInsights, type InsightInput } from '@/utils/insights';
import { account, emptyInput, now, observation, rep, skill } from '@/tests/support/insight-fixtures';
import type { PageContext } from '@/utils/messaging/protocol';
import { buildPanelView } from './build-panel-view';

const sfAccountId = '0019000000B98deAAB';
const sfUserId = '0051A00000D67jWQAR';

function data(input: InsightInput) {
  return { input, team: teamInsights(input, now) };
}

function context(kind: PageContext['ref']['kind'], id: string | null, facts: PageContext['facts'] = {}): PageContext {
  return { ref: { crm: 'salesforce', kind, id }, facts, url: 'https://acme.lightning.force.com/' };
}

const input: InsightInput = {
  ...emptyInput(),
  skills: [skill('s1', 0)],
  reps: [
    rep('r1', {
      name: 'Dana Whitfield',
      crmLinks: [{ crm: 'salesforce', userId: sfUserId }],
      crmKeys: [`salesforce:${sfUserId}`],
    }),
    rep('r2', { name: 'Jonas Berg' }),
  ],
  accounts: [
    account('a1', {
      name: 'Globex Corporation',
      ownerRepId: 'r1',
      notes: 'Renewal in March',
      crmLinks: [{ crm: 'salesforce', recordId: sfAccountId }],
      crmKeys: [`salesforce:${sfAccountId}`],
    }),
    account('a2', { name: 'Initech' }),
  ],
  observations: [
    observation('r1', now - 86_400_000, [{ skillId: 's1', score: 3 }], { accountId: 'a1', saw: 'Good agenda' }),
  ],
};

describe('buildPanelView', () => {
  it('shows nothing for a page that is not a record', () => {
    expect(buildPanelView(data(input), null)).toEqual({ state: 'no-page' });
    expect(buildPanelView(data(input), context(null, null))).toEqual({ state: 'no-page' });
  });

  it('shows a linked account with its insight and the manager notes', () => {
    const view = buildPanelView(data(input), context('account', sfAccountId));
    expect(view.state).toBe('account');
    if (view.state !== 'account') return;
    expect(view.account.account.name).toBe('Globex Corporation');
    expect(view.account.owner?.name).toBe('Dana Whitfield');
    expect(view.account.observations.map((obs) => obs.saw)).toEqual(['Good agenda']);
    expect(view.notes).toBe('Renewal in March');
  });

  it('shows a linked rep on their user page', () => {
    const view = buildPanelView(data(input), context('user', sfUserId));
    expect(view.state === 'rep' && view.rep.rep.name).toBe('Dana Whitfield');
  });

  it('offers to link an unknown account, the account named like the page first', () => {
    const view = buildPanelView(data(input), context('account', '0019000000XyZabAAA', { recordName: 'Initech' }));
    expect(view).toMatchObject({
      state: 'unlinked',
      kind: 'account',
      recordId: '0019000000XyZabAAA',
      recordName: 'Initech',
    });
    if (view.state !== 'unlinked') return;
    expect(view.candidates.map((candidate) => [candidate.name, candidate.likely])).toEqual([
      ['Initech', true],
      ['Globex Corporation', false],
    ]);
  });

  it('offers only active reps to link an unknown user page', () => {
    const withInactive = { ...input, reps: [...input.reps, rep('r3', { name: 'Gone Rep', active: false })] };
    const view = buildPanelView(
      data(withInactive),
      context('user', '0051I000006lPqHQAU', { recordName: 'Jonas Berg' }),
    );
    expect(view.state === 'unlinked' && view.candidates.map((candidate) => candidate.name)).toEqual([
      'Jonas Berg',
      'Dana Whitfield',
    ]);
  });

  it('finds a deal’s account and owner by the CRM ids the page links to', () => {
    const view = buildPanelView(
      data(input),
      context('deal', '0069000000AbCdEAAA', {
        recordName: 'Globex renewal',
        accountId: sfAccountId,
        ownerUserId: sfUserId,
      }),
    );
    expect(view.state).toBe('related');
    if (view.state !== 'related') return;
    expect(view.account?.account.id).toBe('a1');
    expect(view.owner?.rep.id).toBe('r1');
  });

  it('falls back to the names shown on the page, ignoring case and spacing', () => {
    const view = buildPanelView(
      data(input),
      context('contact', '0039000000AbCdEAAA', { accountName: '  initech ', ownerName: 'JONAS  BERG' }),
    );
    expect(view.state === 'related' && [view.account?.account.id, view.owner?.rep.id]).toEqual(['a2', 'r2']);
  });

  it('says what the page names when CoachLens does not know them', () => {
    const view = buildPanelView(
      data(input),
      context('lead', '00Q9000000AbCdEAAA', { accountName: 'Umbrella', ownerName: 'Nobody' }),
    );
    expect(view).toMatchObject({ state: 'related', accountName: 'Umbrella', ownerName: 'Nobody' });
    expect(view.state === 'related' && [view.account, view.owner]).toEqual([undefined, undefined]);
  });
});
