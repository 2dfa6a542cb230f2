/* SNG504 condition-wait-outside-loop. */
#include <string.h>

#include "rules/threads.h"

const RuleDoc sg_rule_doc_condition_wait_outside_loop = {
  .summary = "`Condition.wait()` outside a loop that re-tests the predicate",
  .what = "Reports `cond.wait()` on a `threading.Condition` that is not inside a `while` loop.",
  .why =
    "`wait()` can return without the condition being true: a spurious wakeup, a "
    "`notify_all` meant for another predicate, or another consumer that got there first. "
    "The predicate must be checked again after waking.",
  .example =
    "import threading\n\ncond = threading.Condition()\nitems = []\n\ndef take():\n    with cond:\n"
    "        if not items:\n            cond.wait()\n        return items.pop()\n",
  .instead =
    "import threading\n\ncond = threading.Condition()\nitems = []\n\ndef take():\n    with cond:\n"
    "        while not items:\n            cond.wait()\n        return items.pop()\n",
  .limits =
    "Not reported: `cond.wait(timeout)` followed at once by an `if`/`try` that tests the "
    "state again and raises or returns when it does not hold (the `Future.result(timeout)` "
    "shape: an early wakeup ends in a handled timeout, not in acting on a false predicate).",
};

/* `cond.wait(timeout)` as a statement, followed in its block by an `if` or
 * `try` that tests the state again and leaves (raise/return) when it does
 * not hold: a wakeup before the condition holds is handled, not ignored. */
static bool sg_cond__rechecked(const FlatTree *t, uint32_t call) {
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (args == SG_NONE || sg_flat_named_child(t, args) == SG_NONE) return false;  /* no timeout */
  uint32_t st = t->parent[call];
  if (st == SG_NONE || t->kind[st] != KIND_EXPRESSION_STATEMENT) return false;
  uint32_t next = sg_flat_next_named(t, st);
  while (next != SG_NONE && t->kind[next] == KIND_COMMENT) next = sg_flat_next_named(t, next);
  if (next == SG_NONE || (t->kind[next] != KIND_IF_STATEMENT && t->kind[next] != KIND_TRY_STATEMENT)) return false;
  for (uint32_t i = next; i <= t->subtree_end[next]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_RAISE_STATEMENT || k == KIND_RETURN_STATEMENT) return true;
  }
  return false;
}

void sg_rule_condition_wait_outside_loop(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (attr == SG_NONE || !sg_flat_text_is(t, attr, "wait")) continue;
    /* a Condition (whatever lock it wraps) */
    char buf[128];
    const char *q = sg_concurrency_made_by(ctx->model, sg_flat_field(t, fn, FIELD_OBJECT), buf, sizeof buf);
    size_t ql = q ? strlen(q) : 0;
    if (!q || ql < 10 || strcmp(q + ql - 10, ".Condition") ||
        (strncmp(q, "threading.", 10) && strncmp(q, "multiprocessing.", 16)))
      continue;
    bool loop = false;
    for (uint32_t p = t->parent[i]; p != SG_NONE && !loop; p = t->parent[p]) {
      if (t->kind[p] == KIND_FUNCTION_DEFINITION || t->kind[p] == KIND_LAMBDA) break;
      loop = t->kind[p] == KIND_WHILE_STATEMENT;
    }
    if (!loop && !sg_cond__rechecked(t, i))
      sg_rule_report(ctx, RULE_condition_wait_outside_loop, i,
                     "`wait()` is not in a `while` loop that re-tests the predicate: it can return before "
                     "the condition holds (spurious or stolen wakeup); use `while not ready: cond.wait()` "
                     "or `cond.wait_for(...)`");
  }
}
