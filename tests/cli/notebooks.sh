# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG); alone:
#   SNAG_CLI_PART=notebooks sh tests/cli/run.sh build/snag
# Jupyter notebooks (.ipynb): discovery, cell locations in every format,
# IPython magics, --fix writing the JSON back, malformed notebooks, the LSP
# server. Python is the oracle: the joined code cells (magics dropped) are
# run to show each bug is real.
# shellcheck disable=SC2016  # single-quoted $ is meant for python

# The codes reported, for `path:cell N:line:col: CODE` lines too.
nb_codes() {  # NAME "CODE CODE ..."
  _got=$(grep -o -E '^[^ ]*(:cell [0-9]+)?:[0-9]+:[0-9]+: SNG[0-9]+' "$T/.out" | sed 's/.* //' | sort -u | tr '\n' ' ' | sed 's/ $//')
  if [ "$_got" = "$2" ]; then ok; else bad "$1" "codes reported: [$_got], expected [$2]"; fi
}

in_dir nb
# Notebooks as Jupyter writes them: json.dumps(indent=1), a final newline,
# `source` a list of lines. cell(type, text) below; markdown cells count in
# the cell numbers Jupyter shows.
cat >"$T/mknb.py" <<'EOF'
import json, sys

def cell(kind, text, **extra):
    lines = text.splitlines(keepends=True)
    c = {"cell_type": kind, "metadata": {}, "source": lines}
    if kind == "code":
        c.update(execution_count=None, outputs=[])
    c.update(extra)
    return c

def notebook(cells, language="python"):
    return {"cells": cells,
            "metadata": {"kernelspec": {"display_name": "K", "language": language, "name": "k"},
                         "language_info": {"name": language}},
            "nbformat": 4, "nbformat_minor": 5}

def write(path, nb):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")

# pitfalls.ipynb: a mutable default mutated across cells, a late-binding
# closure, a shared fill; magics and shell escapes in between.
write("pitfalls.ipynb", notebook([
    cell("markdown", "# Pitfalls\n"),
    cell("code", "%matplotlib inline\nimport os\n\ndef add(item, bucket=[]):\n    bucket.append(item)\n    return bucket"),
    cell("code", "print(add(1))\nprint(add(2))",
         outputs=[{"name": "stdout", "output_type": "stream", "text": ["[1]\n", "[1, 2]\n"]}]),
    cell("markdown", "Closures:"),
    cell("code", "!echo \"it's\"\nfiles = !ls\nt = %time len('x')\nos.path?\nfuncs = []\nfor i in range(3):\n    funcs.append(lambda: i)\nprint([f() for f in funcs])"),
]))
# magics.ipynb: IPython syntax everywhere, and Python that looks like it.
write("magics.ipynb", notebook([
    cell("code", "%%bash\necho 'unbalanced \"\nfor x in a b; do echo $x; done\n"),
    cell("code", "%load_ext autoreload\n%autoreload 2\n!pip install --quiet something\nx = 10 % 3\ny = (10\n     % 3)\ns = \"%d items\" % 2\nz = '''\n%not a magic\n'''\nprint?\nos.path??\n%time \\\n  len([1])\nfor k in range(2):\n    %time len('k')\nres = !ls -la\nv = %timeit -o len('x')\n"),
    cell("code", "%%time\ngrid = [[0] * 3] * 3\ngrid[0][0] = 1\n"),
    cell("code", "%%writefile out.py\ndef f(x)\n    this is not python\n"),
]))
write("clean.ipynb", notebook([cell("code", "def ok(a, b=None):\n    return a if b is None else b\n")]))
write("r.ipynb", notebook([cell("code", "x <- c(1, 2)\ny = [[]] * 2; y[0].append(0)\n")], language="R"))
EOF
python3 "$T/mknb.py"
# The joined code cells, magics dropped, as the oracle runs them.
cat >"$T/nbcode.py" <<'EOF'
import json, re, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for c in nb["cells"]:
    if c["cell_type"] != "code":
        continue
    src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
    keep = [l for l in src.splitlines() if not re.match(r"\s*[%!]|.*=\s*[%!]\w|.*\?$", l)]
    out.append("\n".join(keep))
print("\n".join(out))
EOF

check nb-oracle-default-shared "python3 does not show the shared default" \
  sh -c 'python3 "$1/nbcode.py" pitfalls.ipynb | python3 - 2>/dev/null | sed -n 2p | grep -q -x -F "[1, 2]"' - "$T"
