/**
 * How a name shown on a CRM page is matched to a rep or account in CoachLens: case, surrounding
 * and repeated spaces, and Unicode compatibility forms are ignored. The panel and the popup both
 * resolve a deal's account and owner this way, so they always agree.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The row whose name matches, or undefined (also for a missing name). */
export function findByName<T extends { name: string }>(rows: readonly T[], name: string | undefined): T | undefined {
  if (!name) return undefined;
  const wanted = normaliseName(name);
  return rows.find((row) => normaliseName(row.name) === wanted);
}
