// "一表通": one collection per overlapping need, one ask per (unit, field, period).

// The joining rule itself (same period, a shared field, overlapping targets, still open; the oldest wins) runs in the store,
// on its indexes: CollectionsRepo.openOverlapping.

export interface RequestTiming {
  deadline: Date | null;
  createdAt: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** What the asked staff see: the earliest deadline of the collection's requests. */
export function earliestDeadline(requests: RequestTiming[]): Date | null {
  const ds = requests.map((r) => r.deadline).filter((d): d is Date => d !== null);
  return ds.length ? new Date(Math.min(...ds.map((d) => d.getTime()))) : null;
}

/** Open until the latest deadline has passed; a request without one keeps it open `openDays` after it was posted. */
export function closingTime(requests: RequestTiming[], openDays: number): Date {
  const ends = requests.map((r) => (r.deadline ?? new Date(r.createdAt.getTime() + openDays * DAY)).getTime());
  return new Date(Math.max(...ends));
}

export interface Need {
  unit: string;
  field: string;
}

/** Every (unit, field) pair a request needs. */
export function needsOf(r: { targets: string[]; fields: string[] }): Need[] {
  const out: Need[] = [];
  for (const unit of r.targets) for (const field of r.fields) out.push({ unit, field });
  return out;
}

export function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}
