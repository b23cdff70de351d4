// STATE_ONLY_ENTRY: an entry naming only a state and a measure (已整改数) counts the object the notice says; the 情况 a list
// is said to be of (安全生产隐患排查整治情况，内容包括：…) says it as a title does: 已整改数 there is the 安全生产隐患整改数,
// not the 消防隐患已整改数 its bare words resemble, and no new item.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_yb', '2026-11-18T09:00:00+08:00');

describe('a state-only entry of a listed 情况', () => {
  it('已整改数 in a list of 安全生产隐患排查整治情况 is that work’s rectified count', () => {
    const r = parse('各镇街安全办：\n为做好岁末年初安全生产工作，请各镇街于12月1日前将本辖区安全生产隐患排查整治情况报区应急局，内容包括：排查隐患数、已整改数、整改率。');
    expect(r?.fields).toEqual(['safety_hazards_found', 'safety_hazards_rectified', 'safety_rectify_rate']);
    expect(r?.newFields).toEqual([]);
  });
});
