// LIST_INTRO / INTRO (anatomy.ts, items.ts): 请报送以下数据（截至2026年11月30日）：⏎低保户数、…: a note in brackets before the
// colon still opens the list. The notice was dropped: the intro was not seen and the list lines were read as background.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a list intro with a note in brackets before its colon', () => {
  it('the list on the next line is read, and the note gives the period', () => {
    const r = parse(['各镇街：', '为做好年终统计，请报送以下数据（截至2026年11月30日）：', '低保户数（户）、低保人数（人）、特困供养人数（人）', '请于12月4日17:00前通过系统报送。'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
    expect(r?.period).toBe('2026-11-30');
  });
});

describe('a structural intro with a note in brackets', () => {
  it('现将…通知如下（…）： opens the sections, not a list of items', () => {
    const text = ['各镇人民政府、街道办事处：', '现将定期报告要求通知如下（遇法定节假日，报告时间顺延）：',
      '一、每月28日至30日报告当月低保户数。', '二、新增的特困供养对象，须在3日内报告区民政局。'].join('\n');
    expect(readAnatomy(text).parts.filter((p) => p.kind === 'items')).toEqual([]);
  });
});
