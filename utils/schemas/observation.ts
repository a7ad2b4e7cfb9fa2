import { epochMsSchema, idSchema, textSchema } from './common';
import { scoreSchema } from './skill';
import { z } from './zod';

/** The longest note the popup takes in one field, and the longest selected text it prefills, in characters. */
export const maxNoteLength = 5_000;

export const observationContexts = [
  'joint-call',
  'meeting',
  'ride-along',
  'call-review',
  'deal-review',
  'other',
] as const;
export const observationContextSchema = z.enum(observationContexts);
export type ObservationContext = z.infer<typeof observationContextSchema>;

export const ratingSchema = z.object({ skillId: idSchema, score: scoreSchema });
export type Rating = z.infer<typeof ratingSchema>;

/** The observation's note fields; a star technique points at one of them. */
export const noteFields = ['saw', 'keep', 'start', 'stop'] as const;
export type NoteField = (typeof noteFields)[number];

/**
 * A note the manager marked as a star technique for a skill: what a star does that others could
 * copy. It points at the note rather than copying it, so an edited note stays one text.
 */
export const starTechniqueSchema = z.object({ skillId: idSchema, note: z.enum(noteFields) });
export type StarTechniqueMark = z.infer<typeof starTechniqueSchema>;

export const observationSchema = z
  .object({
    id: idSchema,
    repId: idSchema,
    accountId: idSchema.optional(),
    context: observationContextSchema,
    observedAt: epochMsSchema,
    durationMin: z
      .number()
      .int({ message: 'must be whole minutes' })
      .min(1, { message: 'must be at least 1 minute' })
      .max(24 * 60, { message: 'must be at most 24 hours (1,440 minutes)' })
      .optional(),
    /** A skill not observed is simply absent. */
    ratings: z.array(ratingSchema).max(50),
    saw: textSchema,
    keep: textSchema,
    start: textSchema,
    stop: textSchema,
    sharedWithRep: z.boolean(),
    /** Optional and unindexed: backups made before it existed restore unchanged. */
    starTechniques: z.array(starTechniqueSchema).max(20).optional(),
    createdAt: epochMsSchema,
  })
  .superRefine((obs, ctx) => {
    const seen = new Set<string>();
    obs.ratings.forEach((rating, index) => {
      if (seen.has(rating.skillId)) {
        ctx.addIssue({ code: 'custom', path: ['ratings', index, 'skillId'], message: 'rates the same skill twice' });
      }
      seen.add(rating.skillId);
    });
    obs.starTechniques?.forEach((mark, index) => {
      if (obs[mark.note].trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['starTechniques', index, 'note'],
          message: 'marks an empty note as a star technique',
        });
      }
    });
    const hasNote = [obs.saw, obs.keep, obs.start, obs.stop].some((text) => text.trim() !== '');
    if (obs.ratings.length === 0 && !hasNote) {
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'needs at least one rating or a note' });
    }
  });
export type Observation = z.infer<typeof observationSchema>;
