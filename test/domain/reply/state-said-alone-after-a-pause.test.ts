// STATE_SAID_ALONE_AFTER_A_PAUSE (values.ts): 光明投资5.2万元 已完工 / 清淤800米 劳力投了三百个工 还在施工 (voice) — after the
// last figure and a typed pause, an open item's option said alone (已完工), or a state that names one (还在施工 → 施工中), answers
// that item as it does in a clause of its own. Before, only 投资5.2万元，已完工 (a comma) was read; with a space it was dropped.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const invest: FieldDef = { key: 'invest', label: '完成投资', aliases: ['投资'], type: 'number', unit: '万元', min: 0 };
const dredged: FieldDef = { key: 'dredged', label: '渠道清淤', aliases: ['清淤'], type: 'integer', unit: '米', min: 0 };
const labour: FieldDef = { key: 'labour', label: '投入劳力', aliases: ['投工', '投劳'], type: 'integer', unit: '工日', min: 0 };
const progress: FieldDef = { key: 'progress', label: '冬修进度', aliases: ['进度'], type: 'enum', options: ['未开工', '施工中', '已完工'] };
const other: FieldDef = { key: 'other', label: '山塘整治进度', aliases: [], type: 'enum', options: ['未开工', '施工中', '已完工'] };

describe('a state said alone after the last figure and a pause', () => {
  const c = ctx(open(invest), open(dredged), open(labour), open(progress));

  it('answers the item whose option it is', () => {
    expect(summary(parseReply('光明投资5.2万元 已完工', c).values)).toEqual(['invest=5.2@2026-11', 'progress="已完工"@2026-11']);
    expect(summary(parseReply('清淤800米 劳力投了三百个工 还在施工', c).values))
      .toEqual(['dredged=800@2026-11', 'labour=300@2026-11', 'progress="施工中"@2026-11']);
  });

  it('nor a state word that says no work goes on', () => {
    const gas: FieldDef = { key: 'gas', label: '燃气隐患整改进度', aliases: [], type: 'enum', options: ['已完成', '整改中', '未开始'] };
    const checked: FieldDef = { key: 'checked', label: '检查户数', aliases: [], type: 'integer', unit: '户', min: 0 };
    expect(summary(parseReply('检查户数七百零三户 没问题', ctx(open(checked), open(gas))).values)).toEqual(['checked=703@2026-11']);
  });

  it('not when another open item has the same option', () => {
    const two = ctx(open(invest), open(progress), open(other));
    expect(summary(parseReply('投资5.2万元 已完工', two).values)).toEqual(['invest=5.2@2026-11']);
  });
});
