#include "analyses/resolve.h"

#include <stdio.h>
#include <string.h>

/* The qualified name a single identifier load stands for, or NULL. */
static const char *sg_resolve__name(const SemanticModel *m, uint32_t ident, char *buf, size_t cap) {
  const FlatTree *t = m->tree;
  uint32_t r = m->node_reference[ident];
  if (r == SG_NONE) return NULL;
  const Reference *ref = &m->references.items[r];
  if (ref->kind == REFERENCE_BUILTIN) {
    snprintf(buf, cap, "builtins.%s", sg_flat_name(t, ident));
    return buf;
  }
  if (ref->symbol == SG_NONE) return NULL;
  /* the import all its bindings make (none when a function rebinds it
   * through `global`): found once per symbol when the model is built */
  const char *qualified = m->symbols.items[ref->symbol].import;
  if (!qualified || strlen(qualified) >= cap) return NULL;
  memcpy(buf, qualified, strlen(qualified) + 1);
  return buf;
}

const char *sg_resolve_qualified(const SemanticModel *m, uint32_t expr, char *buf, size_t cap) {
  const FlatTree *t = m->tree;
  expr = sg_flat_unparen(t, expr);
  /* Walk down the attribute chain to its base, remembering the names. */
  uint32_t attrs[32];
  int n = 0;
  while (expr != SG_NONE && t->kind[expr] == KIND_ATTRIBUTE) {
    if (n == 32) return NULL;
    uint32_t a = sg_flat_field(t, expr, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] == SG_NONE) return NULL;
    attrs[n++] = a;
    expr = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_OBJECT));
  }
  if (expr == SG_NONE || t->kind[expr] != KIND_IDENTIFIER) return NULL;
  if (!sg_resolve__name(m, expr, buf, cap)) return NULL;
  size_t len = strlen(buf);
  while (n > 0) {
    const char *name = sg_flat_name(t, attrs[--n]);
    size_t nl = strlen(name);
    if (len + 1 + nl + 1 > cap) return NULL;
    buf[len++] = '.';
    memcpy(buf + len, name, nl + 1);
    len += nl;
  }
  return buf;
}

bool sg_resolve_is(const SemanticModel *m, uint32_t expr, const char *qualified) {
  char buf[256];
  const char *q = sg_resolve_qualified(m, expr, buf, sizeof buf);
  return q && strcmp(q, qualified) == 0;
}
