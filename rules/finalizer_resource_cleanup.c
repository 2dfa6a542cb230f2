/* SNG702 finalizer-resource-cleanup. */
#include "rules/finalizers.h"

const RuleDoc sg_rule_doc_finalizer_resource_cleanup = {
  .summary = "`__del__` releases resources (advice)",
  .what = "Reports a `__del__` that calls `close`, `release`, `terminate`, `join`, `shutdown` or `unlink`.",
  .why =
    "`__del__` may run late (when the object is in a cycle), at interpreter exit when "
    "modules are half torn down, or never: resources held until then leak. A context "
    "manager releases them at a known point; `weakref.finalize` runs reliably.",
  .example = "class Log:\n    def __init__(self, path):\n        self.f = open(path, 'a')\n\n    def __del__(self):\n        self.f.close()\n",
  .instead =
    "class Log:\n    def __init__(self, path):\n        self.f = open(path, 'a')\n\n    def __enter__(self):\n        return self\n\n"
    "    def __exit__(self, *exc):\n        self.f.close()\n",
};

void sg_rule_finalizer_resource_cleanup(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  static const char *const names[] = {"close", "release", "terminate", "join", "shutdown", "unlink"};
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION || sc->parent == SG_NONE || m->scopes.items[sc->parent].kind != SCOPE_CLASS) continue;
    uint32_t name = sg_flat_field(t, sc->node, FIELD_NAME);
    if (name == SG_NONE || !sg_flat_text_is(t, name, "__del__")) continue;
    for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
      if (t->kind[i] != KIND_CALL) continue;
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
      bool hit = false;
      for (size_t k = 0; attr != SG_NONE && k < sizeof names / sizeof *names; k++) hit |= sg_flat_text_is(t, attr, names[k]);
      /* ", ".join(...), os.path.join(...): strings, not resources */
      uint32_t obj = fn != SG_NONE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
      if (obj != SG_NONE && (t->kind[obj] == KIND_STRING || t->kind[obj] == KIND_CONCATENATED_STRING ||
                             (t->kind[obj] == KIND_ATTRIBUTE && sg_flat_field(t, obj, FIELD_ATTRIBUTE) != SG_NONE &&
                              sg_flat_text_is(t, sg_flat_field(t, obj, FIELD_ATTRIBUTE), "path"))))
        continue;
      if (!hit) continue;
      Diagnostic *d = sg_rule_report(ctx, RULE_finalizer_resource_cleanup, name,
                                     "`__del__` releases a resource (`%s()`): it may run late or never; prefer a "
                                     "context manager or `weakref.finalize`",
                                     sg_flat_name(t, attr));
      sg_diag_related(d, t->start_byte[i], t->end_byte[i], "released here");
      break;
    }
  }
}
