// The device side of the candidate step (see gpu/gpu.h), on the batch's
// own stream over its device copy (gpu/upload.cu, shared with the binding
// table): the flag kernel evaluates rules/candidates.h's sg_candidate_mask
// — the same SG_HOSTDEV function the host reference calls — for every
// node, a second kernel ORs in the marks that nodes scatter to others, the
// SNG203 join flags mutation keys, compacts them (DeviceSelect), sorts them
// (DeviceRadixSort) and probes them once per class binding, CUB's exclusive
// scan (decoupled look-back) turns masks into output slots, and a scatter
// kernel writes the compacted (node, mask) pairs, which come back for the
// per-file split. Every CUDA call is checked (cudaCheck: file, line, the
// error, and a hint).
#include <cub/cub.cuh>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" {
#include "gpu/gpu.h"
}
#include "gpu/device.cuh"

__global__ void sg_gpu__flag_kernel(FlatView view, uint32_t *masks) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= view.count) return;
  masks[i] = sg_candidate_mask(&view, i);
}

// after the flag kernel: nodes that mark another (a class-level assignment
// its class, a renaming import its file's root)
__global__ void sg_gpu__scatter_mark_kernel(FlatView view, uint32_t *masks) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= view.count) return;
  uint32_t bit, to = sg_candidate_scatter(&view, i, &bit);
  if (to != SG_NONE) atomicOr(&masks[to], bit);
}

// SNG203's join (rules/candidates.h): each node's mutation key, flagged
__global__ void sg_gpu__join_keys_kernel(FlatView view, const uint32_t *file_start, uint32_t files, uint64_t *keys,
                                         uint8_t *keep) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= view.count) return;
  uint32_t name = sg_candidate_mutated_attribute(&view, i);
  keep[i] = name != SG_NONE;
  keys[i] = keep[i] ? sg_candidate_join_key(sg_candidate_file_of(file_start, files, i), name) : 0;
}

// ... and one search per class binding in the sorted keys
__global__ void sg_gpu__join_probe_kernel(FlatView view, const uint32_t *file_start, uint32_t files,
                                          const uint64_t *sorted, const int *count, uint32_t *masks) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= view.count) return;
  uint32_t name, cls = sg_candidate_class_binding(&view, i, &name);
  if (cls == SG_NONE) return;
  uint64_t key = sg_candidate_join_key(sg_candidate_file_of(file_start, files, i), name);
  if (sg_lookup_key(sorted, (uint32_t)*count, key) != SG_NONE) atomicOr(&masks[cls], 1u << CANDIDATE_SHARED_CLASS);
}

__global__ void sg_gpu__nonzero_kernel(const uint32_t *masks, uint32_t n, uint32_t *flags) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) flags[i] = masks[i] != 0;
}

__global__ void sg_gpu__scatter_kernel(const uint32_t *masks, const uint32_t *offsets, uint32_t n,
                                       uint32_t *cand_node, uint32_t *cand_mask) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n || !masks[i]) return;
  cand_node[offsets[i]] = i;
  cand_mask[offsets[i]] = masks[i];
}

extern "C" bool sg_gpu_device_available(char *why, size_t cap) {
  int count = 0;
  cudaError_t err = cudaGetDeviceCount(&count);
  /* the batch step's thread sleeps while it waits for the device instead
   * of spinning on a core the worker pool could use (this initialises the
   * device; should it fail, the waits spin and nothing else changes) */
  if (err == cudaSuccess && count > 0 && cudaSetDeviceFlags(cudaDeviceScheduleBlockingSync) != cudaSuccess)
    cudaGetLastError();
  if (err != cudaSuccess || count == 0) {
    snprintf(why, cap, "no CUDA device is available (%s)",
             err != cudaSuccess ? cudaGetErrorString(err) : "none found");
    return false;
  }
  /* a device this build has no kernel image for (an older architecture
   * than the -gencode list) is no device to us: `auto` takes the CPU */
  cudaFuncAttributes attr;
  err = cudaFuncGetAttributes(&attr, sg_gpu__flag_kernel);
  if (err != cudaSuccess) {
    cudaGetLastError();
    snprintf(why, cap, "the CUDA device cannot run this build's kernels (%s)", cudaGetErrorString(err));
    return false;
  }
  return true;
}

extern "C" void sg_gpu_device_describe(char *buf, size_t cap) {
  cudaDeviceProp prop;
  int driver = 0, runtime = 0;
  if (cudaGetDeviceProperties(&prop, 0) != cudaSuccess) {
    snprintf(buf, cap, "no device");
    return;
  }
  cudaDriverGetVersion(&driver);
  cudaRuntimeGetVersion(&runtime);
  snprintf(buf, cap, "%s, sm_%d%d, %.1f GiB, driver %d.%d, runtime %d.%d", prop.name, prop.major,
           prop.minor, prop.totalGlobalMem / 1073741824.0, driver / 1000, driver % 1000 / 10,
           runtime / 1000, runtime % 1000 / 10);
}

