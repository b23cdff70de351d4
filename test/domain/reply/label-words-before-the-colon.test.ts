// 主要问题补充：… / 重点纠纷有一件：…: a few words between a text item's label and its colon belong to the label; the
// value is what follows the colon, whole (a verb phrase ending in 镇, 已上报镇司法所, names no unit).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('words between a label and its colon', () => {
  it('补充 is part of the label', () => {
    const r = parseReply('主要问题补充：文化路井盖（雨水）下沉2处', ctx(open(G.issue), open(G.manholes)));
    expect(summary(r.values)).toEqual(['mh_issue="文化路井盖（雨水）下沉2处"@2026-11']);
  });

  it('有一件 is part of the label and the text runs on past 已上报镇', () => {
    const r = parseReply('重点纠纷有一件：张某与村委会（土地流转）租金纠纷，已上报镇司法所', { ...ctx(open(G.keyDispute), open(G.disputes)), unitName: '永兴村' });
    expect(summary(r.values)).toEqual(['md_key="张某与村委会（土地流转）租金纠纷，已上报镇司法所"@2026-11']);
    expect(r.otherUnits).toEqual([]);
  });

  it('a colon right after the label still starts the value', () => {
    const r = parseReply('问题：井盖松动', ctx(open(G.issue)));
    expect(summary(r.values)).toEqual(['mh_issue="井盖松动"@2026-11']);
  });
});
