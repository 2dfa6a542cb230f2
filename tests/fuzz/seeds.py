#!/usr/bin/env python3
"""Seed corpora for the fuzz harnesses in tests/fuzz, written under OUT.

    python3 tests/fuzz/seeds.py [--sample N] OUT   (OUT: build-fuzz/seeds)

--sample N keeps one Python seed and one notebook in N (the smoke run of
`make test`); configurations and LSP sessions are few and always kept.

OUT/check, OUT/fix     tests/fixtures and examples/, whole when small and
                       cut into top-level blocks (each with the file's
                       imports), so that seeds are small and runs fast
OUT/toml               configurations: the keys snag reads, the TOML table
                       rules, strings with every escape, bad files
OUT/notebook           notebooks (nbformat 4) made of those Python blocks,
                       with IPython lines, in the forms Jupyter writes
                       (source as a list of lines or a string, CRLF)
OUT/server             LSP sessions: initialize ... exit, text and notebook
                       documents, edits, hover, code actions, pull
                       diagnostics, bad frames

Only the standard library; the output is the same on every run (no
randomness), so a smoke run over it is reproducible.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAX_SEED = 4096


def write(out, kind, name, data):
    d = os.path.join(out, kind)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def python_files():
    for top in ("tests/fixtures", "examples"):
        for dirpath, _, names in sorted(os.walk(os.path.join(ROOT, top))):
            for n in sorted(names):
                if n.endswith((".py", ".pyi")):
                    yield os.path.join(dirpath, n)


def blocks(text):
    """The file's imports, and its top-level blocks (def, class, decorated,
    statements between them), each with the imports in front."""
    lines = text.splitlines(keepends=True)
    imports = [l for l in lines if l.startswith(("import ", "from "))]
    head = "".join(imports)
    out, cur = [], []
    for line in lines:
        top = line[:1] not in ("", " ", "\t", "\n", "\r", "#", ")", "]", "}")
        if top and cur and not line.startswith(("import ", "from ")) and not cur[-1].startswith("@"):
            out.append("".join(cur))
            cur = []
        if not line.startswith(("import ", "from ")):
            cur.append(line)
    if cur:
        out.append("".join(cur))
    return [head + b for b in out if b.strip() and len(head + b) <= MAX_SEED]


def python_seeds():
    seeds = []
    for path in python_files():
        raw = open(path, "rb").read()
        base = os.path.relpath(path, ROOT).replace("/", "_")
        if len(raw) <= 2 * MAX_SEED:
            seeds.append((base, raw))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        for i, b in enumerate(blocks(text)):
            seeds.append(("%s.%d" % (base, i), b.encode("utf-8")))
    # what the source checks look at: BOM, CRLF, lone CR, NUL, bad UTF-8,
    # coding declarations, tabs and form feeds in indentation
    seeds += [
        ("bom", b"\xef\xbb\xbfdef f(a=[]):\n    a.append(1)\n"),
        ("crlf", b"import threading\r\nlock = threading.Lock()\r\nlock.acquire()\r\nx = 1\r\n"),
        ("lone_cr", b"def f(x=[]):\r    x.append(1)\r    return x\r"),
        ("nul", b"x = 1\x00\n"),
        ("bad_utf8", b"s = '\xff\xfe'\n"),
        ("latin1", b"# -*- coding: latin-1 -*-\ns = '\xe9'\ndef f(a={}):\n    a[1] = 2\n"),
        ("tabs", b"if x:\n\tif y:\n        \tpass\n\x0cdef f(): pass\n"),
        ("noqa", b"def f(a=[]):  # noqa: SNG201\n    a.append(1)  # noqa\nx = 1  # noqa: SNG999, E501\n"),
        ("empty", b""),
    ]
    return seeds


TOML = {
    "repo_pyproject": open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8").read(),
    "snag_all": '''select = ["ALL"]
extend-select = ["SNG2", "mutable-default-mutated"]
ignore = ["SNG206"]
exclude = ["build", "**/gen_*.py", "[ab]?.py"]
extend-exclude = ["!keep.py", "{a,b}/**"]
target-version = "py312"
max-file-size = 1048576
respect-gitignore = false
output-format = "json"

[per-file-ignores]
"tests/**" = ["SNG2", "SNG301"]
"__init__.py" = ["ALL"]
''',
    "pyproject_tool": '''[project]
name = "demo"
requires-python = ">=3.8,<4"

[tool.snag]
select = ["SNG201", "SNG301"]
per-file-ignores = { "a/*.py" = ["SNG201"] }

[tool.snag.per-file-ignores]
"b.py" = ["SNG301"]
''',
    "pyproject_requires": '[project]\nrequires-python = "~=3.9"\n[tool.other]\nx = 1\n',
    "strings": r'''a = "tab\t nl\n quote\" bs\\ u\u00e9 U\U0001F600"
b = 'literal \d'
c = """
multi \
   line"""
d = \'\'\'
raw\'\'\'
"quoted key" = 1
'literal key' = 2
e.f.g = 3
inline = { x = 1, y = [1, 2.5, -3e4, true, false, 1979-05-27T07:32:00Z, 0x1f, 0o7, 0b1, inf, nan] }
[[arr]]
k = 1
[[arr]]
k = 2
[arr.sub]
z = 1
''',
    "dup_key": "select = []\nselect = []\n",
    "dup_table": "[a]\nx = 1\n[a]\ny = 2\n",
    "dotted_reopen": "a.b = 1\n[a]\nc = 2\n",
    "inline_extend": "a = {x = 1}\n[a.y]\n",
    "deep": "a = " + "[" * 70 + "]" * 70 + "\n",
    "bad_escape": 'a = "\\q"\n',
    "bad_selector": 'ignore = ["SNG201", "NOPE9"]\nselect = [""]\n',
    "bad_types": 'select = 3\nper-file-ignores = ["x"]\ntarget-version = "py27"\nrespect-gitignore = "no"\n',
    "bad_glob": 'exclude = ["[a-"]\n[per-file-ignores]\n"{a" = ["SNG201"]\n',
    "unknown_key": "\n\nselec = [\"SNG201\"]\n",
    "unterminated": 'select = ["SNG201"\nignore = 3\n',
    "crlf": 'select = ["SNG201"]\r\n[per-file-ignores]\r\n"x.py" = ["ALL"]\r\n',
}


def toml_seeds():
    return list(TOML.items())


def notebook(cells, language="python", indent=1, crlf=False, as_string=False):
    out = []
    for kind, text in cells:
        src = text if as_string else text.splitlines(keepends=True)
        c = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            c.update(execution_count=None, outputs=[])
        out.append(c)
    nb = {"cells": out,
          "metadata": {"kernelspec": {"display_name": "K", "language": language, "name": "k"},
                       "language_info": {"name": language}},
          "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=indent, ensure_ascii=False) + "\n"
    return text.replace("\n", "\r\n") if crlf else text


MAGICS = [
    "%matplotlib inline\nimport os\n",
    "!echo \"it's\"\nfiles = !ls\nt = %time len('x')\nos.path?\n",
    "%%time\ngrid = [[0] * 3] * 3\ngrid[0][0] = 1\n",
    "%%bash\necho 'unbalanced \"\n",
    "for k in range(2):\n    %time len('k')\nres = !ls -la\nv = %timeit -o len('x')\n",
]


def notebook_seeds(py):
    texts = []
    for _, raw in py:
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(t) <= 1500:
            texts.append(t)
    seeds = []
    for i in range(0, len(texts), 8):
        cells = [("markdown", "# Cell %d\n" % i), ("code", texts[i]), ("code", MAGICS[i % len(MAGICS)])]
        if i + 1 < len(texts):
            cells.append(("code", texts[i + 1]))
        form = i // 2 % 4
        seeds.append(("nb%03d" % i, notebook(cells, indent=1 if form != 1 else None, crlf=form == 2,
                                             as_string=form == 3)))
    seeds.append(("r_kernel", notebook([("code", "x <- c(1, 2)\n")], language="R")))
    seeds.append(("empty_cells", notebook([("code", ""), ("raw", "x"), ("code", "\n")])))
    seeds.append(("no_cells", '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'))
    seeds.append(("escapes", '{"cells": [{"cell_type": "code", "metadata": {}, "execution_count": null, '
                  '"outputs": [], "source": ["def f(a=[]):\\n", "    a.append(\\"\\u00e9\\\\\\t\\ud83d\\ude00\\")\\n"]}], '
                  '"metadata": {}, "nbformat": 4, "nbformat_minor": 5}'))
    seeds.append(("not_notebook", '{"cells": 3}'))
    return seeds


def frame(msg):
    body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def session(msgs, tail=True):
    out = b""
    for m in msgs:
        out += frame(m) if isinstance(m, dict) else m
    if tail:
        out += frame({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
        out += frame({"jsonrpc": "2.0", "method": "exit"})
    return out


def server_seeds(py):
    def init(**opts):
        caps = {"general": {"positionEncodings": [opts.pop("encoding", "utf-16")]},
                "textDocument": {"diagnostic": {}} if opts.pop("pull", False) else {},
                "workspace": {"diagnostic": {"refreshSupport": True},
                              "didChangeWatchedFiles": {"dynamicRegistration": True}}}
        return {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": caps,
                           "initializationOptions": opts}}

    initialized = {"jsonrpc": "2.0", "method": "initialized", "params": {}}
    # LSP documents are UTF-8 text: a seed in another encoding (a coding-
    # cookie fixture) or with CRs is left to the other harnesses
    texts = [raw.decode("utf-8", errors="replace") for _, raw in py[:400:8] if b"\r" not in raw]
    texts = [t for t in texts if "\ufffd" not in t]
    texts = [t for t in texts if len(t) < 2000][:30]
    seeds = []
    for i, text in enumerate(texts):
        uri = "untitled:Untitled-%d.py" % i if i % 3 else "file:///nonexistent/snag-fuzz/m%d.py" % i
        enc = ["utf-16", "utf-8", "utf-32"][i % 3]
        td = {"uri": uri}
        rng = {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 4}}
        msgs = [init(encoding=enc, pull=i % 2 == 0, select=["ALL"] if i % 4 == 0 else ["SNG2"],
                     ignore=["SNG206"]),
                initialized,
                {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}},
                {"jsonrpc": "2.0", "method": "textDocument/didChange",
                 "params": {"textDocument": {"uri": uri, "version": 2},
                            "contentChanges": [{"range": rng, "text": "x = [];"},
                                               {"range": {"start": {"line": 0, "character": 0},
                                                          "end": {"line": 0, "character": 0}}, "text": "\n"}]}},
                {"jsonrpc": "2.0", "id": 2, "method": "textDocument/diagnostic", "params": {"textDocument": td}},
                {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction",
                 "params": {"textDocument": td, "range": {"start": {"line": 0, "character": 0},
                                                          "end": {"line": 40, "character": 0}},
                            "context": {"diagnostics": [], "only": ["quickfix", "source.fixAll"]}}},
                {"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover",
                 "params": {"textDocument": td, "position": {"line": 3, "character": 5}}},
                {"jsonrpc": "2.0", "method": "textDocument/didChange",
                 "params": {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text + "\n"}]}},
                {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": td}}]
        seeds.append(("session%02d" % i, session(msgs)))
    nb_uri = "file:///nonexistent/snag-fuzz/n.ipynb"
    cells = [{"kind": 2, "document": "vscode-notebook-cell:/n.ipynb#c%d" % k} for k in range(3)]
    cell_docs = [{"uri": c["document"], "languageId": "python", "version": 1,
                  "text": ["import threading\n", "%time x = 1\n", "def f(a=[]):\n    a.append(1)\n"][k]}
                 for k, c in enumerate(cells)]
    seeds.append(("notebook_session", session([
        init(pull=True), initialized,
        {"jsonrpc": "2.0", "method": "notebookDocument/didOpen",
         "params": {"notebookDocument": {"uri": nb_uri, "notebookType": "jupyter-notebook", "version": 1,
                                         "cells": cells}, "cellTextDocuments": cell_docs}},
        {"jsonrpc": "2.0", "method": "notebookDocument/didChange",
         "params": {"notebookDocument": {"uri": nb_uri, "version": 2},
                    "change": {"cells": {"structure": {"array": {"start": 1, "deleteCount": 1, "cells": []},
                                                       "didClose": [{"uri": cells[1]["document"]}]},
                                         "textContent": [{"document": {"uri": cells[2]["document"], "version": 2},
                                                          "changes": [{"text": "def g(b={}):\n    b[1] = 2\n"}]}]}}}},
        {"jsonrpc": "2.0", "id": 5, "method": "textDocument/diagnostic",
         "params": {"textDocument": {"uri": cells[2]["document"]}}},
        {"jsonrpc": "2.0", "id": 6, "method": "textDocument/codeAction",
         "params": {"textDocument": {"uri": cells[2]["document"]},
                    "range": {"start": {"line": 0, "character": 0}, "end": {"line": 2, "character": 0}},
                    "context": {"diagnostics": []}}},
        {"jsonrpc": "2.0", "method": "notebookDocument/didClose",
         "params": {"notebookDocument": {"uri": nb_uri}, "cellTextDocuments": [{"uri": c["document"]} for c in cells]}},
    ])))
    ipynb = notebook([("code", "import os\n%ls\ndef f(a=[]):\n    a.append(1)\n")])
    seeds.append(("ipynb_as_text", session([
        init(), initialized,
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": nb_uri, "languageId": "json", "version": 1, "text": ipynb}}},
        {"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction",
         "params": {"textDocument": {"uri": nb_uri},
                    "range": {"start": {"line": 0, "character": 0}, "end": {"line": 30, "character": 0}},
                    "context": {"diagnostics": []}}},
    ])))
    seeds.append(("bad_frames", session([
        b"Content-Length: 5\r\n\r\n{}garbageContent-Length: 2\r\n\r\n{}",
        b"Content-Length: x\r\n\r\n", b"Content-Length: 99999999999\r\n\r\n", b"\r\n\r\n",
        b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n[]",
        init(), b"Content-Length: 7\r\n\r\n{\"id\":}",
        {"jsonrpc": "2.0", "id": {"x": 1}, "method": "initialize"},
        {"jsonrpc": "2.0", "id": 8, "method": "unknown/method"},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 9}},
        {"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {}},
        {"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
         "params": {"settings": {"select": ["NOPE"], "configuration": "/nonexistent/snag.toml"}}},
        {"jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": {"changes": []}},
    ])))
    seeds.append(("no_shutdown", session([init(), initialized], tail=False)))
    return seeds


def main():
    args = sys.argv[1:]
    sample = 1
    if args[:1] == ["--sample"]:
        sample, args = int(args[1]), args[2:]
    out = args[0] if args else "build-fuzz/seeds"
    py = python_seeds()
    for name, data in py[::sample]:
        write(out, "check", name, data)
        write(out, "fix", name, data)
    for name, data in toml_seeds():
        write(out, "toml", name, data)
    for name, data in notebook_seeds(py)[::sample]:
        write(out, "notebook", name, data)
    for name, data in server_seeds(py):
        write(out, "server", name, data)


if __name__ == "__main__":
    main()
