import { Layout } from './layout.js';

/** `/`: the consolidated channel and each member's DM with the bot, as any roster member. */
export function ChannelPage(props: { botName: string; timezone: string }) {
  return (
    <Layout title={`${props.botName} · 本地频道`} scripts={['dom.js', 'channel.js']} bodyData={{ timezone: props.timezone, bot: props.botName }}>
      <div class="app chat">
        <header class="topbar">
          <div class="brand">{props.botName}<small>数据报送工作群</small></div>
          <label class="identity">
            <span>当前身份</span>
            <select id="identity" aria-label="切换身份"></select>
          </label>
          <a class="toplink" href="/admin">管理后台</a>
        </header>
        <nav class="chat-tabs" role="tablist">
          <button type="button" role="tab" data-view="channel" class="active">工作群</button>
          <button type="button" role="tab" data-view="dm">与{props.botName}的私信<span class="badge" id="dm-badge" hidden></span></button>
        </nav>
        <p id="demo-note" class="demo-note" role="note" hidden>
          演示模式（ONETABLE_DEMO=on，仅限本机访问）：可切换为名册中任何成员。正式使用请关闭演示模式，成员凭管理员发放的登录码登录。
        </p>
        <form id="sign-in" class="card login-card" hidden>
          <h1>登录工作群</h1>
          <p class="muted">请输入管理员发给你的登录码（或直接打开登录链接）。</p>
          <label>登录码<input name="code" autocomplete="one-time-code" required /></label>
          <p id="sign-in-error" class="error" role="alert" hidden></p>
          <button type="submit" class="primary">登录</button>
        </form>
        <div class="timeline-wrap">
          <main id="timeline" class="timeline" aria-live="polite">
            <p class="empty">正在加载…</p>
          </main>
          <button type="button" id="new-messages" class="new-messages" hidden>新消息 ↓</button>
        </div>
        <form id="composer" class="composer">
          <textarea id="text" rows={2} placeholder="在工作群发言，回车发送，Shift+回车换行" aria-label="消息"></textarea>
          <button type="submit" class="primary">发送</button>
        </form>
        <p id="status" class="status" role="status"></p>
      </div>
    </Layout>
  );
}
