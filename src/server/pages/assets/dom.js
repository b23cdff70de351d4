// Tiny DOM helpers shared by the pages. Strings always become text nodes: nothing is parsed as HTML.
'use strict';
window.h = function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
};

window.clear = function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
};

/** Renders a chat card (request, ask form, table, digest) as DOM. */
window.renderCard = function renderCard(card, options) {
  const { h } = window;
  switch (card.type) {
    case 'request':
      return h('div', { class: 'card card-request' },
        h('div', { class: 'card-title' }, card.title),
        h('dl', { class: 'rows' }, card.rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
    case 'table':
      return h('div', { class: 'card card-table' },
        h('div', { class: 'card-title' }, card.title),
        h('div', { class: 'scroll' }, h('table', {},
          h('thead', {}, h('tr', {}, card.columns.map((c) => h('th', {}, c)))),
          h('tbody', {}, card.rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))))));
    case 'digest':
      return h('div', { class: 'card card-digest' },
        h('div', { class: 'card-title' }, card.title),
        card.sections.map((s) => h('section', {}, h('h4', {}, s.heading), h('ul', {}, s.lines.map((l) => h('li', {}, l))))));
    case 'ask':
      return askCard(card, options || {});
    default:
      return h('div', { class: 'card' }, card.title || '');
  }
};

function askCard(card, options) {
  const { h } = window;
  const inputs = card.fields.map((f) => h('input', {
    name: f.key, value: f.value || '', placeholder: f.hint || '', autocomplete: 'off', 'aria-label': f.label,
  }));
  const note = h('p', { class: 'form-note' });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交');
  // Prefilled with last period's figures: one click confirms them all as they stand.
  const same = card.fields.some((f) => f.value) ? h('button', { type: 'button', class: 'same' }, '与上月相同') : null;
  const form = h('form', { class: 'card card-ask' },
    h('div', { class: 'card-title' }, card.title),
    h('p', { class: 'card-sub' }, `汇总 c${card.collectionId} · ${card.period}${card.deadline ? ` · 截止 ${card.deadline}` : ''}`),
    card.fields.map((f, i) => h('label', { class: 'field' }, h('span', {}, f.label), inputs[i], f.hint ? h('small', {}, f.hint) : null)),
    h('div', { class: 'card-actions' }, submit, same, note));
  const send = async (sameAsBefore) => {
    const values = {};
    for (const input of inputs) if (input.value.trim() !== '') values[input.name] = input.value.trim();
    if (!sameAsBefore && !Object.keys(values).length) { note.textContent = '请至少填写一项'; return; }
    if (!options.onSubmit) { note.textContent = '只有被询问的同志可以提交'; return; }
    submit.disabled = true;
    note.textContent = '正在提交…';
    try {
      await options.onSubmit(sameAsBefore ? { collectionId: card.collectionId, values, same: true } : { collectionId: card.collectionId, values });
      // The inputs empty once sent: the bot's reply says what was recorded, and a later correction in words would
      // leave a figure here that is no longer the one on record.
      for (const input of inputs) input.value = '';
      note.textContent = sameAsBefore ? '已提交：与上月相同。记录结果见下方回复'
        : `已提交：${card.fields.filter((f) => values[f.key] !== undefined).map((f) => `${f.label} ${values[f.key]}`).join('，')}。记录结果见下方回复`;
      form.classList.add('submitted');
    } catch (err) {
      note.textContent = `提交失败：${err.message}`;
    } finally {
      submit.disabled = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(false);
  });
  if (same) same.addEventListener('click', () => void send(true));
  return form;
}
