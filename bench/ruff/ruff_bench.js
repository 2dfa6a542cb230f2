// The reference for `make bench`: Ruff's WebAssembly build (one thread, as
// the wasm build runs) linting every .py file under the corpus with the
// rules that match snag's default families. Prints the files, findings and
// the wall time of the lint loop (reading included), as one JSON line.
//   node bench/ruff/ruff_bench.js CORPUS
const fs = require('fs');
const path = require('path');
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');

// Ruff's rules for snag's families: mutable defaults and class attributes,
// late-binding closures, changing what a loop iterates, unbound and
// undefined names, global statements, method caches.
const RULES = ['B006', 'B008', 'B019', 'B023', 'B909', 'RUF012', 'PLW0602', 'PLW0603', 'PLW2901', 'F821', 'F823'];

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '__pycache__' || e.name === 'site-packages') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

const files = walk(process.argv[2], []).sort();
const ws = new Workspace({ lint: { select: RULES }, 'target-version': 'py311' }, PositionEncoding.Utf16);
let findings = 0, failed = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  let text;
  try { text = fs.readFileSync(f, 'utf8'); } catch { failed++; continue; }
  try { findings += ws.check(text).length; } catch { failed++; }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ ruff: Workspace.version(), files: files.length, findings, failed, seconds }));
