// A zod error as people read it, written one way everywhere: each issue's place and its message. Places are dotted for
// the API and the console (members.3.unit, '' for the whole), bracketed for files (events[3].at, (root) for the whole).
import type { z } from 'zod';

type Path = ReadonlyArray<PropertyKey>;

export function dottedPath(path: Path): string {
  return path.map(String).join('.');
}

export function bracketPath(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Each issue with its dotted path: what the API answers (`{error, path, issues}`). */
export function issueList(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: dottedPath(i.path), message: i.message }));
}

/** `events[3].at: invalid datetime`, a line an issue, the first ten: what a file's reader is told. */
export function issueLines(error: z.ZodError): string {
  return error.issues.slice(0, 10).map((i) => `${bracketPath(i.path)}: ${i.message}`).join('\n');
}
