// Plugin secrets saved from the console are sealed (AES-256-GCM) with a key kept outside the database: a copy of the
// database or a backup alone does not give the Lark app secret away.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from './file-modes.js';

const PREFIX = 'sealed:v1:';

export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** From any secret text (env), hashed to a 256-bit key. */
  static fromText(text: string): SecretBox {
    return new SecretBox(createHash('sha256').update(`onetable-secret-key:${text}`).digest());
  }

  /** ONETABLE_SECRET_KEY when given, else the key file beside the database (created 0600 on first use). */
  static load(envKey: string | undefined, keyFile: string): SecretBox {
    if (envKey) return SecretBox.fromText(envKey);
    if (!existsSync(keyFile)) writePrivateFile(keyFile, `${randomBytes(32).toString('base64url')}\n`);
    const text = readFileSync(keyFile, 'utf8').trim();
    if (text.length < 32) throw new Error(`${keyFile}: the secret key must be at least 32 characters; restore the file (without it, secrets saved in the console cannot be read)`);
    return SecretBox.fromText(text);
  }

  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(PREFIX);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The plain text of a sealed value; throws when the key is not the one it was sealed with. */
  open(sealed: string): string {
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The config with the named secrets sealed (values already sealed are kept). */
  sealKeys(config: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
    const out = { ...config };
    for (const k of keys) {
      const v = out[k];
      if (typeof v === 'string' && v !== '' && !SecretBox.isSealed(v)) out[k] = this.seal(v);
    }
    return out;
  }

  /** The config with every sealed value opened (plain values, from before sealing, pass through). */
  openAll(config: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, SecretBox.isSealed(v) ? this.open(v) : v]));
  }
}
