// Members from a CSV or XLSX sheet, checked row by row: one bad row and nothing is imported.
import type { Member, Roster } from '../../domain/types.js';
import { memberSchema } from '../../replay/schema.js';

export interface ImportProblem {
  /** 1-based row in the sheet (the header is row 1). */
  row: number;
  column: string;
  reason: string;
}

export type ImportResult = { ok: true; members: Member[] } | { ok: false; problems: ImportProblem[] };

/** Header names accepted for each column (Chinese first: what the template uses). */
export const IMPORT_COLUMNS = {
  id: ['编号', 'id'],
  name: ['姓名', 'name'],
  role: ['角色', 'role'],
  department: ['部门', 'department'],
  unit: ['单位', 'unit'],
  serves: ['对口部门', 'serves'],
} as const;

type Column = keyof typeof IMPORT_COLUMNS;

const ROLES: Record<string, Member['role']> = {
  负责人: 'lead', 部门负责人: 'lead', lead: 'lead', 工作人员: 'staff', staff: 'staff', 管理员: 'admin', admin: 'admin',
};

export function checkMemberRows(rows: string[][], roster: Roster): ImportResult {
  const problems: ImportProblem[] = [];
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const index = {} as Record<Column, number>;
  for (const [key, names] of Object.entries(IMPORT_COLUMNS) as Array<[Column, readonly string[]]>) {
    index[key] = header.findIndex((h) => names.some((n) => n.toLowerCase() === h.toLowerCase()));
  }
  if (Object.values(index).every((i) => i < 0)) {
    const seen = header.filter(Boolean).slice(0, 6).join('、') || '（空）';
    return { ok: false, problems: [{ row: 1, column: '', reason: `第一行应为表头：编号、姓名、角色、部门、单位、对口部门；读到的是：${seen}` }] };
  }
  for (const key of ['id', 'name', 'role'] as const) {
    if (index[key] < 0) problems.push({ row: 1, column: IMPORT_COLUMNS[key][0], reason: '缺少这一列' });
  }
  if (problems.length) return { ok: false, problems };

  const deptOf = (s: string): string | undefined =>
    roster.departments.find((d) => d.id === s || d.name === s || d.aliases.includes(s))?.id;
  const unitOf = (s: string): string | undefined => roster.units.find((u) => u.id === s || u.name === s)?.id;
  const seen = new Map<string, number>();
  const members: Member[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (k: Column): string => (index[k] >= 0 ? (cells[index[k]] ?? '').trim() : '');
    if (cells.every((c) => c.trim() === '')) return;
    const bad = (k: Column, reason: string): void => void problems.push({ row, column: IMPORT_COLUMNS[k][0], reason });
    const id = get('id');
    if (!id) bad('id', '不能为空');
    else if (!/^[A-Za-z0-9_.-]{1,100}$/.test(id)) bad('id', '只能包含字母、数字、_ . -');
    else if (seen.has(id)) bad('id', `与第 ${seen.get(id)} 行重复`);
    else seen.set(id, row);
    const name = get('name');
    if (!name) bad('name', '不能为空');
    const role = ROLES[get('role')];
    if (!role) bad('role', `“${get('role')}”不是有效角色（负责人 / 工作人员 / 管理员）`);
    const m: Member = { id, name, role: role ?? 'staff' };
    /** The id of the department or unit the row names; a problem when it is not on the roster, or missing where required. */
    const named = (k: 'department' | 'unit', find: (text: string) => string | undefined, noun: string, required: string | null): string | undefined => {
      const text = get(k);
      if (!text) {
        if (required) bad(k, required);
        return undefined;
      }
      const found = find(text);
      if (!found) bad(k, `名册中没有${noun}“${text}”`);
      return found;
    };
    const department = named('department', deptOf, '部门', role === 'lead' ? '负责人必须填写部门' : null);
    if (department) m.department = department;
    const unit = named('unit', unitOf, '单位', role === 'staff' ? '工作人员必须填写单位' : null);
    if (unit) m.unit = unit;
    const serves = get('serves').split(/[、,，;；\s]+/).filter(Boolean);
    const served = serves.map((s) => [s, deptOf(s)] as const);
    for (const [s, d] of served) if (!d) bad('serves', `名册中没有部门“${s}”`);
    if (served.length) m.serves = served.map(([, d]) => d!).filter(Boolean);
    const existing = roster.members.find((x) => x.id === id);
    if (existing?.identities) m.identities = existing.identities;
    const checked = memberSchema.safeParse(m);
    if (!checked.success && !problems.some((p) => p.row === row)) {
      for (const issue of checked.error.issues) problems.push({ row, column: String(issue.path[0] ?? ''), reason: issue.message });
    }
    members.push(m);
  });
  if (!members.length && !problems.length) problems.push({ row: 2, column: '', reason: '文件中没有成员' });
  return problems.length ? { ok: false, problems } : { ok: true, members };
}
