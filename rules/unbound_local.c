/* SNG101 unbound-local: a read of a local that no path has bound — the
 * UnboundLocalError every Python programmer meets once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_unbound_local = {
  .summary = "A local variable is read before any assignment to it has run",
  .what =
    "Reports a read of a function's local variable at a point that no path from the "
    "start of the function has bound it (or where every path has unbound it again: "
    "`del x`, or the end of the `except ... as x` handler); also a read in a loop whose only "
    "bindings come after it on that same pass (`for ...: total += 1` in a nested function that "
    "forgot `nonlocal`): the first pass raises, so no later binding is ever made. Python decides at compile "
    "time that a name assigned anywhere in a function is local to all of it, so the "
    "module variable or builtin of the same name is not used. The module's own top level is "
    "followed the same way (a NameError when it runs): a statement that calls a function a "
    "later `def` binds, a class whose base is defined below it, a handler that reads the name its "
    "`try` failed to bind, and what a `def` evaluates when it runs (decorators, defaults, "
    "annotations unless `from __future__ import annotations` or a 3.14 target defers them). "
    "A class body runs with its `class` statement and is followed too: a read of a module name "
    "bound only further down, a read of a name the body itself binds only later while neither the "
    "module nor the builtins have it (the enclosing function's variable of that name is not "
    "seen), and a read of an enclosing function's local that the function binds only after the "
    "`class` statement. A walrus reading its own target (`(n := n * 2)`) reads before it binds. "
    "`if TYPE_CHECKING:` is false when the program runs: a name bound only there is reported "
    "where code that runs reads it — at module level, in a function or class body — but not in "
    "an annotation that is not evaluated (a local variable's never is) or under a handler of "
    "`NameError`.",
  .why =
    "The read raises `UnboundLocalError` every time it runs:\n\n"
    "```python\n>>> count = 0\n>>> def bump():\n...     count += 1\n>>> bump()\n"
    "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value\n```",
  .example = "count = 0\n\ndef bump():\n    count += 1\n    return count\n",
  .instead = "count = 0\n\ndef bump():\n    global count\n    count += 1\n    return count\n",
  .limits =
    "Functions that contain a syntax error, or use `exec`, `eval`, `locals()` or a star "
    "import, are skipped. A read inside a `try` whose handler catches `NameError` or "
    "`UnboundLocalError` is not reported. Also reported, as the same NameError: a name of a "
    "class read from a comprehension, lambda or method in its body (`class A: keys = [...]; "
    "picked = [k for k in x if k in keys]`: the class scope is skipped) when nothing else binds "
    "it, and a module read by a name it was not imported as (`import json as js` ... "
    "`json.dumps(...)`); other names nothing binds are left alone (builtins of other versions "
    "and platforms, names made at run time). Skipped in a module with a star import, `exec` or "
    "a syntax error. At module level, a builtin's name (it is found when the module has not bound "
    "it yet), a dunder, a name a function binds through `global`, and any module that uses "
    "`globals()`, `sys.modules` or `__builtins__` are left alone; a module-level loop is taken to "
    "run at least once (it walks the module's own data); `.pyi` stubs are never run.",
};

/* ---- shared with SNG102 ------------------------------------------------------ */

bool sg_unbound_tests_share_name(const SemanticModel *m, uint32_t a, uint32_t b, uint32_t scope,
                                 uint32_t until) {
  const FlatTree *t = m->tree;
  for (uint32_t i = a; i <= t->subtree_end[a]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) continue;
    uint32_t sym = m->references.items[r].symbol;
    if (scope != SG_NONE && m->symbols.items[sym].scope != scope) continue;
    bool in_b = false;
    for (uint32_t k = b; k <= t->subtree_end[b] && !in_b; k++) {
      uint32_t rk = m->node_reference[k];
      in_b = rk != SG_NONE && m->references.items[rk].symbol == sym;
    }
    if (!in_b) continue;
    bool rebound = false;
    for (uint32_t k = m->symbols.items[sym].first_binding; k != SG_NONE && !rebound; k = m->bindings.items[k].next) {
      uint32_t pos = t->start_byte[m->bindings.items[k].node];
      rebound = m->bindings.items[k].kind != BINDING_KIND_DECLARATION && pos > t->end_byte[a] && pos < until;
    }
    if (!rebound) return true;
  }
  return false;
}

typedef struct ReadState { uint32_t node, symbol; bool may, must; } ReadState;
typedef struct ReadCollect { Array(ReadState) reads; } ReadCollect;

static void sg_unbound__collect(void *arg, const Flow *flow, const FlowEvent *ev, bool may, bool must) {
  ReadCollect *c = arg;
  ReadState r = {ev->node, flow->locals.items[ev->local], may, must};
  array_push(&c->reads, r);
}

static int sg_unbound__cmp(const void *a, const void *b) {
  const ReadState *x = a, *y = b;
  if (x->node != y->node) return x->node < y->node ? -1 : 1;
  return x->symbol < y->symbol ? -1 : x->symbol > y->symbol;
}

