// What a heap holds, by type: `npx tsx bench/heap-summary.ts FILE.heapsnapshot [TOP]` prints the node types and
// constructor names (strings by their first characters' kind) with the most self size, their counts and share. Self
// size only: what each object takes itself, not what it keeps alive. The processing worker writes snapshots when
// ONETABLE_HEAP_SNAPSHOT_DIR is set (src/runtime/processing-worker.ts).
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: bench/heap-summary.ts FILE.heapsnapshot [TOP]');
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
const groups = new Map<string, { count: number; size: number }>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + typeAt]!]!;
  const name = snap.strings[snap.nodes[i + nameAt]!] ?? '';
  const key = type === 'object' || type === 'closure' || type === 'native' ? `${type} ${name.slice(0, 60)}` : type;
  const size = snap.nodes[i + sizeAt]!;
  total += size;
  const g = groups.get(key) ?? { count: 0, size: 0 };
  g.count++;
  g.size += size;
  groups.set(key, g);
}
const top = [...groups.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, Number(topArg ?? 25));
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} MB in ${(snap.nodes.length / width).toLocaleString('en-US')} objects\n\n`);
process.stdout.write('| type | objects | MB | share |\n|---|---|---|---|\n');
for (const [key, g] of top) process.stdout.write(`| ${key.replace(/\|/g, '\\|')} | ${g.count.toLocaleString('en-US')} | ${(g.size / 1e6).toFixed(2)} | ${((100 * g.size) / total).toFixed(1)}% |\n`);
