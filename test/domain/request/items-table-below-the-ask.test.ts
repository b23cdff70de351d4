// TABLE_BELOW (text.ts, anatomy.ts, items.ts): 请各镇街填写下表，于12月10日前报送。⏎| 项目 | 数量 | 备注 |⏎| 养老院数量 | | | — an
// ask that names the table below opens it as its list, colon or not. The rows were read as background and the notice went to
// the lead as unread.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a table below an ask that names it', () => {
  it('Markdown rows, opened and closed by |', () => {
    const r = parse(['关于报送养老服务设施情况的通知', '各镇街：', '请各镇街填写下表，于12月10日前报送。',
      '| 项目 | 数量 | 备注 |', '| 百岁老人数 | | |', '| 低保户数 | | |'].join('\n'));
    expect(r?.fields).toEqual(['centenarians', 'dibao_households']);
    expect(r?.newFields).toEqual([]);
  });

  it('rows split by tabs', () => {
    const r = parse(['各镇街：', '请于12月10日前按下表报送。', '项目\t数量', '百岁老人数\t', '低保户数\t'].join('\n'));
    expect(r?.fields).toEqual(['centenarians', 'dibao_households']);
  });

  it('下表 with no table after it opens nothing', () => {
    expect(parse(['各镇街：', '请于12月10日前按下表报送低保户数。', '联系人：周志刚'].join('\n'))?.fields).toEqual(['dibao_households']);
  });
});
