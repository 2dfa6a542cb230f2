/* SNG109 unbound-when-no-branch-matches: an if/elif chain without `else`
 * that sorts a value the function was given into cases, binding a local in
 * every case, and a read of that local after the chain: a value no branch
 * matches leaves it unbound. SNG102 (opt-in) covers every other possibly
 * unbound read; this shape is the one a reviewer fixes on sight. */
#include <stdio.h>
#include <string.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_unbound_when_no_branch_matches = {
  .summary = "A local bound in every branch of an `if`/`elif` chain without `else` is read after it",
  .what =
    "Reports the first read after an `if`/`elif` chain (at least two branches, no `else`) of a "
    "local variable that only the chain binds, in every branch that does not leave (`return`, "
    "`raise`, `break`, `continue`), when every test of the chain examines one value that "
    "comes from the function's arguments: a parameter, or a local computed from parameters "
    "with builtins and imported modules only (`ext = os.path.splitext(path)[1]`, `unit = "
    "spec[-1]`, `for line in lines`). A value that no test matches falls through the chain "
    "and the read raises `UnboundLocalError`. The same for a `match` without `case _:`, and "
    "for a search loop without `else` (`for route in self.routes: if route.matches(path): "
    "endpoint = route.endpoint; break`, then `endpoint` read after the loop) over a collection "
    "held by a name or attribute, whose test looks at the item and at an argument: when no "
    "item passes, the read fails.",
  .why =
    "The branches list the cases the author thought of; the caller decides which value "
    "arrives. An unexpected one does not get a clear error saying so but an "
    "`UnboundLocalError` about a variable, far from the cause:\n\n"
    "```python\ndef to_seconds(spec):\n    amount, unit = int(spec[:-1]), spec[-1]\n"
    "    if unit == 's':\n        seconds = amount\n    elif unit == 'm':\n"
    "        seconds = amount * 60\n    return seconds   # to_seconds('1d'): UnboundLocalError\n```",
  .example =
    "def to_seconds(spec):\n    amount, unit = int(spec[:-1]), spec[-1]\n    if unit == 's':\n"
    "        seconds = amount\n    elif unit == 'm':\n        seconds = amount * 60\n    return seconds\n",
  .instead =
    "def to_seconds(spec):\n    amount, unit = int(spec[:-1]), spec[-1]\n    if unit == 's':\n"
    "        seconds = amount\n    elif unit == 'm':\n        seconds = amount * 60\n    else:\n"
    "        raise ValueError(f'unknown unit {unit!r} in {spec!r}')\n    return seconds\n",
  .limits =
    "Whether a value outside the cases can arrive is not known: the rule is a warning. It "
    "stays silent when the value comes from `**kwargs` (an option of a protocol between the "
    "function and its callers), when the function tests the value before the chain (`if unit not in UNITS: "
    "raise ...`), when the value comes from `self`, a global or a call of the file's own "
    "functions (which may have validated it; a value computed again from a helper method's answer, "
    "`ext = splitext(self._locate(name))[1]`, is the caller's again), when the read sits under a test of the same "
    "value or of the variable, inside a `try` whose handler catches `NameError`, "
    "`UnboundLocalError` or every exception, and when the branches' tests cover every case "
    "(`if x > 0` / `elif not x > 0`). A chain that assigns the variable under a further "
    "condition in some branch is SNG102's (opt-in), as is every other possibly unbound read.",
};

enum { SG_NBM_DEPTH = 3, SG_NBM_TEST_DEPTH = 8, SG_NBM_BRANCHES = 32 };

static bool sg_nbm__is_chain(const FlatTree *t, uint32_t node) {
  if (t->kind[node] != KIND_IF_STATEMENT) return false;
  bool elif = false;
  for (uint32_t c = t->first_child[node]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_ELSE_CLAUSE) return false;
    elif |= t->kind[c] == KIND_ELIF_CLAUSE;
  }
  return elif;
}

/* The chain's branches: the if's and each elif's (condition, block). */
typedef struct NbmBranch { uint32_t cond, body; } NbmBranch;

