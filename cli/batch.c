#include "cli/batch.h"
#include "parser/clock.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

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
  Project *project;
  ResultCache *cache;
} PoolJob;

static void *sg_pool__worker(void *arg) {
  PoolJob *job = arg;
  Linter *linter = sg_linter_new(NULL);
  linter->project = job->project;
  for (;;) {
    unsigned i = atomic_fetch_add(&job->next, 1);
    if (i >= job->count) break;
    linter->settings = job->settings[i];
    CacheProbe probe;
    job->results[i] = sg_cache_get(job->cache, job->paths[i], job->settings[i], &probe);
    if (job->results[i]) continue;
    job->results[i] = sg_lint_path(linter, job->paths[i]);
    sg_cache_put(job->cache, job->paths[i], job->settings[i], &probe, job->results[i], job->project);
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
                      Project *project, ResultCache *cache, FileResult **results, PhaseTimes *pt) {
  PoolJob job = {.paths = paths, .settings = settings, .results = results, .count = count,
                 .lock = PTHREAD_MUTEX_INITIALIZER, .project = project, .cache = cache};
  /* a file another one's lookup reads first keeps what was read for its own check */
  for (uint32_t i = 0; project && i < count; i++) sg_project_schedule(project, paths[i]);
  if (jobs > (int)count) jobs = (int)count;
  sg_batch__threads(sg_pool__worker, &job, 0, jobs);  /* every thread shares the job */
  sg_phase_times_add(pt, &job.times);
}

/* ---- the batched (GPU) pipeline ----------------------------------------------- */

/* Batches flow through four steps: A read + parse + flatten (pool), B the
 * batch step — arrays, candidates, binding table — on the device thread,
 * C the models collect their bindings (pool), D the references resolved
 * from the table and the rules (pool). B(k) needs A(k); C(k) needs A(k);
 * D(k) needs B(k) and C(k). Round k runs B(k) on its own thread while the
 * pool works through D(k-1), C(k) and A(k+1) as one list, so the pool
 * waits for the batch step only when that step is the longer of the two.
 * Three unit slots (k-1, k, k+1) and two batch slots (k-1, k) rotate. */

enum { STEP_BEGIN, STEP_COLLECT, STEP_END };

typedef struct BatchSlot {
  GpuBatch *batch;
  SiteTable sites;      /* the batch's binding table, resolved */
} BatchSlot;

typedef struct PoolSegment {
  int step;
  uint32_t start, end;  /* files */
  LintUnit *units;      /* units[i - start] */
  BatchSlot *slot;      /* STEP_END: the batch step's results */
} PoolSegment;

typedef struct BatchRun {
  char *const *paths;
  const Settings *const *settings;
  FileResult **results;
  PoolSegment segments[3];
  int segment_count;
  atomic_uint next;
  atomic_uint fallbacks;  /* files sg_batch__resolve left to their model */
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

static void sg_batch__item(BatchWorker *w, const PoolSegment *seg, uint32_t i) {
  BatchRun *run = w->run;
  Linter *linter = w->linter;
  LintUnit *unit = &seg->units[i - seg->start];
  linter->settings = run->settings[i];
  double t0 = sg_clock_now();
  if (seg->step == STEP_BEGIN) {
    Source *source = sg_source_read(run->paths[i], run->settings[i]->max_file_size);
    linter->times.read += sg_clock_now() - t0;
    *unit = sg_lint_begin(linter, source);
  } else if (seg->step == STEP_COLLECT) {
    if (unit->flat) unit->model = sg_model_collect(unit->flat);
    linter->times.analyse += sg_clock_now() - t0;
  } else {
    const GpuBatch *batch = seg->slot->batch;
    if (unit->model && !sg_batch__resolve(unit->model, &seg->slot->sites, batch->file_start.items[i - seg->start]))
      atomic_fetch_add(&run->fallbacks, 1);
    linter->times.analyse += sg_clock_now() - t0;
    run->results[i] = sg_lint_end(linter, unit, &batch->per_file[i - seg->start]);
  }
}

static void *sg_batch__worker(void *arg) {
  BatchWorker *w = arg;
  BatchRun *run = w->run;
  for (;;) {
    uint32_t i = atomic_fetch_add(&run->next, 1);
    int s = 0;
    for (; s < run->segment_count; s++) {
      uint32_t len = run->segments[s].end - run->segments[s].start;
      if (i < len) break;
      i -= len;
    }
    if (s == run->segment_count) break;
    sg_batch__item(w, &run->segments[s], run->segments[s].start + i);
  }
  return NULL;
}

/* The batch step: one batch's arrays, candidates and binding table. */
typedef struct DeviceStep {
  BatchSlot *slot;
  LintUnit *units;
  uint32_t files;
  bool device;
  NameBuiltins *builtins;
  GpuTimes times;       /* this step's, added by the caller after the join */
  BatchWorker *then;    /* the pool worker this thread becomes after the step, or NULL */
  double done;          /* when the step itself finished */
  bool too_big;         /* the batch passed SG_GPU_MAX_BATCH_NODES: nothing computed */
} DeviceStep;

static void *sg_batch__device_step(void *arg) {
  DeviceStep *d = arg;
  double t0 = sg_clock_now();
  GpuBatch *batch = d->slot->batch;
  sg_gpu_batch_clear(batch);
  for (uint32_t f = 0; f < d->files && !d->too_big; f++)
    d->too_big = sg_gpu_batch_add(batch, d->units[f].flat, &d->times) == SG_NONE;
  if (!d->too_big) {
    /* a device step that fails runs on the host; the next steps stay there */
    bool done = sg_gpu_candidates(batch, d->device, &d->times);
    bool device = d->device && done;
    double t1 = sg_clock_now();
    sg_gpu_sites(batch, sg_gpu_name_builtins(batch->names, d->builtins), device, &d->slot->sites, &d->times);
    d->times.resolve += sg_clock_now() - t1;
  }
  d->done = sg_clock_now();
  d->times.step += d->done - t0;
  if (d->then) sg_batch__worker(d->then);
  return NULL;
}

/* Step `step` of batch k: its files, its unit slot, its batch slot. */
static PoolSegment sg_batch__segment(int step, uint32_t k, uint32_t count, LintUnit *units[3], BatchSlot slots[2]) {
  uint32_t start = k * SG_BATCH_FILES, end = count - start > SG_BATCH_FILES ? start + SG_BATCH_FILES : count;
  return (PoolSegment){step, start, end, units[k % 3], &slots[k % 2]};
}

static void sg_gpu_times_add(GpuTimes *to, const GpuTimes *from) {
  to->build += from->build;
  to->staging += from->staging;
  to->h2d += from->h2d;
  to->kernels += from->kernels;
  to->d2h += from->d2h;
  to->table_h2d += from->table_h2d;
  to->table_kernels += from->table_kernels;
  to->table_d2h += from->table_d2h;
  to->split += from->split;
  to->resolve += from->resolve;
  to->step += from->step;
  to->nodes += from->nodes;
  to->candidates += from->candidates;
  to->batches += from->batches;
  to->device_failures += from->device_failures;
  for (int k = 0; k < CANDIDATE__COUNT; k++) to->per_kind[k] += from->per_kind[k];
}

void sg_cli_lint_batched(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                         bool device, Project *project, FileResult **results, PhaseTimes *pt, GpuTimes *gt) {
  if (jobs < 1) jobs = 1;
  BatchWorker *workers = sg_calloc((size_t)jobs, sizeof(BatchWorker));
  BatchRun run = {.paths = paths, .settings = settings, .results = results};
  for (int j = 0; j < jobs; j++) {
    workers[j] = (BatchWorker){&run, sg_linter_new(NULL)};
    workers[j].linter->project = project;
  }
  LintUnit *units[3];
  for (int u = 0; u < 3; u++) units[u] = sg_calloc(SG_BATCH_FILES, sizeof(LintUnit));
  BatchSlot slots[2] = {0};
  slots[0].batch = sg_gpu_batch_new(NULL);
  slots[1].batch = sg_gpu_batch_new(slots[0].batch->names);  /* one merged name table for the scan */
  NameBuiltins builtins = {0};
  uint32_t batches = (count + SG_BATCH_FILES - 1) / SG_BATCH_FILES;
  /* round k = -1 .. batches: B(k) on the device thread; D(k-1), C(k), A(k+1) on the pool */
  for (int64_t k = -1; k <= (int64_t)batches; k++) {
    PoolSegment *seg = run.segments;
    if (k >= 1) *seg++ = sg_batch__segment(STEP_END, (uint32_t)(k - 1), count, units, slots);
    if (k >= 0 && k < batches) *seg++ = sg_batch__segment(STEP_COLLECT, (uint32_t)k, count, units, slots);
    if (k + 1 < batches) *seg++ = sg_batch__segment(STEP_BEGIN, (uint32_t)(k + 1), count, units, slots);
    run.segment_count = (int)(seg - run.segments);
    atomic_store(&run.next, 0);
    DeviceStep step = {0};
    pthread_t thread;
    bool threaded = false;
    int pool = jobs;
    if (k >= 0 && k < batches) {
      PoolSegment b = sg_batch__segment(STEP_COLLECT, (uint32_t)k, count, units, slots);
      /* through the host reference the step is CPU work: it takes one of
       * the `jobs` threads and joins the pool when done; on a device its
       * thread mostly sleeps, so the pool keeps every thread */
      bool joins = !device && jobs > 1;
      step = (DeviceStep){.slot = b.slot, .units = b.units, .files = b.end - b.start, .device = device,
                          .builtins = &builtins, .then = joins ? &workers[jobs - 1] : NULL};
      sg_gpu_sites_free(&b.slot->sites);  /* D(k-2) is done */
      if (jobs > 1 || device) threaded = pthread_create(&thread, NULL, sg_batch__device_step, &step) == 0;
      if (threaded && joins) pool = jobs - 1;
      if (!threaded) {
        step.then = NULL;
        sg_batch__device_step(&step);  /* -j 1 on the host: one thread, the steps in turn */
      }
    }
    double t0 = sg_clock_now();
    if (run.segment_count) sg_batch__threads(sg_batch__worker, workers, sizeof(BatchWorker), pool);
    double t1 = sg_clock_now();
    if (threaded) pthread_join(thread, NULL);
    gt->pool += t1 - t0;
    if (threaded && step.done > t1) gt->stall += step.done - t1;  /* not the step thread's own pool items */
    sg_gpu_times_add(gt, &step.times);
    if (step.times.device_failures) device = false;  /* the rest of the scan on the host */
    if (step.too_big) {  /* every other thread has stopped */
      sg_gpu_batch_too_big();
      exit(2);
    }
  }
  for (int j = 0; j < jobs; j++) {
    sg_phase_times_add(pt, &workers[j].linter->times);
    sg_linter_delete(workers[j].linter);
  }
  gt->fallbacks += atomic_load(&run.fallbacks);
  for (int s = 0; s < 2; s++) sg_gpu_sites_free(&slots[s].sites);
  sg_gpu_batch_delete(slots[1].batch);
  sg_gpu_batch_delete(slots[0].batch);
  sg_free(builtins.flags);
  for (int u = 0; u < 3; u++) sg_free(units[u]);
  sg_free(workers);
}