check nb-oracle-late-binding "python3 does not show the late binding" \
  sh -c 'python3 "$1/nbcode.py" pitfalls.ipynb | python3 - 2>/dev/null | tail -n 1 | grep -q -x -F "[2, 2, 2]"' - "$T"

# ---- a named notebook: cell locations in the text formats --------------------

run check pitfalls.ipynb
expect_rc nb-exit 1
expect_re nb-concise-sng201 '^pitfalls\.ipynb:cell 2:4:22: SNG201 '
expect_re nb-concise-sng301 '^pitfalls\.ipynb:cell 5:7:26: SNG301 '
nb_codes nb-no-syntax-error-for-magics 'SNG201 SNG301'
expect_re nb-message-cell-line 'SNG201 .*mutated on line 5[^0-9]'
expect_re nb-message-other-cell 'SNG301 .*after the loop on line 6 has'
run check --output-format full pitfalls.ipynb
expect_re   nb-full-header '^pitfalls\.ipynb:cell 2:4:22: SNG201 \[error\]'
expect_line nb-full-frame-cell-line '4 | def add(item, bucket=[]):'
expect_re   nb-full-note-cell '= note: pitfalls\.ipynb:cell 2:5:5: '
expect_lacks nb-full-frame-stays-in-cell 'print(add(1))'

# JSON: Ruff's layout, "cell" beside rows counted in the cell.
run check --output-format json pitfalls.ipynb
check nb-json "python check failed" pyjson "$T/.out" '
f = {o["code"]: o for o in d}
a = f["SNG201"]
assert a["cell"] == 2 and a["location"] == {"row": 4, "column": 22}, a
assert a["end_location"] == {"row": 4, "column": 24}, a["end_location"]
assert a["related"][0]["cell"] == 2 and a["related"][0]["location"]["row"] == 5, a["related"]
assert f["SNG301"]["cell"] == 5 and f["SNG301"]["location"]["row"] == 7, f["SNG301"]
'
run check --output-format json clean.ipynb
expect_out nb-json-clean '[]'

# SARIF and GitHub: lines and columns in the notebook file itself, pointing
# at the code inside the cell's JSON string; the cell is named too.
run check --output-format sarif pitfalls.ipynb
check nb-sarif-region "python check failed" pyjson "$T/.out" '
lines = open("pitfalls.ipynb", encoding="utf-8").read().split("\n")
for r in d["runs"][0]["results"]:
    loc = r["locations"][0]
    reg = loc["physicalLocation"]["region"]
    text = lines[reg["startLine"] - 1][reg["startColumn"] - 1:]
    want = {"SNG201": "[]", "SNG301": "i"}[r["ruleId"]]
    assert text.startswith(want), (r["ruleId"], reg, text)
    assert loc["properties"]["notebookCell"] in (2, 5), loc
    assert "fixes" not in r, r
    assert r["partialFingerprints"]["primaryLocationLineHash"], r
'
if command -v sarif_schema_check >/dev/null 2>&1; then   # from formats_sarif.sh
  sarif_schema_check nb-sarif-schema "$T/.out"
fi
run check --output-format github pitfalls.ipynb
expect_re nb-github-title '^::error title=snag \(SNG201\) in cell 2,file=pitfalls\.ipynb,line=[0-9]+,col=[0-9]+,'
check nb-github-file-line "the annotation's line is not the file's line of the code" sh -c '
line=$(sed -n "s/^::error title=snag (SNG201)[^,]*,file=pitfalls.ipynb,line=\([0-9]*\),.*/\1/p" "$1")
sed -n "${line}p" pitfalls.ipynb | grep -q "def add(item, bucket=\[\])"' - "$T/.out"
expect_has nb-github-message '::pitfalls.ipynb:cell 2:4:22: SNG201 '
run check --output-format junit pitfalls.ipynb
expect_has nb-junit-cell 'cell 2, line 4, col 22, SNG201'

# ---- IPython syntax ---------------------------------------------------------------

run check magics.ipynb
nb_codes nb-magics-only-real-findings 'SNG206'
expect_re nb-magics-time-body-linted '^magics\.ipynb:cell 3:2:8: SNG206 '
run check --output-format full magics.ipynb
expect_line nb-full-frame-shows-magic '1 | %%time'
# `%` at the start of a continuation line is Python: a wrong blank would be
# a syntax error; the oracle agrees the Python parts compile.
check nb-magics-oracle "python3 rejects the cells without their magics" \
  sh -c 'python3 "$1/nbcode.py" magics.ipynb | sed "/^%%/,\$d" >/dev/null' - "$T"
