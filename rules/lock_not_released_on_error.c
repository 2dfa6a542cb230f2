/* SNG502 lock-not-released-on-error: acquire() ... release() without
 * try/finally. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/threads.h"

const RuleDoc sg_rule_doc_lock_not_released_on_error = {
  .summary = "A lock is released without `try`/`finally` (or `with`)",
  .what =
    "Reports `L.acquire()` whose matching `L.release()` is not in a `finally` while code "
    "that can raise runs in between; also `if L.acquire(timeout=t):` whose block ends with "
    "`L.release()` outside a `try`/`finally`.",
  .why =
    "If anything between `acquire()` and `release()` raises, the release never runs and "
    "the lock stays held forever: every other thread that needs it hangs.",
  .example =
    "import threading\n\nlock = threading.Lock()\n\ndef update(table, key):\n    lock.acquire()\n"
    "    table[key] = compute(key)\n    lock.release()\n",
  .instead =
    "import threading\n\nlock = threading.Lock()\n\ndef update(table, key):\n    with lock:\n"
    "        table[key] = compute(key)\n",
  .limits =
    "A lock used as a hand-off signal is not reported: some function of the file acquires it "
    "and never releases it or releases it and never acquires it (one thread acquires, another "
    "releases, by design), or releases it twice on one path with no acquire between.",
  .fix = "Safe when `acquire()`, the statements and `release()` are siblings in one block: rewritten to `with L:`.",
};

/* Can the statements between acquire() and release() raise in practice?
 * A call can (except a few that only store or count: `len`, `isinstance`,
 * `x.append(v)`, `s.add(v)`, another lock's `release()`/`notify()`), and so
 * can a subscript read or `del` (KeyError, IndexError), `/`, `//`, `%`,
 * `**`, raise, assert and await. A subscript store (`d[k] = v`), attribute
 * reads, `in` tests and `i += 1` are not what try/finally is written for. */
static bool sg_lock_release__may_raise(const FlatTree *t, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; i++)
    switch (t->kind[i]) {
      case KIND_CALL: {
        uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
        if (fn == SG_NONE) return true;
        if (t->kind[fn] == KIND_IDENTIFIER &&
            (sg_flat_text_is(t, fn, "len") || sg_flat_text_is(t, fn, "isinstance")))
          break;
        if (sg_flat_text_is(t, fn, "time.sleep")) break;  /* a pause */
        uint32_t attr = t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
        if (attr != SG_NONE &&
            (t->name_id[attr] == NAME_APPEND || t->name_id[attr] == NAME_APPENDLEFT ||
             t->name_id[attr] == NAME_ADD || sg_flat_text_is(t, attr, "release") ||
             sg_flat_text_is(t, attr, "notify") || sg_flat_text_is(t, attr, "notify_all")))
          break;
        return true;
      }
      case KIND_SUBSCRIPT: {
        uint32_t up = t->parent[i];
        bool store = up != SG_NONE && t->kind[up] == KIND_ASSIGNMENT && t->field[i] == FIELD_LEFT;
        if (!store) return true;
        break;
      }
      case KIND_BINARY_OPERATOR: {
        uint32_t op = sg_flat_field(t, i, FIELD_OPERATOR), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
        /* by a non-zero number written out (`n % 5`): no ZeroDivisionError */
        bool literal = right != SG_NONE && (t->kind[right] == KIND_INTEGER || t->kind[right] == KIND_FLOAT) &&
                       !sg_flat_text_is(t, right, "0") && !sg_flat_text_is(t, right, "0.0");
        if (op == SG_NONE || ((sg_flat_text_is(t, op, "/") || sg_flat_text_is(t, op, "//") ||
                               sg_flat_text_is(t, op, "%")) && !literal) ||
            sg_flat_text_is(t, op, "**"))
          return true;
        break;
      }
      case KIND_RAISE_STATEMENT: case KIND_ASSERT_STATEMENT: case KIND_AWAIT:
        return true;
      default:
        break;
    }
  return false;
}

