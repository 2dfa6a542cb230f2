/* Loops: which collection a loop iterates ("over X": `for v in X`,
 * `X.items()`, `enumerate(X)`, `zip(X, ...)`, `reversed(X)`, `range(len(X))`,
 * comprehensions, lazy views of X, what a method of the class hands out
 * (also `for x in obj` with obj an object of a same-file class whose
 * __iter__ walks one of its attributes),
 * `while i < len(X)`), and the statements in its body that change X's size,
 * directly or through what they call (analyses/loop_calls). Stateless
 * queries on the model; nothing to free. */
#ifndef SG_LOOPS_H
#define SG_LOOPS_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/flatview.h"
#include "analyses/summaries.h"
#include "analyses/values.h"

typedef enum IterationVia {
  ITERATION_DIRECT,      /* for v in X */
  ITERATION_KEYS,        /* X.keys() */
  ITERATION_VALUES,      /* X.values() */
  ITERATION_ITEMS,       /* X.items() */
  ITERATION_ENUMERATE,   /* enumerate(X) */
  ITERATION_OTHER,       /* zip(X, ...), reversed(X), iter(X) */
  ITERATION_INDEX,       /* range(len(X)) */
  ITERATION_ENUMERATE_COPY, /* enumerate(X.copy()): iterates a copy, indexes X */
  ITERATION_LAZY,        /* a lazy view of X: `(f(v) for v in X)`, map/filter/
                            itertools over X, a name bound to one of those */
  ITERATION_WHILE_INDEX, /* `while i < len(X)`: walks X by an index it advances */
} IterationVia;

typedef struct LoopIteration {
  uint32_t loop;        /* for_statement or for_in_clause */
  uint32_t body;        /* the loop's block, or the comprehension */
  uint32_t collection;  /* X (an identifier or a `self.attr` path) */
  uint32_t symbol;      /* X's symbol when X is a name; SG_NONE otherwise */
  IterationVia via;
  uint32_t key;         /* the target that is X's key or index, or SG_NONE */
  uint32_t item;        /* enumerate(X): the item target (a dict's key), or SG_NONE */
  ValueKind kind;       /* what X holds, when known */
  bool inserts_missing; /* reading a missing key inserts it: a defaultdict, or a
                           same-file class whose __missing__ stores the key */
  uint64_t *work;       /* nodes the class-wide searches have read in this file so far
                           (sg_loops_mutations bounds them: SG_LOOPS_CLASS_WORK) */
  uint32_t self_symbol; /* X is `self.attr` in the class's method the loop iterates
                           (`for x in self`, `self.pending()`): the loop's own self
                           stands for that method's; SG_NONE otherwise */
  uint32_t receiver;    /* X is `self.attr` in a method of another object's class that
                           the loop iterates (`for t in self.index.terms()`): this
                           expression of the loop's function stands for that
                           method's self; SG_NONE otherwise */
  const Summaries *summaries;  /* for calls into the program's other files; may be NULL */
} LoopIteration;

typedef enum MutationKind {
  MUTATION_GROW,        /* append, extend, insert, add, update, setdefault, +=, |= */
  MUTATION_SHRINK,      /* remove, pop, popitem, discard, clear, del X[k], -=, &= */
  MUTATION_RESIZE,      /* slice assignment */
  MUTATION_STORE,       /* X[k] = v */
  MUTATION_MISSING,     /* X[k] read on a defaultdict (or a dict whose __missing__
                           stores): inserts k when it is missing */
} MutationKind;

typedef struct LoopMutation {
  uint32_t node;        /* the call or statement to report */
  MutationKind kind;
  uint32_t method;      /* name id of the method, or SG_NONE */
  uint32_t key;         /* X[key] for stores and deletes, the argument of remove() */
  ValueKind evidence;   /* the kind the operation implies (append: list, add: set) */
  bool leaves;          /* break/return/raise follow before the next iteration */
  uint32_t inner;       /* node is a call of a same-class method (`self.m(...)`),
                           or of the loop's own item, and this is the change it
                           makes in the called method's body; SG_NONE otherwise */
  uint32_t through;     /* with inner: the method whose body holds it */
  uint32_t dispatch;    /* with inner, for a call on the loop's item: the def of the
                           same-file class's method it reaches when the item is an
                           instance of that class (`observer.update(self)`), whose
                           change depends on that; SG_NONE otherwise */
  const ExportFunction *elsewhere;  /* node is a call of this function of another file
                           of the program, which makes the change (on line
                           elsewhere_line of elsewhere->module); else NULL */
  uint32_t elsewhere_line;
} LoopMutation;