/* Inside a try whose handler catches NameError / UnboundLocalError? */
static bool sg_unbound__guarded(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_FUNCTION_DEFINITION || t->kind[p] == KIND_LAMBDA) return false;
    if (t->kind[p] != KIND_TRY_STATEMENT || t->field[c] != FIELD_BODY) continue;
    for (uint32_t h = t->first_child[p]; h != SG_NONE; h = t->next_sibling[h]) {
      if (t->kind[h] != KIND_EXCEPT_CLAUSE) continue;
      for (uint32_t i = h; i <= t->subtree_end[h]; i++) {
        if (t->kind[i] == KIND_BLOCK) break;
        if (t->kind[i] == KIND_IDENTIFIER &&
            (sg_flat_text_is(t, i, "NameError") || sg_flat_text_is(t, i, "UnboundLocalError")))
          return true;
      }
    }
  }
  return false;
}

uint32_t sg_unbound_module_namesake(const SemanticModel *m, uint32_t symbol) {
  const Symbol *sym = &m->symbols.items[symbol];
  if (sym->scope == 0 || (sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL))) return SG_NONE;
  uint32_t g = sg_model_symbol(m, 0, sym->name);
  if (g == SG_NONE) return SG_NONE;
  /* a name the module means: an import, a def or class, or an assignment
   * at its top level (not a loop variable of the `__main__` block) */
  const FlatTree *t = m->tree;
  for (uint32_t b = m->symbols.items[g].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_IMPORT || bd->kind == BINDING_KIND_IMPORT_FROM || bd->kind == BINDING_KIND_DEF ||
        bd->kind == BINDING_KIND_CLASS)
      return g;
    if ((bd->kind == BINDING_KIND_ASSIGNMENT || bd->kind == BINDING_KIND_ANNOTATED) && bd->context != SG_NONE) {
      uint32_t stmt = t->parent[bd->context];
      if (stmt != SG_NONE && t->kind[stmt] == KIND_EXPRESSION_STATEMENT && t->parent[stmt] != SG_NONE &&
          t->kind[t->parent[stmt]] == KIND_MODULE)
        return g;
    }
  }
  return SG_NONE;
}

bool sg_unbound_caught(const FlatTree *t, uint32_t node, bool name_errors) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return false;
    if (k != KIND_TRY_STATEMENT || t->field[c] != FIELD_BODY) continue;
    for (uint32_t h = t->first_child[p]; h != SG_NONE; h = t->next_sibling[h]) {
      if (t->kind[h] != KIND_EXCEPT_CLAUSE) continue;
      bool typed = false;
      for (uint32_t i = t->first_child[h]; i != SG_NONE; i = t->next_sibling[i]) {
        if (t->kind[i] == KIND_BLOCK || t->kind[i] == KIND_TOKEN_COLON) break;
        if (!(t->flags[i] & FLAT_NAMED) || t->kind[i] == KIND_COMMENT) continue;
        typed = true;
        for (uint32_t j = i; j <= t->subtree_end[i]; j++)
          if (t->kind[j] == KIND_IDENTIFIER &&
              (sg_flat_text_is(t, j, "Exception") || sg_flat_text_is(t, j, "BaseException") ||
               (name_errors && (sg_flat_text_is(t, j, "NameError") || sg_flat_text_is(t, j, "UnboundLocalError")))))
            return true;
        break;
      }
      if (!typed) return true;
    }
  }
  return false;
}

/* Can the module's own names be followed: no syntax error, no star
 * import or exec/eval/locals/vars at the module's level, and nothing that
 * makes module names at run time (`globals()`, `exec` anywhere,
 * `sys.modules[...]`, `__builtins__`)? */
static bool sg_unbound__module_names_known(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  /* a function's `vars(obj)` or `locals()` makes no module name; its `exec` might */
  if (m->scopes.len && (m->scopes.items[0].flags & SCOPE_FLAG_DYNAMIC)) return false;
  for (uint32_t s = 0; s < m->scopes.len; s++)
    if (m->scopes.items[s].flags & SCOPE_FLAG_SYNTAX_ERROR) return false;
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    uint32_t name = t->name_id[ref->node];
    if (name == NAME_GLOBALS || name == NAME_EXEC || sg_flat_text_is(t, ref->node, "__builtins__")) return false;
    uint32_t p = t->parent[ref->node];
    if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[ref->node] == FIELD_OBJECT &&
        sg_flat_text_is(t, sg_flat_field(t, p, FIELD_ATTRIBUTE), "modules"))
      return false;
  }
  return true;
}

/* A module-level read of a module name that lookup can still find when
 * the module has not bound it: a builtin (`input = ...` later, or only
 * on some paths), a module attribute Python sets (`__doc__`), or a name a
 * function binds through `global` (it may have run). */
