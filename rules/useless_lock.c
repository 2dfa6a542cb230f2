/* SNG503 useless-lock: a lock nobody else can see. */
#include "rules/threads.h"

const RuleDoc sg_rule_doc_useless_lock = {
  .summary = "A lock is created where no other thread can use it",
  .what =
    "Reports `with threading.Lock():` (a fresh lock each time), a lock created as a "
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
  /* a local lock in a function that runs on threads, used only to lock */
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    const Symbol *sym = &m->symbols.items[bd->symbol];
    if (m->scopes.items[sym->scope].kind != SCOPE_FUNCTION || !ctx->threads->runs_on_thread[sym->scope]) continue;
    if (sym->binding_count != 1 || t->kind[sg_flat_unparen(t, bd->value)] != KIND_CALL) continue;
    if (sg_lock_kind(m, bd->value) == LOCK_NONE) continue;
    bool only_locking = sym->first_reference != SG_NONE;
    for (uint32_t r = sym->first_reference; r != SG_NONE && only_locking; r = m->references.items[r].next) {
      const Reference *ref = &m->references.items[r];
      uint32_t p = t->parent[ref->node];
      bool with = p != SG_NONE && t->kind[p] == KIND_WITH_ITEM;
      bool method = p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[ref->node] == FIELD_OBJECT &&
                    ref->scope == sym->scope;
      only_locking = (with && ref->scope == sym->scope) || method;
    }
    if (!only_locking) continue;
    sg_rule_report(ctx, RULE_useless_lock, sg_flat_unparen(t, bd->value),
                   "`%s` is a new lock on every call of a function that runs on several threads, and only "
                   "that call uses it: it excludes nobody; share one lock between the threads",
                   sg_flat_name(t, bd->node));
  }
  sg_useless_lock__per_thread(ctx);
}
