// The admin keeps data-quality rules and each field's plausible maximum and tolerance; the bot applies them to the
// next reply at once.
import { describe, expect, it } from 'vitest';
import { adminHeaders, say, useOnetableWithRequest } from '../support/boot.js';

const app = useOnetableWithRequest();

const send = (method: string, path: string, body?: unknown) =>
  fetch(`${app().url}${path}`, { method, headers: adminHeaders(), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('data-quality rules in the console', () => {
  it('lists the shipped rules, adds one, refuses bad ones by path, and removes one', async () => {
    const listed = await (await send('GET', '/api/admin/field-rules')).json() as { rules: Array<{ id: number; left: string; right: string }> };
    expect(listed.rules).toContainEqual(expect.objectContaining({ left: 'dibao_persons', op: '>=', right: 'dibao_households' }));

    expect(await (await send('POST', '/api/admin/field-rules', { left: 'nope', op: '>=', right: 'dibao_households' })).json()).toMatchObject({ path: 'left' });
    expect(await (await send('POST', '/api/admin/field-rules', { left: 'tekun_persons', op: '=>', right: 'dibao_households' })).json()).toMatchObject({ path: 'op' });
    expect(await (await send('POST', '/api/admin/field-rules', { left: 'tekun_persons', op: '>=', right: 'tekun_persons' })).json()).toMatchObject({ path: 'right' });

    const added = await send('POST', '/api/admin/field-rules', { left: 'dibao_households', op: '>=', right: 'tekun_persons' });
    expect(added.status).toBe(200);
    const { rule } = await added.json() as { rule: { id: number } };
    expect(app().onetable.store.audit.list({ action: 'rule.add' })[0]?.subject).toBe(String(rule.id));
    // the bot applies it to the next reply
    await say(app(), 'sq_shebao', 'dm', '低保户数3户，特困供养人数8人');
    expect(app().onetable.store.pool.get('shiqiao', 'dibao_households', '2026-11')).toBeUndefined();
    expect(app().onetable.store.held.openOf('sq_shebao').map((h) => h.field).sort()).toEqual(['dibao_households', 'tekun_persons']);

    expect((await send('DELETE', `/api/admin/field-rules/${rule.id}`)).status).toBe(200);
    expect((await send('DELETE', `/api/admin/field-rules/${rule.id}`)).status).toBe(404);
    expect(app().onetable.store.fields.rules().some((r) => r.id === rule.id)).toBe(false);
  });

  it('edits a field\'s plausible maximum and tolerance with the field', async () => {
    const field = app().onetable.store.fields.get('tekun_persons')!;
    const ok = await send('PUT', '/api/admin/fields/tekun_persons', { ...field, plausibleMax: 50, tolerance: 2 });
    expect(ok.status).toBe(200);
    expect(app().onetable.store.fields.get('tekun_persons')).toMatchObject({ plausibleMax: 50, tolerance: 2 });
    const bad = await send('PUT', '/api/admin/fields/tekun_persons', { ...field, tolerance: 0.5 });
    expect(await bad.json()).toMatchObject({ path: 'tolerance' });
    await say(app(), 'bs_shebao', 'dm', '特困供养人数60人');
    expect(app().onetable.store.held.openOf('bs_shebao')[0]?.reason).toContain('一般不超过50人');
  });
});
