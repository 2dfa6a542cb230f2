/* Candidates: cheap per-node predicates over the FlatTree's arrays alone
 * (kinds, fields, links, name ids: no text, no model) that every node a
 * rule could report passes. They are written once, SG_HOSTDEV, so gpu/
 * evaluates them for millions of nodes at a time on the device (or its
 * host reference on the CPU); the rules then confirm only the candidates.
 * A predicate must be a superset of what its rules report: the GPU
 * equivalence test (tests/gpu) checks that every diagnostic of the CPU path
 * comes back through the candidate path, over the fixtures and the stdlib.
 *
 * Nodes are indices into the view's arrays, so a view may be one file's
 * FlatTree or a batch of many (gpu/batch.h) with links offset per file. */
#ifndef SG_CANDIDATES_H
#define SG_CANDIDATES_H

#include <stdint.h>

#include "analyses/classes.h"
#include "analyses/concurrency.h"
#include "analyses/lookup.h"
#include "analyses/loops.h"
#include "analyses/processes.h"
#include "analyses/values.h"
#include "parser/flatview.h"

typedef enum CandidateKind {
  CANDIDATE_MUTABLE_DEFAULT,  /* SNG201, SNG202: a parameter default that is no literal */
  CANDIDATE_SHARED_FILL,      /* SNG206: `[...] * n`, `x.fromkeys(...)` */
  CANDIDATE_LOOP_CLOSURE,     /* SNG301: a lambda or def inside a loop or comprehension */
  CANDIDATE_LOOP,             /* SNG401-SNG404: a loop (analyses/loops.h sg_loops_candidate) */
  CANDIDATE_CLASS,            /* SNG204: a class with a class-level assignment of a
                                 non-literal (sg_candidate_scatter) */
  CANDIDATE_PROCESS_CALL,     /* SNG601-SNG606: a call that may hand work to a process or
                                 start one (analyses/processes.h sg_processes_candidate) */
  CANDIDATE_LOCK_SITE,        /* SNG5xx: where a lock region may start
                                 (analyses/concurrency.h sg_concurrency_site) */
  CANDIDATE_PROCESS_FILE,     /* on a file's root: every call is a CANDIDATE_PROCESS_CALL
                                 (sg_processes_widens, scattered) */
  CANDIDATE_SHARED_CLASS,     /* SNG203: a class whose class-level non-literal binding of a
                                 name meets, in the same file, an in-place mutation of
                                 `<obj>.<name>` (the join of sg_candidate_class_binding and
                                 sg_candidate_mutated_attribute by (file, name)) */
  CANDIDATE__COUNT
} CandidateKind;

/* Per file, for the rules: each kind's candidate nodes, ascending. A
 * RuleContext without Candidates means "every node" (the CPU path). */
typedef struct Candidates {
  const uint32_t *nodes[CANDIDATE__COUNT];
  uint32_t count[CANDIDATE__COUNT];
  uint32_t all;  /* kinds (1 << CandidateKind) for which every node counts */
} Candidates;

SG_HOSTDEV static inline bool sg_candidate__display(const FlatView *v, uint32_t node) {
  return node != SG_NONE && (v->kind[node] == KIND_LIST || v->kind[node] == KIND_TUPLE);
}

/* A lambda or def with a loop or comprehension around it (up to the root:
 * a closure inside a nested def inside a loop is late-bound as well). */
SG_HOSTDEV static inline bool sg_candidate__in_loop(const FlatView *v, uint32_t i) {
  for (uint32_t p = v->parent[i]; p != SG_NONE; p = v->parent[p]) {
    uint16_t k = v->kind[p];
    if (k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT || k == KIND_LIST_COMPREHENSION ||
        k == KIND_SET_COMPREHENSION || k == KIND_DICTIONARY_COMPREHENSION || k == KIND_GENERATOR_EXPRESSION)
      return true;
  }
  return false;
}

