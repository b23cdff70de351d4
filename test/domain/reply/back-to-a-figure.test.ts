import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { readNumberAt } from '../../../src/domain/numbers.js';
import { F, ctx, open, summary } from './fixtures.js';

// BACK_TO_A_FIGURE: a correction that goes back to a figure given before (不对，还是128) after one that changed it.
const latest = (field: typeof F.dibaoHouseholds) => ({ ...open(field, '2026-11', true), latest: true });
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('a correction back to a figure', () => {
  it('reads the figure after 还是 as the one that stands', () => {
    expect(values('不对，还是128', latest(F.dibaoHouseholds), open(F.dibaoPersons))).toEqual(['dibao_households=128@2026-11']);
    expect(values('搞错了 还是45没错', latest(F.tekun))).toEqual(['tekun_persons=45@2026-11']);
  });

  it('keeps the figure after 还是 and drops the one explained after a pause', () => {
    expect(values('不对，还是150，156是算上了志愿者走访的', latest(F.tempTimes), open(F.tempAmount))).toEqual(['temp_aid_times=150@2026-11']);
    expect(values('不对，还是203，210把隔壁组的算进来了', latest(F.dibaoPersons), open(F.dibaoHouseholds, '2026-11', true))).toEqual(['dibao_persons=203@2026-11']);
    expect(values('不对不对，还是20人次，22是把下个月的算进来了', latest(F.tempTimes), open(F.tempAmount))).toEqual(['temp_aid_times=20@2026-11']);
  });

  it('reads 还是 as still, not as a correction, when nothing was said wrong', () => {
    expect(values('还是128', latest(F.dibaoHouseholds), open(F.dibaoPersons))).toEqual([]);
  });
});

describe('a full-width comma between two figures', () => {
  it('is a pause when the second figure has words of its own after it', () => {
    expect(readNumberAt('150，156是算上了', 0)?.value).toBe(150);
    expect(readNumberAt('203，210把隔壁组的算进来了', 0)?.value).toBe(203);
  });

  it('still groups thousands before a measure word or at the end', () => {
    expect(readNumberAt('3，456元', 0)?.value).toBe(3456);
    expect(readNumberAt('1，350人', 0)?.value).toBe(1350);
    expect(readNumberAt('共1，350', 1)?.value).toBe(1350);
  });
});
