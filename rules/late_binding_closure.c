/* SNG301 late-binding-closure: a closure made in a loop reads a variable
 * the loop rebinds, and outlives the iteration: every call sees the last
 * value. */
#include <stdio.h>
#include <string.h>

#include "analyses/resolve.h"
#include "analyses/stdlib.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_late_binding_closure = {
  .summary = "A closure created in a loop sees only the loop variable's last value",
  .what =
    "Reports a read, inside a `lambda` or nested `def` created in a loop (`for`, `async "
    "for`, `while`, or a comprehension), of a variable the loop rebinds (its target, or "
    "a name assigned in the body) when the closure outlives the iteration: it is stored "
    "(appended, put in a container or an attribute), yielded, returned in a collection, "
    "made by a comprehension, or handed to something that calls it later "
    "(`threading.Thread/Timer(target=...)`, `executor.submit`, `loop.call_soon/"
    "call_later/call_at`, `add_done_callback`, `atexit.register`, `signal.signal`, GUI "
    "`command=`/`.connect`/`.bind`, observers' `watch`/`observe`/`add_observer`, a same-file "
    "method storing it with `heapq.heappush` or `bisect.insort`, Twisted "
    "`Deferred.addCallback/addErrback/addBoth`), or to "
    "same-file code that keeps it or hands it back wrapped (`register(table, key, fn)`, "
    "`bus.subscribe(fn)` when every same-file method of that name keeps it, a decorator "
    "`retry(fn)` whose wrapper calls it), or to a function or a method of a class "
    "imported from another file of the program that keeps it (`bus = EventBus()`, "
    "`self.bus = EventBus()`, then `bus.subscribe(name, fn)`; also on a helper's parameter, "
    "`install(watcher, ...)` with `watcher = FileWatcher()` passed by the file's call). A context manager of a "
    "`with` item keeps it only for the block (`with mock.patch(\"m.f\", fn):`).",
  .why =
    "A closure captures the variable, not its value. It reads the variable when it is "
    "called, after the loop has moved on, so every closure sees the last value:\n\n"
    "```python\n>>> fs = [lambda: i for i in range(3)]\n>>> [f() for f in fs]\n[2, 2, 2]\n```",
  .example =
    "def make_handlers(names):\n    handlers = []\n    for name in names:\n"
    "        handlers.append(lambda: print('clicked', name))\n    return handlers\n",
  .instead =
    "def make_handlers(names):\n    handlers = []\n    for name in names:\n"
    "        handlers.append(lambda name=name: print('clicked', name))\n    return handlers\n",
  .limits =
    "Calling an `async def` or a generator function does not run its body: the coroutine "
    "(wrapped by `create_task`/`ensure_future` or not) or generator kept beyond the "
    "iteration (`jobs.append(asyncio.create_task(visit()))`) runs it later. "
    "Not reported: a closure called in the same iteration (a coroutine awaited there, a "
    "generator consumed there, a thread `t = Thread(target=f)` joined there by `t.join()`), "
    "`key=` functions, `map`/"
    "`filter` consumed on the spot, names the closure binds itself (`lambda i=i: i`), and "
    "closures passed to a function snag does not know (it may call them at once), a closure "
    "stored on an object made in the same iteration (`user = Empty(); user.cb = lambda: x`) "
    "that does not itself escape, a loop over a one-element display, a name rebound only to "
    "the same nested `def` each time, and a closure handed over by a statement that leaves "
    "the loop (`return d.addCallback(f)`). The run-later APIs are one table in this file "
    "(containers, event loops, GUI toolkits, Twisted `Deferred.addCallback/addErrback/"
    "addBoth/addCallbacks` and `callLater`, executors).",
  .fix =
    "Unsafe: adds a default argument `name=name`, which binds the current value; it "
    "changes the closure's signature (a caller could pass it).",
};

typedef enum Escape { ESCAPE_NONE, ESCAPE_UNKNOWN, ESCAPE_YES } Escape;

static bool sg_late__rebound(const SemanticModel *m, uint32_t loop, uint32_t symbol);

/* Does the subtree read a name the loop rebinds? */
static bool sg_late__varies(const SemanticModel *m, uint32_t loop, uint32_t node) {
  const FlatTree *t = m->tree;
  for (uint32_t i = node; node != SG_NONE && i <= t->subtree_end[node]; i++) {
    uint32_t r = m->node_reference[i];
    if (r != SG_NONE && m->references.items[r].symbol != SG_NONE &&
        sg_late__rebound(m, loop, m->references.items[r].symbol))
      return true;
  }
  return false;
}

/* Is the statement holding node followed in its block (up to the loop
 * body) by break/return/raise: the loop ends with this closure last? */
/* What one closure's walk carries: its step count, and (for the whole
 * file) whether a block's statements from one on include a break, return
 * or raise, filled a block at a time when first asked. */
typedef struct SgLateWalk {
  uint32_t steps;
  uint8_t *leaves;  /* [statement] 0 not known yet, 1 no, 2 yes */
  const Summaries *summaries;  /* the file's, for calls of code that keeps a closure (may be NULL) */
} SgLateWalk;

/* Does block statement s or a later one of its block break, return or raise? */
static bool sg_late__leaves_from(const FlatTree *t, uint32_t block, uint32_t s, uint8_t *leaves) {
  if (!leaves[s]) {
    /* the whole block at once, last statement first */
    uint32_t n = 0;
    for (uint32_t c = sg_flat_named_child(t, block); c != SG_NONE; c = sg_flat_next_named(t, c)) n++;
    uint32_t *kids = sg_malloc(sizeof(uint32_t) * (n + 1)), k = 0;
    for (uint32_t c = sg_flat_named_child(t, block); c != SG_NONE; c = sg_flat_next_named(t, c)) kids[k++] = c;
    bool any = false;
    while (k-- > 0) {
      uint16_t kind = t->kind[kids[k]];
      any |= kind == KIND_BREAK_STATEMENT || kind == KIND_RETURN_STATEMENT || kind == KIND_RAISE_STATEMENT;
      leaves[kids[k]] = any ? 2 : 1;
    }
    sg_free(kids);
  }
  return leaves[s] == 2;
}

