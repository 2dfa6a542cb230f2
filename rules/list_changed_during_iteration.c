/* SNG401 list-changed-during-iteration: the list a loop iterates changes
 * size in the loop body; elements are skipped or the loop never ends. */
#include <stdio.h>

#include "rules/iteration.h"

const RuleDoc sg_rule_doc_list_changed_during_iteration = {
  .summary = "A list changes size while a loop iterates over it",
  .what =
    "Reports `remove`, `pop`, `insert`, `append`, `extend`, `clear`, `del X[i]`, slice "
    "assignment and `X += ...` on the list a `for` loop (or comprehension) iterates — "
    "directly, through `enumerate`/`reversed`/`zip`, or by index with `range(len(X))` — "
    "unless the loop is left (`break`/`return`/`raise`) right after.",
  .why =
    "The list iterator walks by position. Removing an element shifts the rest left, so "
    "the next one is skipped; appending makes the loop visit the new elements, maybe "
    "forever:\n\n"
    "```python\n>>> nums = [-1, -2, 3]\n>>> for n in nums:\n...     if n < 0:\n...         nums.remove(n)\n"
    ">>> nums\n[-2, 3]\n```",
  .example = "def drop_negatives(nums):\n    for n in nums:\n        if n < 0:\n            nums.remove(n)\n",
  .instead = "def drop_negatives(nums):\n    nums[:] = [n for n in nums if n >= 0]\n",
  .limits =
    "The collection is recognised by name or `self.attr` path; an alias (`other = nums`) "
    "is not followed. Replacing an element (`X[i] = v`) keeps the size and is fine; "
    "iterating a copy (`list(X)`, `X[:]`, `X.copy()`, `sorted(X)`) is fine.",
};

static void sg_list_changed__one(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  RuleContext *ctx = arg;
  if (mut->leaves || it->via == ITERATION_ENUMERATE_COPY) return;
  if (mut->kind == MUTATION_STORE) return;
  if (!sg_value_is_list_like(sg_loops_kind(ctx->model, it, mut))) return;
  sg_iteration_report(ctx, RULE_list_changed_during_iteration, it, mut,
                      mut->kind == MUTATION_GROW
                          ? "the loop also visits what is added, and may never end"
                          : "the element after each removal is skipped");
}

void sg_rule_list_changed_during_iteration(RuleContext *ctx) {
  sg_rule_loops_mutations(ctx, sg_list_changed__one);
}

/* ---- shared with SNG402-SNG404 ------------------------------------------------------ */

void sg_rule_loops_mutations(RuleContext *ctx, LoopMutationFn fn) {
  const Candidates *c = ctx->candidates;
  if (c) sg_loops_mutations(ctx->model, c->nodes[CANDIDATE_LOOP], c->count[CANDIDATE_LOOP], fn, ctx);
  else sg_loops_mutations(ctx->model, NULL, 0, fn, ctx);
}

Diagnostic *sg_iteration_report(RuleContext *ctx, RuleId rule, const LoopIteration *it,
                                const LoopMutation *mut, const char *consequence) {
  const FlatTree *t = ctx->tree;
  uint32_t len;
  const char *x = sg_flat_text(t, it->collection, &len);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[it->loop]) + 1;
  const char *what = mut->method != SG_NONE ? sg_names_text(&t->names, mut->method) : NULL;
  Diagnostic *d;
  if (what)
    d = sg_rule_report(ctx, rule, mut->node,
                       "`%.*s.%s(...)` changes the size of `%.*s` while the loop on line %u iterates "
                       "over it: %s; iterate over a copy (`list(%.*s)`) or build a new collection",
                       (int)len, x, what, (int)len, x, line, consequence, (int)len, x);
  else
    d = sg_rule_report(ctx, rule, mut->node,
                       "this changes the size of `%.*s` while the loop on line %u iterates over it: "
                       "%s; iterate over a copy (`list(%.*s)`) or build a new collection",
                       (int)len, x, line, consequence, (int)len, x);
  uint32_t header = it->loop;
  sg_diag_related(d, t->start_byte[header], t->start_byte[header] + 3, "the loop over `%.*s`", (int)len, x);
  return d;
}