mkf magic-mod.ipynb '{"cells": [{"cell_type": "code", "metadata": {}, "source": ["y = (10\\n", "%% 3)\\n", "grid = [[0] * 2] * 2; grid[0][0] = 1\\n"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'
run check magic-mod.ipynb
nb_codes nb-percent-continuation-is-python 'SNG206'

# ---- discovery --------------------------------------------------------------------

in_dir nbdisc
cp "$T/nb/pitfalls.ipynb" "$T/nb/clean.ipynb" .
mkdir -p .ipynb_checkpoints sub
cp pitfalls.ipynb .ipynb_checkpoints/pitfalls-checkpoint.ipynb
cp pitfalls.ipynb sub/deep.ipynb
mkf sub/mod.py 'y = [[]] * 2; y[0].append(0)\n'
run check -q .
out=$(cut -d: -f1 "$T/.out" | sort -u)
expect_out nb-discovery "$(printf './pitfalls.ipynb\n./sub/deep.ipynb\n./sub/mod.py')"
run check -q --exclude '*.ipynb' .
out=$(cut -d: -f1 "$T/.out" | sort -u)
expect_out nb-discovery-exclude './sub/mod.py'
run check -q pitfalls.ipynb --select SNG201
expect_re nb-select '^pitfalls\.ipynb:cell 2:4:22: SNG201 '
nb_codes nb-select-only 'SNG201'
run_in pitfalls.ipynb check -q --stdin-filename pitfalls.ipynb
expect_re nb-stdin '^pitfalls\.ipynb:cell 5:7:26: SNG301 '

# noqa on a cell's line, and a kernel in another language
in_dir nbmisc
python3 - <<'EOF'
import json
nb = json.load(open("../nb/pitfalls.ipynb"))
src = nb["cells"][1]["source"]
src[3] = src[3].rstrip("\n") + "  # noqa: SNG201\n"
open("noqa.ipynb", "w").write(json.dumps(nb, indent=1) + "\n")
EOF
run check noqa.ipynb
nb_codes nb-noqa 'SNG301'
cp "$T/nb/r.ipynb" .
run check r.ipynb
expect_rc nb-other-language 0

# ---- --fix and --diff ----------------------------------------------------------------

in_dir nbfix
cp "$T/nb/pitfalls.ipynb" "$T/nb/clean.ipynb" "$T/nb/magics.ipynb" .
cp pitfalls.ipynb orig.ipynb
cp magics.ipynb magics-orig.ipynb
run check --fix clean.ipynb magics.ipynb
check nb-fix-unchanged-byte-identical "a notebook without fixes was rewritten" cmp -s magics.ipynb magics-orig.ipynb
run check --diff --unsafe-fixes pitfalls.ipynb
expect_rc nb-diff-exit 1
expect_line nb-diff-minus '-    "def add(item, bucket=[]):\n",'
check nb-diff-unchanged "--diff changed the notebook" cmp -s pitfalls.ipynb orig.ipynb
cp "$T/.out" nb.diff
cp orig.ipynb patched.ipynb
check nb-diff-applies "git apply rejected the diff" sh -c 'sed "s/pitfalls\.ipynb/patched.ipynb/" nb.diff | git apply --unsafe-paths -p0 -'
run check --fix --unsafe-fixes pitfalls.ipynb
expect_rc nb-fix-all-fixed 0
check nb-fix-same-as-diff "--fix and the applied --diff differ" cmp -s pitfalls.ipynb patched.ipynb
check nb-fix-json-intact "python check failed" python3 -c '
import json, sys
a = json.load(open("orig.ipynb", encoding="utf-8"))
b = json.load(open("pitfalls.ipynb", encoding="utf-8"))
changed = [i for i, (x, y) in enumerate(zip(a["cells"], b["cells"])) if x != y]
assert changed == [1, 4], changed
for i in changed:
    x, y = dict(a["cells"][i]), dict(b["cells"][i])
    x.pop("source"); y.pop("source")
    assert x == y, (x, y)
a["cells"] = b["cells"] = None
assert a == b
src = b"".join(l.encode() for l in json.load(open("pitfalls.ipynb"))["cells"][1]["source"])
assert src.startswith(b"%matplotlib inline\n"), src
text = open("pitfalls.ipynb", encoding="utf-8").read()
assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False) + "\n", "not in Jupyter'"'"'s layout"
' 2>"$T/.pyerr"
check nb-fix-oracle "the fixed notebook still shows the bugs" \
  sh -c 'python3 "$1/nbcode.py" pitfalls.ipynb | python3 - 2>/dev/null | tr "\n" " " | grep -q -x -F "[1] [2] [0, 1, 2] "' - "$T"
