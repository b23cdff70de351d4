// SHORT_NAME_THEN_ITEM_MID_LINE: a town clerk's message for several villages, each clause opened by the village's name
// without its suffix and straight after it the words of an item (fresh19 刘湾已经飞了1800亩 高台完成率54% 张寨架次40;
// 岔路 自筹资金2.8万 嫩寨自筹1.6万元 高岑自筹资金18000元): after a comma, a semicolon or a typed pause, that name opens the
// village's clause as it does at a line's start. Before, every figure went to the first village named, the last one of
// an item overwriting the others (岔路 自筹 1.8).
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const VILLAGES: Array<[string, string]> = [['zhangzhai', '张寨村'], ['liuwan', '刘湾村'], ['gaotai', '高台村'], ['shiqiao', '石桥村'], ['shiqiaosq', '石桥社区']];

function townClerk(): ReplyContext {
  const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempAmount), open(F.ratio)];
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '张寨镇', others: VILLAGES.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a village named short before an item, in mid-line', () => {
  it('after a typed pause: 刘湾低保户数18户 高台覆盖率54% 张寨低保人数40', () => {
    const r = parseReply('刘湾低保户数18户 高台覆盖率54% 张寨低保人数40', townClerk());
    expect(byUnit(r.values)).toEqual(['gaotai.coverage_ratio=54', 'liuwan.dibao_households=18', 'zhangzhai.dibao_persons=40']);
  });

  it('after a comma: 刘湾低保户数18，高台覆盖率54%', () => {
    const r = parseReply('刘湾低保户数18，高台覆盖率54%', townClerk());
    expect(byUnit(r.values)).toEqual(['gaotai.coverage_ratio=54', 'liuwan.dibao_households=18']);
  });

  it('money for three villages: 刘湾 临时救助金额2800元 高台临时救助资金1600元 张寨临救金额1800元', () => {
    const r = parseReply('刘湾 临时救助金额2800元 高台临时救助资金1600元 张寨临救金额1800元', townClerk());
    expect(byUnit(r.values)).toEqual(['gaotai.temp_aid_amount=1600', 'liuwan.temp_aid_amount=2800', 'zhangzhai.temp_aid_amount=1800']);
  });

  it('a name two villages share is nobody\'s: …18户 石桥低保人数40', () => {
    const r = parseReply('刘湾低保户数18户 石桥低保人数40', townClerk());
    expect(byUnit(r.values)).toEqual(['liuwan.dibao_households=18']);
  });
});
