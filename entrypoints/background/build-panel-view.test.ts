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

  it('on a user page, never marks as likely a rep who already has a user of this CRM linked', () => {
    const view = buildPanelView(data(input), context('user', '0051I000006lPqHQAU', { recordName: 'Dana Whitfield' }));
    if (view.state !== 'unlinked') throw new Error(view.state);
    expect(view.candidates.find((candidate) => candidate.name === 'Dana Whitfield')).toMatchObject({
      likely: false,
      linkedInCrm: true,
    });
    // Another CRM's user page: Dana has no HubSpot user yet, so she is the likely match there.
    const hubspot = buildPanelView(data(input), {
      ...context('user', '61230045', { recordName: 'Dana Whitfield' }),
      ref: { crm: 'hubspot', kind: 'user', id: '61230045' },
    });
    expect(hubspot.state === 'unlinked' && hubspot.candidates[0]).toEqual({
      kind: 'rep',
      id: 'r1',
      name: 'Dana Whitfield',
      likely: true,
    });
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

  describe('a fact the page does not show', () => {
    const dealId = '0069000000AbCdEAAA';
    const withReps: InsightInput = {
      ...input,
      reps: [
        ...input.reps,
        rep('r3', { name: 'Émile Aubert' }),
        rep('r4', { name: 'zoë Adams' }),
        rep('r5', { name: 'Gone Rep', active: false }),
      ],
    };

    it('asks for the owner: active reps, alphabetical in the browser’s language, the account’s owner marked likely', () => {
      const view = buildPanelView(
        data(withReps),
        context('deal', dealId, { recordName: 'Globex renewal', accountId: sfAccountId }),
      );
      if (view.state !== 'related') throw new Error(view.state);
      expect(view.owner).toBeUndefined();
      expect(view.accountQuestion).toBeUndefined();
      expect(view.ownerQuestion?.answered).toBe(false);
      expect(view.ownerQuestion?.candidates.map((candidate) => [candidate.name, candidate.likely])).toEqual([
        ['Dana Whitfield', true],
        ['Émile Aubert', false],
        ['Jonas Berg', false],
        ['zoë Adams', false],
      ]);
    });

    it('shows the owner chosen for this very record, and still lets the manager change it', () => {
      const chosen: InsightInput = {
        ...withReps,
        reps: withReps.reps.map((row) =>
          row.id === 'r2' ? { ...row, ownerOfRecords: [`salesforce:deal:${dealId}`] } : row,
        ),
      };
      const view = buildPanelView(data(chosen), context('deal', dealId, { accountId: sfAccountId }));
      if (view.state !== 'related') throw new Error(view.state);
      expect(view.owner?.rep.name).toBe('Jonas Berg');
      expect(view.ownerQuestion?.answered).toBe(true);
      // The choice is for that record only: another deal, or a contact with the same id, asks again.
      for (const other of [context('deal', '0069000000ZzZzZAAA'), context('contact', dealId)]) {
        const otherView = buildPanelView(data(chosen), other);
        expect(otherView.state === 'related' && [otherView.owner, otherView.ownerQuestion?.answered]).toEqual([
          undefined,
          false,
        ]);
      }
      // An owner the page does show wins over an earlier answer.
      const shown = buildPanelView(data(chosen), context('deal', dealId, { ownerUserId: sfUserId }));
      expect(shown.state === 'related' && [shown.owner?.rep.name, shown.ownerQuestion]).toEqual([
        'Dana Whitfield',
        undefined,
      ]);
    });

    it('asks for the account, the accounts named like the record first, and remembers the answer', () => {
      const asked = buildPanelView(data(input), context('deal', dealId, { recordName: 'Initech expansion' }));
      if (asked.state !== 'related') throw new Error(asked.state);
      expect(asked.accountQuestion?.candidates.map((candidate) => [candidate.name, candidate.likely])).toEqual([
        ['Initech', true],
        ['Globex Corporation', false],
      ]);
      const chosen: InsightInput = {
        ...input,
        accounts: input.accounts.map((row) =>
          row.id === 'a2' ? { ...row, accountOfRecords: [`salesforce:deal:${dealId}`] } : row,
        ),
      };
      const view = buildPanelView(data(chosen), context('deal', dealId, { recordName: 'Initech expansion' }));
      expect(view.state === 'related' && [view.account?.account.name, view.accountQuestion?.answered]).toEqual([
        'Initech',
        true,
      ]);
    });
  });

  describe('what the page shows about an account’s owner', () => {
    const unowned: InsightInput = {
      ...input,
      accounts: input.accounts.map((row) => (row.id === 'a1' ? { ...row, ownerRepId: undefined } : row)),
    };

    it('proposes the linked rep the page shows as owner when the account has no owner rep yet', () => {
      const view = buildPanelView(
        data(unowned),
        context('account', sfAccountId, { ownerName: 'Dana Whitfield', ownerUserId: sfUserId }),
      );
      expect(view.state === 'account' && view.proposedOwner).toEqual({ repId: 'r1', name: 'Dana Whitfield' });
      // With an owner rep set, the page's owner changes nothing.
      const owned = buildPanelView(data(input), context('account', sfAccountId, { ownerName: 'Jonas Berg' }));
      expect(owned.state === 'account' && owned.proposedOwner).toBeUndefined();
    });

    it('proposes nothing for an owner who is none of the reps', () => {
      const view = buildPanelView(data(unowned), context('account', sfAccountId, { ownerName: 'Nobody Known' }));
      expect(view.state === 'account' && [view.proposedOwner, view.ownerConflict]).toEqual([undefined, undefined]);
    });

    it('asks, and neither proposes nor shows the rep, when the name is shown next to another user of this CRM', () => {
      const otherUser = '0051A00000Zz999QAR';
      const facts = { ownerName: 'Dana Whitfield', ownerUserId: otherUser };
      const account = buildPanelView(data(unowned), context('account', sfAccountId, facts));
      expect(account.state === 'account' && [account.proposedOwner, account.ownerConflict]).toEqual([
        undefined,
        { repId: 'r1', repName: 'Dana Whitfield', userId: otherUser },
      ]);
      const deal = buildPanelView(data(input), context('deal', '0069000000AbCdEAAA', facts));
      expect(deal.state === 'related' && [deal.owner, deal.ownerConflict?.userId]).toEqual([undefined, otherUser]);
      // A rep with no user of this CRM linked yet is simply found by name.
      const jonas = buildPanelView(
        data(input),
        context('deal', '0069000000AbCdEAAA', { ownerName: 'Jonas Berg', ownerUserId: otherUser }),
      );
      expect(jonas.state === 'related' && [jonas.owner?.rep.name, jonas.ownerConflict]).toEqual([
        'Jonas Berg',
        undefined,
      ]);
    });
  });

  describe('what CoachLens read on the page', () => {
    it('says per fact whether it was found and by which rule, with no name read from the page', () => {
      const view = buildPanelView(data(input), {
        ...context('deal', '0069000000AbCdEAAA', { recordName: 'Globex renewal', ownerName: 'Dana Whitfield' }),
        reading: {
          rules: { recordName: 'highlights primary field', ownerName: 'owner lookup' },
          shadowMode: 'native',
          elementCount: 12_000,
          costMs: 3.5,
        },
      });
      expect(view.state === 'related' && view.page).toEqual({
        crm: 'salesforce',
        kind: 'deal',
        id: '0069000000AbCdEAAA',
        facts: [
          { fact: 'recordName', found: true, rule: 'highlights primary field' },
          { fact: 'ownerName', found: true, rule: 'owner lookup' },
          { fact: 'ownerUserId', found: false },
          { fact: 'accountName', found: false },
          { fact: 'accountId', found: false },
        ],
        reading: { shadowMode: 'native', elementCount: 12_000, costMs: 3.5 },
      });
      expect(JSON.stringify(view.state === 'related' && view.page)).not.toMatch(/Dana|Globex/);
    });
  });
});
