/* SNG501 unsynchronized-shared-update: a read-modify-write of shared state
 * on several threads without a lock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/values.h"
#include "rules/processes.h"
#include "rules/threads.h"

const RuleDoc sg_rule_doc_unsynchronized_shared_update = {
  .summary = "Shared state is read, modified and written on several threads without a lock",
  .what =
    "Reports a read-modify-write (`counter += 1`, `self.total += n`, `d[k] = d.get(k, 0) + 1`, "
    "check-then-act `if k not in d: d[k] = ...`) of shared state (a module global, an enclosing "
    "function's variable, an attribute of a `self` several threads share, an item of such a "
    "container) in code that runs on several threads at once (a target started in a loop, from "
    "two places, or by a thread pool, and what it calls), with no lock held, or only a lock each "
    "thread has its own of. In detail:\n\n"
    "- **Whose lock**: a lock of `self` made per object (a Thread subclass, `w = Worker()` in the "
    "starting loop, several objects of a class) around module-level state or around one object "
    "every such object was given (`self.stats.counts[k]`, also passed on by another class's "
    "`__init__`, or handed to a thread target that makes its own `Recorder(store)`).\n"
    "- **Which objects**: one object made by the function that starts the threads and run by all "
    "(`target=obj.method`, also `target=run.post` for each `run` of a list of one class's objects, "
    "a method called from the closure), a method the workers call on the "
    "one object they were all given (`self.service.post(...)`, unless each call holds a lock); an "
    "object made anew in the starting loop is each thread's own. Accessor pairs count "
    "(`store.set(k, store.get(k) + 1)`, `setX`/`getX`).\n"
    "- **Where no thread start is seen**: a method that takes a lock of `self` and updates, "
    "outside it, an attribute the class writes under it elsewhere (`__init__` and the like "
    "excepted); an attribute updated under two different locks of `self`; a dict or set changed "
    "under a lock and iterated without it by a method a started thread runs.\n"
    "- **Check-then-act**: a lazy initialization tested before the lock and not again under it "
    "(`if cls._instance is None: with cls._lock: ...`), or with no lock at all in threaded code "
    "(also in a property getter); an early exit (`if SEATS[k] is not None: return`) or a `None` "
    "test of a lookup before the store; a membership or size test outside the lock around a "
    "change under it; a guard that leaves (`if self.balance < amount: raise`) before the lock; "
    "a test and an act each under the lock with the gap between not (`if not self.is_free(n): "
    "raise` then `self._claim(n)`, or a plain getter), also through another object's locked "
    "methods (`if self.fleet.count(k) > 0: self.fleet.take(k)`); and a read made into a local "
    "before the lock (`have = self.stock[k]` ... `with self._lock: self.stock[k] = have - n`); "
    "and, with no lock at all, a test through one method and a change through another of one "
    "shared object (`if not self._is_free(room): return` then `self._record(room, guest)`, or "
    "`self.screening.is_free(seat)` then `self.screening.assign(seat, who)`).\n"
    "- **Shared through calls**: an object every task of a pool is handed "
    "(`pool.submit(run_till, inventory, basket)` in a loop), or that every call of a function "
    "passes from outside the threads (`pool.map(lambda r: handle(book, r), requests)`).",
  .more =
    "Across files: a read-modify-write of another module's global (`inventory.BLANKS[k] = "
    "blanks - 1`) that the module itself changes under a module-level lock of its own, made "
    "here under a different lock, or under none in code that runs on threads; and two functions "
    "of other files, both called from code that threads started here run, that read-modify-write "
    "one global of a third module each under a lock of its own (`lend()` under `_loan_lock`, "
    "`give_back()` under `_return_lock`, both `inventory.SHELF[toy]`; or the same attribute of "
    "one object both are handed, `room.seated`); and a method of another file's class that "
    "read-modify-writes a global under its object's own lock, called on an object each run of a "
    "function that runs on several threads makes for itself (`agent = Agent(); agent.sell(k)`; "
    "also through the module's accessors, `stock.put(k, stock.current(k) + n)`). "
    "Threads reach a method called on a parameter (`book.checkout(size)`, the file's one method of "
    "that name) or on a new object (`Bench(name).take(k)`, each run's own object, so a class "
    "instantiated once in code several threads run counts as several objects); a test under the "
    "lock may read the changed attribute among others (`seats_left()` reading `self.jumpers`).",
  .why =
    "The read and the write are separate steps; another thread can run between them, and "
    "one of the two updates is lost. `+=` is not atomic in Python, GIL or not.",
  .example =
    "import threading\n\ncounter = 0\n\ndef work():\n    global counter\n    counter += 1\n\n"
    "threads = [threading.Thread(target=work) for _ in range(4)]\n",
  .instead =
    "import threading\n\ncounter = 0\nlock = threading.Lock()\n\ndef work():\n    global counter\n"
    "    with lock:\n        counter += 1\n\nthreads = [threading.Thread(target=work) for _ in range(4)]\n",
  .limits =
    "Single atomic operations (`list.append`, `queue.put`, `d[k] = v`) are not "
    "read-modify-write. A helper every caller calls with a lock held is not reported. "
    "Objects passed in `args` are followed only as parameters of the target.",
};

/* The argument a thread start passes for parameter `psym` of `scope` is a
 * name (the same object each time), not a fresh value. */
static bool sg_shared_update__shared_argument(RuleContext *ctx, uint32_t scope, uint32_t psym) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t def = m->scopes.items[scope].node;
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  int index = 0, k = 0;
  bool found = false;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE && !found; p = sg_flat_next_named(t, p), k++) {
    uint32_t id = t->kind[p] == KIND_IDENTIFIER ? p : sg_flat_field(t, p, FIELD_NAME);
    if (id != SG_NONE && t->name_id[id] == m->symbols.items[psym].name) { index = k; found = true; }
  }
  if (!found) return false;
  for (uint32_t s = 0; s < ctx->threads->starts.len; s++) {
    const ThreadStart *st = &ctx->threads->starts.items[s];
    if (st->function != scope || !st->repeated || t->kind[st->call] != KIND_CALL) continue;
    uint32_t args = SG_NONE;
    uint32_t al = sg_flat_field(t, st->call, FIELD_ARGUMENTS);
    for (uint32_t a = sg_flat_named_child(t, al); a != SG_NONE; a = sg_flat_next_named(t, a))
      if (t->kind[a] == KIND_KEYWORD_ARGUMENT && sg_flat_field(t, a, FIELD_NAME) != SG_NONE &&
          sg_flat_text_is(t, sg_flat_field(t, a, FIELD_NAME), "args"))
        args = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_VALUE));
    /* `pool.submit(fn, a, b)`: the arguments after the target */
    uint32_t from = SG_NONE;
    if (args == SG_NONE && st->target != SG_NONE && t->parent[st->target] == al) {
      from = sg_flat_next_named(t, st->target);
    } else {
      if (args == SG_NONE || (t->kind[args] != KIND_TUPLE && t->kind[args] != KIND_LIST)) continue;
      from = sg_flat_named_child(t, args);
    }
    int n = 0;
    for (uint32_t a = from; a != SG_NONE && t->kind[a] != KIND_KEYWORD_ARGUMENT; a = sg_flat_next_named(t, a), n++)
      if (n == index && (t->kind[a] == KIND_IDENTIFIER || t->kind[a] == KIND_ATTRIBUTE)) {
        /* not the loop's own variable: that differs per thread */
        uint32_t r = m->node_reference[a];
        uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
        bool per_thread = false;
        for (uint32_t b = sym == SG_NONE ? SG_NONE : m->symbols.items[sym].first_binding; b != SG_NONE;
             b = m->bindings.items[b].next) {
          const Binding *bd = &m->bindings.items[b];
          per_thread |= bd->kind == BINDING_KIND_FOR_TARGET;
          /* bound in a loop that also starts the thread: one object per thread */
          for (uint32_t p = t->parent[st->call]; p != SG_NONE && !per_thread; p = t->parent[p])
            if ((t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_WHILE_STATEMENT) &&
                sg_flat_is_ancestor(t, p, bd->node))
              per_thread = true;
        }
        if (!per_thread) return true;
      }
  }
  return false;
}

/* Every same-file call of function `scope` (`handle(book, r)` in the lambda
 * a pool maps) passes for parameter psym one object made outside the
 * threads: a module-level name, or a name of an enclosing function that
 * does not itself run on a thread. At least one call. */
static bool sg_shared_update__passed_one(RuleContext *ctx, uint32_t scope, uint32_t psym) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t def = m->scopes.items[scope].node, name = sg_flat_field(t, def, FIELD_NAME);
  uint32_t index = sg_value_param_index(m, def, psym);
  if (name == SG_NONE || index == SG_NONE || m->scopes.items[m->scopes.items[scope].parent].kind == SCOPE_CLASS)
    return false;
  uint32_t first, end, calls = 0;
  sg_model_calls_named(m, t->name_id[name], &first, &end);
  for (uint32_t c = first; c < end; c++) {
    uint32_t call = m->calls.items[2 * c + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    const Binding *fb = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
    if (!fb || fb->kind != BINDING_KIND_DEF || fb->context != def) continue;
    uint32_t arg = sg_flat_unparen(t, sg_flat_call_arg(t, call, (int)index, NULL));
    uint32_t r = arg != SG_NONE && t->kind[arg] == KIND_IDENTIFIER ? m->node_reference[arg] : SG_NONE;
    if (r == SG_NONE) return false;
    ReferenceKind k = m->references.items[r].kind;
    uint32_t home = m->references.items[r].symbol == SG_NONE ? SG_NONE : m->symbols.items[m->references.items[r].symbol].scope;
    bool one = (k == REFERENCE_GLOBAL && home == 0) ||
               (k == REFERENCE_FREE && home != SG_NONE && m->scopes.items[home].kind == SCOPE_FUNCTION &&
                !ctx->threads->runs_on_thread[home]);
    if (!one) return false;
    calls++;
  }
  return calls > 0;
}

/* How the objects method `scope` runs on are made, seen from its calls
 * `x.<name>(...)` in the file on a name x bound once to `C(...)` of its
 * class C: in a function that runs on threads, as a local (each run of it
 * makes its own: OBJECTS_OWN), or as a module-level name (one object all
 * threads call: OBJECTS_SHARED). OBJECTS_UNKNOWN when a call is on
 * anything else, or there is none. */
typedef enum Objects { OBJECTS_UNKNOWN, OBJECTS_OWN, OBJECTS_SHARED } Objects;

/* Do nodes a and b sit in one loop body (or one comprehension)? */
static bool sg_shared_update__same_loop(const FlatTree *t, uint32_t a, uint32_t b) {
  for (uint32_t p = sg_flat_enclosing_loop(t, a); p != SG_NONE; p = sg_flat_enclosing_loop(t, p))
    if (b >= p && b <= t->subtree_end[p]) return true;
  return false;
}

/* `self.<a>` (node on) in a method: an `__init__` parameter kept there
 * that every instantiation of the class passes one object for? */
static bool sg_shared_update__given(RuleContext *ctx, uint32_t on);

