// A notice's penalty clause (逾期未报的，将…通报) is one of its rules: it does not make the notice a reminder.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('penalty clauses', () => {
  it('逾期未报的，将在通报中予以说明 after the deadline line', () => {
    expect(parse('请各镇街于11月26日前报送本月低保户数。逾期未报的，将在月度工作通报中予以说明。')).toMatchObject({ fields: ['dibao_households'] });
  });

  it('a reminder is still a reminder', () => {
    expect(parse('还未报送本月低保户数的镇街，请于今天下班前报送。')).toBeNull();
  });
});
