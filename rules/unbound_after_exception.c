/* SNG108 unbound-after-exception: a local bound in a `try` body and read in
 * its `finally` block, unbound there only when the body raised before the
 * binding ran; or read just after a handler that falls through, when the
 * body's first statement binds it from a call (reads further on: reviewed
 * 3 true of 9, they stay SNG102's); or deleted by an `except ... as`. */
#include <stdio.h>
#include <string.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_unbound_after_exception = {
  .summary = "A `finally` block, or the code just after a handler that falls through, reads a local the `try` body did not bind because it raised",
  .what =
    "Reports a read in a `finally` block of a function's local variable that the `try` body "
    "binds and that is unbound there only on the paths where the body raised before the "
    "assignment ran (`try: f = open(p) ... finally: f.close()` when `open` raises). Every "
    "other path to the read binds the name; paths the analysis cannot rule out for other "
    "reasons (a loop that may not run, an `if` without `else`) are SNG102's. Also reported: "
    "a read just after a `try` (only simple statements between, the read outside any nested "
    "block) whose body's first statement binds the local from a call (or from a subscript, a "
    "division or an attribute read, when a handler names the `LookupError`, `ZeroDivisionError` "
    "or `AttributeError` it raises), or from a later statement of the body after a first "
    "statement that can raise so, when a handler that "
    "does not bind it falls through (`try: n = int(text) except ValueError: log(...)` then "
    "`return n`); and a read after an `except ... as name` handler that falls through, of a "
    "name bound before the `try`: Python deletes the `as` name when the handler ends (also a "
    "read further on, after the loop whose handler `continue`s, when the function binds the "
    "name only by plain statements at its top level before the handler). It "
    "reports only what SNG102 would report, with the same exemptions, and SNG102 does not "
    "report these reads again.",
  .why =
    "The `finally` exists because the body can raise, and when it raises before the binding "
    "the read raises `UnboundLocalError`, which replaces the exception in flight: the "
    "traceback shows the cleanup, not the cause (it is chained only as context):\n\n"
    "```python\ndef load(path):\n    try:\n        fh = open(path)\n        return fh.read()\n"
    "    finally:\n        fh.close()   # open() failed: UnboundLocalError hides the OSError\n```",
  .example =
    "def load(path):\n    try:\n        fh = open(path)\n        return fh.read()\n    finally:\n"
    "        fh.close()\n",
  .instead =
    "def load(path):\n    fh = None\n    try:\n        fh = open(path)\n        return fh.read()\n"
    "    finally:\n        if fh is not None:\n            fh.close()\n",
  .limits =
    "Which statements may raise is approximated: calls, subscripts, `await`, imports and the "
    "like may; names, attributes and arithmetic are taken not to, and a `try` body none of whose "
    "statements looks like it raises is taken to raise anywhere. The exception classes a "
    "handler names are not matched against what the body can raise, beyond the exemptions "
    "SNG102 documents (calls of builtins such as `len` against specific handlers). A read that "
    "is unbound on some other path too is left to SNG102, and so is a read after a handler "
    "that falls through further on (after an `if`, a loop or another `try`), or when the binding "
    "is not the body's first statement: whether the handled exception can come before the "
    "binding, and whether the handler's state stops the read, is not known well enough (3 true "
    "of 9 reviewed on real code). A handler that calls a method of `self` this file does not "
    "define, a placeholder, or something whose name says it does not return (it contains `fail`, "
    "`abort`, `exit`, `raise`, `error` (not a logger's), ...) may not return: not reported. Reads inside a `try` whose handler catches `NameError` or "
    "`UnboundLocalError`, or every exception (a bare `except:`, `Exception`, `BaseException`: "
    "`finally: try: f.close() except: pass`), are not reported. Handlers that catch only "
    "`StopIteration` are taken to be fed only by `next()` and the like. Correlated state the "
    "analysis cannot evaluate (a flag tested through a method call, `if not "
    "version.startswith(...)`) is not followed.",
};

/* The first binding of `symbol` inside `block`, or NULL. */
static const Binding *sg_unbound_exc__binds(const SemanticModel *m, uint32_t symbol, uint32_t block) {
  const FlatTree *t = m->tree;
  if (block == SG_NONE) return NULL;
  const Binding *best = NULL;
  const Symbol *sym = &m->symbols.items[symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_DEL) continue;
    if (!sg_flat_is_ancestor(t, block, bd->node)) continue;
    if (!best || t->start_byte[bd->node] < t->start_byte[best->node]) best = bd;
  }
  return best;
}

