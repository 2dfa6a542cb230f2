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

typedef struct ProcessHandoff {
  uint32_t call;        /* the call that hands things over */
  uint32_t callable;    /* the target / task function / initializer, or SG_NONE */
  bool pool;            /* Pool / ProcessPoolExecutor: always pickles */
  bool fork;            /* the fork start method is fixed for this call */
  bool explicit_context; /* made by get_context('spawn' / 'forkserver') */
  bool initializer;     /* callable is an `initializer=` */
  Array(uint32_t) args; /* argument expressions sent to the child */
} ProcessHandoff;

typedef struct Processes {
  const SemanticModel *model;
  Array(ProcessHandoff) handoffs;
  bool fork_fixed;      /* set_start_method('fork') somewhere in the file */
} Processes;

Processes *sg_processes_build(const SemanticModel *model);
void sg_processes_delete(Processes *self);

/* The scope of the same-file function a `Process(target=f)` runs, or
 * SG_NONE (a pool task, a lambda, a name bound more than once...). */
uint32_t sg_processes_child_scope(const SemanticModel *model, const ProcessHandoff *handoff);

/* Is node inside `if __name__ == "__main__":`? */
bool sg_processes_under_main_guard(const FlatTree *tree, uint32_t node);
/* Does the call start processes (Process(...).start(), p.start() on a
 * Process, Pool(...), ProcessPoolExecutor(...))? */
bool sg_processes_starts(const SemanticModel *model, uint32_t call);

#endif
