// MEASURE_OF_ANOTHER_THING: a figure whose measure word conflicts with the item's (一期 for 培训 in 人次), said right before
// a figure in the item's own measure (40人次), counts something else: 培训10月搞了一期 40人次 stored 1.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const train: FieldDef = { key: 'jy_train', label: '技能培训', aliases: ['培训', '培训人次'], type: 'integer', unit: '人次', min: 0 };

describe('a figure in another measure right before the item\'s own', () => {
  it('is no figure of the item', () => {
    const c = ctx(open(train, '2026-10'), open(train, '2026-11'));
    expect(summary(parseReply('培训10月搞了一期 40人次', c).values)).toEqual(['jy_train=40@2026-10']);
    expect(summary(parseReply('培训10月搞了两期65人次', c).values)).toEqual(['jy_train=65@2026-10']);
  });

  it('is read when nothing in the item\'s measure follows', () => {
    const c = ctx(open(train));
    expect(summary(parseReply('培训40人次', c).values)).toEqual(['jy_train=40@2026-11']);
  });
});

describe('a figure in another measure before the item\'s own, after a pause', () => {
  it('is no figure of the item when nothing else is named between', () => {
    const jobs: FieldDef = { key: 'jy_jobs', label: '推送岗位信息', aliases: ['岗位信息'], type: 'integer', unit: '条', min: 0 };
    // (参加的28人次 is not read yet: its verb names no item; the 1 of 一期 is no longer stored in its place)
    const read = summary(parseReply('培训人次：本月办了一期电工培训，参加的28人次；岗位信息推送了45条', ctx(open(train), open(jobs))).values);
    expect(read).toContain('jy_jobs=45@2026-11');
    expect(read).not.toContain('jy_train=1@2026-11');
  });
  it('is still asked about when another item is named before the figure after it', () => {
    const jobs: FieldDef = { key: 'jy_jobs', label: '推送岗位信息', aliases: ['岗位信息'], type: 'integer', unit: '条', min: 0 };
    expect(summary(parseReply('培训办了一期，岗位信息推送了45条', ctx(open(train), open(jobs))).values)).toContain('jy_jobs=45@2026-11');
  });
});
