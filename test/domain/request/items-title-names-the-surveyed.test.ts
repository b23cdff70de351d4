// 关于开展困难家庭基本情况调查的通知 … 调查内容见附件: when the body names no item, the survey the title names is a survey
// of its object (困难家庭), and the words of the requirements (发放文件) are no item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [{ key: 'hardship', label: '困难家庭', aliases: [], type: 'integer', unit: '户', min: 0 }];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('the title names what is surveyed', () => {
  it('a survey of an object asks for the object', () => {
    const r = parse('【区民政局】关于开展困难家庭基本情况调查的通知\n各镇街：\n一、调查内容：见附件。\n二、召开会议，发放文件。\n三、请于11月30日前上报区民政局。');
    expect(r?.fields).toEqual(['hardship']);
    expect(r?.newFields).toEqual([]);
  });
});
