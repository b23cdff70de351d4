// The admin console: each tab drawn from /api/admin (cookie session), everything rendered as text nodes.
'use strict';
(function () {
  const { h, clear, renderCard } = window;
  const view = document.getElementById('view');
  const STATE = { open: '进行中', overdue: '已逾期', done: '已报齐', closed: '已关闭' };
  const ROLE = { lead: '部门负责人', staff: '工作人员', admin: '管理员' };
  const TYPES = { integer: '整数', number: '数字', text: '文字', date: '日期', boolean: '是/否', enum: '选项' };
  const KIND = { district: '区', town: '镇', street: '街道', village: '村', community: '社区' };
  const STATUS = { running: '运行中', stopped: '已停止', error: '出错' };

  class ApiError extends Error {
    constructor(body, status) {
      super(body.error || `HTTP ${status}`);
      this.body = body;
      this.status = status;
    }
  }

  async function api(path, init) {
    const res = await fetch(path, { credentials: 'same-origin', ...init });
    const body = await res.json().catch(() => ({}));
    if (res.status === 401 || res.status === 403) { location.href = '/admin'; throw new ApiError(body, res.status); }
    if (!res.ok) throw new ApiError(body, res.status);
    return body;
  }
  /**
   * A download that holds personal values (身份证号、电话、住址、名单) first asks what it is for: the server refuses it
   * without a purpose and records the purpose in the audit log. Cancelling downloads nothing.
   */
  function withPurpose(e) {
    const a = e.currentTarget;
    const purpose = prompt('这份导出含个人信息（身份证号、电话、住址、名单等）。请写明导出用途（将记入操作日志）：');
    if (!purpose || !purpose.trim()) { e.preventDefault(); return; }
    const url = new URL(a.getAttribute('href'), location.href);
    url.searchParams.set('purpose', purpose.trim());
    a.setAttribute('href', url.pathname + url.search);
  }
  window.withPurpose = withPurpose;
  const send = (method, path, data) => api(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });

  /** Shows `{path, message}` issues next to the inputs whose data-path matches; the rest at the form's foot. */
  function showErrors(form, error) {
    for (const el of form.querySelectorAll('.field-error')) el.textContent = '';
    for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid');
    const issues = error ? (error.body && error.body.issues) || [{ path: (error.body && error.body.path) || '', message: error.message }] : [];
    const general = form.querySelector('.form-error');
    if (general) general.textContent = '';
    for (const issue of issues) {
      const path = String(issue.path || '').replace(/^config\./, '');
      const slot = path && (form.querySelector(`[data-error="${CSS.escape(path)}"]`) || form.querySelector(`[data-error="${CSS.escape(path.split('.')[0])}"]`));
      if (slot) {
        slot.textContent = issue.message;
        slot.closest('label, .field')?.classList.add('invalid');
      } else if (general) general.textContent = `${path ? `${path}：` : ''}${issue.message}`;
    }
  }

  function field(label, input, path, hint) {
    return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('small', {}, hint) : null, h('em', { class: 'field-error', 'data-error': path }));
  }

  function section(title, ...children) {
    return h('section', { class: 'panel' }, h('h2', {}, title), children);
  }

  // ---- 汇总与需求
  async function collections() {
    const { collections } = await api('/api/admin/collections');
    let filter = 'all';
    const list = h('div', { class: 'stack' });
    const filters = h('div', { class: 'segmented' }, [['all', '全部'], ['open', '进行中'], ['overdue', '已逾期'], ['done', '已报齐']].map(([k, label]) =>
      h('button', { type: 'button', class: k === filter ? 'active' : '', onclick: (e) => { filter = k; for (const b of filters.children) b.classList.toggle('active', b === e.target); draw(); } },
        `${label} ${k === 'all' ? collections.length : collections.filter((c) => c.state === k).length}`)));
    function draw() {
      clear(list);
      const shown = collections.filter((c) => filter === 'all' || c.state === filter);
      if (!shown.length) list.append(h('p', { class: 'empty' }, '暂无汇总。部门负责人在工作群发布需求后会出现在这里。'));
      for (const c of shown) {
        list.append(h('details', { class: 'card collection' },
          h('summary', {},
            h('span', { class: `pill ${c.state}` }, STATE[c.state]),
            h('strong', {}, `c${c.id} `, c.fields.join('、')),
            h('span', { class: 'muted' }, ` ${c.period} · 截止 ${c.deadline || '未定'}`),
            h('span', { class: 'progress', title: `${c.unitsDone}/${c.unitsTotal} 个单位已报齐` },
              // A <progress> element draws its own fill: the page's CSP forbids inline width styles.
              h('progress', { max: String(Math.max(c.unitsTotal, 1)), value: String(c.unitsDone), 'aria-label': '报齐进度' }), h('b', {}, `${c.unitsDone}/${c.unitsTotal}`))),
          h('div', { class: 'scroll' }, h('table', {},
            h('thead', {}, h('tr', {}, h('th', {}, '单位'), h('th', {}, '进度'), h('th', {}, '未报数据项'))),
            h('tbody', {}, c.units.map((u) => h('tr', {}, h('td', {}, u.name), h('td', {}, `${u.done}/${u.total}`), h('td', {}, u.missing.join('、') || '✓')))))),
          h('h3', {}, '需求与原始消息'),
          c.requests.map((r) => h('div', { class: 'request' },
            h('div', {}, h('strong', {}, `r${r.id} ${r.title}`), h('span', { class: 'muted' }, ` ${r.department} · ${r.lead} · ${r.createdAt}${r.status === 'withdrawn' ? ' · 已撤回' : ''}`)),
            r.source ? h('blockquote', {}, r.source.text) : null)),
          h('p', {}, h('a', { href: `/api/exports/c${c.id}.csv`, download: '', onclick: c.personal ? withPurpose : null }, '导出 CSV'), ' · ',
            h('a', { href: `/api/exports/c${c.id}.xlsx`, download: '', onclick: c.personal ? withPurpose : null }, '导出 XLSX'))));
      }
    }
    draw();
    const legend = h('p', { class: 'muted legend', id: 'code-legend' },
      '编号说明：r 开头的是需求编号（一位负责人发布的一次数据需求，如 r3）；c 开头的是汇总编号（同一期间、数据项有重合的需求合并为一个汇总，统一询问各单位，如 c2）。在群里发“导出 c2”可下载该汇总的表格。');
    return [section('汇总与需求', legend, filters, list)];
  }

  // ---- 数据池
  async function pool() {
    const { ledgers } = await api('/api/admin/ledgers');
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    const ledgerSelect = h('select', { id: 'pool-ledger', 'aria-label': '台账' }, ledgers.map((l) => h('option', { value: l.key }, `${l.name}（${l.fields} 项）`)));
    const periodSelect = h('select', { id: 'pool-period', 'aria-label': '期间' });
    const links = h('span', { class: 'actions' });
    const tableBox = h('div', { class: 'pool-box' });
    const historyBox = h('div', { class: 'history', id: 'pool-history' });
    ledgerSelect.value = params.get('ledger') || ledgers.find((l) => l.fields)?.key || '';
    async function load(period) {
      const q = new URLSearchParams({ ledger: ledgerSelect.value });
      if (period !== undefined) q.set('period', period);
      const t = await api(`/api/admin/pool?${q}`);
      clear(periodSelect);
      for (const p of t.periods) periodSelect.append(h('option', { value: p }, p || '无期间'));
      if (!t.periods.length) periodSelect.append(h('option', { value: '' }, '暂无数据'));
      periodSelect.value = t.period || '';
      const eq = new URLSearchParams({ ledger: t.ledger.key, period: t.period || '' });
      const personal = t.fields.some((f) => f.personal) ? withPurpose : null;
      clear(links).append(
        h('a', { class: 'button', href: `/api/admin/pool/export.csv?${eq}`, download: '', id: 'export-csv', onclick: personal }, '导出 CSV'),
        h('a', { class: 'button', href: `/api/admin/pool/export.xlsx?${eq}`, download: '', id: 'export-xlsx', onclick: personal }, '导出 XLSX'));
      clear(historyBox);
      clear(tableBox);
      if (!t.units.length) { tableBox.append(h('p', { class: 'empty' }, '这个台账在该期间还没有数据。')); return; }
      tableBox.append(h('div', { class: 'scroll' }, h('table', { class: 'pool-table' },
        h('thead', {}, h('tr', {}, h('th', {}, '单位'), t.fields.map((f) => h('th', {}, f.label, f.unit ? h('small', {}, `（${f.unit}）`) : null)))),
        h('tbody', {}, t.units.map((u) => h('tr', {}, h('th', {}, u.name), t.fields.map((f) => {
          const cell = t.cells[u.id] && t.cells[u.id][f.key];
          if (!cell) return h('td', { class: 'missing' }, '—');
          return h('td', {}, h('button', {
            type: 'button', class: 'cell', title: '查看修改记录', dataset: { unit: u.id, field: f.key },
            onclick: () => history(u.id, f.key, t.period),
          }, h('span', { class: 'value' }, cell.text), h('small', {}, `${cell.memberName} · ${cell.at}`), cell.version > 1 ? h('small', { class: 'ver' }, `第 ${cell.version} 版`) : null));
        })))))));
    }
    async function history(unit, fieldKey, period) {
      const q = new URLSearchParams({ unit, field: fieldKey, period: period || '' });
      const r = await api(`/api/admin/pool/history?${q}`);
      clear(historyBox).append(h('div', { class: 'card' },
        h('h3', {}, `${r.unit} · ${r.field} · ${r.period} 的修改记录`),
        h('ol', {}, r.history.map((v) => h('li', {}, h('strong', {}, v.text), ` ${v.memberName} · ${v.at}`, v.message ? h('blockquote', {}, v.message) : null)))));
      historyBox.scrollIntoView({ block: 'nearest' });
    }
    ledgerSelect.addEventListener('change', () => load());
    periodSelect.addEventListener('change', () => load(periodSelect.value));
    await load(params.get('period') ?? undefined);
    return [section('数据池', h('div', { class: 'toolbar' }, field('台账', ledgerSelect, 'ledger'), field('期间', periodSelect, 'period'), links), tableBox, historyBox)];
  }

  // ---- 名册
  async function roster() {
    const r = await api('/api/admin/roster');
    const deptName = (id) => r.departments.find((d) => d.id === id)?.name || id || '';
    const byUnit = (id) => r.members.filter((m) => m.unit === id);
    const tree = (nodes) => h('ul', { class: 'tree' }, nodes.map((u) => h('li', {},
      h('span', { class: 'unit' }, u.name), h('span', { class: 'muted' }, ` ${KIND[u.kind] || u.kind} · ${u.id}`),
      byUnit(u.id).length ? h('span', { class: 'people' }, ' — ', byUnit(u.id).map((m) => m.name).join('、')) : null,
      u.children.length ? tree(u.children) : null)));
    const bindings = (id) => r.identities.filter((i) => i.memberId === id).map((i) => `${i.platform}:${i.externalId}`).join('、');
    const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx', id: 'roster-file' });
    const report = h('div', { id: 'import-report' });
    const form = h('form', { class: 'inline-form' }, file, h('button', { type: 'submit', class: 'primary' }, '导入'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!file.files[0]) return;
      const data = new FormData();
      data.append('file', file.files[0]);
      clear(report);
      try {
        const res = await api('/api/admin/roster/import', { method: 'POST', body: data });
        report.append(h('p', { class: 'ok' }, `已导入 ${res.imported} 名成员。`));
        setTimeout(route, 800);
      } catch (err) {
        report.append(h('p', { class: 'error' }, err.message));
        const problems = (err.body && err.body.problems) || [];
        if (problems.length) report.append(h('table', { class: 'report' }, h('thead', {}, h('tr', {}, h('th', {}, '行'), h('th', {}, '列'), h('th', {}, '原因'))),
          h('tbody', {}, problems.map((p) => h('tr', {}, h('td', {}, p.row), h('td', {}, p.column), h('td', {}, p.reason))))));
      }
    });
    return [
      section('导入成员', h('p', { class: 'muted' }, 'CSV（Excel、WPS 直接另存的即可，GBK 或 UTF-8 编码都能读）或 XLSX，第一行为表头：编号、姓名、角色（负责人/工作人员/管理员）、部门、单位、对口部门（用顿号分隔）。任何一行有误则整份文件都不导入。'), form, report),
      section(`部门（${r.departments.length}）`, h('div', { class: 'chips' }, r.departments.map((d) => h('span', { class: 'chip', title: d.aliases.join('、') }, d.name)))),
      section('单位', tree(r.units)),
      section(`成员（${r.members.length}）`, h('div', { class: 'scroll' }, h('table', {},
        h('thead', {}, h('tr', {}, ['姓名', '编号', '角色', '部门 / 单位', '对口部门', '平台绑定'].map((t) => h('th', {}, t)))),
        h('tbody', {}, r.members.map((m) => h('tr', {},
          h('td', {}, m.name), h('td', { class: 'mono' }, m.id), h('td', {}, ROLE[m.role]),
          h('td', {}, m.department ? deptName(m.department) : findUnit(r.units, m.unit)?.name || ''),
          h('td', {}, (m.serves || []).map(deptName).join('、')), h('td', { class: 'mono' }, bindings(m.id)))))))),
    ];
  }
  function findUnit(nodes, id) {
    for (const n of nodes) { if (n.id === id) return n; const c = findUnit(n.children, id); if (c) return c; }
    return null;
  }

  // ---- 数据项
  async function fields() {
    const { ledgers, fields } = await api('/api/admin/fields');
    const ledgerName = (k) => ledgers.find((l) => l.key === k)?.name || k || '';
    const filter = h('select', { 'aria-label': '按台账筛选' }, h('option', { value: '' }, '全部台账'), ledgers.map((l) => h('option', { value: l.key }, l.name)));
    const tbody = h('tbody');
    const editor = h('div');
    function draw() {
      clear(tbody);
      for (const f of fields.filter((x) => !filter.value || x.ledger === filter.value)) {
        tbody.append(h('tr', {}, h('td', { class: 'mono' }, f.key), h('td', {}, f.label, f.isPersonal ? '（个人信息）' : ''), h('td', {}, TYPES[f.type]), h('td', {}, f.unit || ''),
          h('td', {}, (f.aliases || []).join('、')), h('td', {}, ledgerName(f.ledger)),
          h('td', {}, h('button', { type: 'button', class: 'ghost', onclick: () => edit(f) }, '编辑'))));
      }
    }
    function edit(f) {
      const isNew = !f;
      f = f || { key: '', label: '', aliases: [], type: 'integer', ledger: filter.value || '' };
      const inputs = {
        key: h('input', { name: 'key', value: f.key, readonly: !isNew }),
        label: h('input', { name: 'label', value: f.label }),
        aliases: h('input', { name: 'aliases', value: (f.aliases || []).join('、'), placeholder: '用顿号分隔' }),
        type: h('select', { name: 'type' }, Object.entries(TYPES).map(([k, v]) => h('option', { value: k }, v))),
        unit: h('input', { name: 'unit', value: f.unit || '', placeholder: '如 户、人、元' }),
        min: h('input', { name: 'min', type: 'number', step: 'any', value: f.min ?? '' }),
        max: h('input', { name: 'max', type: 'number', step: 'any', value: f.max ?? '' }),
        plausibleMax: h('input', { name: 'plausibleMax', type: 'number', step: 'any', min: '0', value: f.plausibleMax ?? '', placeholder: '超过时请报数人确认' }),
        tolerance: h('input', { name: 'tolerance', type: 'number', step: 'any', min: '1', value: f.tolerance ?? '', placeholder: '如 3：比上期多 3 倍或少到三分之一时确认' }),
        options: h('input', { name: 'options', value: (f.options || []).join('、'), placeholder: '选项类型必填，用顿号分隔' }),
        ledger: h('select', { name: 'ledger' }, h('option', { value: '' }, '（无）'), ledgers.map((l) => h('option', { value: l.key }, l.name))),
        personal: h('select', { name: 'personal' }, h('option', { value: '' }, '按名称判断（身份证号、电话、住址、名单等）'), h('option', { value: 'true' }, '是：聊天中不显示，导出须说明用途'), h('option', { value: 'false' }, '否')),
      };
      inputs.type.value = f.type;
      inputs.personal.value = f.personal === undefined ? '' : String(f.personal);
      inputs.ledger.value = f.ledger || '';
      const form = h('form', { class: 'card grid-form', id: 'field-form' },
        h('h3', {}, isNew ? '新增数据项' : `编辑数据项 ${f.key}`),
        field('编号', inputs.key, 'key', '字母开头，字母、数字、下划线'), field('名称', inputs.label, 'label'), field('别名', inputs.aliases, 'aliases'),
        field('类型', inputs.type, 'type'), field('计量单位', inputs.unit, 'unit'), field('最小值', inputs.min, 'min'), field('最大值', inputs.max, 'max'),
        field('合理上限', inputs.plausibleMax, 'plausibleMax', '超过它的数先请报数人确认再入库'), field('与上期相比的容差（倍）', inputs.tolerance, 'tolerance', '留空则不比较'),
        field('选项', inputs.options, 'options'), field('台账', inputs.ledger, 'ledger'), field('个人信息', inputs.personal, 'personal'),
        h('div', { class: 'form-foot' }, h('button', { type: 'submit', class: 'primary' }, '保存'), h('button', { type: 'button', class: 'ghost', onclick: () => clear(editor) }, '取消'), h('span', { class: 'form-error' })));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const list = (s) => s.split(/[、,，]/).map((x) => x.trim()).filter(Boolean);
        const num = (s) => (s.trim() === '' ? undefined : Number(s));
        const body = {
          label: inputs.label.value.trim(), aliases: list(inputs.aliases.value), type: inputs.type.value,
          unit: inputs.unit.value.trim() || undefined, min: num(inputs.min.value), max: num(inputs.max.value),
          plausibleMax: num(inputs.plausibleMax.value), tolerance: num(inputs.tolerance.value),
          options: inputs.options.value.trim() ? list(inputs.options.value) : undefined, ledger: inputs.ledger.value || undefined,
          personal: inputs.personal.value === '' ? undefined : inputs.personal.value === 'true',
        };
        try {
          await send('PUT', `/api/admin/fields/${encodeURIComponent(inputs.key.value.trim() || '-')}`, body);
          route();
        } catch (err) { showErrors(form, err); }
      });
      clear(editor).append(form);
      form.scrollIntoView({ block: 'nearest' });
    }
    const ledgerForm = h('form', { class: 'inline-form' },
      field('台账编号', h('input', { name: 'key', placeholder: 'jiuzhu' }), 'key'), field('台账名称', h('input', { name: 'name', placeholder: '社会救助台账' }), 'name'),
      h('button', { type: 'submit' }, '添加台账'), h('span', { class: 'form-error' }));
    ledgerForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await send('POST', '/api/admin/ledgers', { key: ledgerForm.elements.key.value.trim(), name: ledgerForm.elements.name.value.trim() });
        route();
      } catch (err) { showErrors(ledgerForm, err); }
    });
    filter.addEventListener('change', draw);
    draw();
    const { rules } = await api('/api/admin/field-rules');
    const numeric = fields.filter((x) => x.type === 'integer' || x.type === 'number');
    const labelOf = (k) => fields.find((x) => x.key === k)?.label || k;
    const pickField = (name) => h('select', { name, 'aria-label': name === 'left' ? '数据项' : '比较的数据项' }, numeric.map((x) => h('option', { value: x.key }, x.label)));
    const OPS = { '>=': '不少于', '<=': '不多于', '>': '多于', '<': '少于', '=': '等于' };
    const ruleForm = h('form', { class: 'inline-form', id: 'rule-form' },
      field('数据项', pickField('left'), 'left'), field('应', h('select', { name: 'op' }, Object.entries(OPS).map(([k, v]) => h('option', { value: k }, v))), 'op'),
      field('数据项', pickField('right'), 'right'), h('button', { type: 'submit' }, '添加规则'), h('span', { class: 'form-error' }));
    ruleForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const el = ruleForm.elements;
      try {
        await send('POST', '/api/admin/field-rules', { left: el.left.value, op: el.op.value, right: el.right.value });
        route();
      } catch (err) { showErrors(ruleForm, err); }
    });
    const ruleList = h('ul', { class: 'stack' }, rules.map((r) => h('li', {}, `${labelOf(r.left)} 应${OPS[r.op] || r.op} ${labelOf(r.right)} `,
      h('button', { type: 'button', class: 'ghost', onclick: async () => { await send('DELETE', `/api/admin/field-rules/${r.id}`); route(); } }, '删除'))));
    return [
      section(`数据项（${fields.length}）`, h('div', { class: 'toolbar' }, filter, h('button', { type: 'button', class: 'primary', onclick: () => edit(null) }, '新增数据项')), editor,
        h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ['编号', '名称', '类型', '单位', '别名', '台账', ''].map((t) => h('th', {}, t)))), tbody))),
      section(`台账（${ledgers.length}）`, h('div', { class: 'chips' }, ledgers.map((l) => h('span', { class: 'chip' }, `${l.name} · ${l.key}`))), ledgerForm),
      section(`数据质量规则（${rules.length}）`, h('p', { class: 'hint' }, '报上来的数不符合规则时，先请报数人确认（回复“是的”或更正）再入库。'), ruleList, ruleForm),
    ];
  }

  // ---- 插件
  async function plugins() {
    const { plugins } = await api('/api/admin/plugins');
    return [section('插件', h('div', { class: 'stack' }, plugins.map(pluginCard)))];
  }
  function pluginCard(p) {
    const enabled = h('input', { type: 'checkbox', name: 'enabled', checked: p.enabled });
    const inputs = {};
    const rows = p.fields.map((f) => {
      let input;
      const current = p.config[f.key];
      if (f.type === 'boolean') input = h('input', { type: 'checkbox', name: f.key, checked: current ?? f.default ?? false });
      else if (f.type === 'enum') input = h('select', { name: f.key }, f.required ? null : h('option', { value: '' }, '（默认）'), f.options.map((o) => h('option', { value: o }, o)));
      else if (f.secret) input = h('input', { type: 'password', name: f.key, autocomplete: 'new-password', placeholder: p.secretsSet[f.key] ? '已设置，留空保持不变' : '未设置' });
      else input = h('input', { type: f.type === 'string' ? 'text' : 'number', name: f.key, step: f.type === 'integer' ? '1' : 'any', value: current ?? '', placeholder: f.default !== undefined ? `默认 ${f.default}` : '' });
      if (f.type === 'enum') input.value = current ?? '';
      inputs[f.key] = { input, f };
      const hint = [f.description, f.minimum !== undefined || f.maximum !== undefined ? `范围 ${f.minimum ?? ''}–${f.maximum ?? ''}` : ''].filter(Boolean).join('；');
      return field(f.label || f.key, input, f.key, hint);
    });
    const note = h('span', { class: 'form-note' });
    const form = h('form', { class: 'card plugin', dataset: { plugin: p.name } },
      h('div', { class: 'plugin-head' },
        h('div', {}, h('h3', {}, p.title, h('span', { class: 'muted mono' }, ` ${p.name}`)), h('p', { class: 'muted' }, p.description)),
        h('span', { class: `pill ${p.status}`, 'data-status': p.status }, STATUS[p.status])),
      p.error ? h('p', { class: 'error plugin-error' }, p.error) : null,
      h('label', { class: 'switch' }, enabled, ' 启用'),
      rows.length ? h('div', { class: 'grid-form' }, rows) : h('p', { class: 'muted' }, '这个插件没有可配置项。'),
      h('div', { class: 'form-foot' }, h('button', { type: 'submit', class: 'primary' }, '保存并生效'), note, h('span', { class: 'form-error' })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const config = {};
      for (const [key, { input, f }] of Object.entries(inputs)) {
        if (f.type === 'boolean') config[key] = input.checked;
        else if (input.value.trim() === '') continue;
        else if (f.type === 'number' || f.type === 'integer') config[key] = Number(input.value);
        else config[key] = input.value;
      }
      note.textContent = '';
      try {
        const res = await send('PUT', `/api/admin/plugins/${encodeURIComponent(p.name)}`, { enabled: enabled.checked, config });
        const fresh = pluginCard(res.plugin);
        form.replaceWith(fresh);
        fresh.querySelector('.form-note').textContent = res.plugin.status === 'error' ? '已保存，但插件启动失败' : '已保存并生效';
      } catch (err) { showErrors(form, err); }
    });
    return form;
  }

  // ---- 设置
  async function settings() {
    const { settings: s } = await api('/api/admin/settings');
    const days = ['一', '二', '三', '四', '五', '六', '日'];
    const digestTime = h('input', { name: 'digestTime', value: s.digestTime || '', placeholder: 'HH:MM', inputmode: 'numeric' });
    const qStart = h('input', { name: 'quietStart', value: s.quietHours.start, placeholder: 'HH:MM' });
    const qEnd = h('input', { name: 'quietEnd', value: s.quietHours.end, placeholder: 'HH:MM' });
    const dayBoxes = days.map((d, i) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(i + 1), checked: s.workdays.includes(i + 1) }), `周${d}`));
    const holidays = h('textarea', { name: 'holidays', rows: 4, placeholder: '每行一个日期，如 2026-10-01' });
    holidays.value = s.holidays.join('\n');
    const minutes = h('input', { name: 'minutesPerAsk', type: 'number', step: 'any', value: s.minutesPerAsk });
    const admission = h('select', { name: 'admission' }, h('option', { value: 'open' }, '直接下发'), h('option', { value: 'review' }, '目录外的数据项需管理员批准'));
    admission.value = s.admission || 'open';
    const batches = h('input', { name: 'askBatches', value: (s.askBatches || []).join('、'), placeholder: '09:00、14:00' });
    const margin = h('input', { name: 'askMarginHours', type: 'number', step: 'any', value: s.askMarginHours });
    const cap = h('input', { name: 'dailyMessageCap', type: 'number', step: '1', min: '1', value: s.dailyMessageCap });
    const note = h('span', { class: 'form-note' });
    const form = h('form', { class: 'grid-form', id: 'settings-form' },
      field('每日汇总时间', digestTime, 'digestTime', s.digestTime ? `时区 ${s.timezone}` : `当前为自定义计划 ${s.digestCron}`),
      field('免打扰开始', qStart, 'quietHours.start'), field('免打扰结束', qEnd, 'quietHours.end'),
      h('div', { class: 'field' }, h('span', {}, '工作日'), h('div', { class: 'checks' }, dayBoxes), h('em', { class: 'field-error', 'data-error': 'workdays' })),
      field('节假日', holidays, 'holidays', '这些日期不发私信询问'),
      field('每项询问耗时（分钟）', minutes, 'minutesPerAsk', '用于估算节省的工作时间'),
      field('准入', admission, 'admission', '需管理员批准时，目录（字典和台账）外的数据项先审批再下发'),
      field('批量私信时间', batches, 'askBatches', '工作日按这些时间把每人的待报事项合并成一条私信；留空则随时单独发送'),
      field('截止前至少留出（工作小时）', margin, 'askMarginHours', '等到下一批会少于这个时间时，立即私信'),
      field('每人每天最多私信（条）', cap, 'dailyMessageCap', '当天已达上限时，急件留到次日第一批，并告诉发起人可回复“加急 rN”'),
      h('div', { class: 'form-foot' }, h('button', { type: 'submit', class: 'primary' }, '保存'), note, h('span', { class: 'form-error' })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      note.textContent = '';
      const body = {
        quietHours: { start: qStart.value.trim(), end: qEnd.value.trim() },
        workdays: dayBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => Number(i.value)),
        holidays: holidays.value.split(/\s+/).filter(Boolean),
        minutesPerAsk: minutes.value.trim() === '' ? undefined : Number(minutes.value),
        admission: admission.value,
        askBatches: batches.value.split(/[、,，\s]+/).filter(Boolean),
        askMarginHours: margin.value.trim() === '' ? undefined : Number(margin.value),
        dailyMessageCap: cap.value.trim() === '' ? undefined : Number(cap.value),
      };
      if (digestTime.value.trim()) body.digestTime = digestTime.value.trim();
      try {
        await send('PUT', '/api/admin/settings', body);
        showErrors(form, null);
        note.textContent = '已保存';
        await preview();
      } catch (err) { showErrors(form, err); }
    });
    const previewBox = h('div', { id: 'digest-preview' });
    async function preview() {
      const d = await api('/api/admin/digest/preview');
      clear(previewBox).append(renderCard({ type: 'digest', title: d.title, sections: d.sections }));
    }
    await preview();
    return [section('设置', form), section('每日汇总预览', previewBox)];
  }

  // ---- 减负
  async function burden() {
    const b = await api('/api/admin/burden');
    const why = (r) => [r.avoided.pool ? `数据池 ${r.avoided.pool}` : '', r.avoided.merge ? `合并 ${r.avoided.merge}` : '', r.avoided.ledger ? `台账 ${r.avoided.ledger}` : ''].filter(Boolean).join('、') || '—';
    const hours = (m) => `${Math.round(m / 6) / 10}`;
    const table = (head, rows) => h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, head.map((t) => h('th', {}, t)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, String(c))))))));
    const note = h('p', { class: 'muted' }, `按名册顺序列出，不排名。节省时间按每项询问 ${b.minutesPerAsk} 分钟估算；私信按近 ${b.window.length} 个工作日（${b.window[0] || ''}–${b.window.at(-1) || ''}）统计。`);
    return [
      section('减负概况', h('p', {}, `近 ${b.window.length} 个工作日，每人每个工作日收到报数私信平均 ${b.perPerson.average} 条，单日最多 ${b.perPerson.most} 条（${b.perPerson.people} 人）。`), note),
      section('按部门', table(['部门', '已问（项）', '免问（项）', '免问原因', '沿用上期（项）', '约省（小时）'],
        b.departments.map((d) => [d.name, d.sent, d.avoidedTotal, why(d), d.confirmed, hours(d.minutesSaved)]))),
      section('按人员', table(['姓名', '单位', '已问（项）', '免问（项）', '沿用上期（项）', ...b.window.map((d) => `${d.slice(5)} 私信`)],
        b.members.map((m) => [m.name, m.unit, m.sent, m.avoidedTotal, m.confirmed, ...m.dmsPerDay]))),
    ];
  }

  // ---- 审计日志
  async function audit() {
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    const action = h('select', { name: 'action', 'aria-label': '操作' }, h('option', { value: '' }, '全部操作'));
    const actor = h('input', { name: 'actor', value: params.get('actor') || '', placeholder: '姓名，如 钱卫东' });
    const tbody = h('tbody');
    async function load() {
      const q = new URLSearchParams({ action: action.value, actor: actor.value.trim() });
      const { entries, actions } = await api(`/api/admin/audit?${q}`);
      if (action.options.length === 1) {
        for (const a of actions) action.append(h('option', { value: a.code }, a.label));
        action.value = params.get('action') || '';
      }
      clear(tbody);
      if (!entries.length) tbody.append(h('tr', {}, h('td', { colspan: '5', class: 'empty' }, '没有记录')));
      for (const e of entries) tbody.append(h('tr', {}, h('td', { class: 'nowrap' }, e.at), h('td', {}, e.actor), h('td', { title: e.code }, e.action), h('td', {}, e.subject),
        h('td', { class: 'audit-detail' }, e.detail)));
    }
    const form = h('form', { class: 'inline-form' }, field('操作', action, 'action'), field('操作人', actor, 'actor'), h('button', { type: 'submit' }, '筛选'));
    form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
    action.addEventListener('change', load);
    await load();
    return [section('审计日志', form, h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ['时间', '操作人', '操作', '对象', '详情'].map((t) => h('th', {}, t)))), tbody)))];
  }

  // ---- 消息投递
  async function deliveries() {
    const { counts, failed } = await api('/api/admin/outbox');
    const STATE_TEXT = { pending: '待发送', sent: '已发送', failed: '发送失败' };
    const summary = h('table', {}, h('thead', {}, h('tr', {}, ['平台', '状态', '条数'].map((t) => h('th', {}, t)))),
      h('tbody', {}, counts.length ? counts.map((r) => h('tr', {}, h('td', {}, r.platform), h('td', {}, STATE_TEXT[r.status] || r.status), h('td', {}, String(r.n))))
        : h('tr', {}, h('td', { colspan: '3', class: 'empty' }, '还没有需要投递到外部平台的消息'))));
    const rows = failed.map((f) => {
      const button = h('button', { type: 'button', onclick: async () => {
        button.disabled = true;
        try { await send('POST', `/api/admin/outbox/${f.id}/retry`, {}); button.textContent = '已重新排队'; } catch (err) { button.disabled = false; alert(err.message); }
      } }, '重试');
      return h('tr', {}, h('td', {}, f.platform), h('td', { class: 'detail' }, f.text), h('td', {}, String(f.attempts)), h('td', { class: 'detail' }, f.error || ''), h('td', {}, button));
    });
    const list = h('table', {}, h('thead', {}, h('tr', {}, ['平台', '消息', '尝试次数', '错误', ''].map((t) => h('th', {}, t)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: '5', class: 'empty' }, '没有发送失败的消息'))));
    return [section('投递概况', summary), section('发送失败', h('div', { class: 'scroll' }, list))];
  }

  const TABS = {
    collections, pool, roster, fields, plugins, settings, burden, deliveries, audit,
    ...(window.ledgerViews ? window.ledgerViews({ api, send, field, section, showErrors, route: () => route() }) : {}),
  };

  async function route() {
    const tab = (location.hash.slice(1).split('?')[0]) || 'collections';
    const draw = TABS[tab] || collections;
    for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.tab === tab);
    try {
      const parts = await draw();
      clear(view).append(...parts);
      view.dataset.shown = tab;
    } catch (err) {
      clear(view).append(h('p', { class: 'error' }, `加载失败：${err.message}`));
    }
  }

  document.getElementById('logout').addEventListener('click', async () => {
    await fetch('/api/admin/logout', { method: 'POST', credentials: 'same-origin' });
    location.href = '/admin';
  });
  window.addEventListener('hashchange', route);
  route();
})();
