/* SNG404 remove-by-index: `X.remove(i)` with `i` an index of X. */
#include <stdio.h>

#include "rules/iteration.h"

const RuleDoc sg_rule_doc_remove_by_index = {
  .summary = "`list.remove()` called with an index",
  .what =
    "Reports `X.remove(i)` where `i` is an index into X: the first target of "
    "`enumerate(X)`, or the target of `range(len(X))`.",
  .why =
    "`remove` deletes the first element *equal* to its argument, not the one at that "
    "position: `[10, 0, 20].remove(1)` raises `ValueError`, `[1, 0].remove(0)` removes "
    "the second element.",
  .example = "def drop_blanks(lines):\n    for i, line in enumerate(lines):\n        if not line:\n            lines.remove(i)\n",
  .instead = "def drop_blanks(lines):\n    lines[:] = [line for line in lines if line]\n",
};

static void sg_remove_by_index__one(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  RuleContext *ctx = arg;
  const FlatTree *t = ctx->tree;
  if (mut->method != NAME_REMOVE || it->key == SG_NONE || mut->key == SG_NONE) return;
  if (it->via != ITERATION_ENUMERATE && it->via != ITERATION_INDEX && it->via != ITERATION_ENUMERATE_COPY)
    return;
  if (!sg_loops_same(ctx->model, mut->key, it->key)) return;
  uint32_t len, klen;
  const char *x = sg_flat_text(t, it->collection, &len);
  const char *k = sg_flat_text(t, it->key, &klen);
  Diagnostic *d = sg_rule_report(ctx, RULE_remove_by_index, mut->node,
                                 "`%.*s.remove(%.*s)` removes the first element equal to `%.*s`, but "
                                 "`%.*s` is an index (from `%s`): use `del %.*s[%.*s]`, or build a new list",
                                 (int)len, x, (int)klen, k, (int)klen, k, (int)klen, k,
                                 it->via == ITERATION_INDEX ? "range(len(...))" : "enumerate",
                                 (int)len, x, (int)klen, k);
  sg_diag_related(d, t->start_byte[it->key], t->end_byte[it->key], "the index");
}

void sg_rule_remove_by_index(RuleContext *ctx) {
  sg_rule_loops_mutations(ctx, sg_remove_by_index__one);
}
