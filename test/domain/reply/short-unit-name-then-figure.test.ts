// SHORT_NAME_THEN_FIGURE: a town clerk's clause or line opened by a village's name without its suffix, straight before
// a figure (fresh8 七塘镇：…；白菓村27户61人…；清平29户、70人、资金31,500元), is that village's when exactly one village the
// clerk speaks for has a name starting with it; when two do (清平村 and 清平社区) it is nobody's, as before.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

function townClerk(villages: Array<[string, string]>): ReplyContext {
  const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempAmount)];
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '七塘镇', others: villages.map(([id, name]) => ({ id, name, candidates })) };
}

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

const VILLAGES: Array<[string, string]> = [['jiangjun', '将军村'], ['qingping', '清平村'], ['sihe', '四合村']];

describe('a village named short before its figures', () => {
  it('after another village\'s clause: 将军村38户95人；清平29户、70人', () => {
    const r = parseReply('七塘镇低保情况：将军村38户95人；清平29户、70人；四合村还在核', townClerk(VILLAGES));
    expect(byUnit(r.values)).toEqual([
      'jiangjun.dibao_households=38', 'jiangjun.dibao_persons=95', 'qingping.dibao_households=29', 'qingping.dibao_persons=70',
    ]);
    // two villages start with the name (清平村, 清平社区): neither gets the figures, nor does the village before them
    const two = parseReply('将军村38户95人；清平29户、70人', townClerk([...VILLAGES, ['qingpingsq', '清平社区']]));
    expect(byUnit(two.values)).toEqual(['jiangjun.dibao_households=38', 'jiangjun.dibao_persons=95']);
  });

  it('opening a line: 清平29户 70人', () => {
    const r = parseReply('将军村38户95人\n清平29户 70人', townClerk(VILLAGES));
    expect(byUnit(r.values)).toContain('qingping.dibao_households=29');
    expect(byUnit(r.values)).toContain('qingping.dibao_persons=70');
  });
});