static Objects sg_shared_update__objects_of(RuleContext *ctx, uint32_t scope) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t fs = sg_model_function_scope(m, scope);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return OBJECTS_UNKNOWN;
  uint32_t name = sg_flat_field(t, m->scopes.items[fs].node, FIELD_NAME);
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  if (name == SG_NONE || cname == SG_NONE) return OBJECTS_UNKNOWN;
  bool own = false, shared = false;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (attr == SG_NONE || t->name_id[attr] != t->name_id[name]) continue;
    uint32_t call = t->parent[i];
    /* `Thread(target=obj.m)`: the object each thread started there runs on */
    bool as_target = call != SG_NONE && t->kind[call] == KIND_KEYWORD_ARGUMENT && t->field[i] == FIELD_VALUE &&
                     sg_flat_field(t, call, FIELD_NAME) != SG_NONE &&
                     sg_flat_text_is(t, sg_flat_field(t, call, FIELD_NAME), "target");
    if (!as_target && (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[i] != FIELD_FUNCTION)) continue;
    if (as_target) call = i;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT));
    if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) continue;  /* self.m() */
    if (obj != SG_NONE && t->kind[obj] == KIND_CALL && !as_target) {
      /* `Bench(name).carve()` in a function that runs on threads: each run's own object */
      uint32_t cf = sg_flat_unparen(t, sg_flat_field(t, obj, FIELD_FUNCTION));
      uint32_t where = sg_model_function_scope(m, m->node_scope[i]);
      if (cf != SG_NONE && t->kind[cf] == KIND_IDENTIFIER && t->name_id[cf] == t->name_id[cname] && where != SG_NONE &&
          ctx->threads->runs_on_thread[where]) {
        own = true;
        continue;
      }
      return OBJECTS_UNKNOWN;
    }
    if (obj != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE && !as_target) {
      /* `self.service.post(...)` in a method running on several threads,
       * `service` one object every instance of that class was given */
      uint32_t o = sg_flat_unparen(t, sg_flat_field(t, obj, FIELD_OBJECT));
      uint32_t where = sg_model_function_scope(m, m->node_scope[i]);
      if (o != SG_NONE && t->kind[o] == KIND_IDENTIFIER && t->name_id[o] == NAME_SELF && where != SG_NONE &&
          ctx->threads->runs_concurrently[where] && sg_shared_update__given(ctx, obj)) {
        shared |= !sg_concurrency_held(ctx->threads, call);  /* a call under a lock is serialised */
        continue;
      }
      return OBJECTS_UNKNOWN;
    }
    uint32_t r = obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ? SG_NONE : m->node_reference[obj];
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return OBJECTS_UNKNOWN;
    if ((m->symbols.items[sym].flags & SYMBOL_PARAMETER) && m->references.items[r].kind == REFERENCE_LOCAL) {
      /* `def worker(pool): pool.acquire()`, every start passing the same `pool` */
      uint32_t where = m->symbols.items[sym].scope;
      if (ctx->threads->runs_concurrently[where] &&
          (sg_shared_update__shared_argument(ctx, where, sym) || sg_shared_update__passed_one(ctx, where, sym))) {
        shared = true;
        continue;
      }
      return OBJECTS_UNKNOWN;
    }
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    uint32_t v = bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
    uint32_t fn = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION))
                                                           : SG_NONE;
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER || m->node_reference[fn] == SG_NONE ||
        m->references.items[m->node_reference[fn]].kind != REFERENCE_GLOBAL)
      return OBJECTS_UNKNOWN;
    if (t->name_id[fn] != t->name_id[cname]) {
      /* an object of another class of the file: another method of that name */
      uint32_t csym = m->references.items[m->node_reference[fn]].symbol;
      const Binding *cb = csym == SG_NONE || m->symbols.items[csym].binding_count != 1
                              ? NULL : &m->bindings.items[m->symbols.items[csym].first_binding];
      if (cb && cb->kind == BINDING_KIND_CLASS) continue;
      return OBJECTS_UNKNOWN;
    }
    uint32_t where = m->symbols.items[sym].scope;
    ReferenceKind rk = m->references.items[r].kind;
    if (rk == REFERENCE_GLOBAL && where == 0) {
      shared = true;
    } else if (rk == REFERENCE_LOCAL && where == m->node_scope[call] &&
               m->scopes.items[where].kind == SCOPE_FUNCTION && ctx->threads->runs_on_thread[where]) {
      own = true;
    } else if (rk == REFERENCE_FREE && m->scopes.items[where].kind == SCOPE_FUNCTION &&
               !ctx->threads->runs_on_thread[where]) {
      /* made once by the enclosing function, read by the closure its threads run */
      shared = true;
    } else if (as_target && rk == REFERENCE_LOCAL && where == m->node_scope[call] &&
               m->scopes.items[where].kind == SCOPE_FUNCTION && !ctx->threads->runs_on_thread[where]) {
      /* `w = Worker()` then `Thread(target=w.run)`: one object for every thread
       * started there, unless it is made anew in the loop that starts them */
      if (sg_shared_update__same_loop(t, bd->node, i)) own = true;
      else shared = true;
    } else {
      return OBJECTS_UNKNOWN;
    }
  }
  return own && !shared ? OBJECTS_OWN : shared && !own ? OBJECTS_SHARED : OBJECTS_UNKNOWN;
}

/* sg_shared_update__objects_of, once per scope of the file (it reads the
 * whole file). */
typedef struct ObjectsMemo {
  uint32_t scope;
  bool known;
  Objects value;
} ObjectsMemo;

static Objects sg_shared_update__objects(RuleContext *ctx, uint32_t scope, ObjectsMemo *memo) {
  if (!memo->known || memo->scope != scope) {
    memo->value = sg_shared_update__objects_of(ctx, scope);
    memo->scope = scope;
    memo->known = true;
  }
  return memo->value;
}

/* Is the updated thing shared between the threads running `scope`? */
static bool sg_shared_update__shared(RuleContext *ctx, uint32_t scope, uint32_t target, ObjectsMemo *memo) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t base = sg_threads_base(t, target);
  if (base == SG_NONE) return false;
  if (t->kind[base] == KIND_ATTRIBUTE) {
    /* self.attr: shared when the threads run a method of one object */
    uint32_t call;
    if (!sg_threads_start_line(ctx, scope, &call)) return false;
    /* a method the threads call on one module-level object (`cache.get(k)`) */
    Objects objects = sg_shared_update__objects(ctx, scope, memo);
    if (t->kind[call] == KIND_CLASS_DEFINITION)  /* Thread subclass: own self, unless a shared object's */
      return objects == OBJECTS_SHARED && m->scopes.items[m->scopes.items[scope].parent].node != call;
    if (objects == OBJECTS_SHARED) return true;
    if (objects == OBJECTS_OWN) return false;  /* `w = Worker()` anew in the loop that starts `target=w.run` */
    /* target=self.method / target=obj.method: the threads share the object */
    for (uint32_t i = call; i <= t->subtree_end[call]; i++)
      if (t->kind[i] == KIND_KEYWORD_ARGUMENT && sg_flat_field(t, i, FIELD_NAME) != SG_NONE &&
          sg_flat_text_is(t, sg_flat_field(t, i, FIELD_NAME), "target")) {
        uint32_t v = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_VALUE));
        if (v == SG_NONE || t->kind[v] != KIND_ATTRIBUTE) return false;
        /* `target=k.serve for k in kiosks`: each thread runs its own item */
        uint32_t o = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT));
        const Binding *ob = o != SG_NONE && t->kind[o] == KIND_IDENTIFIER ? sg_value_sole_binding(m, o) : NULL;
        return !ob || ob->kind != BINDING_KIND_FOR_TARGET;
      }
    uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
    uint32_t first = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_named_child(t, sg_flat_field(t, call, FIELD_ARGUMENTS)) : SG_NONE;
    return first != SG_NONE && t->kind[first] == KIND_ATTRIBUTE;  /* pool.submit(obj.method) */
  }
  if (t->kind[base] != KIND_IDENTIFIER) return false;
  uint32_t r = m->node_reference[base];
  if (r != SG_NONE) {
    ReferenceKind k = m->references.items[r].kind;
    if (k == REFERENCE_GLOBAL || k == REFERENCE_FREE) return true;
    /* a parameter of the target that every start passes the same named
     * object for (`args=(counts, w)` in a loop): the threads share it */
    uint32_t psym = m->references.items[r].symbol;
    if (target != base && psym != SG_NONE && (m->symbols.items[psym].flags & SYMBOL_PARAMETER) &&
        m->symbols.items[psym].scope == scope && sg_shared_update__shared_argument(ctx, scope, psym))
      return true;
    /* a local declared global/nonlocal */
    uint32_t sym = m->references.items[r].symbol;
    return sym != SG_NONE && (m->symbols.items[sym].flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL));
  }
  uint32_t b = m->node_binding[base];
  if (b == SG_NONE) return false;
  return (m->symbols.items[m->bindings.items[b].symbol].flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL)) != 0;
}

/* A lock the author made for this state: a module-level lock or a lock on self. */
static uint32_t sg_shared_update__unused_lock(RuleContext *ctx, uint32_t scope) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    if (m->symbols.items[bd->symbol].scope != 0) continue;
    if (sg_lock_kind(m, bd->value) != LOCK_NONE) return bd->node;
  }
  (void)t;
  (void)scope;
  return SG_NONE;
}

/* Does each start of scope run it on an object of its own: a Thread
 * subclass's run, or `obj.method` where obj is made anew in the loop that
 * starts the threads (`w = Worker()` ... `Thread(target=w.work)`,
 * `Worker().work`)? Then a lock on `self` is one lock per thread. */
static bool sg_shared_update__own_instances(RuleContext *ctx, uint32_t scope) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Concurrency *c = ctx->threads;
  uint32_t n = 0;
  uint32_t cls = m->scopes.items[scope].parent;
  for (uint32_t k = 0; k < c->starts.len; k++) {
    const ThreadStart *st = &c->starts.items[k];
    /* a Thread subclass: one object per thread, for `run` and the methods it calls on self */
    if (st->target == SG_NONE && st->function != SG_NONE && st->function != scope && cls != SG_NONE &&
        m->scopes.items[cls].kind == SCOPE_CLASS && m->scopes.items[st->function].parent == cls &&
        c->runs_on_thread[scope]) {
      n++;
      continue;
    }
    if (st->function != scope) continue;
    n++;
    if (st->target == SG_NONE) continue;  /* a Thread subclass: one object per thread */
    uint32_t target = sg_flat_unparen(t, st->target);
    if (target == SG_NONE || t->kind[target] != KIND_ATTRIBUTE || !st->repeated) return false;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, target, FIELD_OBJECT));
    if (obj != SG_NONE && t->kind[obj] == KIND_CALL) continue;  /* Worker().work */
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || m->node_reference[obj] == SG_NONE) return false;
    uint32_t sym = m->references.items[m->node_reference[obj]].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    uint32_t v = bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
    if (v == SG_NONE || t->kind[v] != KIND_CALL) return false;
    /* made in the loop body that starts the thread */
    uint32_t loop = SG_NONE;
    for (uint32_t p = t->parent[st->call]; p != SG_NONE && loop == SG_NONE; p = t->parent[p])
      if (t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_WHILE_STATEMENT) loop = p;
    uint32_t body = loop == SG_NONE ? SG_NONE : sg_flat_field(t, loop, FIELD_BODY);
    if (body == SG_NONE || bd->node < body || bd->node > t->subtree_end[body]) return false;
  }
  return n > 0;
}

/* Is `self.<name>` (name id) a new lock made for each object of class
 * scope cls: the class binds no such attribute, every `self.<name> = ...`
 * in it makes a lock (not one passed in), and SNG503 does not report it
 * already (a Thread subclass's own lock, one finding per defect)? */
static bool sg_shared_update__lock_per_object(RuleContext *ctx, uint32_t cls, uint32_t name) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (sg_model_symbol(m, cls, name) != SG_NONE) return false;
  if (ctx->settings->enabled[RULE_useless_lock] && sg_threads_own_lock(m, cls, name) != SG_NONE) return false;
  uint32_t body = m->scopes.items[cls].body, made = 0;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE) continue;
    uint32_t lo = sg_flat_field(t, left, FIELD_OBJECT), la = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (lo == SG_NONE || t->kind[lo] != KIND_IDENTIFIER || t->name_id[lo] != NAME_SELF || la == SG_NONE ||
        t->name_id[la] != name)
      continue;
    if (right == SG_NONE || t->kind[right] != KIND_CALL || sg_lock_kind(m, right) == LOCK_NONE) return false;
    made++;
  }
  return made > 0;
}

/* The lock region is a lock of `self` (`with self.lock:`) while the
 * threads run on objects of their own: it excludes nobody. */
static bool sg_shared_update__per_instance_lock(RuleContext *ctx, uint32_t scope, const LockRegion *held,
                                               ObjectsMemo *memo) {
  const FlatTree *t = ctx->tree;
  uint32_t lock = sg_flat_unparen(t, held->lock);
  if (lock == SG_NONE || t->kind[lock] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, lock, FIELD_OBJECT));
  uint32_t attr = sg_flat_field(t, lock, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF || attr == SG_NONE)
    return false;
  /* a new lock made for each object: the class binds no such attribute and
   * every `self.<lock> = ...` in it makes a lock (not one passed in) */
  const SemanticModel *m = ctx->model;
  uint32_t fs = sg_model_function_scope(m, scope);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS ||
      sg_model_symbol(m, cls, t->name_id[attr]) != SG_NONE)
    return false;
  if (!sg_shared_update__lock_per_object(ctx, cls, t->name_id[attr])) return false;
  return sg_shared_update__own_instances(ctx, scope) || sg_shared_update__objects(ctx, scope, memo) == OBJECTS_OWN;
}

/* Module-level state: a global name (read or declared), not a parameter. */
static bool sg_shared_update__module_state(RuleContext *ctx, uint32_t target) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t base = sg_flat_unparen(t, target);
  while (base != SG_NONE && (t->kind[base] == KIND_SUBSCRIPT || t->kind[base] == KIND_ATTRIBUTE))
    base = sg_flat_unparen(t, t->kind[base] == KIND_SUBSCRIPT ? sg_flat_field(t, base, FIELD_VALUE)
                                                              : sg_flat_field(t, base, FIELD_OBJECT));
  if (base == SG_NONE || t->kind[base] != KIND_IDENTIFIER) return false;
  uint32_t r = m->node_reference[base];
  if (r != SG_NONE) {
    if (m->references.items[r].kind == REFERENCE_GLOBAL) return true;
    uint32_t sym = m->references.items[r].symbol;
    return sym != SG_NONE && (m->symbols.items[sym].flags & SYMBOL_GLOBAL);
  }
  uint32_t b = m->node_binding[base];
  return b != SG_NONE && (m->symbols.items[m->bindings.items[b].symbol].flags & SYMBOL_GLOBAL);
}

/* A read-modify-write under a lock, inside an `if` (outside that lock,
 * in the same function) whose test reads what it updates (`if
 * self.tokens > 0:` ... `with lock: self.tokens -= 1`): the `if`, or
 * SG_NONE. */
static uint32_t sg_shared_update__test_outside(const FlatTree *t, const ReadModifyWrite *rmw, const LockRegion *held) {
  uint32_t tlen;
  const char *target = sg_flat_text(t, rmw->target, &tlen);
  for (uint32_t p = t->parent[rmw->statement]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return SG_NONE;
    if (k != KIND_IF_STATEMENT || t->start_byte[p] >= held->start) continue;
    uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
    for (uint32_t q = cond; cond != SG_NONE && q <= t->subtree_end[cond]; q++) {
      if (t->kind[q] != KIND_IDENTIFIER && t->kind[q] != KIND_ATTRIBUTE && t->kind[q] != KIND_SUBSCRIPT) continue;
      uint32_t len;
      const char *s = sg_flat_text(t, q, &len);
      if (len == tlen && !memcmp(s, target, len)) return p;
    }
    return SG_NONE;  /* the nearest `if` outside the lock only */
  }
  return SG_NONE;
}

