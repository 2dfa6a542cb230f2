# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# SARIF 2.1.0: the log validates against the OASIS schema, carries what
# GitHub code scanning reads, and its fingerprints equal those GitHub's
# codeql-action upload would compute.

# ---- SARIF -----------------------------------------------------------------

in_dir sarif
mkf mutated.py 'def f(x=[]):\n    x.append(1)\n'                   # SNG201 1:9-1:11, related, fix
mkf syntax.py  'def h(x)\n    pass\n'                              # SNG001
mkf uni.py     'def g(\303\251=1, y={}):\n    y.update(a=1)\n'     # SNG201 at code point 14
mkf 'sp ace%.py' 'def f(x=[]):\n    x.append(1)\n'
# the same line many times: equal hashes, told apart by the `:N` count
sarif_i=0; : >rep.py
while [ "$sarif_i" -lt 10 ]; do printf 'def f(x=[]):\n    x.append(1)\n' >>rep.py; sarif_i=$((sarif_i + 1)); done
mkf clean/ok.py 'def ok(a, b=None):\n    return a if b is None else b\n'

# GitHub's algorithm (codeql-action src/fingerprints.ts) in Python; its own
# test vectors are checked first (sarif-fingerprint-reference).
sarif_fp_py='
def gh_hashes(data):
    B, M = 100, (1 << 64) - 1
    first = pow(37, B, 1 << 64)
    st = {"h": 0, "i": 0, "line": 0, "ls": True, "cr": False}
    win, at, cnt, out = [0] * B, [-1] * B, {}, {}
    def emit():
        v = "%x" % st["h"]
        cnt[v] = cnt.get(v, 0) + 1
        out[at[st["i"]]] = "%s:%d" % (v, cnt[v])
        at[st["i"]] = -1
    def upd(c):
        b = win[st["i"]]
        win[st["i"]] = c
        st["h"] = (37 * st["h"] + c - first * b) & M
        st["i"] = (st["i"] + 1) % B
    def proc(c):
        if c in (32, 9) or (st["cr"] and c == 10):
            st["cr"] = False
            return
        st["cr"] = c == 13
        if c == 13:
            c = 10
        if at[st["i"]] != -1:
            emit()
        if st["ls"]:
            st["ls"] = False
            st["line"] += 1
            at[st["i"]] = st["line"]
        if c == 10:
            st["ls"] = True
        upd(c)
    u = data.decode("utf-8", "replace").encode("utf-16-le")
    for k in range(0, len(u), 2):
        proc(u[k] | u[k + 1] << 8)
    proc(65535)
    for _ in range(B):
        if at[st["i"]] != -1:
            emit()
        upd(0)
    return out
'

check sarif-fingerprint-reference "python check failed" python3 -c "$sarif_fp_py"'
def lines(s):
    o = gh_hashes(s.encode())
    return [o[k] for k in sorted(o)]
