/* The device side in a build without CUDA (no nvcc, or the default CPU
 * build): there is never a device; `--backend gpu` says so. Except for the
 * test hook SNAG_GPU_FAIL=1: then there is a device whose every step fails
 * as a CUDA error would, so that the fallback to the host reference is
 * tested where no GPU is (tests/gpu/equivalence.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gpu/gpu.h"

static bool sg_gpu__failing(void) {
  const char *f = getenv("SNAG_GPU_FAIL");
  return f && *f && strcmp(f, "0");
}

bool sg_gpu_device_available(char *why, size_t cap) {
  if (sg_gpu__failing()) return true;
  snprintf(why, cap, "this snag was built without CUDA (build it with `make gpu` where nvcc is installed)");
  return false;
}

void sg_gpu_device_describe(char *buf, size_t cap) {
  if (cap) buf[0] = '\0';
}

void sg_gpu_device_release(GpuBatch *batch) {
  (void)batch;  /* never a device copy here */
}

bool sg_gpu_candidates_device(GpuBatch *batch, uint32_t *cand_node, uint32_t *cand_mask, uint32_t *count,
                              GpuTimes *times) {
  (void)batch, (void)cand_node, (void)cand_mask, (void)times;
  *count = 0;
  fprintf(stderr, "snag: CUDA error (SNAG_GPU_FAIL, no CUDA in this build); this batch's candidates run on the "
                  "host instead\n");
  return false;
}

bool sg_gpu_sites_device(GpuBatch *batch, const uint8_t *name_builtin, SiteTable *out, GpuTimes *times) {
  (void)batch, (void)name_builtin, (void)out, (void)times;
  fprintf(stderr, "snag: CUDA error (SNAG_GPU_FAIL, no CUDA in this build); this batch's binding table run on "
                  "the host instead\n");
  return false;
}
