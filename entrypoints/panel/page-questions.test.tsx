// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { accountInsight, repInsight, type InsightInput } from '@/utils/insights';
import { account, emptyInput, now, rep, skill } from '@/tests/support/insight-fixtures';
import type { PanelView } from '@/utils/messaging/panel-view';
import { AccountView } from './AccountView';
import { RelatedView } from './RelatedView';
import { UnlinkedView } from './UnlinkedView';

afterEach(cleanup);

type Related = Extract<PanelView, { state: 'related' }>;

const ids = {
  dana: '11111111-1111-4111-8111-111111111111',
  emile: '22222222-2222-4222-8222-222222222222',
  globex: '33333333-3333-4333-8333-333333333333',
};

const input: InsightInput = emptyInput({
  skills: [skill('s1', 0)],
  reps: [rep(ids.dana, { name: 'Dana Whitfield' }), rep(ids.emile, { name: 'Émile Aubert' })],
  accounts: [account(ids.globex, { name: 'Globex Corporation' })],
});

const candidates = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'rep' as const,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: `Rep ${String(index).padStart(2, '0')}`,
    likely: false,
  }));

function dealView(fields: Partial<Related> = {}): Related {
  return { state: 'related', crm: 'salesforce', kind: 'deal', recordId: '006Dn00000AbQ9wIAF', ...fields };
}

describe('a deal page that shows no owner', () => {
  const asking = dealView({
    recordName: 'Globex Platform Renewal 2027',
    ownerQuestion: {
      answered: false,
      candidates: [
        { kind: 'rep', id: ids.dana, name: 'Dana Whitfield', likely: true },
        { kind: 'rep', id: ids.emile, name: 'Émile Aubert', likely: false },
      ],
    },
  });

  it('says which fact it could not read, in words, and sends the rep the manager picks', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    render(<RelatedView view={asking} send={send} />);
    const question = screen.getByRole('region', { name: 'CoachLens could not find the owner on this page' });
    expect(question.textContent).toContain('Who owns this deal? CoachLens remembers your answer for this deal');
    expect(within(question).getByText('likely')).toBeTruthy();
    await act(async () => fireEvent.click(within(question).getByRole('button', { name: 'Émile Aubert' })));
    expect(send).toHaveBeenCalledWith({ type: 'answerPageQuestion', fact: 'owner', id: ids.emile });
  });

  it('is never empty: with nothing read and no reps yet, it names the record kind and says what to do next', () => {
    render(<RelatedView view={dealView({ ownerQuestion: { answered: false, candidates: [] } })} send={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Deal' })).toBeTruthy();
    expect(screen.getByText(/You have no reps in CoachLens yet: add your team in the dashboard/)).toBeTruthy();
    expect(screen.getByText('This page shows no account CoachLens knows.')).toBeTruthy();
  });

  it('keeps the list short: beyond eight reps the manager types to find one', () => {
    render(
      <RelatedView
        view={dealView({ ownerQuestion: { answered: false, candidates: candidates(12) } })}
        send={vi.fn()}
      />,
    );
    const question = screen.getByRole('region', { name: /could not find the owner/ });
    expect(within(question).getAllByRole('button')).toHaveLength(8);
    fireEvent.change(within(question).getByLabelText('Find'), { target: { value: 'rep 11' } });
    expect(
      within(question)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Rep 11']);
    fireEvent.change(within(question).getByLabelText('Find'), { target: { value: 'nobody' } });
    expect(within(question).getByText(/No matches/)).toBeTruthy();
  });

  it('once answered, shows the rep’s coaching with a line saying the answer was the manager’s, which can be changed', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const answered = dealView({
      ...asking,
      ownerQuestion: { ...asking.ownerQuestion!, answered: true },
      owner: repInsight(input, ids.dana, now)!,
    });
    render(<RelatedView view={answered} send={send} />);
    expect(screen.queryByRole('region', { name: /could not find the owner/ })).toBeNull();
    expect(screen.getByText(/You chose this owner: the page does not show one./)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Change the owner' }));
    const question = screen.getByRole('region', { name: /could not find the owner/ });
    await act(async () => fireEvent.click(within(question).getByRole('button', { name: 'Émile Aubert' })));
    expect(send).toHaveBeenCalledWith({ type: 'answerPageQuestion', fact: 'owner', id: ids.emile });
    expect(screen.queryByRole('region', { name: /could not find the owner/ })).toBeNull();
  });

  it('asks for the account the same way', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const view = dealView({
      accountQuestion: {
        answered: false,
        candidates: [{ kind: 'account', id: ids.globex, name: 'Globex Corporation', likely: true }],
      },
    });
    render(<RelatedView view={view} send={send} />);
    const question = screen.getByRole('region', { name: 'CoachLens could not find the account on this page' });
    await act(async () => fireEvent.click(within(question).getByRole('button', { name: 'Globex Corporation' })));
    expect(send).toHaveBeenCalledWith({ type: 'answerPageQuestion', fact: 'account', id: ids.globex });
  });
});

describe('a page that shows a rep’s name beside another CRM user', () => {
  it('shows no coaching for that owner and links the second user only when the manager says it is them', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const view = dealView({
      ownerName: 'Dana Whitfield',
      ownerConflict: { repId: ids.dana, repName: 'Dana Whitfield', userId: '005Dn00000Zz999QAR' },
    });
    render(<RelatedView view={view} send={send} />);
    const question = screen.getByRole('region', { name: 'Is this owner your rep Dana Whitfield?' });
    expect(question.textContent).toContain('another Salesforce user than the one linked to Dana Whitfield');
    expect(screen.queryByText(/is not one of your reps/)).toBeNull();
    await act(async () =>
      fireEvent.click(
        within(question).getByRole('button', { name: 'Yes, it is Dana Whitfield: link this Salesforce user too' }),
      ),
    );
    expect(send).toHaveBeenCalledWith({ type: 'confirmOwnerCrmUser', repId: ids.dana });
  });
});