/* The candidate kinds node i belongs to, as a bit mask (1 << CandidateKind). */
SG_HOSTDEV static inline uint32_t sg_candidate_mask(const FlatView *v, uint32_t i) {
  uint16_t k = v->kind[i];
  if (sg_loops_candidate(v, i)) return 1u << CANDIDATE_LOOP;
  if (sg_concurrency_site(v, i)) return 1u << CANDIDATE_LOCK_SITE;
  if (k == KIND_LAMBDA || k == KIND_FUNCTION_DEFINITION)
    return sg_candidate__in_loop(v, i) ? 1u << CANDIDATE_LOOP_CLOSURE : 0;
  if (k == KIND_DEFAULT_PARAMETER || k == KIND_TYPED_DEFAULT_PARAMETER) {
    uint32_t value = sg_view_unparen(v, sg_view_field(v, i, FIELD_VALUE));
    return value != SG_NONE && !sg_value_literal_kind(v->kind[value]) ? 1u << CANDIDATE_MUTABLE_DEFAULT : 0;
  }
  if (k == KIND_BINARY_OPERATOR) {
    uint32_t op = sg_view_field(v, i, FIELD_OPERATOR);
    if (op == SG_NONE || v->kind[op] != KIND_TOKEN_STAR) return 0;
    bool display = sg_candidate__display(v, sg_view_unparen(v, sg_view_field(v, i, FIELD_LEFT))) ||
                   sg_candidate__display(v, sg_view_unparen(v, sg_view_field(v, i, FIELD_RIGHT)));
    return display ? 1u << CANDIDATE_SHARED_FILL : 0;
  }
  if (k == KIND_CALL) {
    uint32_t mask = sg_processes_candidate(v, i) ? 1u << CANDIDATE_PROCESS_CALL : 0;
    uint32_t fn = sg_view_field(v, i, FIELD_FUNCTION);
    if (fn == SG_NONE || v->kind[fn] != KIND_ATTRIBUTE) return mask;
    uint32_t attr = sg_view_field(v, fn, FIELD_ATTRIBUTE);
    return mask | (attr != SG_NONE && v->name_id[attr] == NAME_FROMKEYS ? 1u << CANDIDATE_SHARED_FILL : 0);
  }
  return 0;
}

/* The class a class-level assignment with a non-literal value belongs to
 * (a direct statement of the class body, as analyses/classes collects
 * attributes), or SG_NONE. */
SG_HOSTDEV static inline uint32_t sg_candidate__class_of(const FlatView *v, uint32_t i) {
  if (v->kind[i] != KIND_ASSIGNMENT) return SG_NONE;
  uint32_t st = v->parent[i];
  if (st == SG_NONE || v->kind[st] != KIND_EXPRESSION_STATEMENT) return SG_NONE;
  uint32_t body = v->parent[st];
  if (body == SG_NONE || v->kind[body] != KIND_BLOCK || v->field[body] != FIELD_BODY) return SG_NONE;
  uint32_t cls = v->parent[body];
  if (cls == SG_NONE || v->kind[cls] != KIND_CLASS_DEFINITION) return SG_NONE;
  uint32_t value = sg_view_unparen(v, sg_view_field(v, i, FIELD_RIGHT));
  return value != SG_NONE && !sg_value_literal_kind(v->kind[value]) ? cls : SG_NONE;
}

/* A second, scattering predicate: node i marks another node — a class
 * with a class-level non-literal assignment (CANDIDATE_CLASS), or its
 * file's root when the process names no longer tell
 * (CANDIDATE_PROCESS_FILE). Returns the marked node or SG_NONE, and the
 * bit in *bit. Several nodes may mark one: the device ORs atomically. */
SG_HOSTDEV static inline uint32_t sg_candidate_scatter(const FlatView *v, uint32_t i, uint32_t *bit) {
  uint32_t cls = sg_candidate__class_of(v, i);
  if (cls != SG_NONE) {
    *bit = 1u << CANDIDATE_CLASS;
    return cls;
  }
  if (!sg_processes_widens(v, i)) return SG_NONE;
  uint32_t root = i;
  while (v->parent[root] != SG_NONE) root = v->parent[root];
  *bit = 1u << CANDIDATE_PROCESS_FILE;
  return root;
}

