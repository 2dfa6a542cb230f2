/* SNG703 finalizer-resurrects-or-raises. */
#include "analyses/values.h"
#include "rules/finalizers.h"

const RuleDoc sg_rule_doc_finalizer_resurrects_or_raises = {
  .summary = "`__del__` stores `self` somewhere reachable, or raises",
  .what =
    "Reports a `__del__` that stores `self` where it stays reachable (`REGISTRY.append(self)`, "
    "`Cls.instances.add(self)`, `global last; last = self`) — resurrecting the object — or "
    "that raises explicitly.",
  .why =
    "A resurrected object's `__del__` is not called again when it dies a second time, and "
    "it lives on half-finalized. An exception raised in `__del__` cannot propagate: Python "
    "prints it to stderr and ignores it.",
  .example = "class Node:\n    def __del__(self):\n        if self.busy():\n            raise RuntimeError('still busy')\n\n    def busy(self):\n        return False\n",
  .instead = "import logging\n\nclass Node:\n    def __del__(self):\n        if self.busy():\n            logging.warning('finalized while busy')\n\n    def busy(self):\n        return False\n",
};

static bool sg_resurrect__inside_try(const FlatTree *t, uint32_t node, uint32_t body) {
  for (uint32_t c = node, p = t->parent[node]; p != SG_NONE && c != body; c = p, p = t->parent[p])
    if (t->kind[p] == KIND_TRY_STATEMENT && t->field[c] == FIELD_BODY) return true;
  return false;
}

void sg_rule_finalizer_resurrects_or_raises(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION || sc->parent == SG_NONE || m->scopes.items[sc->parent].kind != SCOPE_CLASS) continue;
    uint32_t name = sg_flat_field(t, sc->node, FIELD_NAME);
    if (name == SG_NONE || !sg_flat_text_is(t, name, "__del__")) continue;
    uint32_t where = SG_NONE;
    const char *what = NULL;
    for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body] && !what; i++) {
      if (t->kind[i] == KIND_RAISE_STATEMENT && !sg_resurrect__inside_try(t, i, sc->body)) {
        what = "raises an exception, which Python prints and ignores";
        where = i;
        continue;
      }
      if (t->kind[i] != KIND_IDENTIFIER || t->name_id[i] != NAME_SELF || m->node_reference[i] == SG_NONE) continue;
      uint32_t w;
      UseKind use = sg_value_use(m, i, &w, NULL);
      if (use == USE_STORE) {
        what = "stores `self` where it stays reachable (resurrection)";
        where = w;
      }
    }
    if (!what) continue;
    Diagnostic *d = sg_rule_report(ctx, RULE_finalizer_resurrects_or_raises, name, "`__del__` %s", what);
    sg_diag_related(d, t->start_byte[where], t->end_byte[where], "here");
  }
}
