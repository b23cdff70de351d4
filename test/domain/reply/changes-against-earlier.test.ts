// A figure said as a change against an earlier one (比上月少2户, 比之前报的多了1个) is no level: the parser hands it on
// as a change with what it is measured against; a level said beside it is the figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.extinguishers, '2026-11', true), open(F.manholes, '2026-11', true));
const read = (t: string) => parseReply(t, c);
const changes = (t: string) => read(t).changes.map((x) => `${x.field}${x.delta > 0 ? '+' : ''}${x.delta}@${x.period}:${x.against}`);

describe('changes against an earlier figure', () => {
  it('比上月少2户 is a change against the period before, not the figure 2', () => {
    expect(summary(read('低保户比上月少2户').values)).toEqual([]);
    expect(changes('低保户比上月少2户')).toEqual(['dibao_households-2@2026-11:previous-period']);
  });

  it('比之前报的多了1个 is a change against the figure already held', () => {
    expect(changes('灭火器过期的比之前报的多了1个')).toEqual(['expired_extinguishers+1@2026-11:held']);
  });

  it('a later change in a sentence that compares with last month is measured against last month too', () => {
    expect(changes('11月低保户比上月少2户，人数少了5个')).toEqual([
      'dibao_households-2@2026-11:previous-period', 'dibao_persons-5@2026-11:previous-period',
    ]);
  });

  it('a level said with the change is the figure, and the change is dropped', () => {
    expect(summary(read('低保户比上月多1户，是15户').values)).toEqual(['dibao_households=15@2026-11']);
    expect(changes('低保户比上月多1户，是15户')).toEqual([]);
  });
});

describe('the level a sentence ends on', () => {
  it('一共 / 现在是 / 准确的是 / 到月底是 replace the figure said before them', () => {
    expect(summary(read('井盖破损再加一个，学校门口也算，一共4个').values)).toEqual(['broken_manhole_covers=4@2026-11']);
    expect(summary(read('低保户数15户是上周的数，这周又查了，现在是十八户').values)).toEqual(['dibao_households=18@2026-11']);
    expect(summary(read('低保人数那个1.3万是约数，准确的是12,987人').values)).toEqual(['dibao_persons=12987@2026-11']);
    expect(summary(read('低保人数150人是截至11月20日的，到月底是163人').values)).toEqual(['dibao_persons=163@2026-11']);
  });
});

describe('figures that speak of others', () => {
  it('之前报的1个 is the earlier figure spoken of, not a new one', () => {
    expect(summary(read('井盖破损的没有，之前报的1个是燃气井盖不归我们').values)).toEqual(['broken_manhole_covers=0@2026-11']);
  });

  it('有1个是…的 / 有一处已经… is one of those just counted', () => {
    expect(summary(read('低保户数12户，有1个是11月新增的').values)).toEqual(['dibao_households=12@2026-11']);
    expect(summary(read('井盖破损3个，有一个已经修好').values)).toEqual(['broken_manhole_covers=3@2026-11']);
  });
});
