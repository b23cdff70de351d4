// What staff report through 反映：… — a figure asked outside the channel, or asked again. An anonymous report is kept
// without the member or the unit.
import type { Db } from './db.js';
import { parseJson } from './json.js';

export interface VoiceReport {
  id: number;
  at: Date;
  /** null for an anonymous report. */
  memberId: string | null;
  unit: string | null;
  text: string;
  /** Departments the report names. */
  departments: string[];
}

interface Row { id: number; at: string; member_id: string | null; unit: string | null; text: string; departments: string }

export class VoiceReportsRepo {
  constructor(private readonly db: Db) {}

  add(r: Omit<VoiceReport, 'id'>): number {
    return Number(this.db.prepare('INSERT INTO voice_reports (at, member_id, unit, text, departments) VALUES (?, ?, ?, ?, ?)')
      .run(r.at.toISOString(), r.memberId, r.unit, r.text, JSON.stringify(r.departments)).lastInsertRowid);
  }

  /** Newest first. */
  all(limit = 500): VoiceReport[] {
    return (this.db.prepare('SELECT * FROM voice_reports ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map(toReport);
  }

  countBetween(from: Date, to: Date): number {
    return (this.db.prepare('SELECT count(*) AS n FROM voice_reports WHERE at >= ? AND at < ?').get(from.toISOString(), to.toISOString()) as { n: number }).n;
  }
}

function toReport(r: Row): VoiceReport {
  return { id: r.id, at: new Date(r.at), memberId: r.member_id, unit: r.unit, text: r.text, departments: parseJson<string[]>(r.departments, []) };
}