static uint32_t sg_unbound_exc__body(const FlatTree *t, uint32_t clause) {
  uint32_t body = sg_flat_field(t, clause, FIELD_BODY);
  if (body == SG_NONE)
    for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c])
      if (t->kind[c] == KIND_BLOCK) return c;
  return body;
}

/* A read inside a handler of a try whose body binds the name: SNG102's. */
static bool sg_unbound_exc__in_handler(const SemanticModel *m, const UnboundRead *read) {
  const FlatTree *t = m->tree;
  for (uint32_t p = t->parent[read->node]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return false;
    if (k == KIND_EXCEPT_CLAUSE && t->parent[p] != SG_NONE &&
        sg_unbound_exc__binds(m, read->symbol, sg_unbound_exc__body(t, t->parent[p])))
      return true;
  }
  return false;
}

static uint32_t sg_unbound_exc__line(RuleContext *ctx, uint32_t node) {
  return sg_source_line_of(ctx->source, ctx->tree->start_byte[node]) + 1;
}

/* "`make()` on line 12 raises" when the binding's statement is the body's
 * first and holds a short call; else "the `try` body on line N raises
 * before line B binds it". */
static void sg_unbound_exc__when(RuleContext *ctx, uint32_t try_stmt, const Binding *bd, char *buf,
                                 size_t cap) {
  const FlatTree *t = ctx->tree;
  uint32_t body = sg_unbound_exc__body(t, try_stmt);
  uint32_t stmt = bd->node;
  while (t->parent[stmt] != SG_NONE && t->kind[t->parent[stmt]] != KIND_BLOCK) stmt = t->parent[stmt];
  uint32_t first = SG_NONE;
  for (uint32_t c = body == SG_NONE ? SG_NONE : t->first_child[body]; c != SG_NONE && first == SG_NONE;
       c = t->next_sibling[c])
    if ((t->flags[c] & FLAT_NAMED) && t->kind[c] != KIND_COMMENT) first = c;
  if (stmt == first && t->parent[stmt] == body) {
    for (uint32_t i = stmt; i <= t->subtree_end[stmt]; i++) {
      if (t->kind[i] != KIND_CALL) continue;
      uint32_t len;
      const char *s = sg_flat_text(t, i, &len);
      if (len <= 40 && !memchr(s, '\n', len)) {
        snprintf(buf, cap, "`%.*s` on line %u raises", (int)len, s, sg_unbound_exc__line(ctx, i));
        return;
      }
      break;
    }
  }
  snprintf(buf, cap, "the `try` body on line %u raises before line %u binds it",
           sg_unbound_exc__line(ctx, try_stmt), sg_unbound_exc__line(ctx, bd->node));
}

/* The try statement behind the read: the one whose `finally` holds it
 * and whose body binds the name. */
typedef struct TryFound { uint32_t try_stmt, fin; const Binding *bd; } TryFound;

static bool sg_unbound_exc__find(const SemanticModel *m, const UnboundRead *read, TryFound *out) {
  const FlatTree *t = m->tree;
  *out = (TryFound){SG_NONE, SG_NONE, NULL};
  for (uint32_t p = t->parent[read->node]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) break;
    if (k == KIND_FINALLY_CLAUSE && t->parent[p] != SG_NONE &&
        (out->bd = sg_unbound_exc__binds(m, read->symbol, sg_unbound_exc__body(t, t->parent[p])))) {
      out->try_stmt = t->parent[p];
      out->fin = p;
      return true;
    }
  }
  return false;
}

/* ---- after a handler that falls through ----------------------------------------
 * `try: x = fetch() except Timeout: log() ... use(x)`: a read just after the
 * try statement (only simple statements between, the read outside any
 * nested block) of a local that the try body's first statement binds from
 * a call, unbound there only on the paths where that call raised and a
 * handler fell through; or an `except ... as x` handler that deletes a
 * name bound before the try. Reviewed on real code, the reads further on
 * (after an `if`, a loop, another try) were mostly correlated state (a
 * flag the handler sets, a check that raises first) — those stay SNG102's. */

