// 全县百岁老人实名统计完成 / 截至6月底，全县共有百岁老人39位: a message that states figures and says work is done tells a
// result; its sentences ask for nothing, even when it ends with a task (请…做好走访慰问).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-10-25T10:00:00+08:00'));

describe('results', () => {
  it('a result with a closing task is no request', () => {
    expect(parse('【区民政局】全区百岁老人实名统计完成\n区民政局百岁老人实名统计工作已完成。截至2026年6月底，全区共有百岁老人39位，其中男性15名。\n请各镇在重阳节前做好走访慰问。')).toBeNull();
  });

  it('a published table of figures is no request', () => {
    expect(parse('【区民政局】2026年9月低保统计表（公开）：朱沱镇低保户90户、171人；松溉镇低保户80户、137人。说明：动态管理统计每月新增、退出人次。')).toBeNull();
  });

  it('an ask that names a figure as a bound is still an ask', () => {
    expect(parse('请各镇于10月30日前报送低保户数，并确保置换工作顺利完成。')?.fields).toEqual(['dibao_households']);
  });
});
