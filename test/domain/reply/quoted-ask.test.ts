import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.tempAmount), open(F.rectify));
const values = (text: string): string[] => summary(parseReply(text, c).values);

describe("a chat app's quote of the bot's ask sent with the answer", () => {
  it('gives none of its list numbers or dates as figures', () => {
    expect(values('15860\n「报数助手：【报数】请报送以下 1 项数据：■ 民政办 2026年11月（请于12月4日前回复）：1. 临时救助金额（元）」'))
      .toEqual(['temp_aid_amount=15860@2026-11']);
    expect(values('「报数助手：请报送：1. 临时救助金额（元） 2. 消防隐患整改进度（未开始 / 整改中 / 已完成）」\n- - - - - - - - - - - - - - -\n整改中'))
      .toEqual(['fire_rectify_status="整改中"@2026-11']);
  });

  it("keeps a quotation that is the reporter's own words", () => {
    expect(values('临时救助金额「3200」元')).toEqual(['temp_aid_amount=3200@2026-11']);
  });
});