static uint32_t sg_nbm__branches(const FlatTree *t, uint32_t chain, NbmBranch *out, uint32_t cap) {
  uint32_t n = 0;
  if (t->kind[chain] == KIND_MATCH_STATEMENT) {
    /* the case clauses: (pattern, block); none when one of them matches
     * anything (`case ["stop"] | _:`, `case ("POST" as x) | x:`, no guard) */
    uint32_t body = sg_flat_field(t, chain, FIELD_BODY);
    for (uint32_t c = body == SG_NONE ? SG_NONE : t->first_child[body]; c != SG_NONE && n < cap; c = t->next_sibling[c]) {
      if (t->kind[c] != KIND_CASE_CLAUSE) continue;
      uint32_t pat = SG_NONE, block = SG_NONE;
      bool guard = false;
      for (uint32_t d = t->first_child[c]; d != SG_NONE; d = t->next_sibling[d]) {
        if (t->kind[d] == KIND_CASE_PATTERN && pat == SG_NONE) pat = d;
        if (t->kind[d] == KIND_BLOCK) block = d;
        guard |= t->kind[d] == KIND_IF_CLAUSE;
      }
      uint32_t u = pat == SG_NONE ? SG_NONE : sg_flat_named_child(t, pat);
      if (!guard && u != SG_NONE && t->kind[u] == KIND_UNION_PATTERN)
        for (uint32_t a = t->first_child[u]; a != SG_NONE; a = t->next_sibling[a])
          if (sg_flat_text_is(t, a, "_") ||
              (t->kind[a] == KIND_DOTTED_NAME && sg_flat_named_child_count(t, a) == 1))
            return 0;
      out[n++] = (NbmBranch){pat, block};
    }
    return n;
  }
  out[n++] = (NbmBranch){sg_flat_field(t, chain, FIELD_CONDITION), sg_flat_field(t, chain, FIELD_CONSEQUENCE)};
  for (uint32_t c = t->first_child[chain]; c != SG_NONE && n < cap; c = t->next_sibling[c])
    if (t->kind[c] == KIND_ELIF_CLAUSE)
      out[n++] = (NbmBranch){sg_flat_field(t, c, FIELD_CONDITION), sg_flat_field(t, c, FIELD_CONSEQUENCE)};
  return n;
}


/* Does every path through `block` bind `symbol` (or leave)? Statements at
 * its top level only: a plain binding, or an if/elif/else whose every
 * branch does. Nesting follows the tree, bounded by the caller's depth. */
static bool sg_nbm__binds(const SemanticModel *m, uint32_t block, uint32_t symbol, int depth) {
  const FlatTree *t = m->tree;
  if (block == SG_NONE || depth <= 0) return false;
  if (sg_flat_block_leaves(t, block)) return true;
  for (uint32_t s = t->first_child[block]; s != SG_NONE; s = t->next_sibling[s]) {
    uint16_t k = t->kind[s];
    if (k == KIND_EXPRESSION_STATEMENT) {
      uint32_t e = t->first_child[s];
      if (e == SG_NONE || (t->kind[e] != KIND_ASSIGNMENT && t->kind[e] != KIND_AUGMENTED_ASSIGNMENT)) continue;
      uint32_t left = sg_flat_field(t, e, FIELD_LEFT);
      for (uint32_t i = left; left != SG_NONE && i <= t->subtree_end[left]; i++)
        if (t->kind[i] == KIND_IDENTIFIER && sg_model_node_symbol(m, i) == symbol &&
            m->node_reference[i] == SG_NONE)
          return true;
    } else if (k == KIND_IF_STATEMENT) {
      bool has_else = false, all = sg_nbm__binds(m, sg_flat_field(t, s, FIELD_CONSEQUENCE), symbol, depth - 1);
      for (uint32_t c = t->first_child[s]; c != SG_NONE && all; c = t->next_sibling[c]) {
        if (t->kind[c] != KIND_ELIF_CLAUSE && t->kind[c] != KIND_ELSE_CLAUSE) continue;
        has_else |= t->kind[c] == KIND_ELSE_CLAUSE;
        uint32_t body = sg_flat_field(t, c, FIELD_CONSEQUENCE);
        if (body == SG_NONE) body = sg_flat_field(t, c, FIELD_BODY);
        all = sg_nbm__binds(m, body, symbol, depth - 1);
      }
      if (all && has_else) return true;
    }
  }
  return false;
}

static bool sg_nbm__self_name(const FlatTree *t, uint32_t name) {
  const char *s = sg_names_text(&t->names, name);
  return !strcmp(s, "self") || !strcmp(s, "cls");
}

static uint32_t sg_nbm__rhs(const FlatTree *t, const Binding *bd) {
  if (bd->context == SG_NONE) return SG_NONE;
  uint16_t k = t->kind[bd->context];
  if (k == KIND_ASSIGNMENT || k == KIND_AUGMENTED_ASSIGNMENT || k == KIND_FOR_STATEMENT)
    return sg_flat_field(t, bd->context, FIELD_RIGHT);
  return SG_NONE;
}

static bool sg_nbm__derived(const SemanticModel *m, uint32_t scope, uint32_t symbol, uint32_t before, int depth);

/* Is identifier `self` at node the object of a method call (`self.m(...)`)? */
static bool sg_nbm__method_call_on(const FlatTree *t, uint32_t node) {
  uint32_t attr = t->parent[node];
  if (attr == SG_NONE || t->kind[attr] != KIND_ATTRIBUTE || t->field[node] != FIELD_OBJECT) return false;
  uint32_t call = t->parent[attr];
  return call != SG_NONE && t->kind[call] == KIND_CALL && t->field[attr] == FIELD_FUNCTION;
}

/* Is every name `expr` reads a builtin, an imported module or a value
 * derived from the parameters, and at least one of them the last? */