static bool sg_late__loop_ends_after(const FlatTree *t, uint32_t node, uint32_t loop, uint8_t *leaves) {
  uint32_t c = node;
  /* `return d.addCallback(f)`: the statement itself leaves the loop */
  for (uint32_t p = node; p != SG_NONE && p != loop; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_RETURN_STATEMENT || k == KIND_RAISE_STATEMENT) return true;
    if (k == KIND_BLOCK) break;
  }
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != loop; c = p, p = t->parent[p]) {
    if (t->kind[p] != KIND_BLOCK) continue;
    uint32_t next = sg_flat_next_named(t, c);
    if (next != SG_NONE && sg_late__leaves_from(t, p, next, leaves)) return true;
  }
  return false;
}

static bool sg_late__is_comprehension(uint16_t k) {
  return k == KIND_LIST_COMPREHENSION || k == KIND_SET_COMPREHENSION ||
         k == KIND_DICTIONARY_COMPREHENSION || k == KIND_GENERATOR_EXPRESSION;
}

static uint32_t sg_late__up(const FlatTree *t, uint32_t node, uint32_t *child) {
  uint32_t c = node, p = t->parent[node];
  while (p != SG_NONE && t->kind[p] == KIND_PARENTHESIZED_EXPRESSION) c = p, p = t->parent[p];
  *child = c;
  return p;
}

/* The APIs that keep a callable and run it later, in one table. A method
 * matches by its name on any object; a function by its qualified name. A
 * FUTURE entry runs the callable elsewhere and hands back a future: the
 * closure outlives the iteration when the future does (a result waited for
 * in the same iteration is fine). */
typedef enum RunLater { LATER_METHOD, LATER_FUTURE, LATER_FUNCTION } RunLater;

/* How a method name (METHOD or FUTURE) or a qualified function name
 * (FUNCTION) runs a callable later (analyses/stdlib.def), or -1. */
static int sg_late__run_later(const char *name, RunLater how) {
  const StdEntry *e = how == LATER_FUNCTION ? sg_stdlib_function(name) : sg_stdlib_method(name, (uint32_t)strlen(name));
  if (!e || !(e->what & STD_LATER)) return -1;
  if (how == LATER_FUNCTION) return LATER_FUNCTION;
  return e->what & STD_FUTURE ? LATER_FUTURE : LATER_METHOD;
}

/* How `obj.<name>(...)` (fn, the call's function) runs a callable later, by
 * the method's name (sg_late__run_later), or -1. */
static int sg_late__method_later(const FlatTree *t, uint32_t fn) {
  uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (attr == SG_NONE) return -1;
  uint32_t len;
  const char *name = sg_flat_text(t, attr, &len);
  char nm[64];
  snprintf(nm, sizeof nm, "%.*s", (int)len, name);
  return sg_late__run_later(nm, LATER_METHOD);
}

/* Does the call make an object of a same-file class that keeps its argument
 * arg (a record's field, `self.run = run` in `__init__`)? */
static bool sg_late__holder(const SemanticModel *m, const Summaries *S, uint32_t call, uint32_t arg) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  const Binding *cb = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
  if (cb && cb->kind == BINDING_KIND_CLASS && sg_classes_is_record(t, cb->context)) return true;
  const ParamSummary *ps = S ? sg_summaries_argument(S, m, call, arg) : NULL;
  return ps && (ps->effects & EFFECT_KEPT_ON_SELF);
}

static const char *const sg_late__consumers[] = {
  "builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.sorted",
  "builtins.any", "builtins.all", "builtins.sum", "builtins.min", "builtins.max",
  "builtins.dict", "builtins.enumerate"};

static bool sg_late__in(const char *s, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(s, list[i])) return true;
  return false;
}

/* A holder's uses may store it in another holder, and so on, or in a loop
 * (`a.x[i] = b; b.y[i] = a`): holders are followed at most this deep, and
 * at most SG_LATE__STEPS of their bindings and uses are looked at per
 * closure; past either the holder is not known to be fresh. */
#define SG_LATE__HOLDERS 4
#define SG_LATE__STEPS 4000

static Escape sg_late__escape(const SemanticModel *m, uint32_t e, uint32_t loop, int depth, uint32_t *where,
                              SgLateWalk *walk);

/* `obj.m(..., closure, ...)` where obj's class is not known but every
 * same-file class method named m (there is at least one) stores the
 * parameter that receives it: an event bus's `subscribe`, a registry's
 * `register`, called on a bus handed in. */
static bool sg_late__stored_by_methods(const SemanticModel *m, const Summaries *S, uint32_t call, uint32_t arg) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (!S || attr == SG_NONE) return false;
  uint32_t index = 1, keyword = SG_NONE;  /* self is parameter 0 */
  if (t->kind[arg] == KIND_KEYWORD_ARGUMENT) {
    uint32_t kw = sg_flat_field(t, arg, FIELD_NAME);
    if (kw == SG_NONE) return false;
    keyword = t->name_id[kw];
  } else {
    for (uint32_t a = sg_flat_named_child(t, t->parent[arg]); a != SG_NONE && a != arg; a = sg_flat_next_named(t, a)) {
      if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) return false;
      if (t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT) index++;
    }
  }
  uint32_t methods = 0;
  for (uint32_t i = 0; i < S->functions.len; i++) {
    const FunctionSummary *f = &S->functions.items[i];
    if (f->cls == SG_NONE || f->staticmethod || f->classmethod || f->receiver == SG_NONE) continue;
    uint32_t name = sg_flat_field(t, m->scopes.items[f->scope].node, FIELD_NAME);
    if (name == SG_NONE || t->name_id[name] != t->name_id[attr]) continue;
    const ParamSummary *param = NULL;
    for (uint32_t k = 0; k < f->param_count && !param; k++) {
      const ParamSummary *q = &S->params.items[f->first_param + k];
      if (keyword == SG_NONE ? q->index == index : q->name == keyword) param = q;
    }
    if (!param || !(param->effects & EFFECT_STORED)) return false;
    methods++;
  }
  return methods > 0;
}