/* ---- SNG203: a join by (file, name) ------------------------------------------
 * A shared class attribute needs two sites: the class-level binding and a
 * mutation through an instance in a method of that class or of a
 * same-file subclass. Neither site alone says much (most class-level
 * lists are never mutated through `self`), so the GPU path keys both by
 * (file, name) — the file, not the class, because a same-file subclass's
 * method counts and class bases are a model question — sorts the
 * mutation keys and keeps each class binding whose key it finds. */

/* The class of a class-level assignment of a non-literal to a plain name
 * (what analyses/classes collects as an attribute), with the name id in
 * *name; else SG_NONE. */
SG_HOSTDEV static inline uint32_t sg_candidate_class_binding(const FlatView *v, uint32_t i, uint32_t *name) {
  uint32_t cls = sg_candidate__class_of(v, i);
  if (cls == SG_NONE) return SG_NONE;
  uint32_t left = sg_view_field(v, i, FIELD_LEFT);
  if (left == SG_NONE || v->kind[left] != KIND_IDENTIFIER) return SG_NONE;
  *name = v->name_id[left];
  return cls;
}

/* The attribute name id of `<identifier>.<name>` mutated in place
 * (analyses/classes.h sg_classes_mutation_of), passed as an argument to a
 * call (a helper may mutate it: analyses/summaries.h), or returned (a
 * property may hand it out to be changed), whoever the object is; else
 * SG_NONE. */
SG_HOSTDEV static inline uint32_t sg_candidate_mutated_attribute(const FlatView *v, uint32_t i) {
  if (v->kind[i] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t obj = sg_view_unparen(v, sg_view_field(v, i, FIELD_OBJECT));
  uint32_t attr = sg_view_field(v, i, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || attr == SG_NONE || v->kind[obj] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t p = v->parent[i];
  if (p != SG_NONE && v->kind[p] == KIND_KEYWORD_ARGUMENT && v->field[i] == FIELD_VALUE) p = v->parent[p];
  if (p != SG_NONE && v->kind[p] == KIND_ARGUMENT_LIST) return v->name_id[attr];
  /* handed out (`return self._rules` in a property): changed through the getter */
  if (p != SG_NONE && v->kind[p] == KIND_RETURN_STATEMENT) return v->name_id[attr];
  return sg_classes_mutation_of(v, i) != SG_NONE ? v->name_id[attr] : SG_NONE;
}

/* The file of a batch node: the last file_start[f] <= node. */
SG_HOSTDEV static inline uint32_t sg_candidate_file_of(const uint32_t *file_start, uint32_t files, uint32_t node) {
  uint32_t lo = 0, hi = files;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (file_start[mid] <= node) lo = mid;
    else hi = mid;
  }
  return lo;
}

SG_HOSTDEV static inline uint64_t sg_candidate_join_key(uint32_t file, uint32_t name) {
  return ((uint64_t)file << 32) | name;
}

/* The candidates of one kind, or NULL for "every node" (no Candidates: the
 * CPU path; or the kind is in c->all). */
static inline const uint32_t *sg_candidates_list(const Candidates *c, CandidateKind kind, uint32_t *count) {
  if (!c || (c->all & (1u << kind))) return *count = 0, (const uint32_t *)NULL;
  *count = c->count[kind];
  return c->nodes[kind];
}

/* Is node a candidate of this kind? Always true without Candidates. */
static inline bool sg_candidates_has(const Candidates *c, CandidateKind kind, uint32_t node) {
  if (!c || (c->all & (1u << kind))) return true;
  uint32_t lo = 0, hi = c->count[kind];
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (c->nodes[kind][mid] < node) lo = mid + 1;
    else hi = mid;
  }
  return lo < c->count[kind] && c->nodes[kind][lo] == node;
}

#endif