/* State of one object every instance of the class was given: the target
 * sits on `self.<a>` (`self.stats.counts["rendered"]`), which `__init__`
 * keeps from a parameter, and every instantiation in the file passes the
 * same object for it (a name bound once, outside the loop or comprehension
 * that makes the instances: `[Worker(jobs, stats) for _ in range(4)]`). */
/* Does every instantiation of class scope cls pass one object for its
 * `__init__` parameter param (at index): a name bound once, outside the
 * loops around the call; or, in another class's `__init__`
 * (`self.session = Session(room)`), that class's own parameter, for which
 * every instantiation of that class passes one object (one level up)? */
static bool sg_shared_update__one_object_for(RuleContext *ctx, uint32_t cls, uint32_t param, uint32_t index,
                                             int depth) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = m->tree;
  uint32_t args = 0, cursor = SG_NONE, call;
  for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, cls, param, index, &cursor, &call)) != SG_NONE; args++) {
    arg = sg_flat_unparen(t, arg);
    uint32_t sym = t->kind[arg] == KIND_IDENTIFIER ? sg_model_node_symbol(m, arg) : SG_NONE;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind == BINDING_KIND_PARAMETER) {
      uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
      /* `def field_team(name, store): StakeRecorder(name, store)` run on
       * threads that are all handed one `store` */
      if (fs != SG_NONE && m->symbols.items[sym].scope == fs && ctx->threads->runs_concurrently[fs] &&
          sg_shared_update__shared_argument(ctx, fs, sym))
        continue;
      uint32_t outer = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
      if (depth > 0 || outer == SG_NONE || outer == cls || m->scopes.items[outer].kind != SCOPE_CLASS ||
          sg_summaries_method(m, outer, NAME_DUNDER_INIT) != fs)
        return false;
      uint32_t at = sg_value_param_index(m, m->scopes.items[fs].node, sym);
      if (!sg_shared_update__one_object_for(ctx, outer, bd->node, at == SG_NONE || at == 0 ? SG_NONE : at - 1, depth + 1))
        return false;
      continue;
    }
    if (bd->kind != BINDING_KIND_ASSIGNMENT) return false;
    /* bound outside every loop or comprehension around the instantiation */
    for (uint32_t p = sg_flat_enclosing_loop(t, call); p != SG_NONE; p = sg_flat_enclosing_loop(t, p))
      if (sg_flat_is_ancestor(t, p, bd->node)) return false;
  }
  return args > 0;
}

static bool sg_shared_update__given_object(RuleContext *ctx, uint32_t target) {
  const FlatTree *t = ctx->tree;
  uint32_t e = sg_flat_unparen(t, target), on = SG_NONE;
  for (int hops = 0; e != SG_NONE && hops < 16; hops++) {
    if (t->kind[e] == KIND_SUBSCRIPT) { e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE)); continue; }
    if (t->kind[e] != KIND_ATTRIBUTE) return false;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
    if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) { on = e; break; }
    e = obj;
  }
  /* the object's own state, not `self.<a>` itself */
  if (on == SG_NONE || on == sg_flat_unparen(t, target)) return false;
  return sg_shared_update__given(ctx, on);
}

static bool sg_shared_update__given(RuleContext *ctx, uint32_t on) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = m->tree;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[on]);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  uint32_t a = sg_flat_field(t, on, FIELD_ATTRIBUTE);
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS || a == SG_NONE) return false;
  uint32_t value, param, index;
  if (!sg_processes_kept(m, cls, t->name_id[a], &value, &param, &index) || param == SG_NONE) return false;
  return sg_shared_update__one_object_for(ctx, cls, param, index, 0);
}

static void sg_shared_update__one(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const FlatTree *t = ctx->tree;
  ObjectsMemo *memo = arg;
  const LockRegion *held = sg_concurrency_held(ctx->threads, rmw->statement);
  if (held && (sg_shared_update__module_state(ctx, rmw->target) || sg_shared_update__given_object(ctx, rmw->target)) &&
      sg_shared_update__per_instance_lock(ctx, scope, held, memo)) {
    uint32_t len, lock_len;
    const char *what = sg_flat_text(t, rmw->target, &len), *lock = sg_flat_text(t, held->lock, &lock_len);
    uint32_t call = SG_NONE;
    uint32_t line = sg_threads_start_line(ctx, scope, &call);
    Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                                   "%s of shared `%.*s` on threads started on line %u, each on an object of its "
                                   "own: `%.*s` is a lock of each object, so it excludes no other thread and "
                                   "concurrent updates are lost; use one lock the threads share (a module-level "
                                   "or class-level lock)",
                                   rmw->check_then_act ? "check-then-act" : "read-modify-write", (int)len, what, line,
                                   (int)lock_len, lock);
    if (call != SG_NONE) sg_diag_related(d, t->start_byte[call], t->end_byte[call], "the threads start here");
    sg_diag_related(d, t->start_byte[held->site], t->end_byte[held->site], "a lock of this object only");
    return;
  }
  uint32_t check = rmw->check_then_act ? rmw->check : SG_NONE;
  if (held && check == SG_NONE) check = sg_shared_update__test_outside(t, rmw, held);
  if (held && check != SG_NONE && held->start > t->start_byte[check] &&
      !sg_threads_is_shared_value(ctx, rmw->target) && sg_shared_update__shared(ctx, scope, rmw->target, memo)) {
    /* `if k not in d:` tested before the lock is taken, `d[k] = ...` under it */
    uint32_t len, lock_len;
    const char *what = sg_flat_text(t, rmw->target, &len), *lock = sg_flat_text(t, held->lock, &lock_len);
    uint32_t call = SG_NONE;
    uint32_t line = sg_threads_start_line(ctx, scope, &call);
    uint32_t cline = sg_source_line_of(ctx->source, t->start_byte[check]) + 1;
    Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                                   "check-then-act of shared `%.*s` on threads started on line %u (several at "
                                   "once): the test on line %u runs before `%.*s` is taken, so two threads can "
                                   "both pass it and both act on it; make the test under the lock too",
                                   (int)len, what, line, cline, (int)lock_len, lock);
    if (call != SG_NONE) sg_diag_related(d, t->start_byte[call], t->end_byte[call], "the threads start here");
    sg_diag_related(d, t->start_byte[check], t->start_byte[check] + 2, "the test, outside the lock");
    return;
  }
  if (held) return;
  if (sg_threads_is_shared_value(ctx, rmw->target)) return;  /* SNG506's */
  if (!sg_shared_update__shared(ctx, scope, rmw->target, memo)) return;
  uint32_t call = SG_NONE;
  uint32_t line = sg_threads_start_line(ctx, scope, &call);
  uint32_t len;
  const char *what = sg_flat_text(t, rmw->target, &len);
  uint32_t lock = sg_shared_update__unused_lock(ctx, scope);
  char extra[160] = "";
  if (lock != SG_NONE)
    snprintf(extra, sizeof extra, "; the lock `%s` (line %u) exists but is not held here", sg_flat_name(t, lock),
             sg_source_line_of(ctx->source, t->start_byte[lock]) + 1);
  bool lazy = rmw->check_then_act && ctx->tree->kind[sg_flat_unparen(t, rmw->target)] != KIND_SUBSCRIPT;
  Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                                 "%s of shared `%.*s` on threads started on line %u (several at once) "
                                 "without a lock: %s%s",
                                 rmw->check_then_act ? "check-then-act" : "read-modify-write", (int)len, what, line,
                                 lazy ? "two threads can both find it unset and both set it"
                                      : "concurrent updates are lost",
                                 extra);
  if (call != SG_NONE) sg_diag_related(d, t->start_byte[call], t->end_byte[call], "the threads start here");
  if (lock != SG_NONE) sg_diag_related(d, t->start_byte[lock], t->end_byte[lock], "this lock is never held around it");
}

/* ---- a method that takes a lock of self but updates guarded state outside it ---- */

/* `self.<attr>` directly in a method of class scope cls? Returns the
 * method's scope or SG_NONE. */
static uint32_t sg_shared_update__self_method(const SemanticModel *m, uint32_t attr, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, attr, FIELD_OBJECT));
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) return SG_NONE;
  uint32_t f = sg_model_function_scope(m, m->node_scope[attr]);
  if (f == SG_NONE || m->scopes.items[f].kind != SCOPE_FUNCTION || m->scopes.items[f].parent != cls) return SG_NONE;
  return f;
}

/* Is the attribute node written: the target of `=`/`+=`, a store into an
 * item of it, or the object of a mutating method call? */
static bool sg_shared_update__written(const FlatTree *t, uint32_t attr) {
  uint32_t p = t->parent[attr], at = attr;
  if (p != SG_NONE && t->kind[p] == KIND_SUBSCRIPT && t->field[attr] == FIELD_VALUE) at = p, p = t->parent[p];
  if (p == SG_NONE) return false;
  if ((t->kind[p] == KIND_ASSIGNMENT || t->kind[p] == KIND_AUGMENTED_ASSIGNMENT) && t->field[at] == FIELD_LEFT)
    return true;
  if (at == attr && t->kind[p] == KIND_ATTRIBUTE && t->field[attr] == FIELD_OBJECT) {
    uint32_t call = t->parent[p], name = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    return call != SG_NONE && t->kind[call] == KIND_CALL && name != SG_NONE &&
           sg_value_is_mutating_method(t->name_id[name]);
  }
  return false;
}

/* `self.<name>` as a lock expression: the name id, else SG_NONE. */
static uint32_t sg_shared_update__self_lock(const FlatTree *t, uint32_t lock) {
  lock = sg_flat_unparen(t, lock);
  if (lock == SG_NONE || t->kind[lock] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, lock, FIELD_OBJECT)), name = sg_flat_field(t, lock, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF || name == SG_NONE)
    return SG_NONE;
  return t->name_id[name];
}

/* Is node held under a lock region on `self.<lock>` (any of the regions
 * around it in its function, not only the innermost)? */
static bool sg_shared_update__under(RuleContext *ctx, uint32_t node, uint32_t lock) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t at = t->start_byte[node], fs = sg_model_function_scope(m, m->node_scope[node]);
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    if (at >= lr->start && at < lr->end && sg_model_function_scope(m, m->node_scope[lr->site]) == fs &&
        sg_shared_update__self_lock(t, lr->lock) == lock)
      return true;
  }
  return false;
}

typedef struct Guarded {
  uint32_t cls;         /* the class scope */
  uint32_t lock;        /* name id of the `self.<lock>` the method takes */
  uint32_t taken;       /* where the method takes it */
  bool several;         /* the file makes several objects of the class */
} Guarded;

/* Is the write at attribute node o (`self.x...`) part of an update that
 * reads it too: `+=`, or an assignment whose value reads `self.<x>`? */
static bool sg_shared_update__updates(const SemanticModel *m, uint32_t o, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t p = t->parent[o];
  while (p != SG_NONE && t->kind[p] == KIND_SUBSCRIPT) p = t->parent[p];
  if (p == SG_NONE) return false;
  if (t->kind[p] == KIND_AUGMENTED_ASSIGNMENT) return true;
  if (t->kind[p] != KIND_ASSIGNMENT) return false;
  uint32_t right = sg_flat_field(t, p, FIELD_RIGHT);
  for (uint32_t i = right; right != SG_NONE && i <= t->subtree_end[right]; i++)
    if (t->kind[i] == KIND_ATTRIBUTE && sg_flat_field(t, i, FIELD_ATTRIBUTE) != SG_NONE &&
        t->name_id[sg_flat_field(t, i, FIELD_ATTRIBUTE)] == t->name_id[sg_flat_field(t, o, FIELD_ATTRIBUTE)] &&
        sg_shared_update__self_method(m, i, cls) != SG_NONE)
      return true;
  /* through a local read from it first (`have = self.stock.get(k)`) */
  for (uint32_t i = right; right != SG_NONE && i <= t->subtree_end[right]; i++) {
    const Binding *bd = t->kind[i] == KIND_IDENTIFIER ? sg_value_sole_binding(m, i) : NULL;
    if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    for (uint32_t j = bd->value; j <= t->subtree_end[bd->value]; j++)
      if (t->kind[j] == KIND_ATTRIBUTE && sg_flat_field(t, j, FIELD_ATTRIBUTE) != SG_NONE &&
          t->name_id[sg_flat_field(t, j, FIELD_ATTRIBUTE)] == t->name_id[sg_flat_field(t, o, FIELD_ATTRIBUTE)] &&
          sg_shared_update__self_method(m, j, cls) != SG_NONE)
        return true;
  }
  return false;
}

/* The lock `self.<name>` stands on: for `self.cv = Condition(self.mutex)`
 * (set in the class), `mutex`; else name itself. */
static uint32_t sg_shared_update__underlying(RuleContext *ctx, uint32_t cls, uint32_t name) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (int depth = 0; depth < 4; depth++) {
    uint32_t first, end, next = SG_NONE;
    sg_model_attributes_named(m, name, &first, &end);
    for (uint32_t j = first; j < end && next == SG_NONE; j++) {
      uint32_t o = m->attributes.items[2 * j + 1], p = t->parent[o];
      if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[o] != FIELD_LEFT ||
          sg_shared_update__self_method(m, o, cls) == SG_NONE)
        continue;
      uint32_t v = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_RIGHT));
      if (v == SG_NONE || t->kind[v] != KIND_CALL || sg_lock_kind(m, v) == LOCK_NONE) continue;
      uint32_t arg = sg_flat_call_arg(t, v, 0, "lock");
      if (arg != SG_NONE) next = sg_shared_update__self_lock(t, arg);
    }
    if (next == SG_NONE) return name;
    name = next;
  }
  return name;
}

