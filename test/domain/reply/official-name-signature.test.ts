// 綦江区古南街道永新社区居民委员会：… — a unit signing with its full official name: the places above it (the street the
// roster also holds) and the body after it are part of its name, not another unit's line.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';
import { H } from './fields-fresh10.js';

const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>): string[] =>
  values.map((v) => `${v.unit ?? 'own'}.${v.field}=${JSON.stringify(v.value)}`).sort();

function community(): ReplyContext {
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [open(H.visited), open(H.events)], unitName: '永新社区', others: [] };
}

function street(): ReplyContext {
  const candidates = [open(H.visited), open(H.events)];
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '古南街道', others: [{ id: 'yongxin', name: '永新社区', candidates }] };
}

describe('a full official name', () => {
  it('signs the reporter\'s own figures', () => {
    const r = parseReply('綦江区古南街道永新社区居民委员会：入户宣传960户，宣传活动3场', community());
    expect(byUnit(r.values)).toEqual(['own.fz_events=3', 'own.fz_visited=960']);
    expect(r.otherUnits).toEqual([]);
  });

  it('from the street clerk, names the community spoken for', () => {
    const r = parseReply('古南街道永新社区居民委员会：入户宣传960户', street());
    expect(byUnit(r.values)).toEqual(['yongxin.fz_visited=960']);
  });

  it('the places above a unit nobody speaks for stay another unit', () => {
    const r = parseReply('綦江区古南街道：入户宣传960户', community());
    expect(byUnit(r.values)).toEqual([]);
  });
});
