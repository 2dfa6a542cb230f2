// VS Code client for `snag server`: starts it over stdio for Python files,
// passes the snag.* settings as initializationOptions, and restarts it on
// `snag: Restart the language server` or a change of snag.path/args.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function options(): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration('snag');
  const out: Record<string, unknown> = {
    extendSelect: cfg.get<string[]>('extendSelect', []),
    ignore: cfg.get<string[]>('ignore', []),
  };
  const select = cfg.get<string[] | null>('select', null);
  if (select) out.select = select;
  return out;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('snag');
  const command = cfg.get<string>('path', 'snag');
  const args = ['server', ...cfg.get<string[]>('args', [])];
  const serverOptions: ServerOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }, { scheme: 'untitled', language: 'python' }],
    initializationOptions: options(),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{pyproject.toml,snag.toml,.snag.toml}'),
    },
  };
  client = new LanguageClient('snag', 'snag', serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) await client.stop();
  client = undefined;
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('snag.restart', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('snag')) void restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
