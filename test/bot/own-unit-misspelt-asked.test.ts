// OWN_UNIT_MISSPELT: a reporter who reports for their own unit only and names a unit that is not on the roster but two
// characters from their own — the name one character off and a place word of the same level (石乔社区 for 石桥村, 珠沱街道
// for 朱沱镇) — is asked 「石乔社区」是不是石桥村？ with the figures held, instead of told 没有要你代报; 是的 stores them.
// A name further off (红星社区), or of another level (石乔镇 from a village), is still noted as another unit's.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('a single-unit reporter naming their own unit two characters off', () => {
  it('a village clerk\'s 石乔社区 for 石桥村: asked, held, stored on 是的', () => {
    withVillages(bot());
    const out = dmAs('sq_ww', '石乔社区低保户数12户，低保人数20人', AT('10:00'));
    expect(out).toContain('「石乔社区」是不是石桥村？');
    expect(out).not.toContain('没有要你代报');
    expect(pooled()).toEqual([]);
    dmAs('sq_ww', '是的', AT('10:05'));
    expect(pooled()).toEqual(['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20']);
    // further off, or a town's name from a village: another unit's, as before
    expect(dmAs('sq_ww', '红星社区低保户数9户', AT('10:10'))).toContain('红星社区的数没有记录');
    expect(dmAs('sq_ww', '石乔镇低保户数9户', AT('10:15'))).toContain('石乔镇的数没有记录');
  });

  it('a town clerk\'s 珠沱街道 for 朱沱镇: asked', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    expect(dmAs('zt_jz', '珠沱街道低保户数120户，低保人数208人', AT('10:00'))).toContain('「珠沱街道」是不是朱沱镇？');
    expect(pooled()).toEqual([]);
  });
});
