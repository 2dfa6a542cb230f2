/* gpu/: the batch path for big scans. Worker threads parse and flatten a
 * batch of files; the batch's FlatTrees are concatenated into one set of
 * device-friendly arrays (GpuBatch: links offset per file, identifier ids
 * merged into one name table); the rule-candidate predicates of
 * rules/candidates.h run over every node at once — on the device (CUDA,
 * gpu/candidates.cu, over one copy of the arrays per batch that
 * gpu/upload.cu makes on the batch's own stream) or through the host
 * reference that performs the same steps on the CPU (flag every node, the
 * SNG203 join, exclusive scan, scatter the candidates, split them per
 * file); the binding table is built from the same arrays (gpu/sites.c,
 * gpu/sites.cu); and the rules confirm only the candidates
 * (lint/lint.h sg_lint_end). cli/batch.c drives it as a pipeline.
 *
 * The caller owns a GpuBatch (sg_gpu_batch_new/_delete) and the Candidates
 * it gets back (valid until the next sg_gpu_batch_clear). */
#ifndef SG_GPU_H
#define SG_GPU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyses/lookup.h"
#include "analyses/sites.h"
#include "parser/flat.h"
#include "rules/candidates.h"

#define SG_GPU_MAX_BATCH_NODES 0x7fffffffu

typedef struct GpuTimes {
  double build;     /* concatenating the FlatTrees, merging names */
  double staging;   /* host: laying a batch's arrays out in pinned memory for its copy */
  double h2d;       /* the candidates step: host -> device copies (the transfer alone) */
  double kernels;   /* ... flag + scan + scatter (the host reference's: its CPU time) */
  double d2h;       /* ... device -> host copies */
  double table_h2d, table_kernels, table_d2h;  /* the same phases of the binding table's device step
                                                  (inside `resolve`, not in the three above) */
  double split;     /* candidates back to per-file lists */
  double resolve;   /* wall: the batch's name resolution (sort + search), incl. transfers */
  double step;      /* wall: the batch steps (build .. resolve) on their own thread */
  double pool;      /* wall: the worker pool busy with read/parse/flatten, models, rules */
  double stall;     /* wall: the pool waiting for a batch step to finish */
  uint64_t nodes, candidates, batches;
  uint64_t per_kind[CANDIDATE__COUNT];  /* candidates of each kind */
  uint64_t fallbacks;  /* files whose model resolved itself (the table disagreed: should stay 0) */
  uint64_t device_failures;  /* device steps that failed and ran on the host instead */
} GpuTimes;

/* A batch's arrays on the device, with its stream (gpu/upload.cu). */
typedef struct GpuDeviceBatch GpuDeviceBatch;

typedef struct GpuBatch {
  uint32_t count;        /* nodes */
  uint32_t capacity;
  uint16_t *kind;
  uint8_t *field;
  uint8_t *flags;
  uint32_t *parent;      /* global node ids (SG_NONE stays SG_NONE) */
  uint32_t *first_child;
  uint32_t *next_sibling;
  uint32_t *name_id;     /* global name ids; well-known names keep theirs */
  Array(uint32_t) file_start;  /* first node of each file */
  NameTable *names;      /* the merged name table (own_names, or shared) */
  NameTable own_names;
  /* results of sg_gpu_candidates */
  uint32_t *cand_node;   /* compacted candidates: global node ids, ascending */
  uint32_t *cand_mask;
  uint32_t cand_count;
  Candidates *per_file;  /* file_start.len entries */
  Array(uint32_t) per_file_nodes;  /* backing store of per_file[].nodes */
  uint64_t version;      /* bumped by every change: the device copy is current when it matches */
  GpuDeviceBatch *device;  /* NULL until a device step runs */
} GpuBatch;

/* names: a merged name table to share with another batch (ids stay
 * stable across a scan), or NULL for the batch's own. */
GpuBatch *sg_gpu_batch_new(NameTable *names);
void sg_gpu_batch_delete(GpuBatch *self);  /* NULL-safe */
void sg_gpu_batch_clear(GpuBatch *self);
/* Appends one file's tree (NULL for a file that did not parse: it gets no
 * nodes and empty candidates); returns its index in the batch. A batch
 * holds at most SG_GPU_MAX_BATCH_NODES nodes (ids are 32-bit and the
 * device's scan counts in int): past that it adds nothing and returns
 * SG_NONE, and the caller stops (sg_gpu_batch_too_big says why). */
uint32_t sg_gpu_batch_add(GpuBatch *self, const FlatTree *tree, GpuTimes *times);
void sg_gpu_batch_too_big(void);
FlatView sg_gpu_batch_view(const GpuBatch *self);

/* Computes the batch's candidates: on the device when `device` (see
 * sg_gpu_device_available), else — or when the device step fails — with
 * the host reference. Fills self->cand_* and self->per_file. Returns false
 * when the device was asked and failed (times->device_failures counts). */
