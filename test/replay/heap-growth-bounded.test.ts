// A replay bounds V8's heap growth as the server does (src/runtime/heap-growth.ts): its heap was ~2× what stayed live
// (docs/performance.md, phase 19). A flag given to node is left as it is.
import v8 from 'node:v8';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, replay } from '../../src/replay/run.js';
import { PUBLIC_SCENARIOS } from '../support/paths.js';

afterEach(() => vi.restoreAllMocks());

describe('the replay and the heap', () => {
  it('sets the heap growing factor before it replays', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    await replay(loadScenario(join(PUBLIC_SCENARIOS, 'yongchuan-social-assistance.json')));
    expect(set).toHaveBeenCalledWith('--heap-growing-percent=25');
  });
});
