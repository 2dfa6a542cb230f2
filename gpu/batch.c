#include "gpu/gpu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/clock.h"

GpuBatch *sg_gpu_batch_new(NameTable *names) {
  GpuBatch *self = sg_calloc(1, sizeof(GpuBatch));
  sg_names_init(&self->own_names);
  self->names = names ? names : &self->own_names;
  return self;
}

static void sg_gpu__free_results(GpuBatch *self) {
  sg_free(self->cand_node);
  sg_free(self->cand_mask);
  sg_free(self->per_file);
  self->cand_node = self->cand_mask = NULL;
  self->per_file = NULL;
  self->cand_count = 0;
  self->per_file_nodes.len = 0;
}

void sg_gpu_batch_delete(GpuBatch *self) {
  if (!self) return;
  sg_gpu_device_release(self);
  sg_gpu__free_results(self);
  sg_free(self->kind);
  sg_free(self->field);
  sg_free(self->flags);
  sg_free(self->parent);
  sg_free(self->first_child);
  sg_free(self->next_sibling);
  sg_free(self->name_id);
  array_free(&self->file_start);
  array_free(&self->per_file_nodes);
  sg_names_free(&self->own_names);
  sg_free(self);
}

/* The merged name table is kept across batches: ids stay stable for a scan. */
void sg_gpu_batch_clear(GpuBatch *self) {
  sg_gpu__free_results(self);
  self->count = 0;
  self->file_start.len = 0;
  self->version++;
}

static void sg_gpu__reserve(GpuBatch *self, uint32_t need) {
  if (need <= self->capacity) return;
  uint64_t cap = self->capacity ? self->capacity : 1u << 16;
  while (cap < need) cap *= 2;
  if (cap > UINT32_MAX - 1) cap = UINT32_MAX - 1;  /* node ids are 32-bit; SG_NONE stays free */
  self->kind = sg_realloc(self->kind, cap * sizeof *self->kind);
  self->field = sg_realloc(self->field, cap * sizeof *self->field);
  self->flags = sg_realloc(self->flags, cap * sizeof *self->flags);
  self->parent = sg_realloc(self->parent, cap * sizeof *self->parent);
  self->first_child = sg_realloc(self->first_child, cap * sizeof *self->first_child);
  self->next_sibling = sg_realloc(self->next_sibling, cap * sizeof *self->next_sibling);
  self->name_id = sg_realloc(self->name_id, cap * sizeof *self->name_id);
  self->capacity = (uint32_t)cap;
}

uint32_t sg_gpu_batch_add(GpuBatch *self, const FlatTree *tree, GpuTimes *times) {
  double t0 = sg_clock_now();
  uint32_t base = self->count, n = tree ? tree->count : 0;
  if ((uint64_t)base + n > SG_GPU_MAX_BATCH_NODES) return SG_NONE;
  array_push(&self->file_start, base);
  sg_gpu__reserve(self, base + n);
  if (n) {
    memcpy(self->kind + base, tree->kind, n * sizeof *tree->kind);
    memcpy(self->field + base, tree->field, n * sizeof *tree->field);
    memcpy(self->flags + base, tree->flags, n * sizeof *tree->flags);
    /* per-file name id -> merged id, interned once per distinct name */
    uint32_t local = tree->names.text.len;
    uint32_t *map = sg_malloc((local ? local : 1) * sizeof *map);
    for (uint32_t id = 0; id < local; id++)
      map[id] = id < NAME__WELL_KNOWN ? id
              : sg_names_intern(self->names, tree->names.text.items[id], tree->names.length.items[id]);
    for (uint32_t i = 0; i < n; i++) {
      uint32_t pa = tree->parent[i], fc = tree->first_child[i], ns = tree->next_sibling[i];
      uint32_t nm = tree->name_id[i];
      self->parent[base + i] = pa == SG_NONE ? SG_NONE : pa + base;
      self->first_child[base + i] = fc == SG_NONE ? SG_NONE : fc + base;
      self->next_sibling[base + i] = ns == SG_NONE ? SG_NONE : ns + base;
      self->name_id[base + i] = nm == SG_NONE ? SG_NONE : map[nm];
    }
    sg_free(map);
  }
  self->count = base + n;
  self->version++;
  if (times) times->build += sg_clock_now() - t0;
  return self->file_start.len - 1;
}

void sg_gpu_batch_too_big(void) {
  fprintf(stderr, "snag: a batch of files has more than %u syntax nodes, too many for the GPU path; "
                  "run with --backend cpu\n", SG_GPU_MAX_BATCH_NODES);
}

FlatView sg_gpu_batch_view(const GpuBatch *self) {
  FlatView v = {self->count, self->kind, self->field, self->flags, self->parent, self->first_child,
                self->next_sibling, self->name_id};
  return v;
}

/* ---- host reference: the kernels' steps, one node after another ------------- */

void sg_gpu_flag_host(const FlatView *view, uint32_t *masks) {
  for (uint32_t i = 0; i < view->count; i++) masks[i] = sg_candidate_mask(view, i);
  for (uint32_t i = 0; i < view->count; i++) {  /* the scatter (atomicOr on the device) */
    uint32_t bit, to = sg_candidate_scatter(view, i, &bit);
    if (to != SG_NONE) masks[to] |= bit;
  }
}