static uint32_t sg_gpu__candidates(GpuBatch *batch, uint32_t *cand_node, uint32_t *cand_mask, GpuTimes *times) {
  uint32_t n = batch->count;
  if (n == 0) return 0;
  sg_gpu_injected_failure();
  sg_gpu_fits(n);
  cudaStream_t stream = sg_gpu_device_of(batch)->stream;
  sg_gpu_device_stage(batch, &times->staging);
  SgGpuPhases phases;
  sg_gpu_phases_begin(&phases, stream);
  const GpuDeviceBatch *d = sg_gpu_device_upload(batch);
  FlatView view = d->view;
  sg_gpu_phases_mark(&phases, 1, stream);

  uint32_t *masks = sg_gpu_alloc<uint32_t>(n, stream), *flags = sg_gpu_alloc<uint32_t>(n, stream),
           *offsets = sg_gpu_alloc<uint32_t>(n, stream), *d_node = sg_gpu_alloc<uint32_t>(n, stream),
           *d_mask = sg_gpu_alloc<uint32_t>(n, stream);
  unsigned blocks = sg_gpu_blocks(n);
  sg_gpu__flag_kernel<<<blocks, 256, 0, stream>>>(view, masks);
  cudaCheck(cudaGetLastError());
  sg_gpu__scatter_mark_kernel<<<blocks, 256, 0, stream>>>(view, masks);
  cudaCheck(cudaGetLastError());
  // the join: flag, compact (DeviceSelect), sort (DeviceRadixSort), probe
  uint64_t *join_keys = sg_gpu_alloc<uint64_t>(n, stream), *join_compact = sg_gpu_alloc<uint64_t>(n, stream),
           *join_sorted = sg_gpu_alloc<uint64_t>(n, stream);
  uint8_t *join_keep = sg_gpu_alloc<uint8_t>(n, stream);
  int *join_count = sg_gpu_alloc<int>(1, stream);
  sg_gpu__join_keys_kernel<<<blocks, 256, 0, stream>>>(view, d->file_start, d->files, join_keys, join_keep);
  cudaCheck(cudaGetLastError());
  void *sort_temp = nullptr;
  size_t sort_bytes = 0;
  int joined = (int)sg_gpu_select(join_keys, join_keep, join_compact, n, join_count, stream);
  if (joined > 0) {
    int end_bit = 32 + sg_gpu_bit_width(d->files);  // keys are (file << 32) | name, file < files
    cudaCheck(cub::DeviceRadixSort::SortKeys(sort_temp, sort_bytes, join_compact, join_sorted, joined, 0, end_bit,
                                             stream));
    cudaCheck(cudaMallocAsync(&sort_temp, sort_bytes ? sort_bytes : 1, stream));
    cudaCheck(cub::DeviceRadixSort::SortKeys(sort_temp, sort_bytes, join_compact, join_sorted, joined, 0, end_bit,
                                             stream));
    sg_gpu__join_probe_kernel<<<blocks, 256, 0, stream>>>(view, d->file_start, d->files, join_sorted, join_count,
                                                          masks);
    cudaCheck(cudaGetLastError());
  }
  sg_gpu__nonzero_kernel<<<blocks, 256, 0, stream>>>(masks, n, flags);
  cudaCheck(cudaGetLastError());
  void *temp = nullptr;
  size_t temp_bytes = 0;
  cudaCheck(cub::DeviceScan::ExclusiveSum(temp, temp_bytes, flags, offsets, (int)n, stream));
  cudaCheck(cudaMallocAsync(&temp, temp_bytes ? temp_bytes : 1, stream));
  cudaCheck(cub::DeviceScan::ExclusiveSum(temp, temp_bytes, flags, offsets, (int)n, stream));
  sg_gpu__scatter_kernel<<<blocks, 256, 0, stream>>>(masks, offsets, n, d_node, d_mask);
  cudaCheck(cudaGetLastError());
  sg_gpu_phases_mark(&phases, 2, stream);

  uint32_t count = sg_gpu_read(offsets + n - 1, stream) + sg_gpu_read(flags + n - 1, stream);
  if (count) {
    cudaCheck(cudaMemcpyAsync(cand_node, d_node, count * sizeof(uint32_t), cudaMemcpyDeviceToHost, stream));
    cudaCheck(cudaMemcpyAsync(cand_mask, d_mask, count * sizeof(uint32_t), cudaMemcpyDeviceToHost, stream));
  }
  sg_gpu_phases_end(&phases, stream, &times->h2d, &times->kernels, &times->d2h);  // synchronizes the stream

  const void *bufs[] = {masks, flags, offsets, d_node, d_mask, temp, join_keys, join_compact, join_sorted,
                        join_keep, join_count, sort_temp};
  for (const void *b : bufs)
    if (b) sg_gpu_free(b, stream);
  return count;
}

extern "C" bool sg_gpu_candidates_device(GpuBatch *batch, uint32_t *cand_node, uint32_t *cand_mask, uint32_t *count,
                                         GpuTimes *times) {
  try {
    *count = sg_gpu__candidates(batch, cand_node, cand_mask, times);
    return true;
  } catch (const SgGpuError &e) {
    sg_gpu_report(e, "candidates");
    cudaGetLastError();  // clear a non-sticky error
    sg_gpu_device_release(batch);
    return false;
  }
}