static bool sg_nbm__derived_expr(const SemanticModel *m, uint32_t scope, uint32_t expr, int depth) {
  const FlatTree *t = m->tree;
  bool param = false;
  for (uint32_t i = expr; i <= t->subtree_end[expr]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE) {
      if (t->kind[i] == KIND_LAMBDA) return false;
      continue;
    }
    const Reference *ref = &m->references.items[r];
    if (ref->kind == REFERENCE_BUILTIN || ref->kind == REFERENCE_UNRESOLVED) continue;
    if (ref->symbol == SG_NONE) return false;
    const Symbol *sym = &m->symbols.items[ref->symbol];
    if (ref->kind == REFERENCE_GLOBAL && sym->import) continue;
    /* `path = self._locate(name)` then `ext = splitext(path)[1]`: a helper
     * method's answer about the arguments, transformed again (the helper's
     * own answer may be one of a fixed set: not the subject itself) */
    if (ref->kind == REFERENCE_LOCAL && depth < SG_NBM_DEPTH && sg_nbm__self_name(t, sym->name) &&
        sg_nbm__method_call_on(t, i))
      continue;
    if (ref->kind != REFERENCE_LOCAL || sym->scope != scope) return false;
    if (!sg_nbm__derived(m, scope, ref->symbol, t->start_byte[expr], depth - 1)) return false;
    param = true;
  }
  return param;
}

/* A parameter (not self/cls), or a local bound before `before` only from
 * such values: what the caller handed in, not yet checked by the file's
 * own code. */
static bool sg_nbm__derived(const SemanticModel *m, uint32_t scope, uint32_t symbol, uint32_t before, int depth) {
  const FlatTree *t = m->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  if (depth <= 0 || sym->scope != scope || (sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL))) return false;
  if (sg_nbm__self_name(t, sym->name)) return false;
  bool any = false;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    if (t->start_byte[bd->node] >= before) continue;
    any = true;
    /* `**options`: keys of a protocol between the function and its callers */
    if (bd->kind == BINDING_KIND_PARAMETER && bd->context != SG_NONE &&
        t->kind[bd->context] == KIND_DICTIONARY_SPLAT_PATTERN)
      return false;
    if (bd->kind == BINDING_KIND_PARAMETER) continue;
    if (bd->kind != BINDING_KIND_ASSIGNMENT && bd->kind != BINDING_KIND_FOR_TARGET) return false;
    uint32_t rhs = sg_nbm__rhs(t, bd);
    if (rhs == SG_NONE || !sg_nbm__derived_expr(m, scope, rhs, depth)) return false;
  }
  return any;
}

/* The symbols a test reads (its names, and the bases of attribute and
 * subscript chains), into out; returns how many. */
static uint32_t sg_nbm__test_symbols(const SemanticModel *m, uint32_t cond, uint32_t *out, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t n = 0;
  for (uint32_t i = cond; cond != SG_NONE && i <= t->subtree_end[cond]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) continue;
    uint32_t s = m->references.items[r].symbol;
    bool seen = false;
    for (uint32_t k = 0; k < n && !seen; k++) seen = out[k] == s;
    if (!seen && n < cap) out[n++] = s;
  }
  return n;
}

static bool sg_nbm__reads(const SemanticModel *m, uint32_t node, uint32_t symbol) {
  const FlatTree *t = m->tree;
  for (uint32_t i = node; node != SG_NONE && i <= t->subtree_end[node]; i++) {
    uint32_t r = m->node_reference[i];
    if (r != SG_NONE && m->references.items[r].symbol == symbol) return true;
  }
  return false;
}

/* Is `symbol` tested in the function before byte `until` (an if, elif,
 * while, assert, conditional expression or match): the function checked
 * the value before sorting it. */
static bool sg_nbm__tested_before(const SemanticModel *m, uint32_t fn, uint32_t symbol, uint32_t until) {
  const FlatTree *t = m->tree;
  for (uint32_t i = fn; i <= t->subtree_end[fn] && t->start_byte[i] < until; i++) {
    uint16_t k = t->kind[i];
    uint32_t test = SG_NONE;
    if (k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT)
      test = sg_flat_field(t, i, FIELD_CONDITION);
    else if (k == KIND_ASSERT_STATEMENT || k == KIND_MATCH_STATEMENT || k == KIND_CONDITIONAL_EXPRESSION)
      test = i;
    if (test != SG_NONE && sg_nbm__reads(m, test, symbol)) return true;
  }
  return false;
}

/* Does a test examine the subject as data (`unit == 's'` with unit computed
 * from an argument, `address.country == 'US'`, `line.startswith('H')`,
 * `len(args) == 2`), not a parameter as it was passed (`mode == 'r'`,
 * `isinstance(x, T)`, `hasattr(x, 'n')`, `x.is_Mul`)? Orderings (`x > 0`)
 * examine any value. A parameter compared
 * whole is usually an enumerated argument whose values the API fixes; a
 * truth test of an attribute, a category the objects come in. */
