// 将加盖单位公章的科普统计调查表报送…: what is said of the copy handed in (盖章的, 纸质的) stands before 的; the form the
// notice hands in is the name after it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'survey_form', label: '科普统计调查表', aliases: [], type: 'text' },
  { key: 'venue_form', label: '科普场馆登记表', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-03-02T09:00:00+08:00'), fields });

describe('a form handed in, named after what is said of the copy', () => {
  it('is the form after 的', () => {
    const r = parse(['关于开展科普统计调查工作的通知', '各镇街：', '请于3月20日前完成在线填报，并将加盖单位公章的科普统计调查表报送县科技局。'].join('\n'));
    expect(r?.fields).toEqual(['survey_form']);
  });
});