/* Is the call a `with` item's context manager (`with mock.patch("m.f",
 * fn):`)? What it keeps, it keeps for the block, inside this iteration. */
static bool sg_late__with_item(const FlatTree *t, uint32_t call) {
  uint32_t p = t->parent[call];
  if (p != SG_NONE && t->kind[p] == KIND_AS_PATTERN) p = t->parent[p];
  return p != SG_NONE && t->kind[p] == KIND_WITH_ITEM;
}

/* Does the same-file function that param belongs to return a nested
 * function or lambda that reads it (a decorator: `def retry(fn): def
 * wrapper(...): ... fn(...); return wrapper`)? */
static bool sg_late__returns_closure_over(const SemanticModel *m, const ParamSummary *param) {
  const FlatTree *t = m->tree;
  if (param->symbol == SG_NONE) return false;  /* a function of another file */
  bool every;
  uint32_t inner = sg_value_returned_function(m, m->symbols.items[param->symbol].scope, &every);
  for (uint32_t k = inner; inner != SG_NONE && k <= t->subtree_end[inner]; k++)
    if (t->kind[k] == KIND_IDENTIFIER && m->node_reference[k] != SG_NONE &&
        m->references.items[m->node_reference[k]].symbol == param->symbol)
      return true;
  return false;
}

/* `obj.attr = closure` (or `obj[k] = closure`) where `obj` names an object
 * made in this iteration (every binding of it in the loop is an assignment
 * from a call, `user = Empty()`, `req, res = self.prepare()`) that does not
 * itself escape: the closure lives as long as that object, which the next
 * iteration drops. */
static bool sg_late__fresh_holder(const SemanticModel *m, uint32_t left, uint32_t loop, int depth,
                                  SgLateWalk *walk) {
  const FlatTree *t = m->tree;
  if (depth >= SG_LATE__HOLDERS) return false;
  uint32_t base = left;
  while (base != SG_NONE && (t->kind[base] == KIND_ATTRIBUTE || t->kind[base] == KIND_SUBSCRIPT))
    base = sg_flat_unparen(t, t->kind[base] == KIND_ATTRIBUTE ? sg_flat_field(t, base, FIELD_OBJECT)
                                                              : sg_flat_field(t, base, FIELD_VALUE));
  if (base == SG_NONE || t->kind[base] != KIND_IDENTIFIER) return false;
  uint32_t r = m->node_reference[base];
  uint32_t y = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (y == SG_NONE || m->references.items[r].kind != REFERENCE_LOCAL) return false;
  uint32_t body = t->kind[loop] == KIND_FOR_STATEMENT || t->kind[loop] == KIND_WHILE_STATEMENT
                      ? sg_flat_field(t, loop, FIELD_BODY) : SG_NONE;
  if (body == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[y];
  bool made = false;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (++walk->steps > SG_LATE__STEPS) return false;
    if (!sg_flat_is_ancestor(t, loop, bd->node)) continue;
    if (!sg_flat_is_ancestor(t, body, bd->node) || bd->kind != BINDING_KIND_ASSIGNMENT) return false;
    uint32_t ctx = bd->context;
    uint32_t right = ctx == SG_NONE || t->kind[ctx] != KIND_ASSIGNMENT ? SG_NONE
                                                                        : sg_flat_unparen(t, sg_flat_field(t, ctx, FIELD_RIGHT));
    if (right == SG_NONE || t->kind[right] != KIND_CALL) return false;
    if (t->start_byte[bd->node] > t->start_byte[left]) return false;  /* bound only after this store */
    made = true;
  }
  if (!made) return false;
  /* the object itself must not be kept past the iteration */
  for (uint32_t q = sym->first_reference; q != SG_NONE; q = m->references.items[q].next) {
    uint32_t use = m->references.items[q].node;
    if (++walk->steps > SG_LATE__STEPS) return false;
    if (!sg_flat_is_ancestor(t, loop, use)) continue;
    uint32_t w;
    uint32_t c, p = t->parent[use];
    /* reads through it (`obj.x`, `obj.m()`) do not hand the object over */
    for (c = use; p != SG_NONE && t->kind[p] == KIND_PARENTHESIZED_EXPRESSION; c = p, p = t->parent[p]) {}
    if (p != SG_NONE && (t->kind[p] == KIND_ATTRIBUTE || t->kind[p] == KIND_SUBSCRIPT) &&
        t->field[c] != FIELD_ATTRIBUTE && t->field[c] != FIELD_SUBSCRIPT)
      continue;
    if (sg_late__escape(m, use, loop, depth + 1, &w, walk) == ESCAPE_YES) return false;
  }
  return true;
}

/* Does the value of expression `e` outlive the current iteration? *where
 * is the node that shows it. One level of local alias is followed. */
/* `t = Thread(target=f)` ... `t.join()` later in the same block (a plain
 * join, no timeout): the thread, and the closure it runs, are done before
 * the iteration goes on. */
