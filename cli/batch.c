#include "cli/batch.h"
#include "parser/clock.h"

#include <pthread.h>
#include <stdatomic.h>

void sg_phase_times_add(PhaseTimes *to, const PhaseTimes *from) {
  to->read += from->read;
  to->parse += from->parse;
  to->flatten += from->flatten;
  to->analyse += from->analyse;
  to->bytes += from->bytes;
  to->lines += from->lines;
  to->files += from->files;
  to->nodes += from->nodes;
}

/* ---- the CPU pool ------------------------------------------------------------ */

typedef struct PoolJob {
  char *const *paths;
  const Settings *const *settings;
  FileResult **results;
  uint32_t count;
  atomic_uint next;
  PhaseTimes times;
  pthread_mutex_t lock;
} PoolJob;

static void *sg_pool__worker(void *arg) {
  PoolJob *job = arg;
  Linter *linter = sg_linter_new(NULL);
  for (;;) {
    unsigned i = atomic_fetch_add(&job->next, 1);
    if (i >= job->count) break;
    linter->settings = job->settings[i];
    job->results[i] = sg_lint_path(linter, job->paths[i]);
  }
  pthread_mutex_lock(&job->lock);
  sg_phase_times_add(&job->times, &linter->times);
  pthread_mutex_unlock(&job->lock);
  sg_linter_delete(linter);
  return NULL;
}

/* Runs fn(arg) on `jobs` threads (inline when one); falls back to the
 * calling thread when none can be started. */
static void sg_batch__threads(void *(*fn)(void *), void *args, size_t arg_size, int jobs) {
  if (jobs <= 1) {
    fn(args);
    return;
  }
  pthread_t *threads = sg_calloc((size_t)jobs, sizeof(pthread_t));
  int started = 0;
  for (int j = 0; j < jobs; j++)
    if (pthread_create(&threads[j], NULL, fn, (char *)args + (size_t)j * arg_size) == 0) started++;
    else break;
  if (started == 0) fn(args);
  for (int j = 0; j < started; j++) pthread_join(threads[j], NULL);
  sg_free(threads);
}

void sg_cli_lint_pool(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                      FileResult **results, PhaseTimes *pt) {
  PoolJob job = {.paths = paths, .settings = settings, .results = results, .count = count,
                 .lock = PTHREAD_MUTEX_INITIALIZER};
  if (jobs > (int)count) jobs = (int)count;
  sg_batch__threads(sg_pool__worker, &job, 0, jobs);  /* every thread shares the job */
  sg_phase_times_add(pt, &job.times);
}

/* ---- the batched (GPU) pipeline ----------------------------------------------- */

typedef struct BatchRun {
  char *const *paths;
  const Settings *const *settings;
  uint32_t start, end;
  LintUnit *units;
  FileResult **results;
  const GpuBatch *batch;
  const SiteTable *sites;       /* the batch's binding table, resolved */
  atomic_uint fallbacks;        /* files sg_batch__resolve left to their model */
  enum { PHASE_BEGIN, PHASE_COLLECT, PHASE_END } phase;
  atomic_uint next;
  Linter **linters;
} BatchRun;

/* The batch's name resolution handed to one file's model: its references
 * are the table's from `base` on, in the same order; each resolved symbol
 * is the model's symbol of that (scope, name). Should the two ever
 * disagree (tests/gpu checks they never do), the model resolves itself. */
static bool sg_batch__resolve(SemanticModel *m, const SiteTable *t, uint32_t base) {
  const FlatTree *tree = m->tree;
  uint32_t lo = 0, hi = t->ref_count, n = m->references.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (t->ref_node[mid] < base) lo = mid + 1;
    else hi = mid;
  }
  uint8_t *kinds = sg_malloc(n ? n : 1);
  uint32_t *symbols = sg_malloc((n ? n : 1) * sizeof *symbols);
  bool agree = lo + n <= t->ref_count;
  for (uint32_t k = 0; k < n && agree; k++) {
    uint32_t r = lo + k, node = m->references.items[k].node;
    agree = t->ref_node[r] == node + base;
    kinds[k] = agree ? t->ref_kind[r] : 0;
    symbols[k] = SG_NONE;
    if (!agree || t->ref_symbol[r] == SG_NONE) continue;
    uint32_t scope_node = (uint32_t)(t->symbol_key[t->ref_symbol[r]] >> 32) - base;
    uint32_t scope = scope_node < tree->count ? m->node_own_scope[scope_node] : SG_NONE;
    symbols[k] = scope == SG_NONE ? SG_NONE : sg_model_symbol(m, scope, tree->name_id[node]);
    agree = symbols[k] != SG_NONE;
  }
  sg_model_resolve(m, agree ? kinds : NULL, agree ? symbols : NULL);
  sg_free(kinds);
  sg_free(symbols);
  return agree;
}

