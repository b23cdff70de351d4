// Where things are: the repository, and the shared workspace beside it (public scenarios, the scoring tool).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared` from the repository: /work/shared beside every worktree. */
export const SHARED = resolve(REPO, '../shared');
export const PUBLIC_SCENARIOS = resolve(SHARED, 'scenarios');
export const SCORER = resolve(SHARED, 'tools/score.mjs');
/** onetable's own scenarios, with their expectations. */
export const FIXTURE_SCENARIOS = resolve(REPO, 'test/fixtures/scenarios');
/** Whether the shared workspace is there (tests that need it skip where it is absent). */
export const HAS_SHARED = existsSync(PUBLIC_SCENARIOS);
