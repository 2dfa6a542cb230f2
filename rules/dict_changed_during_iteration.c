/* SNG402 dict-changed-during-iteration: RuntimeError: dictionary changed
 * size during iteration. */
#include "rules/iteration.h"

const RuleDoc sg_rule_doc_dict_changed_during_iteration = {
  .summary = "A dict changes size while a loop iterates over it",
  .what =
    "Reports `del d[k]`, `pop`, `popitem`, `clear`, `update`, `setdefault`, `|=`, and "
    "`d[key] = v` with a key other than the loop's own, on a dict a loop iterates "
    "(`for k in d`, `d.keys()`, `d.values()`, `d.items()`), unless the loop is left "
    "right after. Only objects known to be dicts count: a display or `dict(...)`, "
    "`OrderedDict`/`defaultdict`/`Counter`, `fromkeys`, a copy of `__dict__`, `vars()`, "
    "a same-file function returning a dict, or a `dict[...]` annotation.",
  .why =
    "Python raises `RuntimeError: dictionary changed size during iteration` at the next "
    "step of the loop (and a change that happens to keep the size silently confuses "
    "the iteration order).",
  .example = "def drop_empty(table: dict[str, list]):\n    for key in table:\n        if not table[key]:\n            del table[key]\n",
  .instead = "def drop_empty(table: dict[str, list]):\n    for key in list(table):\n        if not table[key]:\n            del table[key]\n",
  .limits =
    "`d[k] = f(d[k])` with the loop's own key replaces a value and is fine. A mapping "
    "of unknown type is not reported: `email.message.Message` and "
    "`http.client.HTTPMessage` iterate a list of their keys, and deleting while "
    "iterating them is fine. Deleting a key and storing one in the same pass keeps the "
    "size: Python then raises `dictionary keys changed during iteration`.",
};

/* Does the loop body also store into X (`X[k] = v` with another key than
 * the loop's own)? Then a deleted key may come back and the size stay. */
static bool sg_dict_changed__stores(const SemanticModel *m, const LoopIteration *it) {
  const FlatTree *t = m->tree;
  for (uint32_t i = it->body; i <= t->subtree_end[it->body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    if (left == SG_NONE || t->kind[left] != KIND_SUBSCRIPT) continue;
    if (sg_loops_same(m, sg_flat_field(t, left, FIELD_VALUE), it->collection)) return true;
  }
  return false;
}

/* Does the loop body also `del X[k]`? Then that delete is the finding (its
 * message covers the store), and the store is not reported again. */
static bool sg_dict_changed__deletes(const SemanticModel *m, const LoopIteration *it) {
  const FlatTree *t = m->tree;
  for (uint32_t i = it->body; i <= t->subtree_end[it->body]; i++) {
    if (t->kind[i] != KIND_DELETE_STATEMENT) continue;
    for (uint32_t c = i + 1; c <= t->subtree_end[i]; c++)
      if (t->kind[c] == KIND_SUBSCRIPT && sg_loops_same(m, sg_flat_field(t, c, FIELD_VALUE), it->collection))
        return true;
  }
  return false;
}

static void sg_dict_changed__one(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  RuleContext *ctx = arg;
  if (mut->leaves || it->via == ITERATION_ENUMERATE_COPY) return;
  const FlatTree *t = ctx->tree;
  /* only objects known to be dicts: email's Message, http.client's
   * HTTPMessage and other mappings iterate a list of their keys */
  if (!sg_value_is_dict_like(it->kind)) return;
  if (mut->kind == MUTATION_STORE) {
    /* d[k] = v with the loop's own key keeps the size */
    uint32_t key = sg_flat_unparen(t, mut->key);
    if (it->key != SG_NONE && key != SG_NONE && sg_loops_same(ctx->model, key, it->key)) return;
    if (it->item != SG_NONE && key != SG_NONE && sg_loops_same(ctx->model, key, it->item)) return;
  }
  if (mut->kind == MUTATION_STORE && sg_dict_changed__deletes(ctx->model, it)) return;
  bool both = mut->kind == MUTATION_SHRINK && sg_dict_changed__stores(ctx->model, it);
  sg_iteration_report(ctx, RULE_dict_changed_during_iteration, it, mut,
                      both ? "RuntimeError at the next step of the loop: `dictionary keys changed "
                             "during iteration` when the store in the loop puts the size back, "
                             "`dictionary changed size during iteration` otherwise"
                           : "RuntimeError: dictionary changed size during iteration");
}

void sg_rule_dict_changed_during_iteration(RuleContext *ctx) {
  sg_rule_loops_mutations(ctx, sg_dict_changed__one);
}
