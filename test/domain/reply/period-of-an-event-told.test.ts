import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// PERIOD_OF_AN_EVENT_TOLD (parse.ts): a period word whose clause only tells what happened then (查过一轮了, 去世了) dates that
// event; the figures after the pause are not said of it. A period word said of an item asked (10月份低保户减少了) or with the
// figures themselves (上个月低保户128户) holds as before.
const alone = { key: 'living_alone', label: '独居老人户数', aliases: ['独居老人'], type: 'integer', unit: '户', min: 0 } as FieldDef;
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('a period word of an event told', () => {
  it('does not date the figures after the pause', () => {
    expect(values('南湖社区10月份查过一轮了，这次低保户没有，11月21号自查完的', open(F.checkedOn), open(F.dibaoHouseholds)))
      .toEqual(['dibao_households=0@2026-11', 'self_check_date="2026-11-21"@2026-11']);
    expect(values('其中一个上个月去世了，独居老人户数31户', open(alone))).toEqual(['living_alone=31@2026-11']);
  });
  it('still dates an item it is said of, and the figures said with it', () => {
    expect(values('10月份低保户减少了，低保户128户', open(F.dibaoHouseholds, '2026-10'), open(F.dibaoHouseholds))).toEqual(['dibao_households=128@2026-10']);
    expect(values('上个月低保户128户，这个月130户', open(F.dibaoHouseholds))).toEqual(['dibao_households=130@2026-11']);
  });
});
