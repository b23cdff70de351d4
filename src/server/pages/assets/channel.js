// The web channel page: the group timeline and the DM with the bot, as any roster member, live over server-sent events.
'use strict';
(function () {
  const { h, clear, renderCard } = window;
  const tz = document.body.dataset.timezone || 'Asia/Shanghai';
  const botName = document.body.dataset.bot || '一表通';
  const params = new URLSearchParams(location.search);
  if (params.get('token')) localStorage.setItem('onetable.webToken', params.get('token'));
  const token = localStorage.getItem('onetable.webToken') || '';
  const headers = token ? { authorization: `Bearer ${token}` } : {};

  const ROLE = { lead: '部门负责人', admin: '管理员' };
  // Staff are named by the level of their unit: a village clerk is not 镇街工作人员.
  const STAFF_OF_KIND = { town: '镇街工作人员', street: '镇街工作人员', village: '村工作人员', community: '社区工作人员' };
  const state = { roster: null, me: null, view: params.get('view') === 'dm' ? 'dm' : 'channel', chats: { channel: new Map(), dm: new Map() }, streams: {}, unread: 0 };
  const timeline = document.getElementById('timeline');
  const select = document.getElementById('identity');
  const text = document.getElementById('text');
  const status = document.getElementById('status');
  const badge = document.getElementById('dm-badge');
  const pill = document.getElementById('new-messages');
  // Follow new lines while the reader is at the bottom; once they scroll up, count what arrives below instead.
  const follow = { atBottom: true, unseen: 0 };

  const fmt = new Intl.DateTimeFormat('zh-CN', { timeZone: tz, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

  function member(id) {
    return state.roster.members.find((m) => m.id === id);
  }
  function nameOf(id) {
    if (id === 'bot') return botName;
    return member(id)?.name || id.replace(/^\?/, '');
  }
  function describe(m) {
    const dept = state.roster.departments.find((d) => d.id === m.department)?.name;
    const unit = state.roster.units.find((u) => u.id === m.unit);
    return [dept || unit?.name, roleOf(m, unit)].filter(Boolean).join(' · ');
  }
  function roleOf(m, unit) {
    if (m.role !== 'staff') return ROLE[m.role];
    return STAFF_OF_KIND[unit?.kind] || '工作人员';
  }

  async function api(path, init) {
    const res = await fetch(path, { ...init, headers: { ...headers, ...(init && init.headers) } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
    return body;
  }

  function chatKey(view) {
    return view === 'channel' ? 'channel' : `dm:${state.me}`;
  }

  function renderLine(line) {
    const mine = line.from === state.me;
    const bot = line.from === 'bot';
    const m = bot ? null : member(line.from);
    const cls = ['msg', mine ? 'mine' : '', bot ? 'bot' : ''].filter(Boolean).join(' ');
    const canSubmit = line.card && line.card.type === 'ask' && state.view === 'dm';
    const body = line.card
      ? renderCard(line.card, canSubmit ? { onSubmit: (form) => send('', form) } : {})
      : h('div', { class: 'bubble' }, line.text);
    return h('article', { class: cls, dataset: { id: String(line.id) } },
      h('div', { class: 'avatar', 'aria-hidden': 'true' }, nameOf(line.from).slice(-2)),
      h('div', { class: 'msg-body' },
        h('div', { class: 'meta' },
          h('span', { class: 'name' }, nameOf(line.from)),
          m ? h('span', { class: 'role' }, describe(m)) : bot ? h('span', { class: 'role' }, '机器人') : null,
          h('time', { datetime: line.at }, fmt.format(new Date(line.at)))),
        body));
  }

  function renderTimeline() {
    clear(timeline);
    const lines = [...state.chats[state.view].values()].sort((a, b) => a.id - b.id);
    if (!lines.length) {
      timeline.append(h('p', { class: 'empty' }, state.view === 'channel'
        ? '工作群里还没有消息。部门负责人可以在这里发布数据需求。'
        : `还没有和${botName}的私信。被询问报数时，表单会出现在这里。`));
      return;
    }
    for (const line of lines) timeline.append(renderLine(line));
    toBottom();
  }

  function nearBottom() {
    return timeline.scrollHeight - timeline.scrollTop - timeline.clientHeight < 80;
  }
  function toBottom() {
    timeline.scrollTop = timeline.scrollHeight;
    follow.atBottom = true;
    follow.unseen = 0;
    pill.hidden = true;
  }
  function showUnseen() {
    follow.unseen += 1;
    pill.textContent = `${follow.unseen} 条新消息 ↓`;
    pill.hidden = false;
  }

  function append(view, line) {
    const chat = state.chats[view];
    if (chat.has(line.id)) return;
    chat.set(line.id, line);
    if (view === state.view) {
      timeline.querySelector('.empty')?.remove();
      timeline.append(renderLine(line));
      if (follow.atBottom || line.from === state.me) toBottom();
      else showUnseen();
    } else if (view === 'dm' && line.from === 'bot') {
      state.unread += 1;
      badge.textContent = String(state.unread);
      badge.hidden = false;
    }
  }

  function listen(view) {
    state.streams[view]?.close();
    const chat = chatKey(view);
    const q = new URLSearchParams({ chat });
    if (token) q.set('token', token);
    const source = new EventSource(`/api/web/events?${q}`);
    source.addEventListener('message', (e) => append(view, JSON.parse(e.data)));
    source.addEventListener('ready', () => { status.textContent = ''; });
    source.onerror = () => { status.textContent = '连接中断，正在重连…'; };
    state.streams[view] = source;
  }

  async function send(message, form) {
    const body = { from: state.me, in: state.view === 'dm' ? 'dm' : 'channel', text: message, ...(form ? { form } : {}) };
    await api('/api/web/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  function setView(view) {
    state.view = view;
    for (const b of document.querySelectorAll('.chat-tabs button')) b.classList.toggle('active', b.dataset.view === view);
    if (view === 'dm') { state.unread = 0; badge.hidden = true; }
    text.placeholder = view === 'channel' ? '在工作群发言，回车发送，Shift+回车换行' : `私信${botName}，回车发送`;
    renderTimeline();
  }

  function setIdentity(id) {
    state.me = id;
    localStorage.setItem('onetable.identity', id);
    state.chats.dm = new Map();
    state.unread = 0;
    badge.hidden = true;
    listen('dm');
    renderTimeline();
  }

  const signInForm = document.getElementById('sign-in');
  const signInError = document.getElementById('sign-in-error');

  async function redeem(code) {
    await api('/api/web/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  }

  // Outside the demo nobody picks an identity: a member signs in with the one-time code the admin gave them.
  function askToSignIn() {
    for (const el of [timeline.parentElement, document.getElementById('composer'), document.querySelector('.chat-tabs'), select.closest('label')]) if (el) el.hidden = true;
    signInForm.hidden = false;
    signInForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await redeem(signInForm.elements.code.value.trim());
        location.reload();
      } catch (err) {
        signInError.textContent = err.message;
        signInError.hidden = false;
      }
    });
  }

  async function start() {
    const code = params.get('code');
    if (code) {
      params.delete('code');
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
      await redeem(code).catch((err) => { status.textContent = `登录失败：${err.message}`; });
    }
    const who = await api('/api/web/me');
    if (!who.demo && !who.member) { askToSignIn(); return; }
    document.getElementById('demo-note').hidden = !who.demo;
    state.roster = await api('/api/web/roster');
    const groups = [['lead', '部门负责人'], ['staff', '基层工作人员'], ['admin', '管理员']];
    for (const [role, label] of groups) {
      const members = state.roster.members.filter((m) => m.role === role);
      if (members.length) select.append(h('optgroup', { label }, members.map((m) => h('option', { value: m.id }, `${m.name}（${describe(m)}）`))));
    }
    const wanted = who.member || params.get('as') || localStorage.getItem('onetable.identity');
    const first = state.roster.members.find((m) => m.id === wanted) || state.roster.members[0];
    if (!first) { timeline.replaceChildren(h('p', { class: 'empty' }, '名册为空，请先在管理后台导入名册。')); return; }
    select.value = first.id;
    state.me = first.id;
    // Signed in: the session speaks, there is nobody else to be.
    if (who.member) select.disabled = true;
    select.addEventListener('change', () => setIdentity(select.value));
    for (const b of document.querySelectorAll('.chat-tabs button')) b.addEventListener('click', () => setView(b.dataset.view));
    listen('channel');
    setIdentity(first.id);
    setView(state.view);
  }

  timeline.addEventListener('scroll', () => {
    follow.atBottom = nearBottom();
    if (follow.atBottom) { follow.unseen = 0; pill.hidden = true; }
  });
  pill.addEventListener('click', toBottom);

  document.getElementById('composer').addEventListener('submit', async (e) => {
    e.preventDefault();
    const message = text.value.trim();
    if (!message || !state.me) return;
    text.disabled = true;
    try {
      await send(message);
      text.value = '';
      status.textContent = '';
    } catch (err) {
      status.textContent = `发送失败：${err.message}`;
    } finally {
      text.disabled = false;
      text.focus();
    }
  });
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      document.getElementById('composer').requestSubmit();
    }
  });

  start().catch((err) => { status.textContent = `加载失败：${err.message}`; });
})();
