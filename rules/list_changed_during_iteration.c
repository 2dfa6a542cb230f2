/* SNG401 list-changed-during-iteration: the list a loop iterates changes
 * size in the loop body; elements are skipped or the loop never ends. */
#include <stdio.h>
#include <string.h>

#include "rules/iteration.h"

const RuleDoc sg_rule_doc_list_changed_during_iteration = {
  .summary = "A list changes size while a loop iterates over it",
  .what =
    "Reports a change of the list a `for` loop (or comprehension) iterates — directly, "
    "through `enumerate`/`reversed`/`zip`, by index with `range(len(X))`, through a lazy "
    "view of it (a generator expression, `map`, `filter`, `itertools`, or a name bound to "
    "one), or through what a method of the class hands out (`for x in self` with "
    "`__iter__` returning `iter(self.items)`, a method returning a generator expression "
    "over `self.items`, a generator method) — that makes the loop go wrong: a removal "
    "(`remove`, `pop`, `clear`, `del X[i]`, a slice assigned fewer elements) skips the "
    "element after it; an insertion before the loop's position (`X.insert(0, v)`) visits "
    "the current element again; a growth (`append`, `extend`, `+=`) on every iteration of a "
    "loop with no `break`/`return`/`raise`, or re-adding the item under a condition on the "
    "item alone, never ends. Any change of a deque (`rotate` too) raises `RuntimeError`, also "
    "one made through a call (a growth too): a method of the class, or a handler its dispatch "
    "runs that the file registers (also with a decorator the class hands out, `@bus.on(kind)`) "
    "and that reaches the owner through the module's one object of the class (`bus.emit(...)`). "
    "A list that is another object's attribute (`for o in self.book.orders`, `for o in "
    "book.orders`) counts too, removed from by a method called on that same object "
    "(`self.book.cancel(o)`, the file's one method of that name). A "
    "removal counts too when the loop body makes it through a call: a method of the same "
    "class (`self.unsubscribe(h)` doing `self.handlers.remove(h)`, or a `@classmethod` on "
    "`cls`; one call further at most), a same-file function given the list or the object "
    "holding it, a function imported from another file of the program that removes from "
    "the list it is given (`forget(handlers, h)`), or changing a global list or one of an enclosing function, a handler "
    "stored in the list (`self.subscribe(self.once)`, a closure made by `once()` that "
    "unsubscribes itself, `HOOKS.append(f)`, a registering decorator) called as "
    "`handler(event)`, or the item's own method removing the item "
    "from its owner (`worker.stop()` doing `self.pool.workers.remove(self)` or "
    "`self.pool.release(self)`), or an item method handed the loop's owner that changes the "
    "list through it (`member.receive(self, m)` where a same-file class's `receive` calls "
    "`bus.leave(self)`: the finding names that class), or a callable item whose class's "
    "`__call__` calls back the owner it was given in `__init__` (`self.channel.unsubscribe(self)`), "
    "or an item method that does so itself or through another of its own methods "
    "(`sub.deliver(m)` whose `self.cancel()` calls `self.broker.unsubscribe(self)`), the "
    "owner's method removing it under any key (`self.topics[sub.topic].remove(sub)`). "
    "The list may be `self` in a `list` subclass, or kept in a "
    "dict under a name or literal key (`for h in self.subs[topic]`, "
    "`self.subs.get(topic, [])`). A `while i < len(X)` loop is reported when it removes "
    "at `i` (`del X[i]`, `X.pop(i)`, `X.remove(X[i])`) and still advances `i` on the same "
    "path: it skips the element that moved into index `i`. Nothing is reported "
    "when the loop is left right after.",
  .why =
    "The list iterator walks by position. Removing an element shifts the rest left, so "
    "the next one is skipped; appending makes the loop visit the new elements too, and "
    "appending on every pass never ends:\n\n"
    "```python\n>>> nums = [-1, -2, 3]\n>>> for n in nums:\n...     if n < 0:\n...         nums.remove(n)\n"
    ">>> nums\n[-2, 3]\n```",
  .example = "def drop_negatives(nums):\n    for n in nums:\n        if n < 0:\n            nums.remove(n)\n",
  .instead = "def drop_negatives(nums):\n    nums[:] = [n for n in nums if n >= 0]\n",
  .limits =
    "The collection is recognised by name, `self.attr` path, or one subscript of those by a "
    "name or literal; a local name bound once to one of those (`handlers = "
    "self.subs.get(topic, [])`) stands for it too, other aliases are not followed. Replacing an element "
    "(`X[i] = v`) keeps the size and is fine; iterating a copy (`list(X)`, `X[:]`, "
    "`X.copy()`, `sorted(X)`, a list comprehension) is fine. A worklist "
    "that appends what it has not seen yet (`for n in todo: ... if m not in seen: "
    "todo.append(m)`) ends when nothing new is found and is not reported, nor is a "
    "conditional growth in general, nor any growth made through a call; a slice replaced "
    "by one of the same length (`X[i + 1:] = [f(v) for v in X[i + 1:]]`), "
    "`X.insert(0, X.pop(i))`, and deleting an index ahead of the cursor (`for j in "
    "range(i + 1, len(X))`) skip nothing. A called method that rebinds the attribute "
    "(`self.handlers = [...]`) leaves the iterated list alone and is not reported, nor is "
    "a change it makes only under a condition on an attribute the looping function sets "
    "(`if self.emitting: self.pending.append(fn) else: self.handlers.remove(fn)`). A "
    "`while` loop that steps back (`i -= 1`), `continue`s, or advances only in an `else` "
    "skips nothing. The item's method is followed in the same-file classes that define a "
    "method of that name (up to four), and only when it removes its own object; a method "
    "of the class whose loop calls it is followed only on the loop's own `self`.",
};

