// Drives `snag server` with a real LSP client library (vscode-jsonrpc /
// vscode-languageserver-protocol, the library VS Code's client is built on)
// through what an editor does: initialize, open, incremental edits, push and
// pull diagnostics, quick fixes, "disable for this line", fix-all, hover,
// watched configuration files, errors, shutdown and exit.
//
//   node tests/lsp/client.test.js path/to/snag
//
// Prints `FAIL name: why` per failed check and ends with
// `lsp: N passed, M failed`; exits 1 when M > 0.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const rpc = require('vscode-jsonrpc/node');
const lsp = require('vscode-languageserver-protocol');

const SNAG = path.resolve(process.argv[2] || 'build/snag');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'snag-lsp-'));
let passed = 0, failed = 0;

function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n').slice(0, 6).join('\n    ')}`);
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms); }),
  ]);
}

// A started server with a connection; diagnostics pushed are kept per URI.
function start(env) {
  const proc = cp.spawn(SNAG, ['server'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout),
                                           new rpc.StreamMessageWriter(proc.stdin));
  const pushed = new Map();
  const waiters = [];
  conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
    pushed.set(p.uri, p);
    for (const w of waiters.splice(0)) w();
  });
  const messages = [];
  conn.onNotification(lsp.ShowMessageNotification.type, (p) => messages.push(p));
  const requests = [];
  conn.onRequest((method, params) => { requests.push({ method, params }); return null; });
  conn.listen();
  // the next publishDiagnostics for uri that satisfies pred
  const nextDiagnostics = (uri, pred = () => true) => withTimeout(new Promise((resolve) => {
    const poll = () => {
      const p = pushed.get(uri);
      if (p && pred(p)) { pushed.delete(uri); resolve(p); } else waiters.push(poll);
    };
    poll();
  }), 10000, `diagnostics for ${uri}`);
  return { proc, conn, exited, nextDiagnostics, requests, pushed, messages, stderr: () => stderr };
}

// Applies LSP TextEdits (UTF-16 positions, which JS strings index natively).
function applyEdits(text, edits) {
  const lines = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lines.push(i + 1);
  const off = (p) => (p.line >= lines.length ? text.length : Math.min(lines[p.line] + p.character, text.length));
  const sorted = edits.map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}
const pos = (line, character) => ({ line, character });
const range = (l0, c0, l1, c1) => ({ start: pos(l0, c0), end: pos(l1, c1) });
const codes = (diags) => diags.map((d) => d.code).sort();

