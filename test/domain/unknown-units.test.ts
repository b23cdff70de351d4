import { describe, expect, it } from 'vitest';
import type { Roster } from '../../src/domain/types.js';
import { unitNamesIn, unknownUnitNames, unknownUnitsInNotice } from '../../src/domain/unknown-units.js';

const roster: Roster = {
  departments: [{ id: 'minzheng', name: '民政局', aliases: ['民政'] }],
  units: [
    { id: 'd', name: '青溪区', kind: 'district' },
    { id: 'shiqiao', name: '石桥镇', kind: 'town', parent: 'd' },
    { id: 'baisha', name: '白沙镇', kind: 'town', parent: 'd' },
    { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'd' },
    { id: 'qingshan', name: '青山村', kind: 'village', parent: 'shiqiao' },
    { id: 'wenchang', name: '文昌社区', kind: 'community', parent: 'chengnan' },
  ],
  members: [],
};

const unknown = (text: string): string[] => unknownUnitsInNotice(text, roster);

describe('unit names a notice uses that the roster lacks', () => {
  it('are found in a list beside a known unit, on either side', () => {
    expect(unknown('【区民政局】石桥镇、黄山镇：请于11月25日前报送本月低保户数。')).toEqual(['黄山镇']);
    expect(unknown('请黄山镇、石桥镇和松溉镇于本周五前报送低保户数')).toEqual(['松溉镇', '黄山镇']);
    expect(unknown('城南街道、中山路街道及文昌社区、鲤鱼池社区报送')).toEqual(['中山路街道', '鲤鱼池社区']);
  });

  it('are found in a one-name addressee line', () => {
    expect(unknown('黄山镇：\n请于11月25日前报送本月低保户数。')).toEqual(['黄山镇']);
  });

  it('leave alone group phrases, references and ordinary words with a unit suffix', () => {
    expect(unknown('各镇街：请推进乡村振兴，于11月25日前报送本月低保户数。')).toEqual([]);
    expect(unknown('石桥镇及所辖村、各社区：请报送低保户数')).toEqual([]);
    expect(unknown('石桥镇、白沙镇：请于11月25日前报送本月农村低保户数。')).toEqual([]);
    expect(unknown('石桥镇各村、城南街道各社区：请报送')).toEqual([]);
  });
});

describe('unit names in what an edit adds', () => {
  it('reads each name of the list, known or not', () => {
    expect(unitNamesIn('朱沱镇、松溉镇')).toEqual(['朱沱镇', '松溉镇']);
    expect(unknownUnitNames(unitNamesIn('石桥镇和朱沱镇'), roster)).toEqual(['朱沱镇']);
    expect(unitNamesIn('低保人数')).toEqual([]);
  });
});