/* A read-modify-write under a lock whose read was made before the lock was
 * taken, into a local (`have = self.stock[k]` ... `with self._lock:
 * self.stock[k] = have - n`): the lock covers the write only. Reports it. */
static bool sg_shared_update__read_before(RuleContext *ctx, const ReadModifyWrite *rmw, const LockRegion *held) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (rmw->check_then_act || t->kind[rmw->statement] == KIND_AUGMENTED_ASSIGNMENT) return false;
  uint32_t assign = rmw->statement;
  if (t->kind[assign] == KIND_EXPRESSION_STATEMENT) assign = sg_flat_named_child(t, assign);
  if (assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT) return false;
  uint32_t right = sg_flat_field(t, assign, FIELD_RIGHT), tlen;
  const char *target = sg_flat_text(t, rmw->target, &tlen);
  for (uint32_t i = right; right != SG_NONE && i <= t->subtree_end[right]; i++) {
    uint32_t r = t->kind[i] == KIND_IDENTIFIER ? m->node_reference[i] : SG_NONE;
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->references.items[r].kind != REFERENCE_LOCAL || m->symbols.items[sym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE || t->start_byte[bd->node] >= held->start) continue;
    /* the local holds the target's value, read before the lock */
    bool reads = false;
    for (uint32_t j = bd->value; j <= t->subtree_end[bd->value] && !reads; j++) {
      uint32_t l;
      const char *x = sg_flat_text(t, j, &l);
      reads = t->kind[j] == t->kind[rmw->target] && l == tlen && !memcmp(x, target, l);
    }
    if (!reads) continue;
    uint32_t llen;
    const char *lock = sg_flat_text(t, sg_flat_unparen(t, held->lock), &llen);
    Diagnostic *d = sg_rule_report(
      ctx, RULE_unsynchronized_shared_update, rmw->statement,
      "read-modify-write of `%.*s` whose read (line %u, into `%s`) comes before `%.*s` is taken: the lock covers "
      "the write only, so another thread's update made in between is lost; read it under the lock too",
      (int)tlen, target, sg_source_line_of(ctx->source, t->start_byte[bd->node]) + 1, sg_flat_name(t, bd->node),
      (int)llen, lock);
    sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "read here, before the lock");
    return true;
  }
  return false;
}

/* A read-modify-write under `self.<A>` of an attribute another method
 * writes under `self.<B>` only: the two locks do not exclude each other. */
static void sg_shared_update__two_locks(RuleContext *ctx, const ReadModifyWrite *rmw, const Guarded *g,
                                        const LockRegion *own, uint32_t name) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t mine = sg_shared_update__self_lock(t, own->lock);
  if (mine == SG_NONE) return;
  uint32_t first, end;
  sg_model_attributes_named(m, name, &first, &end);
  for (uint32_t j = first; j < end; j++) {
    uint32_t o = m->attributes.items[2 * j + 1];
    uint32_t om = sg_shared_update__self_method(m, o, g->cls);
    if (om == SG_NONE || om == sg_model_function_scope(m, m->node_scope[rmw->statement]) ||
        !sg_shared_update__written(t, o))
      continue;
    const LockRegion *lr = sg_concurrency_held(ctx->threads, o);
    uint32_t other = lr ? sg_shared_update__self_lock(t, lr->lock) : SG_NONE;
    if (other == SG_NONE || other == mine || sg_shared_update__under(ctx, o, mine)) continue;
    /* two conditions over one lock are one lock */
    if (sg_shared_update__underlying(ctx, g->cls, other) == sg_shared_update__underlying(ctx, g->cls, mine)) continue;
    if (sg_shared_update__under(ctx, rmw->statement, other)) continue;  /* both held here */
    /* one finding per pair: when the other side updates too, at the first */
    if (t->start_byte[o] < t->start_byte[rmw->statement] && sg_shared_update__updates(m, o, g->cls)) return;
    uint32_t len, alen, blen;
    const char *what = sg_flat_text(t, rmw->target, &len);
    const char *a = sg_flat_text(t, sg_flat_unparen(t, own->lock), &alen), *b = sg_flat_text(t, sg_flat_unparen(t, lr->lock), &blen);
    Diagnostic *d = sg_rule_report(
      ctx, RULE_unsynchronized_shared_update, rmw->statement,
      "read-modify-write of `%.*s` under `%.*s`, while `%s()` changes it under `%.*s` (line %u): two different "
      "locks do not exclude each other, so one thread's update is lost; guard it with one lock",
      (int)len, what, (int)alen, a, sg_flat_name(t, sg_flat_field(t, m->scopes.items[om].node, FIELD_NAME)), (int)blen, b,
      sg_source_line_of(ctx->source, t->start_byte[o]) + 1);
    sg_diag_related(d, t->start_byte[o], t->end_byte[o], "changed under the other lock here");
    return;
  }
}

static void sg_shared_update__outside_lock(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Guarded *g = arg;
  if (rmw->check_then_act) return;
  uint32_t target = sg_flat_unparen(t, rmw->target), base = sg_threads_base(t, target);
  if (base == SG_NONE || t->kind[base] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, base, g->cls) != scope)
    return;
  uint32_t name = sg_flat_field(t, base, FIELD_ATTRIBUTE);
  if (name == SG_NONE) return;
  const LockRegion *own = sg_concurrency_held(ctx->threads, rmw->statement);
  if (own) {
    if (sg_shared_update__read_before(ctx, rmw, own)) return;
    sg_shared_update__two_locks(ctx, rmw, g, own, t->name_id[name]);
    return;
  }
  if (ctx->threads->runs_concurrently[scope]) return;  /* sg_shared_update__one's */
  /* a write of the same attribute, in a method of the class, under the lock */
  uint32_t first, end, guarded = SG_NONE;
  sg_model_attributes_named(m, t->name_id[name], &first, &end);
  for (uint32_t j = first; j < end && guarded == SG_NONE; j++) {
    uint32_t o = m->attributes.items[2 * j + 1];
    if (sg_shared_update__self_method(m, o, g->cls) == SG_NONE || !sg_shared_update__written(t, o)) continue;
    const LockRegion *lr = sg_concurrency_held(ctx->threads, o);
    if (lr && sg_shared_update__self_lock(t, lr->lock) == g->lock) guarded = o;
  }
  if (guarded == SG_NONE) return;
  uint32_t len, llen;
  const char *what = sg_flat_text(t, target, &len);
  const char *lock = sg_flat_text(t, sg_flat_unparen(t, ctx->threads->regions.items[g->taken].lock), &llen);
  uint32_t gm = sg_model_function_scope(m, m->node_scope[guarded]);
  Diagnostic *d = sg_rule_report(
    ctx, RULE_unsynchronized_shared_update, rmw->statement,
    "read-modify-write of `%.*s` outside `%.*s`, which guards it in `%s()` (line %u): this method takes "
    "`%.*s` too (line %u), so it is meant to run on several threads, and an update another thread makes "
    "between the read and the write is lost; do the update under the lock",
    (int)len, what, (int)llen, lock, sg_flat_name(t, sg_flat_field(t, m->scopes.items[gm].node, FIELD_NAME)),
    sg_source_line_of(ctx->source, t->start_byte[guarded]) + 1, (int)llen, lock,
    sg_source_line_of(ctx->source, t->start_byte[ctx->threads->regions.items[g->taken].site]) + 1);
  sg_diag_related(d, t->start_byte[guarded], t->end_byte[guarded], "written under the lock here");
  const LockRegion *lr = &ctx->threads->regions.items[g->taken];
  sg_diag_related(d, t->start_byte[lr->site], t->end_byte[lr->site], "this method takes the lock here");
}

/* Does the file make two or more objects of class scope cls: two calls of
 * its name, or one in a loop or comprehension? */
static bool sg_shared_update__several(RuleContext *ctx, uint32_t cls) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (sg_classes_instances(m, cls) >= 2) return true;
  /* one instantiation in code several threads run at once: one per run */
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t cb = cname == SG_NONE ? SG_NONE : m->node_binding[cname];
  uint32_t csym = cb == SG_NONE ? SG_NONE : m->bindings.items[cb].symbol;
  for (uint32_t r = csym == SG_NONE ? SG_NONE : m->symbols.items[csym].first_reference; r != SG_NONE;
       r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, call = t->parent[use];
    uint32_t fs = sg_model_function_scope(m, m->node_scope[use]);
    if (call != SG_NONE && t->kind[call] == KIND_CALL && t->field[use] == FIELD_FUNCTION && fs != SG_NONE &&
        ctx->threads->runs_concurrently[fs])
      return true;
  }
  return false;
}

/* A read-modify-write (or check-then-act) of module-level state under a
 * lock of `self` only, in a method of a class the file makes several
 * objects of: each object locks its own lock, so two objects' threads
 * update the shared state at once. */
static void sg_shared_update__object_lock(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Guarded *g = arg;
  for (uint32_t d = 0; d < ctx->out->items.len; d++)
    if (ctx->out->items.items[d].rule == RULE_unsynchronized_shared_update &&
        ctx->out->items.items[d].span.start_byte == t->start_byte[rmw->statement])
      return;  /* reported already */
  const LockRegion *held = sg_concurrency_held(ctx->threads, rmw->statement);
  if (!held || sg_shared_update__self_lock(t, held->lock) == SG_NONE) return;
  /* a lock made per object here (not one handed in and shared) */
  uint32_t hl = sg_flat_unparen(t, held->lock), hn = t->kind[hl] == KIND_ATTRIBUTE ? sg_flat_field(t, hl, FIELD_ATTRIBUTE) : SG_NONE;
  if (hn == SG_NONE || !sg_shared_update__lock_per_object(ctx, g->cls, t->name_id[hn])) return;
  bool module = sg_shared_update__module_state(ctx, rmw->target);
  if (!module && !sg_shared_update__given_object(ctx, rmw->target)) return;
  /* any other lock around it (a module lock) excludes for real */
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    if (t->start_byte[rmw->statement] >= lr->start && t->start_byte[rmw->statement] < lr->end &&
        sg_model_function_scope(m, m->node_scope[lr->site]) == scope && sg_shared_update__self_lock(t, lr->lock) == SG_NONE)
      return;
  }
  if (!g->several) return;
  uint32_t len, llen;
  const char *what = sg_flat_text(t, rmw->target, &len), *lock = sg_flat_text(t, sg_flat_unparen(t, held->lock), &llen);
  uint32_t cname = sg_flat_field(t, m->scopes.items[g->cls].node, FIELD_NAME);
  const char *cn = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
  const char *how = rmw->check_then_act ? "check-then-act" : "read-modify-write";
  Diagnostic *d;
  if (module)
    d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                       "%s of module-level `%.*s` under `%.*s`, a lock of each `%s` object: the file makes several, "
                       "and each locks its own, so two objects' threads update it at once and one update is lost; "
                       "use one module-level lock",
                       how, (int)len, what, (int)llen, lock, cn);
  else
    d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                       "%s of `%.*s`, state of the one object every `%s` is given, under `%.*s`, a lock of each "
                       "`%s` object: the file makes several, and each locks its own, so two objects' threads "
                       "update it at once and one update is lost; guard it with one lock they share",
                       how, (int)len, what, cn, (int)llen, lock, cn);
  sg_diag_related(d, t->start_byte[held->site], t->end_byte[held->site], "a lock of this object only");
}

/* `if X is None:` (or `if k not in d:`) tested, then a lock taken, then
 * `X = ...` under it with no second test: where no thread start is seen,
 * the lock itself shows the code runs on several threads. Two threads can
 * both pass the test before either takes the lock, and both act. */
static void sg_shared_update__tested_outside(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const FlatTree *t = ctx->tree;
  (void)scope, (void)arg;
  if (!rmw->check_then_act || rmw->check == SG_NONE) return;
  const LockRegion *held = sg_concurrency_held(ctx->threads, rmw->statement);
  if (!held || held->start <= t->start_byte[rmw->check] || sg_threads_is_shared_value(ctx, rmw->target)) return;
  uint32_t len, lock_len;
  const char *what = sg_flat_text(t, rmw->target, &len), *lock = sg_flat_text(t, held->lock, &lock_len);
  uint32_t cline = sg_source_line_of(ctx->source, t->start_byte[rmw->check]) + 1;
  Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                                 "check-then-act on `%.*s`: the test on line %u runs before `%.*s` is taken and is "
                                 "not repeated under it, so two threads can both pass it and both set `%.*s`; test "
                                 "again inside the lock",
                                 (int)len, what, cline, (int)lock_len, lock, (int)len, what);
  sg_diag_related(d, t->start_byte[rmw->check], t->start_byte[rmw->check] + 2, "the test, outside the lock");
  sg_diag_related(d, t->start_byte[held->site], t->end_byte[held->site], "the lock, taken after it");
}

/* ---- a check and an act each under the lock, the gap between them not ---------- */

/* Method scope ms of class cls touches `self.<x>` under `self.<lock>` (any
 * self lock): written (write) or read. The attribute name id, or SG_NONE.
 * The first such lock's name id in *lock. */
static uint32_t sg_shared_update__locked_touch(RuleContext *ctx, uint32_t ms, uint32_t cls, bool write, uint32_t *lock) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, i, cls) != ms) continue;
    const LockRegion *lr = sg_concurrency_held(ctx->threads, i);
    uint32_t l = lr ? sg_shared_update__self_lock(t, lr->lock) : SG_NONE;
    if (l == SG_NONE || (write && !sg_shared_update__written(t, i))) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] == l) continue;
    *lock = l;
    return t->name_id[a];
  }
  return SG_NONE;
}

