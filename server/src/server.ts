// The language server's entry point (`sourced-language-server --stdio`, or node IPC from VS Code).
// Creates the connection and hands it to the session; everything else lives in lsp/.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './lsp/session';
import { VERSION } from './version';

if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}

// With no streams given, the transport comes from the command line: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
// A forgotten promise must not take the server (and every open editor's features) down: log it instead.
process.on('unhandledRejection', (reason) => connection.console.error(`Sourced: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
startSession(connection, VERSION);
