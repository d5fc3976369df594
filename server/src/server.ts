// The language server's entry point (`sourced-language-server --stdio`, or node IPC from VS Code).
// Creates the connection and hands it to the session; everything else lives in lsp/.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './lsp/session';
import type { Feature } from './lsp/feature';
import { hoverFeature } from './lsp/hover';
import { diagnosticsFeature } from './lsp/diagnostics';
import { codeActionsFeature } from './lsp/codeActions';
import { documentSymbolsFeature } from './lsp/documentSymbols';
import { inlayHintsFeature } from './lsp/inlayHints';
import { navigationFeature } from './lsp/navigation';
import { semanticTokensFeature } from './lsp/semanticTokens';
import { workspaceSymbolsFeature } from './lsp/workspaceSymbols';
import { sourcesFeature } from './lsp/sources';
import { VERSION } from './version';

/** Every feature the server offers. A new one (inlay hints, definitions, references) is a module in lsp/ added here. */
const FEATURES: readonly Feature[] = [
  hoverFeature,
  diagnosticsFeature,
  codeActionsFeature,
  documentSymbolsFeature,
  inlayHintsFeature,
  navigationFeature,
  semanticTokensFeature,
  workspaceSymbolsFeature,
  sourcesFeature,
];

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  // Started by hand without a transport: say how to start it rather than fail with a stack trace.
  (args.includes('--help') ? process.stdout : process.stderr).write(
    'Usage: sourced-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\nThe Sourced language server; see README.md for Neovim and Emacs.\n',
  );
  process.exit(args.includes('--help') ? 0 : 2);
}

// With no streams given, the transport comes from the command line: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
// A forgotten promise must not take the server (and every open editor's features) down: log it instead.
process.on('unhandledRejection', (reason) => connection.console.error(`Sourced: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
startSession(connection, VERSION, FEATURES);
