/* Loop calls: the size changes a call in a loop body makes to the collection
 * X the loop iterates, inside the same-file function or method it runs (one
 * call further at most): `self.unsubscribe(h)`, `forget(items, x)`, a handler
 * the class stored in X (`h(event)`), the item's own method removing it from
 * its owner (`worker.stop()`). Internal to analyses/loops; stateless queries
 * on the model, nothing to free. */
#ifndef SG_LOOP_CALLS_H
#define SG_LOOP_CALLS_H

#include "analyses/loops.h"

/* What stands for X in some function: a name whose symbol is X's (a
 * parameter it was passed as, a global), or, with path set, the attribute
 * path of X (`self.handlers`) on a name of that symbol (the method's self),
 * or, with owner set, an attribute of that name (`self.pool.workers`, in a
 * method of X's items) ending in X's attribute name. With itself set, only
 * a removal of that object counts (`self.pool.workers.remove(self)`). */
typedef struct LoopsMatcher {
  uint32_t symbol;
  uint32_t path;        /* may end in `[k]`: then key stands for k by name */
  uint32_t key;         /* the symbol standing for path's key name, or SG_NONE */
  uint32_t owner;       /* name id of X's last attribute, or SG_NONE */
  uint32_t itself;      /* the item's self symbol, or SG_NONE */
  bool direct;          /* owner: the attribute sits on the name itself (in the
                           owner's method the item called: `self.workers`) */
  bool any_key;         /* path `V[k]`: any key of V (a stored handler removing
                           itself from the list it was stored in) */
  bool stores;          /* `X[key] = v` with a key the function makes itself counts
                           (a dict iterated: a new key changes its size) */
} LoopsMatcher;

/* Is e what stands for X under mt? */
bool sg_loop_calls_matches(const SemanticModel *model, const LoopsMatcher *mt, uint32_t e);

/* The size change the call makes to X (start: what stands for X where the
 * call is) inside the function it runs, or one call further: removals
 * first; with inserts (the file's work counter), a defaultdict read that
 * inserts too. False when none, or the function rebinds X's path. */
bool sg_loop_calls_through(const SemanticModel *model, uint32_t call, const LoopsMatcher *start, uint64_t *inserts,
                           LoopMutation *found);

/* A call on the loop's item (`h(event)`, `w.stop()`) that removes from X:
 * a handler the class or module stored in X, or the item's method removing
 * its own object from its owner. */
bool sg_loop_calls_item_call(const SemanticModel *model, const LoopIteration *it, uint32_t call, LoopMutation *found);
/* `self._fire(x)` in the loop, whose method calls, with its self, each
 * callback of another container that a function the file registers there
 * uses to change X through the owner: that change. */
bool sg_loop_calls_helper_dispatch(const SemanticModel *model, const LoopIteration *it, uint32_t call,
                                   LoopMutation *found);

/* The identifier of a def's k-th parameter, when the ones up to it are
 * plain; SG_NONE otherwise. */
uint32_t sg_loop_calls_param(const FlatTree *tree, uint32_t def, int k);
/* The plain (or `@classmethod`) method `name` of the class whose method
 * holds node (maybe in a closure), or SG_NONE. */
uint32_t sg_loop_calls_sibling_method(const SemanticModel *model, uint32_t node, uint32_t name);
/* Callables handed to `call` (`key=self._fan_out`, a lambda calling
 * `self._resolve(...)`), run during it on values other than X's keys: does
 * one of them change X (inserts: also missing-key reads of a defaultdict)? */
bool sg_loop_calls_callbacks(const SemanticModel *model, uint32_t call, const LoopsMatcher *mt, uint64_t *inserts,
                             LoopMutation *found);
/* A bound method of X's owner handed to a call in the loop
 * (`self.logic.handle(event, self.submit)`) that the callee (a same-file
 * function, or the file's one method of that name) calls: does it change X? */
bool sg_loop_calls_handed(const SemanticModel *model, uint32_t call, const LoopsMatcher *mt, LoopMutation *found);
/* X is an attribute of another object (`for o in self.book.orders`, `for k
 * in book.index`): does call `<that object>.m(...)`, m the file's one method
 * of that name, change X (`self.orders` in m's class)? */
bool sg_loop_calls_other_object(const SemanticModel *model, const LoopIteration *it, uint32_t call, LoopMutation *found);
/* The file's one plain method `name` when exactly one class defines it. */
uint32_t sg_loop_calls_only_method(const SemanticModel *model, uint32_t name);
/* X handed out by a method of another object's class (LoopIteration.receiver):
 * does call reach a method of that class, on the same receiver, changing X? */
bool sg_loop_calls_receiver(const SemanticModel *model, const LoopIteration *it, uint32_t call, LoopMutation *found);

/* ---- syntax helpers shared with analyses/loops.c (defined there) ---- */

typedef struct MethodInfo { const char *name; MutationKind kind; ValueKind evidence; } MethodInfo;
/* The container method a call's attribute names (append, pop, add...), or NULL. */
const MethodInfo *sg_loops_method_info(const FlatTree *tree, uint32_t attr);
/* `V[K]`, `V.get(K[, D])`, `V.setdefault(K, D)`: its V and K. */
bool sg_loops_keyed(const FlatTree *tree, uint32_t e, uint32_t *value, uint32_t *key);
bool sg_loops_literal_key(const FlatTree *tree, uint32_t k);
/* A call's index-th positional argument (SG_NONE behind a splat or keyword). */
uint32_t sg_loops_arg(const FlatTree *tree, uint32_t call, int index);
/* `obj.attr(...)`: its attribute and receiver. */
bool sg_loops_method_call(const FlatTree *tree, uint32_t call, uint32_t *attr, uint32_t *obj);
/* Is c one of the del statement's own targets? */
bool sg_loops_del_target(const FlatTree *tree, uint32_t c, uint32_t del);

#endif
