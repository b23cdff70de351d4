// Items come from the ask and its list: never from a note, a rule on how to count, or the purpose.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const fields = (text: string): string[] | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.fields;

describe('items not from notes', () => {
  it('注：…不要与…重复统计 names no item', () => {
    expect(fields('请各镇街统计本月以下数据：\n1. 低保户数；\n注：已纳入特困供养的，不要与低保人数重复统计。\n请于11月27日前报送。'))
      .toEqual(['dibao_households']);
  });

  it('a section of counting rules (二、填报口径) names no item', () => {
    expect(fields('一、报送内容\n（一）低保户数\n二、填报口径\n1. 临时救助金额按实际发放数填报。\n三、报送时间\n请于11月27日前报送。'))
      .toEqual(['dibao_households']);
  });

  it('the purpose names no item', () => {
    expect(fields('为做好医疗救助人次统计的比对，请各镇街11月27日前报送本月低保户数。')).toEqual(['dibao_households']);
  });
});

describe('no items in the notice\'s own frame', () => {
  it('现将…工作通知如下： names no item, even when a field is called …工作情况', async () => {
    const { createRequestParser } = await import('../../../src/domain/request/parse.js');
    const { roster } = await import('./helpers.js');
    const parser = createRequestParser({
      roster, timezone: 'Asia/Shanghai', botName: '报数助手',
      fields: [{ key: 'work', label: '工作落实情况', aliases: ['上月工作情况'], type: 'text' }, { key: 'dibao_households', label: '低保户数', aliases: [], type: 'integer' }],
    });
    const r = parser.parse('各镇街：\n现将低保数据报送工作通知如下：\n一、请于11月30日前报送本月低保户数。', member('lead_mz'), new Date(AT));
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
