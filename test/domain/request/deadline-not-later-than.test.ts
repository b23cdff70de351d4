// 请尽快报送11月医疗救助人次，最迟不超过12月3日: a limit said as not passing the day (不超过 / 不迟于 after 最迟 or alone) gave
// no due day, and the lead was asked for one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const due = (text: string) => localDue(parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00')));

describe('a due day said as a limit not to pass', () => {
  it('after 最迟', () => {
    expect(due('各镇街：请尽快报送11月医疗救助人次，最迟不超过12月3日')).toBe('2026-12-03T23:59');
  });

  it('alone', () => {
    expect(due('各镇街：请报送11月医疗救助人次，时间不超过12月3日。')).toBe('2026-12-03T23:59');
  });
});
