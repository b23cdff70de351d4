// The size of a mistake is not the figure, 口/口人/名 count people, and 有误，应为已完成 answers the field named before.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const homes = int('children_homes', '儿童之家数量', ['儿童之家数'], '个');
const unsupported = int('unsupported_children', '事实无人抚养儿童人数', ['事实无人抚养儿童'], '人');
const abandoned: FieldDef = { key: 'abandoned_land', label: '耕地撂荒面积', aliases: ['撂荒面积'], type: 'number', unit: '亩', min: 0 };
const households = int('monitored_households', '防返贫监测户数', ['监测户数', '防返贫监测户'], '户');
const persons = int('monitored_persons', '防返贫监测人数', ['监测人数'], '人');
const ponds = int('ponds_rectified', '山坪塘整治数', ['整治山坪塘数'], '座');
const pipes: FieldDef = { key: 'pipe_check_done', label: '老旧管网排查是否完成', aliases: ['管网排查'], type: 'boolean' };
const lift: FieldDef = { key: 'lift_progress', label: '加装电梯进度', aliases: ['加梯进度'], type: 'enum', options: ['已完工', '施工中', '未启动'] };

describe('the size of a mistake', () => {
  it('之前少报了一个 / 漏了一个社 is not a figure', () => {
    const c = ctx(open(homes, '2026', true), open(unsupported, '2026-11', true), open(abandoned, '2026-11-20', true));
    expect(summary(parseReply('事实无人抚养儿童应为3人，之前少报了一个', c).values)).toEqual(['unsupported_children=3@2026-11']);
    expect(summary(parseReply('撂荒面积应为238.5亩，之前漏了一个社', c).values)).toEqual(['abandoned_land=238.5@2026-11-20']);
    expect(summary(parseReply('多报了2个，儿童之家应为4个', c).values)).toEqual(['children_homes=4@2026']);
  });
});

describe('measure words for people', () => {
  const c = ctx(open(households), open(persons), open(ponds, '2026'));
  it('96口人 and 96口 are persons', () => {
    expect(summary(parseReply('本月监测户27户、96口人', c).values)).toEqual(['monitored_households=27@2026-11', 'monitored_persons=96@2026-11']);
    expect(summary(parseReply('防返贫监测27户96口', c).values)).toEqual(['monitored_households=27@2026-11', 'monitored_persons=96@2026-11']);
  });
  it('a bare 口 does not clash with other counters (3口山坪塘)', () => {
    expect(summary(parseReply('今年整治山坪塘3口', c).values)).toEqual(['ponds_rectified=3@2026']);
  });
});

describe('a corrected yes/no or option in a clause of its own', () => {
  const c = ctx(open(pipes, '2026-12-15', true), open(lift, '2026-12-15', true));
  it('有误，应为已完成 answers the yes/no field the clause before named', () => {
    expect(summary(parseReply('前天报的管网排查情况有误，应为已完成', c).values)).toEqual(['pipe_check_done=true@2026-12-15']);
    expect(summary(parseReply('管网排查报错了，应为未完成', c).values)).toEqual(['pipe_check_done=false@2026-12-15']);
  });
  it('and the option of the choice field it named', () => {
    expect(summary(parseReply('加梯进度报错了，应为已完工', c).values)).toEqual(['lift_progress="已完工"@2026-12-15']);
  });
  it('nothing when the clause before names no such field', () => {
    expect(summary(parseReply('昨天报的有误，应为已完成', c).values)).toEqual([]);
  });
});
