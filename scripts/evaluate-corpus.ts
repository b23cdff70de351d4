// npm run eval [-- notices | replies | notices/test …]: replays every scenario of the development corpus
// (test/fixtures/corpus/<kind>/<part>/), scores each with the shared scorer, and prints each part's pooled figures.
// Pooling adds up counts over the part's scenarios (a part of 40 notices weighs each notice once), never averages ratios.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, replay } from '../src/replay/run.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');
const SCORER = resolve(ROOT, '../shared/tools/score.mjs');

/** The scorer's figures for one scenario (see ../shared/tools/score.mjs). */
interface ScoreFigures {
  requestRecall: number;
  departmentAccuracy: number;
  fieldsAccuracy: number;
  periodAccuracy: number;
  deadlineAccuracy: number;
  targetsAccuracy: number;
  valueAccuracy: number;
  wrongValues: number;
  extraValues: number;
  misses: Array<Record<string, unknown>>;
}

interface Expected {
  requests?: Array<{ event: number }>;
  notRequests?: number[];
  either?: number[];
  sameCollection?: number[][];
  values?: unknown[];
}

interface Output {
  requests?: Array<{ event: number; collection?: string | null }>;
}

export interface Counts {
  scenarios: number;
  notices: number;
  nonRequests: number;
  predicted: number;
  hits: number;
  department: number;
  fields: number;
  period: number;
  deadline: number;
  targets: number;
  mergeTp: number;
  mergeFp: number;
  mergeFn: number;
  values: number;
  valuesRight: number;
  wrongValues: number;
  extraValues: number;
}

export interface PartFigures {
  part: string;
  scenarios: number;
  notices: number;
  nonRequests: number;
  requestPrecision: number;
  requestRecall: number;
  departmentAccuracy: number;
  fieldsAccuracy: number;
  periodAccuracy: number;
  deadlineAccuracy: number;
  targetsAccuracy: number;
  mergeF1: number;
  valueAccuracy: number;
  poolPrecision: number;
  wrongValues: number;
  misses: Array<{ scenario: string } & Record<string, unknown>>;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** The parts under the corpus folder that a selector names: `notices`, `notices/test`, or every part when empty. */
export function findParts(selectors: string[] = []): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const all = readdirSync(CORPUS_DIR)
    .filter((kind) => statSync(join(CORPUS_DIR, kind)).isDirectory())
    .flatMap((kind) => readdirSync(join(CORPUS_DIR, kind))
      .filter((part) => statSync(join(CORPUS_DIR, kind, part)).isDirectory())
      .map((part) => `${kind}/${part}`));
  if (selectors.length === 0) return all.sort();
  return all.filter((p) => selectors.some((s) => p === s || p.startsWith(`${s.replace(/\/$/, '')}/`))).sort();
}

function scenarioPairs(dir: string): Array<{ name: string; scenario: string; expected: string }> {
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => ({
    name: f.replace('.expected.json', ''), scenario: join(dir, f.replace('.expected.json', '.json')), expected: join(dir, f),
  }));
}

function score(scenarioFile: string, expectedFile: string, outputFile: string): ScoreFigures {
  const text = execFileSync('node', [SCORER, scenarioFile, expectedFile, '--output', outputFile, '--json'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text) as ScoreFigures;
}

// Same pairwise rule as the scorer, kept as counts so that parts can be pooled.
function mergeCounts(expected: Expected, output: Output, hits: number[]): { tp: number; fp: number; fn: number } {
  const groupOf = new Map<number, number>();
  (expected.sameCollection ?? []).forEach((group, i) => group.forEach((e) => groupOf.set(e, i)));
  const collectionOf = new Map((output.requests ?? []).map((r) => [r.event, r.collection ?? null]));
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) {
      const a = hits[i]!, b = hits[j]!;
      const truth = groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
      const guess = collectionOf.get(a) != null && collectionOf.get(a) === collectionOf.get(b);
      if (truth && guess) tp++;
      else if (guess) fp++;
      else if (truth) fn++;
    }
  }
  return { tp, fp, fn };
}

export function emptyCounts(): Counts {
  return {
    scenarios: 0, notices: 0, nonRequests: 0, predicted: 0, hits: 0, department: 0, fields: 0, period: 0, deadline: 0,
    targets: 0, mergeTp: 0, mergeFp: 0, mergeFn: 0, values: 0, valuesRight: 0, wrongValues: 0, extraValues: 0,
  };
}

