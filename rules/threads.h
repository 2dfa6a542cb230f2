/* Shared by the SNG5xx rules: read-modify-write statements of a function
 * and what they update. */
#ifndef SG_THREADS_H
#define SG_THREADS_H

#include "rules/rule.h"

typedef struct ReadModifyWrite {
  uint32_t statement;   /* the statement to report */
  uint32_t target;      /* the updated expression (name, attribute or subscript) */
  bool check_then_act;  /* `if k not in d: d[k] = ...` */
  uint32_t check;       /* with check_then_act: the `if` statement that tests */
} ReadModifyWrite;

/* Calls fn for each read-modify-write in function scope `scope` (not in
 * nested functions): `x += 1`, `x = x + 1`, `d[k] = d.get(k, 0) + 1`, and
 * check-then-act stores. */
void sg_threads_rmw(RuleContext *ctx, uint32_t scope,
                    void (*fn)(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg), void *arg);
/* The name or `self.attr` at the base of an attribute/subscript chain. */
uint32_t sg_threads_base(const FlatTree *t, uint32_t expr);
/* Is every call of the function (by its name, or `self.name(...)` for a
 * method, in its class) made while a lock is held, and is there one? Then
 * the caller serialises it. */
bool sg_threads_called_under_lock(RuleContext *ctx, uint32_t scope);
/* `v.value` of a multiprocessing Value, an Array element, a Manager
 * proxy item? */
bool sg_threads_is_shared_value(RuleContext *ctx, uint32_t target);
/* The line a thread running `scope` is started on, or 0. */
uint32_t sg_threads_start_line(RuleContext *ctx, uint32_t scope, uint32_t *call);

/* For a threading.Thread subclass (class scope cls) whose `__init__` sets
 * `self.<name> = <new lock>` and whose only other uses of `.<name>` in the
 * file are `self.<name>` taken directly in its run(): the lock constructor
 * call (each thread object has its own lock, which only its own thread
 * takes). Else SG_NONE. Uses in unrelated classes' methods are another
 * object's attribute and do not count. */
uint32_t sg_threads_own_lock(const SemanticModel *m, uint32_t cls, uint32_t name);

#endif
