// A progress option said with how much of the work is done: some done and some left is under way; 基本完成 says
// neither, and no option is stored (the reporter is asked).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string): string[] => summary(parseReply(text, ctx(open(F.rectify))).values);
const UNDER_WAY = ['fire_rectify_status="整改中"@2026-11'];

describe('progress partly done', () => {
  it('大部分完成 / 完成90% is under way, not finished', () => {
    expect(values('整改大部分完成了')).toEqual(UNDER_WAY);
    expect(values('整改完成90%')).toEqual(UNDER_WAY);
  });

  it('the rest still undone (还剩1处没整改) is under way, not unbegun', () => {
    expect(values('还剩1处没整改')).toEqual(UNDER_WAY);
    expect(values('整改已完成，还剩1处没改')).toEqual(UNDER_WAY);
  });

  it('a few still under way (个别还在整改) is under way, after 基本完成 too', () => {
    expect(values('个别还在整改')).toEqual(UNDER_WAY);
    expect(values('整改基本完成，个别还在整改')).toEqual(UNDER_WAY);
  });

  it('基本完成 stores no option', () => {
    expect(values('隐患整改基本完成')).toEqual([]);
    expect(values('整改基本完毕')).toEqual([]);
  });

  it('still reads finished and unbegun work', () => {
    expect(values('整改已完成')).toEqual(['fire_rectify_status="已完成"@2026-11']);
    expect(values('整改还没开始')).toEqual(['fire_rectify_status="未开始"@2026-11']);
  });
});
