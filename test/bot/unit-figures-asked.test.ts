// UNIT_FIGURES_ASKED: 把朱沱镇的数据发我看看 / 看看松溉镇的数据 — a lead asks what one unit has reported to their open requests.
// It went unanswered (查询 needs an item named).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { AT, channel, dmAs } = useConversation({ day: '2026-11-23' });

describe('a lead asks for one unit’s figures', () => {
  it('把朱沱镇的数据发我看看 lists what it reported and what it still owes', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    dmAs('zt_jz', '低保58户', AT('10:00'));
    const said = channel('lead_mz', '把朱沱镇的数据发我看看', AT('10:10'));
    expect(said).toMatch(/^朱沱镇报上来的数据：\n· r1 .*：低保户数 58户；还差低保人数$/);
  });

  it('with an @, and for a unit that reported nothing yet', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    expect(channel('lead_mz', '@报数助手 看看松溉镇的数据', AT('10:10'))).toContain('还没有报（低保户数、低保人数）');
  });

  it('a clerk asking it is not answered with another unit’s figures', () => {
    channel('lead_mz', DIBAO_REQUEST, AT('09:00'));
    dmAs('zt_jz', '低保58户', AT('10:00'));
    expect(dmAs('sg_jz', '把朱沱镇的数据发我看看', AT('10:10'))).not.toContain('58户');
  });
});
