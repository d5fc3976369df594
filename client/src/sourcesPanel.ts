// The "Sourced: Show Sources" webview: asks the server (`sourced/sources`) for the page of the current
// article or the workspace, shows it, and reveals a clicked entry in the editor. No analysis here.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range as LspRange } from 'vscode-languageclient';

interface SourcesResult {
  readonly html?: string;
  readonly locations?: ReadonlyArray<{ readonly uri: string; readonly range: LspRange }>;
}

type Message = { command: 'reveal'; location: number } | { command: 'scope'; scope: 'article' | 'workspace' } | { command: 'refresh' };

const VIEW_TYPE = 'sourced.sources';

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { command?: unknown }).command === 'string';
}

/** The page shown when there is nothing to ask the server for: built here, static, under the same strict CSP. */
function notice(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${escaped}</p></body></html>`;
}

export class SourcesPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: 'article' | 'workspace' = 'article';
  private article: vscode.Uri | undefined;
  private locations: SourcesResult['locations'] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isArticle: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.isArticle(editor.document) && editor.document.uri.toString() !== this.article?.toString()) {
          this.article = editor.document.uri;
          if (this.scope === 'article') this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.isArticle(e.document) && (this.scope === 'workspace' || e.document.uri.toString() === this.article?.toString())) this.schedule(600);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.panel && this.isArticle(d)) this.schedule(300);
      }),
    );
  }

  /** The command: opens (or shows) the panel for the active article, or the workspace when none is active. */
  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.isArticle(editor.document)) this.article = editor.document.uri;
    if (!this.article) this.scope = 'workspace';
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        clearTimeout(this.timer);
      });
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m));
    }
    void this.render();
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const client = this.client();
    if (!client || !client.isRunning()) {
      panel.webview.html = notice('The Sourced language server is not running.');
      return;
    }
    if (this.scope === 'article' && !this.article) {
      panel.webview.html = notice('Open a news article to see its sources.');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    try {
      const params = this.scope === 'workspace' ? { workspace: true, render: { nonce } } : { uri: this.article!.toString(), render: { nonce } };
      const result = (await client.sendRequest('sourced/sources', params)) as SourcesResult | null;
      if (this.panel !== panel) return;
      this.locations = result?.locations ?? [];
      panel.title = this.scope === 'workspace' ? 'Sources: workspace' : `Sources: ${this.article!.path.slice(this.article!.path.lastIndexOf('/') + 1)}`;
      panel.webview.html = result?.html ?? notice('This file is not analysed: check sourced.languages.');
    } catch (err) {
      panel.webview.html = notice(`Sourced could not list the sources: ${String(err)}`);
    }
  }

  private async receive(m: unknown): Promise<void> {
    if (!isMessage(m)) return;
    if (m.command === 'scope') {
      this.scope = m.scope === 'workspace' ? 'workspace' : 'article';
      await this.render();
    } else if (m.command === 'refresh') {
      await this.render();
    } else if (m.command === 'reveal') {
      const target = this.locations?.[m.location];
      const client = this.client();
      if (!target || !client) return;
      const range = client.protocol2CodeConverter.asRange(target.range);
      const uri = vscode.Uri.parse(target.uri);
      const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn ?? vscode.ViewColumn.One;
      const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
