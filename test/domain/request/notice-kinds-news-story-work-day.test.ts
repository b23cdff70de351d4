// A story may report a leader's words with a day to finish work by (镇长要求…确保12月30日前完成整治任务). That day is no hand-in
// (deadline.ts TASK_DAY_ONLY): the dated story that tells a 摸底排查 done on a visit asks the units for nothing. A due day for
// handing something in keeps a story-shaped message a request.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_zj'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a story with a day to finish work by', () => {
  const story = '【区住建委】朱沱镇摸排危房推进整治\n11月15日，朱沱镇镇长带队到各村，对危房改造户数进行摸底排查。\n'
    + '镇长要求，各村要立即行动，确保12月30日前完成整治任务。';

  it('the work day is marked as such', () => {
    expect(findDeadline('各村要立即行动，确保12月30日前完成整治任务。', new Date('2027-11-16T10:00:00+08:00'), 'Asia/Shanghai')?.task).toBe(true);
  });

  it('the dated story: not a request', () => {
    expect(parse(story)).toBeNull();
  });

  it('a day to hand the count in keeps it a request', () => {
    expect(parse('【区住建委】朱沱镇摸排危房推进整治\n11月15日，朱沱镇镇长带队到各村，对危房改造户数进行摸底排查。\n'
      + '镇长要求，各村12月30日前报送危房改造户数。')?.fields).toEqual(['dilapidated_households']);
  });
});
