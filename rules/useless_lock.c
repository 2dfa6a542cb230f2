/* SNG503 useless-lock: a lock nobody else can see. */
#include "analyses/values.h"
#include "rules/threads.h"
#include <string.h>

const RuleDoc sg_rule_doc_useless_lock = {
  .summary = "A lock is created where no other thread can use it",
  .what =
    "Reports `with threading.Lock():` (a fresh lock each time); a lock taken from a table that "
    "makes a new one whenever the key has none and never stores it (`with "
    "self._locks.get(k, Lock()):`, `... or Lock()`, or a same-file method or function "
    "returning that: `with self._lock_for(k):`); a lock a decorator's wrapper creates on each "
    "call and takes with `with` (`def wrapper(*a): lock = Lock(); with lock: ...`); a lock created as a "
    "local of a function that runs on threads and used only there, and a lock a "
    "`threading.Thread` subclass creates per instance in `__init__` (`self._lock = Lock()`) "
    "and takes only in its own `run()`: each thread object has its own lock, and only the "
    "thread running that object ever acquires it. Silent when anything else in the file "
    "reads the attribute (another method, a subclass, `worker._lock`), since another thread "
    "may then take it.",
  .why = "Each thread gets its own lock, so acquiring it never waits for anyone: it protects nothing.",
  .example = "import threading\n\ndef work(items, item):\n    with threading.Lock():\n        items.append(item)\n",
  .instead =
    "import threading\n\nitems_lock = threading.Lock()\n\ndef work(items, item):\n    with items_lock:\n"
    "        items.append(item)\n",
};

/* A new lock that is not kept: the lock constructor call itself, the
 * default of `X.get(k, Lock())`, or the right of `X.get(k) or Lock()`.
 * That constructor call, or SG_NONE. */
static uint32_t sg_useless_lock__unkept(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return SG_NONE;
  if (t->kind[e] == KIND_BOOLEAN_OPERATOR && sg_flat_has_token(t, e, "or")) {
    uint32_t r = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_RIGHT));
    return r != SG_NONE && t->kind[r] == KIND_CALL && sg_lock_kind(m, r) != LOCK_NONE ? r : SG_NONE;
  }
  if (t->kind[e] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
  uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (attr != SG_NONE && sg_flat_text_is(t, attr, "get")) {
    uint32_t d = sg_flat_call_arg(t, e, 1, "default");
    d = d == SG_NONE ? SG_NONE : sg_flat_unparen(t, d);
    return d != SG_NONE && t->kind[d] == KIND_CALL && sg_lock_kind(m, d) != LOCK_NONE ? d : SG_NONE;
  }
  return sg_lock_kind(m, e) != LOCK_NONE ? e : SG_NONE;
}

/* `with self._lock_for(k):` where the same-file method or function hands
 * out a lock it does not keep on some path (`return self._locks.get(k,
 * Lock())`): the returned expression, or SG_NONE. */
static uint32_t sg_useless_lock__handed_unkept(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return SG_NONE;
  uint32_t scope = SG_NONE;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, fn);
    const Binding *bd = sym == SG_NONE || m->symbols.items[sym].binding_count != 1
                            ? NULL : &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd && bd->kind == BINDING_KIND_DEF) scope = m->node_own_scope[bd->context];
  } else if (t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
    uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    if (obj != SG_NONE && attr != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF &&
        cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS)
      scope = sg_summaries_method(m, cls, t->name_id[attr]);
  }
  if (scope == SG_NONE) return SG_NONE;
  uint32_t cursor = 0, v;
  while ((v = sg_model_next_return_value(m, scope, &cursor)) != SG_NONE)
    if (sg_useless_lock__unkept(m, v) != SG_NONE) return v;
  return SG_NONE;
}

/* A Thread subclass's per-instance lock taken only by its own run(). */
static void sg_useless_lock__per_thread(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    if (m->scopes.items[s].kind != SCOPE_CLASS) continue;
    uint32_t init = sg_summaries_method(m, s, NAME_DUNDER_INIT);
    if (init == SG_NONE || m->scopes.items[init].parent != s) continue;  /* its own: one report per lock */
    uint32_t body = m->scopes.items[init].body;  /* its own body only: linear over the classes */
    for (uint32_t a = body; body != SG_NONE && a <= t->subtree_end[body]; a++) {
      if (t->kind[a] != KIND_ATTRIBUTE) continue;
      uint32_t p = t->parent[a], an = sg_flat_field(t, a, FIELD_ATTRIBUTE);
      if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[a] != FIELD_LEFT || an == SG_NONE) continue;
      if (sg_model_function_scope(m, m->node_scope[a]) != init) continue;
      uint32_t value = sg_threads_own_lock(m, s, t->name_id[an]);
      if (value == SG_NONE || t->parent[value] != p) continue;
      uint32_t attr = sg_flat_field(t, a, FIELD_ATTRIBUTE);
      sg_rule_report(ctx, RULE_useless_lock, value,
                     "every `%s` thread object gets its own `self.%s`, and only that object's `run()` "
                     "takes it: the lock excludes no other thread; share one lock with the code it should "
                     "exclude (pass it in)",
                     sg_flat_name(t, sg_flat_field(t, m->scopes.items[s].node, FIELD_NAME)), sg_flat_name(t, attr));
    }
  }
}

