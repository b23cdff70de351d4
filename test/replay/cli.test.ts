// The replay command as CI runs it: a child process from the repo root, stdout is the one JSON document.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayOutputSchema } from '../../src/replay/schema.js';
import { PUBLIC_SCENARIOS as SCENARIOS, REPO } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);
export const PUBLIC = ['yongchuan-social-assistance', 'jiangbei-safety-inspection'];
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

interface Result { code: number; stdout: string; stderr: string }

async function replayCli(file: string): Promise<Result> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli.ts', 'replay', file], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function scenarioWith(mutate: (s: Record<string, any>) => void): string {
  const s = JSON.parse(readFileSync(join(SCENARIOS, `${PUBLIC[0]}.json`), 'utf8')) as Record<string, any>;
  mutate(s);
  const file = join(tmp.dir, `bad-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

const bad: Array<[string, (s: Record<string, any>) => void, RegExp]> = [
  ['a malformed datetime', (s) => { s.events[3].at = '2026-11-23 09:52'; }, /events\[3\]\.at/],
  ['an unknown member', (s) => { s.events[4].from = 'nobody_here'; }, /events\[4\]\.from.*nobody_here/],
  ['an out-of-order event', (s) => { s.events[5].at = '2026-11-23T08:00:00+08:00'; }, /events\[5\]\.at.*out of order/],
  ['a missing events list', (s) => { delete s.events; }, /events/],
  ['a bad field type', (s) => { s.fields[0].type = 'float'; }, /fields\[0\]\.type/],
];

let tmp: ReturnType<typeof tempDir>;
// Every child process starts at once: each pays tsx's start-up, in parallel.
const results = new Map<string, Promise<Result>>();
beforeAll(() => {
  tmp = tempDir();
  for (const name of PUBLIC) results.set(name, replayCli(join(SCENARIOS, `${name}.json`)));
  for (const [label, mutate] of bad) results.set(label, replayCli(scenarioWith(mutate)));
  const broken = join(tmp.dir, 'broken.json');
  writeFileSync(broken, '{"events": [');
  results.set('not json', replayCli(broken));
});
afterAll(() => tmp.remove());

describe('npm run cli -- replay', () => {
  it.each(PUBLIC)('prints exactly one JSON document that validates against the output schema: %s', async (name) => {
    const result = await results.get(name)!;
    expect(result.code, result.stderr).toBe(0);
    // One document: JSON.parse rejects anything before or after it.
    const output = JSON.parse(result.stdout) as unknown;
    const parsed = replayOutputSchema.safeParse(output);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    const data = parsed.data!;
    expect(data.requests.length).toBeGreaterThan(0);
    expect(data.asks.length).toBeGreaterThan(0);
    expect(data.stats.requests).toBe(data.requests.length);
    expect(data.stats.asks).toBe(data.asks.length);
    expect(data.stats.valuesCollected).toBe(data.values.length);
  }, 120_000); // four replays spawned at once on a busy machine

  it.each(bad)('rejects %s with the path of the bad value and prints nothing on stdout', async (label, _mutate, message) => {
    const result = await results.get(label)!;
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('rejects a file that is not JSON', async () => {
    const result = await results.get('not json')!;
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.json');
  });
});