static bool sg_late__joined_in_iteration(const FlatTree *t, uint32_t call) {
  uint32_t c, assign = sg_late__up(t, call, &c);
  if (assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT || t->field[c] != FIELD_RIGHT) return false;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_LEFT)), stmt = t->parent[assign];
  if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER || stmt == SG_NONE ||
      t->kind[stmt] != KIND_EXPRESSION_STATEMENT)
    return false;
  for (uint32_t s = sg_flat_next_named(t, stmt); s != SG_NONE; s = sg_flat_next_named(t, s)) {
    if (t->kind[s] != KIND_EXPRESSION_STATEMENT) continue;
    uint32_t e = sg_flat_unparen(t, sg_flat_named_child(t, s));
    uint32_t fn = e != SG_NONE && t->kind[e] == KIND_CALL ? sg_flat_field(t, e, FIELD_FUNCTION) : SG_NONE;
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    uint32_t args = sg_flat_field(t, e, FIELD_ARGUMENTS);
    if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == t->name_id[left] && attr != SG_NONE &&
        sg_flat_text_is(t, attr, "join") && args != SG_NONE && sg_flat_named_child(t, args) == SG_NONE)
      return true;
  }
  return false;
}

static Escape sg_late__escape(const SemanticModel *m, uint32_t e, uint32_t loop, int depth, uint32_t *where,
                              SgLateWalk *walk) {
  const FlatTree *t = m->tree;
  uint32_t c, p = sg_late__up(t, e, &c);
  bool in_display = false;
  while (p != SG_NONE && (t->kind[p] == KIND_LIST || t->kind[p] == KIND_TUPLE || t->kind[p] == KIND_SET ||
                          t->kind[p] == KIND_DICTIONARY || t->kind[p] == KIND_PAIR ||
                          t->kind[p] == KIND_EXPRESSION_LIST ||
                          (in_display && t->kind[p] == KIND_BINARY_OPERATOR))) {
    in_display = true;
    p = sg_late__up(t, p, &c);
  }
  if (t->kind[p == SG_NONE ? 0 : p] == KIND_BLOCK || p == SG_NONE) return ESCAPE_UNKNOWN;
  /* stored and the loop ends right after: the closure sees the final value */
  if (depth == 0 && sg_late__loop_ends_after(t, p, loop, walk->leaves)) return ESCAPE_NONE;
  if (p == SG_NONE) return ESCAPE_UNKNOWN;
  *where = p;
  switch (t->kind[p]) {
    case KIND_YIELD:
      return ESCAPE_YES;
    case KIND_RETURN_STATEMENT:
      /* returning from inside the loop ends it: the closure keeps its value */
      return ESCAPE_NONE;
    case KIND_AUGMENTED_ASSIGNMENT:
      return t->field[c] == FIELD_RIGHT ? ESCAPE_YES : ESCAPE_UNKNOWN;
    case KIND_ASSIGNMENT: {
      if (t->field[c] != FIELD_RIGHT) return ESCAPE_UNKNOWN;
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_LEFT));
      if (left == SG_NONE) return ESCAPE_UNKNOWN;
      /* a different slot each iteration keeps every closure; the same slot
       * keeps only the last one, which sees its own value */
      if (t->kind[left] == KIND_ATTRIBUTE || t->kind[left] == KIND_SUBSCRIPT) {
        if (!sg_late__varies(m, loop, left)) return ESCAPE_NONE;
        return sg_late__fresh_holder(m, left, loop, depth, walk) ? ESCAPE_NONE : ESCAPE_YES;
      }
      if (t->kind[left] != KIND_IDENTIFIER) return ESCAPE_UNKNOWN;
      /* funcs = funcs + [lambda: x]: accumulates */
      if (in_display) {
        uint32_t b0 = m->node_binding[left];
        uint32_t accsym = b0 == SG_NONE ? SG_NONE : m->bindings.items[b0].symbol;
        uint32_t right = sg_flat_field(t, p, FIELD_RIGHT);
        for (uint32_t i = right; accsym != SG_NONE && right != SG_NONE && i <= t->subtree_end[right]; i++) {
          uint32_t r = m->node_reference[i];
          if (r != SG_NONE && m->references.items[r].symbol == accsym) return ESCAPE_YES;
        }
      }
      /* one wrapping deep (`getter = property(lambda self: ... i)`, `g = retry(lambda: i)`) */
      if (depth > 1) return ESCAPE_UNKNOWN;
      /* f = lambda: i: follow f's reads after this, inside the loop */
      uint32_t b = m->node_binding[left];
      if (b == SG_NONE) return ESCAPE_UNKNOWN;
      const Symbol *sym = &m->symbols.items[m->bindings.items[b].symbol];
      Escape worst = ESCAPE_NONE;
      for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
        uint32_t use = m->references.items[r].node;
        if (t->start_byte[use] < t->end_byte[p]) continue;
        if (!sg_flat_is_ancestor(t, loop, use)) {
          /* read after the loop: the last closure survives, the others do not */
          continue;
        }
        uint32_t w;
        Escape es = sg_late__escape(m, use, loop, depth + 1, &w, walk);
        if (es == ESCAPE_YES) { *where = w; return ESCAPE_YES; }
        if (es == ESCAPE_UNKNOWN) worst = ESCAPE_UNKNOWN;
      }
      return in_display ? ESCAPE_UNKNOWN : worst;
    }
    case KIND_CALL:
      /* (lambda: i)() — called now */
      return t->field[c] == FIELD_FUNCTION ? ESCAPE_NONE : ESCAPE_UNKNOWN;
    case KIND_KEYWORD_ARGUMENT:
    case KIND_ARGUMENT_LIST: {
      uint32_t kw = SG_NONE;
      uint32_t args = p;
      if (t->kind[p] == KIND_KEYWORD_ARGUMENT) {
        kw = sg_flat_field(t, p, FIELD_NAME);
        args = t->parent[p];
      }
      uint32_t call = args == SG_NONE ? SG_NONE : t->parent[args];
      if (call == SG_NONE || t->kind[call] != KIND_CALL) return ESCAPE_UNKNOWN;
      *where = call;
      if (kw != SG_NONE) {
        if (sg_flat_text_is(t, kw, "key")) return ESCAPE_NONE;
        if (sg_flat_text_is(t, kw, "target") && sg_late__joined_in_iteration(t, call)) return ESCAPE_NONE;
        if (sg_flat_text_is(t, kw, "target") || sg_flat_text_is(t, kw, "command") ||
            sg_flat_text_is(t, kw, "callback") || sg_flat_text_is(t, kw, "default_factory"))
          return ESCAPE_YES;
      }
      uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
      char buf[128];
      const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
      if (q && sg_late__run_later(q, LATER_FUNCTION) >= 0) return ESCAPE_YES;
      /* `property(fn)`, `staticmethod(fn)`: the descriptor holds it, and lives as long as
       * what keeps the descriptor */
      if (q && kw == SG_NONE &&
          (!strcmp(q, "builtins.property") || !strcmp(q, "builtins.staticmethod") || !strcmp(q, "builtins.classmethod")))
        return depth > 0 ? ESCAPE_UNKNOWN : sg_late__escape(m, call, loop, depth + 1, where, walk);
      /* `setattr(cls, name, fn)` on a parameter or a module-level object: kept where
       * the function's caller (a class decorator's) or the module reads it later; on a
       * local object, it may all happen inside the loop */
      if (q && kw == SG_NONE && !strcmp(q, "builtins.setattr") && sg_flat_call_arg(t, call, 2, NULL) == c) {
        uint32_t holder = sg_flat_unparen(t, sg_flat_call_arg(t, call, 0, NULL));
        uint32_t hr = holder == SG_NONE || t->kind[holder] != KIND_IDENTIFIER ? SG_NONE : m->node_reference[holder];
        if (hr == SG_NONE) return ESCAPE_UNKNOWN;
        const Reference *href = &m->references.items[hr];
        bool outlives = href->kind == REFERENCE_GLOBAL ||
                        (href->kind == REFERENCE_LOCAL && href->symbol != SG_NONE &&
                         (m->symbols.items[href->symbol].flags & SYMBOL_PARAMETER));
        return outlives ? ESCAPE_YES : ESCAPE_UNKNOWN;
      }
      /* same-file code that keeps it (`register(table, key, fn)`, `bus.subscribe(fn)`)
       * or hands it back (`retry(fn)`: a wrapper that calls it) */
      const ParamSummary *param = walk->summaries ? sg_summaries_argument(walk->summaries, m, call,
                                                                            kw != SG_NONE ? p : c)
                                                     : NULL;
      if (param && (param->effects & EFFECT_STORED) && !sg_late__with_item(t, call)) return ESCAPE_YES;
      if (!param && sg_late__stored_by_methods(m, walk->summaries, call, kw != SG_NONE ? p : c)) return ESCAPE_YES;
      if (param && ((param->effects & EFFECT_RETURNED) || sg_late__returns_closure_over(m, param)))
        return depth > 0 ? ESCAPE_UNKNOWN : sg_late__escape(m, call, loop, depth + 1, where, walk);
      /* `Task(cage.label, lambda: ...)`: an object of a same-file class that keeps
       * it (`self.run = run` in `__init__`, a dataclass's or NamedTuple's field)
       * escapes with the object */
      if (depth == 0 && sg_late__holder(m, walk->summaries, call, kw != SG_NONE ? p : c))
        return sg_late__escape(m, call, loop, depth + 1, where, walk);
      if (q && (!strcmp(q, "builtins.map") || !strcmp(q, "builtins.filter"))) {
        /* lazy: consumed on the spot by list(...)/sum(...)..., or it escapes with the map */
        uint32_t c2, p2 = sg_late__up(t, call, &c2);
        if (p2 != SG_NONE && t->kind[p2] == KIND_ARGUMENT_LIST) {
          uint32_t outer = t->parent[p2];
          char b2[64];
          const char *q2 = outer == SG_NONE ? NULL : sg_resolve_qualified(m, sg_flat_field(t, outer, FIELD_FUNCTION), b2, sizeof b2);
          if (q2 && sg_late__in(q2, sg_late__consumers, sizeof sg_late__consumers / sizeof *sg_late__consumers))
            return ESCAPE_NONE;
        }
        if (p2 != SG_NONE && (t->kind[p2] == KIND_FOR_STATEMENT || t->kind[p2] == KIND_FOR_IN_CLAUSE))
          return ESCAPE_NONE;
        return depth > 0 ? ESCAPE_UNKNOWN : sg_late__escape(m, call, loop, depth + 1, where, walk);
      }
      if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
        uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        uint32_t len;
        const char *name = attr == SG_NONE ? "" : sg_flat_text(t, attr, &len);
        if (attr != SG_NONE) {
          char nm[64];
          snprintf(nm, sizeof nm, "%.*s", (int)len, name);
          if (!strcmp(nm, "sort")) return ESCAPE_NONE;
          int how = sg_late__run_later(nm, LATER_METHOD);
          if (how == LATER_METHOD) return ESCAPE_YES;
          if (how == LATER_FUTURE) {
            if (depth > 0) return ESCAPE_UNKNOWN;
            uint32_t w = SG_NONE;
            Escape fe = sg_late__escape(m, call, loop, depth + 1, &w, walk);
            /* a future dropped on the floor: the call still runs later */
            uint32_t fc, fp = sg_late__up(t, call, &fc);
            if (fp != SG_NONE && t->kind[fp] == KIND_EXPRESSION_STATEMENT) return ESCAPE_YES;
            if (fe == ESCAPE_YES) *where = w;
            return fe;
          }
          if (!strcmp(nm, "extend") && in_display) return ESCAPE_YES;
        }
      }
      return ESCAPE_UNKNOWN;
    }
    default:
      return ESCAPE_UNKNOWN;
  }
}

