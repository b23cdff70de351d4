// What a notice is doing, from its structure: a warning or a meeting notice asks for no figures unless it lists
// items and gives a due date; a message that is all notes on how to count asks for nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('notice kinds', () => {
  it('a warning (…的提醒) that asks units to watch and report incidents is no data request', () => {
    expect(parse('【区民政局】关于做好寒潮天气困难群众防寒保暖工作的提醒\n各镇人民政府、各街道办事处：\n据气象部门预报，本周将有强寒潮。'
      + '请各镇街加强对低保户、特困人员的走访，发现险情立即处置并报区民政局值班室。')).toBeNull();
  });

  it('a warning that lists items and a due date is still a request', () => {
    expect(parse('关于做好寒潮期间困难群众走访的提示\n各镇街：\n请统计以下数据：\n1. 低保户数；\n2. 特困供养人数。\n请于11月27日前报送。'))
      .toMatchObject({ fields: ['dibao_households', 'tekun_persons'] });
  });

  it('a meeting notice is no data request', () => {
    expect(parse('关于召开社会救助工作推进会的通知\n各镇街：\n定于11月26日下午3点在区民政局三楼会议室召开推进会，请各镇街分管领导参加，'
      + '并报送低保工作开展情况。')).toBeNull();
  });

  it('a document of filling-in rules (…填报说明) is no request, though it names dates and reports', () => {
    expect(parse('【区民政局】社会救助统计报表填报说明（请各镇街留存）\n一、填表单位：各镇街。\n二、报送日期：月报于次月十日内报送低保户数、特困供养人数。')).toBeNull();
  });

  it('a note on how to count (口径说明：…) asks for nothing', () => {
    expect(parse('口径说明：低保户数以11月末在册为准，已纳入特困供养的不要与低保人数重复统计。')).toBeNull();
  });
});