/* The class bodies searched for stored handlers and the bodies searched for
 * `key in X` tests, in nodes per file: past it the searches give up and
 * report nothing (a class with thousands of dispatch loops would otherwise
 * be read once per loop). */
#define SG_LOOPS_CLASS_WORK 4000000u

typedef void (*LoopMutationFn)(void *arg, const LoopIteration *it, const LoopMutation *mut);

/* Calls fn for every size change of an iterated collection inside its loop
 * (LoopMutation.leaves says when break/return/raise follow before the next
 * iteration), skipping those after X is rebound in the body. */
/* only: the loops to look at (ascending node ids, from the GPU path's
 * candidates), or NULL for every loop of the file. */
/* summaries (may be NULL): what calls into the program's other files do. */
void sg_loops_mutations(const SemanticModel *model, const Summaries *summaries, const uint32_t *only,
                        uint32_t only_count, LoopMutationFn fn, void *arg);

/* Every loop sg_loops_mutations may look at passes this (per node,
 * SG_HOSTDEV: the GPU path evaluates it for a whole batch). */
SG_HOSTDEV static inline bool sg_loops_candidate(const FlatView *v, uint32_t i) {
  uint16_t k = v->kind[i];
  return k == KIND_WHILE_STATEMENT || k == KIND_FOR_STATEMENT || k == KIND_FOR_IN_CLAUSE;
}

/* After the statement holding `node` (inside the loop body `body`), does
 * every path leave the loop (break/return/raise) before its next iteration? */
bool sg_loops_leaves(const FlatTree *t, uint32_t node, uint32_t body);

/* A growth (append, extend, +=) that never lets a forward loop over X end:
 * it runs on every iteration (or re-adds the item under a condition on the
 * item alone, which holds again when the item comes back) and the body has
 * no break/return/raise. */
bool sg_loops_endless(const SemanticModel *model, const LoopIteration *it, const LoopMutation *mut);

/* A change that keeps X's length and leaves the loop's position alone:
 * `X[a:b] = [f(v) for v in X[a:b]]`, `X.insert(0, X.pop(i))`, `del X[j]` with
 * j ahead of the cursor (`for j in range(i + 1, ...)`, `X[i + 1]`). */
bool sg_loops_harmless(const SemanticModel *model, const LoopIteration *it, const LoopMutation *mut);

/* The statement after a removal at the index of a `while i < len(X)` loop
 * (ITERATION_WHILE_INDEX) that advances the index (`i += 1`) on the same
 * path, or SG_NONE: no `continue`, `else` or other change of i between. */
uint32_t sg_loops_advance_after(const SemanticModel *model, const LoopIteration *it, const LoopMutation *mut);

/* Is `key` a name the loop's target binds (`for k, v in zip(d, ...)`)? */
bool sg_loops_target_name(const SemanticModel *model, const LoopIteration *it, uint32_t key);

/* Is `a` the same collection expression as `b` (same symbol, or the same
 * attribute path on the same name)? */
bool sg_loops_same(const SemanticModel *model, uint32_t a, uint32_t b);


/* The kind of the changed collection: known from its bindings, else from
 * how it is iterated (`.items()`: a dict) or changed (`.add`: a set). */
ValueKind sg_loops_kind(const SemanticModel *model, const LoopIteration *it, const LoopMutation *mut);
/* What `self.<x>` (node x, in a method) holds, from the class's assignments. */
ValueKind sg_loops_attribute_kind(const SemanticModel *model, uint32_t x);

#endif
