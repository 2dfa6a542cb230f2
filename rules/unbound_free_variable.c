/* SNG103 unbound-free-variable: a nested function is called before a
 * variable of the enclosing function that it reads has been bound. */
#include <stdio.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_unbound_free_variable = {
  .summary = "A nested function is called before a variable it reads from its enclosing function is bound",
  .what =
    "Reports a read, inside a nested function, of a variable of the enclosing function "
    "when the enclosing function calls the nested one (by name) at a point where that "
    "variable is not yet bound on every path.",
  .why =
    "The nested function reads the variable through a closure cell that is still "
    "empty, and Python raises `NameError: cannot access free variable 'x' where it is "
    "not associated with a value in enclosing scope`:\n\n"
    "```python\ndef report():\n    def show():\n        print(total)\n    show()       # NameError\n"
    "    total = 10\n```",
  .example = "def report():\n    def show():\n        print(total)\n\n    show()\n    total = 10\n",
  .instead = "def report():\n    def show():\n        print(total)\n\n    total = 10\n    show()\n",
  .limits =
    "Only direct calls by name in the enclosing function are followed; a nested function "
    "stored, passed or returned first is not (it may run at any later time), and calling "
    "a generator or `async` function runs nothing yet. A variable that some path binds "
    "before the call (\"may not be bound yet\") is reported at warning severity: error "
    "is kept for a variable no path binds before the call. Such a variable is not reported "
    "when the read is guarded (inside the nested function) by a test that reads a name the "
    "binding's `if` test also reads, not rebound after it (`if hasattr(d, 'k'): ... else: "
    "keys = ...` and `isinstance(d, list) and x in keys`): the two tests classify one value.",
};

/* The test of the nearest if/elif whose body (or else) holds node, below
 * the scope's own node. */
static uint32_t sg_unbound_free__binding_guard(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) return SG_NONE;
    if ((k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE) && t->field[c] != FIELD_CONDITION &&
        (k != KIND_IF_STATEMENT || t->kind[c] == KIND_BLOCK))
      return sg_flat_field(t, p, FIELD_CONDITION);
    if (k == KIND_ELSE_CLAUSE && t->parent[p] != SG_NONE && t->kind[t->parent[p]] == KIND_IF_STATEMENT)
      return sg_flat_field(t, t->parent[p], FIELD_CONDITION);
  }
  return SG_NONE;
}

/* Does test `g` read a name of the caller (not rebound after `g`) that
 * some guard of the read inside the nested function also tests
 * (sg_flow_guards_of)? `if hasattr(domain, 'relators'): ... else: gens =
 * ...` and `isinstance(domain, PermutationGroup) and r[i] in gens` both
 * classify `domain`: the author relates the two tests, which the flow
 * analysis cannot see. */
static bool sg_unbound_free__shared_guard(const SemanticModel *m, uint32_t g, uint32_t read, uint32_t caller) {
  FlowGuards guards = {0};
  sg_flow_guards_of(m->tree, read, &guards);
  bool shared = false;
  for (uint32_t k = 0; k < guards.len && !shared; k++)
    shared = guards.items[k].test != SG_NONE &&
             sg_unbound_tests_share_name(m, g, guards.items[k].test, caller, UINT32_MAX);
  array_free(&guards);
  return shared;
}

void sg_rule_unbound_free_variable(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->flows) return;
  /* one report per read: the first call that runs it too early */
  Array(uint32_t) reported = {0};
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) continue;
    uint32_t r = m->node_reference[fn];
    if (r == SG_NONE || m->references.items[r].kind != REFERENCE_LOCAL) continue;
    uint32_t caller = m->references.items[r].scope;
    const Symbol *callee = &m->symbols.items[m->references.items[r].symbol];
    if (callee->binding_count != 1) continue;
    const Binding *def = &m->bindings.items[callee->first_binding];
    if (def->kind != BINDING_KIND_DEF) continue;
    uint32_t inner = m->node_own_scope[def->context];
    /* calling a generator or coroutine function does not run its body */
    if (inner == SG_NONE || (m->scopes.items[inner].flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC)))
      continue;
    const Flow *fl = sg_flows_of(ctx->flows, caller);
    const Scope *cs = &m->scopes.items[caller];
    if (!fl || inner == SG_NONE || (cs->flags & (SCOPE_FLAG_DYNAMIC | SCOPE_FLAG_SYNTAX_ERROR)))
      continue;
    /* the nested function's reads of the caller's variables */
    const Scope *is = &m->scopes.items[inner];
    for (uint32_t k = is->body; is->body != SG_NONE && k <= t->subtree_end[is->body]; k++) {
      uint32_t ref = m->node_reference[k];
      if (ref == SG_NONE || m->node_scope[k] != inner) continue;
      const Reference *rr = &m->references.items[ref];
      if (rr->kind != REFERENCE_FREE || rr->symbol == SG_NONE) continue;
      const Symbol *var = &m->symbols.items[rr->symbol];
      if (var->scope != caller) continue;
      uint32_t local = sg_flow_local_of(fl, rr->symbol);
      bool may, must;
      if (local == SG_NONE || !sg_flow_state_before(fl, i, local, &may, &must) || must) continue;
      /* reported already for an earlier call: skip the costlier tests below */
      bool seen = false;
      for (uint32_t q = 0; q < reported.len && !seen; q++) seen = reported.items[q] == k;
      if (seen) continue;
      if (sg_flow_correlated(fl, local, i, k)) continue;  /* `if flag: x = ...` ... `if flag: f()` */
      bool shared = false;
      for (uint32_t b = var->first_binding; may && b != SG_NONE && !shared; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        if (bd->kind == BINDING_KIND_DECLARATION) continue;
        uint32_t g = sg_unbound_free__binding_guard(t, bd->node);
        shared = g != SG_NONE && sg_unbound_free__shared_guard(m, g, k, caller);
      }
      if (shared) continue;
      array_push(&reported, k);
      const char *name = sg_names_text(&t->names, var->name);
      const char *callee_name = sg_names_text(&t->names, callee->name);
      uint32_t call_line = sg_source_line_of(ctx->source, t->start_byte[i]) + 1;
      /* bound on some paths: a hazard (warning), not a certain failure */
      Severity sev = sg_rules[RULE_unbound_free_variable].severity;
      if (may && sev == SEVERITY_ERROR) sev = SEVERITY_WARNING;
      Diagnostic *d = sg_diag_add(
          ctx->out, RULE_unbound_free_variable, sev, t->start_byte[k], t->end_byte[k],
          "`%s` %s bound yet when `%s` is called on line %u: this read raises NameError "
          "(cannot access free variable `%s`); bind `%s` before the call",
          name, may ? "may not be" : "is not", callee_name, call_line, name, name);
      sg_diag_related(d, t->start_byte[i], t->end_byte[i], "`%s` is called here", callee_name);
      for (uint32_t b = var->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        if (bd->kind == BINDING_KIND_DECLARATION) continue;
        sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "`%s` is bound here", name);
        break;
      }
    }
  }
  array_free(&reported);
}
