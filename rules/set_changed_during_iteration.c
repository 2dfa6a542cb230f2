/* SNG403 set-changed-during-iteration: RuntimeError: Set changed size
 * during iteration. */
#include "rules/iteration.h"

const RuleDoc sg_rule_doc_set_changed_during_iteration = {
  .summary = "A set changes size while a loop iterates over it",
  .what =
    "Reports `add`, `remove`, `discard`, `pop`, `clear`, `update` and the `*_update` "
    "methods, `|=`, `-=`, `&=`, `^=` on the set a loop iterates (directly or through a lazy "
    "view: a generator expression, `filter`, `map`, `zip`, `itertools`), unless the loop is "
    "left right after; also such a change made through a call, as for SNG401. A loop over "
    "an object of a same-file class whose `__iter__` walks one of its attributes (`for url "
    "in frontier`) iterates that attribute, and the object's methods change it "
    "(`frontier.discover(...)`); so does a set handed out by a method of another object's class "
    "(`for w in self.lot.pending()`) changed through the same receiver, as for SNG402.",
  .why = "Python raises `RuntimeError: Set changed size during iteration`.",
  .example = "def prune(names):\n    names = set(names)\n    for n in names:\n        if n.startswith('_'):\n            names.discard(n)\n    return names\n",
  .instead = "def prune(names):\n    return {n for n in names if not n.startswith('_')}\n",
};

static void sg_set_changed__one(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  RuleContext *ctx = arg;
  if (mut->leaves || it->via == ITERATION_ENUMERATE_COPY || it->via == ITERATION_WHILE_INDEX) return;
  if (mut->kind == MUTATION_STORE || mut->kind == MUTATION_MISSING || sg_loops_kind(ctx->model, it, mut) != VALUE_SET) return;
  sg_iteration_report(ctx, RULE_set_changed_during_iteration, it, mut,
                      "RuntimeError: Set changed size during iteration");
}

void sg_rule_set_changed_during_iteration(RuleContext *ctx) {
  sg_rule_loops_mutations(ctx, sg_set_changed__one);
}