assert lines("") == ["c129715d7a2bc9a3:1"]
assert lines(" a\nb\n  \t\tc\n d") == ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]
want = ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]
assert lines(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n") == want
assert lines(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n") == want
assert lines(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r") == want
rep = lines("Lorem ipsum dolor sit amet.\n" * 10)
assert rep[:7] == ["a7f2ff13bc495cf2:%d" % n for n in range(1, 7)] + ["a7f2ff1481e87703:1"], rep
' 2>"$T/.pyerr"

run check --output-format sarif mutated.py syntax.py uni.py 'sp ace%.py' rep.py
expect_rc sarif-exit-findings 1
check sarif-stderr-empty "stderr is not empty: $err" test -z "$err"
cp "$T/.out" findings.sarif

SARIF_SCHEMA=$ROOT/../shared/schemas/sarif-schema-2.1.0.json; export SARIF_SCHEMA
sarif_schema_check() {  # NAME FILE: Draft 4, as the schema declares
  if [ ! -f "$SARIF_SCHEMA" ]; then
    skip "$1" "no SARIF schema at $SARIF_SCHEMA"
  elif ! python3 -c 'import jsonschema' 2>/dev/null; then
    skip "$1" "python3 has no jsonschema module (Debian python3-jsonschema)"
  else
    check "$1" "not a valid SARIF 2.1.0 log" pyjson "$2" '
import os, jsonschema
schema = json.load(open(os.environ["SARIF_SCHEMA"], encoding="utf-8"))
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(d), key=str)
assert not errors, "%d schema errors, first: %s at %s" % (len(errors), errors[0].message, list(errors[0].absolute_path))
'
  fi
}
sarif_schema_check sarif-schema findings.sarif

check sarif-log "python check failed" pyjson findings.sarif '
assert d["version"] == "2.1.0", d["version"]
assert "sarif-2.1.0" in d["$schema"], d["$schema"]
assert len(d["runs"]) == 1, len(d["runs"])
run = d["runs"][0]
drv = run["tool"]["driver"]
assert drv["name"] == "snag" and drv["version"], drv
assert drv["informationUri"] == "https://github.com/snag-lint/snag", drv["informationUri"]
assert run["columnKind"] == "unicodeCodePoints", run["columnKind"]
inv = run["invocations"]
assert len(inv) == 1 and inv[0]["executionSuccessful"] is True, inv
import os, urllib.parse
cwd = "file://" + urllib.parse.quote(os.getcwd()) + "/"
assert inv[0]["workingDirectory"]["uri"] == cwd, (inv, cwd)
assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": cwd}}, run["originalUriBaseIds"]
'

check sarif-rules "python check failed" pyjson findings.sarif '
run = d["runs"][0]
rules, results = run["tool"]["driver"]["rules"], run["results"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), ids
assert set(ids) == {r["ruleId"] for r in results}, (ids, [r["ruleId"] for r in results])
assert set(ids) == {"SNG001", "SNG201"}, ids
for res in results:
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"], res
for r in rules:
    assert r["name"] in ("syntax-error", "mutable-default-mutated"), r["name"]
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"], r
    assert r["id"] in r["help"]["text"] and r["help"]["markdown"].startswith("#"), r["help"]
    assert r["helpUri"].startswith("https://github.com/snag-lint/snag/blob/main/rules.md#" + r["id"].lower()), r["helpUri"]
    assert r["defaultConfiguration"]["level"] == "error", r
    assert r["properties"]["precision"] == "high", r["properties"]
    assert "snag" in r["properties"]["tags"], r["properties"]
'

check sarif-results "python check failed" pyjson findings.sarif '
res = d["runs"][0]["results"]
def loc(r):
    p = r["locations"][0]["physicalLocation"]
    g = p["region"]
    return (p["artifactLocation"]["uri"], p["artifactLocation"].get("uriBaseId"), r["ruleId"], r["level"],
            g["startLine"], g["startColumn"], g["endLine"], g["endColumn"])
got = [loc(r) for r in res]
assert got[0] == ("mutated.py", "%SRCROOT%", "SNG201", "error", 1, 9, 1, 11), got[0]
assert [g[0] for g in got].count("rep.py") == 10, got
# code points, not bytes: the U+00E9 before the finding counts once
assert ("uni.py", "%SRCROOT%", "SNG201", "error", 1, 14, 1, 16) in got, got
assert ("sp%20ace%25.py", "%SRCROOT%", "SNG201", "error", 1, 9, 1, 11) in got, got
assert any(g[0] == "syntax.py" and g[2] == "SNG001" for g in got), got
m = res[0]
assert "`x`" in m["message"]["text"], m["message"]
rel = m["relatedLocations"]
assert rel[0]["id"] == 1 and rel[0]["message"]["text"], rel
assert rel[0]["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 16}, rel
fix = m["fixes"][0]
assert fix["description"]["text"], fix
ch = fix["artifactChanges"][0]
assert ch["artifactLocation"] == {"uri": "mutated.py", "uriBaseId": "%SRCROOT%"}, ch
rep = ch["replacements"][0]
assert rep["deletedRegion"] == {"startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 11}, rep
assert rep["insertedContent"]["text"] == "None", rep
'

check sarif-fingerprints "python check failed" pyjson findings.sarif "$sarif_fp_py"'
import re, urllib.parse
res = d["runs"][0]["results"]
seen = set()
for r in res:
    fp = r["partialFingerprints"]["primaryLocationLineHash"]
    assert re.fullmatch("[0-9a-f]{1,16}:[1-9][0-9]*", fp), fp
    p = r["locations"][0]["physicalLocation"]
    path = urllib.parse.unquote(p["artifactLocation"]["uri"])
    want = gh_hashes(open(path, "rb").read())[p["region"]["startLine"]]
    assert fp == want, (path, fp, want)
    seen.add(fp)
assert res[0]["partialFingerprints"]["primaryLocationLineHash"] == "48ba20b109c66eb4:1", res[0]
assert any(f.endswith(":3") for f in seen), seen
'

# a file outside the working directory: an absolute file:// URI, no base
in_dir sarif/clean
run check --output-format sarif ../mutated.py
expect_rc sarif-outside-exit 1
check sarif-outside-uri "python check failed" pyjson "$T/.out" '
import os, urllib.parse
a = d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
want = "file://" + urllib.parse.quote(os.path.join(os.path.dirname(os.getcwd()), "mutated.py"))
assert a == {"uri": want}, (a, want)
'

# clean: a valid log with no results and no rules
run check --output-format sarif ok.py
expect_rc sarif-clean-exit 0
cp "$T/.out" "$T/sarif/clean.sarif"
sarif_schema_check sarif-clean-schema "$T/sarif/clean.sarif"
check sarif-clean-empty "python check failed" pyjson "$T/sarif/clean.sarif" '
run = d["runs"][0]
assert run["results"] == [] and run["tool"]["driver"]["rules"] == [], run
'

# stdin: reported as `-`, no fingerprint (nothing on disk to hash)
cd "$T/sarif" || exit 2
run_in mutated.py check --output-format sarif -
expect_rc sarif-stdin-exit 1
check sarif-stdin "python check failed" pyjson "$T/.out" '
r = d["runs"][0]["results"][0]
assert r["ruleId"] == "SNG201" and "partialFingerprints" not in r, r
'

# --statistics has no SARIF form: the log still lists every finding
run check --output-format sarif --statistics mutated.py rep.py
expect_rc sarif-statistics-exit 1
check sarif-statistics "python check failed" pyjson "$T/.out" '
assert len(d["runs"][0]["results"]) == 11, len(d["runs"][0]["results"])
'
