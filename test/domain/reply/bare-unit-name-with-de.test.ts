// A street clerk's line opened by the bare name of a community it speaks for, followed by 的 (新市场的入户宣传…), is that
// community's, as 新市场：… or 新市场 … would be.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';
import { E } from './fields-fresh7.js';

describe('a bare unit name followed by 的', () => {
  it('opens that unit\'s line', () => {
    const candidates = [open(E.visit)];
    const r = parseReply('新市场的入户宣传是890户不是980，我打反了', {
      at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '石坪桥街道',
      others: [{ id: 'xinshichang', name: '新市场社区', candidates }, { id: 'zhengjie', name: '正街社区', candidates }],
    });
    expect(r.values.map((v) => `${v.unit}.${v.field}=${v.value}`)).toEqual(['xinshichang.visit=890']);
    expect(r.unasked).toEqual([]);
  });
});
