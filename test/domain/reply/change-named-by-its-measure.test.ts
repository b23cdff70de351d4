// A change against the figure held whose words name no item (比昨天报的多了8人, 比报的多30人次, 人数多了19人) is read
// for the one item asked that counts in its measure word; with two such items it names none of them.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { D, J } from './fields-fresh13.js';

const held = (...fields: Parameters<typeof open>[0][]) => ctx(...fields.map((f) => open(f, '2026-11', true)));
const changes = (t: string, c: ReturnType<typeof ctx>) => parseReply(t, c).changes.map((x) => `${x.field}${x.delta > 0 ? '+' : ''}${x.delta}:${x.against}`);

describe('a change named only by its measure word', () => {
  const geo = held(D.points, D.households, D.people, D.added, D.relocated);

  it('比昨天报的多了8人 after another item\'s figure changes the one count of people', () => {
    const t = '大石镇受威胁户数72户是对的，人数报少了，比昨天报的多了8人';
    expect(summary(parseReply(t, geo).values)).toEqual(['dz_households=72@2026-11']);
    expect(changes(t, geo)).toEqual(['dz_people+8:held']);
  });

  it('比报的多30人次 after the item said in the clause before', () => {
    const straw = held(J.patrol, J.fires, J.stopped);
    expect(changes('南坑巡查人次少报了，比报的多30人次', straw)).toEqual(['js_patrol+30:held']);
  });

  it('人数多了19人: a label that is only the measure word and 数; 多了5户 with two items in 户 names neither', () => {
    expect(changes('人数多了19人', geo)).toEqual(['dz_people+19:held']);
    expect(changes('多了5户', geo)).toEqual([]);
    expect(summary(parseReply('多了5户', geo).values)).toEqual([]);
  });
});
