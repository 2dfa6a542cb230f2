/* SNG106 outer-name-assigned-locally: an assignment meant for an outer
 * variable creates an unused local instead. */
#include <stdio.h>

#include "rules/rule.h"

const RuleDoc sg_rule_doc_outer_name_assigned_locally = {
  .summary = "An assignment to an outer variable's name creates a local that is never read",
  .what =
    "Reports an assignment in a function to a name that is also a variable of an "
    "enclosing function (or a module variable that other code reads), when the "
    "function never reads its own local and has no `nonlocal`/`global` for it. It suggests "
    "`nonlocal`/`global` when the outer variable was evidently meant; otherwise it says the "
    "local is never read.",
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
    "Only plain assignments of a whole value count (`x = ...`); unpacking, loop variables, "
    "`with` targets, annotated assignments (an annotation declares a new local: Python "
    "forbids annotating a `global`/`nonlocal` name), `x = yield` and `_` are left alone. "
    "`nonlocal`/`global` is suggested only when the outer variable was evidently meant: the "
    "enclosing function reads its variable after defining the nested one; the module "
    "variable is rebound through `global` in another function, or holds the same kind of "
    "literal (`DEBUG = False` / `DEBUG = True`), or the function does nothing but such "
    "writes. Otherwise the finding says the local is never read, and only when its value "
    "has no call in it (a call may be kept for its effect). Files the parser could not "
    "read whole are skipped.",
};

/* Side-effect-free value: no call, yield, await or walrus anywhere in it. A
 * call may be kept for what it does (the name only documents the result);
 * a pure value's only purpose is the binding. */
static bool sg_outer_name__pure(const FlatTree *t, uint32_t value) {
  for (uint32_t n = value; n <= t->subtree_end[value]; n++) {
    uint16_t k = t->kind[n];
    if (k == KIND_CALL || k == KIND_YIELD || k == KIND_AWAIT || k == KIND_NAMED_EXPRESSION ||
        k == KIND_LAMBDA || k == KIND_ERROR)
      return false;
  }
  return true;
}

/* Literal groups for the flag pattern: the module binds `X = <literal>` and
 * the function `X = <literal of the same group>` (False/True, 0/1, {}/{...}). */
static int sg_outer_name__literal_group(const FlatTree *t, uint32_t value) {
  if (value == SG_NONE) return 0;
  value = sg_flat_unparen(t, value);
  if (t->kind[value] == KIND_UNARY_OPERATOR) value = sg_flat_named_child(t, value);
  if (value == SG_NONE) return 0;
  switch (t->kind[value]) {
    case KIND_TRUE: case KIND_FALSE: case KIND_NONE: return 1;
    case KIND_INTEGER: case KIND_FLOAT: return 2;
    case KIND_STRING: case KIND_CONCATENATED_STRING: return 3;
    case KIND_DICTIONARY: return 4;
    case KIND_LIST: return 5;
    case KIND_SET: return 6;
    case KIND_TUPLE: return 7;
    default: return 0;
  }
}

/* A function that does nothing but assign names it never reads (after an
 * optional docstring, `pass`): its only conceivable purpose is the outer
 * variables, so the writes were meant for them. */
static bool sg_outer_name__setter(const SemanticModel *m, uint32_t scope) {
  const FlatTree *t = m->tree;
  uint32_t body = sg_flat_field(t, m->scopes.items[scope].node, FIELD_BODY);
  if (body == SG_NONE || t->kind[body] != KIND_BLOCK) return false;
  bool any = false;
  for (uint32_t st = sg_flat_named_child(t, body); st != SG_NONE; st = sg_flat_next_named(t, st)) {
    if (t->kind[st] == KIND_COMMENT || t->kind[st] == KIND_PASS_STATEMENT) continue;
    if (t->kind[st] != KIND_EXPRESSION_STATEMENT) return false;
    uint32_t e = sg_flat_named_child(t, st);
    if (e == SG_NONE) return false;
    if (!any && t->kind[e] == KIND_STRING && sg_flat_next_named(t, e) == SG_NONE) continue;
    if (t->kind[e] != KIND_ASSIGNMENT) return false;
    uint32_t left = sg_flat_field(t, e, FIELD_LEFT);
    if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER) return false;
    uint32_t y = sg_model_node_symbol(m, left);
    if (y == SG_NONE) return false;
    const Symbol *s = &m->symbols.items[y];
    if (s->scope != scope || !(s->flags & SYMBOL_LOCAL) || (s->flags & SYMBOL_USED) ||
        s->first_reference != SG_NONE)
      return false;
    any = true;
  }
  return any;
}

/* The binding that makes a module variable: its own first one, or else the
 * first write through `global` in some function. */
