// 附件：…调查表（镇级垃圾转运站（个）；镇村之间小型运输车辆（辆）…）: a form column given with its unit is an item of the
// form even when it is worded unlike the dictionary's name, provided one field is clearly closest.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'big_trucks', label: '镇县间大型垃圾运输车辆', aliases: [], type: 'integer', unit: '辆', min: 0 },
  { key: 'small_trucks', label: '镇村间小型垃圾运输车辆', aliases: [], type: 'integer', unit: '辆', min: 0 },
  { key: 'lectures', label: '科普报告会场次', aliases: [], type: 'integer', unit: '场', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('form columns with their units', () => {
  it('the columns of the attached form are the items', () => {
    const r = parse([
      '各镇：请于11月20日前填报附件。',
      '附件：垃圾收运情况调查表（栏目：镇名；镇县之间大型运输车辆（辆）；镇村之间小型运输车辆（辆）；运输方式）',
    ].join('\n'));
    expect(r?.fields).toEqual(['big_trucks', 'small_trucks']);
  });

  it('a column list inside one entry, split by 、, is read too', () => {
    const r = parse([
      '各镇街：请填写活动情况调查表（见附件），于11月20日前报送。',
      '附件：活动情况调查表（填报单位、联系人；活动：科普报告会（场）、其他（项））',
    ].join('\n'));
    expect(r?.fields).toEqual(['lectures']);
  });
});