run check --fix --unsafe-fixes pitfalls.ipynb
check nb-fix-stable "a second --fix changed the notebook" cmp -s pitfalls.ipynb patched.ipynb

# ---- malformed notebooks: SNG002, never a crash ----------------------------------------

in_dir nbbad
mkf not-json.ipynb '{"cells": [\n'
mkf no-cells.ipynb '{"metadata": {}, "nbformat": 4}\n'
mkf no-source.ipynb '{"cells": [{"cell_type": "code", "metadata": {}}], "nbformat": 4}\n'
mkf bad-source.ipynb '{"cells": [{"cell_type": "code", "source": [1, 2]}], "nbformat": 4}\n'
mkf bad-cell.ipynb '{"cells": [3], "nbformat": 4}\n'
mkf v3.ipynb '{"worksheets": [], "nbformat": 3}\n'
mkf array.ipynb '[1, 2]\n'
mkf latin1.ipynb '{"cells": [{"cell_type": "code", "source": ["x = \351\\n"]}]}\n'
mkf nul.ipynb '{"cells": []}\000\n'
mkf nul-escape.ipynb '{"cells": [{"cell_type": "code", "source": ["x = 1\\u0000\\n"]}]}\n'
mkf trailing.ipynb '{"cells": []} {}\n'
: >empty.ipynb
python3 -c 'print("{\"cells\": [], \"metadata\": " + "[" * 100000 + "]" * 100000 + "}")' >deep.ipynb
python3 -c 'print("{\"cells\": [], \"metadata\": " + "[" * 900 + "]" * 900 + "}")' >deep-ok.ipynb
for f in not-json no-cells no-source bad-source bad-cell v3 array latin1 empty deep nul-escape trailing; do
  run check $f.ipynb
  expect_rc "nb-bad-$f-exit" 1
  expect_re "nb-bad-$f" "^$f\\.ipynb:1:1: SNG002 not a valid notebook: "
  nb_codes "nb-bad-$f-only" SNG002
done
run check nul.ipynb
expect_re nb-bad-nul '^nul\.ipynb:1:1: SNG002 binary file'
run check deep-ok.ipynb
expect_rc nb-deep-within-limit 0
run check deep.ipynb
expect_has nb-bad-deep-message 'nested 100001 levels deep'
run check no-source.ipynb
expect_has nb-bad-message-names-cell 'cell 1 has no "source"'
cp "$T/nb/pitfalls.ipynb" big.ipynb
run check --max-file-size 40 big.ipynb
expect_re nb-bad-too-large '^big\.ipynb:1:1: SNG002 .*larger than the size limit'
run check --fix not-json.ipynb
check nb-bad-not-fixed "--fix touched a malformed notebook" grep -q -x -F '{"cells": [' not-json.ipynb

# ---- the LSP server: a notebook opened as text -------------------------------------------

