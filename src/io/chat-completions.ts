/**
 * One request to an OpenAI-compatible chat endpoint (`POST {base}/chat/completions`, as llama.cpp's
 * server, Ollama, vLLM and OpenAI itself serve it): the network edge of the optional LLM rewrite.
 *
 * Never throws: a refused connection, a timeout, an HTTP error status or a body that is not a chat
 * completion is a `ChatFailure` saying which, in words fit for a diagnostic.
 */

/** Where and how to reach the endpoint. */
export interface ChatEndpoint {
  /** The API's base URL, `/v1` included (`http://127.0.0.1:11434/v1`); `/chat/completions` is appended. */
  url: string;
  /** The model to ask for; omitted from the request when unset (llama.cpp serves the one it loaded). */
  model?: string;
  /** Sent as `Authorization: Bearer <key>` when set. */
  key?: string;
  timeoutMs: number;
  maxResponseBytes: number;
  temperature: number;
}

/** One message of the conversation. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The assistant's answer: its text, and the model the endpoint says wrote it. */
export interface ChatAnswer {
  ok: true;
  content: string;
  model?: string;
}

/**
 * Why there is no answer. `unreachable`, `timeout` and `http` say the endpoint cannot serve this run;
 * `malformed` that this one answer is not a chat completion.
 */
export interface ChatFailure {
  ok: false;
  kind: 'unreachable' | 'timeout' | 'http' | 'malformed';
  reason: string;
}

/** The request URL of a base URL: `{base}/chat/completions`, unless the base already ends so. */
export function completionsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return /\/chat\/completions$/.test(trimmed) ? trimmed : `${trimmed}/chat/completions`;
}

/** A URL for messages: its user name and password left out. */
export function describeEndpoint(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}

/** Sends the messages and returns the first choice's text, or why there is none. */
export async function postChat(
  endpoint: ChatEndpoint,
  messages: ChatMessage[],
): Promise<ChatAnswer | ChatFailure> {
  const body: Record<string, unknown> = {
    messages,
    temperature: endpoint.temperature,
    response_format: { type: 'json_object' },
    stream: false,
  };
  if (endpoint.model) body.model = endpoint.model;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.key) headers.authorization = `Bearer ${endpoint.key}`;
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  let text: string;
  try {
    const response = await fetch(completionsUrl(endpoint.url), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal,
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return failure(
        'http',
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const read = await readCapped(response, endpoint.maxResponseBytes);
    if (read === null) return failure('malformed', `answer larger than ${endpoint.maxResponseBytes} bytes`);
    text = read;
  } catch (error) {
    return transportFailure(error, endpoint.timeoutMs);
  }
  return parseCompletion(text);
}

/** The first choice's message content of a chat-completion body, or why it is not one. */
export function parseCompletion(text: string): ChatAnswer | ChatFailure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('malformed', 'the answer is not JSON');
  }
  const choice = (json as { choices?: Array<{ message?: { content?: unknown } }> })?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string')
    return failure('malformed', 'the answer holds no choices[0].message.content');
  const model = (json as { model?: unknown }).model;
  return { ok: true, content, ...(typeof model === 'string' && model.trim() && { model: model.trim() }) };
}

/** The body as text, or null when it runs past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function failure(kind: ChatFailure['kind'], reason: string): ChatFailure {
  return { ok: false, kind, reason };
}

/** What a thrown fetch error means: a timeout, or a connection that could not be made (with its code). */
function transportFailure(error: unknown, timeoutMs: number): ChatFailure {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
    return failure('timeout', `no answer within ${Math.round(timeoutMs / 100) / 10} s`);
  const cause = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(error);
  return failure('unreachable', `cannot connect (${cause})`);
}