/* `X[a:b] = []`, `X[i:i + 2] = [v]`: fewer elements than the slice holds,
 * a removal; another slice assignment replaces a run by one whose length the
 * analysis does not know, or grows the list. */
static bool sg_list_changed__slice_shrinks(const FlatTree *t, uint32_t node) {
  uint32_t assign = t->kind[node] == KIND_ASSIGNMENT ? node : sg_flat_named_child(t, node);
  if (assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT) return false;
  uint32_t v = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_RIGHT));
  if (v == SG_NONE || (t->kind[v] != KIND_LIST && t->kind[v] != KIND_TUPLE)) return false;
  long n = 0;
  for (uint32_t c = sg_flat_named_child(t, v); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    if (t->kind[c] == KIND_LIST_SPLAT) return false;
    n++;
  }
  if (n == 0) return true;
  /* X[a:a + k] with k > n */
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_LEFT));
  uint32_t sl = left == SG_NONE ? SG_NONE : sg_flat_field(t, left, FIELD_SUBSCRIPT);
  if (sl == SG_NONE || t->kind[sl] != KIND_SLICE) return false;
  uint32_t a = sg_flat_named_child(t, sl);
  uint32_t b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
  if (b == SG_NONE || sg_flat_next_named(t, b) != SG_NONE || t->kind[b] != KIND_BINARY_OPERATOR) return false;
  uint32_t op = sg_flat_field(t, b, FIELD_OPERATOR);
  uint32_t bl = sg_flat_field(t, b, FIELD_LEFT), br = sg_flat_field(t, b, FIELD_RIGHT);
  if (op == SG_NONE || t->kind[op] != KIND_TOKEN_PLUS || bl == SG_NONE || br == SG_NONE ||
      t->kind[br] != KIND_INTEGER)
    return false;
  uint32_t la, lb, lk;
  const char *ta = sg_flat_text(t, a, &la), *tb = sg_flat_text(t, bl, &lb), *tk = sg_flat_text(t, br, &lk);
  if (la != lb || memcmp(ta, tb, la) || lk > 6) return false;
  long k = 0;
  for (uint32_t i = 0; i < lk; i++) {
    if (tk[i] < '0' || tk[i] > '9') return false;
    k = k * 10 + (tk[i] - '0');
  }
  return k > n;
}