/* The statement (a child of a block) holding node, with no block between:
 * node is in its header or expression. */
static uint32_t sg_unbound_exc__header_stmt(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_BLOCK || t->kind[p] == KIND_MODULE) return c;
    if (t->kind[p] == KIND_LAMBDA || t->kind[p] == KIND_FUNCTION_DEFINITION ||
        t->kind[p] == KIND_CLASS_DEFINITION)
      return SG_NONE;
  }
  return SG_NONE;
}

static bool sg_unbound_exc__simple_stmt(const FlatTree *t, uint32_t s) {
  return t->kind[s] == KIND_EXPRESSION_STATEMENT || t->kind[s] == KIND_PASS_STATEMENT ||
         t->kind[s] == KIND_COMMENT || t->kind[s] == KIND_ASSERT_STATEMENT;
}

/* The statement of kind `kind` (a try, a with) just before the read's
 * statement (simple statements between), or SG_NONE. */
static uint32_t sg_unbound_exc__stmt_before(const FlatTree *t, uint32_t read, uint16_t kind) {
  uint32_t stmt = sg_unbound_exc__header_stmt(t, read);
  if (stmt == SG_NONE || t->parent[stmt] == SG_NONE) return SG_NONE;
  uint32_t found = SG_NONE;
  for (uint32_t c = t->first_child[t->parent[stmt]]; c != SG_NONE && c != stmt; c = t->next_sibling[c]) {
    if (!(t->flags[c] & FLAT_NAMED)) continue;
    if (t->kind[c] == kind) found = c;
    else if (!sg_unbound_exc__simple_stmt(t, c)) found = SG_NONE;
  }
  return found;
}

/* Does a handler of try_stmt name one of names (by the last part:
 * `except (KeyError, IndexError):`, `except errors.LookupError:`), or,
 * with broad, catch everything (a bare `except:`, `Exception`,
 * `BaseException`)? */
static bool sg_unbound_exc__catches(const FlatTree *t, uint32_t try_stmt, const char *const *names, size_t n,
                                    bool broad) {
  for (uint32_t c = t->first_child[try_stmt]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] != KIND_EXCEPT_CLAUSE) continue;
    uint32_t what = sg_flat_named_child(t, c);
    if (what == SG_NONE || t->kind[what] == KIND_BLOCK) return broad;  /* bare */
    if (t->kind[what] == KIND_AS_PATTERN) what = sg_flat_named_child(t, what);
    for (uint32_t i = what; what != SG_NONE && i <= t->subtree_end[what]; i++) {
      if (t->kind[i] != KIND_IDENTIFIER) continue;
      uint32_t p = t->parent[i];
      if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[i] == FIELD_OBJECT) continue;
      if (broad && (sg_flat_text_is(t, i, "Exception") || sg_flat_text_is(t, i, "BaseException"))) return true;
      for (size_t k = 0; k < n; k++)
        if (sg_flat_text_is(t, i, names[k])) return true;
    }
  }
  return false;
}

/* Can value raise what a handler of try_stmt catches: a call (anything),
 * a subscript (IndexError, KeyError), a division (ZeroDivisionError), an
 * attribute (AttributeError)? */
static bool sg_unbound_exc__may_raise_handled(const FlatTree *t, uint32_t value, uint32_t try_stmt) {
  static const char *const lookup[] = {"IndexError", "KeyError", "LookupError"};
  static const char *const divide[] = {"ZeroDivisionError", "ArithmeticError"};
  static const char *const attribute[] = {"AttributeError"};
  bool sub = false, div = false, attr = false;
  for (uint32_t i = value; i <= t->subtree_end[value]; i++) {
    if (t->kind[i] == KIND_CALL || t->kind[i] == KIND_AWAIT) return true;
    sub |= t->kind[i] == KIND_SUBSCRIPT;
    attr |= t->kind[i] == KIND_ATTRIBUTE;
    if (t->kind[i] == KIND_BINARY_OPERATOR) {
      uint32_t op = sg_flat_field(t, i, FIELD_OPERATOR);
      div |= op != SG_NONE && (sg_flat_text_is(t, op, "/") || sg_flat_text_is(t, op, "//") || sg_flat_text_is(t, op, "%"));
    }
  }
  /* (an attribute read rarely fails: only a handler naming AttributeError counts) */
  return (sub && sg_unbound_exc__catches(t, try_stmt, lookup, 3, true)) ||
         (div && sg_unbound_exc__catches(t, try_stmt, divide, 2, true)) ||
         (attr && sg_unbound_exc__catches(t, try_stmt, attribute, 1, false));
}