static bool sg_unbound__module_fallback(const SemanticModel *m, uint32_t symbol) {
  const Symbol *sym = &m->symbols.items[symbol];
  if (sym->flags & SYMBOL_BOUND_IN_FUNCTION) return true;
  const char *name = sg_names_text(&m->tree->names, sym->name);
  size_t len = strlen(name);
  if (len > 4 && name[0] == '_' && name[1] == '_' && name[len - 1] == '_' && name[len - 2] == '_') return true;
  /* Python 2's builtins, which version-dependent modules bind for Python 3 */
  static const char *const py2[] = {"long", "unicode", "basestring", "xrange", "raw_input", "unichr", "reduce",
                                    "file", "execfile", "cmp", "buffer", "apply", "intern", "coerce", "reload"};
  for (size_t k = 0; k < sizeof py2 / sizeof *py2; k++)
    if (!strcmp(name, py2[k])) return true;
  return sg_model_is_builtin((uint32_t)len, name);
}

/* For a class of the module's own code (not inside a function): does the
 * module bind `g` only at or after the class statement (`class A: A = A`:
 * the class statement binds A when its body is done), and never through
 * `global`? Then the body's fallback to the module finds nothing. */
static bool sg_unbound__module_binds_only_after(const SemanticModel *m, uint32_t g, const Scope *cls) {
  const FlatTree *t = m->tree;
  if (m->symbols.items[g].flags & SYMBOL_BOUND_IN_FUNCTION) return false;
  for (uint32_t s = cls->parent; s != SG_NONE && s != 0; s = m->scopes.items[s].parent)
    if (m->scopes.items[s].kind != SCOPE_CLASS) return false;
  uint32_t at = t->start_byte[cls->node];
  for (uint32_t b = m->symbols.items[g].first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind != BINDING_KIND_DECLARATION && t->start_byte[m->bindings.items[b].node] < at)
      return false;
  return true;
}

void sg_unbound_reads(RuleContext *ctx, void (*fn)(RuleContext *ctx, const UnboundRead *read)) {
  const SemanticModel *m = ctx->model;
  if (!ctx->flows) return;
  ReadCollect c = {0};
  int module_known = -1;  /* asked once, when the module flow has a read to report */
  for (uint32_t i = 0; i < ctx->flows->flows.len; i++) {
    const Flow *fl = ctx->flows->flows.items[i];
    const Scope *sc = &m->scopes.items[fl->scope];
    if (sc->kind != SCOPE_FUNCTION && ctx->is_stub) continue;  /* a stub's top level never runs */
    if (sc->flags & (SCOPE_FLAG_SYNTAX_ERROR | SCOPE_FLAG_DYNAMIC)) continue;
    c.reads.len = 0;
    sg_flow_each_read(fl, sg_unbound__collect, &c);
    if (!c.reads.len) continue;
    qsort(c.reads.items, c.reads.len, sizeof(ReadState), sg_unbound__cmp);
    /* a read analysed twice (a finally block) takes both verdicts */
    for (uint32_t k = 0; k < c.reads.len;) {
      ReadState r = c.reads.items[k++];
      while (k < c.reads.len && c.reads.items[k].node == r.node && c.reads.items[k].symbol == r.symbol) {
        r.may |= c.reads.items[k].may;
        r.must &= c.reads.items[k].must;
        k++;
      }
      if (r.must || sg_unbound__guarded(ctx->tree, r.node)) continue;
      if (sc->kind == SCOPE_CLASS) {
        /* unbound in the class body, the read looks in the module and the
         * builtins (never the enclosing function): NameError only when
         * neither has it */
        uint32_t g = sg_model_symbol(m, 0, m->symbols.items[r.symbol].name);
        if (g != SG_NONE && (m->symbols.items[g].flags & (SYMBOL_BOUND | SYMBOL_BOUND_IN_FUNCTION)) &&
            !sg_unbound__module_binds_only_after(m, g, sc))
          continue;
      }
      if (sc->kind != SCOPE_FUNCTION) {
        if (sg_unbound__module_fallback(m, r.symbol)) continue;
        if (module_known < 0) module_known = sg_unbound__module_names_known(m);
        if (!module_known) break;
      }
      /* every path that reaches it unbound contradicts a test on the way */
      if (sg_flow_correlated(fl, sg_flow_local_of(fl, r.symbol), r.node, SG_NONE)) continue;
      UnboundRead read = {fl->scope, r.symbol, r.node, r.may};
      fn(ctx, &read);
    }
  }
  array_free(&c.reads);
}

static bool sg_unbound__dynamic_module(const SemanticModel *m);

/* The module's top-level statement holding node (SG_NONE for the module). */
static uint32_t sg_unbound__top_statement(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  while (t->parent[c] != SG_NONE && t->kind[t->parent[c]] != KIND_MODULE) c = t->parent[c];
  return t->parent[c] == SG_NONE ? SG_NONE : c;
}

/* Does a test guarding the read (within its function) read a module
 * name, or the platform or version: a flag or a check that likely says
 * whether the module's binding ran (`if _have_ssl:`, `if os.name ==
 * 'nt':`)? */
