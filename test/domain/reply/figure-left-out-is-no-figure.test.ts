// A figure followed by 漏了 / 没算进去 / 算重了 (护林员老周的3次漏了) is what was left out or counted twice — the size of a
// mistake, explaining a correction — never the item's figure (it replaced the corrected 33 with 3).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const patrol: FieldDef = { key: 'patrol', label: '护林员巡林次数', aliases: ['巡林次数', '巡林'], type: 'integer', unit: '次', min: 0 };

describe('a figure said left out', () => {
  it('是33次不是30次，护林员老周的3次漏了 is 33', () => {
    const r = parseReply('九都村巡林是33次不是30次，护林员老周的3次漏了', ctx(open(patrol)));
    expect(summary(r.values)).toEqual(['patrol=33@2026-11']);
  });
});
