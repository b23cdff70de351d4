import { describe, expect, it } from 'vitest';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-24T10:00:00+08:00'); // a Tuesday

describe('parseRequestEdit', () => {
  it('reads a new deadline', () => {
    const e = parseRequestEdit('截止改为12月2日', ctx);
    expect(e?.kind).toBe('deadline');
    if (e?.kind !== 'deadline') return;
    expect(formatZoned(e.deadline, 'Asia/Shanghai')).toBe('2026-12-02T23:59:59+08:00');
    expect(e.hasTime).toBe(false);
  });

  it('reads a weekday and a clock time', () => {
    const fri = parseRequestEdit('截止时间改到周五', ctx);
    expect(fri?.kind === 'deadline' && formatZoned(fri.deadline, 'Asia/Shanghai')).toBe('2026-11-27T23:59:59+08:00');
    const noon = parseRequestEdit('截止时间调整为明天中午12点', ctx);
    expect(noon?.kind === 'deadline' && formatZoned(noon.deadline, 'Asia/Shanghai')).toBe('2026-11-25T12:00:00+08:00');
    expect(noon?.kind === 'deadline' && noon.hasTime).toBe(true);
    const later = parseRequestEdit('延期到下周一', ctx);
    expect(later?.kind === 'deadline' && formatZoned(later.deadline, 'Asia/Shanghai')).toBe('2026-11-30T23:59:59+08:00');
  });

  it('removes and adds fields', () => {
    expect(parseRequestEdit('去掉百岁老人', ctx)).toEqual({ kind: 'removeFields', fields: ['centenarians'] });
    expect(parseRequestEdit('百岁老人不用报了', ctx)).toEqual({ kind: 'removeFields', fields: ['centenarians'] });
    expect(parseRequestEdit('加上低保人数', ctx)).toEqual({ kind: 'addFields', fields: ['dibao_persons'], newFields: [] });
    const withNew = parseRequestEdit('增加低保边缘户数', ctx);
    expect(withNew?.kind).toBe('addFields');
  });

  it('adds and removes targets', () => {
    expect(parseRequestEdit('加上朱沱镇', ctx)).toEqual({ kind: 'addTargets', targets: ['zhutuo'] });
    expect(parseRequestEdit('增加朱沱镇', ctx)).toEqual({ kind: 'addTargets', targets: ['zhutuo'] });
    expect(parseRequestEdit('增加朱沱、松溉两个镇', ctx)).toEqual({ kind: 'addTargets', targets: ['zhutuo', 'songji'] });
    expect(parseRequestEdit('去掉来苏镇', ctx)).toEqual({ kind: 'removeTargets', targets: ['laisu'] });
  });

  it('withdraws', () => {
    for (const t of ['撤回', '撤销这个通知', '这个通知撤回', '刚才的通知作废', '撤回。']) {
      expect(parseRequestEdit(t, ctx), t).toEqual({ kind: 'withdraw' });
    }
  });

  it('changes the period', () => {
    expect(parseRequestEdit('统计期改为10月', ctx)).toEqual({ kind: 'period', period: '2026-10' });
  });

  it('returns null for anything else', () => {
    for (const t of ['', '收到', '好的，谢谢', '请各镇街于11月30日前报送本月低保户数', '加油💪', 'x'.repeat(500)]) {
      expect(parseRequestEdit(t, ctx), t).toBeNull();
    }
  });
});

describe('parseRequestEdit: withdrawal among other words', () => {
  it('reads 上一条撤回 inside an apology', () => {
    expect(parseRequestEdit('不好意思发重复了，上一条撤回，按区民政局的通知报就行', ctx)).toEqual({ kind: 'withdraw' });
  });
  it('does not read a lone 不用报了 clause as withdrawing the whole request', () => {
    expect(parseRequestEdit('朱沱镇已经报过了，不用报了', ctx)?.kind).not.toBe('withdraw');
  });
});
