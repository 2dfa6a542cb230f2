# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# `snag debug summaries FILE` dumps the per-function summaries
# (analyses/summaries.h) that SNG201/SNG203 use at call sites: a
# helper's mutation carried up a chain of callers, a recursion that the
# bounded fixpoint ends, and a long generated chain of helpers (no
# recursion on the input's depth: it ends, under a generous timeout, with
# the top function's parameter marked mutated).

in_dir summaries
mkf helpers.py 'def register(hooks, f):\n    hooks.append(f)\n\n\ndef add(f, hooks=[]):\n    register(hooks, f)\n\n\ndef ping(xs, n):\n    if n:\n        pong(xs, n - 1)\n    xs.append(n)\n\n\ndef pong(xs, n):\n    ping(xs, n)\n\n\ndef maybe(xs, on=False):\n    if on:\n        xs.append(1)\n'
run debug summaries helpers.py
expect_rc summaries-rc 0
expect_line summaries-direct '  param hooks: mutated 2->2 sure 2->2'
expect_line summaries-through-helper '  param hooks: mutated 6->2 sure 6->2 helper 6->2'
expect_line summaries-recursion '  param xs: mutated 16->12 sure 16->12 helper 16->12'
expect_line summaries-conditional '  param xs: mutated 21->21'

# removals are kept apart (what a loop over the object trips on), and carried
# to `<param>.<attr>` and to `self.<attr>` through helpers
mkf removal.py 'def drop(xs, x):\n    xs.remove(x)\n\n\ndef unsubscribe(bus, f):\n    drop(bus.handlers, f)\n\n\nclass Bus:\n    def off(self, f):\n        unsubscribe(self, f)\n'
run debug summaries removal.py
expect_line summaries-removed '  param xs: removed 2->2'
expect_line summaries-attr-via-helper '  attr bus.handlers: removed via helper 6->2'
expect_line summaries-self-via-helper '  attr self.handlers: removed via helper 11->2'

# 3,000 helpers, each handing its list to the next; the last one mutates it
python3 - "$T/summaries/chain.py" <<'EOF'
import sys
n = 3000
with open(sys.argv[1], "w") as out:
    for i in range(n - 1):
        out.write(f"def h{i}(xs):\n    h{i + 1}(xs)\n\n\n")
    out.write(f"def h{n - 1}(xs):\n    xs.append(1)\n\n\ndef top(xs=[]):\n    h0(xs)\n")
EOF
run debug summaries chain.py
expect_rc summaries-chain-rc 0
expect_has summaries-chain-top '  param xs: mutated 12002->11998 sure 12002->11998 helper 12002->11998'
run check --isolated --select SNG201 --output-format concise chain.py
expect_rc summaries-chain-sng201 1
expect_has summaries-chain-finding 'chain.py:12001:12: SNG201'

run debug summaries missing.py
expect_rc summaries-missing-file 2
cd "$ROOT" || true
