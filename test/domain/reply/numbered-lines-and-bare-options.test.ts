// Staff replies as written in real groups: numbered lines, bare options, traditional characters, free text over
// several clauses, and a day said without its label.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const invest: FieldDef = { key: 'invest', label: '完成投资额', aliases: ['完成投资'], type: 'number', unit: '万元', min: 0 };
const area: FieldDef = { key: 'area', label: '违法建筑拆除面积', aliases: ['拆违面积'], type: 'number', unit: '平方米', min: 0 };
const points: FieldDef = { key: 'points', label: '地质灾害隐患点数', aliases: ['地灾隐患点', '隐患点'], type: 'integer', unit: '处', min: 0 };
const status: FieldDef = { key: 'status', label: '隐患整改状态', aliases: ['整改状态'], type: 'enum', options: ['已整改', '整改中', '未整改'] };
const issue: FieldDef = { key: 'issue', label: '典型问题描述', aliases: ['典型问题'], type: 'text' };
const drillOn: FieldDef = { key: 'drill_on', label: '最近一次演练日期', aliases: ['演练日期'], type: 'date' };
const evac: FieldDef = { key: 'evac', label: '转移避险人数', aliases: ['转移避险'], type: 'integer', unit: '人', min: 0 };
const done: FieldDef = { key: 'done', label: '是否完成自查', aliases: [], type: 'boolean' };

describe('staff replies as written in real groups', () => {
  it('a numbered line after a line with a figure is still its own line', () => {
    const c = ctx(open(invest, '2026'), open(area));
    expect(summary(parseReply('3.完成投资1260万元\n4.拆违面积暂无，填0', c).values)).toEqual(['area=0@2026-11', 'invest=1260@2026']);
    expect(summary(parseReply('一、完成投资：1260万元\n二、拆违面积：无', c).values)).toEqual(['area=0@2026-11', 'invest=1260@2026']);
  });

  it('an option said as a clause of its own', () => {
    const c = ctx(open(points), open(status));
    expect(summary(parseReply('地灾隐患点5处，整改中', c).values)).toEqual(['points=5@2026-11', 'status="整改中"@2026-11']);
    expect(summary(parseReply('隐患点2处，已整改。', c).values)).toEqual(['points=2@2026-11', 'status="已整改"@2026-11']);
  });

  it('a bare 已完成 stays unread when a yes/no question is open too', () => {
    const rectify: FieldDef = { key: 'rectify', label: '整改进度', aliases: [], type: 'enum', options: ['已完成', '整改中'] };
    const c = ctx(open(points), open(rectify), open(done));
    expect(summary(parseReply('隐患点2处，已完成', c).values)).toEqual(['points=2@2026-11']);
  });

  it('traditional characters read like simplified ones', () => {
    const c = ctx(open(evac), open(drillOn));
    expect(summary(parseReply('轉移避險人數8人，最近一次演練日期11月15日', c).values)).toEqual(['drill_on="2026-11-15"@2026-11', 'evac=8@2026-11']);
  });

  it('free text runs on through later clauses, not into the next item', () => {
    const c = ctx(open(issue), open(status));
    expect(summary(parseReply('典型问题描述：3组后山裂缝雨后有掉块，已设警示牌', c).values)).toEqual(['issue="3组后山裂缝雨后有掉块，已设警示牌"@2026-11']);
    expect(summary(parseReply('典型问题：边坡落石，整改状态：整改中', c).values)).toEqual(['issue="边坡落石"@2026-11', 'status="整改中"@2026-11']);
  });

  it('a day said as when it was done, for the one open date field', () => {
    const c = ctx(open(evac), open(drillOn));
    expect(summary(parseReply('转移避险5人，演练已开展，11月18日搞的', c).values)).toEqual(['drill_on="2026-11-18"@2026-11', 'evac=5@2026-11']);
    expect(summary(parseReply('转移避险5人，11月18日', c).values)).toEqual(['evac=5@2026-11']);
  });
});
