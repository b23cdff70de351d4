// HANDS_IN_WITH_CONTACT: 请各乡镇于4月21日前将文字资料和图片资料报送县地方志办公室，并注明编写负责人的姓名、职务和联系方式 — a sentence that
// hands materials in by a due day and also asks who wrote them is the ask, not a contact line: its day is the units' due day
// (read as a contact, the yearbook call of notices/fresh-when29 had no due day and the lead was not asked).
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findUnitsDeadline } from '../../../src/domain/request/units-deadline.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a hand-in that also asks for its writer\'s contact', () => {
  it('keeps the hand-in\'s due day', () => {
    const text = '关于做好年鉴编纂工作的通知\n各镇人民政府、街道办事处：\n一、文字资料。各镇撰写的年鉴材料经主管领导审定后报区地方志办公室。\n二、报送要求。请各镇（街道）于12月10日前将文字资料和图片资料报送区地方志办公室，并注明编写负责人的姓名、职务和联系方式。';
    const found = findUnitsDeadline(readAnatomy(text), new Date(AT), 'Asia/Shanghai');
    expect(found).not.toBeNull();
    expect(formatZoned(found!.deadline, 'Asia/Shanghai').slice(0, 10)).toBe('2026-12-10');
  });

  it('a sentence asking only for names and phones stays a contact ask', () => {
    expect(parse('请各镇街确定1名联络员，将姓名、职务、手机号码于11月25日前报区民政局。')).toBeNull();
  });
});