/* Is `symbol` rebound by loop `loop` (its target, or in its body)? */
static bool sg_late__rebound(const SemanticModel *m, uint32_t loop, uint32_t symbol) {
  const FlatTree *t = m->tree;
  uint32_t target = SG_NONE, body = SG_NONE;
  switch (t->kind[loop]) {
    case KIND_FOR_STATEMENT:
      target = sg_flat_field(t, loop, FIELD_LEFT);
      body = sg_flat_field(t, loop, FIELD_BODY);
      break;
    case KIND_WHILE_STATEMENT:
      body = sg_flat_field(t, loop, FIELD_BODY);
      break;
    default:  /* a comprehension: its for clauses' targets */
      for (uint32_t c = t->first_child[loop]; c != SG_NONE; c = t->next_sibling[c]) {
        if (t->kind[c] != KIND_FOR_IN_CLAUSE) continue;
        uint32_t left = sg_flat_field(t, c, FIELD_LEFT);
        const Symbol *s = &m->symbols.items[symbol];
        for (uint32_t b = s->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
          if (left != SG_NONE && (left == m->bindings.items[b].node || sg_flat_is_ancestor(t, left, m->bindings.items[b].node)))
            return true;
      }
      return false;
  }
  const Symbol *s = &m->symbols.items[symbol];
  for (uint32_t b = s->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_GLOBAL_DECL ||
        bd->kind == BINDING_KIND_NONLOCAL_DECL)
      continue;
    if (target != SG_NONE && (bd->node == target || sg_flat_is_ancestor(t, target, bd->node))) return true;
    if (body != SG_NONE && sg_flat_is_ancestor(t, body, bd->node)) return true;
  }
  return false;
}

