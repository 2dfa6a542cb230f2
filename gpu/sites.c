/* The binding table built from a batch's nodes (analyses/sites.h): the
 * host reference of gpu/sites.cu, step for step — scope links, pointer
 * jumping, scope kinds and parents, classification of every identifier,
 * compaction of binding sites and references, a stable radix sort of the
 * sites by (scope, name), a reduction per key, the module symbols that
 * `global` declarations imply, and the search per reference
 * (analyses/lookup.h). The host reference's time is the caller's to take
 * (no transfers); the device adds its phases to times' table_h2d/_kernels/_d2h. */
#include <string.h>

#include "gpu/gpu.h"

#define SG_SITES_DECL 0x8000u  /* in a site's flags while sorting: binds no value */

/* LSD radix sort, 16 bits a pass (stable): the host reference of
 * cub::DeviceRadixSort. */
void sg_gpu_radix_sort_host(uint64_t *keys, uint32_t *ids, uint16_t *flags, uint32_t n) {
  if (n == 0) return;  /* the arrays may be NULL */
  uint64_t *k2 = sg_malloc((n ? n : 1) * sizeof *k2);
  uint32_t *i2 = sg_malloc((n ? n : 1) * sizeof *i2);
  uint16_t *f2 = sg_malloc((n ? n : 1) * sizeof *f2);
  uint32_t *count = sg_malloc(65536 * sizeof *count);
  for (int shift = 0; shift < 64; shift += 16) {
    memset(count, 0, 65536 * sizeof *count);
    for (uint32_t i = 0; i < n; i++) count[(keys[i] >> shift) & 0xffff]++;
    uint32_t sum = 0;  /* exclusive scan of the digit counts */
    for (uint32_t d = 0; d < 65536; d++) {
      uint32_t c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (uint32_t i = 0; i < n; i++) {  /* stable scatter */
      uint32_t at = count[(keys[i] >> shift) & 0xffff]++;
      k2[at] = keys[i];
      if (ids) i2[at] = ids[i];
      if (flags) f2[at] = flags[i];
    }
    memcpy(keys, k2, n * sizeof *keys);
    if (ids) memcpy(ids, i2, n * sizeof *ids);
    if (flags) memcpy(flags, f2, n * sizeof *flags);
  }
  sg_free(k2);
  sg_free(i2);
  sg_free(f2);
  sg_free(count);
}

void sg_gpu_sites_free(SiteTable *self) {
  sg_free(self->scope_of);
  sg_free(self->scope_kind);
  sg_free(self->scope_parent);
  sg_free(self->symbol_key);
  sg_free(self->symbol_flags);
  sg_free(self->ref_node);
  sg_free(self->ref_scope);
  sg_free(self->ref_name);
  sg_free(self->ref_builtin);
  sg_free(self->ref_kind);
  sg_free(self->ref_symbol);
  *self = (SiteTable){0};
}

const uint8_t *sg_gpu_name_builtins(const NameTable *names, NameBuiltins *cache) {
  uint32_t n = names->text.len;
  if (n > cache->capacity) {
    cache->capacity = n + n / 2 + 64;
    cache->flags = sg_realloc(cache->flags, cache->capacity);
  }
  for (; cache->known < n; cache->known++)
    cache->flags[cache->known] = sg_model_is_builtin(names->length.items[cache->known], names->text.items[cache->known]);
  return cache->flags;
}

uint32_t sg_gpu_scope_jump_host(uint32_t *link, uint32_t *tmp, uint32_t n) {
  uint32_t rounds = 0;
  for (bool open = true; open; rounds++) {
    open = false;
    for (uint32_t i = 0; i < n; i++) open |= sg_sites_jump(link, tmp, i);
    memcpy(link, tmp, n * sizeof *link);
  }
  return rounds;
}

uint32_t sg_gpu_sites_reduce_host(uint64_t *keys, uint16_t *flags, const uint32_t *nodes, uint32_t n,
                                  const uint32_t *scope_parent, uint64_t *implied, uint32_t *implied_count) {
  uint32_t out = 0, extra = 0;
  for (uint32_t a = 0, b; a < n; a = b) {
    uint16_t fl = 0;
    uint32_t first_global = SG_NONE, last_bound = 0;
    bool bound = false;
    for (b = a; b < n && keys[b] == keys[a]; b++) {
      fl |= flags[b] & ~SG_SITES_DECL;
      if ((flags[b] & SYMBOL_GLOBAL) && first_global == SG_NONE) first_global = nodes[b];
      if (!(flags[b] & SG_SITES_DECL)) bound = true, last_bound = nodes[b];
    }
    /* `global x` then a binding of x in a function: the module has an x */
    uint32_t scope = (uint32_t)(keys[a] >> 32);
    if (implied && scope_parent[scope] != SG_NONE && first_global != SG_NONE && bound && last_bound > first_global) {
      uint32_t module = scope;
      while (scope_parent[module] != SG_NONE) module = scope_parent[module];
      implied[extra++] = ((uint64_t)module << 32) | (uint32_t)keys[a];
    }
    keys[out] = keys[a];
    flags[out] = fl;
    out++;
  }
  if (implied_count) *implied_count = extra;
  return out;
}

/* Merges the implied module symbols into the sorted, reduced table. */
static void sg_gpu__sites_imply(SiteTable *t, uint64_t *implied, uint32_t count) {
  if (!count) return;
  uint32_t n = t->symbol_count + count;
  uint64_t *keys = sg_malloc(n * sizeof *keys);
  uint16_t *flags = sg_malloc(n * sizeof *flags);
  uint32_t *ids = sg_calloc(n, sizeof *ids);
  memcpy(keys, t->symbol_key, t->symbol_count * sizeof *keys);
  memcpy(flags, t->symbol_flags, t->symbol_count * sizeof *flags);
  for (uint32_t k = 0; k < count; k++) {
    keys[t->symbol_count + k] = implied[k];
    flags[t->symbol_count + k] = SYMBOL_BOUND_IN_FUNCTION | SG_SITES_DECL;
  }
  sg_gpu_radix_sort_host(keys, ids, flags, n);
  t->symbol_count = sg_gpu_sites_reduce_host(keys, flags, ids, n, t->scope_parent, NULL, NULL);
  sg_free(t->symbol_key);
  sg_free(t->symbol_flags);
  t->symbol_key = keys;
  t->symbol_flags = flags;
  sg_free(ids);
}

LookupView sg_gpu_sites_view(const SiteTable *t) {
  LookupView v = {t->scope_kind, t->scope_parent, t->symbol_count, t->symbol_key, t->symbol_flags,
                  t->ref_count, t->ref_scope, t->ref_name, t->ref_builtin};
  return v;
}

bool sg_gpu_sites(GpuBatch *batch, const uint8_t *name_builtin, bool device, SiteTable *t, GpuTimes *times) {
  sg_gpu_sites_free(t);
  if (device) {
    if (sg_gpu_sites_device(batch, name_builtin, t, times)) return true;
    times->device_failures++;
    sg_gpu_sites_free(t);
  }
  uint32_t n = batch->count, cap = n ? n : 1;
  FlatView v = sg_gpu_batch_view(batch);
  /* steps 1-2: scopes */
  uint32_t *link = sg_malloc(cap * sizeof *link), *tmp = sg_malloc(cap * sizeof *tmp);
  for (uint32_t i = 0; i < n; i++) link[i] = sg_sites_scope_link(&v, i);
  sg_gpu_scope_jump_host(link, tmp, n);
  for (uint32_t i = 0; i < n; i++) link[i] &= ~SG_SITES_RESOLVED;
  t->scope_of = link;
  t->scope_kind = sg_malloc(cap);
  t->scope_parent = sg_malloc(cap * sizeof *t->scope_parent);
  for (uint32_t i = 0; i < n; i++) {
    t->scope_kind[i] = sg_sites_opens(&v, i);
    uint32_t from = t->scope_kind[i] == SG_SITES_NO_SCOPE ? SG_NONE : sg_sites_parent_from(&v, i);
    t->scope_parent[i] = from == SG_NONE ? SG_NONE : link[from];
  }
  /* step 3: classify, then compact sites and references (scan + scatter) */
  SitesScopes scopes = {t->scope_of, t->scope_kind, t->scope_parent};
  Site *site = sg_malloc(cap * sizeof *site);
  uint32_t nsites = 0, nrefs = 0;
  for (uint32_t i = 0; i < n; i++) {
    site[i] = sg_sites_classify(&v, &scopes, i);
    nsites += site[i].scope != SG_NONE;
    nrefs += site[i].reference;
  }
  uint64_t *keys = sg_malloc((nsites ? nsites : 1) * sizeof *keys);
  uint16_t *flags = sg_malloc((nsites ? nsites : 1) * sizeof *flags);
  uint32_t *nodes = sg_malloc((nsites ? nsites : 1) * sizeof *nodes);
  t->ref_node = sg_malloc((nrefs ? nrefs : 1) * sizeof *t->ref_node);
  t->ref_scope = sg_malloc((nrefs ? nrefs : 1) * sizeof *t->ref_scope);
  t->ref_name = sg_malloc((nrefs ? nrefs : 1) * sizeof *t->ref_name);
  t->ref_builtin = sg_malloc(nrefs ? nrefs : 1);
  uint32_t ks = 0, kr = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (site[i].scope != SG_NONE) {
      keys[ks] = ((uint64_t)site[i].scope << 32) | v.name_id[i];
      flags[ks] = (uint16_t)(site[i].flags | (site[i].decl ? SG_SITES_DECL : 0));
      nodes[ks++] = i;
    }
    if (site[i].reference) {
      t->ref_node[kr] = i;
      t->ref_scope[kr] = link[i];
      t->ref_name[kr] = v.name_id[i];
      t->ref_builtin[kr++] = name_builtin[v.name_id[i]];
    }
  }
  sg_free(site);
  sg_free(tmp);
  t->ref_count = nrefs;
  /* sort by (scope, name), stable: a key's sites stay in source order */
  sg_gpu_radix_sort_host(keys, nodes, flags, nsites);
  uint64_t *implied = sg_malloc((nsites ? nsites : 1) * sizeof *implied);
  uint32_t nimplied = 0;
  t->symbol_count = sg_gpu_sites_reduce_host(keys, flags, nodes, nsites, t->scope_parent, implied, &nimplied);
  t->symbol_key = keys;
  t->symbol_flags = flags;
  sg_gpu__sites_imply(t, implied, nimplied);
  sg_free(implied);
  sg_free(nodes);
  /* search per reference */
  t->ref_kind = sg_malloc(nrefs ? nrefs : 1);
  t->ref_symbol = sg_malloc((nrefs ? nrefs : 1) * sizeof *t->ref_symbol);
  LookupView lv = sg_gpu_sites_view(t);
  for (uint32_t r = 0; r < nrefs; r++) t->ref_symbol[r] = sg_lookup_reference(&lv, r, &t->ref_kind[r]);
  return !device;
}
