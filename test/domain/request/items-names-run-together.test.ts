// Names typed or spoken with nothing between them (低保户数低保人数, 临时救助人次临时救助金额) are each an item; read whole,
// such a run was one item and the others were lost.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const fieldsOf = (text: string) => [...(parseWithDictionary(text, 'lead_mz', AT)?.fields ?? [])].sort();

describe('NAMES_RUN_TOGETHER', () => {
  it('two names run together in a chat ask', () => {
    expect(fieldsOf('麻烦统计一下临时救助人次临时救助金额 周五前发给我')).toEqual(['temp_aid_amount', 'temp_aid_times']);
  });

  it('three names run together, and the run after a word of the speaker', () => {
    expect(fieldsOf('请统计低保户数低保人数特困供养人数，周五前报')).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
    expect(fieldsOf('各镇街民政办 麻烦统计一下你们那边的低保户数低保人数还有特困的人数 这周五之前发给我 谢谢'))
      .toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('one name that holds another is not cut', () => {
    expect(fieldsOf('请于11月30日前报送城乡居民医保参保人数。')).toEqual(['resident_insured_persons']);
    expect(fieldsOf('请于11月30日前报送危房改造竣工户数。')).toEqual(['dilapidated_completed']);
  });
});
