import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// OPTION_IN_OTHER_WORDS: a short reply that names no item gives the option of the one open option item it fits.
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('an option said without its item', () => {
  it('reads the option by a part of it or its words inside the reply', () => {
    expect(values('站点目前暂停运营', open(F.station), open(F.dibaoHouseholds, '2026-11', true))).toEqual(['elder_station_status="暂停运营"@2026-11']);
    expect(values('现在暂停了，等消防验收完再开', open(F.station))).toEqual(['elder_station_status="暂停运营"@2026-11']);
    expect(values('正常的', open(F.station))).toEqual(['elder_station_status="正常运营"@2026-11']);
  });

  it('reads some of the work left as under way', () => {
    expect(values('基本完成了，还剩两处', open(F.rectify))).toEqual(['fire_rectify_status="整改中"@2026-11']);
    expect(values('差不多整改完了 就剩一处灭火器没换', open(F.rectify))).toEqual(['fire_rectify_status="整改中"@2026-11']);
  });

  it('reads no work state into a service state', () => {
    expect(values('没开了 暂时停了', open(F.station))).toEqual([]);
  });

  it('reads nothing when two open option items fit', () => {
    expect(values('暂停了', open(F.station), { ...open(F.rectify), field: { ...F.rectify, key: 'other_status', options: ['正常开放', '暂停开放'] } })).toEqual([]);
  });
});