static bool sg_unbound__module_guarded(const SemanticModel *m, uint32_t node) {
  const FlatTree *t = m->tree;
  FlowGuards guards = {0};
  bool found = false;
  for (uint32_t c = node; c != SG_NONE && !found;) {
    guards.len = 0;
    sg_flow_guards_of(t, c, &guards);
    for (uint32_t g = 0; g < guards.len && !found; g++) {
      uint32_t test = guards.items[g].test;
      if (test == SG_NONE) continue;
      found = sg_unbound_environment_test(t, test);
      for (uint32_t i = test; i <= t->subtree_end[test] && !found; i++) {
        uint32_t r = m->node_reference[i];
        found = r != SG_NONE && m->references.items[r].kind == REFERENCE_GLOBAL;
      }
    }
    /* out to the enclosing def's own guards, nested functions included */
    while (c != SG_NONE && t->kind[c] != KIND_FUNCTION_DEFINITION && t->kind[c] != KIND_LAMBDA) c = t->parent[c];
    if (c != SG_NONE) c = t->parent[c];
    if (c != SG_NONE && t->kind[c] == KIND_MODULE) break;
  }
  array_free(&guards);
  return found;
}

/* A binding that imports: an import statement, inside a `try`, or an
 * assignment from a call of something named like an import
 * (`numpy = import_module('numpy')`, `__import__(...)`). */
static bool sg_unbound__imported(const SemanticModel *m, const Binding *bd) {
  const FlatTree *t = m->tree;
  if (bd->kind == BINDING_KIND_IMPORT || bd->kind == BINDING_KIND_IMPORT_FROM) return true;
  for (uint32_t p = t->parent[bd->node]; p != SG_NONE && t->kind[p] != KIND_MODULE; p = t->parent[p])
    if (t->kind[p] == KIND_TRY_STATEMENT) return true;
  if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->context == SG_NONE) return false;
  uint32_t value = sg_flat_field(t, bd->context, FIELD_RIGHT);
  uint32_t fn = value != SG_NONE && t->kind[value] == KIND_CALL ? sg_flat_field(t, value, FIELD_FUNCTION) : SG_NONE;
  if (fn == SG_NONE) return false;
  uint32_t len;
  const char *s = sg_flat_text(t, fn, &len);
  for (uint32_t k = 0; k + 6 <= len; k++)
    if (!memcmp(s + k, "import", 6)) return true;
  return false;
}

/* Does test ask whether the name read at node is there (`if numpy:`,
 * `if not ssl`, `if mod is None`), not something about its value? */
static bool sg_unbound__tests_presence(const FlatTree *t, uint32_t node, uint32_t test) {
  for (uint32_t c = node; c != test; c = t->parent[c]) {
    uint32_t p = t->parent[c];
    if (p == SG_NONE) return false;
    uint16_t k = t->kind[p];
    if (k == KIND_NOT_OPERATOR || k == KIND_BOOLEAN_OPERATOR || k == KIND_PARENTHESIZED_EXPRESSION) continue;
    if (k != KIND_COMPARISON_OPERATOR) return false;
    bool none = false;
    for (uint32_t o = sg_flat_named_child(t, p); o != SG_NONE; o = sg_flat_next_named(t, o)) none |= t->kind[o] == KIND_NONE;
    if (!none) return false;
  }
  return true;
}

/* Is module symbol `symbol` bound the way optional features are: by an
 * import, a def or a class, or by any statement inside a `try`, under a
 * test of the platform or version, or under a test of whether an imported
 * name is there (`if numpy:`, `if hasattr(poplib, 'POP3_SSL'):`)? Code that reads such a name is written for the case where
 * it exists, and callers check (`if HAVE_SSL:`), which no flow sees. */
static bool sg_unbound__optional_feature(const SemanticModel *m, uint32_t symbol) {
  const FlatTree *t = m->tree;
  for (uint32_t b = m->symbols.items[symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_IMPORT || bd->kind == BINDING_KIND_IMPORT_FROM || bd->kind == BINDING_KIND_DEF ||
        bd->kind == BINDING_KIND_CLASS)
      return true;
    uint32_t c = bd->node;
    for (uint32_t p = t->parent[c]; p != SG_NONE; c = p, p = t->parent[p]) {
      uint16_t k = t->kind[p];
      if (k == KIND_TRY_STATEMENT) return true;
      uint32_t test = SG_NONE;
      if ((k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT) && t->field[c] != FIELD_CONDITION)
        test = sg_flat_field(t, p, FIELD_CONDITION);
      else if (k == KIND_ELSE_CLAUSE && t->parent[p] != SG_NONE && t->kind[t->parent[p]] == KIND_IF_STATEMENT)
        test = sg_flat_field(t, t->parent[p], FIELD_CONDITION);
      if (test != SG_NONE && sg_unbound_environment_test(t, test)) return true;
      for (uint32_t i = test; test != SG_NONE && i <= t->subtree_end[test]; i++) {
        /* a feature test: `hasattr(poplib, 'POP3_SSL')` */
        if (t->kind[i] == KIND_CALL && sg_flat_text_is(t, sg_flat_field(t, i, FIELD_FUNCTION), "hasattr")) return true;
        uint32_t r = m->node_reference[i];
        uint32_t y = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
        if (y == SG_NONE || y == symbol || !sg_unbound__tests_presence(t, i, test)) continue;
        for (uint32_t b2 = m->symbols.items[y].first_binding; b2 != SG_NONE; b2 = m->bindings.items[b2].next)
          if (sg_unbound__imported(m, &m->bindings.items[b2])) return true;
      }
    }
  }
  return false;
}

