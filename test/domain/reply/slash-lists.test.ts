import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { segmentReply } from '../../../src/domain/reply/segment.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values).sort();
const clauses = (text: string): string[] => segmentReply(text).clauses.map((c) => c.text);

describe('a slash between items separates them like 、', () => {
  it('splits 120户/200人 and 低保120户/特困8人', () => {
    expect(clauses('120户/200人')).toEqual(['120户', '200人']);
    expect(values('低保120户/200人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
    expect(values('低保户数120/特困供养人数8')).toEqual(['dibao_households=120@2026-11', 'tekun_persons=8@2026-11']);
  });

  it('keeps a rate (300元/人) and a slash between digits whole', () => {
    expect(clauses('人均300元/人')).toEqual(['人均300元/人']);
    expect(clauses('120/200')).toEqual(['120/200']);
  });
});

describe('items joined by slashes, then as many figures joined by slashes', () => {
  it('pairs them by position (低保户数/低保人数：128/203)', () => {
    expect(values('低保户数/低保人数：128/203')).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(values('特困/临时救助人次 37/16')).toEqual(['tekun_persons=37@2026-11', 'temp_aid_times=16@2026-11']);
  });

  it('pairs nothing when the counts differ', () => {
    expect(values('低保户数/低保人数/特困：128/203')).not.toContain('dibao_persons=128@2026-11');
  });
});

describe('two bare figures split by a slash on one item', () => {
  const read = (text: string) => parseReply(text, social);
  it('asks which (低保户数 128/130), storing neither', () => {
    const r = read('低保户数 128/130');
    expect(r.values).toEqual([]);
    expect(r.invalid[0]?.reason).toContain('是“128”还是“130”');
  });

  it('keeps a day written with a slash (截至11/30) out of it', () => {
    expect(values('截至11/30低保户数128')).toEqual(['dibao_households=128@2026-11']);
  });
});
