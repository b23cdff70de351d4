// The item list is wherever the notice puts it: under any heading (核报内容, 需报送事项, 统计指标), after 以下数据：, or
// as numbered entries; every entry there is an item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const fields = (text: string): string[] | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.fields;

describe('item list under any heading', () => {
  it('一、核报内容 with an unnumbered sentence of items', () => {
    expect(fields('关于核报困难群众底数的通知\n各镇街：\n一、核报内容\n截至11月20日，辖区内低保户数、特困供养人数。\n二、报送时间\n11月25日下班前。'))
      .toEqual(['dibao_households', 'tekun_persons']);
  });

  it('需报送事项： with numbered entries', () => {
    expect(fields('各镇街：\n需报送事项：\n1. 百岁老人人数\n2. 危改户数\n请于11月27日前报送。')).toEqual(['centenarians', 'dilapidated_households']);
  });

  it('a numbered paragraph that asks is read like any ask, not taken whole as one item', () => {
    expect(fields('各镇街：\n一、各镇街民政办在做好走访的同时，要于11月27日上午10点前报送本月低保户数和特困供养人数。'))
      .toEqual(['dibao_households', 'tekun_persons']);
  });
});
