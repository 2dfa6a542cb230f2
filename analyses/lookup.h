/* Lookup: name resolution as a parallel search, for the GPU path. The
 * symbol table is a sorted array of (scope, name) keys instead of the
 * model's hash table, so every reference resolves independently — a binary
 * search in its scope, then in each enclosing scope in turn — with Python's
 * rules exactly as sg_model_lookup applies them (class scopes skipped by
 * nested scopes, `global`/`nonlocal` declarations, PEP 695 annotation
 * scopes, the implicit `__class__` cell, module names then builtins).
 * gpu/sites.c and gpu/sites.cu build the arrays for a batch of files from
 * its nodes alone (analyses/sites.h) and run the search on the CPU or the
 * device; `snag debug lookup` checks every reference against the semantic
 * model. Arrays are borrowed. */
#ifndef SG_LOOKUP_H
#define SG_LOOKUP_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/hostdev.h"

typedef struct LookupView {
  const uint8_t *scope_kind;     /* ScopeKind */
  const uint32_t *scope_parent;  /* SG_NONE for a module */
  uint32_t symbol_count;
  const uint64_t *symbol_key;    /* (scope << 32) | name, ascending */
  const uint16_t *symbol_flags;  /* SYMBOL_* as collecting the bindings leaves them */
  uint32_t reference_count;
  const uint32_t *ref_scope;
  const uint32_t *ref_name;      /* the batch's merged name id */
  const uint8_t *ref_builtin;    /* the name is a builtin's */
} LookupView;

/* The index of key in sorted[0..n) (ascending), or SG_NONE: the search
 * every sorted-key table of the GPU path shares (symbols, SNG203's join). */
SG_HOSTDEV static inline uint32_t sg_lookup_key(const uint64_t *sorted, uint32_t n, uint64_t key) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && sorted[lo] == key ? lo : SG_NONE;
}

SG_HOSTDEV static inline uint32_t sg_lookup_find(const LookupView *v, uint32_t scope, uint32_t name) {
  return sg_lookup_key(v->symbol_key, v->symbol_count, ((uint64_t)scope << 32) | name);
}

/* sg_model__global: a module-level name, else a builtin, else unresolved. */
SG_HOSTDEV static inline uint32_t sg_lookup__global(const LookupView *v, uint32_t module, uint32_t name,
                                                    bool builtin, uint8_t *kind) {
  uint32_t k = sg_lookup_find(v, module, name);
  if (k != SG_NONE && (v->symbol_flags[k] & (SYMBOL_BOUND | SYMBOL_BOUND_IN_FUNCTION))) {
    *kind = REFERENCE_GLOBAL;
    return k;
  }
  *kind = builtin ? REFERENCE_BUILTIN : REFERENCE_UNRESOLVED;
  if (*kind == REFERENCE_UNRESOLVED && k != SG_NONE) *kind = REFERENCE_GLOBAL;
  return *kind == REFERENCE_GLOBAL ? k : SG_NONE;
}

SG_HOSTDEV static inline uint32_t sg_lookup__module(const LookupView *v, uint32_t s) {
  while (v->scope_parent[s] != SG_NONE) s = v->scope_parent[s];
  return s;
}

/* Reference r's kind (ReferenceKind) and symbol (batch-global, or SG_NONE),
 * as sg_model_lookup gives them. */
SG_HOSTDEV static inline uint32_t sg_lookup_reference(const LookupView *v, uint32_t r, uint8_t *kind) {
  uint32_t scope = v->ref_scope[r], name = v->ref_name[r];
  bool first = true, skipped_class = false;
  uint32_t visible_class = SG_NONE;
  if (v->scope_kind[scope] == SCOPE_TYPE_PARAMS) visible_class = v->scope_parent[scope];
  for (uint32_t s = scope; s != SG_NONE; s = v->scope_parent[s], first = false) {
    if (!first && v->scope_kind[s] == SCOPE_CLASS && s != visible_class) {
      skipped_class = true;
      continue;
    }
    if (v->scope_kind[s] == SCOPE_MODULE) {
      if (skipped_class && name == NAME_DUNDER_CLASS) {
        *kind = REFERENCE_FREE;
        return SG_NONE;
      }
      return sg_lookup__global(v, s, name, v->ref_builtin[r], kind);
    }
    uint32_t k = sg_lookup_find(v, s, name);
    if (k == SG_NONE) continue;
    uint16_t fl = v->symbol_flags[k];
    if (fl & SYMBOL_GLOBAL) return sg_lookup__global(v, sg_lookup__module(v, s), name, v->ref_builtin[r], kind);
    if (fl & SYMBOL_NONLOCAL) continue;
    if (fl & (SYMBOL_BOUND | SYMBOL_ANNOTATED)) {
      *kind = first ? REFERENCE_LOCAL : REFERENCE_FREE;
      return k;
    }
  }
  *kind = REFERENCE_UNRESOLVED;
  return SG_NONE;
}

#endif
