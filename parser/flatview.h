/* FlatView: the FlatTree arrays a per-node predicate may read (kinds,
 * fields, flags, links, name ids: no text), as borrowed pointers, so one
 * SG_HOSTDEV predicate serves a single file's FlatTree on the CPU and a
 * batch of many files (gpu/batch.c, links offset per file) on the device.
 * Helpers here mirror parser/flat.h's. */
#ifndef SG_FLATVIEW_H
#define SG_FLATVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/flat.h"
#include "parser/hostdev.h"

/* The arrays a predicate reads (borrowed). */
typedef struct FlatView {
  uint32_t count;
  const uint16_t *kind;
  const uint8_t *field;
  const uint8_t *flags;
  const uint32_t *parent;
  const uint32_t *first_child;
  const uint32_t *next_sibling;
  const uint32_t *name_id;
} FlatView;

static inline FlatView sg_flat_view(const FlatTree *t) {
  FlatView v = {t->count, t->kind, t->field, t->flags, t->parent, t->first_child, t->next_sibling, t->name_id};
  return v;
}

SG_HOSTDEV static inline uint32_t sg_view_field(const FlatView *v, uint32_t node, uint8_t field) {
  if (node == SG_NONE) return SG_NONE;
  for (uint32_t c = v->first_child[node]; c != SG_NONE; c = v->next_sibling[c])
    if (v->field[c] == field) return c;
  return SG_NONE;
}

/* sg_flat_named_child over a view: the first named child that is no comment. */
SG_HOSTDEV static inline uint32_t sg_view_named_child(const FlatView *v, uint32_t node) {
  if (node == SG_NONE) return SG_NONE;
  for (uint32_t c = v->first_child[node]; c != SG_NONE; c = v->next_sibling[c])
    if ((v->flags[c] & FLAT_NAMED) && v->kind[c] != KIND_COMMENT) return c;
  return SG_NONE;
}

/* sg_flat_next_named over a view: the next named sibling that is no comment. */
SG_HOSTDEV static inline uint32_t sg_view_next_named(const FlatView *v, uint32_t node) {
  for (uint32_t c = v->next_sibling[node]; c != SG_NONE; c = v->next_sibling[c])
    if ((v->flags[c] & FLAT_NAMED) && v->kind[c] != KIND_COMMENT) return c;
  return SG_NONE;
}

/* sg_flat_unparen over a view: into the first named, non-comment child of
 * each parenthesized_expression. */
SG_HOSTDEV static inline uint32_t sg_view_unparen(const FlatView *v, uint32_t node) {
  while (node != SG_NONE && v->kind[node] == KIND_PARENTHESIZED_EXPRESSION) {
    uint32_t inner = sg_view_named_child(v, node);
    if (inner == SG_NONE) break;
    node = inner;
  }
  return node;
}

#endif
