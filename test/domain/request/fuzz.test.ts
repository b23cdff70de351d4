// Property: any text, from any sender, at any time, is either understood or null — never an exception or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_PATTERN } from '../../../src/domain/period.js';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { createRequestParser } from '../../../src/domain/request/parse.js';
import { fields, member, roster } from './helpers.js';

const parser = createRequestParser({ roster, fields, timezone: 'Asia/Shanghai', botName: '报数助手' });
const pieces = [
  '请', '各镇街', '于', '11月', '30日', '前', '报送', '本月', '低保户数', '、', '和', '及', '，', '。', '\n', '1.', '一、', '（', '）',
  '截至', '上周五', '下班', '中午12点', '12:00', '号', '周五', '月底', '3天内', '朱沱', '镇', '街道', '社区', '各村', '【区民政局】',
  '民政：', '转', '通知', '联系人：', '附件：', 'x.xlsx', '还没报', '抓紧', '？', '🙏', '2月30日', '第四季度', '全年', '人数', '金额',
];
const noisy = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 })
  .map((xs) => xs.join(''));

describe('request parser fuzz', () => {
  it('never throws and always returns a well-formed result or null', () => {
    const lead = member('lead_mz');
    fc.assert(
      fc.property(noisy, fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (text, ms) => {
        const r = parser.parse(text, lead, new Date(ms));
        if (r === null) return;
        expect(typeof r.department).toBe('string');
        expect(r.fields.length + r.newFields.length).toBeGreaterThan(0);
        expect([...r.title].length).toBeLessThanOrEqual(40);
        if (r.deadline) expect(Number.isNaN(r.deadline.getTime())).toBe(false);
        if (r.period) expect(r.period).toMatch(PERIOD_PATTERN);
        for (const t of r.targets) expect(roster.units.some((u) => u.id === t)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('edits never throw either', () => {
    const ctx = { roster, fields, at: new Date('2026-11-24T10:00:00+08:00'), timezone: 'Asia/Shanghai', botName: '报数助手' };
    fc.assert(fc.property(noisy, (text) => { parseRequestEdit(`截止改为${text}`, ctx); parseRequestEdit(text, ctx); }), { numRuns: 300 });
  });
});
