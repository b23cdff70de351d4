// Rows read again and again repeat the same few texts (a member's id, a unit, a field, a department, a period) and
// the same times (every ask of one notice has its time, every ask of one batch its sent time). Records kept in
// memory share one string and one Date for each instead of holding hundreds of thousands of copies.

/** Most distinct texts or times kept; past it the table starts afresh (records made before keep theirs). */
const MAX_ENTRIES = 50_000;

export class Interner {
  private readonly texts = new Map<string, string>();
  private readonly times = new Map<string, Date>();

  text(s: string): string {
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    if (this.texts.size >= MAX_ENTRIES) this.texts.clear();
    this.texts.set(s, s);
    return s;
  }

  /** One Date per ISO text: never change a Date it returns (they are shared). */
  time(iso: string): Date {
    const known = this.times.get(iso);
    if (known) return known;
    if (this.times.size >= MAX_ENTRIES) this.times.clear();
    const d = new Date(iso);
    this.times.set(iso, d);
    return d;
  }
}
