// 一、参加范围：…确定参加本次调查的有A镇、B镇和C街道: a scope section that names units of the roster says who reports; the
// addressee line's group (各乡镇人民政府、街道办事处) greets every unit, but the units the scope names are the targets.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member, roster } from './helpers.js';

const targets = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2042-01-20T09:00:00+08:00'))?.targets;

describe('units named in the scope section', () => {
  it('are the targets, not every unit the addressee line greets', () => {
    const units = roster.units.filter((u) => u.kind === 'town' || u.kind === 'street');
    const [a, b] = units;
    const got = targets(`关于开展低保户数专项调查的通知\n各镇人民政府、各街道办事处：\n一、调查范围\n根据前期各镇（街道）反馈的情况，确定参加本次调查的有${a!.name}和${b!.name}。\n二、调查内容：低保户数。\n三、请于2月10日前报送。`);
    expect(got).toEqual([a!.id, b!.id]);
  });
});
