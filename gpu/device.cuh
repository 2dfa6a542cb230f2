// Shared by the .cu files: cudaCheck (file, line, the error, a hint),
// stream-ordered scratch, plain uploads and downloads, a stream compaction
// (DeviceSelect), the batch's device copy, and the iota kernel the sorts
// start from.
#ifndef SG_GPU_DEVICE_CUH
#define SG_GPU_DEVICE_CUH

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <cub/cub.cuh>

#define cudaCheck(call) sg_gpu_check((call), #call, __FILE__, __LINE__)

// A failed CUDA call, thrown out of the step that made it and caught where
// the step meets C (the extern "C" functions): that batch then runs on the
// host reference, and the run goes on with every finding.
struct SgGpuError {
  cudaError_t err;
  char what[512];
};

static inline void sg_gpu_check(cudaError_t err, const char *what, const char *file, int line) {
  if (err == cudaSuccess) return;
  SgGpuError e;
  e.err = err;
  snprintf(e.what, sizeof e.what, "CUDA error at %s:%d: %s: %s", file, line, what, cudaGetErrorString(err));
  throw e;
}

// The test hook: SNAG_GPU_FAIL=1 makes each device step fail at its start
// as an out-of-memory error would (tests/gpu/equivalence.sh).
static inline void sg_gpu_injected_failure(void) {
  const char *f = getenv("SNAG_GPU_FAIL");
  if (f && *f && strcmp(f, "0")) sg_gpu_check(cudaErrorMemoryAllocation, "SNAG_GPU_FAIL", __FILE__, __LINE__);
}

// The device memory a batch of n nodes needs, about (the arrays, their
// copies in the steps, the sorts' scratch: 90-120 bytes a node measured).
#define SG_GPU_BYTES_PER_NODE 128u

// Throws an out-of-memory error before a step that would not fit in what
// the device has free (then the batch runs on the host).
static inline void sg_gpu_fits(size_t n) {
  size_t free_bytes = 0, total = 0;
  sg_gpu_check(cudaMemGetInfo(&free_bytes, &total), "cudaMemGetInfo", __FILE__, __LINE__);
  if ((unsigned long long)n * SG_GPU_BYTES_PER_NODE > free_bytes / 10 * 9) {
    SgGpuError e;
    e.err = cudaErrorMemoryAllocation;
    snprintf(e.what, sizeof e.what, "the batch needs about %llu MB of device memory, %llu MB are free",
             (unsigned long long)n * SG_GPU_BYTES_PER_NODE >> 20, (unsigned long long)free_bytes >> 20);
    throw e;
  }
}

static inline void sg_gpu_report(const SgGpuError &e, const char *step) {
  fprintf(stderr, "snag: %s; this batch's %s run on the host instead\n", e.what, step);
}

// Scratch memory is stream-ordered (cudaMallocAsync/cudaFreeAsync from the
// device's default pool, which keeps what it has: see sg_gpu_device_of):
// after the first batches a step allocates without a driver call, and a
// buffer freed on the stream is reused only after the work queued before
// the free — no device-wide synchronisation as with cudaFree.
template <typename T>
static T *sg_gpu_alloc(size_t n, cudaStream_t stream) {
  void *dev = nullptr;
  cudaCheck(cudaMallocAsync(&dev, (n ? n : 1) * sizeof(T), stream));
  return (T *)dev;
}

static inline void sg_gpu_free(const void *dev, cudaStream_t stream) {
  if (dev) cudaCheck(cudaFreeAsync((void *)dev, stream));
}

template <typename T>
static T *sg_gpu_upload(const T *host, size_t n, cudaStream_t stream) {
  T *dev = sg_gpu_alloc<T>(n, stream);
  if (n) cudaCheck(cudaMemcpyAsync(dev, host, n * sizeof(T), cudaMemcpyHostToDevice, stream));
  cudaCheck(cudaStreamSynchronize(stream));  // host may be pageable and short-lived
  return dev;
}

// A host copy (sg_malloc'd: the caller frees it with sg_free).
template <typename T>
static T *sg_gpu_download(const T *dev, size_t n, cudaStream_t stream) {
  T *host = (T *)sg_malloc((n ? n : 1) * sizeof(T));
  try {
    if (n) cudaCheck(cudaMemcpyAsync(host, dev, n * sizeof(T), cudaMemcpyDeviceToHost, stream));
    cudaCheck(cudaStreamSynchronize(stream));
  } catch (...) {
    sg_free(host);
    throw;
  }
  return host;
}

