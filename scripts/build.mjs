// npm run build (and npm start, first): the server as plain JavaScript in dist/, the same layout as the sources
// (dist/src, dist/plugins; files that are not TypeScript, such as the pages' assets, copied). Run through tsx, the
// server costs ~100 MB more at rest: tsx's loader runs on a thread of its own (an isolate with its transform cache) in
// the server thread and again in the processing worker, and both isolates keep every module's source with its inline
// source map (docs/performance.md, phase 30). Types are checked by `npm run typecheck`, not here: esbuild (tsx's own,
// found through tsx) only strips them, one file at a time, as tsx does.
//   node scripts/build.mjs [OUT] [ROOT…]   (OUT: dist; ROOTs: src plugins — folders or single files)
// Each file is written only when it changed, by a rename (a server starting from the same folder never reads half a
// file); compiled files whose source is gone are removed (a removed plugin must not load from dist/).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const [outArg = 'dist', ...rootArgs] = process.argv.slice(2);
const out = resolve(REPO, outArg);
const roots = rootArgs.length ? rootArgs : ['src', 'plugins'];
const { transform } = createRequire(createRequire(join(REPO, 'package.json')).resolve('tsx/package.json'))('esbuild');

const TYPESCRIPT = /\.(ts|tsx|mts)$/;
const sources = [];
const walk = (path) => {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) if (entry !== 'node_modules') walk(join(path, entry));
  } else if (!path.endsWith('.d.ts')) sources.push(path);
};
for (const root of roots) walk(resolve(REPO, root));

const target = (source) => join(out, relative(REPO, source)).replace(TYPESCRIPT, (ext) => (ext === '.mts' ? '.mjs' : '.js'));
const written = new Set();
let changed = 0;
for (const source of sources) {
  const file = target(source);
  const text = readFileSync(source);
  const js = TYPESCRIPT.test(source)
    ? Buffer.from((await transform(text.toString('utf8'), {
      loader: source.endsWith('.tsx') ? 'tsx' : 'ts', format: 'esm', platform: 'node', target: 'node20',
      jsx: 'automatic', jsxImportSource: 'hono/jsx', keepNames: true, sourcefile: relative(REPO, source),
    })).code)
    : text;
  written.add(file);
  if (existsSync(file) && readFileSync(file).equals(js)) continue;
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, js);
  renameSync(temp, file);
  changed++;
}
// Only under the roots built now: dist/bench (the benchmarks' build) stays when the server alone is built.
const prune = (path) => {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) prune(join(path, entry));
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
  } else if (!written.has(path) && !path.endsWith('.tmp')) rmSync(path, { force: true });
};
for (const root of roots) if (statSync(resolve(REPO, root)).isDirectory()) prune(join(out, relative(REPO, resolve(REPO, root))));
if (process.env.BUILD_VERBOSE) process.stderr.write(`build: ${sources.length} files, ${changed} written to ${relative(REPO, out) || '.'}\n`);
