// One device copy of a batch's arrays, read by both device steps (the
// candidates, gpu/candidates.cu, and the binding table, gpu/sites.cu).
// Each GpuBatch — the pipeline has two, for batch k and batch k-1 — owns a
// stream and one pinned staging buffer: the arrays are laid out in it at
// aligned offsets and go to the device in one asynchronous copy; buffers
// are kept and grown across batches, so a scan allocates a few times, not
// once per batch and array.
#include <chrono>
#include <cstring>

extern "C" {
#include "gpu/gpu.h"
}
#include "gpu/device.cuh"

static size_t sg_upload__align(size_t at) { return (at + 255) & ~(size_t)255; }

GpuDeviceBatch *sg_gpu_device_of(GpuBatch *batch) {
  if (!batch->device) {
    GpuDeviceBatch *d = (GpuDeviceBatch *)sg_calloc(1, sizeof(GpuDeviceBatch));
    cudaCheck(cudaStreamCreate(&d->stream));  // blocking: ordered with the legacy default stream too
    /* the steps' scratch comes from the default pool (device.cuh
     * sg_gpu_alloc); let it keep what it has between batches */
    int device = 0;
    cudaMemPool_t pool;
    uint64_t keep = UINT64_MAX;
    cudaCheck(cudaGetDevice(&device));
    cudaCheck(cudaDeviceGetDefaultMemPool(&pool, device));
    cudaCheck(cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &keep));
    d->version = d->staged = UINT64_MAX;
    batch->device = d;
  }
  return batch->device;
}

void sg_gpu_device_stage(GpuBatch *batch, double *staging) {
  GpuDeviceBatch *d = sg_gpu_device_of(batch);
  if (d->version == batch->version || d->staged == batch->version) return;
  auto t0 = std::chrono::steady_clock::now();
  uint32_t n = batch->count, files = batch->file_start.len;
  const void *from[] = {batch->kind, batch->field, batch->flags, batch->parent, batch->first_child,
                        batch->next_sibling, batch->name_id, batch->file_start.items};
  size_t bytes[] = {n * sizeof(uint16_t), n, n, n * sizeof(uint32_t), n * sizeof(uint32_t), n * sizeof(uint32_t),
                    n * sizeof(uint32_t), files * sizeof(uint32_t)};
  enum { ARRAYS = sizeof bytes / sizeof *bytes };
  size_t at[ARRAYS], total = 0;
  for (int a = 0; a < ARRAYS; a++) {
    at[a] = total;
    total = sg_upload__align(total + bytes[a]);
  }
  cudaCheck(cudaStreamSynchronize(d->stream));  // the last batch's copy out of staging is done
  if (total > d->bytes) {
    cudaFreeHost(d->staging);
    cudaFree(d->buffer);
    d->bytes = total + total / 4;
    cudaCheck(cudaMallocHost(&d->staging, d->bytes));  // pinned: the copy runs at full bandwidth
    cudaCheck(cudaMalloc(&d->buffer, d->bytes));
  }
  for (int a = 0; a < ARRAYS; a++)
    if (bytes[a]) memcpy(d->staging + at[a], from[a], bytes[a]);
  for (int a = 0; a < ARRAYS; a++) d->at[a] = at[a];
  d->total = total;
  d->staged = batch->version;
  if (staging) *staging += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

const GpuDeviceBatch *sg_gpu_device_upload(GpuBatch *batch) {
  GpuDeviceBatch *d = sg_gpu_device_of(batch);
  if (d->version == batch->version) return d;
  sg_gpu_device_stage(batch, nullptr);  // a no-op when the step staged it already
  uint32_t n = batch->count, files = batch->file_start.len;
  const size_t *at = d->at;
  if (d->total) cudaCheck(cudaMemcpyAsync(d->buffer, d->staging, d->total, cudaMemcpyHostToDevice, d->stream));
  char *base = d->buffer;
  d->view.count = n;
  d->view.kind = (const uint16_t *)(base + at[0]);
  d->view.field = (const uint8_t *)(base + at[1]);
  d->view.flags = (const uint8_t *)(base + at[2]);
  d->view.parent = (const uint32_t *)(base + at[3]);
  d->view.first_child = (const uint32_t *)(base + at[4]);
  d->view.next_sibling = (const uint32_t *)(base + at[5]);
  d->view.name_id = (const uint32_t *)(base + at[6]);
  d->file_start = (const uint32_t *)(base + at[7]);
  d->files = files;
  d->version = batch->version;
  return d;
}

extern "C" void sg_gpu_device_release(GpuBatch *batch) {
  GpuDeviceBatch *d = batch->device;
  if (!d) return;
  cudaStreamSynchronize(d->stream);
  cudaFreeHost(d->staging);
  cudaFree(d->buffer);
  cudaStreamDestroy(d->stream);
  sg_free(d);
  batch->device = nullptr;
}