/* Does method scope ms of class cls read `self.<x>` under `self.<lock>`
 * (any of the attributes it reads there, not only the first)? */
static bool sg_shared_update__reads_locked(RuleContext *ctx, uint32_t ms, uint32_t cls, uint32_t x, uint32_t lock) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, i, cls) != ms) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] != x || sg_shared_update__written(t, i)) continue;
    const LockRegion *lr = sg_concurrency_held(ctx->threads, i);
    if (lr && sg_shared_update__self_lock(t, lr->lock) == lock) return true;
  }
  return false;
}

/* sg_shared_update__locked_touch, once per method and kind: memo holds 4
 * words per scope (write attr, write lock, read attr, read lock), all ones
 * until computed, SG_NONE - 1 once computed empty. */
static uint32_t sg_shared_update__touch(RuleContext *ctx, uint32_t *memo, uint32_t ms, uint32_t cls, bool write,
                                        uint32_t *lock) {
  uint32_t *slot = &memo[4 * ms + (write ? 0 : 2)];
  if (slot[0] == SG_NONE) {
    uint32_t l = SG_NONE, x = sg_shared_update__locked_touch(ctx, ms, cls, write, &l);
    slot[0] = x == SG_NONE ? SG_NONE - 1 : x;
    slot[1] = l;
  }
  *lock = slot[1];
  return slot[0] == SG_NONE - 1 ? SG_NONE : slot[0];
}

/* The method of cls a call `self.m(...)` runs (in method ms), or SG_NONE. */
static uint32_t sg_shared_update__self_call(const SemanticModel *m, uint32_t call, uint32_t cls) {
  const FlatTree *t = m->tree;
  if (t->kind[call] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, fn, cls) == SG_NONE) return SG_NONE;
  uint32_t name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  return name == SG_NONE ? SG_NONE : sg_summaries_method(m, cls, t->name_id[name]);
}

/* Does expression e read `self.<x>`? */
static bool sg_shared_update__reads_x(const SemanticModel *m, uint32_t e, uint32_t x, uint32_t cls) {
  const FlatTree *t = m->tree;
  for (uint32_t c = e; e != SG_NONE && c <= t->subtree_end[e]; c++)
    if (t->kind[c] == KIND_ATTRIBUTE && sg_flat_field(t, c, FIELD_ATTRIBUTE) != SG_NONE &&
        t->name_id[sg_flat_field(t, c, FIELD_ATTRIBUTE)] == x && sg_shared_update__self_method(m, c, cls) != SG_NONE)
      return true;
  return false;
}

/* Does an `if`/`while` condition in subtree root read `self.<x>`? */
static bool sg_shared_update__retests(const SemanticModel *m, uint32_t root, uint32_t x, uint32_t cls) {
  const FlatTree *t = m->tree;
  for (uint32_t i = root; root != SG_NONE && i <= t->subtree_end[root]; i++)
    if ((t->kind[i] == KIND_IF_STATEMENT || t->kind[i] == KIND_WHILE_STATEMENT) &&
        sg_shared_update__reads_x(m, sg_flat_field(t, i, FIELD_CONDITION), x, cls))
      return true;
  return false;
}

/* Is `self.<x>` tested again (an `if`/`while`) in the statement that
 * takes the lock at byte `from` and holds the write at node i? */
static bool sg_shared_update__retested_at(const SemanticModel *m, uint32_t i, uint32_t from, uint32_t x, uint32_t cls) {
  const FlatTree *t = m->tree;
  /* the statement that takes the lock (the outermost node starting at or
   * after `from` around the write): any test of `self.<x>` in it */
  uint32_t top = SG_NONE;
  for (uint32_t p = t->parent[i]; p != SG_NONE && t->start_byte[p] >= from; p = t->parent[p]) top = p;
  return top != SG_NONE && sg_shared_update__retests(m, top, x, cls);
}

/* ---- a guard outside the lock, the act under it ---------------------------- */

/* In subtree root of method scope: an `if` that tests `self.<x>` and
 * leaves (with `raise` only, when raises), outside any lock. The if, or
 * SG_NONE. */
static uint32_t sg_shared_update__guard_in(RuleContext *ctx, uint32_t root, uint32_t end_byte, uint32_t x,
                                           uint32_t cls, bool raises) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t i = root; root != SG_NONE && i <= t->subtree_end[root] && t->start_byte[i] < end_byte; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) {
      if (i != root) i = t->subtree_end[i];
      continue;
    }
    if (k != KIND_IF_STATEMENT || !sg_shared_update__reads_x(m, sg_flat_field(t, i, FIELD_CONDITION), x, cls)) continue;
    uint32_t body = sg_flat_field(t, i, FIELD_CONSEQUENCE);
    if (!sg_flat_block_leaves(t, body) || sg_concurrency_held(ctx->threads, i)) continue;
    if (raises && t->kind[sg_flat_last_statement(t, body)] != KIND_RAISE_STATEMENT) continue;
    return i;
  }
  return SG_NONE;
}

/* `if self.balance < amount: raise` (or `self._check_funds(amount)`, a
 * method of the class whose test of `self.balance` raises) before the lock
 * is taken, then `self.balance -= amount` under it with no second test:
 * two threads can both pass the guard, and both change it. The lock shows
 * the method runs on several threads. */
static void sg_shared_update__guard_outside(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  (void)arg;
  if (rmw->check_then_act) return;
  uint32_t cls = m->scopes.items[scope].parent;
  uint32_t target = sg_flat_unparen(t, rmw->target);
  while (target != SG_NONE && t->kind[target] == KIND_SUBSCRIPT) target = sg_flat_unparen(t, sg_flat_field(t, target, FIELD_VALUE));
  if (target == SG_NONE || t->kind[target] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, target, cls) != scope)
    return;
  const LockRegion *held = sg_concurrency_held(ctx->threads, rmw->statement);
  if (!held || sg_shared_update__self_lock(t, held->lock) == SG_NONE) return;
  uint32_t x = t->name_id[sg_flat_field(t, target, FIELD_ATTRIBUTE)];
  if (sg_shared_update__retested_at(m, rmw->statement, held->start, x, cls)) return;
  uint32_t body = m->scopes.items[scope].body, guard = SG_NONE, via = SG_NONE;
  guard = sg_shared_update__guard_in(ctx, body, held->start, x, cls, false);
  /* a statement `self.check(...)` before the lock whose method guards it */
  for (uint32_t i = body; guard == SG_NONE && body != SG_NONE && i <= t->subtree_end[body] &&
                          t->start_byte[i] < held->start; i++) {
    if (t->kind[i] != KIND_EXPRESSION_STATEMENT || sg_concurrency_held(ctx->threads, i)) continue;
    uint32_t call = sg_flat_named_child(t, i);
    uint32_t ms = call != SG_NONE && t->kind[call] == KIND_CALL ? sg_shared_update__self_call(m, call, cls) : SG_NONE;
    if (ms == SG_NONE || ms == scope) continue;
    if (sg_shared_update__guard_in(ctx, m->scopes.items[ms].body, UINT32_MAX, x, cls, true) != SG_NONE) {
      guard = i;
      via = call;
    }
  }
  if (guard == SG_NONE) return;
  uint32_t len, lock_len, gl = 0;
  const char *what = sg_flat_text(t, target, &len), *lock = sg_flat_text(t, held->lock, &lock_len);
  const char *gt = via == SG_NONE ? "" : sg_flat_text(t, via, &gl);
  uint32_t gline = sg_source_line_of(ctx->source, t->start_byte[guard]) + 1;
  Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, rmw->statement,
                                 "check-then-act on `%.*s`: the test on line %u%s%.*s%s runs before `%.*s` is taken "
                                 "and is not repeated under it, so two threads can both pass it and both change "
                                 "`%.*s`; test again inside the lock",
                                 (int)len, what, gline, via == SG_NONE ? "" : " (`", (int)(gl > 40 ? 40 : gl), gt,
                                 via == SG_NONE ? "" : "`)", (int)lock_len, lock, (int)len, what);
  sg_diag_related(d, t->start_byte[guard], t->end_byte[guard] < t->start_byte[guard] + 2 ? t->end_byte[guard]
                                                                                           : t->start_byte[guard] + 2,
                  "the test, outside the lock");
  sg_diag_related(d, t->start_byte[held->site], t->end_byte[held->site], "the lock, taken after it");
}

/* In method ms: `if not self.is_free(k): raise` (or `v = self.cached(k)`,
 * `if v is None:`) then `self.claim(k, ...)`, where the test's method reads
 * `self.<x>` under a lock of self and the act's method writes it under the
 * same lock, and ms holds no lock between: another thread can act in the
 * gap. */
/* Does method ms of cls read `self.<x>` while holding no lock anywhere in
 * its body (a plain getter: `return name not in self.nicks`)? */
static bool sg_shared_update__reads_unlocked(RuleContext *ctx, uint32_t ms, uint32_t cls, uint32_t x) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++)
    if (sg_model_function_scope(m, m->node_scope[ctx->threads->regions.items[r].site]) == ms) return false;
  uint32_t body = m->scopes.items[ms].body;
  bool reads = false;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, i, cls) != ms) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] != x) continue;
    if (sg_shared_update__written(t, i)) return false;
    reads = true;
  }
  return reads;
}

/* The act call `self.<act>(...)` at `call` (writing `self.<x>` under
 * `self.<lock>`) passes a local that was read from `self.<x>` through
 * another method under the same lock (`score = self._current(player)`,
 * maybe updated since: `score += n`), with no lock held in between: a
 * read-modify-write split over two acquisitions. Reports, returns true. */
static bool sg_shared_update__split_rmw(RuleContext *ctx, uint32_t *memo, uint32_t ms, uint32_t cls, uint32_t call,
                                       uint32_t act_m, uint32_t x, uint32_t lock_w) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  for (uint32_t a = args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST ? SG_NONE : sg_flat_named_child(t, args);
       a != SG_NONE; a = sg_flat_next_named(t, a)) {
    uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
    for (uint32_t e = v; v != SG_NONE && e <= t->subtree_end[v]; e++) {
      if (t->kind[e] != KIND_IDENTIFIER) continue;
      uint32_t sym = sg_model_node_symbol(m, e);
      if (sym == SG_NONE || m->symbols.items[sym].scope != ms) continue;
      /* its last binding before the call that is not `+=` (which keeps what it was read from) */
      const Binding *bd = NULL;
      for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *c = &m->bindings.items[b];
        if (c->kind == BINDING_KIND_AUGMENTED || c->kind == BINDING_KIND_DECLARATION ||
            t->start_byte[c->node] >= t->start_byte[call])
          continue;
        if (!bd || t->start_byte[c->node] > t->start_byte[bd->node]) bd = c;
      }
      {
        if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
        uint32_t read_m = sg_shared_update__self_call(m, sg_flat_unparen(t, bd->value), cls), lock_r = SG_NONE;
        if (read_m == SG_NONE || read_m == act_m || sg_concurrency_held(ctx->threads, bd->node) ||
            sg_shared_update__touch(ctx, memo, read_m, cls, false, &lock_r) != x || lock_r != lock_w)
          continue;
        if (sg_threads_called_under_lock(ctx, ms)) return false;  /* the caller holds it across */
        const char *xn = sg_names_text(&t->names, x), *ln = sg_names_text(&t->names, lock_w);
        const char *rn = sg_flat_name(t, sg_flat_field(t, m->scopes.items[read_m].node, FIELD_NAME));
        const char *an = sg_flat_name(t, sg_flat_field(t, m->scopes.items[act_m].node, FIELD_NAME));
        Diagnostic *d = sg_rule_report(
            ctx, RULE_unsynchronized_shared_update, call,
            "read-modify-write of `self.%s` split over two lock acquisitions: `self.%s()` reads it under `self.%s` "
            "(line %u), `self.%s()` writes back what was computed from it under the lock taken again, and nothing "
            "holds the lock between, so a concurrent update is lost; hold `self.%s` across both",
            xn, rn, ln, sg_source_line_of(ctx->source, t->start_byte[bd->node]) + 1, an, ln);
        sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "read here");
        return true;
      }
    }
  }
  return false;
}