/* X.insert(0, v) or X.insert(i, v) at the loop's index: before the cursor. */
static bool sg_list_changed__insert_behind(const SemanticModel *m, const LoopIteration *it, const LoopMutation *mut) {
  const FlatTree *t = m->tree;
  uint32_t pos = mut->key == SG_NONE ? SG_NONE : sg_flat_unparen(t, mut->key);
  if (pos == SG_NONE) return false;
  if (t->kind[pos] == KIND_INTEGER) return sg_flat_text_is(t, pos, "0");
  return it->key != SG_NONE && it->via == ITERATION_ENUMERATE && sg_loops_same(m, pos, it->key);
}

static void sg_list_changed__one(void *arg, const LoopIteration *it, const LoopMutation *mut) {
  RuleContext *ctx = arg;
  const SemanticModel *m = ctx->model;
  if (mut->leaves || it->via == ITERATION_ENUMERATE_COPY) return;
  if (mut->kind == MUTATION_STORE || mut->kind == MUTATION_MISSING) return;
  ValueKind kind = sg_loops_kind(m, it, mut);
  if (!sg_value_is_list_like(kind)) return;
  if (it->via == ITERATION_WHILE_INDEX) {
    /* `while i < len(X)`: a removal at i moves the next element to i */
    uint32_t step = sg_loops_advance_after(m, it, mut);
    if (step == SG_NONE) return;
    uint32_t klen;
    const char *k = sg_flat_text(ctx->tree, it->key, &klen);
    char consequence[256];
    snprintf(consequence, sizeof consequence,
             "the loop then skips the element after each removal: it moves into index `%.*s`, and line %u "
             "advances `%.*s` past it",
             (int)(klen > 40 ? 40 : klen), k, sg_source_line_of(ctx->source, ctx->tree->start_byte[step]) + 1,
             (int)(klen > 40 ? 40 : klen), k);
    sg_iteration_report(ctx, RULE_list_changed_during_iteration, it, mut, consequence);
    return;
  }
  /* a deque raises at any change, also one a called method makes */
  if (kind == VALUE_DEQUE && it->via != ITERATION_INDEX) {
    sg_iteration_report(ctx, RULE_list_changed_during_iteration, it, mut,
                        "RuntimeError: deque mutated during iteration");
    return;
  }
  /* a change made by a called method: removals only (a growth there is
   * most often a guarded registration) */
  if (mut->inner != SG_NONE && mut->kind != MUTATION_SHRINK) return;
  if (sg_loops_harmless(m, it, mut)) return;
  const char *consequence = NULL;
  if (mut->kind == MUTATION_SHRINK ||
      (mut->kind == MUTATION_RESIZE && mut->method == SG_NONE && sg_list_changed__slice_shrinks(ctx->tree, mut->node)))
    consequence = it->via == ITERATION_INDEX
                      ? "`range(len(...))` was fixed before the removals: the element after each one is skipped, "
                        "and the last indices run past the new end (IndexError)"
                  : mut->inner != SG_NONE && it->via == ITERATION_DIRECT
                      ? "the loop skips the element after each one removed"
                      : "the element after each removal is skipped";
  else if (mut->method == NAME_INSERT && it->via != ITERATION_INDEX && sg_list_changed__insert_behind(m, it, mut))
    consequence = "inserting before the loop's position shifts the current element forward: the loop "
                  "visits it again";
  else if (sg_loops_endless(m, it, mut))
    consequence = "the loop also visits what is added, so it grows on every iteration and never ends";
  /* another growth (a worklist: `for n in todo: if n not in seen:
   * todo.append(n)`) ends when nothing more is added: a standard idiom */
  if (!consequence) return;
  sg_iteration_report(ctx, RULE_list_changed_during_iteration, it, mut, consequence);
}

void sg_rule_list_changed_during_iteration(RuleContext *ctx) {
  sg_rule_loops_mutations(ctx, sg_list_changed__one);
}

/* ---- shared with SNG402-SNG404 ------------------------------------------------------ */

void sg_rule_loops_each(RuleContext *ctx, LoopMutationFn fn, void *arg) {
  const Candidates *c = ctx->candidates;
  if (c) sg_loops_mutations(ctx->model, ctx->summaries, c->nodes[CANDIDATE_LOOP], c->count[CANDIDATE_LOOP], fn, arg);
  else sg_loops_mutations(ctx->model, ctx->summaries, NULL, 0, fn, arg);
}

