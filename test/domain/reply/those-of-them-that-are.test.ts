// 一共136人，外地的6个是电话采集的: a figure right after a modifier and 的, said to be something (是…), counts those of the
// figure just given that are so — no figure of its own for the item (fresh15 回龙村). 是对的 still says the figure is right.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const info: FieldDef = { key: 'gr_info', label: '退役军人信息采集人数', aliases: ['信息采集人数', '信息采集'], type: 'integer', unit: '人', min: 0 };
const fund: FieldDef = { key: 'ww_fund', label: '发放慰问金', aliases: ['慰问金'], type: 'number', unit: '万元', min: 0 };

describe('those of them that are so', () => {
  it('外地的6个是电话采集的 after the total leaves the total', () => {
    const r = parseReply('回龙村信息采集核完了，一共136人，外地的6个是电话采集的', ctx(open(info), open(fund)));
    expect(summary(r.values)).toEqual(['gr_info=136@2026-11']);
  });

  it('a figure after 的 said to be right is still read', () => {
    const r = parseReply('信息采集上报的136人是对的', ctx(open(info, '2026-11', true)));
    expect(summary(r.values)).toEqual(['gr_info=136@2026-11']);
  });
});