static bool sg_nbm__examines(const SemanticModel *m, uint32_t cond, uint32_t subject, bool param, int depth) {
  const FlatTree *t = m->tree;
  cond = sg_flat_unparen(t, cond);
  /* a test nested deeper than a few `not`/`and`/`or` levels is not read
   * (the recursion stays bounded whatever the input) */
  if (cond == SG_NONE || depth > SG_NBM_TEST_DEPTH) return false;
  uint16_t k = t->kind[cond];
  if (k == KIND_NOT_OPERATOR)
    return sg_nbm__examines(m, sg_flat_field(t, cond, FIELD_ARGUMENT), subject, param, depth + 1);
  if (k == KIND_BOOLEAN_OPERATOR) {
    uint32_t l = sg_flat_field(t, cond, FIELD_LEFT), r = sg_flat_field(t, cond, FIELD_RIGHT);
    bool lr = sg_nbm__reads(m, l, subject), rr = sg_nbm__reads(m, r, subject);
    return (lr || rr) && (!lr || sg_nbm__examines(m, l, subject, param, depth + 1)) &&
           (!rr || sg_nbm__examines(m, r, subject, param, depth + 1));
  }
  if (k == KIND_CALL) {
    uint32_t fn = sg_flat_field(t, cond, FIELD_FUNCTION);
    return fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE &&
           sg_nbm__reads(m, sg_flat_field(t, fn, FIELD_OBJECT), subject);
  }
  if (k != KIND_COMPARISON_OPERATOR) return false;
  /* an ordering splits a range, whoever passed the value: `x > 0` / `x < 0` misses 0 */
  for (uint32_t c = t->first_child[cond]; c != SG_NONE; c = t->next_sibling[c])
    if (!(t->flags[c] & FLAT_NAMED) && (sg_flat_text_is(t, c, "<") || sg_flat_text_is(t, c, ">") ||
                                        sg_flat_text_is(t, c, "<=") || sg_flat_text_is(t, c, ">=")))
      return true;
  for (uint32_t c = t->first_child[cond]; c != SG_NONE; c = t->next_sibling[c]) {
    if (!(t->flags[c] & FLAT_NAMED) || !sg_nbm__reads(m, c, subject)) continue;
    uint32_t op = sg_flat_unparen(t, c);
    if (!param || t->kind[op] != KIND_IDENTIFIER) return true;
  }
  return false;
}

/* The subject: a name every test of the chain examines that the caller
 * handed in. */
static uint32_t sg_nbm__subject(const SemanticModel *m, uint32_t scope, const NbmBranch *br, uint32_t n,
                                uint32_t chain) {
  uint32_t first[16];
  uint32_t nf = sg_nbm__test_symbols(m, br[0].cond, first, 16);
  for (uint32_t k = 0; k < nf; k++) {
    if (!sg_nbm__derived(m, scope, first[k], m->tree->start_byte[chain], SG_NBM_DEPTH)) continue;
    const Symbol *sym = &m->symbols.items[first[k]];
    bool param = (sym->flags & SYMBOL_PARAMETER) && sym->binding_count == 1;
    /* a parameter one branch examines as data (`name.startswith('default:')`)
     * is data in the others too, not an enumerated argument */
    for (uint32_t j = 0; j < n && param; j++) {
      uint32_t c = sg_flat_unparen(m->tree, br[j].cond);
      if (c != SG_NONE && m->tree->kind[c] == KIND_CALL && sg_nbm__examines(m, c, first[k], false, 0)) param = false;
    }
    bool everywhere = true;
    for (uint32_t j = 0; j < n && everywhere; j++) everywhere = sg_nbm__examines(m, br[j].cond, first[k], param, 0);
    if (everywhere) return first[k];
  }
  return SG_NONE;
}

/* Is a name read in `expr` guarded before byte `until` by a check that
 * rejects (an `if` that raises or returns, an `assert`):
 * `if spec[-1] not in UNITS: raise` before `unit = spec[-1]`? */
static bool sg_nbm__guarded_before(const SemanticModel *m, uint32_t fn, uint32_t expr, uint32_t skip, uint32_t until) {
  const FlatTree *t = m->tree;
  for (uint32_t i = fn; i <= t->subtree_end[fn] && t->start_byte[i] < until; i++) {
    uint16_t k = t->kind[i];
    uint32_t test = SG_NONE;
    if (k == KIND_ASSERT_STATEMENT) test = i;
    else if (k == KIND_IF_STATEMENT && sg_flat_block_leaves(t, sg_flat_field(t, i, FIELD_CONSEQUENCE)))
      test = sg_flat_field(t, i, FIELD_CONDITION);
    if (test == SG_NONE) continue;
    for (uint32_t q = test; q <= t->subtree_end[test]; q++) {
      uint32_t r = m->node_reference[q];
      uint32_t s = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (s == SG_NONE || s == skip) continue;
      for (uint32_t e = expr; expr != SG_NONE && e <= t->subtree_end[expr]; e++) {
        uint32_t r2 = m->node_reference[e];
        if (r2 != SG_NONE && m->references.items[r2].symbol == s) return true;
      }
    }
  }
  return false;
}

