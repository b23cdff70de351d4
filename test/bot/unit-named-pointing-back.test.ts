// 上面那条是白沙村的 after 哪个村的数？: words pointing back at the figures already given (上面那条 / 刚才的 / 以上都是)
// before the unit's name say nothing more, so the answer names 白沙村 and the held figures are filed there; before, the
// whole sentence was taken for a unit's name, matched none, and the clerk was asked again.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pooled } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('a unit named after words pointing back', () => {
  it('上面那条是白沙村的 files the held figures under 白沙村', () => {
    withVillages(bot());
    expect(dm('低保户数12户，低保人数20人', AT('10:00'))).toContain('哪个村的数？');
    expect(dm('上面那条是白沙村的', AT('10:05'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=12', 'baisha.dibao_persons=20']);
  });

  it('以上都是石桥村的 files them under 石桥村', () => {
    withVillages(bot());
    dm('低保户数12户', AT('10:00'));
    dm('以上都是石桥村的', AT('10:05'));
    expect(pooled()).toEqual(['shiqiao.dibao_households=12']);
  });
});
