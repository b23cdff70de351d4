// LOADED_WHEN_USED (docs/performance.md, phase 30): a library only one action needs is not loaded with the server —
// exceljs (~25 MB resident) with the first sheet read or written, the DingTalk SDK (dingtalk-stream with axios and ws,
// ~20 MB) when the DingTalk plugin starts. Checked in a child process (node + tsx, as the tests run the sources): the
// CommonJS packages it loaded are those in require's cache.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `steps` (ESM, top-level await) in a fresh node + tsx; `packages()` lists the CommonJS packages loaded so far. */
function run(steps: string): Record<string, string[]> {
  const code = `import { createRequire } from 'node:module';
    const seen = {};
    const packages = (at) => { seen[at] = [...new Set(Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('/node_modules/')).map((f) => f.split('/node_modules/').at(-1).split('/')[0]))]; };
    ${steps}
    process.stdout.write(JSON.stringify(seen));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, encoding: 'utf8' })) as Record<string, string[]>;
}

describe('libraries loaded when used', () => {
  it('exceljs loads with the first sheet written, not with the admin routes that export and import sheets', () => {
    const seen = run(`
      await import('${REPO}src/server/admin/exports-api.ts');
      await import('${REPO}src/server/admin/roster-api.ts');
      const { toXlsx, readXlsxRows } = await import('${REPO}src/server/admin/spreadsheet.ts');
      packages('routes');
      const rows = await readXlsxRows(await toXlsx([{ name: '表', columns: ['单位', '低保户数'], rows: [['石桥镇', 126]] }]));
      packages('sheet');
      seen.rows = rows;`);
    expect(seen.routes).not.toContain('exceljs');
    expect(seen.sheet).toContain('exceljs');
    expect(seen.rows).toEqual([['单位', '低保户数'], ['石桥镇', '126']]);
  });

  it('the DingTalk plugin is discovered without its SDK, which its start loads', () => {
    const seen = run(`
      const plugin = (await import('${REPO}plugins/dingtalk/index.ts')).default;
      packages('discovered');
      await import('${REPO}plugins/dingtalk/stream.ts');
      packages('started');
      seen.name = [plugin.name];`);
    expect(seen.name).toEqual(['dingtalk']);
    expect(seen.discovered).not.toContain('ws');
    expect(seen.started).toContain('ws');
  });
});