/* Is a name the subject is computed from checked, rejecting, before the chain? */
static bool sg_nbm__sources_tested(const SemanticModel *m, uint32_t fn, uint32_t subject, uint32_t until) {
  const Symbol *sym = &m->symbols.items[subject];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    uint32_t rhs = sg_nbm__rhs(m->tree, &m->bindings.items[b]);
    if (rhs != SG_NONE && sg_nbm__guarded_before(m, fn, rhs, subject, until)) return true;
  }
  return false;
}

/* A match's subject: a value computed from the arguments (`match
 * request.method:`), not a parameter matched whole (an enumerated
 * argument). Its first such name, or SG_NONE. */
static uint32_t sg_nbm__match_subject(const SemanticModel *m, uint32_t scope, uint32_t match) {
  const FlatTree *t = m->tree;
  uint32_t subject = sg_flat_unparen(t, sg_flat_field(t, match, FIELD_SUBJECT));
  if (subject == SG_NONE) return SG_NONE;
  uint32_t syms[16];
  uint32_t n = sg_nbm__test_symbols(m, subject, syms, 16);
  for (uint32_t k = 0; k < n; k++) {
    if (!sg_nbm__derived(m, scope, syms[k], t->start_byte[match], SG_NBM_DEPTH)) continue;
    const Symbol *sym = &m->symbols.items[syms[k]];
    bool param = (sym->flags & SYMBOL_PARAMETER) && sym->binding_count == 1;
    if (param && t->kind[subject] == KIND_IDENTIFIER) continue;
    return syms[k];
  }
  return SG_NONE;
}

/* Is the read under a test (if/elif/while, a conditional expression, a
 * boolean operand) below `top` that reads one of the symbols? */
static bool sg_nbm__guarded(const SemanticModel *m, uint32_t read, uint32_t top, uint32_t a, uint32_t b) {
  const FlatTree *t = m->tree;
  uint32_t c = read;
  for (uint32_t p = t->parent[read]; p != SG_NONE && p != top; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    uint32_t test = SG_NONE;
    if ((k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT) && t->field[c] != FIELD_CONDITION)
      test = sg_flat_field(t, p, FIELD_CONDITION);
    else if (k == KIND_ELSE_CLAUSE && t->parent[p] != SG_NONE && t->kind[t->parent[p]] == KIND_IF_STATEMENT)
      test = sg_flat_field(t, t->parent[p], FIELD_CONDITION);
    else if (k == KIND_CONDITIONAL_EXPRESSION || k == KIND_BOOLEAN_OPERATOR)
      test = p;
    if (test != SG_NONE && (sg_nbm__reads(m, test, a) || sg_nbm__reads(m, test, b))) return true;
  }
  return false;
}

/* Did the flow take the chain as covering every case for the local (its
 * tests all compare one subject with ==/in/is)? Then it counts the local
 * bound after the chain; otherwise a read the flow finds bound on every
 * path is (`for`/`else`, a `break` after each binding). */
static bool sg_nbm__assumed(const Flow *fl, uint32_t chain, uint32_t local) {
  for (uint32_t e = 0; e < fl->events.len; e++)
    if (fl->events.items[e].kind == FLOW_EVENT_BIND && fl->events.items[e].node == chain &&
        fl->events.items[e].local == local)
      return true;
  return false;
}

/* The first read of the local after `region` (a chain, a match, a loop)
 * in the function, not bound again before it, not under a test of
 * `subject` or of the local, not where NameError is caught, and reached
 * with the local unbound on some path the flow cannot rule out. */
static bool sg_nbm__read_after(RuleContext *ctx, uint32_t scope, uint32_t symbol, uint32_t chain, uint32_t subject,
                               NoBranchMatch *out) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  /* the first read after the chain, in the function itself */
  uint32_t read = SG_NONE;
  for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
    const Reference *ref = &m->references.items[r];
    if (ref->scope != scope || t->start_byte[ref->node] <= t->end_byte[chain]) continue;
    if (read == SG_NONE || t->start_byte[ref->node] < t->start_byte[read]) read = ref->node;
  }
  if (read == SG_NONE) return false;
  /* bound again between the chain and the read */
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (t->start_byte[m->bindings.items[b].node] > t->end_byte[chain] &&
        t->start_byte[m->bindings.items[b].node] < t->start_byte[read])
      return false;
  /* a test between the chain and the read of the value, or of a flag the
   * branches set (`if unit not in UNITS: raise`, `if not ok: raise`) */
  for (uint32_t i = t->subtree_end[chain] + 1; i < read && i < t->count; i++) {
    uint16_t k = t->kind[i];
    uint32_t test = (k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT)
                        ? sg_flat_field(t, i, FIELD_CONDITION)
                        : (k == KIND_ASSERT_STATEMENT || k == KIND_CONDITIONAL_EXPRESSION) ? i : SG_NONE;
    if (test == SG_NONE) continue;
    if (sg_nbm__reads(m, test, subject)) return false;
    for (uint32_t q = test; q <= t->subtree_end[test]; q++) {
      uint32_t r = m->node_reference[q];
      uint32_t qs = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (qs == SG_NONE || qs == symbol) continue;
      for (uint32_t b = m->symbols.items[qs].first_binding; b != SG_NONE; b = m->bindings.items[b].next)
        if (sg_flat_is_ancestor(t, chain, m->bindings.items[b].node)) return false;
    }
  }
  uint32_t top = t->parent[chain];
  while (top != SG_NONE && !sg_flat_is_ancestor(t, top, read)) top = t->parent[top];
  if (sg_nbm__guarded(m, read, top, subject, symbol) || sg_unbound_caught(t, read, true)) return false;
  /* the flow: reached with the local bound on some path, and not only by
   * paths a test contradicts (`if x > 0` / `elif not x > 0`) */
  const Flow *fl = ctx->flows ? sg_flows_of(ctx->flows, scope) : NULL;
  uint32_t local = fl ? sg_flow_local_of(fl, symbol) : SG_NONE;
  bool may = false, must = false;
  if (local == SG_NONE || !sg_flow_state_before(fl, read, local, &may, &must) || !may) return false;
  if (must && !sg_nbm__assumed(fl, chain, local)) return false;
  if (!must && sg_flow_correlated(fl, local, read, SG_NONE)) return false;
  out->chain = chain;
  out->read = read;
  return true;
}

