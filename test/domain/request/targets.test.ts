import { describe, expect, it } from 'vitest';
import { buildDepartmentIndex, findHeaderDepartment, shortForms } from '../../../src/domain/request/department.js';
import { buildUnitIndex, findTargets, unitShortName } from '../../../src/domain/request/targets.js';
import type { Roster } from '../../../src/domain/types.js';

const roster: Roster = {
  departments: [
    { id: 'xiaofang', name: '消防救援站', aliases: ['观音桥消防救援站'] },
    { id: 'shijian', name: '市场监管所', aliases: [] },
    { id: 'zhujian', name: '区住房和城乡建设委员会', aliases: ['住建委'] },
  ],
  units: [
    { id: 'jb', name: '江北区', kind: 'district' },
    { id: 'gyq', name: '观音桥街道', kind: 'street', parent: 'jb' },
    { id: 'jianbei', name: '建北社区', kind: 'community', parent: 'gyq' },
    { id: 'huaxin', name: '华新社区', kind: 'community', parent: 'gyq' },
    { id: 'yanghe', name: '洋河社区', kind: 'community', parent: 'gyq' },
    { id: 'wulidian', name: '五里店街道', kind: 'street', parent: 'jb' },
  ],
  members: [
    { id: 'a', name: 'A', role: 'staff', unit: 'jianbei' },
    { id: 'b', name: 'B', role: 'staff', unit: 'huaxin' },
    { id: 'c', name: 'C', role: 'staff', unit: 'yanghe' },
    { id: 'd', name: 'D', role: 'staff', unit: 'gyq' },
    { id: 'e', name: 'E', role: 'staff', unit: 'wulidian' },
  ],
};
const units = buildUnitIndex(roster);
const t = (text: string) => findTargets(text, units);

describe('targets', () => {
  it('short names strip the kind', () => {
    expect(unitShortName('鲤鱼池社区')).toBe('鲤鱼池');
    expect(unitShortName('中山路街道')).toBe('中山路');
    expect(unitShortName('新村')).toBeNull(); // one character left is no name
  });

  it('reads group phrases, scoped groups and named units', () => {
    expect(t('各社区').targets).toEqual(['jianbei', 'huaxin', 'yanghe']);
    expect(t('观音桥街道各社区').targets).toEqual(['jianbei', 'huaxin', 'yanghe']);
    expect(t('各街道').targets).toEqual(['gyq', 'wulidian']);
    expect(t('建北、华新社区').targets).toEqual(['jianbei', 'huaxin']);
    expect(t('建北社区和五里店').targets).toEqual(['jianbei', 'wulidian']);
  });

  it('falls back to the staffed units that have no staffed sub-units', () => {
    const r = t('请于周五前报送');
    expect(r.explicit).toBe(false);
    expect(r.targets).toEqual(['jianbei', 'huaxin', 'yanghe', 'wulidian']);
  });
});

describe('departments', () => {
  const index = buildDepartmentIndex(roster.departments);
  it('derives short forms', () => {
    expect(shortForms('区民政局')).toEqual(expect.arrayContaining(['区民政局', '民政局', '民政']));
    expect(shortForms('市场监管所')).toEqual(expect.arrayContaining(['市场监管', '市监']));
    expect(shortForms('城市管理局')).toContain('城管');
    expect(shortForms('消防救援站')).toContain('消防');
    expect(shortForms('住建委')).toContain('住建');
  });
  it('finds the department in a header', () => {
    expect(findHeaderDepartment('【观音桥消防救援站】关于…', index)?.id).toBe('xiaofang');
    expect(findHeaderDepartment('消防：各社区…', index)?.id).toBe('xiaofang');
    expect(findHeaderDepartment('市场监管：各社区…', index)?.id).toBe('shijian');
    expect(findHeaderDepartment('住建：各街道…', index)?.id).toBe('zhujian');
    expect(findHeaderDepartment('转区住房和城乡建设委员会通知：请…', index)?.id).toBe('zhujian');
    expect(findHeaderDepartment('各社区：请…', index)).toBeNull();
  });
});

describe('findTargets: a list of units scoping a group phrase', () => {
  const r: Roster = {
    departments: [],
    units: [
      { id: 'x', name: '凤冈县', kind: 'district' },
      { id: 'yh', name: '永和镇', kind: 'town', parent: 'x' },
      { id: 'sj', name: '石径乡', kind: 'town', parent: 'x' },
      { id: 'hp', name: '花坪镇', kind: 'town', parent: 'x' },
      { id: 'gyg', name: '观音阁村', kind: 'village', parent: 'yh' },
      { id: 'qx', name: '清溪村', kind: 'village', parent: 'sj' },
      { id: 'hpc', name: '花坪村', kind: 'village', parent: 'hp' },
    ],
    members: [],
  };
  const idx = buildUnitIndex(r);
  it('reads 永和镇、石径乡各村 as the villages of both', () => {
    expect(findTargets('请永和镇、石径乡各村报送', idx).targets).toEqual(['gyg', 'qx']);
  });
  it('keeps a unit named apart from the list as itself', () => {
    expect(findTargets('花坪镇，以及石径乡各村报送', idx).targets).toEqual(['hp', 'qx']);
  });
});
