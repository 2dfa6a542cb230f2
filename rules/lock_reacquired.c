/* SNG509 lock-reacquired: a plain Lock acquired again while held. */
#include "analyses/classes.h"
#include "rules/threads.h"

const RuleDoc sg_rule_doc_lock_reacquired = {
  .summary = "A non-reentrant lock is acquired again while held (self-deadlock)",
  .what =
    "Reports a nested `with L:` on a `threading.Lock` already held, and a call of a "
    "same-class method that takes `self.L` made while holding `self.L`.",
  .why = "A plain `Lock` does not know its owner: the second acquire waits for itself forever. An `RLock` re-enters.",
  .example =
    "import threading\n\nclass Account:\n    def __init__(self):\n        self.lock = threading.Lock()\n"
    "        self.balance = 0\n\n    def deposit(self, n):\n        with self.lock:\n            self.balance += n\n\n"
    "    def transfer_in(self, n):\n        with self.lock:\n            self.deposit(n)\n",
  .instead =
    "import threading\n\nclass Account:\n    def __init__(self):\n        self.lock = threading.RLock()\n"
    "        self.balance = 0\n\n    def deposit(self, n):\n        with self.lock:\n            self.balance += n\n\n"
    "    def transfer_in(self, n):\n        with self.lock:\n            self.deposit(n)\n",
};

void sg_rule_lock_reacquired(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  const LockRegion *rs = ctx->threads->regions.items;
  uint32_t n = ctx->threads->regions.len;
  RegionList in = {0};
  for (uint32_t i = 0; i < n; i++) {
    if (rs[i].kind != LOCK_PLAIN) continue;
    uint32_t fs = sg_model_function_scope(m, m->node_scope[rs[i].site]);
    uint32_t len;
    const char *name = sg_flat_text(t, rs[i].lock, &len);
    /* nested in the same function */
    sg_concurrency_regions_in(ctx->threads, rs[i].start, rs[i].end, &in);
    for (uint32_t k = 0; k < in.len; k++) {
      uint32_t j = in.items[k];
      if (i == j) continue;
      if (sg_model_function_scope(m, m->node_scope[rs[j].site]) != fs || !sg_lock_same(m, rs[i].lock, rs[j].lock))
        continue;
      Diagnostic *d = sg_rule_report(ctx, RULE_lock_reacquired, rs[j].site,
                                     "`%.*s` is a `Lock` already held here (line %u): acquiring it again "
                                     "waits forever; use an `RLock` or restructure",
                                     (int)len, name, sg_source_line_of(ctx->source, t->start_byte[rs[i].site]) + 1);
      sg_diag_related(d, t->start_byte[rs[i].site], t->end_byte[rs[i].site], "first acquired here");
    }
    /* self.method() calls under self.lock, the method taking it too */
    /* the calls inside the region: nodes of the region's statement */
    uint32_t from = rs[i].site, to = fs == SG_NONE || m->scopes.items[fs].body == SG_NONE
                                         ? t->count - 1 : t->subtree_end[m->scopes.items[fs].body];
    for (uint32_t c = from; c <= to; c++) {
      if (t->start_byte[c] >= rs[i].end) break;
      if (t->kind[c] != KIND_CALL || t->start_byte[c] < rs[i].start) continue;
      if (sg_model_function_scope(m, m->node_scope[c]) != fs) continue;
      uint32_t fn = sg_flat_field(t, c, FIELD_FUNCTION);
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) continue;
      uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
      if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) continue;
      uint32_t sym = sg_model_symbol(m, cls, t->name_id[attr]);
      if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
      const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
      uint32_t callee = bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
      if (callee == SG_NONE || callee == fs) continue;
      /* the callee's regions: their sites lie in its definition */
      uint32_t def = m->scopes.items[callee].node;
      sg_concurrency_regions_in(ctx->threads, t->start_byte[def], t->end_byte[def], &in);
      for (uint32_t k = 0; k < in.len; k++) {
        uint32_t j = in.items[k];
        if (sg_model_function_scope(m, m->node_scope[rs[j].site]) != callee || !sg_lock_same(m, rs[i].lock, rs[j].lock))
          continue;
        Diagnostic *d = sg_rule_report(ctx, RULE_lock_reacquired, c,
                                       "`%s()` takes `%.*s` (line %u), which this code already holds: the "
                                       "`Lock` is not reentrant, so the call waits forever",
                                       sg_flat_name(t, attr), (int)len, name,
                                       sg_source_line_of(ctx->source, t->start_byte[rs[j].site]) + 1);
        sg_diag_related(d, t->start_byte[rs[j].site], t->end_byte[rs[j].site], "acquired again here");
        break;
      }
    }
  }
  array_free(&in);
}
