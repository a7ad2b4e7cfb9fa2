import { browser } from 'wxt/browser';
import type { CoachLensDb } from '@/utils/db/app-db';
import { findAccountByCrmLink, listAccounts } from '@/utils/db/accounts';
import { chosenFor } from '@/utils/db/record-choices';
import { findRepByCrmLink, getRep, listReps } from '@/utils/db/reps';
import { pageContextSchema, type PageContext, type TabContextReply } from '@/utils/messaging/protocol';
import { findByName } from '@/utils/records/names';
import { pageOwner } from '@/utils/records/page-owner';
import { crmRecordKey, type Account, type Rep } from '@/utils/schemas';
import type { Pick } from './draft';
import { pendingNoteKey, readPendingNote, type PendingNote } from '@/utils/messaging/pending-note';

export interface Prefill {
  rep: Pick | null;
  account: Pick | null;
}

export const noPrefill: Prefill = { rep: null, account: null };

function pickOf(row: Rep | Account | null | undefined): Pick | null {
  return row ? { kind: 'existing', id: row.id, name: row.name } : null;
}

/** `?tab=<id>`: the CRM tab to prefill from, when the popup is open in a window or a tab of its own. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

async function byName<T extends { name: string }>(rows: Promise<T[]>, name: string | undefined): Promise<T | null> {
  return name ? (findByName(await rows, name) ?? null) : null;
}

/**
 * Who and where the page is about. A user page is a rep; an account page is the account and its
 * owner rep; a deal, contact or lead page names its account and owner (by CRM link first, then by
 * name, matched as the panel matches it), or the manager named them in the panel when the page did
 * not. Records CoachLens does not know prefill nothing.
 */
export async function resolvePrefill(db: CoachLensDb, context: PageContext | null): Promise<Prefill> {
  if (!context?.ref.kind || !context.ref.id) return noPrefill;
  const { crm, kind, id } = context.ref;
  const { facts } = context;
  if (kind === 'user') return { rep: pickOf(await findRepByCrmLink(db, crm, id)), account: null };
  if (kind === 'account') {
    const account = await findAccountByCrmLink(db, crm, id);
    const owner = account?.ownerRepId ? await getRep(db, account.ownerRepId) : null;
    return { rep: pickOf(owner), account: pickOf(account) };
  }
  const recordKey = crmRecordKey(crm, kind, id);
  const account =
    facts.accountId || facts.accountName
      ? ((facts.accountId ? await findAccountByCrmLink(db, crm, facts.accountId) : null) ??
        (await byName(listAccounts(db), facts.accountName)))
      : (chosenFor(await listAccounts(db), recordKey) ?? null);
  const reps = await listReps(db, { includeInactive: true });
  const owner = pageOwner(reps, crm, facts);
  // A rep's name beside another user of this CRM is not trusted until the manager says so.
  let rep = owner.state === 'rep' ? owner.rep : owner.state === 'unread' ? (chosenFor(reps, recordKey) ?? null) : null;
  // No owner on the page: the account's owner rep is the next best guess.
  if (!rep && account?.ownerRepId) rep = await getRep(db, account.ownerRepId);
  return { rep: pickOf(rep), account: pickOf(account) };
}

/** The pending context-menu note, removed from session storage as it is read (a note is used once). */
export async function takePendingNote(now: number): Promise<PendingNote | null> {
  const stored = await browser.storage.session.get(pendingNoteKey);
  if (!(pendingNoteKey in stored)) return null;
  await browser.storage.session.remove(pendingNoteKey);
  return readPendingNote(stored[pendingNoteKey], now);
}

async function activeTabId(): Promise<number | null> {
  // No `tabs` permission needed: the id of the active tab is always given.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the background knows the tab shows; null when it shows no CRM record or cannot be asked. */
async function tabContext(tabId: number): Promise<PageContext | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'getTabContext', tabId })) as TabContextReply | undefined;
    const parsed = pageContextSchema.nullable().safeParse(reply?.context ?? null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface PopupStart {
  prefill: Prefill;
  note: string;
}

/** Everything the popup prefills when it opens: the page's rep and account, and a pending note. */
export async function loadPopupStart(db: CoachLensDb, search: string, now: number): Promise<PopupStart> {
  const note = await takePendingNote(now).catch(() => null);
  const tabId = tabIdFromSearch(search) ?? note?.tabId ?? (await activeTabId().catch(() => null));
  const context = tabId === null ? null : await tabContext(tabId);
  const prefill = await resolvePrefill(db, context).catch(() => noPrefill);
  return { prefill, note: note?.text ?? '' };
}
