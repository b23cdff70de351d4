// TABLE_AFTER_INTRO: …报送事项通知如下：⏎| 指标 | 计量单位 |⏎| 低保户数 | 户 | — a pasted table right after an intro that
// otherwise announces the notice's sections is what the intro introduces (the notice was read as no request at all).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00'));

describe('a table right after 通知如下：', () => {
  it('its rows are the items', () => {
    const r = parse('各镇街民政办：\n现将11月份社会救助统计数据报送事项通知如下：\n| 指标 | 计量单位 |\n| 低保户数 | 户 |\n| 临时救助人次 | 人次 |\n请于12月3日前报送。');
    expect(r?.fields).toEqual(['dibao_households', 'temp_aid_times']);
    expect(r?.period).toBe('2049-11');
  });

  it('sections after the intro are still sections', () => {
    const r = parse('各镇街：\n现将有关事项通知如下：\n一、报送内容：低保户数。\n二、报送时间：12月3日前。');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
