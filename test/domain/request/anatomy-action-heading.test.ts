// 一、抓紧组织调查摸底：… — a heading that urges an action (抓紧, 切实, 认真…) names a task, not a kind of section: 组织 in it
// is a verb, and the section is read like the ask it is, not as rules.
import { describe, expect, it } from 'vitest';
import { readAnatomy, partTexts } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const TEXT = '【区民政局】关于切实做好冬春救助工作的通知\n各镇街：\n今年以来我区发生多次自然灾害。根据省厅通知要求，现就有关事项通知如下：\n一、抓紧组织调查摸底：深入村组入户开展摸底排查，全面掌握低保户数、临时救助人次等基本情况。\n二、研究制定救助方案：明确救助范围、对象和标准。';

describe('an action heading', () => {
  it('is not a rules section', () => {
    expect(partTexts(readAnatomy(TEXT), 'rules').join('')).not.toContain('摸底排查');
  });

  it('its ask is read', () => {
    expect(parseRequest(TEXT, member('lead_mz'), ctxAt('2031-09-24T10:00:00+08:00'))?.fields).toEqual(expect.arrayContaining(['dibao_households', 'temp_aid_times']));
  });

  it('二、组织实施： is still a rules heading', () => {
    expect(partTexts(readAnatomy('关于报送低保数据的通知\n各镇街：\n一、请报送低保户数。\n二、组织实施：各镇街要明确专人负责。'), 'rules').join('')).toContain('明确专人负责');
  });
});
