// 没 / 未 before the verb that ends an item's clause, or before the item's own name, says none of it was done or
// happened: 招聘会没搞, 制止焚烧行为：未发生, 汛后未新增隐患点, 违建没有拆 (after figures in a voice run) are zeros.
// Not a result not reached (没走完), nor a verb of reporting (还没报), nor a verb said of a yes/no item's object
// (临时接种点没设 answers 是否设立临时接种点, never a count's zero).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { D, J } from './fields-fresh13.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const fairs = int('lab_fairs', '举办招聘会场次', ['招聘会场次', '招聘会'], '场');
const jobs = int('lab_public', '公益性岗位安置人数', ['公益岗安置', '公益岗'], '人');
const stalls = int('street_vending', '占道经营处数', ['占道经营'], '处');
const demolished = int('illegal_demolished', '拆除违建处数', ['违建拆除', '违建'], '处');
const rate = { key: 'flu_rate', label: '流感疫苗接种率', aliases: ['接种率'], type: 'number', unit: '%', min: 0, max: 100 } as FieldDef;
const site = { key: 'temp_site', label: '是否设立临时接种点', aliases: ['临时接种点'], type: 'boolean' } as FieldDef;

describe('a negated verb is none', () => {
  it('after the item, at the end of its clause or its voice run', () => {
    expect(summary(parseReply('公益岗三十二招聘会没搞', ctx(open(jobs), open(fairs))).values)).toContain('lab_fairs=0@2026-11');
    expect(summary(parseReply('制止焚烧行为：未发生', ctx(open(J.patrol), open(J.stopped))).values)).toEqual(['js_stopped=0@2026-11']);
    expect(summary(parseReply('占道经营十一处违建没有拆', ctx(open(stalls), open(demolished))).values)).toEqual(['illegal_demolished=0@2026-11', 'street_vending=11@2026-11']);
  });

  it('before the item\'s own name; but not a result not reached, a report not made, or a yes/no item\'s object', () => {
    const r = parseReply('受威胁人口305人，汛后未新增隐患点', ctx(open(D.people), open(D.added), open(D.points)));
    expect(summary(r.values)).toEqual(['dz_new=0@2026-11', 'dz_people=305@2026-11']);
    expect(summary(parseReply('招聘会还没报，公益岗没走完', ctx(open(jobs), open(fairs))).values)).toEqual([]);
    expect(summary(parseReply('临时接种点确实没设，老人都到卫生院打的', ctx(open(rate), open(site))).values)).toEqual(['temp_site=false@2026-11']);
  });
});
