// 各街道办事处、镇（乡）人民政府: 各 reaches over every kind the addressee line lists.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member, roster } from './helpers.js';

const targets = (text: string): string[] | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'))?.targets;
const ofKinds = (...kinds: string[]): string[] => roster.units.filter((u) => kinds.includes(u.kind)).map((u) => u.id);

describe('an addressee list under one 各', () => {
  it('各街道办事处、镇（乡）人民政府 addresses the streets and the towns', () => {
    expect(targets('各街道办事处、镇（乡）人民政府：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
  });

  it('各镇人民政府、街道办事处 too', () => {
    expect(targets('各镇人民政府、街道办事处：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
  });

  it('各乡镇人民政府、街道办事处 too, though 人民政府 holds a department\'s short name (民政)', () => {
    expect(targets('各乡镇人民政府、街道办事处：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
  });

  it('whatever body of each kind is addressed: 各乡镇党委、街道党工委 / 各乡镇卫生院、街道社区卫生服务中心', () => {
    expect(targets('各乡镇党委、街道党工委：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
    expect(targets('各乡镇卫生院、街道社区卫生服务中心：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
    expect(targets('各街道党工委、镇党委：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('town', 'street').sort());
  });

  it('各街道办事处 alone addresses the streets only', () => {
    expect(targets('各街道办事处：\n请于11月30日前报送低保户数。')?.sort()).toEqual(ofKinds('street').sort());
  });
});
