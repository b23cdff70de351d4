// 有档案 / 方案有的 for 是否建立关爱档案 / 是否制定禁烧方案: the question's object (a name of the item, or the last two
// characters of what 是否 asks about) said to be there answers yes — 有 right before it where the speech pauses or ends,
// or 有的 / 有了 right after it, even in a voice run. 有的村… ("some") says nothing.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { J } from './fields-fresh13.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const visits = int('child_visits', '走访留守儿童次数', ['走访次数', '走访'], '次');
const paired = int('paired', '结对帮扶人数', ['结对帮扶', '结对'], '人');
const archive = { key: 'care_archive', label: '是否建立关爱档案', aliases: ['关爱档案', '档案'], type: 'boolean' } as FieldDef;

describe('yes by the object said to be there', () => {
  it('有 before the object at the end of a voice run', () => {
    const r = parseReply('团结走访九十五次 结对四十人 有档案', ctx(open(visits), open(paired), open(archive)));
    expect(summary(r.values)).toEqual(['care_archive=true@2026-11', 'child_visits=95@2026-11', 'paired=40@2026-11']);
  });

  it('有的 after the object\'s head in a run without pauses, but not 有的 meaning "some"', () => {
    const c = ctx(...Object.values(J).map((f) => open(f)));
    expect(summary(parseReply('宣风镇方案有的台账也建了巡查280人次', c).values)).toEqual(['js_ledger=true@2026-11', 'js_patrol=280@2026-11', 'js_plan=true@2026-11']);
    expect(summary(parseReply('方案有的村还没报上来', c).values)).toEqual([]);
  });
});
