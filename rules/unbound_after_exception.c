/* SNG108 unbound-after-exception: a local bound in a `try` body and read in
 * its `finally` block, unbound there only when the body raised before the
 * binding ran. (A read after a handler that falls through is the same
 * mechanism but whether the handled exception can come from before the
 * binding is not known well enough: reviewed 3 true of 9, it stays SNG102's.) */
#include <stdio.h>
#include <string.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_unbound_after_exception = {
  .summary = "A `finally` block reads a local the `try` body may not have bound when it raised",
  .what =
    "Reports a read in a `finally` block of a function's local variable that the `try` body "
    "binds and that is unbound there only on the paths where the body raised before the "
    "assignment ran (`try: f = open(p) ... finally: f.close()` when `open` raises). Every "
    "other path to the read binds the name; paths the analysis cannot rule out for other "
    "reasons (a loop that may not run, an `if` without `else`) are SNG102's. It reports only "
    "what SNG102 would report, with the same exemptions, and SNG102 does not report these "
    "reads again.",
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
    "that falls through without binding the name (`try: r = run() except SystemExit: pass` "
    "... `return r`): whether the handled exception can come before the binding is not known "
    "well enough (3 true of 9 reviewed on real code). Reads inside a `try` whose handler catches `NameError` or "
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
  return sg_unbound_exc__match(ctx, read, &found);
}

static void sg_unbound_after_exception__one(RuleContext *ctx, const UnboundRead *read) {
  TryFound f;
  if (!sg_possibly_unbound_reportable(ctx, read) || !sg_unbound_exc__match(ctx, read, &f)) return;
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
