// 关于印发…数据会审制度的通知 / …档案管理制度: a notice sending a system of how work is done (a meeting, an archive) asks
// the units for nothing by itself; a reporting system (…月报制度, …统计报送制度) asks with its rounds, and a working
// system's notice that also lists items with a due day still asks for them.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-03-02T09:00:00+08:00'));

describe('a notice that sends a system', () => {
  it('a data-review meeting system asks for nothing', () => {
    expect(parse('关于印发低保数据会审制度的通知\n各镇人民政府：\n现印发给你们，请认真贯彻执行。\n一、会审数据包括低保户数、低保人数等。\n二、各镇负责提供本镇数据并参加会审，会审按季开展，于每季第一个月的前10日内进行。')).toBeNull();
  });

  it('an archive system asks for nothing', () => {
    expect(parse('关于印发统计工作档案管理制度的通知\n各镇人民政府：\n一、低保户数等统计年报为永久性资料。\n二、永久性资料在次年三月底前由统计人员移交档案室集中保管。')).toBeNull();
  });

  it('a reporting system asks with its rounds', () => {
    expect(parse('关于建立低保户数月报制度的通知\n各镇人民政府：\n请各镇于每月5日前报送上月低保户数。')).not.toBeNull();
  });

  it('a working system\'s notice that lists items with a due day asks for them', () => {
    const r = parse('关于印发低保数据会审制度的通知\n各镇人民政府：\n首次会审前，请各镇报送以下数据：\n1.低保户数\n2.低保人数\n报送时间：3月10日前。');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('a survey about a system (制度 does not end the title\'s object) still asks', () => {
    const r = parse('关于开展低保制度专题调研的通知\n各镇人民政府：\n请各镇于3月14日前报送本镇低保户数、低保人数。');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });
});
