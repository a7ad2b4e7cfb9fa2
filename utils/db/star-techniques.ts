import type { StarTechniqueMark } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError } from './errors';
import { updateObservation } from './observations';

/**
 * Marks (or unmarks) one note of an observation as a star technique for a skill. The list is
 * re-read inside the write, so two tabs marking different notes of one observation keep both.
 */
export async function setStarTechnique(
  db: CoachLensDb,
  observationId: string,
  mark: StarTechniqueMark,
  marked: boolean,
): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const current = await db.observations.get(observationId);
    if (!current) throw new NotFoundError('Observation', observationId);
    const others = (current.starTechniques ?? []).filter(
      (entry) => entry.skillId !== mark.skillId || entry.note !== mark.note,
    );
    const next = marked ? [...others, mark] : others;
    await updateObservation(db, observationId, { starTechniques: next.length > 0 ? next : null });
  });
}
