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
};

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
    if (!loop)
      sg_rule_report(ctx, RULE_condition_wait_outside_loop, i,
                     "`wait()` is not in a `while` loop that re-tests the predicate: it can return before "
                     "the condition holds (spurious or stolen wakeup); use `while not ready: cond.wait()` "
                     "or `cond.wait_for(...)`");
  }
}