void sg_unbound_module_reads_in_functions(RuleContext *ctx, void (*fn)(RuleContext *ctx, const UnboundRead *read)) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Flow *fl = ctx->flows ? sg_flows_of(ctx->flows, 0) : NULL;
  if (!fl || ctx->is_stub || ctx->flows->over_scope != SG_NONE || sg_unbound__dynamic_module(m)) return;
  int known = -1;
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    if (ref->kind != REFERENCE_GLOBAL || ref->scope == 0 || ref->symbol == SG_NONE) continue;
    uint32_t local = sg_flow_local_of(fl, ref->symbol);
    bool may, must;
    if (local == SG_NONE || !sg_flow_state_at_end(fl, local, &may, &must) || must || !may) continue;
    /* in a function: not a class body that runs with the module */
    bool in_function = false;
    for (uint32_t s = ref->scope; s != SG_NONE && s != 0 && !in_function; s = m->scopes.items[s].parent)
      in_function = m->scopes.items[s].kind == SCOPE_FUNCTION || m->scopes.items[s].kind == SCOPE_LAMBDA;
    if (!in_function || sg_unbound__module_fallback(m, ref->symbol) || sg_unbound__optional_feature(m, ref->symbol))
      continue;
    /* a def made under a condition exists only when it holds, which
     * usually also binds the name */
    uint32_t top = sg_unbound__top_statement(t, ref->node);
    if (top == SG_NONE || (t->kind[top] != KIND_FUNCTION_DEFINITION && t->kind[top] != KIND_CLASS_DEFINITION &&
                           t->kind[top] != KIND_DECORATED_DEFINITION && t->kind[top] != KIND_EXPRESSION_STATEMENT))
      continue;
    if (sg_unbound__guarded(t, ref->node) || sg_unbound_caught(t, ref->node, true) ||
        sg_unbound__module_guarded(m, ref->node))
      continue;
    if (known < 0) known = sg_unbound__module_names_known(m);
    if (!known) return;
    UnboundRead read = {0, ref->symbol, ref->node, true};
    fn(ctx, &read);
  }
}

static uint32_t sg_unbound__type_checking_branch(const FlatTree *t, uint32_t node);

/* Is binding node `bind` made after the read: later in the text, or by
 * the read's own statement (`cond = Condition(cond)`, `A = A`)? */
static bool sg_unbound__binds_after(const FlatTree *t, uint32_t bind, uint32_t read) {
  if (t->start_byte[bind] > t->start_byte[read]) return true;
  uint32_t a = bind, b = read;
  while (t->parent[a] != SG_NONE && t->kind[t->parent[a]] != KIND_BLOCK && t->kind[t->parent[a]] != KIND_MODULE)
    a = t->parent[a];
  while (t->parent[b] != SG_NONE && t->kind[t->parent[b]] != KIND_BLOCK && t->kind[t->parent[b]] != KIND_MODULE)
    b = t->parent[b];
  return a == b;
}

/* "at module level", or "in the body of class `C`, which runs with the
 * module," for a read the module's flow saw inside a class body. */
static void sg_unbound__where(const SemanticModel *m, uint32_t node, char *buf, size_t cap) {
  uint32_t s = m->node_scope[node];
  while (s != SG_NONE && m->scopes.items[s].kind == SCOPE_COMPREHENSION) s = m->scopes.items[s].parent;
  if (s == SG_NONE || m->scopes.items[s].kind != SCOPE_CLASS) {
    snprintf(buf, cap, "at module level");
    return;
  }
  uint32_t name = sg_flat_field(m->tree, m->scopes.items[s].node, FIELD_NAME);
  snprintf(buf, cap, "in the body of class `%s`, which runs with the module,",
           name == SG_NONE ? "?" : sg_flat_name(m->tree, name));
}

static uint32_t sg_unbound__line(RuleContext *ctx, uint32_t node) {
  return sg_source_line_of(ctx->source, ctx->tree->start_byte[node]) + 1;
}

static const char *sg_unbound__scope_name(const SemanticModel *m, uint32_t scope) {
  const Scope *sc = &m->scopes.items[scope];
  uint32_t name = sg_flat_field(m->tree, sc->node, FIELD_NAME);
  return name == SG_NONE ? "<lambda>" : sg_flat_name(m->tree, name);
}

