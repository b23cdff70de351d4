// A department's saved export layouts: which fields, in its own order and under its own column labels.
import type { Db } from './db.js';
import { parseJson } from './json.js';

export interface LayoutColumn {
  field: string;
  /** The department's own header; the field's label when empty. */
  label: string;
}

export interface ExportLayout {
  id: number;
  department: string;
  name: string;
  columns: LayoutColumn[];
  createdAt: Date;
}

interface Row { id: number; department: string; name: string; columns: string; created_at: string }

export class ExportLayoutsRepo {
  constructor(private readonly db: Db) {}

  /** Saves (or replaces, by department and name) a layout; returns its id. */
  save(l: Omit<ExportLayout, 'id'>): number {
    this.db.prepare(`INSERT INTO export_layouts (department, name, columns, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (department, name) DO UPDATE SET columns = excluded.columns`).run(l.department, l.name, JSON.stringify(l.columns), l.createdAt.toISOString());
    return (this.db.prepare('SELECT id FROM export_layouts WHERE department = ? AND name = ?').get(l.department, l.name) as { id: number }).id;
  }

  get(id: number): ExportLayout | undefined {
    const row = this.db.prepare('SELECT * FROM export_layouts WHERE id = ?').get(id) as Row | undefined;
    return row && toLayout(row);
  }

  all(): ExportLayout[] {
    return (this.db.prepare('SELECT * FROM export_layouts ORDER BY department, name').all() as Row[]).map(toLayout);
  }
}

function toLayout(r: Row): ExportLayout {
  return { id: r.id, department: r.department, name: r.name, columns: parseJson<LayoutColumn[]>(r.columns, []), createdAt: new Date(r.created_at) };
}
