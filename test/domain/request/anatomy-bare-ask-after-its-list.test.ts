// BARE_ASK: 各镇街：⏎1.低保户数⏎2.特困供养人数⏎请于下周三前报送。 — an ask that names nothing after a list of short lines points
// back at them as 以上 does; the notice was no request at all. So does 报送以上两项数据 (两 counting the items, as 二 did).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('a list, then an ask that names nothing', () => {
  it('asks for the list', () => {
    expect(read('各镇街：\n1.低保户数\n2.特困供养人数\n请于下周三前报送。')?.fields).toEqual(['dibao_households', 'tekun_persons']);
    expect(read('各镇街：\n低保户数、特困供养人数\n请于下周三前报送。')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('报送以上两项数据 points back too', () => {
    expect(read('各镇街：\n1.家庭医生签约人数\n2.65岁以上老年人体检人数\n请于下周三前报送以上两项数据。')?.fields).toEqual(['family_doctor_signed', 'elderly_checkup']);
  });

  it('an ask that names its own items does not take the lines above', () => {
    expect(read('各镇街：\n百岁老人慰问\n请于下周三前报送低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