// One value back from the device (a count, a flag).
template <typename T>
static T sg_gpu_read(const T *dev, cudaStream_t stream) {
  T value;
  cudaCheck(cudaMemcpyAsync(&value, dev, sizeof value, cudaMemcpyDeviceToHost, stream));
  cudaCheck(cudaStreamSynchronize(stream));
  return value;
}

// A batch's device copy (gpu/upload.cu): the arrays of its FlatView and
// its file starts in one device buffer, its stream, its pinned staging.
struct GpuDeviceBatch {
  cudaStream_t stream;
  FlatView view;                // device pointers into buffer
  const uint32_t *file_start;   // device
  uint32_t files;
  char *buffer;                 // device
  char *staging;                // pinned host
  size_t bytes;                 // capacity of both
  uint64_t version;             // the GpuBatch version uploaded
  uint64_t staged;              // the GpuBatch version laid out in staging
  size_t at[8], total;          // where each array lies in staging (and the buffer)
};

// The batch's device side, created on first use (its stream exists from then on).
GpuDeviceBatch *sg_gpu_device_of(GpuBatch *batch);
// Lays the batch's arrays out in its pinned staging buffer (unless the
// device copy is current), adding the host seconds to *staging (may be
// NULL): a step stages before it starts its timed phases, so that "h2d" is
// the transfer alone.
void sg_gpu_device_stage(GpuBatch *batch, double *staging);
// The batch's arrays on the device: the staged copy sent on its stream
// unless current (staged here first when the step did not).
const GpuDeviceBatch *sg_gpu_device_upload(GpuBatch *batch);

// DeviceSelect::Flagged of n items of `in` into `out` on the stream;
// returns the count (d_count: one device int of scratch).
template <typename T>
static uint32_t sg_gpu_select(const T *in, const uint8_t *keep, T *out, uint32_t n, int *d_count,
                              cudaStream_t stream) {
  void *temp = nullptr;
  size_t bytes = 0;
  cudaCheck(cub::DeviceSelect::Flagged(temp, bytes, in, keep, out, d_count, (int)n, stream));
  cudaCheck(cudaMallocAsync(&temp, bytes ? bytes : 1, stream));
  cudaCheck(cub::DeviceSelect::Flagged(temp, bytes, in, keep, out, d_count, (int)n, stream));
  uint32_t count = (uint32_t)sg_gpu_read(d_count, stream);
  sg_gpu_free(temp, stream);
  return count;
}

// The three timed phases of a device step: uploads, kernels, downloads.
struct SgGpuPhases {
  cudaEvent_t e[4];
};

static inline void sg_gpu_phases_begin(SgGpuPhases *p, cudaStream_t stream) {
  for (cudaEvent_t &e : p->e) cudaCheck(cudaEventCreateWithFlags(&e, cudaEventBlockingSync));  // waits sleep
  cudaCheck(cudaEventRecord(p->e[0], stream));
}

// k = 1 after the uploads, 2 after the kernels
static inline void sg_gpu_phases_mark(SgGpuPhases *p, int k, cudaStream_t stream) {
  cudaCheck(cudaEventRecord(p->e[k], stream));
}

// after the downloads: adds the three phases to h2d/kernels/d2h, destroys the events
static inline void sg_gpu_phases_end(SgGpuPhases *p, cudaStream_t stream, double *h2d, double *kernels,
                                     double *d2h) {
  cudaCheck(cudaEventRecord(p->e[3], stream));
  cudaCheck(cudaEventSynchronize(p->e[3]));
  double *into[3] = {h2d, kernels, d2h};
  for (int k = 0; k < 3; k++) {
    float ms = 0;
    cudaCheck(cudaEventElapsedTime(&ms, p->e[k], p->e[k + 1]));
    *into[k] += ms / 1000.0;
  }
  for (cudaEvent_t e : p->e) cudaEventDestroy(e);
}

static inline unsigned sg_gpu_blocks(size_t n) { return (unsigned)((n + 255) / 256); }

// Bits needed for values up to n (at least 1): a sort's end bit.
static inline int sg_gpu_bit_width(uint32_t n) { return n ? 32 - __builtin_clz(n) : 1; }

__global__ static void sg_gpu_iota_kernel(uint32_t *out, uint32_t n) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = i;
}

#endif
