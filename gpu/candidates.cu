// The device side of the candidate step (see gpu/gpu.h): the batch's
// arrays go to the device through pinned staging buffers on one stream,
// the flag kernel evaluates rules/candidates.h's sg_candidate_mask — the
// same SG_HOSTDEV function the host reference calls — for every node, CUB's
// exclusive scan (decoupled look-back) turns flags into output slots, and a
// scatter kernel writes the compacted (node, mask) pairs, which come back
// for the per-file split. Every CUDA call is checked (cudaCheck: file,
// line, the error, and a hint).
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
  if (sg_candidate_join_find(sorted, (uint32_t)*count, key)) atomicOr(&masks[cls], 1u << CANDIDATE_SHARED_CLASS);
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

template <typename T>
static T *sg_gpu__to_device(const T *host, uint32_t n, void *staging, cudaStream_t stream) {
  T *dev = nullptr;
  cudaCheck(cudaMalloc(&dev, (n ? n : 1) * sizeof(T)));
  memcpy(staging, host, n * sizeof(T));
  cudaCheck(cudaMemcpyAsync(dev, staging, n * sizeof(T), cudaMemcpyHostToDevice, stream));
  cudaCheck(cudaStreamSynchronize(stream));  // the staging buffer is reused
  return dev;
}

extern "C" uint32_t sg_gpu_candidates_device(const GpuBatch *batch, uint32_t *cand_node,
                                             uint32_t *cand_mask, GpuTimes *times) {
  uint32_t n = batch->count;
  if (n == 0) return 0;
  cudaStream_t stream;
  SgGpuPhases phases;
  cudaCheck(cudaStreamCreate(&stream));
  void *staging = nullptr;  // pinned: async copies at full bandwidth
  uint32_t staged = n > batch->file_start.len ? n : batch->file_start.len;
  cudaCheck(cudaMallocHost(&staging, (size_t)staged * sizeof(uint32_t)));

  sg_gpu_phases_begin(&phases, stream);
  FlatView view;
  view.count = n;
  view.kind = sg_gpu__to_device(batch->kind, n, staging, stream);
  view.field = sg_gpu__to_device(batch->field, n, staging, stream);
  view.flags = sg_gpu__to_device(batch->flags, n, staging, stream);
  view.parent = sg_gpu__to_device(batch->parent, n, staging, stream);
  view.first_child = sg_gpu__to_device(batch->first_child, n, staging, stream);
  view.next_sibling = sg_gpu__to_device(batch->next_sibling, n, staging, stream);
  view.name_id = sg_gpu__to_device(batch->name_id, n, staging, stream);
  sg_gpu_phases_mark(&phases, 1, stream);

  uint32_t *masks, *flags, *offsets, *d_node, *d_mask;
  cudaCheck(cudaMalloc(&masks, n * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&flags, n * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&offsets, n * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&d_node, n * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&d_mask, n * sizeof(uint32_t)));
  unsigned threads = 256, blocks = (n + threads - 1) / threads;
  sg_gpu__flag_kernel<<<blocks, threads, 0, stream>>>(view, masks);
  cudaCheck(cudaGetLastError());
  sg_gpu__scatter_mark_kernel<<<blocks, threads, 0, stream>>>(view, masks);
  cudaCheck(cudaGetLastError());
  // the join: flag, compact (DeviceSelect), sort (DeviceRadixSort), probe
  uint32_t files = batch->file_start.len;
  uint32_t *d_file_start = sg_gpu__to_device(batch->file_start.items, files, staging, stream);
  uint64_t *join_keys = sg_gpu_alloc<uint64_t>(n), *join_compact = sg_gpu_alloc<uint64_t>(n),
           *join_sorted = sg_gpu_alloc<uint64_t>(n);
  uint8_t *join_keep = sg_gpu_alloc<uint8_t>(n);
  int *join_count = sg_gpu_alloc<int>(1);
  sg_gpu__join_keys_kernel<<<blocks, threads, 0, stream>>>(view, d_file_start, files, join_keys, join_keep);
  cudaCheck(cudaGetLastError());
  void *join_temp = nullptr, *sort_temp = nullptr;
  size_t join_bytes = 0, sort_bytes = 0;
  cudaCheck(cub::DeviceSelect::Flagged(join_temp, join_bytes, join_keys, join_keep, join_compact, join_count,
                                       (int)n, stream));
  cudaCheck(cudaMalloc(&join_temp, join_bytes ? join_bytes : 1));
  cudaCheck(cub::DeviceSelect::Flagged(join_temp, join_bytes, join_keys, join_keep, join_compact, join_count,
                                       (int)n, stream));
  int joined = 0;
  cudaCheck(cudaMemcpyAsync(&joined, join_count, sizeof joined, cudaMemcpyDeviceToHost, stream));
  cudaCheck(cudaStreamSynchronize(stream));
  if (joined > 0) {
    cudaCheck(cub::DeviceRadixSort::SortKeys(sort_temp, sort_bytes, join_compact, join_sorted, joined, 0, 64, stream));
    cudaCheck(cudaMalloc(&sort_temp, sort_bytes ? sort_bytes : 1));
    cudaCheck(cub::DeviceRadixSort::SortKeys(sort_temp, sort_bytes, join_compact, join_sorted, joined, 0, 64,
                                             stream));
    sg_gpu__join_probe_kernel<<<blocks, threads, 0, stream>>>(view, d_file_start, files, join_sorted, join_count,
                                                              masks);
    cudaCheck(cudaGetLastError());
  }
  sg_gpu__nonzero_kernel<<<blocks, threads, 0, stream>>>(masks, n, flags);
  cudaCheck(cudaGetLastError());
  void *temp = nullptr;
  size_t temp_bytes = 0;
  cudaCheck(cub::DeviceScan::ExclusiveSum(temp, temp_bytes, flags, offsets, (int)n, stream));
  cudaCheck(cudaMalloc(&temp, temp_bytes));
  cudaCheck(cub::DeviceScan::ExclusiveSum(temp, temp_bytes, flags, offsets, (int)n, stream));
  sg_gpu__scatter_kernel<<<blocks, threads, 0, stream>>>(masks, offsets, n, d_node, d_mask);
  cudaCheck(cudaGetLastError());
  sg_gpu_phases_mark(&phases, 2, stream);

  uint32_t last_offset = 0, last_flag = 0;
  cudaCheck(cudaMemcpyAsync(&last_offset, offsets + n - 1, sizeof last_offset, cudaMemcpyDeviceToHost, stream));
  cudaCheck(cudaMemcpyAsync(&last_flag, flags + n - 1, sizeof last_flag, cudaMemcpyDeviceToHost, stream));
  cudaCheck(cudaStreamSynchronize(stream));
  uint32_t count = last_offset + last_flag;
  if (count) {
    cudaCheck(cudaMemcpyAsync(staging, d_node, count * sizeof(uint32_t), cudaMemcpyDeviceToHost, stream));
    cudaCheck(cudaStreamSynchronize(stream));
    memcpy(cand_node, staging, count * sizeof(uint32_t));
    cudaCheck(cudaMemcpyAsync(staging, d_mask, count * sizeof(uint32_t), cudaMemcpyDeviceToHost, stream));
    cudaCheck(cudaStreamSynchronize(stream));
    memcpy(cand_mask, staging, count * sizeof(uint32_t));
  }
  sg_gpu_phases_end(&phases, stream, times);

  cudaFree((void *)view.kind);
  cudaFree((void *)view.field);
  cudaFree((void *)view.flags);
  cudaFree((void *)view.parent);
  cudaFree((void *)view.first_child);
  cudaFree((void *)view.next_sibling);
  cudaFree((void *)view.name_id);
  cudaFree(masks);
  cudaFree(flags);
  cudaFree(offsets);
  cudaFree(d_node);
  cudaFree(d_mask);
  cudaFree(temp);
  const void *join_bufs[] = {d_file_start, join_keys, join_compact, join_sorted, join_keep, join_count, join_temp, sort_temp};
  for (const void *b : join_bufs) cudaFree((void *)b);
  cudaFreeHost(staging);
  cudaStreamDestroy(stream);
  return count;
}
