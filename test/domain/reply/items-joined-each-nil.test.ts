// Two or more item names joined by 和 / 、 or said one after another, then 都 / 也 and a nil (破坏森林资源和疫木都没有,
// 宣讲和卫生活动都没有开展, 粳稻油菜籽都没有): each of the items is nil, not only the one the words name best.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const patrol = int('patrol', '护林员巡林次数', ['巡林次数', '巡林'], '次');
const damage = int('damage', '发现破坏森林资源行为', ['破坏森林资源行为', '破坏森林资源'], '起');
const wood = int('wood', '清理松材线虫病疫木株数', ['松材线虫病疫木', '疫木'], '株');
const talks = int('talks', '移风易俗宣讲次数', ['移风易俗宣讲', '宣讲'], '次');
const clean = int('clean', '人居环境卫生活动次数', ['环境卫生活动', '卫生活动'], '次');
const events = int('events', '开展志愿服务活动场次', ['活动场次', '活动'], '场');
const indica = { key: 'indica', label: '中晚籼稻收购量', aliases: ['中晚稻'], type: 'number', unit: '吨', min: 0 } as FieldDef;
const japonica = { key: 'japonica', label: '粳稻收购量', aliases: ['粳稻'], type: 'number', unit: '吨', min: 0 } as FieldDef;
const rapeseed = { key: 'rapeseed', label: '油菜籽收购量', aliases: ['油菜籽'], type: 'number', unit: '吨', min: 0 } as FieldDef;

describe('items joined, each nil', () => {
  it('two names joined by 和, then 都没有', () => {
    const r = parseReply('高坦村巡林26次，破坏森林资源和疫木都没有', ctx(open(patrol), open(damage), open(wood)));
    expect(summary(r.values)).toEqual(['damage=0@2026-11', 'patrol=26@2026-11', 'wood=0@2026-11']);
  });

  it('then 都没有 and the verb (开展)', () => {
    const r = parseReply('活动12场，宣讲和卫生活动都没有开展', ctx(open(events), open(talks), open(clean)));
    expect(summary(r.values)).toEqual(['clean=0@2026-11', 'events=12@2026-11', 'talks=0@2026-11']);
  });

  it('names said one after another, no joiner (粳稻油菜籽都没有)', () => {
    const r = parseReply('中晚稻1850吨，粳稻油菜籽都没有', ctx(open(indica), open(japonica), open(rapeseed)));
    expect(summary(r.values)).toEqual(['indica=1850@2026-11', 'japonica=0@2026-11', 'rapeseed=0@2026-11']);
  });
});