async function pushSession() {
  const dir = path.join(tmp, 'push');
  fs.mkdirSync(dir);
  const file = path.join(dir, 'mod.py');
  const uri = 'file://' + file;
  // the pitfall sits after text outside the BMP and accented letters
  const text = 's = "h\u00e9llo \u{1F600}"; grid = [[0] * 3] * 4; grid[0][0] = 1\n\n\ndef f(a):\n    return a\n';
  fs.writeFileSync(file, text);
  const s = start();

  // before initialize: ServerNotInitialized
  let err = null;
  try { await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: pos(0, 0) }); } catch (e) { err = e; }
  check('not-initialized', () => assert.strictEqual(err && err.code, -32002));

  const init = await s.conn.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid, rootUri: 'file://' + dir, workspaceFolders: [{ uri: 'file://' + dir, name: 'push' }],
    capabilities: { general: { positionEncodings: ['utf-16'] },
                    workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    // SNG202 is opt-in; the noqa, fix-all and configuration checks below use its finding
    // (SNG9 is a typo the server must show, as `snag check` stops on it)
    initializationOptions: { extendSelect: ['SNG202', 'SNG9'] },
  });
  const caps = init.capabilities;
  check('init-unknown-selector-shown', () => assert.ok(
    s.messages.some((m) => m.type === lsp.MessageType.Warning && m.message.includes("'SNG9'")), JSON.stringify(s.messages)));
  check('init-encoding', () => assert.strictEqual(caps.positionEncoding, 'utf-16'));
  check('init-incremental-sync', () => assert.strictEqual(caps.textDocumentSync.change, lsp.TextDocumentSyncKind.Incremental));
  check('init-push-mode', () => assert.strictEqual(caps.diagnosticProvider, undefined));
  check('init-code-actions', () => assert.deepStrictEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.snag']));
  check('init-hover', () => assert.strictEqual(caps.hoverProvider, true));
  check('init-server-info', () => assert.strictEqual(init.serverInfo.name, 'snag'));
  s.conn.sendNotification(lsp.InitializedNotification.type, {});

  s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'python', version: 1, text } });
  let p = await s.nextDiagnostics(uri);
  check('open-diagnostics', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG206']));
  const d206 = p.diagnostics[0];
  // UTF-16 columns: the emoji is two code units, so `[[0] * 3] * 4` starts at 23
  // (22 code points, 26 bytes)
  check('open-utf16-columns', () => assert.deepStrictEqual(d206.range, range(0, 23, 0, 36)));
  check('open-version', () => assert.strictEqual(p.version, 1));
  check('diagnostic-fields', () => {
    assert.strictEqual(d206.source, 'snag');
    assert.strictEqual(d206.severity, lsp.DiagnosticSeverity.Error);
    assert.match(d206.codeDescription.href, /rules\.md#sng206-shared-mutable-fill$/);
    assert.strictEqual(d206.data.name, 'shared-mutable-fill');
  });
  check('watchers-registered', () => assert.ok(s.requests.some((r) => r.method === 'client/registerCapability' &&
    JSON.stringify(r.params).includes('**/snag.toml')), JSON.stringify(s.requests)));

  // incremental edits: introduce a mutable default that is mutated (SNG201) ...
  let cur = text;
  const changes = [
    { range: range(3, 7, 3, 7), text: ', b=[]' },
    { range: range(4, 4, 4, 12), text: 'b.append(a)\n    return b' },
  ];
  for (const c of changes) cur = applyEdits(cur, [{ range: c.range, newText: c.text }]);
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 2 }, contentChanges: changes });
  p = await s.nextDiagnostics(uri, (q) => q.version === 2);
  check('edit-introduces-finding', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG201', 'SNG206']));
  const d201 = p.diagnostics.find((d) => d.code === 'SNG201');
  check('edit-finding-range', () => assert.deepStrictEqual(d201.range, range(3, 11, 3, 13)));
  check('edit-related-information', () => assert.deepStrictEqual(d201.relatedInformation[0].location.range, range(4, 4, 4, 15)));

  // ... then fix SNG206 by typing: replace `[[0] * 3] * 4` with a comprehension
  const fix206 = { range: range(0, 23, 0, 36), text: '[[0] * 3 for _ in range(4)]' };
  cur = applyEdits(cur, [{ range: fix206.range, newText: fix206.text }]);
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 3 }, contentChanges: [fix206] });
  p = await s.nextDiagnostics(uri, (q) => q.version === 3);
  check('edit-removes-finding', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG201']));

  // quick fix for SNG201 (unsafe: offered, not preferred), applied, re-linted clean
  const actions = await s.conn.sendRequest(lsp.CodeActionRequest.type, {
    textDocument: { uri }, range: range(3, 11, 3, 13), context: { diagnostics: [p.diagnostics[0]] } });
  const qf = actions.find((a) => a.kind === 'quickfix' && a.diagnostics[0].code === 'SNG201' && !a.title.startsWith('Disable'));
  check('quickfix-offered', () => assert.ok(qf, JSON.stringify(actions.map((a) => a.title))));
  check('quickfix-unsafe-not-preferred', () => assert.ok(qf && !qf.isPreferred));
  const disable = actions.find((a) => a.title === 'Disable SNG201 for this line');
  check('disable-offered', () => assert.ok(disable, JSON.stringify(actions.map((a) => a.title))));
  if (disable) {
    const after = applyEdits(cur, disable.edit.changes[uri]);
    check('disable-edit', () => assert.strictEqual(after.split('\n')[3], 'def f(a, b=[]):  # noqa: SNG201'));
  }
  if (qf) {
    cur = applyEdits(cur, qf.edit.changes[uri]);
    s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 4 }, contentChanges: [{ text: cur }] });
    p = await s.nextDiagnostics(uri, (q) => q.version === 4);
    check('quickfix-relints-clean', () => assert.deepStrictEqual(p.diagnostics, []));
    check('quickfix-result-runs', () => {
      const r = cp.spawnSync('python3', ['-c', cur + '\nassert f(1) == [1] and f(2) == [2]\n']);
      assert.strictEqual(r.status, 0, String(r.stderr));
    });
  }

  // "disable" extends an existing noqa list (SNG505 is off, so SNG003 does
  // not call its code unused)
  cur = 'import threading\n\n\ndef g(x={}):  # noqa: SNG505\n    return [x, 1]\n\n\n' +
        't = threading.Thread(target=print, args=("a"))\n';
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 5 }, contentChanges: [{ text: cur }] });
  p = await s.nextDiagnostics(uri, (q) => q.version === 5);
  check('noqa-file-findings', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG202', 'SNG511']));
  let acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: range(3, 8, 3, 8), context: { diagnostics: [] } });
  const ext = acts.find((a) => a.title === 'Disable SNG202 for this line');
  check('disable-extends-noqa', () => assert.strictEqual(applyEdits(cur, ext.edit.changes[uri]).split('\n')[3],
                                                         'def g(x={}):  # noqa: SNG505, SNG202'));
  // a safe quick fix is the preferred action
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: range(7, 41, 7, 41), context: { diagnostics: [] } });
  check('quickfix-safe-preferred', () => assert.ok(acts.some((a) => a.isPreferred && a.diagnostics[0].code === 'SNG511'),
                                                   JSON.stringify(acts.map((a) => [a.title, a.isPreferred]))));
  // fix-all (a source action: only when asked for; safe fixes only)
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } });
  check('fixall-only-source', () => assert.ok(acts.length === 1 && acts[0].kind === 'source.fixAll.snag', JSON.stringify(acts)));
  if (acts.length === 1) {
    const fixed = applyEdits(cur, acts[0].edit.changes[uri]);
    check('fixall-applies-safe', () => assert.ok(fixed.includes('args=("a",)') && fixed.includes('def g(x={})'), fixed));
  }

  // hover: on a finding, and on a code inside `# noqa: ...`
  let h = await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: pos(7, 42) });
  check('hover-on-finding', () => {
    assert.strictEqual(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /SNG511 args-not-a-tuple/);
    assert.deepStrictEqual(h.range, p.diagnostics.find((d) => d.code === 'SNG511').range);
  });
  h = await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: pos(3, 24) });
  check('hover-on-noqa-code', () => assert.match(h.contents.value, /SNG505 sleep-while-holding-lock/));
  h = await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: pos(1, 0) });
  check('hover-elsewhere-null', () => assert.strictEqual(h, null));

  // a configuration file appears: the watched-files notification re-lints
  fs.writeFileSync(path.join(dir, 'snag.toml'), 'ignore = ["SNG511"]\n');
  s.conn.sendNotification(lsp.DidChangeWatchedFilesNotification.type,
    { changes: [{ uri: 'file://' + path.join(dir, 'snag.toml'), type: lsp.FileChangeType.Created }] });
  p = await s.nextDiagnostics(uri);
  check('config-watch-relints', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG202']));

  // fix-all uses the document's own settings, not the last linted one's:
  // other/ has no snag.toml, so SNG511 (ignored in push/) fires there
  const otherDir = path.join(tmp, 'other');
  fs.mkdirSync(otherDir);
  const otherUri = 'file://' + path.join(otherDir, 'o.py');
  s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: otherUri, languageId: 'python', version: 1, text: cur } });
  p = await s.nextDiagnostics(otherUri);
  check('other-dir-own-settings', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG202', 'SNG511']));
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } });
  check('fixall-document-settings', () => assert.deepStrictEqual(acts, []));

  // a broken configuration in one project: said once, that project gets the
  // defaults, the others keep their own configuration
  const brokenDir = path.join(tmp, 'broken');
  fs.mkdirSync(brokenDir);
  fs.writeFileSync(path.join(brokenDir, 'snag.toml'), 'select = [\n');
  const brokenUri = 'file://' + path.join(brokenDir, 'b.py');
  s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: brokenUri, languageId: 'python', version: 1, text: cur } });
  p = await s.nextDiagnostics(brokenUri);
  check('broken-config-defaults', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG202', 'SNG511']));
  const errors = s.messages.filter((m) => m.type === lsp.MessageType.Error);
  check('broken-config-message', () => assert.ok(errors.length === 1 &&
    errors[0].message.includes('broken/snag.toml:1:'), JSON.stringify(s.messages)));
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } });
  check('broken-config-others-keep-theirs', () => assert.deepStrictEqual(acts, []));
  s.conn.sendNotification(lsp.DidCloseTextDocumentNotification.type, { textDocument: { uri: brokenUri } });
  await s.nextDiagnostics(brokenUri);

  // "disable for this line": not on a continued line; a `noqa:` inside
  // other comment text is not extended (a directive is appended)
  const tricky = 'x = [[]] * \\\n    3; x[0].append(0)\ny = [[]] * 2; y[0].append(0)  # see noqa: docs\n';
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri: otherUri, version: 2 }, contentChanges: [{ text: tricky }] });
  p = await s.nextDiagnostics(otherUri, (q) => q.version === 2);
  check('tricky-findings', () => assert.deepStrictEqual(codes(p.diagnostics), ['SNG206', 'SNG206']));
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri: otherUri }, range: range(0, 4, 0, 4), context: { diagnostics: [] } });
  check('no-disable-on-continued-line', () => assert.ok(!acts.some((a) => a.title.startsWith('Disable')), JSON.stringify(acts.map((a) => a.title))));
  acts = await s.conn.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri: otherUri }, range: range(2, 4, 2, 4), context: { diagnostics: [] } });
  const dis = acts.find((a) => a.title === 'Disable SNG206 for this line');
  check('disable-after-other-comment', () => assert.strictEqual(
    applyEdits(tricky, dis.edit.changes[otherUri]).split('\n')[2], 'y = [[]] * 2; y[0].append(0)  # see noqa: docs # noqa: SNG206'));

  // a UTF-8 BOM the client keeps: line-0 positions count U+FEFF as one unit
  const bomUri = 'file://' + path.join(otherDir, 'bom.py');
  s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: bomUri, languageId: 'python', version: 1, text: '\ufeffg = [[0]] * 2; g[0][0] = 1\n' } });
  p = await s.nextDiagnostics(bomUri);
  check('bom-line0-columns', () => assert.deepStrictEqual(p.diagnostics[0].range, range(0, 5, 0, 14)));
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri: bomUri, version: 2 },
      contentChanges: [{ range: range(0, 1, 0, 2), text: 'grid' }, { range: range(0, 19, 0, 20), text: 'grid' }] });
  p = await s.nextDiagnostics(bomUri, (q) => q.version === 2);
  // `g` became `grid` (both uses): the finding moves 3 to the right, nothing breaks
  check('bom-line0-edit', () => assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.range]),
                                                       [['SNG206', range(0, 8, 0, 17)]]));

  // errors: unknown method, wrong param types, a document never opened
  err = null;
  try { await s.conn.sendRequest('snag/bogus', {}); } catch (e) { err = e; }
  check('unknown-method', () => assert.strictEqual(err && err.code, -32601));
  err = null;
  try { await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: { line: 'x' } }); } catch (e) { err = e; }
  check('invalid-params', () => assert.strictEqual(err && err.code, -32602));
  err = null;
  try { await s.conn.sendRequest(lsp.HoverRequest.type, { textDocument: { uri: uri + 'x' }, position: pos(0, 0) }); } catch (e) { err = e; }
  check('unopened-document', () => assert.strictEqual(err && err.code, -32602));

  // close: an empty list
  s.conn.sendNotification(lsp.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  p = await s.nextDiagnostics(uri);
  check('close-clears', () => assert.deepStrictEqual(p.diagnostics, []));

  await s.conn.sendRequest(lsp.ShutdownRequest.type);
  s.conn.sendNotification(lsp.ExitNotification.type);
  const ex = await withTimeout(s.exited, 10000, 'exit');
  check('exit-after-shutdown', () => assert.strictEqual(ex.code, 0));
  check('no-sanitizer-report', () => assert.ok(!/Sanitizer|runtime error:/.test(s.stderr()), s.stderr()));
  s.conn.dispose();
}

