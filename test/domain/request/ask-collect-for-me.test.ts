// A lead who asks the bot to gather the figures (帮忙收一下 / 帮我收集 / 收下各镇街的…) asks the units for them, as 统计 does;
// before, 收 was no ask verb and such a message was no request at all (and got no answer).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const fieldsOf = (text: string) => parseWithDictionary(text, 'lead_mz', AT)?.fields;

describe('COLLECT_FOR_ME', () => {
  it('@bot 请帮忙收一下各镇街… is a request for the items', () => {
    expect(fieldsOf('各位：@报数助手 请帮忙收一下各镇街养老机构床位数和老年食堂数，月底前')).toEqual(['nursing_home_beds', 'elderly_canteens']);
  });

  it('帮我收集一下 / 收下 with a due day', () => {
    expect(fieldsOf('@报数助手 帮我收集一下各镇街养老机构床位数，月底前')).toEqual(['nursing_home_beds']);
    expect(fieldsOf('报数助手，帮忙收下各镇街的老年食堂数，周三前要')).toEqual(['elderly_canteens']);
  });

  it('what was received or is to be accepted asks nothing', () => {
    expect(parseWithDictionary('各镇街的老年食堂数已收齐，谢谢大家', 'lead_mz', AT)).toBeNull();
    expect(parseWithDictionary('慰问品已送到各镇街，请收下并签字', 'lead_mz', AT)).toBeNull();
    expect(parseWithDictionary('各镇街的老年食堂数都收到了', 'lead_mz', AT)).toBeNull();
  });
});
