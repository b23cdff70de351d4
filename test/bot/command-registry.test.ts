// Chat commands: matched in order, broad phrasings last, each open only to the roles it names.
import { describe, expect, it } from 'vitest';
import { CommandRegistry, type ChatCommand, type CommandCall } from '../../src/bot/command-registry.js';
import type { Member } from '../../src/domain/types.js';

const staff: Member = { id: 's1', name: '何丽', role: 'staff', unit: 'u1' };
const lead: Member = { id: 'l1', name: '周志刚', role: 'lead', department: 'd1' };

function call(member: Member, text: string, replies: string[]): Omit<CommandCall, 'match'> {
  const now = new Date('2026-11-23T02:00:00Z');
  return { member, text, at: now, now, reply: (m) => void replies.push(typeof m === 'string' ? m : m.text) };
}

const command = (name: string, pattern: RegExp, extra: Partial<ChatCommand> = {}): ChatCommand => ({
  name, pattern, run: (c) => c.reply(`${name}:${c.match[1] ?? ''}`), ...extra,
});

describe('CommandRegistry', () => {
  it('runs the first matching command with its match', () => {
    const registry = new CommandRegistry();
    registry.register(command('export', /^导出\s*c(\d+)$/));
    const replies: string[] = [];
    expect(registry.run(call(lead, '导出 c12', replies))).toBe(true);
    expect(replies).toEqual(['export:12']);
  });

  it('tries a broad command only after every other one, whatever the order they were added in', () => {
    const registry = new CommandRegistry();
    registry.register(command('how-many', /^(.+?)多少$/, { broad: true }));
    registry.register(command('ledger', /^(台账)多少$/));
    const replies: string[] = [];
    registry.run(call(lead, '台账多少', replies));
    expect(replies).toEqual(['ledger:台账']);
  });

  it('passes a command by for a role it is not open to, so the message can still be read as a reply', () => {
    const registry = new CommandRegistry();
    registry.register(command('how-many', /^(.+?)多少$/, { roles: ['lead', 'admin'] }));
    const replies: string[] = [];
    expect(registry.run(call(staff, '低保户数多少', replies))).toBe(false);
    expect(replies).toEqual([]);
    expect(registry.run(call(lead, '低保户数多少', replies))).toBe(true);
  });

  it('answers its refusal to a role it is not open to when it has one', () => {
    const registry = new CommandRegistry();
    registry.register(command('confirm', /^确认绑定\s*(\S+)$/, { roles: ['admin'], refusal: '只有管理员可以确认绑定。' }));
    const replies: string[] = [];
    expect(registry.run(call(staff, '确认绑定 AB12', replies))).toBe(true);
    expect(replies).toEqual(['只有管理员可以确认绑定。']);
  });

  it('refuses a second command of the same name, and forgets one unregistered', () => {
    const registry = new CommandRegistry();
    registry.register(command('stats', /^统计$/));
    expect(() => registry.register(command('stats', /^统计$/))).toThrow(/already registered/);
    registry.unregister('stats');
    expect(registry.run(call(lead, '统计', []))).toBe(false);
  });

  it('not addressed, tries only the commands marked unaddressed, and never answers a refusal', () => {
    const registry = new CommandRegistry();
    registry.register(command('stats', /^统计$/));
    registry.register(command('confirm', /^确认绑定\s*(\S+)$/, { roles: ['admin'], refusal: '只有管理员可以确认绑定。', unaddressed: true }));
    registry.register(command('export', /^导出$/, { unaddressed: true }));
    const replies: string[] = [];
    expect(registry.run(call(lead, '统计', replies), { unaddressed: true })).toBe(false);
    expect(registry.run(call(staff, '确认绑定 AB12', replies), { unaddressed: true })).toBe(false);
    expect(registry.run(call(lead, '导出', replies), { unaddressed: true })).toBe(true);
    expect(replies).toEqual(['export:']);
  });
});
