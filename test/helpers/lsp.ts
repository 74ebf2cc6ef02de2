import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A JSON-RPC message of the Language Server Protocol. */
export interface LspMessage {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/**
 * A minimal LSP client over stdio: Content-Length framing, requests with promised responses, notifications kept
 * for `waitFor`, and empty answers to the server's own requests (configuration, capability registration).
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: LspMessage) => void>();
  private readonly notifications: LspMessage[] = [];
  private readonly waiters: { test: (m: LspMessage) => boolean; resolve: (m: LspMessage) => void }[] = [];

  constructor(
    command: string,
    args: string[],
    private readonly settings: unknown,
  ) {
    this.child = spawn(command, args, { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      ) as LspMessage;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: LspMessage): void {
    if (message.id !== undefined && message.method !== undefined) {
      // A request from the server: answer workspace/configuration with our settings, anything else with null.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      this.send({
        id: message.id,
        result: message.method === 'workspace/configuration' ? (items ?? []).map(() => this.settings) : null,
      });
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else {
      const waiter = this.waiters.findIndex((w) => w.test(message));
      if (waiter >= 0) this.waiters.splice(waiter, 1)[0]!.resolve(message);
      else this.notifications.push(message);
    }
  }

  private send(message: LspMessage): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Sends a request and waits for its response. */
  request(method: string, params: unknown): Promise<LspMessage> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  /** Sends a notification. */
  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification (already received or still to come) that passes the test; rejects after `ms`. */
  waitFor(test: (message: LspMessage) => boolean, ms = 20_000): Promise<LspMessage> {
    const index = this.notifications.findIndex(test);
    if (index >= 0) return Promise.resolve(this.notifications.splice(index, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No such notification within ${ms} ms`)), ms);
      this.waiters.push({ test, resolve: (message) => (clearTimeout(timer), resolve(message)) });
    });
  }

  /** Stops the server. */
  close(): void {
    this.child.kill();
  }
}
