/* Processes: the multiprocessing hand-offs of one file — each call that
 * sends a callable and arguments to another process (`Process(target=,
 * args=)`, Pool and ProcessPoolExecutor task methods, `run_in_executor` on a
 * process pool, `initializer=`), whether it always pickles (pools) or only
 * under spawn/forkserver (Process), whether the file fixes the `fork` start
 * method, and whether code runs at import time or under the main guard.
 * Built once per file; free with sg_processes_delete. */
#ifndef SG_PROCESSES_H
#define SG_PROCESSES_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/flatview.h"

typedef struct ProcessHandoff {
  uint32_t call;        /* the call that hands things over */
  uint32_t callable;    /* the target / task function / initializer, or SG_NONE */
  bool pool;            /* Pool / ProcessPoolExecutor: always pickles */
  bool fork;            /* the fork start method is fixed for this call */
  bool explicit_context; /* made by get_context('spawn' / 'forkserver') */
  bool initializer;     /* callable is an `initializer=` */
  bool channel;         /* `conn.send(x)` / `queue.put(x)` on a multiprocessing
                           Pipe or Queue: pickles what it sends (pool too) */
  Array(uint32_t) args; /* argument expressions sent to the child */
  uint32_t iterable;    /* map/imap/starmap...: the iterable whose items are sent, or SG_NONE */
} ProcessHandoff;

/* A call that serialises its argument in this process: `pickle.dumps(x)`,
 * `pickle.dump(x, f)` (pickle), `copy.deepcopy(x)` (copy: objects without
 * `__deepcopy__` go through the pickle protocol's `__reduce_ex__`, while
 * functions and classes are copied as they are). */
typedef struct PickleSite {
  uint32_t call;
  uint32_t value;       /* the object serialised */
  bool copy;            /* copy.deepcopy */
  bool shelf;           /* `db[k] = value`, db a `shelve.open(...)`: call is the assignment */
} PickleSite;

typedef struct Processes {
  const SemanticModel *model;
  Array(ProcessHandoff) handoffs;
  Array(PickleSite) pickles;
  bool fork_fixed;      /* set_start_method('fork') somewhere in the file */
} Processes;

/* calls: the calls to look at (ascending node ids, from the GPU path's
 * candidates), or NULL for every call of the file. */
Processes *sg_processes_build(const SemanticModel *model, const uint32_t *calls, uint32_t count);
void sg_processes_delete(Processes *self);

/* The scope of the same-file function a `Process(target=f)` runs, or
 * SG_NONE (a pool task, a lambda, a name bound more than once...). */
uint32_t sg_processes_child_scope(const SemanticModel *model, const ProcessHandoff *handoff);

/* Is node inside `if __name__ == "__main__":`? */
bool sg_processes_under_main_guard(const FlatTree *tree, uint32_t node);
/* Does the call start processes (Process(...).start(), p.start() on a
 * Process, Pool(...), ProcessPoolExecutor(...))? */
bool sg_processes_starts(const SemanticModel *model, uint32_t call);

/* What a same-file decorator (`deco_expr`, a name) makes of the function
 * it decorates, when a child process cannot unpickle that by the
 * function's name: an inner function without `functools.wraps`
 * (SG_PROCESSES_INNER_WRAPPER), or an instance of a class keeping the
 * function (no `__reduce__`). A static sentence, or NULL. */
extern const char *const SG_PROCESSES_INNER_WRAPPER;
const char *sg_processes_decorator_product(const SemanticModel *model, uint32_t deco_expr);
/* The same for a module-level def or class definition used as a decorator
 * anywhere (a def must return its inner function on every path); *factory:
 * that inner function is itself such a decorator (`@timed("label")`). */
const char *sg_processes_decorator_made(const SemanticModel *model, uint32_t def, bool *factory);
/* A module-level name (symbol of the module scope) bound to a dict or list
 * that the file fills with nested functions or lambdas (`STAGES[name] =
 * run_stage` in a decorator, `HOOKS.append(lambda ...)`, a display holding
 * one): why its entries cannot be pickled, or NULL. */
const char *sg_processes_registry_of_locals(const SemanticModel *model, uint32_t symbol);

