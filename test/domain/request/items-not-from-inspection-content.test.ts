// 一、检查内容 / 抽查主要内容 / 督查重点: what an inspection looks at is its scope. Its entries (2027年1—10月低保户数…的数据
// 质量) are not items the units report, and their months are not a period asked for; an inspection notice that also asks
// for figures by a due day still asks for those.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

const INSPECTION = '关于开展社会救助统计数据质量抽查的通知\n各镇人民政府、各街道办事处：\n区民政局决定于11月下旬组织一次抽查，现将有关事项通知如下。\n'
  + '一、抽查主要内容\n（一）统计台账建立情况。\n（二）2027年1—10月低保户数、低保人数等指标的数据质量。\n';

describe('an inspection’s content', () => {
  it('is not the items of a request', () => {
    expect(parse(INSPECTION)).toBeNull();
  });

  it('beside an ask with a due day, the ask still stands', () => {
    expect(parse(`${INSPECTION}二、请于11月30日前报送本月临时救助人次。`)?.fields).toEqual(['temp_aid_times']);
  });
});
