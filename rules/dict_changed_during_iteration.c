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

/* The mutations of one loop, reported once all of them are known: a store
 * into X (`X[k] = v`, another key than the loop's own, or a slice) may put
 * a deleted key back and keep the size; a `del X[k]` is then the finding
 * (its message covers the store), and the store is not reported again. */
typedef struct DictChanged {
  RuleContext *ctx;
  LoopIteration it;          /* the loop whose mutations are pending */
  Array(LoopMutation) muts;
  bool stores, deletes;      /* the loop also stores into X / does `del X[k]` */
} DictChanged;

static void sg_dict_changed__one(RuleContext *ctx, const LoopIteration *it, const LoopMutation *mut, bool stores,
                                 bool deletes) {
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
    if (deletes) return;
  }
  bool both = mut->kind == MUTATION_SHRINK && stores;
  sg_iteration_report(ctx, RULE_dict_changed_during_iteration, it, mut,
                      both ? "RuntimeError at the next step of the loop: `dictionary keys changed "
                             "during iteration` when the store in the loop puts the size back, "
                             "`dictionary changed size during iteration` otherwise"
                           : "RuntimeError: dictionary changed size during iteration");
}

static void sg_dict_changed__flush(DictChanged *s) {
  for (uint32_t i = 0; i < s->muts.len; i++)
    sg_dict_changed__one(s->ctx, &s->it, &s->muts.items[i], s->stores, s->deletes);
  s->muts.len = 0;
  s->stores = s->deletes = false;
}

/* sg_loops_mutations gives a loop's mutations one after another */
static void sg_dict_changed__collect(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  DictChanged *s = arg;
  if (s->muts.len && s->it.loop != it->loop) sg_dict_changed__flush(s);
  s->it = *it;
  if (mut->kind == MUTATION_STORE || (mut->kind == MUTATION_RESIZE && mut->key != SG_NONE)) s->stores = true;
  if (mut->kind == MUTATION_SHRINK && s->ctx->tree->kind[mut->node] == KIND_DELETE_STATEMENT) s->deletes = true;
  array_push(&s->muts, *mut);
}

void sg_rule_dict_changed_during_iteration(RuleContext *ctx) {
  DictChanged s = {.ctx = ctx};
  sg_rule_loops_each(ctx, sg_dict_changed__collect, &s);
  sg_dict_changed__flush(&s);
  array_free(&s.muts);
}
