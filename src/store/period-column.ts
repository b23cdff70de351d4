// How a period is kept in SQLite, in one place: no period is '' (UNIQUE and the (period, field) indexes treat NULLs
// as all different), and whatever is stored must look like a period of one of the forms the domain writes.
import type { Period } from '../domain/types.js';

/** YYYY, then up to two parts: -MM, -Qn, -Hn, -Www, -MM-DD (and forms to come of the same shape). */
const SHAPE = /^\d{4}(?:-[0-9A-Z]{1,3}){0,2}$/;

export class PeriodShapeError extends Error {}

export function periodToColumn(period: Period): string {
  if (period === null) return '';
  if (!SHAPE.test(period)) throw new PeriodShapeError(`not a period: ${JSON.stringify(period)}`);
  return period;
}

export function periodFromColumn(text: string): Period {
  return text === '' ? null : text;
}
