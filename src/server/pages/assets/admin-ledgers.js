// The console's 台账 (standing ledgers) and 目录 (catalogue) tabs; admin.js mounts them with its own helpers.
'use strict';
(function () {
  const { h, clear } = window;
  const CADENCES = [['weekly', '每周'], ['monthly', '每月'], ['quarterly', '每季度'], ['yearly', '每年']];

  window.ledgerViews = function ledgerViews({ api, send, field, section, showErrors, route }) {
    async function ledgers() {
      const { ledgers, departments, fields } = await api('/api/admin/standing-ledgers');
      const list = h('div', { class: 'stack', id: 'ledger-list' });
      if (!ledgers.length) list.append(h('p', { class: 'empty' }, '还没有台账。台账按周、月、季、年自动发起，各单位只报一次，各部门共用。'));
      for (const l of ledgers) {
        const toggle = h('button', { type: 'button', class: 'ghost', onclick: async () => {
          toggle.disabled = true;
          try { await send('POST', `/api/admin/standing-ledgers/${encodeURIComponent(l.id)}/status`, { status: l.status === 'active' ? 'paused' : 'active' }); route(); } catch (err) { toggle.disabled = false; alert(err.message); }
        } }, l.status === 'active' ? '暂停' : '恢复');
        list.append(h('details', { class: 'card ledger', 'data-ledger': l.id },
          h('summary', {},
            h('span', { class: `pill ${l.status === 'active' ? 'open' : 'closed'}` }, l.status === 'active' ? '自动发起' : '已暂停'),
            h('strong', {}, `${l.name} `),
            h('span', { class: 'muted' }, ` ${l.departmentName} · ${l.cadenceName} · 期末后 ${l.due} 天内报 · 下一期 ${l.next.period}（${l.next.opensAt} 发起）`)),
          h('p', {}, `数据项：${l.fieldLabels.join('、')}`),
          h('p', {}, `报送单位：${l.targetNames.join('、') || '（暂无对口人员）'}`),
          h('div', { class: 'scroll' }, h('table', { class: 'rounds' },
            h('thead', {}, h('tr', {}, ['期间', '汇总', '发起时间', '截止', '报齐'].map((t) => h('th', {}, t)))),
            h('tbody', {}, l.rounds.length ? l.rounds.map((r) => h('tr', {}, h('td', {}, r.period), h('td', {}, r.collectionId ? `c${r.collectionId}` : '—'),
              h('td', {}, r.openedAt), h('td', {}, r.deadline || '—'), h('td', {}, `${r.unitsDone}/${r.unitsTotal}`)))
              : h('tr', {}, h('td', { colspan: '5', class: 'empty' }, '还没有发起过'))))),
          h('div', { class: 'form-foot' }, toggle)));
      }
      const inputs = {
        id: h('input', { name: 'id', placeholder: 'aid-monthly' }),
        name: h('input', { name: 'name', placeholder: '社会救助月报' }),
        department: h('select', { name: 'department' }, departments.map((d) => h('option', { value: d.id }, d.name))),
        cadence: h('select', { name: 'cadence' }, CADENCES.map(([k, v]) => h('option', { value: k }, v))),
        due: h('input', { name: 'due', type: 'number', min: '0', value: '5' }),
        fields: h('select', { name: 'fields', multiple: true, size: '6' }, fields.map((f) => h('option', { value: f.key }, `${f.label}（${f.key}）`))),
      };
      inputs.cadence.value = 'monthly';
      const form = h('form', { class: 'card grid-form', id: 'ledger-form' },
        field('编号', inputs.id, 'id', '如 aid-monthly，保存后不变'), field('名称', inputs.name, 'name'), field('部门', inputs.department, 'department'),
        field('周期', inputs.cadence, 'cadence'), field('期末后几天内报', inputs.due, 'due'), field('数据项', inputs.fields, 'fields', '按住 Ctrl 多选'),
        h('div', { class: 'form-foot' }, h('button', { type: 'submit', class: 'primary' }, '保存台账'), h('span', { class: 'form-error' })));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const body = {
          id: inputs.id.value.trim(), name: inputs.name.value.trim(), department: inputs.department.value, cadence: inputs.cadence.value,
          due: Number(inputs.due.value), fields: [...inputs.fields.selectedOptions].map((o) => o.value),
        };
        try {
          await send('POST', '/api/admin/standing-ledgers', body);
          route();
        } catch (err) { showErrors(form, err); }
      });
      return [section(`台账（${ledgers.length}）`, list), section('新增台账', form), await layoutsSection(departments, fields)];
    }

    /** Saved export layouts: a department's own columns and labels, downloaded for a period. */
    async function layoutsSection(departments, fields) {
      const { layouts } = await api('/api/admin/export-layouts');
      const period = h('input', { id: 'layout-period', placeholder: '期间，如 2026-11', 'aria-label': '导出期间' });
      const list = h('div', { class: 'stack', id: 'layout-list' }, layouts.length ? layouts.map((l) => {
        // A layout with a personal column (身份证号、电话…) downloads only with a stated purpose, recorded in the audit log.
        const personal = l.columns.some((c) => fields.find((f) => f.key === c.field)?.isPersonal);
        const link = (ext) => h('a', { class: 'button', href: '#', 'data-layout': String(l.id), onclick: (e) => {
          e.preventDefault();
          let url = `/api/admin/export-layouts/${l.id}.${ext}?period=${encodeURIComponent(period.value.trim())}`;
          if (personal) {
            const purpose = prompt('这份导出含个人信息（身份证号、电话、住址、名单等）。请写明导出用途（将记入操作日志）：');
            if (!purpose || !purpose.trim()) return;
            url += `&purpose=${encodeURIComponent(purpose.trim())}`;
          }
          location.href = url;
        } }, `导出 ${ext.toUpperCase()}`);
        return h('div', { class: 'card' }, h('strong', {}, `${l.departmentName} · ${l.name}`),
          h('p', { class: 'muted' }, l.columns.map((c) => c.label || c.fieldLabel).join(' | ')), link('csv'), ' ', link('xlsx'));
      }) : h('p', { class: 'empty' }, '还没有导出格式。'));
      const inputs = {
        department: h('select', { name: 'department' }, departments.map((d) => h('option', { value: d.id }, d.name))),
        name: h('input', { name: 'name', placeholder: '民政月报格式' }),
        columns: h('textarea', { name: 'columns', rows: 4, placeholder: '每行一列：数据项编号=列名（列名可省），如\ndibao_households=低保户\ntekun_persons' }),
      };
      const form = h('form', { class: 'card grid-form', id: 'layout-form' },
        field('部门', inputs.department, 'department'), field('格式名称', inputs.name, 'name'),
        field('列（按顺序）', inputs.columns, 'columns', `可用编号见“目录”页，共 ${fields.length} 项`),
        h('div', { class: 'form-foot' }, h('button', { type: 'submit', class: 'primary' }, '保存格式'), h('span', { class: 'form-error' })));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const columns = inputs.columns.value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
          const [field, ...label] = line.split(/[=＝]/);
          return { field: field.trim(), label: label.join('=').trim() };
        });
        try {
          await send('POST', '/api/admin/export-layouts', { department: inputs.department.value, name: inputs.name.value.trim(), columns });
          route();
        } catch (err) { showErrors(form, err); }
      });
      return section(`导出格式（${layouts.length}）`, h('div', { class: 'toolbar' }, period), list, form);
    }

    async function catalogue() {
      const { entries } = await api('/api/admin/catalogue');
      const search = h('input', { type: 'search', id: 'catalogue-search', placeholder: '搜索数据项，如 低保', 'aria-label': '搜索数据项' });
      const tbody = h('tbody', { id: 'catalogue-rows' });
      function draw() {
        clear(tbody);
        const q = search.value.trim();
        const shown = entries.filter((e) => !q || e.label.includes(q) || e.key.includes(q) || e.aliases.some((a) => a.includes(q)));
        for (const e of shown) {
          tbody.append(h('tr', { 'data-field': e.key }, h('td', {}, e.label), h('td', { class: 'mono' }, e.key), h('td', {}, e.unit || ''),
            h('td', {}, e.group || ''),
            h('td', { class: 'kept' }, e.keptBy.length ? e.keptBy.map((l) => `${l.name}（${l.department}，${l.cadence}）`).join('；') : '—')));
        }
        if (!shown.length) tbody.append(h('tr', {}, h('td', { colspan: '5', class: 'empty' }, '目录里没有这个数据项')));
      }
      search.addEventListener('input', draw);
      draw();
      return [section(`目录（${entries.length} 项）`,
        h('p', { class: 'muted' }, '字典里的数据项和按期收集它们的台账。台账里已有的数，各部门直接取用，不再另行下发。'),
        h('div', { class: 'toolbar' }, search),
        h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ['数据项', '编号', '单位', '分组', '由台账按期收集'].map((t) => h('th', {}, t)))), tbody)))];
    }

    async function reports() {
      const { reports } = await api('/api/admin/voice-reports');
      const rows = reports.map((r) => h('tr', { 'data-report': String(r.id) }, h('td', {}, `F${r.id}`), h('td', {}, r.at),
        h('td', { class: 'from' }, r.anonymous ? '匿名' : `${r.from}${r.unit ? `（${r.unit}）` : ''}`),
        h('td', {}, r.departments.join('、') || '—'), h('td', { class: 'detail' }, r.text)));
      return [section(`基层反映（${reports.length}）`,
        h('p', { class: 'muted' }, '工作人员发“反映：…”（或“匿名反映：…”）提交：群外要数、重复要数等。被点名的部门会收到不显示反映人的转告。'),
        h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ['编号', '时间', '反映人', '涉及部门', '内容'].map((t) => h('th', {}, t)))),
          h('tbody', { id: 'report-rows' }, rows.length ? rows : h('tr', {}, h('td', { colspan: '5', class: 'empty' }, '还没有反映'))))))];
    }

    return { ledgers, catalogue, reports };
  };
})();