static uint32_t sg_outer_name__module_binding(const SemanticModel *m, uint32_t outer) {
  const Symbol *os = &m->symbols.items[outer];
  if (os->first_binding != SG_NONE) return os->first_binding;
  uint32_t best = SG_NONE;
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *s = &m->symbols.items[y];
    if (s->name != os->name || !(s->flags & SYMBOL_GLOBAL)) continue;
    for (uint32_t b = s->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_GLOBAL_DECL) continue;
      if (best == SG_NONE || m->tree->start_byte[bd->node] < m->tree->start_byte[m->bindings.items[best].node])
        best = b;
      break;
    }
  }
  return best;
}

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
    if (sc->kind != SCOPE_FUNCTION || (sc->flags & (SCOPE_FLAG_DYNAMIC | SCOPE_FLAG_SYNTAX_ERROR))) continue;
    if (!(sym->flags & SYMBOL_LOCAL) || (sym->flags & (SYMBOL_PARAMETER | SYMBOL_USED))) continue;
    if (sym->first_reference != SG_NONE || sym->name == NAME_UNDERSCORE) continue;
    /* only plain, unannotated assignments of a whole value: an annotation
     * declares a new local (Python forbids annotating a global/nonlocal),
     * and `x = yield` keeps what the generator is sent */
    bool plain = true, pure = true;
    uint32_t first = SG_NONE, value = SG_NONE;
    for (uint32_t b = sym->first_binding; b != SG_NONE && plain; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_DECLARATION) continue;
      plain = bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE &&
              t->kind[sg_flat_unparen(t, bd->value)] != KIND_YIELD &&
              t->kind[sg_flat_unparen(t, bd->value)] != KIND_AWAIT;
      if (!plain) break;
      pure = pure && sg_outer_name__pure(t, bd->value);
      if (first == SG_NONE) first = bd->node, value = bd->value;
    }
    if (!plain || first == SG_NONE) continue;
    /* the outer variable: methods do not see their class's names */
    uint32_t from = sc->parent;
    while (from != SG_NONE && m->scopes.items[from].kind == SCOPE_CLASS) from = m->scopes.items[from].parent;
    ReferenceKind kind;
    uint32_t outer = from == SG_NONE ? SG_NONE : sg_model_lookup(m, from, sym->name, &kind);
    if (outer == SG_NONE || nonlocal_target[outer] || nonlocal_target[y]) continue;
    const Symbol *os = &m->symbols.items[outer];
    /* a file the parser could not read whole may misplace the outer binding */
    if (m->scopes.items[os->scope].flags & SCOPE_FLAG_SYNTAX_ERROR) continue;
    bool enclosing = os->scope != 0 && (kind == REFERENCE_LOCAL || kind == REFERENCE_FREE);
    /* a module variable counts when other code reads it */
    if (!enclosing && (os->scope != 0 || os->first_reference == SG_NONE)) continue;
    uint32_t obind = enclosing ? os->first_binding : sg_outer_name__module_binding(m, outer);
    /* Was the outer variable meant? Evidence: the enclosing function reads
     * its variable after defining the nested one (the flag it expects the
     * callback to set); a module variable that functions rebind through
     * `global` elsewhere; the same kind of literal as the module's own
     * (`VERBOSE = False` / `VERBOSE = True`); a function that does nothing
     * but these writes to module names. Without it the local is just dead. */
    bool meant = false;
    if (enclosing) {
      uint32_t nested = sym->scope;
      while (m->scopes.items[nested].parent != os->scope) nested = m->scopes.items[nested].parent;
      uint32_t after = t->start_byte[m->scopes.items[nested].node];
      for (uint32_t r = os->first_reference; r != SG_NONE && !meant; r = m->references.items[r].next)
        meant = t->start_byte[m->references.items[r].node] > after;
    } else {
      meant = (os->flags & SYMBOL_BOUND_IN_FUNCTION) != 0;
      if (!meant && os->first_binding != SG_NONE && os->binding_count == 1) {
        int g = sg_outer_name__literal_group(t, value);
        meant = g != 0 && g == sg_outer_name__literal_group(t, m->bindings.items[os->first_binding].value);
      }
    }
    if (!meant && !enclosing) meant = sg_outer_name__setter(m, sym->scope);
    /* a dead local whose value is computed by a call may be kept for the call */
    if (!meant && !pure) continue;
    const char *name = sg_names_text(&t->names, sym->name);
    uint32_t fname = sg_flat_field(t, sc->node, FIELD_NAME);
    const char *func = fname == SG_NONE ? "?" : sg_flat_name(t, fname);
    uint32_t oline = obind == SG_NONE ? 0
                     : sg_source_line_of(ctx->source, t->start_byte[m->bindings.items[obind].node]) + 1;
    char where[256];
    if (enclosing) {
      const Scope *osc = &m->scopes.items[os->scope];
      uint32_t oname = sg_flat_field(t, osc->node, FIELD_NAME);
      snprintf(where, sizeof where, "`%s` of `%s` (line %u)", name,
               oname == SG_NONE ? "?" : sg_flat_name(t, oname), oline);
    } else {
      snprintf(where, sizeof where, "the module variable `%s` (line %u)", name, oline);
    }
    Diagnostic *d;
    if (meant)
      d = sg_rule_report(ctx, RULE_outer_name_assigned_locally, first,
                         "`%s` is assigned in `%s` but never read there: this makes a new local and "
                         "does not change %s; add `%s %s`",
                         name, func, where, enclosing ? "nonlocal" : "global", name);
    else
      d = sg_rule_report(ctx, RULE_outer_name_assigned_locally, first,
                         "`%s` is assigned in `%s` but this local is never read (it is not %s, "
                         "which stays unchanged); remove the assignment",
                         name, func, where);
    if (obind != SG_NONE) {
      const Binding *ob = &m->bindings.items[obind];
      sg_diag_related(d, t->start_byte[ob->node], t->end_byte[ob->node], "the outer `%s`", name);
    }
  }
  sg_free(nonlocal_target);
}
