// 请每日16:00前报送当日巡山人次: 当日 / 当天 / 本日 say which round's figure is asked, as 本月 does; the new item was named
// 当日巡山人次, a name that no later notice (本月巡山人次) would share.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';
const newItems = (text: string) => parseWithDictionary(text, 'lead_yb', AT)?.newFields.map((f) => f.label);

describe('a round word before an item the dictionary lacks', () => {
  it('is no part of its name', () => {
    expect(newItems('各镇街：请每日16:00前报送当日巡山人次。')).toEqual(['巡山人次']);
    expect(newItems('各镇街：请每天下午4点前报送本日巡山人次。')).toEqual(['巡山人次']);
  });
});