/* The except clause of try_stmt that holds node, or SG_NONE. */
static uint32_t sg_unbound_exc__clause_of(const FlatTree *t, uint32_t try_stmt, uint32_t node) {
  for (uint32_t c = t->first_child[try_stmt]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_EXCEPT_CLAUSE && sg_flat_is_ancestor(t, c, node)) return c;
  return SG_NONE;
}

/* Is `name` one of those that, called, usually do not return: it contains
 * `fail`, `abort`, `exit`, `raise`, `die`, `bail`, `panic`, `fatal`,
 * `reject`, `throw`, `skip` or `error` (`self.fail`, `parser.error`,
 * `abort(404)`, `manager.extraction_error()`)? A logger's `error` returns. */
static bool sg_unbound_exc__leaving_name(const FlatTree *t, uint32_t attr, uint32_t obj) {
  static const char *const words[] = {"fail", "abort", "exit", "raise", "die", "bail", "panic", "fatal",
                                      "reject", "throw", "skip", "error", NULL};
  uint32_t len;
  const char *s = sg_flat_text(t, attr, &len);
  bool hit = false, error_only = true;
  for (const char *const *w = words; *w; w++) {
    size_t wl = strlen(*w);
    for (uint32_t i = 0; i + wl <= len; i++) {
      bool same = true;
      for (size_t k = 0; k < wl && same; k++) same = (s[i + k] | 32) == (*w)[k];
      if (same) {
        hit = true;
        if (strcmp(*w, "error") && strcmp(*w, "fatal")) error_only = false;
      }
    }
  }
  if (!hit || obj == SG_NONE || !error_only) return hit;
  const char *o = sg_flat_text(t, obj, &len);
  for (uint32_t i = 0; i + 3 <= len; i++)
    if ((o[i] | 32) == 'l' && (o[i + 1] | 32) == 'o' && (o[i + 2] | 32) == 'g') return false;
  return true;
}

/* Might a handler of try_stmt that does not bind the name end the path
 * through a call the flow analysis cannot see into: a method of self
 * defined elsewhere (a base class in another file) or a placeholder that
 * subclasses override, or a call named like one that never returns? */
static bool sg_unbound_exc__handler_may_leave(const SemanticModel *m, uint32_t try_stmt) {
  const FlatTree *t = m->tree;
  for (uint32_t c = t->first_child[try_stmt]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] != KIND_EXCEPT_CLAUSE) continue;
    for (uint32_t i = c; i <= t->subtree_end[c]; i++) {
      if (t->kind[i] != KIND_CALL) continue;
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      if (fn == SG_NONE) continue;
      if (t->kind[fn] == KIND_IDENTIFIER) {
        if (sg_unbound_exc__leaving_name(t, fn, SG_NONE)) return true;
        continue;
      }
      if (t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || attr == SG_NONE) continue;
      if (sg_unbound_exc__leaving_name(t, attr, obj)) return true;
      if (t->kind[obj] == KIND_IDENTIFIER && (t->name_id[obj] == NAME_SELF || t->name_id[obj] == NAME_CLS)) {
        /* defined by no class of this file (a base elsewhere), or a placeholder */
        uint32_t defs[8];
        bool other;
        uint32_t n = sg_model_class_methods(m, t->name_id[attr], defs, 8, &other);
        if (n == 0) return true;
        for (uint32_t k = 0; k < n; k++)
          if (sg_flow_placeholder(t, defs[k])) return true;
      }
    }
  }
  return false;
}

typedef struct AfterHandler {
  uint32_t try_stmt;
  uint32_t clause;       /* the except clause (`as` shape), or SG_NONE */
  const Binding *bd;     /* the binding in the try body, or the `as` binding */
} AfterHandler;

/* The statement of the function body (its top level) that holds node. */
static uint32_t sg_unbound_exc__top_statement(const FlatTree *t, uint32_t body, uint32_t node) {
  uint32_t s = node;
  while (s != SG_NONE && t->parent[s] != body) s = t->parent[s];
  return s;
}

