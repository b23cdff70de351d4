// Prints the login QR code to the terminal (stderr), as blocks when the `qrcode` package is available.

interface QrModule {
  toString(text: string, options: { type: 'terminal' | 'svg'; small?: boolean }): Promise<string>;
}

let loaded: Promise<QrModule | null> | null = null;

/** The optional `qrcode` renderer (installed with wechaty); null when absent. */
export function qrRenderer(): Promise<QrModule | null> {
  const name = 'qrcode';
  loaded ??= import(name).then((m: { default?: QrModule } & Partial<QrModule>) => (m.default ?? (m as QrModule)) ?? null).catch(() => null);
  return loaded;
}

export async function printQr(qrcode: string, status: string, adminUrl: string, write: (s: string) => void = (s) => process.stderr.write(s)): Promise<void> {
  const qr = await qrRenderer();
  const art = qr ? await qr.toString(qrcode, { type: 'terminal', small: true }).catch(() => '') : '';
  write(`\n[wechat] ${status}: scan this QR code with the bot's WeChat account (also at ${adminUrl})\n${art}\n${qrcode}\n\n`);
}