/* SNG203's join (rules/candidates.h): the mutation keys flagged, compacted
 * and radix-sorted; one search per class binding marks its class. */
void sg_gpu_class_join_host(const FlatView *view, const uint32_t *file_start, uint32_t files, uint32_t *masks) {
  uint32_t n = view->count, count = 0;
  uint64_t *keys = sg_malloc((n ? n : 1) * sizeof *keys);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t name = sg_candidate_mutated_attribute(view, i);
    if (name != SG_NONE) keys[count++] = sg_candidate_join_key(sg_candidate_file_of(file_start, files, i), name);
  }
  sg_gpu_radix_sort_host(keys, NULL, NULL, count);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t name, cls = sg_candidate_class_binding(view, i, &name);
    if (cls == SG_NONE) continue;
    uint64_t key = sg_candidate_join_key(sg_candidate_file_of(file_start, files, i), name);
    if (sg_lookup_key(keys, count, key) != SG_NONE) masks[cls] |= 1u << CANDIDATE_SHARED_CLASS;
  }
  sg_free(keys);
}

/* Exclusive scan of (mask != 0), then scatter: the stream compaction the
 * device does with a decoupled look-back scan. */
uint32_t sg_gpu_compact_host(const uint32_t *masks, uint32_t n, uint32_t *offsets,
                             uint32_t *cand_node, uint32_t *cand_mask) {
  uint32_t sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    offsets[i] = sum;
    sum += masks[i] != 0;
  }
  for (uint32_t i = 0; i < n; i++)
    if (masks[i]) {
      cand_node[offsets[i]] = i;
      cand_mask[offsets[i]] = masks[i];
    }
  return sum;
}

/* Candidates back to per-file, per-kind lists of file-local node ids;
 * the per-kind totals go to times. */
static void sg_gpu__split(GpuBatch *self, GpuTimes *times) {
  uint32_t files = self->file_start.len;
  self->per_file = sg_calloc(files ? files : 1, sizeof(Candidates));
  /* count per (file, kind), then lay the lists out in one array */
  uint32_t *counts = sg_calloc((size_t)(files ? files : 1) * CANDIDATE__COUNT, sizeof(uint32_t));
  uint32_t f = 0, total = 0;
  for (uint32_t c = 0; c < self->cand_count; c++) {
    uint32_t node = self->cand_node[c];
    while (f + 1 < files && self->file_start.items[f + 1] <= node) f++;
    for (int k = 0; k < CANDIDATE__COUNT; k++)
      if (self->cand_mask[c] & (1u << k)) counts[f * CANDIDATE__COUNT + k]++, times->per_kind[k]++, total++;
  }
  self->per_file_nodes.len = 0;
  array_reserve(&self->per_file_nodes, total ? total : 1);
  uint32_t *store = self->per_file_nodes.items, at = 0;
  for (f = 0; f < files; f++)
    for (int k = 0; k < CANDIDATE__COUNT; k++) {
      self->per_file[f].nodes[k] = store + at;
      at += counts[f * CANDIDATE__COUNT + k];
    }
  f = 0;
  for (uint32_t c = 0; c < self->cand_count; c++) {
    uint32_t node = self->cand_node[c];
    while (f + 1 < files && self->file_start.items[f + 1] <= node) f++;
    Candidates *pf = &self->per_file[f];
    if (node == self->file_start.items[f] && (self->cand_mask[c] & (1u << CANDIDATE_PROCESS_FILE)))
      pf->all |= 1u << CANDIDATE_PROCESS_CALL;
    for (int k = 0; k < CANDIDATE__COUNT; k++)
      if (self->cand_mask[c] & (1u << k))
        ((uint32_t *)pf->nodes[k])[pf->count[k]++] = node - self->file_start.items[f];
  }
  self->per_file_nodes.len = total;
  sg_free(counts);
}

bool sg_gpu_candidates(GpuBatch *self, bool device, GpuTimes *times) {
  sg_gpu__free_results(self);
  uint32_t n = self->count;
  self->cand_node = sg_malloc((n ? n : 1) * sizeof(uint32_t));
  self->cand_mask = sg_malloc((n ? n : 1) * sizeof(uint32_t));
  bool failed = device && !sg_gpu_candidates_device(self, self->cand_node, self->cand_mask, &self->cand_count, times);
  times->device_failures += failed;
  if (!device || failed) {
    double t0 = sg_clock_now();
    FlatView view = sg_gpu_batch_view(self);
    uint32_t *masks = sg_malloc((n ? n : 1) * sizeof(uint32_t));
    uint32_t *offsets = sg_malloc((n ? n : 1) * sizeof(uint32_t));
    sg_gpu_flag_host(&view, masks);
    sg_gpu_class_join_host(&view, self->file_start.items, self->file_start.len, masks);
    self->cand_count = sg_gpu_compact_host(masks, n, offsets, self->cand_node, self->cand_mask);
    sg_free(offsets);
    sg_free(masks);
    times->kernels += sg_clock_now() - t0;
  }
  double t1 = sg_clock_now();
  sg_gpu__split(self, times);
  times->split += sg_clock_now() - t1;
  times->nodes += n;
  times->candidates += self->cand_count;
  times->batches++;
  return !failed;
}