/* An `except ... as name` handler anywhere before the read (in a loop,
 * leaving by `continue`), of a name the function binds only by plain
 * statements at its top level before that handler's statement: the only
 * way the name is unbound at the read is the handler's end deleting it. */
static bool sg_unbound_exc__after_as(RuleContext *ctx, const UnboundRead *read, AfterHandler *out) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[read->symbol];
  uint32_t fs = sym->scope, body = m->scopes.items[fs].body;
  if (m->scopes.items[fs].kind != SCOPE_FUNCTION || body == SG_NONE) return false;
  const Binding *as = NULL;
  uint32_t first_plain = SG_NONE;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_EXCEPT_AS) {
      if (as) return false;  /* one handler: one story */
      as = bd;
      continue;
    }
    if (bd->kind != BINDING_KIND_ASSIGNMENT) return false;
    uint32_t top = sg_unbound_exc__top_statement(t, body, bd->node);
    /* a plain top-level statement: `error = None` */
    if (top == SG_NONE || t->kind[top] != KIND_EXPRESSION_STATEMENT) return false;
    if (first_plain == SG_NONE || t->start_byte[top] < t->start_byte[first_plain]) first_plain = top;
  }
  if (!as || first_plain == SG_NONE) return false;
  uint32_t clause = as->node;
  while (clause != SG_NONE && t->kind[clause] != KIND_EXCEPT_CLAUSE) clause = t->parent[clause];
  uint32_t try_stmt = clause == SG_NONE ? SG_NONE : t->parent[clause];
  uint32_t as_top = sg_unbound_exc__top_statement(t, body, as->node);
  uint32_t read_top = sg_unbound_exc__top_statement(t, body, read->node);
  if (try_stmt == SG_NONE || as_top == SG_NONE || read_top == SG_NONE || t->kind[try_stmt] != KIND_TRY_STATEMENT ||
      sg_flat_is_ancestor(t, clause, read->node) || t->start_byte[read->node] < t->end_byte[try_stmt])
    return false;
  /* every plain binding before the handler's statement, none after it */
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_EXCEPT_AS && t->start_byte[bd->node] > t->start_byte[as_top]) return false;
  }
  *out = (AfterHandler){try_stmt, clause, as};
  return true;
}

static bool sg_unbound_exc__after_handler(RuleContext *ctx, const UnboundRead *read, AfterHandler *out) {
  if (read->may && sg_unbound_exc__after_as(ctx, read, out)) return true;
  if (!read->may || !ctx->flows) return false;
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t try_stmt = sg_unbound_exc__stmt_before(t, read->node, KIND_TRY_STATEMENT);
  if (try_stmt == SG_NONE) return false;
  const Flow *fl = sg_flows_of(ctx->flows, read->scope);
  uint32_t local = fl ? sg_flow_local_of(fl, read->symbol) : SG_NONE;
  if (local == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[read->symbol];
  bool bound_before = false, must_before = false, may_before = false;
  const Binding *as = NULL;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DEL) return false;
    if (bd->kind == BINDING_KIND_EXCEPT_AS && sg_flat_is_ancestor(t, try_stmt, bd->node)) as = bd;
  }
  uint32_t body = sg_unbound_exc__body(t, try_stmt);
  uint32_t first = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body);
  while (first != SG_NONE && t->kind[first] == KIND_COMMENT) first = sg_flat_next_named(t, first);
  if (first == SG_NONE || !sg_flow_state_before(fl, first, local, &may_before, &must_before)) return false;
  bound_before = must_before;
  *out = (AfterHandler){try_stmt, SG_NONE, NULL};
  if (as) {
    /* bound on every path into the try; the handler's end deletes it */
    uint32_t clause = sg_unbound_exc__clause_of(t, try_stmt, as->node);
    if (!bound_before || clause == SG_NONE) return false;
    out->clause = clause;
    out->bd = as;
    return true;
  }
  if (may_before) return false;
  if (!sg_flow_bound_unless_raised(fl, read->node, local)) return false;
  /* bound by the try body's first statement, `x = <a call>`, or from what
   * raises the exception a handler catches (`x = rows[0]`, `except
   * IndexError:`) */
  const Binding *bd = sg_unbound_exc__binds(m, read->symbol, body);
  if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return false;
  if (sg_flat_is_ancestor(t, first, bd->node)) {
    if (!sg_unbound_exc__may_raise_handled(t, bd->value, try_stmt)) return false;
  } else {
    /* a later statement of the body itself binds it (`preset = load(n)`
     * then `minutes = preset["duration"]`): the first one can raise first */
    uint32_t stmt = bd->node;
    while (stmt != SG_NONE && t->parent[stmt] != body) stmt = t->parent[stmt];
    if (stmt == SG_NONE || t->kind[stmt] != KIND_EXPRESSION_STATEMENT || t->kind[first] != KIND_EXPRESSION_STATEMENT ||
        !sg_unbound_exc__may_raise_handled(t, first, try_stmt))
      return false;
  }
  if (sg_unbound_exc__handler_may_leave(m, try_stmt)) return false;
  out->bd = bd;
  return true;
}

