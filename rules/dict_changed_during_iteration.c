/* SNG402 dict-changed-during-iteration: RuntimeError: dictionary changed
 * size during iteration. */
#include "rules/iteration.h"

const RuleDoc sg_rule_doc_dict_changed_during_iteration = {
  .summary = "A dict changes size while a loop iterates over it",
  .what =
    "Reports `del d[k]`, `pop`, `popitem`, `clear`, `update`, `setdefault`, `|=`, and "
    "`d[key] = v` with a key other than the loop's own, on a dict a loop iterates "
    "(`for k in d`, `d.keys()`, `d.values()`, `d.items()`, or a lazy view of those: a "
    "generator expression, `zip`, `map`, `filter`, `itertools`, what a method of the "
    "class hands out), unless the loop is left right after; on an `OrderedDict` also "
    "`move_to_end` (any change raises `OrderedDict mutated during iteration`). On a `collections.defaultdict` (or a same-file dict class whose "
    "`__missing__` stores the key), a read `d[key]` (also `d[key] += 1`, `d[key].append(v)`) "
    "inserts a missing key: reported when the key is neither the loop's own key nor a key "
    "of another loop over the same dict and the loop never tests `key in d` (also in a "
    "method or function the loop calls, when the key is not one of its parameters, and in a "
    "method a callable handed to a call runs, whatever its parameters: `sorted(deps, "
    "key=self._fan_out)`, `REF.sub(lambda g: self._resolve(g.group(0)), text)`, which run on "
    "values other than the loop's keys). A change "
    "made through a call counts as for SNG401: a same-class method, a same-file function "
    "given the dict, a stored handler, or the item's own method removing it from its "
    "owner (`del self.pool.by_name[self.name]`, `self.store.sessions.pop(self.sid)`). "
    "Only objects known to be dicts count: a display or `dict(...)`, `self` in a dict "
    "subclass, "
    "`OrderedDict`/`defaultdict`/`Counter`, `fromkeys` (`OrderedDict.fromkeys` makes an OrderedDict; "
    "another class's, some dict whose message names both errors), a copy of `__dict__`, `vars()`, a "
    "same-file function returning a dict, or a `dict[...]` annotation. An item method handed the loop's owner (`observer.update(self)`) that adds to the "
    "dict through it (`subject.attach(x)` storing under a key it makes itself, such as "
    "`next(self._ids)`) counts too, and so does a store through calls under a key tested "
    "absent first (`if name not in self.selected: self.add(name)` with `add` storing "
    "`self.selected[name]`). A call of a method of the class that hands each change to stored callbacks (`self._fire(path)` looping over `self.handlers`), or such a loop inside the loop itself (`for hook in self._hooks: hook(self, k)`), one of which the file registers and which changes the dict through the owner (`watcher.watch(child)`), counts too. "
    "So does an item method handing the item's name back to the owner it was given "
    "(`self.registry.evict(self.device_id)`; given in its constructor, or set by the owner's "
    "method: `dock.network = self`) when the owner's method changes the dict's size. "
    "A dict handed out by a method of another object's class (`for t in self.index.terms()`, the "
    "file's one method of that name, a generator over `self._postings`) counts when the loop, "
    "or a method of its own class it calls through `self` (two calls deep), calls a method of "
    "that class on the same receiver that changes the dict's size (`self.index.drop(t)`), or "
    "stores under a key it found missing (`v = self._d.get(k)`, `if v is None: self._d[k] = "
    "...`) a key other than the loop's own item. So does a dict that is another object's "
    "attribute (`for k in self.book.by_id`), known to be a dict when every `self.by_id = ...` "
    "of the file makes one, changed by a method called on that same object "
    "(`self.book.forget(k)`, the file's one method of that name). A loop over an object's "
    "`__dict__` that gives the object a new attribute (`setattr(obj, \"_orig_\" + k, v)`) "
    "adds a key too.",
  .more =
    "On another object's defaultdict, that object's method reading it under its parameter "
    "(`self.index.items_in(target)` doing `return self.by_box[box]`) inserts a key when the "
    "call hands it no loop variable: only the loop's own key is known to be there. The same "
    "holds for a method of the loop's own object (`self.neighbours(other)` with `other` an item "
    "of a value, from an inner loop over something else).",
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
    "size: Python then raises `dictionary keys changed during iteration`. A defaultdict "
    "read whose key is already there inserts nothing, so one read is reported per loop, "
    "and none when the loop changes the dict otherwise; `d.get(key)` and a `Counter`'s "
    "missing keys insert nothing. Through a lazy view that pairs items (`zip(names, d)` in a "
    "generator expression), a store with a loop target as key is not reported.",
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

/* A target of a loop over a lazy view (`for k, v in zip(names, d)` inside
 * `map`, a generator expression that makes pairs): may be d's key; the
 * analysis does not know which. */
static bool sg_dict_changed__maybe_key(RuleContext *ctx, const LoopIteration *it, uint32_t key) {
  return it->via == ITERATION_LAZY && sg_loops_target_name(ctx->model, it, key);
}

/* `d[key]` read on a defaultdict in the loop: inserts key when missing. */
static void sg_dict_changed__missing(RuleContext *ctx, const LoopIteration *it, const LoopMutation *mut) {
  const FlatTree *t = ctx->tree;
  uint32_t len, klen;
  const char *x = sg_flat_text(t, it->collection, &len);
  const char *k = sg_flat_text(t, mut->key, &klen);
  if (klen > 60) klen = 60;
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[it->loop]) + 1;
  if (mut->inner != SG_NONE) {
    /* the read sits in a called function */
    uint32_t fn = sg_flat_field(t, mut->node, FIELD_FUNCTION), name = sg_flat_field(t, mut->through, FIELD_NAME);
    uint32_t flen, nlen, rlen;
    const char *call = sg_flat_text(t, fn, &flen), *callee = sg_flat_text(t, name, &nlen);
    const char *read = sg_flat_text(t, mut->inner, &rlen);
    if (rlen > 80) rlen = 80;
    Diagnostic *d = sg_rule_report(
        ctx, RULE_dict_changed_during_iteration, mut->node,
        "`%.*s(...)` reads `%.*s` (in `%.*s`, line %u), which inserts `%.*s` when it is not a key yet (%s), "
        "while the loop on line %u iterates over `%.*s`: RuntimeError: dictionary changed size during "
        "iteration; test `in` or use `.get(...)` there, or iterate over a copy (`list(%.*s)`)",
        (int)flen, call, (int)rlen, read, (int)nlen, callee,
        sg_source_line_of(ctx->source, t->start_byte[mut->inner]) + 1, (int)klen, k,
        it->kind == VALUE_DEFAULTDICT ? "a defaultdict" : "its class's `__missing__` stores it", line, (int)len, x,
        (int)len, x);
    sg_diag_related(d, t->start_byte[mut->inner], t->end_byte[mut->inner], "the read, in `%.*s`", (int)nlen, callee);
    return;
  }
  Diagnostic *d = sg_rule_report(
      ctx, RULE_dict_changed_during_iteration, mut->node,
      "reading `%.*s[%.*s]` inserts `%.*s` when it is not a key yet (%s) while the loop on line %u iterates over "
      "`%.*s`: RuntimeError: dictionary changed size during iteration; test `%.*s in %.*s` or use "
      "`%.*s.get(...)`, or iterate over a copy (`list(%.*s)`)",
      (int)len, x, (int)klen, k, (int)klen, k,
      it->kind == VALUE_DEFAULTDICT ? "a defaultdict" : "its class's `__missing__` stores it", line, (int)len, x,
      (int)klen, k, (int)len, x, (int)len, x, (int)len, x);
  sg_diag_related(d, t->start_byte[it->loop], t->start_byte[it->loop] + 3, "the loop over `%.*s`", (int)len, x);
}