/* Is `symbol` rebound by `loop` or a loop around it in the same scope? */
static bool sg_late__rebound_around(const SemanticModel *m, uint32_t loop, uint32_t symbol) {
  const FlatTree *t = m->tree;
  for (uint32_t q = loop; q != SG_NONE; q = t->parent[q]) {
    uint16_t qk = t->kind[q];
    if (qk == KIND_FUNCTION_DEFINITION || qk == KIND_CLASS_DEFINITION || qk == KIND_LAMBDA) break;
    if ((qk == KIND_FOR_STATEMENT || qk == KIND_WHILE_STATEMENT || sg_late__is_comprehension(qk)) &&
        sg_late__rebound(m, q, symbol))
      return true;
  }
  return false;
}

/* Is every binding of `symbol` inside the loop a `def` whose body reads
 * nothing the loop rebinds? Then each iteration makes the same function
 * again, and the last one behaves like every other. */
static bool sg_late__same_function(const SemanticModel *m, uint32_t loop, uint32_t symbol) {
  const FlatTree *t = m->tree;
  bool any = false;
  for (uint32_t b = m->symbols.items[symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (!sg_flat_is_ancestor(t, loop, bd->node)) continue;
    if (bd->kind != BINDING_KIND_DEF || bd->context == SG_NONE) return false;
    uint32_t def = bd->context;
    uint32_t own = m->node_own_scope[def];
    for (uint32_t i = def; i <= t->subtree_end[def]; i++) {
      uint32_t r = m->node_reference[i];
      if (r == SG_NONE) continue;
      const Reference *ref = &m->references.items[r];
      if (ref->symbol == SG_NONE || ref->symbol == symbol) continue;
      /* a name of the scope that runs the loop (defaults and decorators included) */
      if (m->symbols.items[ref->symbol].scope == own) continue;
      if (sg_late__rebound_around(m, loop, ref->symbol)) return false;
    }
    any = true;
  }
  return any;
}

/* Add `name=name` to the closure's parameters, when the shape allows. */
static void sg_late__fix(RuleContext *ctx, Diagnostic *d, uint32_t closure, const char *name) {
  const FlatTree *t = ctx->tree;
  uint32_t params = sg_flat_field(t, closure, FIELD_PARAMETERS);
  char text[160];
  if (params != SG_NONE) {
    for (uint32_t i = params; i <= t->subtree_end[params]; i++)
      if (t->kind[i] == KIND_LIST_SPLAT_PATTERN || t->kind[i] == KIND_DICTIONARY_SPLAT_PATTERN ||
          t->kind[i] == KIND_KEYWORD_SEPARATOR || t->kind[i] == KIND_POSITIONAL_SEPARATOR ||
          t->kind[i] == KIND_TOKEN_STAR)
        return;
  }
  char title[128];
  snprintf(title, sizeof title, "Bind the current value: add `%s=%s` to the parameters", name, name);
  if (t->kind[closure] == KIND_LAMBDA) {
    if (params == SG_NONE) {
      /* `lambda: x` -> `lambda name=name: x` */
      uint32_t kw = t->first_child[closure];
      snprintf(text, sizeof text, " %s=%s", name, name);
      sg_fix_edit(sg_diag_fix(d, FIX_UNSAFE, title), t->end_byte[kw], t->end_byte[kw], text);
    } else {
      snprintf(text, sizeof text, ", %s=%s", name, name);
      sg_fix_edit(sg_diag_fix(d, FIX_UNSAFE, title), t->end_byte[params], t->end_byte[params], text);
    }
    return;
  }
  if (params == SG_NONE || t->end_byte[params] < 1) return;
  uint32_t close = t->end_byte[params] - 1;  /* the `)` */
  bool empty = sg_flat_named_child(t, params) == SG_NONE;
  snprintf(text, sizeof text, "%s%s=%s", empty ? "" : ", ", name, name);
  sg_fix_edit(sg_diag_fix(d, FIX_UNSAFE, title), close, close, text);
}

/* Does calling def run its body later: an `async def` (a coroutine) or a
 * function whose own body yields (a generator)? */
static bool sg_late__lazy_body(const SemanticModel *m, uint32_t def) {
  const FlatTree *t = m->tree;
  if (t->kind[def] != KIND_FUNCTION_DEFINITION) return false;
  for (uint32_t c = t->first_child[def]; c != SG_NONE && !(t->flags[c] & FLAT_NAMED); c = t->next_sibling[c])
    if (sg_flat_text_is(t, c, "async")) return true;
  uint32_t body = sg_flat_field(t, def, FIELD_BODY), own = m->node_own_scope[def];
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++)
    if (t->kind[i] == KIND_YIELD && sg_model_function_scope(m, m->node_scope[i]) == own) return true;
  return false;
}

