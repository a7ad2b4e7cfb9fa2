import { z } from '@/utils/schemas/zod';
import { maxNoteLength } from '@/utils/schemas/observation';

/**
 * Text the manager selected on a CRM page and sent with "Log as observation note". The background
 * writes it to `storage.session` (extension contexts only, gone when the browser closes) and opens
 * the popup, which prefills "what I saw" with it and removes it.
 */
export const pendingNoteKey = 'popup-pending-note';

/** An older note is a leftover (the popup never opened): it is dropped, not prefilled. */
export const pendingNoteMaxAgeMs = 10 * 60_000;

export const pendingNoteSchema = z.object({
  text: z.string().max(maxNoteLength),
  tabId: z.number().int().nonnegative().optional(),
  at: z.number(),
});
export type PendingNote = z.infer<typeof pendingNoteSchema>;

/** The note for a selection: trimmed, at most 5,000 characters; null when nothing is left. */
export function pendingNoteFrom(
  selection: string | undefined,
  tabId: number | undefined,
  at: number,
): PendingNote | null {
  const text = (selection ?? '').trim().slice(0, maxNoteLength).trim();
  if (text === '') return null;
  return tabId === undefined || tabId < 0 ? { text, at } : { text, tabId, at };
}

/** The stored note when it is well-formed and fresh, else null. */
export function readPendingNote(stored: unknown, now: number): PendingNote | null {
  const parsed = pendingNoteSchema.safeParse(stored);
  if (!parsed.success) return null;
  const age = now - parsed.data.at;
  return age >= 0 && age <= pendingNoteMaxAgeMs ? parsed.data : null;
}