/* A read just after `with contextlib.suppress(E):` (simple statements
 * between) whose body's first statement binds the local from a call, a
 * subscript or an attribute read, the local unbound before it: when that
 * raises E the block is left and the read raises. The with statement in
 * *with_out, the binding in *bd_out. */
static bool sg_unbound_exc__after_suppress(RuleContext *ctx, const UnboundRead *read, uint32_t *with_out,
                                           const Binding **bd_out) {
  if (!read->may || !ctx->flows) return false;
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t with = sg_unbound_exc__stmt_before(t, read->node, KIND_WITH_STATEMENT);
  uint32_t body = with == SG_NONE ? SG_NONE : sg_flat_field(t, with, FIELD_BODY);
  if (body == SG_NONE || !sg_flow_suppresses(m, with)) return false;
  const Symbol *sym = &m->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind == BINDING_KIND_DEL || m->bindings.items[b].kind == BINDING_KIND_EXCEPT_AS) return false;
  const Flow *fl = sg_flows_of(ctx->flows, read->scope);
  uint32_t local = fl ? sg_flow_local_of(fl, read->symbol) : SG_NONE;
  uint32_t first = sg_flat_named_child(t, body);
  while (first != SG_NONE && t->kind[first] == KIND_COMMENT) first = sg_flat_next_named(t, first);
  bool may_before = false, must_before = false;
  if (local == SG_NONE || first == SG_NONE || !sg_flow_state_before(fl, first, local, &may_before, &must_before) ||
      may_before || !sg_flow_bound_unless_raised(fl, read->node, local))
    return false;
  const Binding *bd = sg_unbound_exc__binds(m, read->symbol, body);
  if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE || !sg_flat_is_ancestor(t, first, bd->node))
    return false;
  bool raises = false;
  for (uint32_t i = bd->value; i <= t->subtree_end[bd->value] && !raises; i++)
    raises = t->kind[i] == KIND_CALL || t->kind[i] == KIND_SUBSCRIPT || t->kind[i] == KIND_ATTRIBUTE;
  if (!raises) return false;
  *with_out = with;
  *bd_out = bd;
  return true;
}

/* sg_unbound_after_exception, with the try it found in *out. */
static bool sg_unbound_exc__match(RuleContext *ctx, const UnboundRead *read, TryFound *out) {
  if (!read->may || !ctx->flows) return false;
  const SemanticModel *m = ctx->model;
  /* `except ... as x` unbinds x at the handler's end: not this shape */
  const Symbol *sym = &m->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind == BINDING_KIND_EXCEPT_AS || m->bindings.items[b].kind == BINDING_KIND_DEL)
      return false;
  const Flow *fl = sg_flows_of(ctx->flows, read->scope);
  if (!fl) return false;
  uint32_t local = sg_flow_local_of(fl, read->symbol);
  if (local == SG_NONE || !sg_flow_bound_unless_raised(fl, read->node, local)) return false;
  if (sg_unbound_exc__in_handler(m, read)) return false;
  return sg_unbound_exc__find(m, read, out);
}

bool sg_unbound_after_exception(RuleContext *ctx, const UnboundRead *read) {
  TryFound found;
  AfterHandler after;
  uint32_t with;
  const Binding *bd;
  return sg_unbound_exc__match(ctx, read, &found) || sg_unbound_exc__after_handler(ctx, read, &after) ||
         sg_unbound_exc__after_suppress(ctx, read, &with, &bd);
}