describe('an account page showing an owner who is one of the reps', () => {
  it('proposes that rep instead of saying no owner rep is set, and sets them in one click', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const insight = accountInsight(input, ids.globex, now)!;
    render(
      <AccountView
        insight={insight}
        send={send}
        pageOwner={{ crm: 'salesforce', proposed: { repId: ids.dana, name: 'Dana Whitfield' } }}
      />,
    );
    expect(screen.queryByText(/No owner rep set yet/)).toBeNull();
    expect(screen.getByText(/This page shows Dana Whitfield as the account's owner./)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Make Dana Whitfield the owner rep' })));
    expect(send).toHaveBeenCalledWith({ type: 'setAccountOwnerFromPage', accountId: ids.globex, repId: ids.dana });
  });
});

describe('a user page showing the name of a rep who already has a user of this CRM', () => {
  it('says so, and links this user too only after the manager confirms', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    render(
      <UnlinkedView
        view={{
          state: 'unlinked',
          crm: 'salesforce',
          kind: 'rep',
          recordId: '005Dn00000Zz999QAR',
          recordName: 'Dana Whitfield',
          candidates: [{ kind: 'rep', id: ids.dana, name: 'Dana Whitfield', likely: false, linkedInCrm: true }],
        }}
        send={send}
      />,
    );
    expect(screen.getByText('already linked to another Salesforce user')).toBeTruthy();
    expect(screen.queryByText('likely match')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Link Dana Whitfield' }));
    expect(send).not.toHaveBeenCalled();
    expect(
      screen.getByText(
        'Dana Whitfield is already linked to another Salesforce user. Is this page also Dana Whitfield?',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/Is this page also/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Link Dana Whitfield' }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Yes, link this Salesforce user to Dana Whitfield too' })),
    );
    expect(send).toHaveBeenCalledWith({
      type: 'linkRecord',
      target: { kind: 'rep', id: ids.dana },
      secondLink: true,
    });
  });
});
