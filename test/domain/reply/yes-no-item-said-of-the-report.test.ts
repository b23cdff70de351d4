// Where the polarity reader finds a yes/no item's clause said of the report, not of the thing (台账没问题, 台账没报,
// 台账没统计: its object, then a negation of the report), that clause says neither yes nor no: the loose reader, which
// took any 没 in the clause for a no, does not read it. The question's own verb is no verb of reporting
// (没有发现隐患 for 是否发现取暖安全隐患 is a no).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const bool = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'boolean' });
const ledger = bool('ledger', '是否建立志愿服务台账', ['志愿服务台账', '台账']);
const talks = int('talks', '移风易俗宣讲次数', ['移风易俗宣讲', '宣讲'], '次');
const heating = bool('heating', '是否发现取暖安全隐患', ['取暖安全隐患', '有无取暖隐患', '取暖隐患']);
const quilts = int('quilts', '发放棉被床数', ['发放棉被数', '棉被'], '床');

describe('a yes/no item\'s clause said of the report', () => {
  it('台账没问题 is no answer', () => {
    expect(parseReply('台账没问题', ctx(open(ledger), open(talks))).values).toEqual([]);
  });

  it('nor after a figure (宣讲1次，台账没问题)', () => {
    expect(summary(parseReply('宣讲1次，台账没问题', ctx(open(ledger), open(talks))).values)).toEqual(['talks=1@2026-11']);
  });

  it('台账没报 / 台账没统计 say nothing of the ledger, 台账还没建 is a no', () => {
    expect(parseReply('台账没报', ctx(open(ledger), open(talks))).values).toEqual([]);
    expect(parseReply('台账还没统计', ctx(open(ledger), open(talks))).values).toEqual([]);
    // the thing itself negated is still a no (台账还没建; 没有发现隐患 for 是否发现取暖安全隐患)
    expect(summary(parseReply('台账还没建', ctx(open(ledger), open(talks))).values)).toEqual(['ledger=false@2026-11']);
    expect(summary(parseReply('棉被发了十五床，没有发现隐患', ctx(open(heating), open(quilts))).values))
      .toEqual(['heating=false@2026-11', 'quilts=15@2026-11']);
  });
});