static void sg_dict_changed__one(RuleContext *ctx, const LoopIteration *it, const LoopMutation *mut, bool stores,
                                 bool deletes) {
  if (mut->leaves || it->via == ITERATION_ENUMERATE_COPY || it->via == ITERATION_WHILE_INDEX) return;
  const FlatTree *t = ctx->tree;
  if (mut->kind == MUTATION_MISSING) {
    if (!sg_dict_changed__maybe_key(ctx, it, mut->key)) sg_dict_changed__missing(ctx, it, mut);
    return;
  }
  /* only objects known to be dicts: email's Message, http.client's
   * HTTPMessage and other mappings iterate a list of their keys */
  if (!sg_value_is_dict_like(it->kind)) return;
  if (mut->kind == MUTATION_STORE) {
    /* d[k] = v with the loop's own key keeps the size */
    uint32_t key = sg_flat_unparen(t, mut->key);
    if (it->key != SG_NONE && key != SG_NONE && sg_loops_same(ctx->model, key, it->key)) return;
    if (it->item != SG_NONE && key != SG_NONE && sg_loops_same(ctx->model, key, it->item)) return;
    if (key != SG_NONE && sg_dict_changed__maybe_key(ctx, it, key)) return;
    if (deletes) return;
  }
  bool both = mut->kind == MUTATION_SHRINK && stores;
  /* an OrderedDict checks every change, moves included */
  if (it->kind == VALUE_ORDEREDDICT) {
    sg_iteration_report(ctx, RULE_dict_changed_during_iteration, it, mut,
                        mut->method == NAME_CLEAR ? "RuntimeError: OrderedDict changed size during iteration"
                                                  : "RuntimeError: OrderedDict mutated during iteration");
    return;
  }
  if (mut->method == NAME_MOVE_TO_END) return;  /* not known to be an OrderedDict */
  sg_iteration_report(ctx, RULE_dict_changed_during_iteration, it, mut,
                      it->kind == VALUE_MAPPING
                          ? "RuntimeError: dictionary changed size during iteration (an OrderedDict says "
                            "`OrderedDict mutated during iteration`)"
                      : both ? "RuntimeError at the next step of the loop: `dictionary keys changed "
                             "during iteration` when the store in the loop puts the size back, "
                             "`dictionary changed size during iteration` otherwise"
                           : "RuntimeError: dictionary changed size during iteration");
}

