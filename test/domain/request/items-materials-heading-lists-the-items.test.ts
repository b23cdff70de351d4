// 一、报送材料。2026年度…工作总结，2027年度…工作思路。: a section heading naming the materials handed in opens their list, as
// 一、报送内容 does; the entries after it are the items even with no ask verb of their own.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'safety_summary', label: '安全生产工作总结', aliases: [], type: 'text' },
  { key: 'safety_plan', label: '安全生产工作思路', aliases: [], type: 'text' },
  { key: 'safety_survey', label: '安全生产工作情况调查表', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a heading of the materials handed in', () => {
  it('reads the materials listed after it', () => {
    const r = parse([
      '关于做好2026年度安全生产工作总结的通知',
      '各镇街：',
      '为总结一年来的工作，现将有关事项通知如下：',
      '一、报送材料。2026年度安全生产工作总结，2027年度安全生产工作思路。各镇街另须填报《2026年安全生产工作情况调查表》（见附件）。',
      '二、报送方式及时间。材料报纸质文件、电子文档各一份，于11月24日前报区应急局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['safety_summary', 'safety_plan', 'safety_survey']);
  });
});
