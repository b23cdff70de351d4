// LIST_ABOVE_THE_ASK (anatomy.ts): 1.低保户数⏎2.低保人数⏎以上数据请于12月3日前报送: the list comes first and the ask points back
// at it. The notice was dropped: its entries were read as background, and the ask named no item of its own.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a list above the ask that points back at it', () => {
  it('numbered entries, then 以上数据请…报送', () => {
    const r = parse(['各镇街民政办：', '1.低保户数', '2.低保人数', '以上数据请于12月3日前报送区民政局。'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(r?.deadline?.toISOString()).toBe('2026-12-03T15:59:59.000Z');
  });

  it('bare names on their own lines, then 以上请…报送', () => {
    expect(parse(['各镇街：', '低保户数', '低保人数', '以上请于12月3日前报送。'].join('\n'))?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('请…报送以上数据 at the end of the ask', () => {
    expect(parse(['各镇街：', '1.低保户数', '2.临时救助人次', '请于12月3日前报送以上数据。'].join('\n'))?.fields).toEqual(['dibao_households', 'temp_aid_times']);
  });

  it('entries that are sentences of work (要高度重视) are no items of a later 以上工作', () => {
    expect(parse(['各镇街：', '1.各镇街要高度重视，加强领导', '2.做好宣传工作', '以上工作请于12月3日前完成并报送低保户数。'].join('\n'))?.fields).toEqual(['dibao_households']);
  });
});
