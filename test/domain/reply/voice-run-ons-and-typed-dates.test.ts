// Voice replies with no pauses and dates typed as in a sheet: a count written like a piece of a field's name (一次 in
// 最近一次应急演练日期), a yes/no said after the last figure, a finished verb (排完了, 修订了), 2026.11.29 and 十一月十八号.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { AT, open, summary } from './fixtures.js';
import type { ReplyCandidate } from '../../../src/domain/reply/parse.js';

const drills: FieldDef = { key: 'emergency_drills', label: '应急演练次数', aliases: ['演练次数'], type: 'integer', unit: '次', min: 0 };
const lastDrill: FieldDef = { key: 'last_drill_date', label: '最近一次应急演练日期', aliases: ['最近演练日期'], type: 'date' };
const shelters: FieldDef = { key: 'flood_shelters', label: '应急避难场所数', aliases: ['避难场所数'], type: 'integer', unit: '个', min: 0 };
const plan: FieldDef = { key: 'plan_revised', label: '是否完成应急预案修订', aliases: [], type: 'boolean' };
const check: FieldDef = { key: 'check_done', label: '是否完成集中排查', aliases: ['集中排查'], type: 'boolean' };

const at = new Date('2026-12-01T11:00:00+08:00');
const read = (t: string, ...c: ReplyCandidate[]) => summary(parseReply(t, { at, timezone: 'Asia/Shanghai', candidates: c }).values);

describe('voice run-ons', () => {
  it('一次 is a count even when a field\'s name has 最近一次 in it', () => {
    expect(read('演练搞了一次', open(drills), open(lastDrill))).toEqual(['emergency_drills=1@2026-11']);
  });

  it('a yes/no said after the last figure, with no pause, is read', () => {
    expect(read('避难场所四个演练搞了一次预案还没有修订完', open(shelters), open(drills), open(plan))).toEqual([
      'emergency_drills=1@2026-11', 'flood_shelters=4@2026-11', 'plan_revised=false@2026-11',
    ]);
  });

  it('排完了 / 修订了 say the thing asked about is done', () => {
    expect(read('集中排查今天排完了', open(check))).toEqual(['check_done=true@2026-11']);
    expect(read('预案修订了', open(plan))).toEqual(['plan_revised=true@2026-11']);
    expect(read('集中排查还没排完', open(check))).toEqual(['check_done=false@2026-11']);
  });
});

describe('dates as typed and as spoken', () => {
  it('2026.11.29 after a shortened label, 十一月十八号 after the item it dates', () => {
    expect(read('最近演练：2026.11.29', open(lastDrill))).toEqual(['last_drill_date="2026-11-29"@2026-11']);
    expect(read('演练搞了一次是十一月十八号', open(drills), open(lastDrill))).toEqual([
      'emergency_drills=1@2026-11', 'last_drill_date="2026-11-18"@2026-11',
    ]);
  });
});

describe('a date after other figures in the same clause', () => {
  it('演练2次 最近一次12月1日: the words since the last figure name the date', () => {
    expect(read('演练2次 最近一次12月1日', open(drills), open(lastDrill))).toEqual([
      'emergency_drills=2@2026-11', 'last_drill_date="2026-12-01"@2026-11',
    ]);
  });
});

void AT;
