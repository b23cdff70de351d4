// AGAIN_DONE_BY_ITS_NAME (read-clause.ts): 又巡查了2次 — done again, with the item's own name (巡查 of 巡查次数) as the verb: a
// change, added to the figure held. The name is blanked before a change is looked for, so 又…了 had no verb left between and
// the 2 was dropped (巡查又搞了2次 was read).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, summary } from './fixtures.js';

const patrol: FieldDef = { key: 'patrol', label: '巡查次数', aliases: ['巡查'], type: 'integer', unit: '次', min: 0 };
const held = ctx({ field: patrol, period: '2026-11', answered: true });

describe('done again, said by the item\'s own verb', () => {
  it('is a change of the figure held', () => {
    for (const text of ['又巡查了2次', '马洪又巡查了2次', '巡查又搞了2次']) {
      const r = parseReply(text, held);
      expect(r.changes.map((c) => `${c.field}+${c.delta}`)).toEqual(['patrol+2']);
      expect(summary(r.values)).toEqual([]);
    }
  });

  it('a level said with the name stays a level', () => {
    expect(summary(parseReply('巡查了12次', held).values)).toEqual(['patrol=12@2026-11']);
  });
});
