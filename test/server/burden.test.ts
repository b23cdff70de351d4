// The console's burden tab and batch settings, through the admin API of a real onetable.
import { describe, expect, it } from 'vitest';
import { adminHeaders, useOnetableWithRequest } from '../support/boot.js';

const app = useOnetableWithRequest();

const get = (path: string) => app().request(path, { headers: adminHeaders() });
const put = (path: string, body: unknown) => app().request(path, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify(body) });

describe('burden in the console', () => {
  it('lists asks sent per department and per member in roster order, with DMs per working day', async () => {
    const res = await get('/api/admin/burden');
    expect(res.status).toBe(200);
    const b = await res.json() as {
      window: string[]; departments: Array<{ id: string; sent: number }>; members: Array<{ id: string; sent: number; dmsPerDay: number[] }>;
      perPerson: { average: number; most: number };
    };
    expect(b.window).toHaveLength(5);
    const roster = app().onetable.store.roster.snapshot();
    expect(b.departments.map((d) => d.id)).toEqual(roster.departments.map((d) => d.id));
    expect(b.members.map((m) => m.id)).toEqual(roster.members.filter((m) => m.role === 'staff').map((m) => m.id));
    const asked = app().onetable.store.asks.all().length;
    expect(asked).toBeGreaterThan(0);
    expect(b.departments.find((d) => d.id === 'minzheng')!.sent).toBe(asked);
    expect(b.members.reduce((n, m) => n + m.sent, 0)).toBe(asked);
    expect(b.perPerson.most).toBe(1);
  });

  it('lets an admin set the batch times, the margin and the daily cap, and refuses a time that is not HH:MM', async () => {
    const bad = await put('/api/admin/settings', { askBatches: ['9点'] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'askBatches.0' });
    const zero = await put('/api/admin/settings', { dailyMessageCap: 0 });
    expect(zero.status).toBe(400);
    expect(await zero.json()).toMatchObject({ path: 'dailyMessageCap' });
    const ok = await put('/api/admin/settings', { askBatches: ['15:00', '08:45', '15:00'], askMarginHours: 3, dailyMessageCap: 3 });
    expect(ok.status).toBe(200);
    expect(app().onetable.settings()).toMatchObject({ askBatches: ['08:45', '15:00'], askMarginHours: 3, dailyMessageCap: 3 });
    expect(((await (await get('/api/admin/settings')).json()) as { settings: { askBatches: string[] } }).settings.askBatches).toEqual(['08:45', '15:00']);
  });
});
