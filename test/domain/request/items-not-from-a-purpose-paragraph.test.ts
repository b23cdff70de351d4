// 四、同步摸清农村留守妇女、留守老人的基本情况，为建立全县信息库做准备: a numbered paragraph of work with its purpose is a
// work requirement, not an entry of the item list.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const person = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '人' });
const fields: FieldDef[] = [person('children', '农村留守儿童'), person('women', '农村留守妇女'), person('elders', '农村留守老人')];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2032-03-25T09:30:00+08:00'), fields });

describe('items not from a paragraph of work with its purpose', () => {
  it('reads the ask, not the paragraph that says what comes next', () => {
    const r = parse([
      '关于开展农村留守儿童摸底排查工作的通知',
      '各镇街：',
      '一、请各镇街在7月31日前将农村留守儿童人数汇总报县民政局。',
      '二、同步摸清农村留守妇女、留守老人的基本情况，为建立全县信息库做准备。',
    ].join('\n'));
    expect(r?.fields).toEqual(['children']);
  });

  it('a short numbered entry is still an item', () => {
    const r = parse(['请各镇街在7月31日前报送：', '1. 农村留守儿童人数', '2. 农村留守妇女人数'].join('\n'));
    expect(r?.fields).toEqual(['children', 'women']);
  });
});