static void sg_dict_changed__flush(DictChanged *s) {
  /* one read that inserts per loop, and none when the loop changes the
   * dict otherwise (that finding comes first) */
  bool others = false, missing = false;
  for (uint32_t i = 0; i < s->muts.len; i++) {
    const LoopMutation *mut = &s->muts.items[i];
    bool own_key = mut->kind == MUTATION_STORE && s->it.key != SG_NONE && mut->key != SG_NONE &&
                   sg_loops_same(s->ctx->model, sg_flat_unparen(s->ctx->tree, mut->key), s->it.key);
    others |= mut->kind != MUTATION_MISSING && !mut->leaves && !own_key;
  }
  for (uint32_t i = 0; i < s->muts.len; i++) {
    const LoopMutation *mut = &s->muts.items[i];
    if (mut->kind == MUTATION_MISSING && (others || missing || mut->leaves)) continue;
    if (mut->kind == MUTATION_MISSING && sg_dict_changed__maybe_key(s->ctx, &s->it, mut->key)) continue;
    missing |= mut->kind == MUTATION_MISSING;
    sg_dict_changed__one(s->ctx, &s->it, mut, s->stores, s->deletes);
  }
  s->muts.len = 0;
  s->stores = s->deletes = false;
}

/* sg_loops_mutations gives a loop's mutations one after another */
static void sg_dict_changed__collect(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  DictChanged *s = arg;
  if (s->muts.len && (s->it.loop != it->loop || s->it.collection != it->collection)) sg_dict_changed__flush(s);
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
