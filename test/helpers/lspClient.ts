// A tiny LSP client for tests: spawns the built server over stdio and speaks JSON-RPC with
// Content-Length framing through vscode-jsonrpc's stream reader and writer.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

export interface Notification {
  readonly method: string;
  readonly params: unknown;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly notifications: Notification[] = [];
  /** What the server gets when it pulls the `sourced` section. */
  configuration: unknown = null;
  readonly stderr: string[] = [];
  private readonly events = new EventEmitter();
  private readonly exited: Promise<number | null>;

  constructor(readonly process: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification((method: string, params: unknown[] | object | undefined) => {
      this.notifications.push({ method, params });
      this.events.emit('notification');
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    process.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    this.connection.listen();
  }

  static start(serverPath: string): TestClient {
    return new TestClient(spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Resolves with the first notification (already received or to come) that satisfies the test. */
  waitFor<T>(method: string, test: (params: T) => boolean, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hit = this.notifications.find((n) => n.method === method && test(n.params as T));
        if (!hit) return false;
        clearTimeout(timer);
        this.events.off('notification', listener);
        resolve(hit.params as T);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.events.off('notification', listener);
        reject(new Error(`no ${method} within ${timeoutMs} ms; got ${JSON.stringify(this.notifications.map((n) => n.method))}; stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      if (!check()) this.events.on('notification', listener);
    });
  }

  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, timeoutMs);
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }
}