in_dir nblsp
cp "$T/nb/pitfalls.ipynb" .
cat >lsp.py <<'EOF'
import json, subprocess, sys
def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
text = open("pitfalls.ipynb", encoding="utf-8").read()
nb = json.loads(text)
nb["cells"].append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                    "source": ["import threading\n", "t = threading.Thread(target=print, args=(1))\n"]})
fixme = json.dumps(nb, indent=1) + "\n"
uri = "file://" + sys.argv[2] + "/pitfalls.ipynb"
uri2 = "file://" + sys.argv[2] + "/fixme.ipynb"
def opened(u, t):
    return {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": u, "languageId": "json", "version": 1, "text": t}}}
msgs = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": None}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    opened(uri, text), opened(uri2, fixme),
    {"jsonrpc": "2.0", "id": 3, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}},
    {"jsonrpc": "2.0", "id": 4, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": uri2},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll.snag"]}}},
    {"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 3, "character": 5}}},
    {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
    {"jsonrpc": "2.0", "method": "exit"},
]
out = subprocess.run([sys.argv[1], "server"], input=b"".join(map(frame, msgs)),
                     capture_output=True, timeout=30).stdout
replies = {}
while out:
    head, _, rest = out.partition(b"\r\n\r\n")
    n = int(head.split(b":")[1])
    msg = json.loads(rest[:n]); out = rest[n:]
    if "id" in msg:
        replies[msg["id"]] = msg
diags = replies[3]["result"]["items"]
assert diags, "no diagnostics"
lines = text.split("\n")
got = {}
for d in diags:
    s = d["range"]["start"]
    got[d["code"]] = lines[s["line"]][s["character"]:]
    assert "fix" not in d.get("data", {}), d
assert got["SNG201"].startswith("[]"), got
assert got["SNG301"].startswith("i)"), got
# source.fixAll: the whole notebook back, only the fixed cell's source changed
actions = replies[4]["result"]
assert len(actions) == 1, actions
fixed = json.loads(actions[0]["edit"]["changes"][uri2][0]["newText"])
assert fixed["cells"][-1]["source"][1] == "t = threading.Thread(target=print, args=(1,))\n", fixed["cells"][-1]
assert fixed["cells"][:-1] == nb["cells"][:-1]
assert "error" not in replies[5], replies[5]
EOF
check nb-lsp "python check failed" python3 lsp.py "$SNAG" "$(pwd)" 2>"$T/.pyerr"

# LSP 3.17 notebook documents: the cells, sent one by one, are linted
# together; each cell gets the diagnostics in it, positions in the cell.
cat >nbsync.py <<'EOF'
import json, subprocess, sys
def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
NB = "file:///work/nbsync.ipynb"
cell = lambda k: "vscode-notebook-cell:/work/nbsync.ipynb#C%d" % k
texts = {1: "%matplotlib inline\ndef add(x, cache=[]):\n    cache.append(x)\n    return cache\n",
         2: "# Notes",
         3: "fill = [[0] * 2] * 2\n",
         4: "fill[0][0] = 1\nfs = []\nfor i in range(3):\n    fs.append(lambda: i)\n"}
item = lambda k: {"uri": cell(k), "languageId": "markdown" if k == 2 else "python", "version": 1, "text": texts[k]}
diag = lambda rid, k: {"jsonrpc": "2.0", "id": rid, "method": "textDocument/diagnostic",
                       "params": {"textDocument": {"uri": cell(k)}}}
msgs = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": None}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    {"jsonrpc": "2.0", "method": "notebookDocument/didOpen", "params": {
        "notebookDocument": {"uri": NB, "notebookType": "jupyter-notebook", "version": 1,
                             "cells": [{"kind": 1 if k == 2 else 2, "document": cell(k)} for k in (1, 2, 3, 4)]},
        "cellTextDocuments": [item(k) for k in (1, 2, 3, 4)]}},
    diag(11, 1), diag(13, 3), diag(14, 4),
    {"jsonrpc": "2.0", "method": "notebookDocument/didChange", "params": {
        "notebookDocument": {"uri": NB, "version": 2},
        "change": {"cells": {
            "structure": {"array": {"start": 1, "deleteCount": 0, "cells": [{"kind": 2, "document": cell(5)}]},
                          "didOpen": [{"uri": cell(5), "languageId": "python", "version": 1,
                                       "text": "!pip install x\nadd(1)\n"}]},
            "textContent": [{"document": {"uri": cell(4), "version": 2}, "changes": [
                {"text": "fill[0][0] = 1\nfs = []\nfor i in range(3):\n    fs.append(lambda i=i: i)\n"}]}]}}}},
    diag(21, 1), diag(24, 4), diag(25, 5),
    {"jsonrpc": "2.0", "method": "notebookDocument/didClose", "params": {
        "notebookDocument": {"uri": NB}, "cellTextDocuments": [{"uri": cell(k)} for k in (1, 2, 3, 4, 5)]}},
    diag(31, 1),
    {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
    {"jsonrpc": "2.0", "method": "exit"},
]
p = subprocess.run([sys.argv[1], "server"], input=b"".join(map(frame, msgs)), capture_output=True, timeout=30)
out, replies = p.stdout, {}
while out:
    head, _, rest = out.partition(b"\r\n\r\n")
    n = int(head.split(b":")[1])
    msg = json.loads(rest[:n]); out = rest[n:]
    if "id" in msg:
        replies[msg["id"]] = msg
caps = replies[1]["result"]["capabilities"]
assert caps["notebookDocumentSync"]["notebookSelector"][0]["cells"] == [{"language": "python"}], caps
def items(rid):
    return [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"], d)
            for d in replies[rid]["result"]["items"]]
