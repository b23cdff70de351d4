// ADDED_INTO_THE_SUM: a sum of money said after 加上 (算上, 连同) something and 一共/总共 is the whole of the money item the
// sentence spoke of before: 资金5000元是材料费 加上护路员工资一共是1.3万 stored 1.3万 as 13000 护路员 and kept 资金 0.5;
// 损失3.2万只算了农业 加上房屋圈舍总共是4.1万 kept 3.2. A count said that way is left as it was.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const staff: FieldDef = { key: 'gl_staff', label: '护路员', aliases: ['护路员人数', '养护员'], type: 'integer', unit: '人', min: 0 };
const fund: FieldDef = { key: 'gl_fund', label: '投入养护资金', aliases: ['养护资金', '投入资金'], type: 'number', unit: '万元', min: 0 };
const loss: FieldDef = { key: 'zq_loss', label: '直接经济损失', aliases: ['经济损失', '损失'], type: 'number', unit: '万元', min: 0 };
const hurt: FieldDef = { key: 'zq_hurt', label: '损坏房屋', aliases: ['房屋损坏', '损房'], type: 'integer', unit: '间', min: 0 };

describe('money added into the sum', () => {
  it('is the level of the money item said before', () => {
    const c = ctx(open(staff), open(fund));
    expect(summary(parseReply('资金5000元是材料费 加上护路员工资一共是1.3万', c).values)).toEqual(['gl_fund=1.3@2026-11']);
    expect(summary(parseReply('资金5000元是材料费，算上护路员工资总共13000元', c).values)).toEqual(['gl_fund=1.3@2026-11']);
    const d = ctx(open(hurt), open(loss));
    expect(summary(parseReply('损失3.2万只算了农业 加上房屋圈舍总共是4.1万', d).values)).toEqual(['zq_loss=4.1@2026-11']);
  });

  it('leaves a count said that way to the count', () => {
    const c = ctx(open(staff), open(fund));
    expect(summary(parseReply('资金5000元 护路员2人 加上临时工一共是3人', c).values).filter((v) => v.startsWith('gl_fund'))).toEqual(['gl_fund=0.5@2026-11']);
  });
});
