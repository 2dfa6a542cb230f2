/* The device side in a build without CUDA (no nvcc, or the default CPU
 * build): there is never a device; `--backend gpu` says so. */
#include <stdio.h>

#include "gpu/gpu.h"

bool sg_gpu_device_available(char *why, size_t cap) {
  snprintf(why, cap, "this snag was built without CUDA (build it with `make gpu` where nvcc is installed)");
  return false;
}

void sg_gpu_device_describe(char *buf, size_t cap) {
  if (cap) buf[0] = '\0';
}

void sg_gpu_device_release(GpuBatch *batch) {
  (void)batch;  /* never a device copy here */
}

uint32_t sg_gpu_candidates_device(GpuBatch *batch, uint32_t *cand_node, uint32_t *cand_mask,
                                  GpuTimes *times) {
  (void)batch, (void)cand_node, (void)cand_mask, (void)times;
  return 0;  /* unreachable: callers check sg_gpu_device_available first */
}

void sg_gpu_sites_device(GpuBatch *batch, const uint8_t *name_builtin, SiteTable *out, GpuTimes *times) {
  (void)batch, (void)name_builtin, (void)out, (void)times;  /* unreachable, as above */
}