/* Is `use` the function of a call whose result is not awaited, iterated or
 * consumed right there (`await visit()`, `list(gen())`, `for x in gen()`)? */
static bool sg_late__deferred_call(const FlatTree *t, uint32_t use) {
  uint32_t call = t->parent[use];
  if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) return false;
  uint32_t c, p = sg_late__up(t, call, &c);
  if (p == SG_NONE || t->kind[p] == KIND_AWAIT || t->kind[p] == KIND_EXPRESSION_STATEMENT) return false;
  if ((t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_FOR_IN_CLAUSE) && t->field[c] == FIELD_RIGHT) return false;
  if (t->kind[p] == KIND_YIELD) return false;  /* `yield from gen()` runs it now */
  if (t->kind[p] == KIND_ARGUMENT_LIST && t->parent[p] != SG_NONE) {
    uint32_t fn = sg_flat_field(t, t->parent[p], FIELD_FUNCTION);
    if (fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER)
      for (size_t k = 0; k < sizeof sg_late__consumers / sizeof *sg_late__consumers; k++)
        if (sg_flat_text_is(t, fn, sg_late__consumers[k] + 9)) return false;  /* list(gen()) */
  }
  return true;
}

static void sg_late__closure(RuleContext *ctx, uint32_t closure, uint8_t *leaves) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t own = m->node_own_scope[closure];
  if (own == SG_NONE) return;
  /* the loops around it, in the scope that creates it */
  for (uint32_t c = closure, p = t->parent[closure]; p != SG_NONE; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) break;
    uint32_t loop = SG_NONE;
    if ((k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT) && t->field[c] == FIELD_BODY) loop = p;
    if (sg_late__is_comprehension(k) && t->kind[c] != KIND_FOR_IN_CLAUSE) loop = p;
    if (sg_late__is_comprehension(k) && t->kind[c] == KIND_FOR_IN_CLAUSE &&
        sg_flat_field(t, c, FIELD_RIGHT) != SG_NONE &&
        !sg_flat_is_ancestor(t, sg_flat_field(t, c, FIELD_RIGHT), closure) &&
        sg_flat_field(t, c, FIELD_RIGHT) != closure)
      loop = p;  /* inside an `if` of a later clause */
    if (loop == SG_NONE) continue;
    /* `for opt in (ECHO,):` runs once: there is no other value to see */
    if (t->kind[loop] == KIND_FOR_STATEMENT) {
      uint32_t it = sg_flat_unparen(t, sg_flat_field(t, loop, FIELD_RIGHT));
      if (it != SG_NONE && (t->kind[it] == KIND_TUPLE || t->kind[it] == KIND_LIST || t->kind[it] == KIND_SET) &&
          sg_flat_named_child_count(t, it) == 1 && t->kind[sg_flat_named_child(t, it)] != KIND_LIST_SPLAT)
        continue;
      /* `for k, v in d.iteritems():` on a dict raises before the body runs */
      if (sg_value_lacks_method(ctx->model, it)) continue;
    }

    /* does the closure outlive the iteration? */
    uint32_t where = SG_NONE;
    SgLateWalk walk = {0, leaves, ctx->summaries};
    Escape es;
    if (sg_late__is_comprehension(t->kind[loop])) {
      /* a comprehension that makes closures collects them */
      es = t->kind[loop] == KIND_GENERATOR_EXPRESSION ? ESCAPE_UNKNOWN : ESCAPE_YES;
      where = loop;
      if (t->kind[loop] == KIND_GENERATOR_EXPRESSION) {
        uint32_t gc, gp = sg_late__up(t, loop, &gc);
        if (gp != SG_NONE && (t->kind[gp] == KIND_ASSIGNMENT || t->kind[gp] == KIND_RETURN_STATEMENT ||
                              t->kind[gp] == KIND_YIELD))
          es = ESCAPE_YES;
      }
      /* the closure must be the element, or in a display that is */
      uint32_t body = sg_flat_field(t, loop, FIELD_BODY);
      uint32_t e = closure;
      while (e != body && e != SG_NONE && t->parent[e] != SG_NONE) {
        uint16_t pk = t->kind[t->parent[e]];
        if (pk == KIND_ARGUMENT_LIST || pk == KIND_KEYWORD_ARGUMENT) {
          /* `Task(cage.label, lambda: ...)` as the element: an object of a
           * same-file class that keeps it (a record's field, `self.run = run`) */
          uint32_t arg = pk == KIND_KEYWORD_ARGUMENT ? t->parent[e] : e;
          uint32_t args = t->parent[arg], call = args == SG_NONE ? SG_NONE : t->parent[args];
          if (call == SG_NONE || t->kind[call] != KIND_CALL) break;
          /* or `[cal.enter(d, 1, lambda: relieve(post)) for post in posts]`: run later */
          uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
          if (!sg_late__holder(m, ctx->summaries, call, arg) && sg_late__method_later(t, fn) != LATER_METHOD) break;
          e = call;
          continue;
        }
        if (pk != KIND_PARENTHESIZED_EXPRESSION && pk != KIND_LIST && pk != KIND_TUPLE &&
            pk != KIND_SET && pk != KIND_DICTIONARY && pk != KIND_PAIR)
          break;
        e = t->parent[e];
      }
      if (body == SG_NONE || e != body) es = ESCAPE_NONE;
    } else if (t->kind[closure] == KIND_LAMBDA) {
      es = sg_late__escape(m, closure, loop, 0, &where, &walk);
    } else {
      /* a nested def: decorators hand it over; otherwise follow its name */
      es = ESCAPE_NONE;
      uint32_t dd = t->parent[closure];
      bool decorated = dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION;
      bool used = false;
      bool lazy_body = sg_late__lazy_body(m, closure);
      {
        uint32_t name = sg_flat_field(t, closure, FIELD_NAME);
        uint32_t b = name == SG_NONE ? SG_NONE : m->node_binding[name];
        const Symbol *sym = b == SG_NONE ? NULL : &m->symbols.items[m->bindings.items[b].symbol];
        for (uint32_t r = sym ? sym->first_reference : SG_NONE; r != SG_NONE && es != ESCAPE_YES;
             r = m->references.items[r].next) {
          uint32_t use = m->references.items[r].node;
          if (!sg_flat_is_ancestor(t, loop, use) || sg_flat_is_ancestor(t, closure, use)) continue;
          used = true;
          uint32_t w;
          if (sg_late__escape(m, use, loop, 0, &w, &walk) == ESCAPE_YES) {
            es = ESCAPE_YES;
            where = w;
          } else if (lazy_body && sg_late__deferred_call(t, use)) {
            /* `visit()` of an `async def` (or a generator function): the
             * call makes a coroutine whose body runs when it is awaited or
             * scheduled. Through the calls that wrap it
             * (`asyncio.create_task(visit())`), does it outlive the
             * iteration (`jobs.append(...)`)? */
            uint32_t outer = t->parent[use];
            for (int wraps = 0; wraps < 4; wraps++) {
              uint32_t below, args = sg_late__up(t, outer, &below);
              if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST || t->parent[args] == SG_NONE ||
                  t->kind[t->parent[args]] != KIND_CALL)
                break;
              /* only the calls that turn a coroutine into a task or future */
              uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, t->parent[args], FIELD_FUNCTION));
              if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) fn = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
              if (fn == SG_NONE || !(sg_flat_text_is(t, fn, "create_task") || sg_flat_text_is(t, fn, "ensure_future") ||
                                     sg_flat_text_is(t, fn, "run_coroutine_threadsafe") || sg_flat_text_is(t, fn, "shield") ||
                                     sg_flat_text_is(t, fn, "Task")))
                break;
              outer = t->parent[args];
            }
            if (sg_late__escape(m, outer, loop, 0, &w, &walk) == ESCAPE_YES) {
              es = ESCAPE_YES;
              where = w;
            }
          }
        }
      }
      /* a decorated function the loop never uses was registered by its decorator */
      if (decorated && !used && es != ESCAPE_YES) {
        es = ESCAPE_YES;
        where = t->first_child[dd];
      }
    }
    if (es != ESCAPE_YES) continue;

    /* reads, inside the closure, of names this loop rebinds */
    uint32_t reported = 0;
    for (uint32_t i = closure; i <= t->subtree_end[closure]; i++) {
      uint32_t r = m->node_reference[i];
      if (r == SG_NONE) continue;
      const Reference *ref = &m->references.items[r];
      if ((ref->kind != REFERENCE_FREE && ref->kind != REFERENCE_GLOBAL) || ref->symbol == SG_NONE) continue;
      /* read when the closure runs: in its body, not in its defaults */
      bool inside = false;
      for (uint32_t sc = ref->scope; sc != SG_NONE && !inside; sc = m->scopes.items[sc].parent) inside = sc == own;
      if (!inside) continue;
      /* the variable belongs to the scope that runs the loop */
      uint32_t vs = m->symbols.items[ref->symbol].scope;
      bool loop_scope = vs == m->node_scope[loop] ||
                        (sg_late__is_comprehension(t->kind[loop]) && vs == m->node_own_scope[loop]);
      if (vs == own || !loop_scope) continue;
      if (!sg_late__rebound_around(m, loop, ref->symbol) || sg_late__same_function(m, loop, ref->symbol))
        continue;
      const char *name = sg_flat_name(t, i);
      uint32_t line = sg_source_line_of(ctx->source, t->start_byte[loop]) + 1;
      Diagnostic *d = sg_rule_report(
          ctx, RULE_late_binding_closure, i,
          "`%s` is read when this %s runs, after the loop on line %u has moved on: every closure "
          "made by the loop sees the last value of `%s`; bind it now (`%s=%s`) or use a factory",
          name, t->kind[closure] == KIND_LAMBDA ? "lambda" : "function", line, name, name, name);
      sg_diag_related(d, t->start_byte[loop], t->start_byte[loop] + 3, "the loop that rebinds `%s`", name);
      if (where != SG_NONE && where != loop)
        sg_diag_related(d, t->start_byte[where], t->end_byte[where], "the closure outlives the iteration here");
      sg_late__fix(ctx, d, closure, name);
      reported++;
    }
    if (reported) return;  /* one loop is enough to explain it */
  }
}

void sg_rule_late_binding_closure(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const Candidates *c = ctx->candidates;
  uint8_t *leaves = sg_calloc(t->count + 1, 1);
  if (c) {  /* the GPU path: closures with a loop around them */
    for (uint32_t k = 0; k < c->count[CANDIDATE_LOOP_CLOSURE]; k++)
      sg_late__closure(ctx, c->nodes[CANDIDATE_LOOP_CLOSURE][k], leaves);
  } else {
    for (uint32_t i = 0; i < t->count; i++)
      if (t->kind[i] == KIND_LAMBDA || t->kind[i] == KIND_FUNCTION_DEFINITION) sg_late__closure(ctx, i, leaves);
  }
  sg_free(leaves);
}
