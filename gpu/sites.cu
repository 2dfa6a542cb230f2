// The device side of the binding table from the nodes (see gpu/gpu.h and
// analyses/sites.h), step for step as gpu/sites.c: one thread per node
// links it to where its scope comes from; pointer jumping rounds resolve
// the links (a flag says when none is left open); scope kinds and parents;
// one thread per identifier classifies it (sg_sites_classify, the host
// reference's function); CUB's DeviceSelect compacts binding sites and
// references; DeviceRadixSort sorts the sites by (scope, name) — stable,
// so a key's sites stay in source order — and a segmented reduction by
// atomics (OR of flags, min of the first `global`, max of the last binding)
// gives the symbols; the module symbols `global` implies are merged by a
// second sort; one thread per reference searches (sg_lookup_reference).
#include <cub/cub.cuh>

extern "C" {
#include "gpu/gpu.h"
}
#include "gpu/device.cuh"

#define SG_SITES_DECL 0x8000u  // as in gpu/sites.c

__global__ static void sg_sites__link_kernel(FlatView v, uint32_t *link) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < v.count) link[i] = sg_sites_scope_link(&v, i);
}

__global__ static void sg_sites__jump_kernel(const uint32_t *from, uint32_t *to, uint32_t n, int *open) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n && sg_sites_jump(from, to, i)) *open = 1;
}

__global__ static void sg_sites__strip_kernel(uint32_t *link, uint32_t n) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) link[i] &= ~SG_SITES_RESOLVED;
}

__global__ static void sg_sites__scopes_kernel(FlatView v, const uint32_t *scope_of, uint8_t *kind, uint32_t *parent) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= v.count) return;
  kind[i] = sg_sites_opens(&v, i);
  uint32_t from = kind[i] == SG_SITES_NO_SCOPE ? SG_NONE : sg_sites_parent_from(&v, i);
  parent[i] = from == SG_NONE ? SG_NONE : scope_of[from];
}

__global__ static void sg_sites__classify_kernel(FlatView v, SitesScopes s, const uint8_t *name_builtin,
                                                 uint64_t *key, uint16_t *flags, uint32_t *node,
                                                 uint8_t *is_site, uint32_t *ref_scope, uint32_t *ref_name,
                                                 uint8_t *ref_builtin, uint8_t *is_ref) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= v.count) return;
  Site site = sg_sites_classify(&v, &s, i);
  is_site[i] = site.scope != SG_NONE;
  is_ref[i] = site.reference;
  node[i] = i;
  // every slot written (DeviceSelect reads the unflagged ones too)
  key[i] = is_site[i] ? ((uint64_t)site.scope << 32) | v.name_id[i] : 0;
  flags[i] = is_site[i] ? (uint16_t)(site.flags | (site.decl ? SG_SITES_DECL : 0)) : 0;
  ref_scope[i] = site.reference ? s.scope_of[i] : SG_NONE;
  ref_name[i] = site.reference ? v.name_id[i] : SG_NONE;
  ref_builtin[i] = site.reference ? name_builtin[v.name_id[i]] : 0;
}

__global__ static void sg_sites__gather_kernel(const uint32_t *perm, const uint16_t *flags, const uint32_t *node,
                                               uint32_t n, uint16_t *flags_out, uint32_t *node_out) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n) return;
  flags_out[i] = flags[perm[i]];
  node_out[i] = node[perm[i]];
}

__global__ static void sg_sites__heads_kernel(const uint64_t *key, uint32_t n, uint32_t *head) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) head[i] = i == 0 || key[i] != key[i - 1];
}