void sg_rule_useless_lock(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    uint32_t lock = sg_flat_unparen(t, lr->lock);
    uint32_t holder = t->parent[lr->site];
    if (holder != SG_NONE && t->kind[holder] == KIND_AS_PATTERN) holder = t->parent[holder];
    /* a constructor call, not `v.get_lock()` (which returns the shared lock) */
    uint32_t fn = t->kind[lock] == KIND_CALL ? sg_flat_field(t, lock, FIELD_FUNCTION) : SG_NONE;
    uint32_t last = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : fn;
    if (last != SG_NONE && sg_flat_text_is(t, last, "get_lock")) continue;
    if (t->kind[lock] == KIND_CALL && holder != SG_NONE && t->kind[holder] == KIND_WITH_ITEM)
      sg_rule_report(ctx, RULE_useless_lock, lock,
                     "`with` a lock created on the spot: every caller gets a fresh lock, so it excludes "
                     "nobody; create the lock once (module level or in `__init__`) and share it");
  }
  /* `with self._locks.get(k, Lock()):`, `with self._lock_for(k):` handing that out */
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_WITH_ITEM) continue;
    uint32_t lock = sg_flat_named_child(t, i);
    if (lock != SG_NONE && t->kind[lock] == KIND_AS_PATTERN) lock = sg_flat_named_child(t, lock);
    lock = lock == SG_NONE ? SG_NONE : sg_flat_unparen(t, lock);
    if (lock == SG_NONE || (t->kind[lock] != KIND_CALL && t->kind[lock] != KIND_BOOLEAN_OPERATOR) ||
        sg_lock_kind(m, lock) != LOCK_NONE)
      continue;
    uint32_t unkept = sg_useless_lock__unkept(m, lock);
    uint32_t handed = unkept == SG_NONE && t->kind[lock] == KIND_CALL ? sg_useless_lock__handed_unkept(m, lock) : SG_NONE;
    if (unkept == SG_NONE && handed == SG_NONE) continue;
    uint32_t made = unkept != SG_NONE ? unkept : sg_useless_lock__unkept(m, handed);
    const char *when = made == sg_flat_unparen(t, handed != SG_NONE ? handed : lock)
                           ? "a new lock on every call" : "a new lock whenever the key has none";
    uint32_t len, hlen = 0;
    const char *text = sg_flat_text(t, lock, &len), *htext = handed != SG_NONE ? sg_flat_text(t, handed, &hlen) : "";
    if (len > 60 || memchr(text, '\n', len)) len = 0;
    if (hlen > 60 || memchr(htext, '\n', hlen)) hlen = 0;
    Diagnostic *d;
    if (handed != SG_NONE)
      d = sg_rule_report(ctx, RULE_useless_lock, lock,
                         "`%.*s` hands out `%.*s`: %s, never stored, so each such caller locks a lock of its "
                         "own, which excludes nobody; store it (`setdefault(key, Lock())`) or create the locks "
                         "up front",
                         (int)len, text, (int)hlen, htext, when);
    else
      d = sg_rule_report(ctx, RULE_useless_lock, lock,
                         "`%.*s` is %s, never stored, so each such caller locks a lock of its own, which "
                         "excludes nobody; store it (`setdefault(key, Lock())`) or create the locks up front",
                         (int)len, text, when);
    if (handed != SG_NONE) sg_diag_related(d, t->start_byte[handed], t->end_byte[handed], "the lock handed out here");
  }
  /* a local lock in a function that runs on threads, used only to lock */
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    const Symbol *sym = &m->symbols.items[bd->symbol];
    if (m->scopes.items[sym->scope].kind != SCOPE_FUNCTION) continue;
    /* on threads; or a decorator's wrapper (a def nested in a function that
     * returns it), which runs wherever the decorated function does: a lock
     * it makes and takes only with `with` is a new one per call */
    uint32_t outer = m->scopes.items[sym->scope].parent;
    bool wrapper = !ctx->threads->runs_on_thread[sym->scope] && outer != SG_NONE &&
                   m->scopes.items[outer].kind == SCOPE_FUNCTION;
    if (!ctx->threads->runs_on_thread[sym->scope] && !wrapper) continue;
    if (wrapper) {
      bool every;
      uint32_t ret = sg_value_returned_function(m, outer, &every);
      if (ret != m->scopes.items[sym->scope].node) continue;
    }
    if (sym->binding_count != 1 || t->kind[sg_flat_unparen(t, bd->value)] != KIND_CALL) continue;
    if (sg_lock_kind(m, bd->value) == LOCK_NONE) continue;
    bool only_locking = sym->first_reference != SG_NONE;
    for (uint32_t r = sym->first_reference; r != SG_NONE && only_locking; r = m->references.items[r].next) {
      const Reference *ref = &m->references.items[r];
      uint32_t p = t->parent[ref->node];
      bool with = p != SG_NONE && t->kind[p] == KIND_WITH_ITEM;
      bool method = p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[ref->node] == FIELD_OBJECT &&
                    ref->scope == sym->scope;
      only_locking = (with && ref->scope == sym->scope) || (method && !wrapper);
    }
    if (!only_locking) continue;
    if (wrapper)
      sg_rule_report(ctx, RULE_useless_lock, sg_flat_unparen(t, bd->value),
                     "`%s` is a new lock on every call of this wrapper, and only that call takes it: it "
                     "excludes nobody; create it once, in the decorator (outside the wrapper)",
                     sg_flat_name(t, bd->node));
    else
      sg_rule_report(ctx, RULE_useless_lock, sg_flat_unparen(t, bd->value),
                     "`%s` is a new lock on every call of a function that runs on several threads, and only "
                     "that call uses it: it excludes nobody; share one lock between the threads",
                     sg_flat_name(t, bd->node));
  }
  sg_useless_lock__per_thread(ctx);
}