void sg_unbound_explain(RuleContext *ctx, const UnboundRead *read, char *buf, size_t cap,
                        Diagnostic **related_to) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[read->symbol];
  const char *name = sg_names_text(&t->names, sym->name);
  const char *fname = sg_unbound__scope_name(m, read->scope);
  uint32_t read_pos = t->start_byte[read->node];
  (void)related_to;

  /* the binding that makes it local: the first real one */
  const Binding *first = NULL, *del = NULL, *except_as = NULL;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    if (!first) first = bd;
    if (t->start_byte[bd->node] < read_pos) {
      if (bd->kind == BINDING_KIND_DEL && bd->node != read->node) del = bd;
      if (bd->kind == BINDING_KIND_EXCEPT_AS && !sg_flat_is_ancestor(t, bd->context, read->node))
        except_as = bd;
    }
  }
  if (except_as) {
    snprintf(buf, cap,
             "`%s` is unbound here: Python deletes the name bound by `except ... as %s` (line %u) "
             "when the handler ends; copy it to another variable inside the handler",
             name, name, sg_unbound__line(ctx, except_as->node));
    return;
  }
  if (del) {
    snprintf(buf, cap, "`%s` was deleted on line %u and is not assigned again before this read",
             name, sg_unbound__line(ctx, del->node));
    return;
  }
  if (!first) {
    snprintf(buf, cap, "`%s` is read before it is assigned", name);
    return;
  }
  const char *how = first->kind == BINDING_KIND_AUGMENTED ? "assigned (with an augmented assignment)"
                    : first->kind == BINDING_KIND_IMPORT || first->kind == BINDING_KIND_IMPORT_FROM ? "imported"
                    : first->kind == BINDING_KIND_DEF || first->kind == BINDING_KIND_CLASS ? "defined"
                    : first->kind == BINDING_KIND_FOR_TARGET ? "a loop variable"
                    : first->kind == BINDING_KIND_DEL ? "deleted" : "assigned";
  if (m->scopes.items[read->scope].kind == SCOPE_CLASS) {
    uint32_t g = sg_model_symbol(m, 0, sym->name);
    snprintf(buf, cap, "`%s` is read in the body of class `%s` before the class binds it: it is %s on line %u, %s, "
             "and %s, so this read raises NameError whenever it runs",
             name, fname, how, sg_unbound__line(ctx, first->node),
             sg_unbound__binds_after(t, first->node, read->node) ? "after this read" : "and no path to this read runs that",
             g != SG_NONE ? "the module binds that name only after the class is made"
                          : "neither the module nor the builtins have that name");
    return;
  }
  if (read->scope == 0) {
    uint32_t branch = sg_unbound__type_checking_branch(t, first->node);
    bool annotation = false;
    for (uint32_t c = read->node; c != SG_NONE && t->kind[c] != KIND_BLOCK && t->kind[c] != KIND_MODULE && !annotation;
         c = t->parent[c])
      annotation = t->field[c] == FIELD_TYPE || t->field[c] == FIELD_RETURN_TYPE;
    if (branch != SG_NONE) {
      snprintf(buf, cap, "`%s` is bound only under `if TYPE_CHECKING:` (line %u), which is false when the program "
               "runs: this read raises NameError whenever the module runs it%s",
               name, sg_unbound__line(ctx, branch),
               annotation ? " (this annotation is evaluated when its definition runs: add `from __future__ "
                            "import annotations` or quote it)" : "");
      return;
    }
    bool after = sg_unbound__binds_after(t, first->node, read->node);
    char where[160];
    sg_unbound__where(m, read->node, where, sizeof where);
    snprintf(buf, cap, "`%s` is read %s before anything binds it: it is %s on line %u, %s, "
             "so this read raises NameError whenever the module runs it",
             name, where, how, sg_unbound__line(ctx, first->node),
             after ? "after this read" : "and no path to this read runs that");
    return;
  }
  /* read from the body of a class the function defines: a free variable's NameError */
  bool in_class = m->scopes.items[m->node_scope[read->node]].kind == SCOPE_CLASS;
  int k = snprintf(buf, cap, "`%s` is local to `%s` because it is %s on line %u; this read on line %u%s "
                   "raises %s",
                   name, fname, how, sg_unbound__line(ctx, first->node), sg_unbound__line(ctx, read->node),
                   in_class ? ", in the body of a class that runs with its `class` statement," : "",
                   in_class ? "NameError" : "UnboundLocalError");
  if (k < 0 || (size_t)k >= cap) return;
  /* the outer name the author probably meant */
  ReferenceKind kind;
  uint32_t parent = m->scopes.items[read->scope].parent;
  uint32_t outer = sg_model_lookup(m, parent, sym->name, &kind);
  if (kind == REFERENCE_GLOBAL && outer != SG_NONE) {
    const Symbol *os = &m->symbols.items[outer];
    uint32_t line = os->first_binding == SG_NONE ? 0 : sg_unbound__line(ctx, m->bindings.items[os->first_binding].node);
    snprintf(buf + k, cap - (size_t)k, ". The module variable `%s` (line %u) is not used here: add "
             "`global %s` or rename the local", name, line, name);
  } else if (kind == REFERENCE_FREE && outer != SG_NONE) {
    const Symbol *os = &m->symbols.items[outer];
    uint32_t line = os->first_binding == SG_NONE ? 0 : sg_unbound__line(ctx, m->bindings.items[os->first_binding].node);
    snprintf(buf + k, cap - (size_t)k, ". The variable `%s` of `%s` (line %u) is not used here: add "
             "`nonlocal %s` or rename the local", name, sg_unbound__scope_name(m, os->scope), line, name);
  } else if (kind == REFERENCE_BUILTIN) {
    snprintf(buf + k, cap - (size_t)k, ". The builtin `%s` is not used here: rename the local", name);
  }
}

