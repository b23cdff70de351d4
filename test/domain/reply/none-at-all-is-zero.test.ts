// 一场也没办 / 一个都没有了 / 一处也未发现: "not even one" is a zero; its 一 is never the figure 1.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { H } from './fields-fresh10.js';

describe('not even one', () => {
  it('一个都没有了 is zero, and the figure after it still binds', () => {
    const r = parseReply('独居老人一个都没有了，走访照常搞了40人次', ctx(open(H.alone), open(H.visits)));
    expect(summary(r.values)).toEqual(['el_alone=0@2026-11', 'el_visits=40@2026-11']);
  });

  it('一场也没 is never one', () => {
    const r = parseReply('公益岗安置19人，招聘会一场也没有', ctx(open(H.publicJobs), open(H.fairs)));
    expect(summary(r.values)).toEqual(['lab_fairs=0@2026-11', 'lab_public=19@2026-11']);
  });

  it('一场 said as done stays one', () => {
    const r = parseReply('招聘会办了一场', ctx(open(H.fairs)));
    expect(summary(r.values)).toEqual(['lab_fairs=1@2026-11']);
  });
});
