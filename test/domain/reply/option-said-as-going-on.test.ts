import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

// GOING_ON_SAID_OF_THE_STATE (values.ts): a part of an option with a verb of running and 着 after it (正常开着的) is that option;
// the state goes on. 开着的 alone names no option.
const station: FieldDef = { key: 'jy_station', label: '村就业服务站运行情况', aliases: ['就业服务站', '服务站'], type: 'enum', options: ['正常运行', '暂停服务', '未设立'] };

describe('an option said with its state going on', () => {
  it('is the option its part names', () => {
    expect(summary(parseReply('服务站正常开着的', ctx(open(station))).values)).toEqual(['jy_station="正常运行"@2026-11']);
    expect(summary(parseReply('服务站：正常运转着', ctx(open(station))).values)).toEqual(['jy_station="正常运行"@2026-11']);
  });
  it('names no option without a part of one', () => {
    expect(summary(parseReply('服务站开着的', ctx(open(station))).values)).toEqual([]);
  });
});
