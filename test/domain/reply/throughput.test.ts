// Throughput: the bot parses every DM, so the parser must stay well above 5,000 replies a second on one core.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const replies = [
  '朱沱镇本月低保一百二十六户、二百零八人，特困供养十四人；10月临时救助核完了，31人次',
  '茶山竹海街道11月数据：低保户数97，低保人数152，特困供养6人（含分散供养），临时救助8人次，救助金额1.28万元',
  '10月临时救助14人次，金额2.1万元；本月临时救助9人次，1.5万元',
  '前天在群里报的低保户数有误，应为158户。另外10月临时救助金额是52000元',
  '华新社区截至25日：九小场所56家，已检查48家，消防通道堵塞2处，过期灭火器6具',
  '燃气隐患1处，电路隐患2处，已完成自查。整改进度：整改中',
  '特困人数是只报集中供养的，还是分散供养的也算？',
  '好的，明天报',
  '建北社区本月井盖破损1个，占道经营5处，化粪池没发现隐患，填0',
  '本月临时救助人次很多，还在统计',
];
const context = ctx(
  ...Object.values(F).flatMap((field) => [open(field), open(field, '2026-10', true), open(field, '2026-11-25')]),
);

describe('parseReply throughput', () => {
  it('parses thousands of replies a second', () => {
    for (let i = 0; i < 200; i++) parseReply(replies[i % replies.length]!, context);
    const n = 5000;
    const started = performance.now();
    for (let i = 0; i < n; i++) parseReply(replies[i % replies.length]!, context);
    const perSecond = n / ((performance.now() - started) / 1000);
    console.log(`reply parser: ${Math.round(perSecond)} replies/s`);
    // The target is 5,000/s; the assertion leaves room for slow shared CI machines.
    expect(perSecond).toBeGreaterThan(1000);
  });
});