/* Does expression e read the loop's item (a name the for binds), or a
 * local the loop body computes from it; and (separately) a parameter of
 * the function, directly or through such a local? */
static void sg_nbm__item_and_arg(const SemanticModel *m, uint32_t scope, uint32_t loop, uint32_t e, bool *item,
                                 bool *arg, int depth) {
  const FlatTree *t = m->tree;
  uint32_t target = sg_flat_field(t, loop, FIELD_LEFT), body = sg_flat_field(t, loop, FIELD_BODY);
  for (uint32_t i = e; e != SG_NONE && i <= t->subtree_end[e]; i++) {
    uint32_t r = m->node_reference[i];
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].scope != scope) continue;
    const Symbol *sy = &m->symbols.items[sym];
    if ((sy->flags & SYMBOL_PARAMETER) && !sg_nbm__self_name(t, sy->name)) *arg = true;
    for (uint32_t b = sy->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (target != SG_NONE && (target == bd->node || sg_flat_is_ancestor(t, target, bd->node))) *item = true;
      else if (depth > 0 && bd->kind == BINDING_KIND_ASSIGNMENT && body != SG_NONE &&
               sg_flat_is_ancestor(t, body, bd->node)) {
        uint32_t rhs = sg_nbm__rhs(t, bd);
        if (rhs != SG_NONE) sg_nbm__item_and_arg(m, scope, loop, rhs, item, arg, depth - 1);
      }
    }
  }
}

/* `for route in self.routes: if route.match(path): endpoint = ...; break`
 * then `endpoint` read after the loop, which has no `else`: when no item
 * passes the test the read raises UnboundLocalError. The test must look
 * at the item and at what the caller passed (a lookup of an argument). */
static bool sg_nbm__search_loop(RuleContext *ctx, uint32_t scope, uint32_t symbol, uint32_t first, NoBranchMatch *out) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  uint32_t fn = m->scopes.items[scope].node, test_if = SG_NONE, loop = SG_NONE;
  for (uint32_t p = t->parent[first]; p != SG_NONE && p != fn && loop == SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION || k == KIND_WHILE_STATEMENT ||
        k == KIND_TRY_STATEMENT || k == KIND_WITH_STATEMENT)
      return false;
    if (k == KIND_IF_STATEMENT && test_if == SG_NONE) test_if = p;
    if (k == KIND_FOR_STATEMENT) loop = p;
  }
  if (test_if == SG_NONE || loop == SG_NONE || sg_flat_field(t, loop, FIELD_ALTERNATIVE) != SG_NONE) return false;
  /* a lookup in a collection held by a name or an attribute (`self.routes`,
   * `handlers`), not over a computed sequence (`range(n)`, `cursor.fetchall()`,
   * `product(...)`), which code usually searches knowing the answer is there */
  uint32_t seq = sg_flat_unparen(t, sg_flat_field(t, loop, FIELD_RIGHT));
  if (seq == SG_NONE || (t->kind[seq] != KIND_IDENTIFIER && t->kind[seq] != KIND_ATTRIBUTE)) return false;
  for (uint32_t c = t->first_child[test_if]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_ELIF_CLAUSE || t->kind[c] == KIND_ELSE_CLAUSE) return false;
  for (uint32_t c = t->first_child[loop]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_ELSE_CLAUSE) return false;
  uint32_t body = sg_flat_field(t, test_if, FIELD_CONSEQUENCE);
  uint32_t last = sg_flat_last_statement(t, body);
  if (last == SG_NONE || t->kind[last] != KIND_BREAK_STATEMENT) return false;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind != BINDING_KIND_DECLARATION && !sg_flat_is_ancestor(t, body, m->bindings.items[b].node))
      return false;
  uint32_t cond = sg_flat_field(t, test_if, FIELD_CONDITION);
  if (cond == SG_NONE || sg_nbm__reads(m, cond, symbol)) return false;
  bool item = false, arg = false;
  sg_nbm__item_and_arg(m, scope, loop, cond, &item, &arg, 2);
  if (!item || !arg) return false;
  /* the argument checked before the search (`if not any(r.match(path) for r
   * in self.routes): raise`) */
  if (sg_nbm__guarded_before(m, fn, cond, symbol, t->start_byte[loop])) return false;
  out->subject = symbol;
  out->branches = 0;
  out->test = test_if;
  return sg_nbm__read_after(ctx, scope, symbol, loop, symbol, out);
}