static void sg_shared_update__split(RuleContext *ctx, uint32_t *memo, uint32_t ms, uint32_t cls) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    uint32_t act_m = sg_shared_update__self_call(m, i, cls), lock_w = SG_NONE, x = SG_NONE, region_start = UINT32_MAX;
    if (act_m != SG_NONE) {
      /* `self._claim(k)`: a method that writes `self.<x>` under the lock */
      if (act_m == ms || sg_concurrency_held(ctx->threads, i)) continue;
      x = sg_shared_update__touch(ctx, memo, act_m, cls, true, &lock_w);
    } else if (t->kind[i] == KIND_ATTRIBUTE && sg_shared_update__self_method(m, i, cls) == ms &&
               sg_shared_update__written(t, i)) {
      /* `with self._lock: self.booked[k] = v` here, the lock taken again */
      const LockRegion *lr = sg_concurrency_held(ctx->threads, i);
      uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
      lock_w = lr ? sg_shared_update__self_lock(t, lr->lock) : SG_NONE;
      if (lock_w == SG_NONE || a == SG_NONE) continue;
      x = t->name_id[a], region_start = lr->start;
    }
    if (x == SG_NONE) continue;
    /* tested again under the lock: in the acting method, or around the write here */
    if (act_m != SG_NONE ? sg_shared_update__retests(m, m->scopes.items[act_m].body, x, cls)
                         : sg_shared_update__retested_at(m, i, region_start, x, cls))
      continue;
    /* `score = self._current(p)` ... `self._store(p, score + n)`: a value read
     * under the lock, written back under it taken again */
    if (act_m != SG_NONE && sg_shared_update__split_rmw(ctx, memo, ms, cls, i, act_m, x, lock_w)) return;
    /* the tests before it in this method: an enclosing `if`, or an earlier `if` that leaves */
    uint32_t stmt = i;
    while (t->parent[stmt] != SG_NONE && t->kind[t->parent[stmt]] != KIND_BLOCK) stmt = t->parent[stmt];
    for (uint32_t p = stmt; p != SG_NONE && p != m->scopes.items[ms].node; p = t->parent[p]) {
      uint32_t block = t->parent[p];
      if (block == SG_NONE) break;
      /* the statements before it in its block, up to it (the first 64: a long
       * block is not read again for each call), and the `if` holding it */
      int budget = 64;
      for (uint32_t q = t->kind[block] == KIND_BLOCK ? sg_flat_named_child(t, block) : SG_NONE;
           q != SG_NONE && budget-- > 0 && t->start_byte[q] <= t->start_byte[p]; q = sg_flat_next_named(t, q)) {
        bool encloses = t->kind[block] == KIND_BLOCK && t->parent[block] != SG_NONE &&
                        t->kind[t->parent[block]] == KIND_IF_STATEMENT && q == p;
        uint32_t test = SG_NONE;
        if (encloses) {
          test = t->parent[block];
        } else if (t->start_byte[q] < t->start_byte[p] && t->kind[q] == KIND_IF_STATEMENT) {
          uint32_t qb = sg_flat_field(t, q, FIELD_CONSEQUENCE), last = SG_NONE;
          for (uint32_t c = qb == SG_NONE ? SG_NONE : sg_flat_named_child(t, qb); c != SG_NONE; c = sg_flat_next_named(t, c)) last = c;
          if (last != SG_NONE && (t->kind[last] == KIND_RAISE_STATEMENT || t->kind[last] == KIND_RETURN_STATEMENT))
            test = q;
        }
        if (test == SG_NONE) continue;
        uint32_t cond = sg_flat_field(t, test, FIELD_CONDITION);
        if (cond == SG_NONE || t->end_byte[cond] > region_start) continue;  /* tested under that lock */
        for (uint32_t c = cond; cond != SG_NONE && c <= t->subtree_end[cond]; c++) {
          uint32_t check_m = sg_shared_update__self_call(m, c, cls);
          if (check_m == SG_NONE && t->kind[c] == KIND_IDENTIFIER) {
            /* `v = self.cached(k)` then `if v is None:` */
            uint32_t sym = sg_model_node_symbol(m, c);
            const Binding *bd = NULL;  /* its last binding before the test */
            for (uint32_t b = sym == SG_NONE ? SG_NONE : m->symbols.items[sym].first_binding; b != SG_NONE;
                 b = m->bindings.items[b].next)
              if (t->start_byte[m->bindings.items[b].node] < t->start_byte[test] &&
                  (!bd || t->start_byte[m->bindings.items[b].node] > t->start_byte[bd->node]))
                bd = &m->bindings.items[b];
            if (bd && bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE)
              check_m = sg_shared_update__self_call(m, sg_flat_unparen(t, bd->value), cls);
          }
          uint32_t lock_r = SG_NONE;
          if (check_m == SG_NONE || check_m == act_m) continue;
          bool unlocked = false;
          if ((sg_shared_update__touch(ctx, memo, check_m, cls, false, &lock_r) != x || lock_r != lock_w) &&
              !sg_shared_update__reads_locked(ctx, check_m, cls, x, lock_w)) {
            /* `_nick_available()` reading `self.nicks` with no lock at all */
            if (!sg_shared_update__reads_unlocked(ctx, check_m, cls, x)) continue;
            unlocked = true;
          }
          if (sg_threads_called_under_lock(ctx, ms)) return;  /* the caller holds it across */
          const char *xn = sg_names_text(&t->names, x), *ln = sg_names_text(&t->names, lock_w);
          const char *cn = sg_flat_name(t, sg_flat_field(t, m->scopes.items[check_m].node, FIELD_NAME));
          const char *an = act_m != SG_NONE ? sg_flat_name(t, sg_flat_field(t, m->scopes.items[act_m].node, FIELD_NAME))
                                            : NULL;
          Diagnostic *d = unlocked
            ? sg_rule_report(
                ctx, RULE_unsynchronized_shared_update, i,
                "check-then-act on `self.%s`: `self.%s()` tests it without `self.%s` (line %u), %s%s%s changes it "
                "under that lock, and nothing holds the lock between, so two threads can both pass the test and "
                "both act; hold `self.%s` across both",
                xn, cn, ln, sg_source_line_of(ctx->source, t->start_byte[test]) + 1, an ? "`self." : "this method",
                an ? an : "", an ? "()`" : "", ln)
            : sg_rule_report(
                ctx, RULE_unsynchronized_shared_update, i,
                "check-then-act on `self.%s` split over two lock acquisitions: `self.%s()` tests it under `self.%s` "
                "(line %u), %s%s%s changes it under the lock taken again, and nothing holds the lock between, so "
                "two threads can both pass the test and both act; hold `self.%s` across both",
                xn, cn, ln, sg_source_line_of(ctx->source, t->start_byte[test]) + 1, an ? "`self." : "this method",
                an ? an : "", an ? "()`" : "", ln);
          sg_diag_related(d, t->start_byte[test], t->start_byte[test] + 2, "the test");
          return;
        }
      }
    }
  }
}

/* One step up from c to its parent p, toward the function: the `if` whose
 * body holds c, or an earlier `if` of block p whose body leaves (`return`,
 * `raise`...): a test the code at c runs behind. SG_NONE when none. */
static uint32_t sg_shared_update__guard_at(const FlatTree *t, uint32_t c, uint32_t p) {
  if (t->kind[p] == KIND_IF_STATEMENT && t->field[c] == FIELD_CONSEQUENCE) return p;
  for (uint32_t q = t->kind[p] == KIND_BLOCK ? sg_flat_named_child(t, p) : SG_NONE; q != SG_NONE && q != c;
       q = sg_flat_next_named(t, q)) {
    uint32_t qb = t->kind[q] == KIND_IF_STATEMENT ? sg_flat_field(t, q, FIELD_CONSEQUENCE) : SG_NONE;
    if (qb != SG_NONE && sg_flat_block_leaves(t, qb)) return q;
  }
  return SG_NONE;
}

/* `R.<name>(...)` with R not bare `self`: the one method of that name the
 * file's classes define (its scope), that class's scope in *cls. */
static uint32_t sg_shared_update__other_call(const SemanticModel *m, uint32_t call, uint32_t *receiver, uint32_t *cls) {
  const FlatTree *t = m->tree;
  if (t->kind[call] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || name == SG_NONE || (t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) ||
      (t->kind[obj] != KIND_IDENTIFIER && t->kind[obj] != KIND_ATTRIBUTE))
    return SG_NONE;
  uint32_t def = sg_model_only_method(m, t->name_id[name]);
  if (def == SG_NONE) return SG_NONE;
  uint32_t ms = m->node_own_scope[def];
  if (ms == SG_NONE) return SG_NONE;
  *receiver = obj;
  *cls = m->scopes.items[ms].parent;
  return ms;
}

/* The same check-then-act made by a caller of another object's methods:
 * `if self.fleet.count(kind) > 0: ... self.fleet.take(kind)`, where
 * `count` reads `self.<x>` under the object's lock and `take` changes it
 * under the lock taken again, nothing holding it between. */
static void sg_shared_update__split_other(RuleContext *ctx, uint32_t *memo, uint32_t ms) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    uint32_t recv, cls, lock_w = SG_NONE;
    uint32_t act_m = sg_shared_update__other_call(m, i, &recv, &cls);
    if (act_m == SG_NONE || act_m == ms || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS ||
        sg_concurrency_held(ctx->threads, i))
      continue;
    uint32_t x = sg_shared_update__touch(ctx, memo, act_m, cls, true, &lock_w);
    if (x == SG_NONE || sg_shared_update__retests(m, m->scopes.items[act_m].body, x, cls)) continue;
    /* the `if` around it, or an earlier `if` of an enclosing block that leaves */
    for (uint32_t c = i, p = t->parent[i]; p != SG_NONE && c != m->scopes.items[ms].node; c = p, p = t->parent[p]) {
      uint32_t test = sg_shared_update__guard_at(t, c, p);
      uint32_t cond = test == SG_NONE ? SG_NONE : sg_flat_field(t, test, FIELD_CONDITION);
      for (uint32_t e = cond; cond != SG_NONE && e <= t->subtree_end[cond]; e++) {
        uint32_t recv2, cls2, lock_r = SG_NONE;
        uint32_t check_m = sg_shared_update__other_call(m, e, &recv2, &cls2);
        uint32_t a = recv, b = recv2;
        if (check_m == SG_NONE || check_m == act_m || cls2 != cls || sg_concurrency_held(ctx->threads, e) ||
            !sg_model_same_attributes(m, &a, &b) || t->kind[a] != KIND_IDENTIFIER || t->kind[b] != KIND_IDENTIFIER ||
            sg_model_node_symbol(m, a) != sg_model_node_symbol(m, b) || sg_model_node_symbol(m, a) == SG_NONE)
          continue;
        /* tested under that lock, or (`has_room()`, a plain getter) with none */
        bool unlocked = false;
        if ((sg_shared_update__touch(ctx, memo, check_m, cls, false, &lock_r) != x || lock_r != lock_w) &&
            !sg_shared_update__reads_locked(ctx, check_m, cls, x, lock_w)) {
          if (!sg_shared_update__reads_unlocked(ctx, check_m, cls, x)) continue;
          unlocked = true;
        }
        if (sg_threads_called_under_lock(ctx, ms)) return;  /* the caller holds a lock across */
        uint32_t rlen;
        const char *rt = sg_flat_text(t, recv, &rlen);
        const char *xn = sg_names_text(&t->names, x), *ln = sg_names_text(&t->names, lock_w);
        const char *cn = sg_flat_name(t, sg_flat_field(t, m->scopes.items[check_m].node, FIELD_NAME));
        const char *an = sg_flat_name(t, sg_flat_field(t, m->scopes.items[act_m].node, FIELD_NAME));
        Diagnostic *d = sg_rule_report(
            ctx, RULE_unsynchronized_shared_update, i,
            unlocked ? "check-then-act on `%.*s`: `%s()` tests its `%s` without its lock `%s` (line %u), `%s()` changes "
                       "it under that lock, and nothing holds the lock between, so two threads can both pass the test "
                       "and both act; give the object one method that tests and acts under its lock"
                     : "check-then-act on `%.*s`: `%s()` tests its `%s` under its lock `%s` (line %u), `%s()` changes "
                       "it under that lock taken again, and nothing holds the lock between, so two threads can both "
                       "pass the test and both act; give the object one method that tests and acts under its lock",
            (int)(rlen > 40 ? 40 : rlen), rt, cn, xn, ln, sg_source_line_of(ctx->source, t->start_byte[test]) + 1, an);
        sg_diag_related(d, t->start_byte[test], t->start_byte[test] + 2, "the test");
        return;
      }
    }
  }
}

/* Method scope ms of class cls writes `self.<x>` with no lock held there
 * (`self.nights[k] = guest`, `self.seats[s] = c`): x's name id, or SG_NONE. */
static uint32_t sg_shared_update__unlocked_write(RuleContext *ctx, uint32_t ms, uint32_t cls) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, i, cls) != ms || !sg_shared_update__written(t, i) ||
        sg_concurrency_held(ctx->threads, i))
      continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a != SG_NONE) return t->name_id[a];
  }
  return SG_NONE;
}

/* The same check-then-act with no lock anywhere, in a function that runs on
 * several threads at once on one object: `if not self._is_free(room): return`
 * (or `self.screening.is_free(seat)`) then `self._record(...)`, the test's
 * method reading `self.<x>` and the act's method writing it, neither under a
 * lock. */