typedef struct BatchWorker {
  BatchRun *run;
  Linter *linter;
} BatchWorker;

static void *sg_batch__worker(void *arg) {
  BatchWorker *w = arg;
  BatchRun *run = w->run;
  for (;;) {
    uint32_t i = run->start + atomic_fetch_add(&run->next, 1);
    if (i >= run->end) break;
    w->linter->settings = run->settings[i];
    LintUnit *unit = &run->units[i - run->start];
    if (run->phase == PHASE_BEGIN) {
      double t0 = sg_clock_now();
      Source *source = sg_source_read(run->paths[i], run->settings[i]->max_file_size);
      w->linter->times.read += sg_clock_now() - t0;
      *unit = sg_lint_begin(w->linter, source);
    } else if (run->phase == PHASE_COLLECT) {
      double t0 = sg_clock_now();
      if (unit->flat) unit->model = sg_model_collect(unit->flat);
      w->linter->times.analyse += sg_clock_now() - t0;
    } else {
      double t0 = sg_clock_now();
      if (unit->model && !sg_batch__resolve(unit->model, run->sites, run->batch->file_start.items[i - run->start]))
        atomic_fetch_add(&run->fallbacks, 1);
      w->linter->times.analyse += sg_clock_now() - t0;
      run->results[i] = sg_lint_end(w->linter, unit, &run->batch->per_file[i - run->start]);
    }
  }
  return NULL;
}

/* One phase over [start, end) on the workers' threads. */
static void sg_batch__phase(BatchRun *run, BatchWorker *workers, int jobs) {
  atomic_store(&run->next, 0);
  sg_batch__threads(sg_batch__worker, workers, sizeof(BatchWorker), jobs);
}

void sg_cli_lint_batched(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                         bool device, FileResult **results, PhaseTimes *pt, GpuTimes *gt) {
  if (jobs < 1) jobs = 1;
  BatchWorker *workers = sg_calloc((size_t)jobs, sizeof(BatchWorker));
  BatchRun run = {.paths = paths, .settings = settings, .results = results};
  run.units = sg_calloc(SG_BATCH_FILES, sizeof(LintUnit));
  for (int j = 0; j < jobs; j++) workers[j] = (BatchWorker){&run, sg_linter_new(NULL)};
  GpuBatch *batch = sg_gpu_batch_new();
  NameBuiltins builtins = {0};
  run.batch = batch;
  for (uint32_t start = 0; start < count; start += SG_BATCH_FILES) {
    run.start = start;
    run.end = start + SG_BATCH_FILES < count ? start + SG_BATCH_FILES : count;
    run.phase = PHASE_BEGIN;
    double t0 = sg_clock_now();
    sg_batch__phase(&run, workers, jobs);
    gt->front += sg_clock_now() - t0;
    sg_gpu_batch_clear(batch);
    for (uint32_t i = run.start; i < run.end; i++) sg_gpu_batch_add(batch, run.units[i - start].flat, gt);
    sg_gpu_candidates(batch, device, gt);
    /* the binding table from the batch's nodes: scopes, symbols,
     * references, every reference resolved */
    double t1 = sg_clock_now();
    SiteTable sites = {0};
    sg_gpu_sites(batch, sg_gpu_name_builtins(&batch->names, &builtins), device, &sites, gt);
    gt->resolve += sg_clock_now() - t1;
    run.sites = &sites;
    /* models collected per file on the threads (the bindings the rules
     * read), their references resolved from the table, then the rules */
    double t2 = sg_clock_now();
    run.phase = PHASE_COLLECT;
    sg_batch__phase(&run, workers, jobs);
    run.phase = PHASE_END;
    sg_batch__phase(&run, workers, jobs);
    sg_gpu_sites_free(&sites);
    gt->confirm += sg_clock_now() - t2;
  }
  for (int j = 0; j < jobs; j++) {
    sg_phase_times_add(pt, &workers[j].linter->times);
    sg_linter_delete(workers[j].linter);
  }
  gt->fallbacks += atomic_load(&run.fallbacks);
  sg_gpu_batch_delete(batch);
  sg_free(builtins.flags);
  sg_free(run.units);
  sg_free(workers);
}
