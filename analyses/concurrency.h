/* Concurrency: the thread model of one file — lock objects (threading and
 * multiprocessing locks, semaphores, conditions, `v.get_lock()`), where
 * each is held (`with L:` and `L.acquire()`...`L.release()`), thread entry
 * points (Thread/Timer targets, Thread subclasses' run, thread-pool
 * submit/map, run_in_executor, asyncio.to_thread, _thread.start_new_thread)
 * with how often they start, process targets, and the same-file functions
 * reachable from them. Built once per file; free with
 * sg_concurrency_delete. */
#ifndef SG_CONCURRENCY_H
#define SG_CONCURRENCY_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/flatview.h"

typedef enum LockKind {
  LOCK_NONE,
  LOCK_PLAIN,       /* threading.Lock, multiprocessing.Lock: not reentrant */
  LOCK_REENTRANT,   /* RLock, get_lock() (an RLock by default) */
  LOCK_SEMAPHORE,   /* Semaphore, BoundedSemaphore */
  LOCK_CONDITION,   /* Condition (an RLock inside by default) */
  LOCK_UNKNOWN,     /* made elsewhere; named like a lock */
} LockKind;

typedef struct LockRegion {
  uint32_t start, end;   /* byte range where the lock is held */
  uint32_t lock;         /* the lock expression (a name or self.attr path) */
  uint32_t site;         /* the `with` item or the acquire() call */
  LockKind kind;
} LockRegion;

typedef struct ThreadStart {
  uint32_t call;         /* the Thread(...)/submit(...) call */
  uint32_t function;     /* the target's scope (a same-file function) */
  uint32_t target;       /* the target expression (`work`, `w.run`); SG_NONE
                            for a Thread subclass (call: its class) */
  bool process;          /* multiprocessing.Process / process pool */
  bool repeated;         /* in a loop, a comprehension, or a pool */
} ThreadStart;

typedef struct Concurrency {
  const SemanticModel *model;
  Array(LockRegion) regions;
  Array(ThreadStart) starts;
  uint8_t *runs_on_thread;       /* [scope] reachable from a thread entry point */
  uint8_t *runs_concurrently;    /* [scope] ... from one started more than once */
  uint8_t *runs_in_process;      /* [scope] reachable from a process target */
  uint32_t *started_by;          /* [scope] a ThreadStart index that reaches it, or SG_NONE */
  uint32_t *by_site;             /* region indices by their site's start byte, then index */
} Concurrency;

/* sites: the nodes that may hold a lock (sg_concurrency_site, ascending,
 * from the GPU path's candidates), or NULL for every node of the file. */
Concurrency *sg_concurrency_build(const SemanticModel *model, const uint32_t *sites, uint32_t count);
void sg_concurrency_delete(Concurrency *self);

/* What kind of lock an expression denotes (a constructor call, a name or
 * `self.attr` bound only to one, `v.get_lock()`), or LOCK_NONE. */
LockKind sg_lock_kind(const SemanticModel *model, uint32_t expr);
/* The innermost region holding a lock where FlatTree node `node` starts,
 * in the same function, or NULL. */
const LockRegion *sg_concurrency_held(const Concurrency *self, uint32_t node);
/* The regions whose site starts in bytes [start, end), in index order, into
 * *out (cleared first): found by a binary search over by_site, not a walk
 * over every region. */
typedef Array(uint32_t) RegionList;
void sg_concurrency_regions_in(const Concurrency *self, uint32_t start, uint32_t end, RegionList *out);
/* Is expr a thread object (Thread, Timer, an instance of a same-file
 * Thread subclass, `self` in a method of one; with `processes`, a
 * multiprocessing.Process too)? */
bool sg_concurrency_is_thread(const SemanticModel *model, uint32_t expr, bool processes);
/* Does class definition class_def name `threading.Thread` (or, with
 * processes, `multiprocessing.Process`) among its bases? */
bool sg_concurrency_thread_class(const SemanticModel *model, uint32_t class_def, bool processes);
/* Is `a` the same lock expression as `b` (same name symbol or same
 * `self.attr` path)? */
bool sg_lock_same(const SemanticModel *model, uint32_t a, uint32_t b);
/* The qualified name of the constructor an expression (or the name it is
 * bound to) is made by, e.g. "multiprocessing.Value"; NULL when unknown. */
const char *sg_concurrency_made_by(const SemanticModel *model, uint32_t expr, char *buf, size_t cap);

/* Is the statement (or expression) a call `X.acquire(...)`? */
SG_HOSTDEV static inline bool sg_concurrency__acquire(const FlatView *v, uint32_t e) {
  if (e != SG_NONE && v->kind[e] == KIND_EXPRESSION_STATEMENT) e = sg_view_named_child(v, e);
  e = sg_view_unparen(v, e);
  if (e == SG_NONE || v->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_view_field(v, e, FIELD_FUNCTION);
  if (fn == SG_NONE || v->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t attr = sg_view_field(v, fn, FIELD_ATTRIBUTE);
  return attr != SG_NONE && v->name_id[attr] == NAME_ACQUIRE;
}

/* Every node where a lock region may start passes this (SG_HOSTDEV: the
 * GPU path evaluates it per node): a `with` statement, `if L.acquire():`,
 * and an `L.acquire()` statement. */
SG_HOSTDEV static inline bool sg_concurrency_site(const FlatView *v, uint32_t i) {
  uint16_t k = v->kind[i];
  if (k == KIND_WITH_STATEMENT) return true;
  if (k == KIND_IF_STATEMENT) return sg_concurrency__acquire(v, sg_view_field(v, i, FIELD_CONDITION));
  return k == KIND_EXPRESSION_STATEMENT && sg_concurrency__acquire(v, i);
}

#endif
