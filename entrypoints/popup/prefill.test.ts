import { addAccount } from '@/utils/db/accounts';
import { rememberRecordAccount, rememberRecordOwner } from '@/utils/db/record-choices';
import { addRep } from '@/utils/db/reps';
import { freshDbForEachTest } from '@/tests/support/fresh-db';
import type { PageContext } from '@/utils/messaging/protocol';
import { resolvePrefill, tabIdFromSearch } from './prefill';

const getDb = freshDbForEachTest();

function page(kind: PageContext['ref']['kind'], id: string, facts: PageContext['facts'] = {}): PageContext {
  return { ref: { crm: 'salesforce', kind, id }, facts, url: 'https://acme.lightning.force.com/lightning/r/x/view' };
}

async function seed() {
  const db = getDb();
  const dana = await addRep(db, {
    name: 'Dana Whitfield',
    crmLinks: [{ crm: 'salesforce', userId: '005Dn00000Ff3WpIAJ' }],
  });
  const lee = await addRep(db, { name: 'Lee Park' });
  const globex = await addAccount(db, {
    name: 'Globex Corporation',
    ownerRepId: dana.id,
    crmLinks: [{ crm: 'salesforce', recordId: '001Dn00000Glbx2IAB' }],
  });
  const initech = await addAccount(db, { name: 'Initech', ownerRepId: lee.id });
  return { db, dana, lee, globex, initech };
}

const pick = (row: { id: string; name: string }) => ({ kind: 'existing', id: row.id, name: row.name });

describe('resolvePrefill', () => {
  it('a linked user page is the rep', async () => {
    const { db, dana } = await seed();
    expect(await resolvePrefill(db, page('user', '005Dn00000Ff3WpIAJ'))).toEqual({ rep: pick(dana), account: null });
  });

  it('a linked account page is the account and its owner rep', async () => {
    const { db, dana, globex } = await seed();
    expect(await resolvePrefill(db, page('account', '001Dn00000Glbx2IAB'))).toEqual({
      rep: pick(dana),
      account: pick(globex),
    });
  });

  it('a deal page names its account by link and its owner by link, or both by exact name', async () => {
    const { db, dana, lee, globex, initech } = await seed();
    expect(
      await resolvePrefill(
        db,
        page('deal', '006Dn00000AbQ9wIAF', { accountId: '001Dn00000Glbx2IAB', ownerUserId: '005Dn00000Ff3WpIAJ' }),
      ),
    ).toEqual({ rep: pick(dana), account: pick(globex) });
    expect(
      await resolvePrefill(
        db,
        page('contact', '003Dn00000AbQ9wIAF', { accountName: 'initech', ownerName: ' Lee Park ' }),
      ),
    ).toEqual({ rep: pick(lee), account: pick(initech) });
  });

  it('a deal without a known owner falls back to the account owner', async () => {
    const { db, lee, initech } = await seed();
    expect(
      await resolvePrefill(db, page('lead', '00QDn00000AbQ9wIAF', { accountName: 'Initech', ownerName: 'Nobody' })),
    ).toEqual({
      rep: pick(lee),
      account: pick(initech),
    });
  });

  it('unknown records, pages of no interest and no page prefill nothing', async () => {
    const { db } = await seed();
    const none = { rep: null, account: null };
    expect(await resolvePrefill(db, page('user', '005Dn00000Zz9ZzIAA'))).toEqual(none);
    expect(await resolvePrefill(db, page('account', '001Dn00000Zz9ZzIAA'))).toEqual(none);
    expect(
      await resolvePrefill(db, { ...page('user', 'x'), ref: { crm: 'salesforce', kind: null, id: null } }),
    ).toEqual(none);
    expect(await resolvePrefill(db, null)).toEqual(none);
  });
});

it('reads the tab id from ?tab=', () => {
  expect(tabIdFromSearch('?tab=42')).toBe(42);
  expect(tabIdFromSearch('?tab=-1')).toBeNull();
  expect(tabIdFromSearch('?tab=4x')).toBeNull();
  expect(tabIdFromSearch('')).toBeNull();
});

describe('resolvePrefill and the panel’s answers', () => {
  it('a deal page that shows no owner or account prefills what the manager chose for that deal in the panel', async () => {
    const { db, lee, initech } = await seed();
    await rememberRecordOwner(db, lee.id, 'salesforce:deal:006Dn00000NoOwnIAB');
    await rememberRecordAccount(db, initech.id, 'salesforce:deal:006Dn00000NoOwnIAB');
    expect(await resolvePrefill(db, page('deal', '006Dn00000NoOwnIAB'))).toEqual({
      rep: pick(lee),
      account: pick(initech),
    });
  });

  it('a rep’s name beside another user of this CRM is not taken for that rep', async () => {
    const { db } = await seed();
    expect(
      await resolvePrefill(
        db,
        page('deal', '006Dn00000AbQ9wIAF', { ownerName: 'Dana Whitfield', ownerUserId: '005Dn00000Zz9ZzIAA' }),
      ),
    ).toEqual({ rep: null, account: null });
  });
});
