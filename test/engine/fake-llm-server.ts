/**
 * A small OpenAI-compatible chat server for tests, on 127.0.0.1 at a free port: `POST
 * /v1/chat/completions` answers with what `answer` returns for the request; every request is kept.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The lines of a rewrite request as the prompt sends them. */
export interface RequestedLine {
  line: number;
  text: string;
  passages: string[];
}

/** What the fake answers: a chat completion whose message is `content`, an HTTP status, a raw body, or nothing. */
export type FakeAnswer =
  | { content: string; model?: string }
  | { status: number }
  | { body: string }
  | { hang: true };

/** A running fake server. */
export interface FakeLlm {
  /** Its base URL, `/v1` included. */
  url: string;
  /** The request bodies received, parsed. */
  requests: Array<{ path: string; authorization?: string; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** The lines a request asks to rewrite (from its user message). */
export function requestedLines(body: Record<string, unknown>): RequestedLine[] {
  const messages = body.messages as Array<{ role: string; content: string }>;
  const user = messages.find((m) => m.role === 'user');
  return (JSON.parse(user?.content ?? '{}') as { lines: RequestedLine[] }).lines;
}

/** A completion answer whose message is the JSON `{"sentences": [...]}`. */
export function sentencesAnswer(sentences: string[], model = 'fake-model-7b'): FakeAnswer {
  return { content: JSON.stringify({ sentences }), model };
}

/** Starts the fake; `answer` decides each reply from the parsed request body. */
export async function startFakeLlm(answer: (body: Record<string, unknown>) => FakeAnswer): Promise<FakeLlm> {
  const requests: FakeLlm['requests'] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      if (req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const a = answer(body);
      if ('hang' in a) hanging.push(res);
      else if ('status' in a)
        res.writeHead(a.status, { 'content-type': 'application/json' }).end('{"error":"no"}');
      else if ('body' in a) res.writeHead(200, { 'content-type': 'application/json' }).end(a.body);
      else
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            model: a.model,
            choices: [
              { index: 0, message: { role: 'assistant', content: a.content }, finish_reason: 'stop' },
            ],
          }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
