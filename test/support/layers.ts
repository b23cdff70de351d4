// The layer rules, checked on the imports every source file makes (read with TypeScript's own pre-processor).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import ts from 'typescript';

/** Packages the domain may use: pure computation, no I/O. */
const PURE_PACKAGES = new Set(['chrono-node']);
const BUILTINS = new Set(builtinModules);

type Target = { kind: 'file'; path: string } | { kind: 'builtin'; name: string } | { kind: 'package'; name: string };

interface Rule {
  name: string;
  /** The files the rule governs, by their path from the project root (forward slashes). */
  files: RegExp;
  /** Whether a file the rule governs may import the target (`match` is `files` matched against the importer). */
  allows(target: Target, match: RegExpExecArray): boolean;
}

export const RULES: Rule[] = [
  {
    name: 'the domain does no I/O',
    files: /^src\/domain\//,
    allows: (t) => (t.kind === 'file' ? t.path.startsWith('src/domain/') : t.kind === 'package' && PURE_PACKAGES.has(t.name)),
  },
  {
    name: 'the core (engine, store, chat, server …) imports no plugin',
    files: /^src\//,
    allows: (t) => t.kind !== 'file' || !t.path.startsWith('plugins/'),
  },
  {
    name: 'a plugin imports only its own files and the public surface (src/plugins/define.ts)',
    files: /^plugins\/([^/]+)\//,
    allows: (t, m) => t.kind !== 'file' || t.path === 'src/plugins/define.ts' || t.path.startsWith(`plugins/${m[1]}/`),
  },
];

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** Every import under `src/` and `plugins/` of the project at `root` that breaks a rule. */
export function checkLayers(root: string, rules: Rule[] = RULES): Violation[] {
  const out: Violation[] = [];
  for (const file of ['src', 'plugins'].flatMap((dir) => sourceFiles(root, dir))) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
      const target = classify(file, specifier);
      for (const rule of rules) {
        const match = rule.files.exec(file);
        if (match && !rule.allows(target, match)) out.push({ file, imports: specifier, rule: rule.name });
      }
    }
  }
  return out;
}

function sourceFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function classify(importer: string, specifier: string): Target {
  if (specifier.startsWith('.')) {
    const path = normalize(join(dirname(importer), specifier)).split(sep).join('/').replace(/\.js$/, '.ts');
    return { kind: 'file', path };
  }
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (BUILTINS.has(name) || BUILTINS.has(name.split('/')[0]!)) return { kind: 'builtin', name };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
}
