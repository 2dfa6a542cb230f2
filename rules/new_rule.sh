#!/bin/sh
# Scaffold a new rule: rules/<id>.c (metadata, docs, check), its registry row
# in rules/rules.def, and a fixture with a must-flag and a must-not-flag case.
#   rules/new_rule.sh NUMBER id kebab-name FAMILY SEVERITY
#   rules/new_rule.sh 301 late_binding_closure late-binding-closure CLOSURES ERROR
# FAMILY: TOOL SCOPING SHARED_STATE CLOSURES ITERATION THREADS PROCESSES FINALIZERS
# SEVERITY: ERROR WARNING INFO. Then write the check, run `make rules.md test`.
set -eu
[ $# -eq 5 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
num=$1 id=$2 name=$3 family=$4 sev=$5
cd "$(dirname "$0")/.."
[ -e "rules/$id.c" ] && { echo "rules/$id.c exists" >&2; exit 2; }
grep -q "RULE($num," rules/rules.def && { echo "SNG$num is taken" >&2; exit 2; }
code=$(printf 'SNG%03d' "$num")
dir=$(echo "$family" | tr 'A-Z' 'a-z')
cat > "rules/$id.c" <<C
/* $code $name: TODO one line on what it finds. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_$id = {
  .summary = "TODO",
  .what = "TODO",
  .why = "TODO",
  .example = "TODO\n",
  .instead = "TODO\n",
};

void sg_rule_$id(RuleContext *ctx) {
  (void)ctx;  /* TODO: read ctx->model / ctx->tree and sg_rule_report(...) */
}
C
# keep rules.def in code order
awk -v row="RULE($num, $id, \"$name\", $family, $sev, 1)" -v num="$num" '
  /^RULE\(/ && !done { split($0, a, /[(,]/); if (a[2] + 0 > num + 0) { print row; done = 1 } }
  { print }
  END { if (!done) print row }' rules/rules.def > rules/rules.def.tmp
mv rules/rules.def.tmp rules/rules.def
mkdir -p "tests/fixtures/$dir"
cat > "tests/fixtures/$dir/$id.py" <<PY
# Fixture for $code $name: every line with a finding says \`# expect: $code\`.

# must flag

# must not flag
PY
echo "created rules/$id.c, tests/fixtures/$dir/$id.py; added $code to rules/rules.def"
