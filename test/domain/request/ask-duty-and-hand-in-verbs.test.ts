// 各镇须于6月12日前将…上交 / 向县森防办报告当日…: a duty with a due time is an ask, and 上交 / 提交 / 向…报告 ask to report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-05-20T09:00:00+08:00'));
const HEAD = '关于开展低保对象摸底的通知\n各镇人民政府、各街道办事处：\n一、各镇街召开村（居）负责人会议，组织力量入户采集。\n';

describe('a duty with a due time', () => {
  it('务必于…前将…上交 asks for the items', () => {
    expect(parse(`${HEAD}二、各镇街务必于6月12日前将低保户数汇总上交区民政局。`)?.fields).toEqual(['dibao_households']);
  });

  it('须于…前向…报告 asks for the items', () => {
    expect(parse(`${HEAD}二、各镇街须于6月12日前向区民政局报告低保户数。`)?.fields).toEqual(['dibao_households']);
  });

  it('提交 asks too', () => {
    expect(parse('请各镇街于6月12日前提交低保户数')?.fields).toEqual(['dibao_households']);
  });

  it('发至 / 传真至 hand the figures in', () => {
    expect(parse('关于低保数据的通知\n各镇人民政府：\n二、报送要求：请认真填写，于6月12日前将低保户数发至所附邮箱。')?.fields).toEqual(['dibao_households']);
  });

  it('a 报告 that is a document is no ask', () => {
    expect(parse('关于低保工作的情况报告\n今年以来全区低保工作稳步推进。')).toBeNull();
  });
});
