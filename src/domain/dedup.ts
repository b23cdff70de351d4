// "一表通": one collection per overlapping need, one ask per (unit, field, period).

// The joining rule itself (same period, a shared field, overlapping targets, still open; the oldest wins) runs in the store,
// on its indexes: CollectionsRepo.openOverlapping.

export interface RequestTiming {
  deadline: Date | null;
  createdAt: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The deadline a request's asks work to: its own, unless that had already passed when the request was posted (11月30日
 * written on December 3rd). Such a deadline is kept as the notice's reading and questioned with the lead, never used.
 */
export function usableDeadline(r: RequestTiming): Date | null {
  return r.deadline && r.deadline.getTime() > r.createdAt.getTime() ? r.deadline : null;
}

/** What the asked staff see: the earliest usable deadline of the collection's requests. */
export function earliestDeadline(requests: RequestTiming[]): Date | null {
  const ds = requests.map(usableDeadline).filter((d): d is Date => d !== null);
  return ds.length ? new Date(Math.min(...ds.map((d) => d.getTime()))) : null;
}

/** Open until the latest deadline has passed; a request without a usable one keeps it open `openDays` after it was posted. */
export function closingTime(requests: RequestTiming[], openDays: number): Date {
  const ends = requests.map((r) => (usableDeadline(r) ?? new Date(r.createdAt.getTime() + openDays * DAY)).getTime());
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

export function union(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())];
}