bool sg_unbound_no_branch_matches(RuleContext *ctx, uint32_t scope, uint32_t symbol, NoBranchMatch *out) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  if (sym->scope != scope || !(sym->flags & SYMBOL_LOCAL) ||
      (sym->flags & (SYMBOL_PARAMETER | SYMBOL_GLOBAL | SYMBOL_NONLOCAL)))
    return false;
  uint32_t fn = m->scopes.items[scope].node;
  /* every binding of it inside one chain, outside the chain's tests */
  uint32_t first = SG_NONE;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    if (bd->kind != BINDING_KIND_ASSIGNMENT && bd->kind != BINDING_KIND_ANNOTATED) return false;
    if (first == SG_NONE) first = bd->node;
  }
  if (first == SG_NONE) return false;
  uint32_t chain = SG_NONE;
  for (uint32_t p = t->parent[first]; p != SG_NONE && p != fn && chain == SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return false;
    if (!sg_nbm__is_chain(t, p) && k != KIND_MATCH_STATEMENT) continue;
    bool all = true;
    for (uint32_t b = sym->first_binding; b != SG_NONE && all; b = m->bindings.items[b].next)
      if (m->bindings.items[b].kind != BINDING_KIND_DECLARATION)
        all = sg_flat_is_ancestor(t, p, m->bindings.items[b].node);
    if (all) chain = p;
  }
  if (chain == SG_NONE) return sg_nbm__search_loop(ctx, scope, symbol, first, out);
  NbmBranch br[SG_NBM_BRANCHES + 1];
  uint32_t n = sg_nbm__branches(t, chain, br, SG_NBM_BRANCHES + 1);
  if (n > SG_NBM_BRANCHES) return false;  /* a chain this long is not read */
  /* every branch that falls through binds it; one that binds it only
   * under a further test (`elif name.startswith('default:'): if not
   * value: result = ...`) is allowed beside two that always do: the
   * value no branch matches is unbound either way */
  uint32_t binding_branches = 0, partial = 0;
  for (uint32_t k = 0; k < n; k++) {
    if (br[k].cond == SG_NONE || br[k].body == SG_NONE) return false;
    if (sg_nbm__reads(m, br[k].cond, symbol)) return false;
    if (sg_flat_block_leaves(t, br[k].body)) continue;
    if (sg_nbm__binds(m, br[k].body, symbol, 4)) {
      binding_branches++;
      continue;
    }
    bool inside = false;
    for (uint32_t b = sym->first_binding; b != SG_NONE && !inside; b = m->bindings.items[b].next)
      inside = sg_flat_is_ancestor(t, br[k].body, m->bindings.items[b].node);
    if (!inside) return false;
    partial++;
  }
  if (!binding_branches || (partial && binding_branches < 2)) return false;
  uint32_t subject = t->kind[chain] == KIND_MATCH_STATEMENT ? sg_nbm__match_subject(m, scope, chain)
                                                            : sg_nbm__subject(m, scope, br, n, chain);
  if (subject == SG_NONE) return false;
  if (sg_nbm__tested_before(m, fn, subject, t->start_byte[chain]) ||
      sg_nbm__sources_tested(m, fn, subject, t->start_byte[chain]))
    return false;
  out->subject = subject;
  out->branches = n;
  return sg_nbm__read_after(ctx, scope, symbol, chain, subject, out);
}

/* The text that names what the chain sorts: the first test's operand that
 * holds the subject (`address.country`, `unit`), else the subject. */