/* ---- SNG101 ----------------------------------------------------------------- */

static void sg_unbound_local__one(RuleContext *ctx, const UnboundRead *read) {
  if (read->may) return;
  char msg[768];
  sg_unbound_explain(ctx, read, msg, sizeof msg, NULL);
  Diagnostic *d = sg_rule_report(ctx, RULE_unbound_local, read->node, "%s", msg);
  const Symbol *sym = &ctx->model->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = ctx->model->bindings.items[b].next) {
    const Binding *bd = &ctx->model->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->node == read->node) continue;
    sg_diag_related(d, ctx->tree->start_byte[bd->node], ctx->tree->end_byte[bd->node],
                    "`%s` is bound here, which makes it local", sg_flat_name(ctx->tree, bd->node));
    break;
  }
}

/* ---- names nothing binds where they are read ------------------------------ */

/* Is the module dynamic anywhere (a star import, exec...: names can be
 * made that the model cannot see)? */
static bool sg_unbound__dynamic_module(const SemanticModel *m) {
  for (uint32_t s = 0; s < m->scopes.len; s++)
    if (m->scopes.items[s].flags & (SCOPE_FLAG_DYNAMIC | SCOPE_FLAG_SYNTAX_ERROR)) return true;
  return false;
}

/* Class scopes searched above a read (CPython's compiler refuses code
 * nested much deeper). */
#define SG_UNBOUND__CLASS_LEVELS 64

/* The nearest class scope enclosing each scope (not itself), or SG_NONE:
 * one pass, parents before children. */
static uint32_t *sg_unbound__class_above(const SemanticModel *m) {
  uint32_t n = m->scopes.len;
  uint32_t *above = sg_malloc((n ? n : 1) * sizeof *above);
  for (uint32_t s = 0; s < n; s++) {
    uint32_t p = m->scopes.items[s].parent;
    above[s] = p == SG_NONE || p >= s ? SG_NONE : m->scopes.items[p].kind == SCOPE_CLASS ? p : above[p];
  }
  return above;
}

/* The class scope the read in `scope` skips that binds name id `name`
 * (a comprehension, lambda or function in a class body does not see the
 * class's names), or SG_NONE. */
static uint32_t sg_unbound__skipped_class(const SemanticModel *m, const uint32_t *above, uint32_t scope, uint32_t name) {
  uint32_t s = above[scope];
  for (int k = 0; s != SG_NONE && k < SG_UNBOUND__CLASS_LEVELS; k++, s = above[s])
    if (sg_model_symbol(m, s, name) != SG_NONE) return s;
  return SG_NONE;
}

/* For each name id, an import binding of the module that imports module
 * <name> (its first dotted part) under another name (`import m1 as m`,
 * `import os.path as osp`, `from os import path`), or SG_NONE: one pass
 * over the bindings. */
static uint32_t *sg_unbound__aliased_imports(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  uint32_t names = t->names.text.len;
  uint32_t *out = sg_malloc((names ? names : 1) * sizeof *out);
  for (uint32_t i = 0; i < names; i++) out[i] = SG_NONE;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if ((bd->kind != BINDING_KIND_IMPORT && bd->kind != BINDING_KIND_IMPORT_FROM) || !bd->qualified ||
        bd->qualified[0] == '.')
      continue;
    uint32_t first = sg_names_find(&t->names, bd->qualified, (uint32_t)strcspn(bd->qualified, "."));
    if (first == SG_NONE || first == t->name_id[bd->node] || out[first] != SG_NONE) continue;
    out[first] = b;
  }
  return out;
}

/* Reads of a name bound nowhere they can see — NameError when they run —
 * in two shapes that say what was meant: a class-level name read from a
 * comprehension, lambda or method of the class body, and a module read by
 * the name it was not imported as. Other unknown names are left alone
 * (builtins of other versions and platforms, names made at run time). */
