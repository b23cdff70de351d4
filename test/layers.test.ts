// The layers hold: the domain does no I/O, the core imports no plugin, a plugin sees only the public surface.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './support/temp.js';
import { checkLayers } from './support/layers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let tmp: ReturnType<typeof tempDir> | null = null;
afterEach(() => tmp?.remove());

function tree(files: Record<string, string>): string {
  tmp = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp.dir, path)), { recursive: true });
    writeFileSync(join(tmp.dir, path), text);
  }
  return tmp.dir;
}

describe('the layer rules', () => {
  it('hold in this tree', () => {
    expect(checkLayers(ROOT)).toEqual([]);
  });

  it('catch a deliberate violation of each', () => {
    const root = tree({
      'src/domain/period.ts': "import { readFileSync } from 'node:fs';\nimport { Store } from '../store/store.js';\nimport * as chrono from 'chrono-node';\n",
      'src/bot/engine.ts': "import lark from '../../plugins/lark/index.js';\n",
      'src/server/app.tsx': "const digest = await import('../../plugins/digest/data.js');\n",
      'plugins/lark/adapter.ts': "import type { Store } from '../../src/store/store.js';\nimport { definePlugin } from '../../src/plugins/define.js';\nimport { x } from './own.js';\n",
      'plugins/wecom/index.ts': "export { thing } from '../lark/adapter.js';\nimport { z } from 'zod';\nimport { createHash } from 'node:crypto';\n",
    });
    expect(checkLayers(root).map((v) => `${v.file} → ${v.imports}: ${v.rule}`)).toEqual([
      'src/bot/engine.ts → ../../plugins/lark/index.js: the core (engine, store, chat, server …) imports no plugin',
      'src/domain/period.ts → node:fs: the domain does no I/O',
      'src/domain/period.ts → ../store/store.js: the domain does no I/O',
      'src/server/app.tsx → ../../plugins/digest/data.js: the core (engine, store, chat, server …) imports no plugin',
      'plugins/lark/adapter.ts → ../../src/store/store.js: a plugin imports only its own files and the public surface (src/plugins/define.ts)',
      'plugins/wecom/index.ts → ../lark/adapter.js: a plugin imports only its own files and the public surface (src/plugins/define.ts)',
    ]);
  });
});
