// WeCom callbacks as WeCom builds them, written from the documented algorithm (independently of the plugin's cipher):
// AESKey = base64(EncodingAESKey + "="), IV = its first 16 bytes, PKCS#7 to 32-byte blocks,
// plaintext = 16 random bytes + 4-byte big-endian length + message + corp id; msg_signature = sha1(sorted parts).
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

export function encryptForWecom(encodingAESKey: string, message: string, corpId: string): string {
  const key = Buffer.from(`${encodingAESKey}=`, 'base64');
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(corpId, 'utf8')]);
  const pad = 32 - (plain.length % 32);
  const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

export function sign(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
}

export interface Secrets {
  token: string;
  encodingAESKey: string;
  corpId: string;
}

export function textMessageXml(o: { corpId: string; from: string; text: string; msgId: string; agentId: number; at: Date }): string {
  return `<xml><ToUserName><![CDATA[${o.corpId}]]></ToUserName><FromUserName><![CDATA[${o.from}]]></FromUserName>`
    + `<CreateTime>${Math.floor(o.at.getTime() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>`
    + `<Content><![CDATA[${o.text}]]></Content><MsgId>${o.msgId}</MsgId><AgentID>${o.agentId}</AgentID></xml>`;
}

export interface PostOptions {
  timestamp?: number;
  nonce?: string;
  signWith?: string;
  corpId?: string;
  contentType?: string;
}

/** The POST WeCom makes: the encrypted envelope as XML, signed in the query string. */
export function callbackRequest(url: string, s: Secrets, innerXml: string, now: Date, o: PostOptions = {}): { url: string; init: RequestInit } {
  const encrypted = encryptForWecom(s.encodingAESKey, innerXml, o.corpId ?? s.corpId);
  const timestamp = String(o.timestamp ?? Math.floor(now.getTime() / 1000));
  const nonce = o.nonce ?? randomBytes(6).toString('hex');
  const signature = sign(o.signWith ?? s.token, timestamp, nonce, encrypted);
  const body = `<xml><ToUserName><![CDATA[${s.corpId}]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
  const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce });
  return { url: `${url}?${query.toString()}`, init: { method: 'POST', headers: { 'content-type': o.contentType ?? 'text/xml' }, body } };
}

export async function postCallback(url: string, s: Secrets, innerXml: string, now: Date, o: PostOptions = {}): Promise<Response> {
  const r = callbackRequest(url, s, innerXml, now, o);
  return fetch(r.url, r.init);
}

/** The console's URL check: GET with an encrypted echostr. */
export async function verifyUrl(url: string, s: Secrets, echo: string, now: Date, signWith = s.token): Promise<Response> {
  const encrypted = encryptForWecom(s.encodingAESKey, echo, s.corpId);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = 'n0nce';
  const query = new URLSearchParams({ msg_signature: sign(signWith, timestamp, nonce, encrypted), timestamp, nonce, echostr: encrypted });
  return fetch(`${url}?${query.toString()}`);
}