got = items(11)
assert [g[:3] for g in got] == [("SNG201", 1, 17)], got           # the default, in cell 1
assert got[0][3]["relatedInformation"][0]["location"]["uri"] == cell(1), got
got = items(13)
assert [g[:3] for g in got] == [("SNG206", 0, 7)], got            # created in cell 3 ...
rel = got[0][3]["relatedInformation"]
assert any(r["location"]["uri"] == cell(4) and r["location"]["range"]["start"]["line"] == 0 for r in rel), rel
got = items(14)
assert [g[:3] for g in got] == [("SNG301", 3, 22)], got           # ... mutated in cell 4
assert [g[:3] for g in items(21)] == [("SNG201", 1, 17)], items(21)
assert items(24) == [], items(24)                                 # the closure was fixed
assert items(25) == [], items(25)                                 # the new cell: a shell escape is not a syntax error
assert "error" in replies[31], replies[31]                        # closed
assert p.returncode == 0, p.stderr
EOF
check nb-lsp-notebook-sync "python check failed" python3 nbsync.py "$SNAG" 2>"$T/.pyerr"

# Hostile notebook-document messages (wrong types, out-of-range splices,
# unknown cells, requests on closed cells): answered, never a crash.
cat >nbhostile.py <<'EOF'
import json, subprocess, sys, random
def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
random.seed(7)
junk = [None, 1, -5, 1e30, "x", [], {}, [1, "a"], {"uri": 3}, {"uri": "file:///a.ipynb"}]
msgs = [{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "notebookDocument/didOpen", "params": {"notebookDocument": {"uri": "file:///a.ipynb", "version": 1, "cells": [{"kind": 2, "document": "c1"}, {"kind": 2, "document": "c2"}]}, "cellTextDocuments": [{"uri": "c1", "text": "def f(a=[]):\n    a.append(1)\n"}, {"uri": "c2", "text": "%time f()\n"}]}}]
for i in range(3000):
    m = random.choice(["notebookDocument/didOpen", "notebookDocument/didChange", "notebookDocument/didClose", "textDocument/diagnostic", "textDocument/hover", "textDocument/codeAction"])
    p = {"notebookDocument": random.choice(junk + [{"uri": "file:///a.ipynb", "version": i}]),
         "change": {"cells": {"structure": {"array": {"start": random.choice(junk + [0, 1, 2, 100]), "deleteCount": random.choice(junk + [0, 1, 5]), "cells": random.choice(junk + [[{"kind": 2, "document": "c%d" % random.randint(1, 5)}]])},
                                            "didOpen": random.choice(junk + [[{"uri": "c%d" % random.randint(1, 5), "text": random.choice(["x = [[]] * 2; x[0].append(1)\n", "!ls\n", "def g(\n"])}]]),
                                            "didClose": random.choice(junk + [[{"uri": "c%d" % random.randint(1, 5)}]])},
                              "textContent": random.choice(junk + [[{"document": {"uri": "c%d" % random.randint(1, 5), "version": i}, "changes": [{"text": "y = 1\n"}]}]]),
                              "data": random.choice(junk + [[{"kind": 1, "document": "c1"}]])}},
         "cellTextDocuments": random.choice(junk + [[{"uri": "c1"}], [{"uri": "c3", "text": "z = 2"}]]),
         "textDocument": {"uri": "c%d" % random.randint(1, 5)}, "position": {"line": 0, "character": 0},
         "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}}
    msg = {"jsonrpc": "2.0", "method": m, "params": p}
    if m.startswith("textDocument/"): msg["id"] = 100 + i
    msgs.append(msg)
msgs += [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
r = subprocess.run([sys.argv[1], "server"], input=b"".join(map(frame, msgs)), capture_output=True, timeout=300)
assert r.returncode == 0, (r.returncode, r.stderr[-800:])
assert b"Sanitizer" not in r.stderr and b"runtime error" not in r.stderr, r.stderr[-800:]
EOF
check nb-lsp-notebook-hostile "python check failed" python3 nbhostile.py "$SNAG" 2>"$T/.pyerr"

# --add-noqa leaves a notebook byte for byte (a comment belongs inside a
# cell's JSON string, which it does not write yet) and says so.
in_dir nb
cp pitfalls.ipynb addnoqa.ipynb
run check --add-noqa addnoqa.ipynb
if cmp -s pitfalls.ipynb addnoqa.ipynb && grep -q 'does not rewrite notebooks' "$T/.err"; then ok
else bad nb-add-noqa-untouched "--add-noqa keeps the notebook byte-identical, with a message"; fi
