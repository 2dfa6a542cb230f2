/* SNG104 misplaced-scope-declaration: `global`/`nonlocal` used in a way
 * the compiler rejects with SyntaxError. */
#include <stdio.h>

#include "rules/rule.h"

const RuleDoc sg_rule_doc_misplaced_scope_declaration = {
  .summary = "A `global` or `nonlocal` declaration the compiler rejects",
  .what =
    "Reports the scope-declaration errors CPython raises at compile time: a name used "
    "or assigned before its `global`/`nonlocal` statement in the same scope; `nonlocal "
    "x` with no binding of `x` in an enclosing function (or at module level); a "
    "parameter declared `global` or `nonlocal`; a name declared both `global` and "
    "`nonlocal`; an annotation (`x: int`) of a name declared `global`/`nonlocal` in a "
    "function or class.",
  .why =
    "The whole module fails to import with `SyntaxError`, however rarely the function "
    "runs:\n\n"
    "```python\ndef reset():\n    print(count)\n    global count   # SyntaxError: name 'count' is used prior to global declaration\n```",
  .example = "count = 0\n\ndef reset():\n    print(count)\n    global count\n    count = 0\n",
  .instead = "count = 0\n\ndef reset():\n    global count\n    print(count)\n    count = 0\n",
};

static void sg_misplaced__report_use(RuleContext *ctx, uint32_t use, const Symbol *sym, bool assigned) {
  const FlatTree *t = ctx->tree;
  const char *name = sg_names_text(&t->names, sym->name);
  bool global = sym->flags & SYMBOL_GLOBAL;
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[sym->decl_node]) + 1;
  Diagnostic *d = sg_rule_report(ctx, RULE_misplaced_scope_declaration, use,
                                 "SyntaxError: name `%s` is %s prior to its `%s` declaration on line %u; "
                                 "move the declaration to the top of the function",
                                 name, assigned ? "assigned to" : "used", global ? "global" : "nonlocal", line);
  sg_diag_related(d, t->start_byte[sym->decl_node], t->end_byte[sym->decl_node], "declared here");
}

/* The identifier of a symbol's first declaration of the given kind. */
static uint32_t sg_misplaced__decl(const SemanticModel *m, const Symbol *sym, BindingKind kind) {
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind == kind) return m->bindings.items[b].node;
  return SG_NONE;
}

void sg_rule_misplaced_scope_declaration(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  /* uses before the declaration: reads resolve past the declaring scope, so
   * look each read's (scope, name) up */
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    uint32_t y = sg_model_symbol(m, ref->scope, t->name_id[ref->node]);
    if (y == SG_NONE) continue;
    const Symbol *sym = &m->symbols.items[y];
    if (!(sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL)) || sym->decl_node == SG_NONE) continue;
    if (t->start_byte[ref->node] >= t->start_byte[sym->decl_node]) continue;
    if (m->node_binding[ref->node] != SG_NONE) continue;  /* `x += 1`: reported as an assignment */
    sg_misplaced__report_use(ctx, ref->node, sym, false);
  }
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    if (!(sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL))) continue;
    const char *name = sg_names_text(&t->names, sym->name);
    const Scope *sc = &m->scopes.items[sym->scope];
    uint32_t gdecl = sg_misplaced__decl(m, sym, BINDING_KIND_GLOBAL_DECL);
    uint32_t ndecl = sg_misplaced__decl(m, sym, BINDING_KIND_NONLOCAL_DECL);
    if (gdecl != SG_NONE && ndecl != SG_NONE) {
      uint32_t second = t->start_byte[gdecl] > t->start_byte[ndecl] ? gdecl : ndecl;
      sg_rule_report(ctx, RULE_misplaced_scope_declaration, second,
                     "SyntaxError: name `%s` is declared both `nonlocal` and `global`", name);
      continue;
    }
    if (sym->flags & SYMBOL_PARAMETER) {
      sg_rule_report(ctx, RULE_misplaced_scope_declaration, gdecl != SG_NONE ? gdecl : ndecl,
                     "SyntaxError: name `%s` is a parameter and cannot be declared `%s`", name,
                     gdecl != SG_NONE ? "global" : "nonlocal");
      continue;
    }
    /* `x: T` on a declared name, wherever it sits (not at module level,
     * and not `(x): T`, which annotates nothing) */
    bool annotated = false;
    for (uint32_t b = sym->first_binding; b != SG_NONE && sc->kind != SCOPE_MODULE && !annotated; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind != BINDING_KIND_ANNOTATED && bd->kind != BINDING_KIND_DECLARATION) continue;
      if (t->parent[bd->node] == SG_NONE || t->kind[t->parent[bd->node]] != KIND_ASSIGNMENT) continue;
      Diagnostic *d = sg_rule_report(ctx, RULE_misplaced_scope_declaration, bd->node,
                                     "SyntaxError: annotated name `%s` can't be %s", name,
                                     gdecl != SG_NONE ? "global" : "nonlocal");
      uint32_t decl_id = gdecl != SG_NONE ? gdecl : ndecl;
      sg_diag_related(d, t->start_byte[decl_id], t->end_byte[decl_id], "declared here");
      annotated = true;
    }
    if (annotated) continue;
    /* assignments before the declaration */
    uint32_t decl = sym->decl_node;
    for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_GLOBAL_DECL || bd->kind == BINDING_KIND_NONLOCAL_DECL) continue;
      if (t->start_byte[bd->node] < t->start_byte[decl]) {
        sg_misplaced__report_use(ctx, bd->node, sym, bd->kind != BINDING_KIND_DEL);
        break;
      }
    }
    /* `nonlocal __class__` names the compiler's implicit cell of a method */
    if (ndecl == SG_NONE || sym->name == NAME_DUNDER_CLASS) continue;
    if (sc->kind == SCOPE_MODULE) {
      sg_rule_report(ctx, RULE_misplaced_scope_declaration, ndecl,
                     "SyntaxError: `nonlocal` declaration not allowed at module level");
      continue;
    }
    /* an enclosing function must bind the name */
    bool found = false;
    for (uint32_t s = sc->parent; s != SG_NONE && !found; s = m->scopes.items[s].parent) {
      const Scope *os = &m->scopes.items[s];
      if (os->kind == SCOPE_MODULE) break;
      if (os->kind == SCOPE_CLASS) continue;
      uint32_t oy = sg_model_symbol(m, s, sym->name);
      if (oy == SG_NONE) continue;
      uint16_t fl = m->symbols.items[oy].flags;
      if (fl & SYMBOL_GLOBAL) break;
      if (fl & (SYMBOL_LOCAL | SYMBOL_NONLOCAL)) found = true;
    }
    if (!found)
      sg_rule_report(ctx, RULE_misplaced_scope_declaration, ndecl,
                     "SyntaxError: no binding for nonlocal `%s` found in an enclosing function", name);
  }
}
