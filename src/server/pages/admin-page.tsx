import { Layout } from './layout.js';

const TABS: Array<[string, string]> = [
  ['collections', '汇总与需求'], ['ledgers', '台账'], ['catalogue', '目录'], ['pool', '数据池'], ['roster', '名册'], ['fields', '数据项'],
  ['plugins', '插件'], ['settings', '设置'], ['burden', '减负'], ['deliveries', '消息投递'], ['reports', '反映'], ['audit', '审计日志'],
];

/** `/admin`: the console shell; admin.js draws each tab from /api/admin. */
export function AdminPage(props: { botName: string }) {
  return (
    <Layout title={`${props.botName} · 管理后台`} scripts={['dom.js', 'admin-ledgers.js', 'admin.js']}>
      <div class="app wide">
        <header class="topbar">
          <div class="brand">{props.botName}<small>管理后台</small></div>
          <a class="toplink" href="/">工作群</a>
          <button type="button" id="logout" class="ghost">退出</button>
        </header>
        <nav class="admin-tabs" id="tabs">
          {TABS.map(([key, label]) => <a href={`#${key}`} data-tab={key}>{label}</a>)}
        </nav>
        <main id="view" class="view"><p class="empty">正在加载…</p></main>
      </div>
    </Layout>
  );
}

export function LoginPage(props: { botName: string; error?: string }) {
  return (
    <Layout title={`${props.botName} · 管理员登录`}>
      <div class="login">
        <form method="post" action="/admin/login" class="card login-card">
          <h1>{props.botName} 管理后台</h1>
          <p class="muted">请输入管理员令牌（环境变量 ONETABLE_ADMIN_TOKEN，或首次启动时生成的 data/admin-token 文件）。</p>
          <label>管理员令牌<input type="password" name="token" autocomplete="current-password" required autofocus /></label>
          {props.error ? <p class="error" role="alert">{props.error}</p> : null}
          <button type="submit" class="primary">登录</button>
        </form>
      </div>
    </Layout>
  );
}
