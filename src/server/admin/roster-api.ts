// Roster: departments, the unit tree, members with their platform bindings, and the member import.
import type { Hono } from 'hono';
import type { Unit } from '../../domain/types.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { decodeCsv, parseCsv } from './csv-read.js';
import { ApiError } from './errors.js';
import { localStamp } from './local-time.js';
import { checkMemberRows } from './roster-import.js';
import { readXlsxRows } from './spreadsheet.js';

export interface UnitNode extends Unit {
  children: UnitNode[];
}

export function unitTree(units: Unit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parent ? nodes.get(n.parent) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function rosterApi(app: Hono, core: Core): void {
  app.get('/api/admin/roster', (c) => {
    const roster = core.store.roster.snapshot();
    const tz = core.settings().timezone;
    return c.json({
      departments: roster.departments,
      units: unitTree(roster.units),
      members: roster.members,
      identities: core.store.roster.identities().map((i) => ({ ...i, boundAt: localStamp(new Date(i.boundAt), tz) })),
    });
  });

  app.post('/api/admin/roster/import', async (c) => {
    let file: unknown;
    try {
      file = (await c.req.parseBody())['file'];
    } catch {
      throw new ApiError(400, '请以 multipart/form-data 上传文件（字段名 file）', 'file');
    }
    if (!(file instanceof File)) throw new ApiError(400, '请上传文件（字段名 file）', 'file');
    if (file.size > MAX_IMPORT_BYTES) throw new ApiError(400, '文件超过 5 MB', 'file');
    const content = Buffer.from(await file.arrayBuffer());
    let rows: string[][];
    if (/\.xlsx$/i.test(file.name)) {
      try {
        rows = await readXlsxRows(content);
      } catch {
        throw new ApiError(400, '无法读取这个 XLSX 文件', 'file');
      }
    } else if (/\.csv$/i.test(file.name)) rows = parseCsv(decodeCsv(content));
    else throw new ApiError(400, '只支持 .csv 或 .xlsx 文件', 'file');

    const result = checkMemberRows(rows, core.store.roster.snapshot());
    if (!result.ok) {
      return c.json({ error: `有 ${result.problems.length} 处问题，未导入任何成员`, path: 'file', imported: 0, problems: result.problems }, 400);
    }
    core.store.transaction(() => {
      for (const m of result.members) core.store.roster.upsertMember(m);
      core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'roster.import', file.name, {
        members: result.members.map((m) => m.id),
      });
    });
    return c.json({ imported: result.members.length, problems: [] });
  });
}
