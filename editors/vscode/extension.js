// Starts `editlint lsp` for Markdown and plain text documents. The server does the work: diagnostics as you
// type, quick fixes, hover. `editlint.path` names the executable; changing it restarts the server.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function createClient() {
  const command = vscode.workspace.getConfiguration('editlint').get('path') || 'editlint';
  const server = { command, args: ['lsp'], transport: TransportKind.stdio };
  return new LanguageClient('editlint', 'EditLint', { run: server, debug: server }, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
  });
}

async function activate(context) {
  client = createClient();
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (event.affectsConfiguration('editlint.path')) {
      await client.stop();
      client = createClient();
      await client.start();
    }
  }));
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