// seg = inclusive scan of heads, minus one: the symbol each site belongs to
__global__ static void sg_sites__reduce_kernel(const uint64_t *key, const uint16_t *flags, const uint32_t *node,
                                               const uint32_t *seg_plus, uint32_t n, uint64_t *out_key,
                                               uint32_t *out_flags, uint32_t *first_global, uint32_t *last_bound) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n) return;
  uint32_t s = seg_plus[i] - 1;
  if (i == 0 || key[i] != key[i - 1]) out_key[s] = key[i];
  atomicOr(&out_flags[s], (uint32_t)(flags[i] & ~SG_SITES_DECL));
  if (flags[i] & SYMBOL_GLOBAL) atomicMin(&first_global[s], node[i]);
  if (!(flags[i] & SG_SITES_DECL)) atomicMax(&last_bound[s], node[i] + 1);  // 0: none
}

// the module key `global x` + a binding of x in a function implies
__global__ static void sg_sites__imply_kernel(const uint64_t *key, const uint32_t *first_global,
                                              const uint32_t *last_bound, const uint32_t *scope_parent,
                                              uint32_t n, uint64_t *implied, uint8_t *is_implied) {
  uint32_t s = blockIdx.x * blockDim.x + threadIdx.x;
  if (s >= n) return;
  uint32_t scope = (uint32_t)(key[s] >> 32);
  is_implied[s] = scope_parent[scope] != SG_NONE && first_global[s] != SG_NONE && last_bound[s] != 0 &&
                  last_bound[s] - 1 > first_global[s];
  if (!is_implied[s]) return;
  uint32_t module = scope;
  while (scope_parent[module] != SG_NONE) module = scope_parent[module];
  implied[s] = ((uint64_t)module << 32) | (uint32_t)key[s];
}

__global__ static void sg_sites__narrow_kernel(const uint32_t *wide, uint16_t *narrow, uint32_t n) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) narrow[i] = (uint16_t)wide[i];
}

__global__ static void sg_sites__resolve_kernel(LookupView view, uint8_t *kind, uint32_t *symbol) {
  uint32_t r = blockIdx.x * blockDim.x + threadIdx.x;
  if (r < view.reference_count) symbol[r] = sg_lookup_reference(&view, r, &kind[r]);
}

