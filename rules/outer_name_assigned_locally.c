/* SNG106 outer-name-assigned-locally: an assignment meant for an outer
 * variable creates an unused local instead. */
#include <stdio.h>

#include "rules/rule.h"

const RuleDoc sg_rule_doc_outer_name_assigned_locally = {
  .summary = "An assignment to an outer variable's name creates a local that is never read",
  .what =
    "Reports an assignment in a function to a name that is also a variable of an "
    "enclosing function (or a module variable that other code reads), when the "
    "function never reads its own local and has no `nonlocal`/`global` for it.",
  .why =
    "Assignment makes the name local, so the outer variable never changes and the write "
    "is lost:\n\n"
    "```python\ndef contains(items, wanted):\n    found = False\n    def check(item):\n"
    "        if item == wanted:\n            found = True   # a new local: the outer found stays False\n"
    "    for item in items:\n        check(item)\n    return found\n```",
  .example =
    "def contains(items, wanted):\n    found = False\n\n    def check(item):\n        if item == wanted:\n"
    "            found = True\n\n    for item in items:\n        check(item)\n    return found\n",
  .instead =
    "def contains(items, wanted):\n    found = False\n\n    def check(item):\n        nonlocal found\n"
    "        if item == wanted:\n            found = True\n\n    for item in items:\n        check(item)\n"
    "    return found\n",
  .limits =
    "Only plain assignments of a whole value count (`x = ...`, `x: T = ...`); unpacking, "
    "loop variables and `with` targets are left alone, and so is `_`.",
};

void sg_rule_outer_name_assigned_locally(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  /* variables a nested function reaches through `nonlocal` (or tries to) */
  uint8_t *nonlocal_target = sg_calloc(m->symbols.len ? m->symbols.len : 1, 1);
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    if (!(sym->flags & SYMBOL_NONLOCAL)) continue;
    for (uint32_t s = m->scopes.items[sym->scope].parent; s != SG_NONE; s = m->scopes.items[s].parent) {
      uint32_t oy = sg_model_symbol(m, s, sym->name);
      if (oy != SG_NONE && m->scopes.items[s].kind == SCOPE_FUNCTION) {
        nonlocal_target[oy] = 1;
        break;
      }
    }
  }
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    const Scope *sc = &m->scopes.items[sym->scope];
    if (sc->kind != SCOPE_FUNCTION || (sc->flags & SCOPE_FLAG_DYNAMIC)) continue;
    if (!(sym->flags & SYMBOL_LOCAL) || (sym->flags & (SYMBOL_PARAMETER | SYMBOL_USED))) continue;
    if (sym->first_reference != SG_NONE || sym->name == NAME_UNDERSCORE) continue;
    /* only plain assignments of a whole value */
    bool plain = true;
    uint32_t first = SG_NONE;
    for (uint32_t b = sym->first_binding; b != SG_NONE && plain; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_DECLARATION) continue;
      plain = (bd->kind == BINDING_KIND_ASSIGNMENT || bd->kind == BINDING_KIND_ANNOTATED) &&
              bd->value != SG_NONE;
      if (first == SG_NONE) first = bd->node;
    }
    if (!plain || first == SG_NONE) continue;
    /* the outer variable: methods do not see their class's names */
    uint32_t from = sc->parent;
    while (from != SG_NONE && m->scopes.items[from].kind == SCOPE_CLASS) from = m->scopes.items[from].parent;
    ReferenceKind kind;
    uint32_t outer = from == SG_NONE ? SG_NONE : sg_model_lookup(m, from, sym->name, &kind);
    if (outer == SG_NONE || nonlocal_target[outer] || nonlocal_target[y]) continue;
    const Symbol *os = &m->symbols.items[outer];
    bool enclosing = os->scope != 0 && (kind == REFERENCE_LOCAL || kind == REFERENCE_FREE);
    /* a module variable counts when other code reads it */
    if (!enclosing && (os->scope != 0 || os->first_reference == SG_NONE)) continue;
    const char *name = sg_names_text(&t->names, sym->name);
    uint32_t fname = sg_flat_field(t, sc->node, FIELD_NAME);
    uint32_t oline = os->first_binding == SG_NONE ? 0
                     : sg_source_line_of(ctx->source, t->start_byte[m->bindings.items[os->first_binding].node]) + 1;
    Diagnostic *d;
    if (enclosing) {
      const Scope *osc = &m->scopes.items[os->scope];
      uint32_t oname = sg_flat_field(t, osc->node, FIELD_NAME);
      d = sg_rule_report(ctx, RULE_outer_name_assigned_locally, first,
                         "`%s` is assigned in `%s` but never read there: this makes a new local and "
                         "does not change `%s` of `%s` (line %u); add `nonlocal %s`",
                         name, fname == SG_NONE ? "?" : sg_flat_name(t, fname), name,
                         oname == SG_NONE ? "?" : sg_flat_name(t, oname), oline, name);
    } else {
      d = sg_rule_report(ctx, RULE_outer_name_assigned_locally, first,
                         "`%s` is assigned in `%s` but never read there: this makes a new local and "
                         "does not change the module variable `%s` (line %u); add `global %s`",
                         name, fname == SG_NONE ? "?" : sg_flat_name(t, fname), name, oline, name);
    }
    if (os->first_binding != SG_NONE) {
      const Binding *ob = &m->bindings.items[os->first_binding];
      sg_diag_related(d, t->start_byte[ob->node], t->end_byte[ob->node], "the outer `%s`", name);
    }
  }
  sg_free(nonlocal_target);
}