static void sg_shared_update__unlocked_split(RuleContext *ctx, uint32_t ms) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t body = m->scopes.items[ms].body, own = m->scopes.items[ms].parent;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] == KIND_FUNCTION_DEFINITION || t->kind[i] == KIND_LAMBDA || t->kind[i] == KIND_CLASS_DEFINITION) {
      i = t->subtree_end[i];
      continue;
    }
    if (t->kind[i] != KIND_CALL || sg_concurrency_held(ctx->threads, i)) continue;
    uint32_t recv = SG_NONE, cls = SG_NONE;
    uint32_t act_m = own != SG_NONE && m->scopes.items[own].kind == SCOPE_CLASS ? sg_shared_update__self_call(m, i, own)
                                                                              : SG_NONE;
    if (act_m != SG_NONE) cls = own;
    else act_m = sg_shared_update__other_call(m, i, &recv, &cls);
    if (act_m == SG_NONE || act_m == ms || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) continue;
    uint32_t x = sg_shared_update__unlocked_write(ctx, act_m, cls);
    if (x == SG_NONE || sg_shared_update__retests(m, m->scopes.items[act_m].body, x, cls)) continue;
    /* the `if` around it, or an earlier `if` of an enclosing block that leaves */
    for (uint32_t c = i, p = t->parent[i]; p != SG_NONE && c != m->scopes.items[ms].node; c = p, p = t->parent[p]) {
      uint32_t test = sg_shared_update__guard_at(t, c, p);
      uint32_t cond = test == SG_NONE ? SG_NONE : sg_flat_field(t, test, FIELD_CONDITION);
      for (uint32_t e = cond; cond != SG_NONE && e <= t->subtree_end[cond]; e++) {
        if (t->kind[e] != KIND_CALL) continue;
        uint32_t recv2 = SG_NONE, cls2 = SG_NONE;
        uint32_t check_m = recv == SG_NONE ? sg_shared_update__self_call(m, e, cls)
                                           : sg_shared_update__other_call(m, e, &recv2, &cls2);
        if (check_m == SG_NONE || check_m == act_m || (recv != SG_NONE && cls2 != cls) ||
            sg_concurrency_held(ctx->threads, e) || !sg_shared_update__reads_unlocked(ctx, check_m, cls, x))
          continue;
        if (recv != SG_NONE) {
          uint32_t a = recv, b = recv2;
          if (!sg_model_same_attributes(m, &a, &b) || t->kind[a] != KIND_IDENTIFIER || t->kind[b] != KIND_IDENTIFIER ||
              sg_model_node_symbol(m, a) != sg_model_node_symbol(m, b) || sg_model_node_symbol(m, a) == SG_NONE)
            continue;
        }
        /* one object the threads share (the act's receiver) */
        /* (or `self.seats`, one object every instantiation was given) */
        ObjectsMemo memo = {SG_NONE, false, OBJECTS_UNKNOWN};
        uint32_t ur = recv == SG_NONE ? SG_NONE : sg_flat_unparen(t, recv);
        bool given = ur != SG_NONE && t->kind[ur] == KIND_ATTRIBUTE && sg_shared_update__given(ctx, ur);
        if (!given && !sg_shared_update__shared(ctx, ms, sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION)), &memo))
          return;
        if (sg_threads_called_under_lock(ctx, ms)) return;
        uint32_t call = SG_NONE, line = sg_threads_start_line(ctx, ms, &call), rlen = 4;
        const char *rt = recv == SG_NONE ? "self" : sg_flat_text(t, recv, &rlen);
        const char *xn = sg_names_text(&t->names, x);
        const char *cn = sg_flat_name(t, sg_flat_field(t, m->scopes.items[check_m].node, FIELD_NAME));
        const char *an = sg_flat_name(t, sg_flat_field(t, m->scopes.items[act_m].node, FIELD_NAME));
        Diagnostic *d = sg_rule_report(
            ctx, RULE_unsynchronized_shared_update, i,
            "check-then-act on the `%s` of shared `%.*s` on threads started on line %u (several at once) without a "
            "lock: `%s()` tests it (line %u) and `%s()` changes it, so two threads can both pass the test and both "
            "act; hold one lock across the test and the change",
            xn, (int)(rlen > 40 ? 40 : rlen), rt, line, cn, sg_source_line_of(ctx->source, t->start_byte[test]) + 1, an);
        sg_diag_related(d, t->start_byte[test], t->start_byte[test] + 2, "the test");
        if (call != SG_NONE) sg_diag_related(d, t->start_byte[call], t->end_byte[call], "the threads start here");
        return;
      }
    }
  }
}

/* A method that runs on one thread and updates `self.<x>` (read-modify-write)
 * with no lock, where another method of the class, run by another thread,
 * updates it under a lock of self (`restock` under `self._lock`, `draw`
 * without): the lock excludes nothing from the unlocked update. */
static void sg_shared_update__bypassed(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  (void)arg;
  if (rmw->check_then_act || sg_concurrency_held(ctx->threads, rmw->statement)) return;
  uint32_t cls = m->scopes.items[scope].parent;
  uint32_t target = sg_flat_unparen(t, rmw->target);
  while (target != SG_NONE && t->kind[target] == KIND_SUBSCRIPT) target = sg_flat_unparen(t, sg_flat_field(t, target, FIELD_VALUE));
  if (target == SG_NONE || t->kind[target] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, target, cls) != scope) return;
  uint32_t x = t->name_id[sg_flat_field(t, target, FIELD_ATTRIBUTE)];
  /* another method of the class writing `self.<x>` under a lock of self, run by another start */
  for (uint32_t ms = 0; ms < m->scopes.len; ms++) {
    if (ms == scope || m->scopes.items[ms].kind != SCOPE_FUNCTION || m->scopes.items[ms].parent != cls ||
        !ctx->threads->runs_on_thread[ms] || ctx->threads->started_by[ms] == ctx->threads->started_by[scope])
      continue;
    uint32_t body = m->scopes.items[ms].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
      if (t->kind[i] != KIND_ATTRIBUTE || sg_shared_update__self_method(m, i, cls) != ms || !sg_shared_update__written(t, i))
        continue;
      uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
      const LockRegion *lr = a != SG_NONE && t->name_id[a] == x ? sg_concurrency_held(ctx->threads, i) : NULL;
      uint32_t l = lr ? sg_shared_update__self_lock(t, lr->lock) : SG_NONE;
      if (l == SG_NONE) continue;
      uint32_t len, lock_len;
      const char *what = sg_flat_text(t, rmw->target, &len), *lock = sg_flat_text(t, lr->lock, &lock_len);
      const char *other = sg_flat_name(t, sg_flat_field(t, m->scopes.items[ms].node, FIELD_NAME));
      const ThreadStart *sa = &ctx->threads->starts.items[ctx->threads->started_by[scope]];
      const ThreadStart *sb = &ctx->threads->starts.items[ctx->threads->started_by[ms]];
      Diagnostic *d = sg_rule_report(
          ctx, RULE_unsynchronized_shared_update, rmw->statement,
          "read-modify-write of `%.*s` without `%.*s`, which `%s()` holds for its own update of it (line %u): the "
          "two run on different threads (started on lines %u and %u), so the lock excludes nothing from this "
          "update and one of the two is lost; take `%.*s` here too",
          (int)len, what, (int)lock_len, lock, other, sg_source_line_of(ctx->source, t->start_byte[i]) + 1,
          sg_source_line_of(ctx->source, t->start_byte[sa->call]) + 1,
          sg_source_line_of(ctx->source, t->start_byte[sb->call]) + 1, (int)lock_len, lock);
      sg_diag_related(d, t->start_byte[i], t->end_byte[i], "updated under `%.*s` here", (int)lock_len, lock);
      return;
    }
  }
}

/* A read-modify-write of another module's global (`inventory.BLANKS[k] =
 * blanks - 1`) that module changes under a lock of its own
 * (ExportGuard), made here under another lock, or with none in code that
 * runs on threads: the two exclude nothing. */
static void sg_shared_update__imported_guards(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->summaries || !ctx->summaries->imports) return;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT && t->kind[i] != KIND_AUGMENTED_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), e = left;
    while (e != SG_NONE && t->kind[e] == KIND_SUBSCRIPT) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE));
    if (e == SG_NONE || t->kind[e] != KIND_ATTRIBUTE) continue;
    uint32_t mod = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT)), a = sg_flat_field(t, e, FIELD_ATTRIBUTE);
    const Binding *mb = mod != SG_NONE && t->kind[mod] == KIND_IDENTIFIER ? sg_value_sole_binding(m, mod) : NULL;
    if (a == SG_NONE || !mb || !sg_binding_is_import(mb)) continue;
    if (t->kind[i] == KIND_ASSIGNMENT && !sg_summaries_reads_place(m, sg_flat_field(t, i, FIELD_RIGHT), left))
      continue;
    uint32_t scope = sg_model_function_scope(m, m->node_scope[i]);
    const LockRegion *held = sg_concurrency_held(ctx->threads, i);
    if (!held && (scope == SG_NONE || !ctx->threads->runs_on_thread[scope])) continue;
    if (!sg_summaries_in_program(ctx->summaries, m, mod)) continue;
    const ModuleExports *ex = sg_summaries_external_module(ctx->summaries, m, mod);
    const ExportGuard *g = NULL;
    for (uint32_t k = 0; ex && k < ex->guard_count && !g; k++)
      if (sg_flat_text_is(t, a, ex->guards[k].name)) g = &ex->guards[k];
    if (!g) continue;
    uint32_t mlen, llen = 0;
    const char *mtext = sg_flat_text(t, mod, &mlen), *ltext = held ? sg_flat_text(t, held->lock, &llen) : NULL;
    /* `with inventory._lock:` here: the same lock */
    if (held && llen == mlen + 1 + strlen(g->lock) && !memcmp(ltext, mtext, mlen) && ltext[mlen] == '.' &&
        !memcmp(ltext + mlen + 1, g->lock, strlen(g->lock)))
      continue;
    char buf[1024];
    uint32_t len;
    const char *text = sg_flat_text(t, left, &len);
    Diagnostic *d = sg_rule_report(
        ctx, RULE_unsynchronized_shared_update, i,
        "read-modify-write of `%.*s` %s%.*s%s, but %s changes `%s` under its own `%s` (line %u): %s, so concurrent "
        "updates are lost; hold `%.*s.%s` here, or let that module make the change",
        (int)(len > 60 ? 60 : len), text, held ? "under `" : "on a thread with no lock", (int)llen, held ? ltext : "",
        held ? "`" : "", sg_project_display_path(ex->path, buf, sizeof buf), g->name, g->lock, g->line,
        held ? "two different locks exclude nothing" : "a lock one side never takes excludes nothing", (int)mlen, mtext,
        g->lock);
    if (held) sg_diag_related(d, t->start_byte[held->site], t->end_byte[held->site], "the lock held here");
  }
}

/* One change of another module's global made by a function this file
 * calls on a thread (ExportForeign), with where the global and the lock
 * really are. */
typedef struct ForeignUse {
  uint32_t call;             /* the call here */
  const ModuleExports *from; /* the called function's module */
  const ExportForeign *f;
  const ModuleExports *home; /* the global's module (NULL: an attribute of an argument) */
  const char *name;          /* the global's name there (or the attribute's) */
  uint32_t arg;              /* for an attribute: the name id of the argument here */
} ForeignUse;

/* Functions of other files that this file runs on threads (calls made in
 * code a thread started here runs), which change one global of a third
 * module under different locks of their own (`lend` under `_loan_lock`,
 * `give_back` under `_return_lock`, both `inventory.SHELF[toy]`): the two
 * locks exclude nothing. */
static void sg_shared_update__foreign_locks(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->summaries || !ctx->summaries->imports || !ctx->summaries->imports->project || !ctx->threads->starts.len) return;
  Project *project = ctx->summaries->imports->project;
  Array(ForeignUse) uses = {NULL, 0, 0};
  for (uint32_t k = 0; 2 * k + 1 < m->calls.len && uses.len < 256; k++) {
    uint32_t call = m->calls.items[2 * k + 1], fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
    if (fn == SG_NONE || fs == SG_NONE || !ctx->threads->runs_on_thread[fs] ||
        (t->kind[fn] != KIND_IDENTIFIER && t->kind[fn] != KIND_ATTRIBUTE))
      continue;
    /* through an import (a module's function), or a method of a local object
     * (looked at below) */
    bool imported = sg_summaries_in_program(ctx->summaries, m, fn);
    if (imported && !sg_summaries_mentions(ctx->summaries, m, fn, "Lock(")) continue;
    if (!imported && t->kind[fn] != KIND_ATTRIBUTE) continue;
    char buf[512], mname[300];
    const char *rest;
    const ModuleExports *ex = imported ? sg_summaries_external_exports(ctx->summaries, m, fn, &rest, buf, sizeof buf) : NULL;
    bool own = false;  /* a method of an object this run of the function made */
    if (!ex && t->kind[fn] == KIND_ATTRIBUTE) {
      /* `agent.sell(...)` with `agent = TicketAgent(name)` (another file's class) */
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), an = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      const Binding *ob = obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER ? sg_value_sole_binding(m, obj) : NULL;
      uint32_t v = ob && ob->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, ob->value) : SG_NONE;
      if (v == SG_NONE || an == SG_NONE || t->kind[v] != KIND_CALL ||
          !sg_summaries_in_program(ctx->summaries, m, sg_flat_field(t, v, FIELD_FUNCTION)) ||
          !sg_summaries_mentions(ctx->summaries, m, sg_flat_field(t, v, FIELD_FUNCTION), "Lock("))
        continue;
      const ModuleExports *module = NULL;
      const ExportClass *ec = sg_summaries_external_class(ctx->summaries, m, sg_flat_field(t, v, FIELD_FUNCTION), &module);
      if (!ec || !module) continue;
      snprintf(mname, sizeof mname, "%s.%s", ec->name, sg_flat_name(t, an));
      ex = module, rest = mname;
      own = m->symbols.items[ob->symbol].scope == fs && ctx->threads->runs_concurrently[fs];
    }
    for (uint32_t q = 0; ex && *rest && q < ex->foreign_count; q++) {
      const ExportForeign *f = &ex->foreign[q];
      if (strcmp(f->function, rest)) continue;
      if (own && f->lock && !strcmp(f->lock, "self") && f->target[0] != '@') {
        /* each thread makes its own object, whose own lock excludes no other thread */
        char px[1024];
        uint32_t len;
        const char *text = sg_flat_text(t, fn, &len);
        sg_rule_report(ctx, RULE_unsynchronized_shared_update, call,
                       "`%.*s()` (%s, line %u) read-modify-writes %s`%s%s` under a lock of its own object, and "
                       "each run of this function, on several threads at once, makes its own object: the locks "
                       "exclude nothing, so concurrent updates are lost; share one lock (or one object) between "
                       "the threads",
                       (int)(len > 40 ? 40 : len), text, sg_project_display_path(ex->path, px, sizeof px), f->line,
                       f->accessor ? "through " : "", f->target[0] == '.' ? f->target + 1 : f->target,
                       f->accessor ? "()" : "");
        own = false;
        continue;
      }
      if (f->target[0] == '@') {
        /* an attribute of what this call passes: the same name here */
        char *dot = strchr(f->target, '.');
        uint32_t pos = (uint32_t)strtoul(f->target + 1, NULL, 10);
        uint32_t arg = dot ? sg_flat_call_arg(t, call, (int)pos, NULL) : SG_NONE;
        arg = arg == SG_NONE ? SG_NONE : sg_flat_unparen(t, arg);
        if (arg == SG_NONE || t->kind[arg] != KIND_IDENTIFIER) continue;
        ForeignUse u = {call, ex, f, NULL, dot + 1, t->name_id[arg]};
        array_push(&uses, u);
        continue;
      }
      const char *name;
      const ModuleExports *home = sg_project_lookup(project, ex->path, f->target, &name);
      if (!home || !*name) continue;
      ForeignUse u = {call, ex, f, home, name, SG_NONE};
      array_push(&uses, u);
    }
  }
  for (uint32_t a = 0; a < uses.len; a++)
    for (uint32_t b = a + 1; b < uses.len; b++) {
      const ForeignUse *x = &uses.items[a], *y = &uses.items[b];
      if (x->home != y->home || strcmp(x->name, y->name) || x->arg != y->arg) continue;
      /* the same lock: the same module and name (each object's own: not the same) */
      if (x->f->lock && y->f->lock && x->from == y->from && !strcmp(x->f->lock, y->f->lock) && strcmp(x->f->lock, "self"))
        continue;
      if (!x->f->lock && !y->f->lock) continue;  /* no locks at all: not this shape */
      char px[1024], py[1024];
      uint32_t lx, ly;
      const char *tx = sg_flat_text(t, sg_flat_field(t, x->call, FIELD_FUNCTION), &lx);
      const char *ty = sg_flat_text(t, sg_flat_field(t, y->call, FIELD_FUNCTION), &ly);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_unsynchronized_shared_update, y->call,
          "`%.*s()` (%s, line %u) changes `%s` %s%s%s, while `%.*s()` (%s, line %u), also run on a thread started "
          "here, changes it %s%s%s: %s, so concurrent updates are lost; guard `%s` with one lock both take",
          (int)(ly > 40 ? 40 : ly), ty, sg_project_display_path(y->from->path, py, sizeof py), y->f->line, y->name,
          y->f->lock ? "under `" : "with no lock", y->f->lock ? y->f->lock : "", y->f->lock ? "`" : "",
          (int)(lx > 40 ? 40 : lx), tx, sg_project_display_path(x->from->path, px, sizeof px), x->f->line,
          x->f->lock ? "under `" : "with no lock", x->f->lock ? x->f->lock : "", x->f->lock ? "`" : "",
          x->f->lock && y->f->lock ? "two different locks exclude nothing" : "a lock one side never takes excludes nothing",
          y->name);
      sg_diag_related(d, t->start_byte[x->call], t->end_byte[x->call], "the other change, run from here");
      b = uses.len, a = uses.len;  /* one finding */
    }
  array_free(&uses);
}