// Sorts n sites by key (stable) and reduces them per key: the unique keys
// and OR-ed flags go to *keys_out/*flags_out (device, uint16 flags);
// returns the count. With scope_parent, also the implied module keys
// (device, count in *implied_count). Every key's scope node is below `nodes`.
static uint32_t sg_sites__sort_reduce(const uint64_t *key, const uint16_t *flags, const uint32_t *node, uint32_t n,
                                      const uint32_t *scope_parent, uint64_t **keys_out, uint16_t **flags_out,
                                      uint64_t **implied_out, uint32_t *implied_count, int *d_count,
                                      uint32_t nodes, cudaStream_t s) {
  uint64_t *key_sorted = sg_gpu_alloc<uint64_t>(n, s);
  uint32_t *perm = sg_gpu_alloc<uint32_t>(n, s), *perm_sorted = sg_gpu_alloc<uint32_t>(n, s);
  uint16_t *flags_sorted = sg_gpu_alloc<uint16_t>(n, s);
  uint32_t *node_sorted = sg_gpu_alloc<uint32_t>(n, s), *head = sg_gpu_alloc<uint32_t>(n, s), *seg = sg_gpu_alloc<uint32_t>(n, s);
  uint64_t *ukey = sg_gpu_alloc<uint64_t>(n, s);
  uint32_t *uflags = sg_gpu_alloc<uint32_t>(n, s), *first_global = sg_gpu_alloc<uint32_t>(n, s),
           *last_bound = sg_gpu_alloc<uint32_t>(n, s);
  uint32_t unique = 0;
  if (n) {
    sg_gpu_iota_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(perm, n);
    cudaCheck(cudaGetLastError());
    void *temp = nullptr;
    size_t bytes = 0;
    // keys are (scope node << 32) | name, scope node < nodes: the bits above are 0
    int end_bit = 32 + sg_gpu_bit_width(nodes);
    cudaCheck(cub::DeviceRadixSort::SortPairs(temp, bytes, key, key_sorted, perm, perm_sorted, (int)n, 0, end_bit, s));
    cudaCheck(cudaMallocAsync(&temp, bytes ? bytes : 1, s));
    cudaCheck(cub::DeviceRadixSort::SortPairs(temp, bytes, key, key_sorted, perm, perm_sorted, (int)n, 0, end_bit, s));
    void *sort_temp = temp;
    sg_sites__gather_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(perm_sorted, flags, node, n, flags_sorted, node_sorted);
    sg_sites__heads_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(key_sorted, n, head);
    cudaCheck(cudaGetLastError());
    temp = nullptr;
    bytes = 0;
    cudaCheck(cub::DeviceScan::InclusiveSum(temp, bytes, head, seg, (int)n, s));
    cudaCheck(cudaMallocAsync(&temp, bytes ? bytes : 1, s));
    cudaCheck(cub::DeviceScan::InclusiveSum(temp, bytes, head, seg, (int)n, s));
    unique = sg_gpu_read(seg + n - 1, s);  // synchronizes: the sort and scan are done
    sg_gpu_free(sort_temp, s);
    sg_gpu_free(temp, s);
    cudaCheck(cudaMemsetAsync(uflags, 0, n * sizeof(uint32_t), s));
    cudaCheck(cudaMemsetAsync(first_global, 0xff, n * sizeof(uint32_t), s));
    cudaCheck(cudaMemsetAsync(last_bound, 0, n * sizeof(uint32_t), s));
    sg_sites__reduce_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(key_sorted, flags_sorted, node_sorted, seg, n, ukey, uflags,
                                                       first_global, last_bound);
    cudaCheck(cudaGetLastError());
  }
  *keys_out = ukey;
  *flags_out = sg_gpu_alloc<uint16_t>(unique, s);
  if (unique) sg_sites__narrow_kernel<<<sg_gpu_blocks(unique), 256, 0, s>>>(uflags, *flags_out, unique);
  if (scope_parent) {
    uint64_t *implied = sg_gpu_alloc<uint64_t>(unique, s), *selected = sg_gpu_alloc<uint64_t>(unique, s);
    uint8_t *is_implied = sg_gpu_alloc<uint8_t>(unique, s);
    *implied_count = 0;
    if (unique) {
      sg_sites__imply_kernel<<<sg_gpu_blocks(unique), 256, 0, s>>>(ukey, first_global, last_bound, scope_parent, unique,
                                                             implied, is_implied);
      cudaCheck(cudaGetLastError());
      *implied_count = sg_gpu_select(implied, is_implied, selected, unique, d_count, s);
    }
    *implied_out = selected;
    sg_gpu_free(implied, s);
    sg_gpu_free(is_implied, s);
  }
  void *bufs[] = {key_sorted, perm, perm_sorted, flags_sorted, node_sorted, head, seg, uflags, first_global, last_bound};
  for (void *b : bufs) sg_gpu_free(b, s);  // stream-ordered: after the reduce and narrow kernels
  return unique;
}

