/* SNG105 useless-global: `global x` in a function that never binds x. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_useless_global = {
  .summary = "`global` for a name the function never assigns",
  .what =
    "Reports `global x` in a function that never binds `x` (no assignment, augmented "
    "assignment, `del`, `for`, `import`, `def`, `class` or `with ... as` of it).",
  .why =
    "Reading a module variable needs no declaration, so the statement does nothing. It "
    "usually means something else was intended: the author declared the wrong name, or "
    "assigns it in another function that lacks the declaration.",
  .example = "total = 0\n\ndef show():\n    global total\n    print(total)\n",
  .instead = "total = 0\n\ndef show():\n    print(total)\n",
};

void sg_rule_useless_global(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    if (!(sym->flags & SYMBOL_GLOBAL) || (sym->flags & (SYMBOL_BOUND | SYMBOL_NONLOCAL))) continue;
    const Scope *sc = &m->scopes.items[sym->scope];
    if (sc->kind == SCOPE_MODULE || (sc->flags & SCOPE_FLAG_DYNAMIC)) continue;
    for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind != BINDING_KIND_GLOBAL_DECL) continue;
      const char *name = sg_names_text(&t->names, sym->name);
      sg_rule_report(ctx, RULE_useless_global, bd->node,
                     "`global %s` has no effect: the function never assigns `%s` (reading a module "
                     "variable needs no declaration)", name, name);
      break;
    }
  }
}