/* Methods that take `self.<lock>` somewhere and, elsewhere in the same
 * method, update without it an attribute that the class writes under that
 * lock. The lock shows the method runs on several threads; the write under
 * it shows the attribute is what it guards. */
static void sg_shared_update__methods(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  static const char *const once[] = {"__init__", "__new__", "__del__", "__post_init__", "__setstate__",
                                     "__init_subclass__", "setUp", "tearDown"};
  uint8_t *seen = sg_calloc(m->scopes.len + 1, 1), *several_known = sg_calloc(m->scopes.len + 1, 1);
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    uint32_t s = sg_model_function_scope(m, m->node_scope[lr->site]);
    if (s == SG_NONE || seen[s] || m->scopes.items[s].kind != SCOPE_FUNCTION) continue;
    uint32_t cls = m->scopes.items[s].parent;
    if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) continue;
    uint32_t lock = sg_shared_update__self_lock(t, lr->lock);
    if (lock == SG_NONE) continue;
    seen[s] = 1;
    const char *fname = sg_flat_name(t, sg_flat_field(t, m->scopes.items[s].node, FIELD_NAME));
    bool skip = false;
    for (size_t k = 0; k < sizeof once / sizeof *once; k++) skip |= !strcmp(fname, once[k]);
    if (skip || sg_threads_called_under_lock(ctx, s)) continue;
    /* once per class: the references of its name */
    if (!several_known[cls]) several_known[cls] = sg_shared_update__several(ctx, cls) ? 2 : 1;
    Guarded g = {cls, lock, r, several_known[cls] == 2};
    sg_threads_rmw(ctx, s, sg_shared_update__outside_lock, &g);
    /* also where the method runs on several threads at once but on objects the
     * per-thread check does not see as each thread's own (`t1 = Thread(target=
     * watch.ingest)`, `t2 = Thread(target=phone.ingest)`): one finding per statement */
    sg_threads_rmw(ctx, s, sg_shared_update__object_lock, &g);
  }
  sg_free(seen);
  sg_free(several_known);
}

/* ---- a dict or set iterated outside the lock its writers hold ---------------- */

/* Is attribute node o (`self.x`) changed the way a dict or set is (an item
 * stored or deleted, add/discard/pop/update/setdefault/clear), which makes a
 * running iteration raise? */
static bool sg_shared_update__resizes(const FlatTree *t, uint32_t o) {
  uint32_t p = t->parent[o];
  if (p == SG_NONE) return false;
  if (t->kind[p] == KIND_SUBSCRIPT && t->field[o] == FIELD_VALUE) {
    uint32_t q = t->parent[p];
    return q != SG_NONE && ((t->kind[q] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT) ||
                            t->kind[q] == KIND_DELETE_STATEMENT);
  }
  if (t->kind[p] != KIND_ATTRIBUTE || t->field[o] != FIELD_OBJECT) return false;
  uint32_t call = t->parent[p], name = sg_flat_field(t, p, FIELD_ATTRIBUTE);
  if (call == SG_NONE || t->kind[call] != KIND_CALL || name == SG_NONE) return false;
  static const char *const changes[] = {"add", "discard", "pop", "popitem", "update", "setdefault", "clear"};
  for (size_t k = 0; k < sizeof changes / sizeof *changes; k++)
    if (sg_flat_text_is(t, name, changes[k])) return true;
  return false;
}

/* Is attribute node o the iterable of a Python-level loop (a `for`, a
 * comprehension), itself or through `.items()`/`.keys()`/`.values()`? */
static bool sg_shared_update__iterated(const FlatTree *t, uint32_t o) {
  uint32_t e = o, p = t->parent[o];
  if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[o] == FIELD_OBJECT) {
    uint32_t name = sg_flat_field(t, p, FIELD_ATTRIBUTE), call = t->parent[p];
    if (name == SG_NONE || call == SG_NONE || t->kind[call] != KIND_CALL ||
        !(sg_flat_text_is(t, name, "items") || sg_flat_text_is(t, name, "keys") || sg_flat_text_is(t, name, "values")))
      return false;
    e = call;
    p = t->parent[call];
  }
  return p != SG_NONE && (t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_FOR_IN_CLAUSE) &&
         t->field[e] == FIELD_RIGHT;
}

/* A class changes `self.<x>` (a dict or set) under a lock of self in one
 * method, and a method that runs on a thread the file starts iterates it
 * with no lock held: the lock shows the writers expect other threads, and a
 * change during the loop raises RuntimeError ("dictionary changed size
 * during iteration"). */
static void sg_shared_update__iterated_outside(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  static const char *const once[] = {"__init__", "__new__", "__del__", "__post_init__", "__setstate__",
                                     "__repr__", "setUp", "tearDown"};
  /* [name id]: the class scope + 1 whose `self.<name>` was looked at last, so a
   * name written in many lock regions of one class is searched once */
  uint32_t *done = sg_calloc(t->names.text.len + 1, sizeof(uint32_t));
  for (uint32_t r = 0; r < ctx->threads->regions.len; r++) {
    const LockRegion *lr = &ctx->threads->regions.items[r];
    uint32_t ms = sg_model_function_scope(m, m->node_scope[lr->site]);
    uint32_t cls = ms == SG_NONE ? SG_NONE : m->scopes.items[ms].parent;
    if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS || sg_shared_update__self_lock(t, lr->lock) == SG_NONE)
      continue;
    for (uint32_t w = lr->site; w < t->count && t->start_byte[w] < lr->end; w++) {
      if (t->kind[w] != KIND_ATTRIBUTE || t->start_byte[w] < lr->start ||
          sg_shared_update__self_method(m, w, cls) != ms || !sg_shared_update__resizes(t, w))
        continue;
      uint32_t x = t->name_id[sg_flat_field(t, w, FIELD_ATTRIBUTE)];
      if (done[x] == cls + 1) continue;
      done[x] = cls + 1;
      uint32_t first, end;
      sg_model_attributes_named(m, x, &first, &end);
      for (uint32_t j = first; j < end; j++) {
        uint32_t o = m->attributes.items[2 * j + 1];
        uint32_t os = sg_shared_update__self_method(m, o, cls);
        /* the loop runs on a thread the file starts (a target, or what one calls) */
        if (os == SG_NONE || !ctx->threads->runs_on_thread[os] || !sg_shared_update__iterated(t, o) ||
            sg_concurrency_held(ctx->threads, o))
          continue;
        const char *fname = sg_flat_name(t, sg_flat_field(t, m->scopes.items[os].node, FIELD_NAME));
        bool skip = false;
        for (size_t k = 0; k < sizeof once / sizeof *once; k++) skip |= !strcmp(fname, once[k]);
        if (skip || sg_threads_called_under_lock(ctx, os)) continue;
        uint32_t len, llen;
        const char *what = sg_flat_text(t, o, &len), *lock = sg_flat_text(t, lr->lock, &llen);
        const char *writer = sg_flat_name(t, sg_flat_field(t, m->scopes.items[ms].node, FIELD_NAME));
        uint32_t wline = sg_source_line_of(ctx->source, t->start_byte[w]) + 1;
        Diagnostic *d = sg_rule_report(ctx, RULE_unsynchronized_shared_update, o,
                                       "`%.*s` is iterated here without `%.*s`, which `%s` holds to change it (line "
                                       "%u): a change from another thread during the loop raises RuntimeError (changed "
                                       "size during iteration); iterate over a copy taken under the lock",
                                       (int)len, what, (int)llen, lock, writer, wline);
        sg_diag_related(d, t->start_byte[w], t->end_byte[w], "changed here, under the lock");
        break;
      }
    }
  }
  sg_free(done);
}

void sg_rule_unsynchronized_shared_update(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    if (!ctx->threads->runs_concurrently[s] || m->scopes.items[s].kind == SCOPE_CLASS) continue;
    if (sg_threads_called_under_lock(ctx, s)) continue;
    ObjectsMemo memo = {SG_NONE, false, OBJECTS_UNKNOWN};
    sg_threads_rmw(ctx, s, sg_shared_update__one, &memo);
  }
  sg_shared_update__methods(ctx);
  for (uint32_t s = 0; s < m->scopes.len; s++)
    if (ctx->threads->runs_concurrently[s] && m->scopes.items[s].kind == SCOPE_FUNCTION)
      sg_shared_update__unlocked_split(ctx, s);
  /* a method one thread runs, bypassing the lock another thread's method takes */
  if (ctx->threads->regions.len)
    for (uint32_t s = 0; s < m->scopes.len; s++) {
      uint32_t cls = m->scopes.items[s].parent;
      if (m->scopes.items[s].kind == SCOPE_FUNCTION && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS &&
          ctx->threads->runs_on_thread[s] && !ctx->threads->runs_concurrently[s] && ctx->threads->started_by[s] != SG_NONE &&
          !sg_threads_called_under_lock(ctx, s))
        sg_threads_rmw(ctx, s, sg_shared_update__bypassed, NULL);
    }
  sg_shared_update__iterated_outside(ctx);
  sg_shared_update__imported_guards(ctx);
  sg_shared_update__foreign_locks(ctx);
  for (uint32_t s = 0; s < m->scopes.len; s++)
    if (m->scopes.items[s].kind == SCOPE_FUNCTION && !ctx->threads->runs_concurrently[s])
      sg_threads_rmw(ctx, s, sg_shared_update__tested_outside, NULL);
  /* a guard of self.<x> before the lock, the update under it */
  if (ctx->threads->regions.len)
    for (uint32_t s = 0; s < m->scopes.len; s++) {
      uint32_t cls = m->scopes.items[s].parent;
      if (m->scopes.items[s].kind == SCOPE_FUNCTION && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS)
        sg_threads_rmw(ctx, s, sg_shared_update__guard_outside, NULL);
    }
  /* a check and an act each under the lock, the gap between them not */
  if (ctx->threads->regions.len) {
    uint32_t *memo = sg_malloc(sizeof(uint32_t) * 4 * (m->scopes.len + 1));
    memset(memo, 0xff, sizeof(uint32_t) * 4 * (m->scopes.len + 1));
    for (uint32_t s = 0; s < m->scopes.len; s++) {
      uint32_t cls = m->scopes.items[s].parent;
      if (m->scopes.items[s].kind == SCOPE_FUNCTION && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS)
        sg_shared_update__split(ctx, memo, s, cls);
      if (m->scopes.items[s].kind == SCOPE_FUNCTION) sg_shared_update__split_other(ctx, memo, s);
    }
    sg_free(memo);
  }
}
