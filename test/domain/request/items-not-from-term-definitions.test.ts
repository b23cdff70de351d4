// DEFINITIONS_SECTION (items.ts): 3.指标解释：⏎①农村留守儿童：父母双方外出务工…的未成年人 — an entry under a definitions heading
// (on its line or the lines under it) says what its term means; the words of the meaning named items (外出务工人数, 未成年人数)
// that the notice never asked for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const F = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'integer', unit: '人', min: 0 });
const fields: FieldDef[] = [
  F('left_behind', '农村留守儿童人数', ['留守儿童人数', '农村留守儿童']), F('cared_well', '监护情况较好的留守儿童人数', ['监护情况较好']),
  F('cared_fair', '监护情况一般的留守儿童人数', ['监护情况一般']), F('cared_poor', '监护情况差的留守儿童人数', ['监护情况差']),
  F('migrants', '外出务工人数', ['外出务工']), F('minors', '低保对象中未成年人数', ['未成年人']),
];
const ctx = ctxAt('2026-08-25T09:00:00+08:00');
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctx, fields });

describe('entries under a definitions heading', () => {
  it('name no item with the words of their meaning', () => {
    const r = parse(['各镇街：', '请按附件3《留守儿童排查汇总表》的格式汇总本辖区排查结果，于9月20日前报区民政局。', '附件3注：',
      '1.本表填报的都是农村留守儿童的人数，按排查时的实际年龄填报。', '2.表内关系：', '农村留守儿童人数＝监护情况较好的人数＋监护情况一般的人数＋监护情况差的人数。',
      '3.指标解释：①农村留守儿童：父母双方外出务工或一方外出务工另一方无监护能力、不满十六周岁的农村户籍未成年人；②无监护能力：留守在家的父亲或母亲因重病、重残等原因丧失监护能力。', '4.监护情况评估：', '较好，指委托监护人较好履行监护职责。'].join('\n'));
    expect(r?.fields).not.toContain('migrants');
    expect(r?.fields).not.toContain('minors');
    expect(r?.fields).toContain('left_behind');
  });

  it('so do entries on the lines under the heading, up to the next numbered entry', () => {
    const r = parse(['各镇街：', '请于9月20日前报送以下数据：', '1.指标解释：', '①农村留守儿童：父母双方外出务工、不满十六周岁的农村户籍未成年人；',
      '2.农村留守儿童人数', '3.外出务工人数'].join('\n'));
    expect(r?.fields).toEqual(['left_behind', 'migrants']);
  });
});