static void sg_unbound_after_exception__handler(RuleContext *ctx, const UnboundRead *read,
                                                const AfterHandler *a) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const char *name = sg_names_text(&t->names, m->symbols.items[read->symbol].name);
  Diagnostic *d;
  if (a->clause != SG_NONE) {
    d = sg_rule_report(ctx, RULE_unbound_after_exception, read->node,
                       "`%s` is unbound here after the `except ... as %s` handler on line %u runs: "
                       "Python deletes the `as` name when a handler ends, so this read raises "
                       "UnboundLocalError; catch the exception under another name and assign it "
                       "(`except E as exc: %s = exc`)",
                       name, name, sg_unbound_exc__line(ctx, a->clause), name);
    sg_diag_related(d, t->start_byte[a->bd->node], t->end_byte[a->bd->node],
                    "`%s` is deleted at the end of this handler", name);
    return;
  }
  char when[160];
  uint32_t clause = SG_NONE;
  for (uint32_t c = t->first_child[a->try_stmt]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_EXCEPT_CLAUSE) { clause = c; break; }
  sg_unbound_exc__when(ctx, a->try_stmt, a->bd, when, sizeof when);
  d = sg_rule_report(ctx, RULE_unbound_after_exception, read->node,
                     "`%s` is unbound here when %s: the `except` on line %u falls through and this "
                     "read raises UnboundLocalError; bind it before the `try` (`%s = None`) or leave "
                     "the handler (`return`, `raise`)",
                     name, when, sg_unbound_exc__line(ctx, clause == SG_NONE ? a->try_stmt : clause), name);
  sg_diag_related(d, t->start_byte[a->bd->node], t->end_byte[a->bd->node], "`%s` is assigned here", name);
}

static void sg_unbound_after_exception__one(RuleContext *ctx, const UnboundRead *read) {
  TryFound f;
  AfterHandler a;
  if (sg_unbound_at_top(ctx, read)) return;  /* module level, class bodies: SNG102's */
  if (!sg_possibly_unbound_reportable(ctx, read)) return;
  if (!sg_unbound_exc__match(ctx, read, &f)) {
    uint32_t with;
    const Binding *bd;
    if (sg_unbound_exc__after_handler(ctx, read, &a)) {
      if (!sg_unbound_caught(ctx->tree, read->node, false)) sg_unbound_after_exception__handler(ctx, read, &a);
    } else if (sg_unbound_exc__after_suppress(ctx, read, &with, &bd) && !sg_unbound_caught(ctx->tree, read->node, false)) {
      const FlatTree *t = ctx->tree;
      const char *name = sg_names_text(&t->names, ctx->model->symbols.items[read->symbol].name);
      uint32_t vlen;
      const char *vtext = sg_flat_text(t, bd->value, &vlen);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_unbound_after_exception, read->node,
          "`%s` is unbound here when `%.*s%s` on line %u raises what the `contextlib.suppress` on line %u "
          "swallows: the block is left before `%s` is assigned and this read raises UnboundLocalError; "
          "bind it before the `with` (`%s = None`) or read it inside the block",
          name, (int)(vlen > 40 ? 40 : vlen), vtext, vlen > 40 ? "..." : "",
          sg_unbound_exc__line(ctx, bd->value), sg_unbound_exc__line(ctx, with), name, name);
      sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "`%s` is assigned here", name);
    }
    return;
  }
  if (sg_unbound_caught(ctx->tree, read->node, false)) return;
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const char *name = sg_names_text(&t->names, m->symbols.items[read->symbol].name);
  char when[160];
  Diagnostic *d;
  sg_unbound_exc__when(ctx, f.try_stmt, f.bd, when, sizeof when);
  d = sg_rule_report(ctx, RULE_unbound_after_exception, read->node,
                     "`%s` is unbound here when %s: the `finally` on line %u then raises "
                     "UnboundLocalError, which replaces the exception in flight; bind it before the "
                     "`try` (`%s = None`) and test it",
                     name, when, sg_unbound_exc__line(ctx, f.fin), name);
  sg_diag_related(d, t->start_byte[f.bd->node], t->end_byte[f.bd->node], "`%s` is assigned here", name);
}

void sg_rule_unbound_after_exception(RuleContext *ctx) {
  sg_unbound_reads(ctx, sg_unbound_after_exception__one);
}