static void sg_nbm__subject_text(RuleContext *ctx, const NoBranchMatch *f, char *buf, size_t cap) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  uint32_t cond = sg_flat_unparen(t, sg_flat_field(t, f->chain, FIELD_CONDITION));
  while (cond != SG_NONE && (t->kind[cond] == KIND_NOT_OPERATOR || t->kind[cond] == KIND_BOOLEAN_OPERATOR))
    cond = sg_flat_unparen(t, t->kind[cond] == KIND_NOT_OPERATOR ? sg_flat_field(t, cond, FIELD_ARGUMENT)
                                                                  : sg_flat_field(t, cond, FIELD_LEFT));
  uint32_t operand = SG_NONE;
  if (t->kind[f->chain] == KIND_MATCH_STATEMENT) {
    operand = sg_flat_unparen(t, sg_flat_field(t, f->chain, FIELD_SUBJECT));
  } else if (cond != SG_NONE && t->kind[cond] == KIND_COMPARISON_OPERATOR) {
    for (uint32_t c = t->first_child[cond]; c != SG_NONE && operand == SG_NONE; c = t->next_sibling[c])
      if ((t->flags[c] & FLAT_NAMED) && sg_nbm__reads(m, c, f->subject)) operand = c;
  } else if (cond != SG_NONE && t->kind[cond] == KIND_CALL) {
    uint32_t fn = sg_flat_field(t, cond, FIELD_FUNCTION);
    if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) operand = sg_flat_field(t, fn, FIELD_OBJECT);
  }
  uint32_t len = 0;
  const char *text = operand == SG_NONE ? NULL : sg_flat_text(t, operand, &len);
  if (text && len <= 40 && !memchr(text, '\n', len)) {
    snprintf(buf, cap, "%.*s", (int)len, text);
    return;
  }
  snprintf(buf, cap, "%s", sg_names_text(&t->names, m->symbols.items[f->subject].name));
}

static void sg_nbm__report(RuleContext *ctx, uint32_t symbol, const NoBranchMatch *f) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const char *name = sg_names_text(&t->names, m->symbols.items[symbol].name);
  char subject[64];
  sg_nbm__subject_text(ctx, f, subject, sizeof subject);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[f->chain]) + 1;
  if (t->kind[f->chain] == KIND_FOR_STATEMENT) {
    uint32_t it = sg_flat_field(t, f->chain, FIELD_RIGHT), ilen = 0;
    const char *itext = it == SG_NONE ? "" : sg_flat_text(t, it, &ilen);
    uint32_t tline = sg_source_line_of(ctx->source, t->start_byte[f->test]) + 1;
    Diagnostic *ld = sg_rule_report(ctx, RULE_unbound_when_no_branch_matches, f->read,
                                    "`%s` is unbound here when no item of `%.*s%s` passes the test on line %u: the "
                                    "loop on line %u has no `else`, so UnboundLocalError instead of a clear error; "
                                    "add `else: raise ...` to the loop (or set a default before it)",
                                    name, (int)(ilen > 40 ? 40 : ilen), itext, ilen > 40 ? "..." : "", tline,
                                    sg_source_line_of(ctx->source, t->start_byte[f->chain]) + 1);
    sg_diag_related(ld, t->start_byte[f->test], t->end_byte[sg_flat_field(t, f->test, FIELD_CONDITION)],
                    "the test no item may pass");
    return;
  }
  bool match = t->kind[f->chain] == KIND_MATCH_STATEMENT;
  Diagnostic *d = sg_rule_report(ctx, RULE_unbound_when_no_branch_matches, f->read,
                                 match ? "`%s` is unbound here when `%s` matches none of the %u cases of the "
                                         "`match` on line %u, which has no `case _:`: UnboundLocalError instead of "
                                         "a clear error; add a `case _:` that raises one (or assigns a default)"
                                       : "`%s` is unbound here when `%s` matches none of the %u branches of the "
                                         "`if`/`elif` on line %u, which has no `else`: UnboundLocalError instead of a "
                                         "clear error; add an `else:` that raises one (or assigns a default)",
                                 name, subject, f->branches, line);
  uint32_t cond = sg_flat_field(t, f->chain, match ? FIELD_SUBJECT : FIELD_CONDITION);
  sg_diag_related(d, t->start_byte[f->chain], cond == SG_NONE ? t->end_byte[f->chain] : t->end_byte[cond],
                  match ? "the `match` without `case _:`" : "the chain without `else`");
}

/* One finding per chain: the local read first after it. */
typedef struct NbmFound { uint32_t symbol; NoBranchMatch f; } NbmFound;

void sg_rule_unbound_when_no_branch_matches(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  if (!ctx->flows) return;
  Array(NbmFound) found = {0};
  for (uint32_t i = 0; i < ctx->flows->flows.len; i++) {
    const Flow *fl = ctx->flows->flows.items[i];
    const Scope *sc = &m->scopes.items[fl->scope];
    if (sc->kind != SCOPE_FUNCTION || (sc->flags & (SCOPE_FLAG_SYNTAX_ERROR | SCOPE_FLAG_DYNAMIC))) continue;
    found.len = 0;
    for (uint32_t k = 0; k < fl->locals.len; k++) {
      NbmFound x = {fl->locals.items[k], {0}};
      if (!sg_unbound_no_branch_matches(ctx, fl->scope, x.symbol, &x.f)) continue;
      bool kept = false;
      for (uint32_t j = 0; j < found.len && !kept; j++) {
        if (found.items[j].f.chain != x.f.chain) continue;
        kept = true;
        if (ctx->tree->start_byte[x.f.read] < ctx->tree->start_byte[found.items[j].f.read]) found.items[j] = x;
      }
      if (!kept) array_push(&found, x);
    }
    for (uint32_t j = 0; j < found.len; j++) sg_nbm__report(ctx, found.items[j].symbol, &found.items[j].f);
  }
  array_free(&found);
}