async function pullSession() {
  const dir = path.join(tmp, 'pull');
  fs.mkdirSync(dir);
  const uri = 'file://' + path.join(dir, 'p.py');
  const s = start();
  const init = await s.conn.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid, rootUri: null,
    capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] }, textDocument: { diagnostic: {} } },
    initializationOptions: { ignore: ['SNG201'] },
  });
  check('pull-provider', () => assert.strictEqual(init.capabilities.diagnosticProvider.identifier, 'snag'));
  check('pull-utf8-preferred', () => assert.strictEqual(init.capabilities.positionEncoding, 'utf-8'));
  s.conn.sendNotification(lsp.InitializedNotification.type, {});
  const text = 'x = "\u00e9"; grid = [[0] * 3] * 4; grid[0][0] = 1\n\n\ndef f(a, b=[]):\n    b.append(a)\n';
  s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'python', version: 1, text } });
  let r = await s.conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  check('pull-full', () => assert.strictEqual(r.kind, 'full'));
  // initializationOptions.ignore drops SNG201 (the file has one)
  check('init-options-ignore', () => assert.deepStrictEqual(codes(r.items), ['SNG206']));
  // UTF-8 columns: `é` is two bytes
  check('pull-utf8-columns', () => assert.deepStrictEqual(r.items[0].range, range(0, 17, 0, 30)));
  const id = r.resultId;
  r = await s.conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: id });
  check('pull-unchanged', () => assert.deepStrictEqual(r, { kind: 'unchanged', resultId: id }));
  s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 2 }, contentChanges: [{ range: range(0, 30, 0, 30), text: '\ny = 1' }] });
  r = await s.conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: id });
  check('pull-after-change-full', () => assert.ok(r.kind === 'full' && r.resultId !== id, JSON.stringify(r)));
  // nothing is pushed in pull mode
  await new Promise((res) => setTimeout(res, 200));
  check('pull-no-push', () => assert.strictEqual(s.pushed.size, 0));
  // exit without shutdown: status 1
  s.conn.sendNotification(lsp.ExitNotification.type);
  const ex = await withTimeout(s.exited, 10000, 'exit');
  check('exit-without-shutdown', () => assert.strictEqual(ex.code, 1));
  s.conn.dispose();
}

(async () => {
  try {
    await pushSession();
    await pullSession();
  } catch (e) {
    failed++;
    console.log(`FAIL session: ${e.stack}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`lsp: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
