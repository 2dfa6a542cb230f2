"""Runs a composite action's steps the way a GitHub runner does, locally.

    python3 action_steps.py ACTION_DIR [--input NAME=VALUE]... [--state FILE]

Reads ACTION_DIR/action.yml; the environment must hold what the runner sets
(GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH). Each `run:` step runs
as GitHub runs `shell: bash` (bash --noprofile --norc -eo pipefail FILE) in
its working-directory, with GITHUB_OUTPUT, GITHUB_PATH, GITHUB_ENV and
GITHUB_STEP_SUMMARY files of its own, GITHUB_ACTION_PATH, earlier steps'
PATH and env additions, and its `env:` mapping with `${{ }}` expressions
evaluated. `uses:` steps are not run (their `with:` and `if:` are still
evaluated). Stops at the first failing step, as GitHub does, and exits
with its status. Exits 3 on anything it cannot evaluate: an unknown context,
an unsupported operator, an undeclared input, or `${{` inside a `run:`
script (inputs reach scripts through `env:`). --state writes the steps'
outputs and the PATH additions as JSON.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{(.*?)\}\}", re.S)
TOKEN = re.compile(r"\s*(?:('(?:[^']|'')*')|(==|!=|&&|\|\||!)|([A-Za-z_][A-Za-z0-9_.-]*(?:\(\))?))")


class Unsupported(Exception):
    pass


def tokens(text):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise Unsupported("cannot read `%s` at `%s`" % (text, text[pos:]))
        lit, op, name = m.groups()
        out.append(("lit", lit[1:-1].replace("''", "'")) if lit is not None
                   else ("op", op) if op else ("name", name))
        pos = m.end()
    return out


def value(tok, ctx):
    kind, v = tok
    if kind == "lit":
        return v
    if kind != "name":
        raise Unsupported("expected a value, got `%s`" % v)
    if v in ("true", "false"):
        return v == "true"
    if v in ("success()", "always()"):
        return True
    parts = v.split(".")
    head = parts[0]
    if head == "inputs" and len(parts) == 2:
        if parts[1] not in ctx["inputs"]:
            raise Unsupported("undeclared input `%s`" % parts[1])
        return ctx["inputs"][parts[1]]
    if head == "steps" and len(parts) == 4 and parts[2] == "outputs":
        if parts[1] not in ctx["steps"]:
            raise Unsupported("no earlier step with id `%s`" % parts[1])
        return ctx["steps"][parts[1]].get(parts[3], "")
    if head in ("github", "runner", "env") and len(parts) == 2:
        key = {"github": "GITHUB_", "runner": "RUNNER_", "env": ""}[head] + (
            parts[1].upper() if head != "env" else parts[1])
        if key not in ctx["env"]:
            raise Unsupported("`%s` is not set (%s)" % (v, key))
        return ctx["env"][key]
    raise Unsupported("unknown context `%s`" % v)


def evaluate(text, ctx):
    """A value, `A == B`, `A != B`, `!A`, and && / || chains of those."""
    toks = tokens(text)
    for t in toks:
        if t == ("op", "!") and len(toks) != 2:
            raise Unsupported("`!` only in front of a single value: `%s`" % text)

    def term(ts):
        if len(ts) == 1:
            return value(ts[0], ctx)
        if len(ts) == 2 and ts[0] == ("op", "!"):
            return not value(ts[1], ctx)
        if len(ts) == 3 and ts[1][0] == "op" and ts[1][1] in ("==", "!="):
            a, b = value(ts[0], ctx), value(ts[2], ctx)
            return (a == b) if ts[1][1] == "==" else (a != b)
        raise Unsupported("cannot evaluate `%s`" % text)

    groups, cur, ops = [], [], []
    for t in toks:
        if t in (("op", "&&"), ("op", "||")):
            groups.append(cur)
            ops.append(t[1])
            cur = []
        else:
            cur.append(t)
    groups.append(cur)
    if len(set(ops)) > 1:
        raise Unsupported("mixed && and || without parentheses: `%s`" % text)
    vals = [term(g) for g in groups]
    if not ops:
        return vals[0]
    return all(vals) if ops[0] == "&&" else any(vals)


def substitute(text, ctx):
    """A string with ${{ }} expressions replaced by their values."""
    if not isinstance(text, str):
        return "" if text is None else str(text).lower() if isinstance(text, bool) else str(text)

    def one(m):
        v = evaluate(m.group(1), ctx)
        return str(v).lower() if isinstance(v, bool) else str(v)
    return EXPR.sub(one, text)


def condition(text, ctx):
    if text is None:
        return True
    text = str(text).strip()
    m = EXPR.fullmatch(text)
    v = evaluate(m.group(1) if m else text, ctx)
    return bool(v)


def read_kv(path):
    """GITHUB_OUTPUT / GITHUB_ENV lines: name=value and name<<DELIM ... DELIM."""
    out = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        m = re.match(r"([^=<]+)<<(.+)$", line)
        if m:
            body = []
            while i < len(lines) and lines[i] != m.group(2):
                body.append(lines[i])
                i += 1
            i += 1
            out[m.group(1)] = "\n".join(body)
        elif "=" in line:
            k, v = line.split("=", 1)
            out[k] = v
        else:
            raise Unsupported("unreadable line in %s: %r" % (path, line))
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    action_dir = os.path.abspath(args.pop(0))
    given, state_file = {}, None
    while args:
        a = args.pop(0)
        if a == "--input" and args:
            k, _, v = args.pop(0).partition("=")
            given[k] = v
        elif a == "--state" and args:
            state_file = args.pop(0)
        else:
            sys.exit("action_steps: unknown argument %s" % a)

    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action.get("runs", {}).get("using") != "composite":
        raise Unsupported("runs.using is not composite")
    declared = action.get("inputs") or {}
    for k in given:
        if k not in declared:
            raise Unsupported("--input %s: the action declares no such input" % k)
    inputs = {k: given.get(k, str((spec or {}).get("default", ""))) for k, spec in declared.items()}

    env = dict(os.environ)
    env["GITHUB_ACTION_PATH"] = action_dir
    env.setdefault("GITHUB_ACTIONS", "true")
    env.setdefault("CI", "true")
    for need in ("GITHUB_WORKSPACE", "RUNNER_TEMP", "RUNNER_OS", "RUNNER_ARCH"):
        if need not in env:
            raise Unsupported("%s is not set" % need)
    ctx = {"inputs": inputs, "steps": {}, "env": env}
    path_added = []

    for n, step in enumerate(action["runs"]["steps"]):
        sid = step.get("id", "__step%d" % n)
        if not condition(step.get("if"), ctx):
            print("action_steps: step %s skipped (if: %s)" % (sid, step["if"]), file=sys.stderr)
            ctx["steps"][sid] = {}
            continue
        if "uses" in step:
            for v in (step.get("with") or {}).values():
                substitute(v, ctx)
            print("action_steps: step %s: uses %s (not run here)" % (sid, step["uses"]), file=sys.stderr)
            ctx["steps"][sid] = {}
            continue
        script = step["run"]
        if "${{" in script:
            raise Unsupported("step %s: `${{` inside `run:` (pass inputs through env:)" % sid)
        if step.get("shell") != "bash":
            raise Unsupported("step %s: shell is %r, expected bash" % (sid, step.get("shell")))
        with tempfile.TemporaryDirectory(dir=env["RUNNER_TEMP"]) as tmp:
            files = {k: os.path.join(tmp, k.lower()) for k in
                     ("GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_ENV", "GITHUB_STEP_SUMMARY")}
            for p in files.values():
                open(p, "w").close()
            step_env = dict(env)
            step_env.update(files)
            step_env["PATH"] = os.pathsep.join(path_added[::-1] + [env["PATH"]])
            for k, v in (step.get("env") or {}).items():
                step_env[k] = substitute(v, ctx)
            script_file = os.path.join(tmp, "step.sh")
            with open(script_file, "w", encoding="utf-8") as f:
                f.write(script)
            cwd = substitute(step.get("working-directory") or env["GITHUB_WORKSPACE"], ctx)
            sys.stdout.flush()
            rc = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script_file],
                                 cwd=cwd, env=step_env)
            ctx["steps"][sid] = read_kv(files["GITHUB_OUTPUT"])
            with open(files["GITHUB_PATH"], encoding="utf-8") as f:
                path_added += [l for l in f.read().split("\n") if l]
            env.update(read_kv(files["GITHUB_ENV"]))
        if rc != 0:
            print("action_steps: step %s failed with exit status %d" % (sid, rc), file=sys.stderr)
            break
    else:
        rc = 0
    if state_file:
        with open(state_file, "w", encoding="utf-8") as f:
            json.dump({"steps": ctx["steps"], "path": path_added}, f, indent=1)
    return rc


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Unsupported as e:
        print("action_steps: cannot run: %s" % e, file=sys.stderr)
        sys.exit(3)