bool sg_gpu_candidates(GpuBatch *self, bool device, GpuTimes *times);

/* The host reference steps, with the flat signatures of their kernels. */
void sg_gpu_flag_host(const FlatView *view, uint32_t *masks);
void sg_gpu_class_join_host(const FlatView *view, const uint32_t *file_start, uint32_t files, uint32_t *masks);
uint32_t sg_gpu_compact_host(const uint32_t *masks, uint32_t n, uint32_t *offsets,
                             uint32_t *cand_node, uint32_t *cand_mask);

/* Frees the batch's device copy and stream (a no-op without one). */
void sg_gpu_device_release(GpuBatch *batch);

/* Whether this build has CUDA and a device is present; when not, why. */
bool sg_gpu_device_available(char *why, size_t cap);
/* The device's name and driver, for benchmark reports ("" without one). */
void sg_gpu_device_describe(char *buf, size_t cap);

/* Device side (gpu/candidates.cu; a stub without CUDA): the same steps as
 * sg_gpu_flag_host + sg_gpu_class_join_host + sg_gpu_compact_host over the
 * batch's device copy (uploaded once for both device steps, on the batch's
 * own stream). Sets *count; fills cand_node/cand_mask (host memory).
 * False when a CUDA call failed or the batch would not fit in the device's
 * free memory (said on stderr; the batch's device side released): the
 * caller runs the host reference instead. */
bool sg_gpu_candidates_device(GpuBatch *batch, uint32_t *cand_node, uint32_t *cand_mask, uint32_t *count,
                              GpuTimes *times);

/* ---- the binding table from the nodes (analyses/sites.h) ---------------- */

/* A batch's scopes, symbols and references computed from its arrays
 * alone — no semantic model — and every reference resolved. Scopes are
 * named by their opening node (batch-global), symbols by their index in
 * the sorted key array. */
typedef struct SiteTable {
  uint32_t *scope_of;       /* [node] the scope node it is evaluated in */
  uint8_t *scope_kind;      /* [node] ScopeKind, or SG_SITES_NO_SCOPE */
  uint32_t *scope_parent;   /* [node] parent scope node (scope nodes only) */
  uint32_t symbol_count;
  uint64_t *symbol_key;     /* (scope node << 32) | merged name id, ascending */
  uint16_t *symbol_flags;   /* SYMBOL_* as collect leaves them */
  uint32_t ref_count;
  uint32_t *ref_node;       /* ascending */
  uint32_t *ref_scope, *ref_name;
  uint8_t *ref_builtin;
  uint8_t *ref_kind;        /* results: ReferenceKind */
  uint32_t *ref_symbol;     /* index into symbol_key, or SG_NONE */
} SiteTable;

/* Builds and resolves the table: on the device when `device`, else — or
 * when the device step fails — with the host reference. name_builtin[id]:
 * whether the merged name is a builtin's. Returns false when the device
 * was asked and failed. */
bool sg_gpu_sites(GpuBatch *batch, const uint8_t *name_builtin, bool device, SiteTable *out,
                  GpuTimes *times);
void sg_gpu_sites_free(SiteTable *self);
/* LSD radix sort of keys (with ids alongside), 16 bits a pass: the host
 * reference of the device's cub::DeviceRadixSort; ids and flags may be NULL. */
void sg_gpu_radix_sort_host(uint64_t *keys, uint32_t *ids, uint16_t *flags, uint32_t n);

/* Whether each merged name is a builtin's (a reference's last resort),
 * worked out once a name as the table grows; free .flags. */
typedef struct NameBuiltins {
  uint8_t *flags;
  uint32_t known, capacity;
} NameBuiltins;
const uint8_t *sg_gpu_name_builtins(const NameTable *names, NameBuiltins *cache);
LookupView sg_gpu_sites_view(const SiteTable *self);
/* Host reference steps with their kernels' flat signatures: pointer jumping
 * until every link is resolved (returns the rounds); the reduction of
 * sorted sites per key (OR of flags; with `implied`, the module keys that
 * `global` declarations imply). */
uint32_t sg_gpu_scope_jump_host(uint32_t *link, uint32_t *tmp, uint32_t n);
uint32_t sg_gpu_sites_reduce_host(uint64_t *keys, uint16_t *flags, const uint32_t *nodes, uint32_t n,
                                  const uint32_t *scope_parent, uint64_t *implied, uint32_t *implied_count);
/* Device side (gpu/sites.cu; a stub without CUDA); false as
 * sg_gpu_candidates_device (*out then empty). */
bool sg_gpu_sites_device(GpuBatch *batch, const uint8_t *name_builtin, SiteTable *out, GpuTimes *times);

#endif
