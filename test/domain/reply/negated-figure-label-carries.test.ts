// 排查楼栋不是86是88栋 (voice, no pause): the figure said not to be the one is no figure, and its label is the label of
// the figure that replaces it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open, summary } from './fixtures.js';
import { E } from './fields-fresh7.js';

describe('不是X是Y', () => {
  it('files Y under the label said before X', () => {
    const r = parseReply('排查楼栋不是86是88栋飞线14处对的', {
      at: AT, timezone: 'Asia/Shanghai', candidates: [open(E.building, '2026-11', true), open(E.fly, '2026-11', true)],
    });
    expect(summary(r.values)).toEqual(['building=88@2026-11', 'fly=14@2026-11']);
  });
});
