// TIME_THEN_PLEASE: 近期请组织开展矛盾纠纷大排查，排查件数、调处件数于每周五下午5点前报送 — 近期 leading straight into 请 says
// when the ask runs, not why: the sentence was read as the notice's purpose and the message as no request.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';

describe('a time word right before 请', () => {
  it('opens the ask', () => {
    expect(parseWithDictionary('各镇街：近期请组织开展矛盾纠纷大排查，矛盾纠纷排查件数于11月26日前报送。', 'lead_zj', AT)?.fields).toEqual(['disputes_found']);
  });

  it('a time word opening a situation is still no ask', () => {
    expect(parseWithDictionary('各镇街：近期各地矛盾纠纷多发，矛盾纠纷排查件数较上月上升。', 'lead_zj', AT)).toBeNull();
  });
});