static void sg_unbound__undefined(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (sg_unbound__dynamic_module(m)) return;
  uint32_t *above = sg_unbound__class_above(m);
  uint32_t *aliased = sg_unbound__aliased_imports(m);
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    if (ref->kind != REFERENCE_UNRESOLVED) continue;
    uint32_t name_id = t->name_id[ref->node];
    /* declared there (`nonlocal x` with nothing to bind to is SNG104's) */
    if (name_id == SG_NONE || sg_model_symbol(m, ref->scope, name_id) != SG_NONE) continue;
    uint32_t cls = sg_unbound__skipped_class(m, above, ref->scope, name_id);
    uint32_t imp = cls == SG_NONE && name_id < t->names.text.len ? aliased[name_id] : SG_NONE;
    /* the ancestor walk last: only for the few reads that would be reported */
    if ((cls == SG_NONE && imp == SG_NONE) || sg_unbound__guarded(t, ref->node)) continue;
    const char *name = sg_flat_name(t, ref->node);
    if (cls != SG_NONE) {
      uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
      ScopeKind k = m->scopes.items[ref->scope].kind;
      const char *where = k == SCOPE_COMPREHENSION                   ? "a comprehension"
                          : k == SCOPE_LAMBDA                        ? "a lambda"
                          : m->scopes.items[ref->scope].parent == cls ? "a method"
                                                                     : "a function";
      const char *when = k == SCOPE_COMPREHENSION ? "when the class body runs" : "when it is called";
      sg_rule_report(ctx, RULE_unbound_local, ref->node,
                     "`%s` is a name of class `%s`, which %s in the class body does not see (class scopes are "
                     "skipped), and nothing else binds it: NameError %s; read it as `%s.%s` (or through "
                     "`self`), or pass it in",
                     name, cname == SG_NONE ? "?" : sg_flat_name(t, cname), where, when,
                     cname == SG_NONE ? "Class" : sg_flat_name(t, cname), name);
      continue;
    }
    const Binding *bd = &m->bindings.items[imp];
    uint32_t line = sg_source_line_of(ctx->source, t->start_byte[bd->node]) + 1;
    Diagnostic *d = sg_rule_report(ctx, RULE_unbound_local, ref->node,
                                   "`%s` is not defined: line %u imports it as `%s`, and nothing binds `%s` "
                                   "itself: NameError when this runs",
                                   name, line, sg_flat_name(t, bd->node), name);
    sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "imported under this name");
  }
  sg_free(above);
  sg_free(aliased);
}

/* The `if TYPE_CHECKING:` whose true branch holds node, or SG_NONE. */
static uint32_t sg_unbound__type_checking_branch(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p])
    if (t->kind[p] == KIND_IF_STATEMENT && t->field[c] == FIELD_CONSEQUENCE &&
        sg_flow_never_true(t, sg_flat_field(t, p, FIELD_CONDITION)))
      return p;
  return SG_NONE;
}

/* Is node inside an annotation that is not evaluated (sg_flow_unevaluated_annotation)? */
static bool sg_unbound__in_unevaluated_annotation(const SemanticModel *m, uint32_t node, bool deferred) {
  const FlatTree *t = m->tree;
  for (uint32_t c = node; c != SG_NONE && t->kind[c] != KIND_BLOCK && t->kind[c] != KIND_MODULE; c = t->parent[c])
    if (sg_flow_unevaluated_annotation(m, c, deferred)) return true;
  return false;
}

/* Reads, in functions and class bodies, of a module name that only `if
 * TYPE_CHECKING:` binds (the module's top level is the flow's): that
 * branch never runs, so each such read raises NameError when it runs.
 * Not a read in an annotation that is not evaluated, nor inside such a
 * branch, nor under a handler of NameError. */
static void sg_unbound__type_checking_only(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (ctx->is_stub || sg_names_find(&t->names, "TYPE_CHECKING", 13) == SG_NONE) return;
  bool deferred = ctx->flows ? ctx->flows->deferred_annotations
                             : ctx->settings->target_minor >= 14 || sg_flow_future_annotations(m);
  int known = -1;
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    if (sym->scope != 0 || !(sym->flags & SYMBOL_BOUND) || (sym->flags & SYMBOL_BOUND_IN_FUNCTION) ||
        sym->first_reference == SG_NONE)
      continue;
    uint32_t branch = SG_NONE, first = SG_NONE;
    bool only = true;
    for (uint32_t b = sym->first_binding; b != SG_NONE && only; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_DECLARATION) continue;
      uint32_t br = sg_unbound__type_checking_branch(t, bd->node);
      only = br != SG_NONE;
      if (branch == SG_NONE) branch = br, first = bd->node;
    }
    if (!only || branch == SG_NONE) continue;
    for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
      const Reference *ref = &m->references.items[r];
      uint32_t s = ref->scope;
      while (s != SG_NONE && m->scopes.items[s].kind == SCOPE_COMPREHENSION) s = m->scopes.items[s].parent;
      if (s == 0 || s == SG_NONE) continue;  /* the module's own code: the flow's */
      if (sg_unbound__type_checking_branch(t, ref->node) != SG_NONE ||
          sg_unbound__in_unevaluated_annotation(m, ref->node, deferred) || sg_unbound__guarded(t, ref->node))
        continue;
      if (known < 0) known = sg_unbound__module_names_known(m);
      if (!known) return;
      const char *name = sg_flat_name(t, ref->node);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_unbound_local, ref->node,
          "`%s` is bound only under `if TYPE_CHECKING:` (line %u), which is false when the program runs: "
          "NameError when this %s; bind it at run time too, or quote it in an annotation",
          name, sg_unbound__line(ctx, branch),
          m->scopes.items[s].kind == SCOPE_CLASS ? "class body runs" : "runs");
      sg_diag_related(d, t->start_byte[first], t->end_byte[first], "bound here, for type checkers only");
    }
  }
}

void sg_rule_unbound_local(RuleContext *ctx) {
  sg_unbound_reads(ctx, sg_unbound_local__one);
  sg_unbound__undefined(ctx);
  sg_unbound__type_checking_only(ctx);
}
