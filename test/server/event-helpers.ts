// Connection-event test helpers: a local Standard Webhooks receiver on node:http, polling, and a fresh secret.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

export interface Received {
  body: string;
  headers: IncomingHttpHeaders;
  /** What the receiver answered. */
  status: number;
}

/** How the receiver answers the next request: a status, or 'hang' (never answers, so the sender times out). */
export type Answer = number | 'hang';

export interface Receiver {
  url: string;
  received: Received[];
  /** Every request, answered or not. */
  answer: (request: Received) => Answer;
  close(): Promise<void>;
}

export async function startReceiver(answer: Receiver['answer'] = () => 204): Promise<Receiver> {
  const hung = new Set<import('node:http').ServerResponse>();
  const receiver: Receiver = { url: '', received: [], answer, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = { body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, status: 0 };
    const reply = receiver.answer(request);
    receiver.received.push(request);
    if (reply === 'hang') {
      hung.add(res);
      return;
    }
    request.status = reply;
    res.writeHead(reply).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/qbo`;
  receiver.close = async () => {
    for (const res of hung) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Polls `probe` until it returns a truthy value (the change is asynchronous by design); fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<Truthy<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A Standard Webhooks secret: whsec_ + base64 of 32 random bytes. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** The parsed body of a received webhook. */
export const bodyOf = (request: Received) => JSON.parse(request.body) as { type: string; timestamp: string; data: any };

/** A port nothing listens on at 127.0.0.1 right now (the system picks one, then gives it back). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