/** Replays and scores every scenario of one part; returns its pooled figures. */
export async function evaluatePart(part: string): Promise<PartFigures> {
  const dir = join(CORPUS_DIR, part);
  const work = mkdtempSync(join(tmpdir(), 'onetable-eval-'));
  const c = emptyCounts();
  const misses: PartFigures['misses'] = [];
  try {
    for (const s of scenarioPairs(dir)) {
      const expected = JSON.parse(readFileSync(s.expected, 'utf8')) as Expected;
      const output = (await replay(loadScenario(s.scenario))) as Output;
      const outFile = join(work, `${s.name}.out.json`);
      writeFileSync(outFile, JSON.stringify(output));
      const f = score(s.scenario, s.expected, outFile);

      const either = new Set(expected.either ?? []);
      const wanted = new Set((expected.requests ?? []).map((r) => r.event));
      const predicted = (output.requests ?? []).filter((r) => !either.has(r.event));
      const hits = [...wanted].filter((e) => predicted.some((r) => r.event === e));
      const merge = mergeCounts(expected, output, hits);
      const n = hits.length;
      c.scenarios += 1;
      c.notices += wanted.size;
      c.nonRequests += (expected.notRequests ?? []).length + either.size;
      c.predicted += predicted.length;
      c.hits += n;
      c.department += Math.round(f.departmentAccuracy * n);
      c.fields += Math.round(f.fieldsAccuracy * n);
      c.period += Math.round(f.periodAccuracy * n);
      c.deadline += Math.round(f.deadlineAccuracy * n);
      c.targets += Math.round(f.targetsAccuracy * n);
      c.mergeTp += merge.tp;
      c.mergeFp += merge.fp;
      c.mergeFn += merge.fn;
      c.values += (expected.values ?? []).length;
      c.valuesRight += Math.round(f.valueAccuracy * (expected.values ?? []).length);
      c.wrongValues += f.wrongValues;
      c.extraValues += f.extraValues;
      const falsePositives = predicted.filter((r) => !wanted.has(r.event)).map((r) => ({ what: 'not a request', event: r.event }));
      const missed = [...wanted].filter((e) => !hits.includes(e)).map((e) => ({ what: 'missed request', event: e }));
      for (const m of [...missed, ...falsePositives, ...f.misses]) misses.push({ scenario: s.name, ...m });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return figures(part, c, misses);
}

export function figures(part: string, c: Counts, misses: PartFigures['misses'] = []): PartFigures {
  const mergeP = ratio(c.mergeTp, c.mergeTp + c.mergeFp), mergeR = ratio(c.mergeTp, c.mergeTp + c.mergeFn);
  return {
    part,
    scenarios: c.scenarios,
    notices: c.notices,
    nonRequests: c.nonRequests,
    requestPrecision: ratio(c.hits, c.predicted),
    requestRecall: ratio(c.hits, c.notices),
    departmentAccuracy: ratio(c.department, c.hits),
    fieldsAccuracy: ratio(c.fields, c.hits),
    periodAccuracy: ratio(c.period, c.hits),
    deadlineAccuracy: ratio(c.deadline, c.hits),
    targetsAccuracy: ratio(c.targets, c.hits),
    mergeF1: mergeP + mergeR === 0 ? 0 : (2 * mergeP * mergeR) / (mergeP + mergeR),
    valueAccuracy: ratio(c.valuesRight, c.values),
    poolPrecision: ratio(c.valuesRight, c.valuesRight + c.wrongValues + c.extraValues),
    wrongValues: c.wrongValues,
    misses,
  };
}

const SHOWN: Array<[keyof PartFigures, string]> = [
  ['requestPrecision', 'request precision'], ['requestRecall', 'request recall'], ['departmentAccuracy', 'department'],
  ['fieldsAccuracy', 'fields'], ['periodAccuracy', 'period'], ['deadlineAccuracy', 'deadline'], ['targetsAccuracy', 'targets'],
  ['mergeF1', 'merge F1'], ['valueAccuracy', 'value accuracy'], ['poolPrecision', 'pool precision'], ['wrongValues', 'wrong values'],
];

export function formatPart(f: PartFigures): string {
  const head = `${f.part}: ${f.notices} notices, ${f.nonRequests} non-requests, ${f.scenarios} scenarios`;
  const rows = SHOWN.map(([k, label]) => `  ${label.padEnd(18)} ${Number((f[k] as number).toFixed(3))}`);
  return [head, ...rows].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--misses');
  const asJson = argv.includes('--json');
  const parts = findParts(argv.filter((a) => !a.startsWith('--')));
  if (parts.length === 0) {
    process.stderr.write(`no corpus part matches ${argv.join(' ') || '(all)'} under ${relative(ROOT, CORPUS_DIR)}\n`);
    return 1;
  }
  const results: PartFigures[] = [];
  for (const part of parts) {
    const f = await evaluatePart(part);
    results.push(f);
    if (asJson) continue;
    process.stdout.write(`${formatPart(f)}\n`);
    if (verbose) for (const m of f.misses) process.stdout.write(`  miss ${JSON.stringify(m)}\n`);
  }
  if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