static void sg_lock_release__fix(RuleContext *ctx, Diagnostic *d, uint32_t acquire, uint32_t lock, uint32_t release) {
  const FlatTree *t = ctx->tree;
  const Source *src = ctx->source;
  uint32_t first = sg_flat_next_named(t, acquire);
  if (first == SG_NONE || first == release) return;
  uint32_t llen;
  const char *ltext = sg_flat_text(t, lock, &llen);
  char with[256];
  snprintf(with, sizeof with, "with %.*s:", (int)llen, ltext);
  Fix *fix = sg_diag_fix(d, FIX_SAFE, "Use `with` so the lock is released on every path");
  sg_fix_edit(fix, t->start_byte[acquire], t->end_byte[acquire], with);
  uint32_t a = sg_source_line_of(src, t->start_byte[first]);
  uint32_t b = sg_source_line_of(src, t->start_byte[release]);
  for (uint32_t line = a; line < b; line++) {
    uint32_t len;
    sg_source_line(src, line, &len);
    if (len) sg_fix_edit(fix, src->line_starts[line], src->line_starts[line], "    ");
  }
  uint32_t end = b + 1 < src->line_count ? src->line_starts[b + 1] : src->len;
  sg_fix_edit(fix, src->line_starts[b], end, "");
}

/* An `X.acquire(...)` (step 1) or `X.release(...)` (step -1) call. */
typedef struct LockUse { uint32_t scope, call, object; int8_t step; } LockUse;
typedef Array(LockUse) LockUses;

/* Every acquire()/release() call of the file, in node order: one walk,
 * made when the first region needs it. */
static void sg_lock_release__uses(const SemanticModel *m, LockUses *out) {
  const FlatTree *t = m->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (attr == SG_NONE) continue;
    int8_t step = t->name_id[attr] == NAME_ACQUIRE ? 1 : sg_flat_text_is(t, attr, "release") ? -1 : 0;
    if (step)
      array_push(out, ((LockUse){sg_model_function_scope(m, m->node_scope[i]), i,
                                 sg_flat_field(t, fn, FIELD_OBJECT), step}));
  }
}

/* Is the lock used as a hand-off signal rather than a critical section?
 * (a) some function acquires it and never releases it, or releases it and
 * never acquires it: `started.acquire()` in one thread, `started.release()`
 * in another, a lock made locked in `__init__`; (b) a function releases it
 * twice on one path with no acquire between (a barrier that released its
 * mutex, then releases it again for a thread that left it held). An
 * acquire() whose release() is not on every path is then the design. */
