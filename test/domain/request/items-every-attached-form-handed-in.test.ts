// 推荐材料请于10月31日前报送 … 附件：1.…推荐表 2.…推荐名单: when the ask names only 材料, every form and list the attachment list
// names is handed in, not only the first entry, and a list (名单, 清单) as well as a form (表).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'mentor_form', label: '乡村工匠推荐表', aliases: [], type: 'text' },
  { key: 'mentor_list', label: '乡村工匠推荐名单', aliases: [], type: 'text' },
  { key: 'mentor_count', label: '乡村工匠人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-07-13T09:00:00+08:00'), fields });

describe('the forms an attachment list names', () => {
  it('reads the second entry, a list, as well as the first, a form', () => {
    const r = parse([
      '关于推荐第二批区级乡村工匠的通知',
      '各镇街：',
      '为加强乡村人才队伍建设，区农业农村局近期开展第二批区级乡村工匠推荐工作。',
      '各镇街的推荐材料请于10月31日前报送区农业农村局，逾期不予受理。',
      '附件：1.第二批区级乡村工匠推荐表',
      '2.第二批区级乡村工匠推荐名单',
    ].join('\n'));
    expect(r?.fields).toEqual(['mentor_form', 'mentor_list']);
  });
});
