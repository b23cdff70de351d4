// 已经督促整改 / 已责令限期整改 — what is done is the order to rectify, not the rectification: no progress option is read
// from it (a wrong 已完成 is worse than asking); 已督促商户整改完毕 says the rectification's own end.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const safety = ctx(open(F.inspected), open(F.blocked), open(F.extinguishers), open(F.rectify));
const values = (text: string): string[] => summary(parseReply(text, safety).values);

describe('an order to do the activity is not its progress', () => {
  it('reads no progress from 已经督促整改 / 已责令限期整改 / 整改已经督促了', () => {
    expect(values('检查了72家，发现消防通道堵了3处，过期灭火器11个，已经督促整改')).toEqual([
      'blocked_fire_exits=3@2026-11', 'expired_extinguishers=11@2026-11', 'inspected_venues=72@2026-11',
    ]);
    expect(values('已责令限期整改')).toEqual([]);
    expect(values('整改已经督促了')).toEqual([]);
  });

  it('still reads the activity done when its own end is said', () => {
    expect(values('已督促商户整改完毕')).toEqual(['fire_rectify_status="已完成"@2026-11']);
    expect(values('已经全部整改到位')).toEqual(['fire_rectify_status="已完成"@2026-11']);
  });
});
