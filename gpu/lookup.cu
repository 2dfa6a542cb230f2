// The device side of the binding table (see gpu/gpu.h): the batch's
// symbols are radix-sorted by their 64-bit (scope, name) keys with CUB,
// their ids and flags gathered into the sorted order, and one thread per
// reference runs analyses/lookup.h's sg_lookup_reference — the function
// the host reference calls — searching its scope and then each enclosing
// one. Results come back per reference.
#include <cub/cub.cuh>
#include <cstdio>
#include <cstdlib>

extern "C" {
#include "gpu/gpu.h"
}
#include "gpu/device.cuh"

__global__ void sg_lookup__gather(const uint32_t *perm, const uint32_t *ids, const uint16_t *flags, uint32_t n,
                                  uint32_t *ids_out, uint16_t *flags_out) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n) return;
  ids_out[i] = ids[perm[i]];
  flags_out[i] = flags[perm[i]];
}

__global__ void sg_lookup__resolve(LookupView view, uint8_t *kind, uint32_t *symbol) {
  uint32_t r = blockIdx.x * blockDim.x + threadIdx.x;
  if (r >= view.reference_count) return;
  symbol[r] = sg_lookup_reference(&view, r, &kind[r]);
}

extern "C" void sg_gpu_lookup_device(LookupBatch *self, GpuTimes *times) {
  uint32_t ns = self->symbol_key.len, nr = self->ref_scope.len, nsc = self->scope_kind.len;
  SgGpuPhases phases;
  sg_gpu_phases_begin(&phases, 0);
  uint8_t *scope_kind = sg_gpu_upload(self->scope_kind.items, nsc);
  uint32_t *scope_parent = sg_gpu_upload(self->scope_parent.items, nsc);
  uint64_t *keys = sg_gpu_upload(self->symbol_key.items, ns);
  uint32_t *ids = sg_gpu_upload(self->symbol_id.items, ns);
  uint16_t *flags = sg_gpu_upload(self->symbol_flags.items, ns);
  uint32_t *ref_scope = sg_gpu_upload(self->ref_scope.items, nr);
  uint32_t *ref_name = sg_gpu_upload(self->ref_name.items, nr);
  uint8_t *ref_builtin = sg_gpu_upload(self->ref_builtin.items, nr);
  sg_gpu_phases_mark(&phases, 1, 0);

  uint64_t *keys_sorted;
  uint32_t *perm, *perm_sorted, *ids_sorted, *symbol;
  uint16_t *flags_sorted;
  uint8_t *kind;
  cudaCheck(cudaMalloc(&keys_sorted, (ns ? ns : 1) * sizeof(uint64_t)));
  cudaCheck(cudaMalloc(&perm, (ns ? ns : 1) * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&perm_sorted, (ns ? ns : 1) * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&ids_sorted, (ns ? ns : 1) * sizeof(uint32_t)));
  cudaCheck(cudaMalloc(&flags_sorted, (ns ? ns : 1) * sizeof(uint16_t)));
  cudaCheck(cudaMalloc(&kind, nr ? nr : 1));
  cudaCheck(cudaMalloc(&symbol, (nr ? nr : 1) * sizeof(uint32_t)));
  const unsigned threads = 256;
  void *temp = nullptr;
  size_t temp_bytes = 0;
  if (ns) {
    sg_gpu_iota_kernel<<<(ns + threads - 1) / threads, threads>>>(perm, ns);
    cudaCheck(cudaGetLastError());
    cudaCheck(cub::DeviceRadixSort::SortPairs(temp, temp_bytes, keys, keys_sorted, perm, perm_sorted, (int)ns));
    cudaCheck(cudaMalloc(&temp, temp_bytes));
    cudaCheck(cub::DeviceRadixSort::SortPairs(temp, temp_bytes, keys, keys_sorted, perm, perm_sorted, (int)ns));
    sg_lookup__gather<<<(ns + threads - 1) / threads, threads>>>(perm_sorted, ids, flags, ns, ids_sorted,
                                                                 flags_sorted);
    cudaCheck(cudaGetLastError());
  }
  LookupView view = {scope_kind, scope_parent, ns, keys_sorted, flags_sorted, ids_sorted,
                     nr, ref_scope, ref_name, ref_builtin};
  if (nr) {
    sg_lookup__resolve<<<(nr + threads - 1) / threads, threads>>>(view, kind, symbol);
    cudaCheck(cudaGetLastError());
  }
  sg_gpu_phases_mark(&phases, 2, 0);
  if (nr) {
    cudaCheck(cudaMemcpy(self->ref_kind, kind, nr, cudaMemcpyDeviceToHost));
    cudaCheck(cudaMemcpy(self->ref_symbol, symbol, nr * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  }
  sg_gpu_phases_end(&phases, 0, times);
  void *bufs[] = {scope_kind, scope_parent, keys, ids, flags, ref_scope, ref_name, ref_builtin, keys_sorted,
                  perm, perm_sorted, ids_sorted, flags_sorted, kind, symbol, temp};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) cudaFree(bufs[i]);
}
