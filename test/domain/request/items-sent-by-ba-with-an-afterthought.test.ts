// SENT_BY_BA: 这周五之前把高龄津贴人数报上来啊 还有百岁老人 — what 把 / 将 sends stood before the verb and was kept only when
// nothing followed the verb; the afterthought (还有百岁老人) after it left 高龄津贴人数 out. What 把 sends is asked too.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const fields = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-24T09:00:00+08:00')?.fields;

describe('what 把 sends, with more said after the verb', () => {
  it('is asked with the rest', () => {
    expect(fields('各镇街这周五之前把高龄津贴人数报上来啊 还有百岁老人')).toEqual(expect.arrayContaining(['elderly_allowance_persons', 'centenarians']));
    expect(fields('各镇街：周五前把低保户数报给我，再加个特困人数')).toEqual(expect.arrayContaining(['dibao_households', 'tekun_persons']));
  });
});
