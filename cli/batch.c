#include "cli/batch.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

typedef struct BatchRun {
  char *const *paths;
  const Settings *const *settings;
  uint32_t start, end;
  LintUnit *units;
  FileResult **results;
  const GpuBatch *batch;
  bool finish;              /* phase: false = begin (read/parse/flatten), true = end */
  atomic_uint next;
  Linter **linters;
} BatchRun;

typedef struct BatchWorker {
  BatchRun *run;
  Linter *linter;
} BatchWorker;

static double sg_batch__now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void *sg_batch__worker(void *arg) {
  BatchWorker *w = arg;
  BatchRun *run = w->run;
  for (;;) {
    uint32_t i = run->start + atomic_fetch_add(&run->next, 1);
    if (i >= run->end) break;
    w->linter->settings = run->settings[i];
    if (!run->finish) {
      double t0 = sg_batch__now();
      Source *source = sg_source_read(run->paths[i], run->settings[i]->max_file_size);
      w->linter->times.read += sg_batch__now() - t0;
      run->units[i - run->start] = sg_lint_begin(w->linter, source);
    } else {
      run->results[i] = sg_lint_end(w->linter, &run->units[i - run->start],
                                    &run->batch->per_file[i - run->start]);
    }
  }
  return NULL;
}

/* One phase over [start, end) on the workers' threads. */
static void sg_batch__phase(BatchRun *run, BatchWorker *workers, int jobs) {
  atomic_store(&run->next, 0);
  if (jobs <= 1) {
    sg_batch__worker(&workers[0]);
    return;
  }
  pthread_t *threads = sg_calloc((size_t)jobs, sizeof(pthread_t));
  int started = 0;
  for (int j = 0; j < jobs; j++)
    if (pthread_create(&threads[j], NULL, sg_batch__worker, &workers[j]) == 0) started++;
    else break;
  if (started == 0) sg_batch__worker(&workers[0]);
  for (int j = 0; j < started; j++) pthread_join(threads[j], NULL);
  sg_free(threads);
}

void sg_cli_lint_batched(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                         bool device, FileResult **results, PhaseTimes *pt, GpuTimes *gt) {
  if (jobs < 1) jobs = 1;
  BatchWorker *workers = sg_calloc((size_t)jobs, sizeof(BatchWorker));
  BatchRun run = {.paths = paths, .settings = settings, .results = results};
  run.units = sg_calloc(SG_BATCH_FILES, sizeof(LintUnit));
  for (int j = 0; j < jobs; j++) workers[j] = (BatchWorker){&run, sg_linter_new(NULL)};
  GpuBatch *batch = sg_gpu_batch_new();
  run.batch = batch;
  for (uint32_t start = 0; start < count; start += SG_BATCH_FILES) {
    run.start = start;
    run.end = start + SG_BATCH_FILES < count ? start + SG_BATCH_FILES : count;
    run.finish = false;
    sg_batch__phase(&run, workers, jobs);
    sg_gpu_batch_clear(batch);
    for (uint32_t i = run.start; i < run.end; i++) sg_gpu_batch_add(batch, run.units[i - start].flat, gt);
    sg_gpu_candidates(batch, device, gt);
    run.finish = true;
    sg_batch__phase(&run, workers, jobs);
  }
  for (int j = 0; j < jobs; j++) {
    PhaseTimes *t = &workers[j].linter->times;
    pt->read += t->read;
    pt->parse += t->parse;
    pt->flatten += t->flatten;
    pt->analyse += t->analyse;
    pt->bytes += t->bytes;
    pt->lines += t->lines;
    pt->files += t->files;
    pt->nodes += t->nodes;
    sg_linter_delete(workers[j].linter);
  }
  sg_gpu_batch_delete(batch);
  sg_free(run.units);
  sg_free(workers);
}