static void sg_gpu__sites(GpuBatch *batch, const uint8_t *name_builtin, SiteTable *t, GpuTimes *times) {
  uint32_t n = batch->count;
  sg_gpu_injected_failure();
  sg_gpu_fits(n);
  cudaStream_t s = sg_gpu_device_of(batch)->stream;
  sg_gpu_device_stage(batch, &times->staging);
  SgGpuPhases phases;
  sg_gpu_phases_begin(&phases, s);
  FlatView v = sg_gpu_device_upload(batch)->view;  // shared with the candidate step
  uint8_t *builtin = sg_gpu_upload(name_builtin, batch->names->text.len, s);
  sg_gpu_phases_mark(&phases, 1, s);

  // steps 1-2: scopes
  uint32_t *link = sg_gpu_alloc<uint32_t>(n, s), *tmp = sg_gpu_alloc<uint32_t>(n, s);
  int *d_open = sg_gpu_alloc<int>(1, s);
  if (n) {
    sg_sites__link_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(v, link);
    cudaCheck(cudaGetLastError());
    for (int open = 1; open;) {
      cudaCheck(cudaMemsetAsync(d_open, 0, sizeof(int), s));
      sg_sites__jump_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(link, tmp, n, d_open);
      cudaCheck(cudaGetLastError());
      uint32_t *swap = link;
      link = tmp;
      tmp = swap;
      open = sg_gpu_read(d_open, s);
    }
    sg_sites__strip_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(link, n);
  }
  uint8_t *scope_kind = sg_gpu_alloc<uint8_t>(n, s);
  uint32_t *scope_parent = sg_gpu_alloc<uint32_t>(n, s);
  if (n) sg_sites__scopes_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(v, link, scope_kind, scope_parent);
  cudaCheck(cudaGetLastError());

  // step 3: classify every identifier, compact sites and references
  uint64_t *key = sg_gpu_alloc<uint64_t>(n, s);
  uint16_t *flags = sg_gpu_alloc<uint16_t>(n, s);
  uint32_t *node = sg_gpu_alloc<uint32_t>(n, s), *ref_scope = sg_gpu_alloc<uint32_t>(n, s),
           *ref_name = sg_gpu_alloc<uint32_t>(n, s);
  uint8_t *is_site = sg_gpu_alloc<uint8_t>(n, s), *is_ref = sg_gpu_alloc<uint8_t>(n, s), *ref_builtin = sg_gpu_alloc<uint8_t>(n, s);
  SitesScopes scopes = {link, scope_kind, scope_parent};
  if (n) sg_sites__classify_kernel<<<sg_gpu_blocks(n), 256, 0, s>>>(v, scopes, builtin, key, flags, node, is_site,
                                                              ref_scope, ref_name, ref_builtin, is_ref);
  cudaCheck(cudaGetLastError());
  int *d_count = sg_gpu_alloc<int>(1, s);
  uint64_t *site_key = sg_gpu_alloc<uint64_t>(n, s);
  uint16_t *site_flags = sg_gpu_alloc<uint16_t>(n, s);
  uint32_t *site_node = sg_gpu_alloc<uint32_t>(n, s);
  uint32_t *c_ref_node = sg_gpu_alloc<uint32_t>(n, s), *c_ref_scope = sg_gpu_alloc<uint32_t>(n, s),
           *c_ref_name = sg_gpu_alloc<uint32_t>(n, s);
  uint8_t *c_ref_builtin = sg_gpu_alloc<uint8_t>(n, s);
  uint32_t nsites = 0, nrefs = 0;
  if (n) {
    nsites = sg_gpu_select(key, is_site, site_key, n, d_count, s);
    sg_gpu_select(flags, is_site, site_flags, n, d_count, s);
    sg_gpu_select(node, is_site, site_node, n, d_count, s);
    nrefs = sg_gpu_select(node, is_ref, c_ref_node, n, d_count, s);
    sg_gpu_select(ref_scope, is_ref, c_ref_scope, n, d_count, s);
    sg_gpu_select(ref_name, is_ref, c_ref_name, n, d_count, s);
    sg_gpu_select(ref_builtin, is_ref, c_ref_builtin, n, d_count, s);
  }

  // sort + reduce into symbols; merge the implied module symbols
  uint64_t *sym_key, *implied = nullptr;
  uint16_t *sym_flags;
  uint32_t nimplied = 0;
  uint32_t nsym = sg_sites__sort_reduce(site_key, site_flags, site_node, nsites, scope_parent, &sym_key, &sym_flags,
                                        &implied, &nimplied, d_count, n, s);
  if (nimplied) {
    uint32_t total = nsym + nimplied;
    uint64_t *all_key = sg_gpu_alloc<uint64_t>(total, s);
    uint16_t *all_flags = sg_gpu_alloc<uint16_t>(total, s);
    uint32_t *all_node = sg_gpu_alloc<uint32_t>(total, s);
    cudaCheck(cudaMemcpyAsync(all_key, sym_key, nsym * sizeof(uint64_t), cudaMemcpyDeviceToDevice, s));
    cudaCheck(cudaMemcpyAsync(all_key + nsym, implied, nimplied * sizeof(uint64_t), cudaMemcpyDeviceToDevice, s));
    cudaCheck(cudaMemcpyAsync(all_flags, sym_flags, nsym * sizeof(uint16_t), cudaMemcpyDeviceToDevice, s));
    uint16_t *implied_flags = (uint16_t *)sg_malloc(nimplied * sizeof(uint16_t));
    for (uint32_t k = 0; k < nimplied; k++) implied_flags[k] = SYMBOL_BOUND_IN_FUNCTION | SG_SITES_DECL;
    cudaCheck(cudaMemcpyAsync(all_flags + nsym, implied_flags, nimplied * sizeof(uint16_t), cudaMemcpyHostToDevice, s));
    cudaCheck(cudaStreamSynchronize(s));  // implied_flags is pageable and freed next
    sg_free(implied_flags);
    cudaCheck(cudaMemsetAsync(all_node, 0, total * sizeof(uint32_t), s));
    sg_gpu_free(sym_key, s);
    sg_gpu_free(sym_flags, s);
    nsym = sg_sites__sort_reduce(all_key, all_flags, all_node, total, nullptr, &sym_key, &sym_flags, nullptr, nullptr,
                                 d_count, n, s);
    sg_gpu_free(all_key, s);
    sg_gpu_free(all_flags, s);
    sg_gpu_free(all_node, s);
  }

  // search per reference
  uint8_t *ref_kind = sg_gpu_alloc<uint8_t>(nrefs, s);
  uint32_t *ref_symbol = sg_gpu_alloc<uint32_t>(nrefs, s);
  LookupView lv = {scope_kind, scope_parent, nsym, sym_key, sym_flags,
                   nrefs, c_ref_scope, c_ref_name, c_ref_builtin};
  if (nrefs) sg_sites__resolve_kernel<<<sg_gpu_blocks(nrefs), 256, 0, s>>>(lv, ref_kind, ref_symbol);
  cudaCheck(cudaGetLastError());
  sg_gpu_phases_mark(&phases, 2, s);

  t->scope_of = sg_gpu_download(link, n, s);
  t->scope_kind = sg_gpu_download(scope_kind, n, s);
  t->scope_parent = sg_gpu_download(scope_parent, n, s);
  t->symbol_count = nsym;
  t->symbol_key = sg_gpu_download(sym_key, nsym, s);
  t->symbol_flags = sg_gpu_download(sym_flags, nsym, s);
  t->ref_count = nrefs;
  t->ref_node = sg_gpu_download(c_ref_node, nrefs, s);
  t->ref_scope = sg_gpu_download(c_ref_scope, nrefs, s);
  t->ref_name = sg_gpu_download(c_ref_name, nrefs, s);
  t->ref_builtin = sg_gpu_download(c_ref_builtin, nrefs, s);
  t->ref_kind = sg_gpu_download(ref_kind, nrefs, s);
  t->ref_symbol = sg_gpu_download(ref_symbol, nrefs, s);
  sg_gpu_phases_end(&phases, s, &times->table_h2d, &times->table_kernels, &times->table_d2h);

  const void *bufs[] = {builtin, link, tmp, d_open, scope_kind, scope_parent, key, flags, node, ref_scope, ref_name,
                        is_site, is_ref, ref_builtin, d_count, site_key, site_flags, site_node, c_ref_node,
                        c_ref_scope, c_ref_name, c_ref_builtin, sym_key, sym_flags, implied, ref_kind, ref_symbol};
  for (const void *b : bufs)
    if (b) sg_gpu_free(b, s);
}

extern "C" bool sg_gpu_sites_device(GpuBatch *batch, const uint8_t *name_builtin, SiteTable *t, GpuTimes *times) {
  try {
    sg_gpu__sites(batch, name_builtin, t, times);
    return true;
  } catch (const SgGpuError &e) {
    sg_gpu_report(e, "binding table");
    cudaGetLastError();
    sg_gpu_device_release(batch);
    sg_gpu_sites_free(t);
    return false;
  }
}
