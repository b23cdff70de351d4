import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.gas), open(F.selfCheck));
const values = (text: string): string[] => summary(parseReply(text, c).values).sort();

describe('a yes/no field labelled by what it asks about (自查：否 for 是否完成自查)', () => {
  it('reads the answer after the object and a colon', () => {
    expect(values('自查：否')).toEqual(['self_check_done=false@2026-11']);
    expect(values('自查：是')).toEqual(['self_check_done=true@2026-11']);
    expect(values('燃气隐患2处，自查：否')).toEqual(['gas_hazards=2@2026-11', 'self_check_done=false@2026-11']);
  });

  it('needs the colon and the label at the clause start', () => {
    expect(values('自查否')).toEqual([]);
  });
});