void sg_rule_loops_mutations(RuleContext *ctx, LoopMutationFn fn) { sg_rule_loops_each(ctx, fn, ctx); }

Diagnostic *sg_iteration_report(RuleContext *ctx, RuleId rule, const LoopIteration *it,
                                const LoopMutation *mut, const char *consequence) {
  const FlatTree *t = ctx->tree;
  uint32_t len;
  const char *x = sg_flat_text(t, it->collection, &len);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[it->loop]) + 1;
  const char *what = mut->method != SG_NONE ? sg_names_text(&t->names, mut->method) : NULL;
  Diagnostic *d;
  if (mut->elsewhere) {
    /* a change made by a function of another file of the program */
    uint32_t fn = sg_flat_field(t, mut->node, FIELD_FUNCTION), flen;
    const char *call = sg_flat_text(t, fn, &flen);
    char where[512];
    sg_project_display_path(mut->elsewhere->module, where, sizeof where);
    d = sg_rule_report(ctx, rule, mut->node,
                       "`%.*s(...)` changes the size of `%.*s` (`%s` in %s, line %u) while the loop on line %u "
                       "iterates over it: %s; iterate over a copy (`list(%.*s)`) or defer the change until "
                       "the loop ends",
                       (int)flen, call, (int)len, x, mut->elsewhere->name, where, mut->elsewhere_line, line,
                       consequence, (int)len, x);
  } else if (mut->inner != SG_NONE) {
    /* a change made inside a called function: name the call, then where */
    uint32_t fn = sg_flat_field(t, mut->node, FIELD_FUNCTION), flen, nlen;
    const char *call = sg_flat_text(t, fn, &flen);
    uint32_t name = sg_flat_field(t, mut->through, FIELD_NAME);
    const char *callee = sg_flat_text(t, name, &nlen);
    uint32_t inner_line = sg_source_line_of(ctx->source, t->start_byte[mut->inner]) + 1;
    uint32_t cls = mut->dispatch == SG_NONE ? SG_NONE : t->parent[mut->dispatch];
    while (cls != SG_NONE && t->kind[cls] != KIND_CLASS_DEFINITION) cls = t->parent[cls];
    if (cls != SG_NONE) {
      /* dispatched on the item's class: say which */
      uint32_t clen;
      const char *cname = sg_flat_text(t, sg_flat_field(t, cls, FIELD_NAME), &clen);
      d = sg_rule_report(ctx, rule, mut->node,
                         "`%.*s(...)` changes the size of `%.*s` when the item is a `%.*s` (its method reaches "
                         "`%.*s`, line %u) while the loop on line %u iterates over it: %s; iterate over a copy "
                         "(`list(%.*s)`) or defer the change until the loop ends",
                         (int)flen, call, (int)len, x, (int)clen, cname, (int)nlen, callee, inner_line, line,
                         consequence, (int)len, x);
    } else
    d = sg_rule_report(ctx, rule, mut->node,
                       "`%.*s(...)` changes the size of `%.*s` (in `%.*s`, line %u) while the loop on line %u "
                       "iterates over it: %s; iterate over a copy (`list(%.*s)`) or defer the change until "
                       "the loop ends",
                       (int)flen, call, (int)len, x, (int)nlen, callee, inner_line, line, consequence, (int)len, x);
    sg_diag_related(d, t->start_byte[mut->inner], t->end_byte[mut->inner], "the change, in `%.*s`", (int)nlen, callee);
  } else if (what && (mut->method == NAME_ROTATE || mut->method == NAME_MOVE_TO_END))
    d = sg_rule_report(ctx, rule, mut->node,
                       "`%.*s.%s(...)` changes `%.*s` while the loop on line %u iterates over it: %s; iterate "
                       "over a copy (`list(%.*s)`) or make the change after the loop",
                       (int)len, x, what, (int)len, x, line, consequence, (int)len, x);
  else if (what)
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
