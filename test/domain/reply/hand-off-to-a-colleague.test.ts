// HANDED_TO_A_COLLEAGUE (hand-off.ts): which colleague a clerk hands the reporting to, if any.
import { describe, expect, it } from 'vitest';
import { colleagueHandedTo } from '../../../src/domain/reply/hand-off.js';

const names = ['曾强', '胡晓燕'];

describe('a clerk handing the reporting to a colleague', () => {
  it('names the colleague given the reporting', () => {
    for (const text of ['低保这块不归我管，是曾强在负责', '我这周在市里培训，数据让曾强报', '这个你找曾强', '曾强负责这块', '低保不归我管，曾强清楚']) {
      expect(colleagueHandedTo(text, names), text).toBe('曾强');
    }
  });

  it('names nobody when a colleague is only mentioned, or two are', () => {
    expect(colleagueHandedTo('曾强也在，我们一起核一下', names)).toBeNull();
    expect(colleagueHandedTo('曾强和胡晓燕负责', names)).toBeNull();
  });
});
