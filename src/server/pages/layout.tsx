import type { Child } from 'hono/jsx';

/** The HTML shell every page shares. Text children are escaped by hono/jsx. */
export function Layout(props: { title: string; scripts?: string[]; bodyData?: Record<string, string>; children?: Child }) {
  const data = Object.fromEntries(Object.entries(props.bodyData ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body {...data}>
        {props.children}
        {(props.scripts ?? []).map((s) => <script src={`/assets/${s}`} defer></script>)}
      </body>
    </html>
  );
}