static int sg_lock_release__by_scope(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static bool sg_lock_release__handoff(const SemanticModel *m, const LockUses *all, uint32_t lock) {
  const FlatTree *t = m->tree;
  LockUses uses = {0};
  for (uint32_t i = 0; i < all->len; i++)
    if (sg_lock_same(m, all->items[i].object, lock)) array_push(&uses, all->items[i]);
  /* the uses grouped by function, in file order within each (scope << 32 |
   * index): one pass per question, not a walk over the uses per use */
  uint64_t *order = sg_malloc(sizeof(uint64_t) * (uses.len + 1));
  for (uint32_t i = 0; i < uses.len; i++) order[i] = (uint64_t)uses.items[i].scope << 32 | i;
  qsort(order, uses.len, sizeof *order, sg_lock_release__by_scope);
  bool handoff = false;
  /* (a): a function that only acquires, or only releases */
  for (uint32_t g = 0; g < uses.len && !handoff;) {
    uint32_t scope = (uint32_t)(order[g] >> 32), e = g;
    bool acquires = false, releases = false;
    for (; e < uses.len && (uint32_t)(order[e] >> 32) == scope; e++) {
      if (uses.items[(uint32_t)order[e]].step > 0) acquires = true;
      else releases = true;
    }
    handoff = !acquires || !releases;
    g = e;
  }
  /* (b): the next use of the lock in this function after release a */
  for (uint32_t k = 0; k < uses.len && !handoff; k++) {
    uint32_t a = (uint32_t)order[k];
    if (uses.items[a].step > 0) continue;
    uint32_t stmt = t->parent[uses.items[a].call];
    uint32_t block = stmt == SG_NONE ? SG_NONE : t->parent[stmt];
    if (block == SG_NONE || t->kind[stmt] != KIND_EXPRESSION_STATEMENT) continue;
    if (k + 1 < uses.len && (order[k + 1] >> 32) == (order[k] >> 32)) {
      uint32_t b = (uint32_t)order[k + 1];
      handoff = uses.items[b].step < 0 && sg_flat_is_ancestor(t, block, uses.items[b].call);
    }
  }
  sg_free(order);
  array_free(&uses);
  return handoff;
}

void sg_rule_lock_not_released_on_error(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  LockUses uses = {0};
  bool have_uses = false;
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    uint32_t stmt = t->parent[lr->site];
    /* `if L.acquire(timeout=t):` — the region is the consequence, released in it */
    bool guarded = stmt != SG_NONE && t->kind[stmt] == KIND_IF_STATEMENT && t->field[lr->site] == FIELD_CONDITION;
    if (stmt == SG_NONE || (t->kind[stmt] != KIND_EXPRESSION_STATEMENT && !guarded)) continue;  /* with */
    /* the release that ends the region: a sibling statement (in the if's block) */
    uint32_t release = SG_NONE, from = stmt + 1 + (t->subtree_end[stmt] - stmt);
    uint32_t body = guarded ? sg_flat_field(t, stmt, FIELD_CONSEQUENCE) : SG_NONE;
    uint32_t first = guarded ? (body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body)) : sg_flat_next_named(t, stmt);
    if (guarded) from = first == SG_NONE ? SG_NONE : first;
    for (uint32_t s = first; s != SG_NONE; s = sg_flat_next_named(t, s)) {
      if (guarded) {  /* the if's region ends with its block: a `L.release()` statement in it */
        uint32_t e = t->kind[s] == KIND_EXPRESSION_STATEMENT ? sg_flat_unparen(t, sg_flat_named_child(t, s)) : SG_NONE;
        uint32_t fn = e != SG_NONE && t->kind[e] == KIND_CALL ? sg_flat_field(t, e, FIELD_FUNCTION) : SG_NONE;
        uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
        if (attr != SG_NONE && sg_flat_text_is(t, attr, "release") &&
            sg_lock_same(m, sg_flat_field(t, fn, FIELD_OBJECT), lr->lock)) {
          release = s;
          break;
        }
        continue;
      }
      if (t->start_byte[s] == lr->end) { release = s; break; }
    }
    if (release == SG_NONE || t->kind[release] != KIND_EXPRESSION_STATEMENT) continue;  /* finally, or none */
    if (!sg_lock_release__may_raise(t, from, release)) continue;
    if (!have_uses) {
      sg_lock_release__uses(m, &uses);
      have_uses = true;
    }
    if (sg_lock_release__handoff(m, &uses, lr->lock)) continue;
    uint32_t len;
    const char *name = sg_flat_text(t, lr->lock, &len);
    Diagnostic *d = guarded
        ? sg_rule_report(ctx, RULE_lock_not_released_on_error, lr->site,
                         "`%.*s` is released on line %u only if nothing in between raises: an exception leaves it "
                         "held forever; inside the `if`, put the work in `try:` and `%.*s.release()` in `finally:`",
                         (int)len, name, sg_source_line_of(ctx->source, t->start_byte[release]) + 1, (int)len, name)
        : sg_rule_report(ctx, RULE_lock_not_released_on_error, lr->site,
                         "`%.*s` is released on line %u only if nothing in between raises: an "
                         "exception leaves it held forever; use `with %.*s:` (or `try`/`finally`)",
                         (int)len, name, sg_source_line_of(ctx->source, t->start_byte[release]) + 1,
                         (int)len, name);
    sg_diag_related(d, t->start_byte[release], t->end_byte[release], "released here, not in a `finally`");
    if (!guarded) sg_lock_release__fix(ctx, d, stmt, lr->lock, release);
  }
  array_free(&uses);
}