/* ---- candidates (SG_HOSTDEV: the GPU path evaluates them per node) ------- */

/* The names a hand-off or a process start is spelled with: a qualified
 * name sg_processes_build or sg_processes_starts acts on has one of them
 * as a part, unless an import renamed it (see sg_processes_widens). */
SG_HOSTDEV static inline bool sg_processes__name(uint32_t name) {
  switch (name) {
  case NAME_PROCESS: case NAME_POOL: case NAME_PROCESS_POOL_EXECUTOR: case NAME_SET_START_METHOD:
  case NAME_START: case NAME_MAP: case NAME_IMAP: case NAME_IMAP_UNORDERED: case NAME_STARMAP:
  case NAME_APPLY: case NAME_APPLY_ASYNC: case NAME_MAP_ASYNC: case NAME_STARMAP_ASYNC:
  case NAME_SUBMIT: case NAME_RUN_IN_EXECUTOR: case NAME_SEND: case NAME_PUT: case NAME_PUT_NOWAIT:
  case NAME_DUMPS: case NAME_DUMP: case NAME_DEEPCOPY: case NAME_SHELVE:
    return true;
  default:
    return false;
  }
}

/* Does the identifier/attribute chain `a.b.c` name one of those? */
SG_HOSTDEV static inline bool sg_processes__chain_names(const FlatView *v, uint32_t e, uint32_t only) {
  for (e = sg_view_unparen(v, e); e != SG_NONE; e = sg_view_unparen(v, sg_view_field(v, e, FIELD_OBJECT))) {
    uint32_t name = v->kind[e] == KIND_IDENTIFIER ? e
                  : v->kind[e] == KIND_ATTRIBUTE ? sg_view_field(v, e, FIELD_ATTRIBUTE) : SG_NONE;
    if (name == SG_NONE) return false;
    uint32_t id = v->name_id[name];
    if (only == SG_NONE ? sg_processes__name(id) : id == only) return true;
    if (v->kind[e] == KIND_IDENTIFIER) return false;
  }
  return false;
}

/* Every call sg_processes_build may take for a hand-off, and every call
 * SNG604 may report, passes this: a callee chain with one of the names
 * above, or a plain-name call outside any def, lambda and class body (a
 * same-file function that starts processes). */
SG_HOSTDEV static inline bool sg_processes_candidate(const FlatView *v, uint32_t i) {
  if (v->kind[i] != KIND_CALL) return false;
  uint32_t fn = sg_view_field(v, i, FIELD_FUNCTION);
  if (fn == SG_NONE) return false;
  if (sg_processes__chain_names(v, fn, SG_NONE)) return true;
  if (v->kind[sg_view_unparen(v, fn)] != KIND_IDENTIFIER) return false;
  for (uint32_t c = i, p = v->parent[i]; p != SG_NONE; c = p, p = v->parent[p]) {
    uint16_t k = v->kind[p];
    if ((k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) && v->field[c] == FIELD_BODY)
      return false;
  }
  return true;
}

/* A node after which the names above no longer tell: an import that
 * renames one of them (`from multiprocessing import Pool as P`) or a class
 * deriving from something named Process (`Worker(...)` hands itself
 * over). Every call of its file is then a candidate. */
SG_HOSTDEV static inline bool sg_processes_widens(const FlatView *v, uint32_t i) {
  if (v->kind[i] == KIND_ALIASED_IMPORT) {
    uint32_t dotted = sg_view_field(v, i, FIELD_NAME);
    for (uint32_t c = dotted == SG_NONE ? SG_NONE : v->first_child[dotted]; c != SG_NONE; c = v->next_sibling[c])
      if (v->kind[c] == KIND_IDENTIFIER && sg_processes__name(v->name_id[c])) return true;
    return false;
  }
  if (v->kind[i] != KIND_CLASS_DEFINITION) return false;
  uint32_t bases = sg_view_field(v, i, FIELD_SUPERCLASSES);
  for (uint32_t b = bases == SG_NONE ? SG_NONE : v->first_child[bases]; b != SG_NONE; b = v->next_sibling[b])
    if (sg_processes__chain_names(v, b, NAME_PROCESS)) return true;
  return false;
}

#endif
