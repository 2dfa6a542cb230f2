/* Batch: the drivers' lint loops over many files. sg_cli_lint_pool is the
 * CPU path: a pool of worker threads, one Linter each, taking files in
 * turn. sg_cli_lint_batched is the pipeline for `--backend gpu` /
 * `gpu-host`. Files go in
 * batches through a pipeline: worker threads read, parse and flatten a
 * batch (sg_lint_begin); a batch step computes the rule candidates and the
 * binding table over the whole batch at once, on the device or through its
 * host reference, on its own thread while the workers go on with the
 * neighbouring batches; worker threads collect each file's model, take its
 * references' resolutions from the table and run the rules on the
 * candidates (sg_lint_end). Results are the CPU path's, file for file
 * (tests/gpu checks it). */
#ifndef SG_CLI_BATCH_H
#define SG_CLI_BATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "gpu/gpu.h"
#include "lint/cache.h"
#include "lint/lint.h"

/* Files per batch. Three batches' units are alive at once (parsed,
 * collecting, confirming): at 1,024 the pipeline held ~1 GB and paid for
 * it in page faults and cache misses; at 128 a batch is still ~400K nodes
 * for the device. */
#define SG_BATCH_FILES 128

/* Lints paths[0..count) into results[0..count), file i with settings[i],
 * on `jobs` threads, calls into the program's other files through project
 * (NULL: each file alone), taking what it can from cache (NULL: none) and
 * storing what it lints there; adds the phase times (CPU seconds, summed
 * over the threads) to *pt. */
void sg_cli_lint_pool(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                      Project *project, ResultCache *cache, FileResult **results, PhaseTimes *pt);

/* Lints paths[0..count) into results[0..count), file i with settings[i],
 * on `jobs` threads; device: candidates on the GPU (the caller checked
 * sg_gpu_device_available), else the host reference. Adds the phase
 * times to *pt and *gt. */
void sg_cli_lint_batched(char *const *paths, const Settings *const *settings, uint32_t count, int jobs,
                         bool device, Project *project, FileResult **results, PhaseTimes *pt, GpuTimes *gt);

/* Adds one Linter's accumulated times to *to. */
void sg_phase_times_add(PhaseTimes *to, const PhaseTimes *from);

#endif
