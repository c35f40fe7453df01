// A small client for the card centre's admin API (JSON, bearer token), used by the cards CLI and
// the tests. Imports stream a file with a progress callback on the bytes sent.
import { createReadStream, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';

export interface AdminResult<T = Record<string, unknown>> {
  status: number;
  body: T;
  /** Raw text for CSV replies. */
  text: string;
}

export class AdminClient {
  token = '';

  constructor(readonly baseUrl: string) {}

  async login(staffId: string, secret: string): Promise<AdminResult> {
    const result = await this.request('POST', '/admin/login', { staffId, secret });
    if (result.status === 200) this.token = String(result.body['token']);
    return result;
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<AdminResult<T>> {
    const headers: Record<string, string> = {};
    if (this.token !== '') headers['authorization'] = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return parse<T>(response);
  }

  get<T = Record<string, unknown>>(path: string): Promise<AdminResult<T>> {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}): Promise<AdminResult<T>> {
    return this.request<T>('POST', path, body);
  }

  put<T = Record<string, unknown>>(path: string, body: unknown): Promise<AdminResult<T>> {
    return this.request<T>('PUT', path, body);
  }

  /** Streams text or a file to an import route (CSV or JSON Lines by contentType). */
  async upload<T = Record<string, unknown>>(
    path: string,
    source: string | { file: string },
    contentType: 'text/csv' | 'application/x-ndjson',
    onBytes?: (sent: number, total: number) => void,
  ): Promise<AdminResult<T>> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.token !== '') headers['authorization'] = `Bearer ${this.token}`;
    if (typeof source === 'string') {
      return parse<T>(await fetch(this.baseUrl + path, { method: 'POST', headers, body: source }));
    }
    const total = statSync(source.file).size;
    let sent = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        sent += chunk.length;
        onBytes?.(sent, total);
        done(null, chunk);
      },
    });
    const stream = createReadStream(source.file).pipe(counter);
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers,
      body: Readable.toWeb(stream) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    return parse<T>(response);
  }
}

async function parse<T>(response: Response): Promise<AdminResult<T>> {
  const text = await response.text();
  let body: unknown = {};
  if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') body = JSON.parse(text);
  return { status: response.status, body: body as T, text };
}
