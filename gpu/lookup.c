#include <string.h>

#include "gpu/gpu.h"

void sg_gpu_lookup_add(LookupBatch *self, const SemanticModel *m) {
  uint32_t sbase = self->scope_kind.len, ybase = self->symbol_key.len;
  array_push(&self->scope_base, sbase);
  array_push(&self->symbol_base, ybase);
  array_push(&self->ref_base, self->ref_scope.len);
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    array_push(&self->scope_kind, (uint8_t)sc->kind);
    array_push(&self->scope_parent, sc->parent == SG_NONE ? SG_NONE : sc->parent + sbase);
  }
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    array_push(&self->symbol_key, ((uint64_t)(sym->scope + sbase) << 32) | sym->name);
    array_push(&self->symbol_flags, sym->flags);
    array_push(&self->symbol_id, y + ybase);
  }
  const FlatTree *t = m->tree;
  /* whether each of the file's names is a builtin's, worked out once a name */
  uint32_t names = t->names.text.len;
  uint8_t *builtin = sg_malloc(names ? names : 1);
  memset(builtin, 2, names ? names : 1);  /* 2: not known yet */
  array_reserve(&self->ref_scope, self->ref_scope.len + m->references.len);
  array_reserve(&self->ref_name, self->ref_name.len + m->references.len);
  array_reserve(&self->ref_builtin, self->ref_builtin.len + m->references.len);
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    uint32_t name = t->name_id[ref->node];
    if (builtin[name] == 2) {
      const char *text = sg_names_text(&t->names, name);
      builtin[name] = (uint8_t)sg_model_is_builtin((uint32_t)strlen(text), text);
    }
    array_push(&self->ref_scope, ref->scope + sbase);
    array_push(&self->ref_name, name);
    array_push(&self->ref_builtin, builtin[name]);
  }
  sg_free(builtin);
}

void sg_gpu_lookup_free(LookupBatch *self) {
  array_free(&self->scope_kind);
  array_free(&self->scope_parent);
  array_free(&self->symbol_key);
  array_free(&self->symbol_flags);
  array_free(&self->symbol_id);
  array_free(&self->ref_scope);
  array_free(&self->ref_name);
  array_free(&self->ref_builtin);
  array_free(&self->scope_base);
  array_free(&self->symbol_base);
  array_free(&self->ref_base);
  sg_free(self->ref_kind);
  sg_free(self->ref_symbol);
  *self = (LookupBatch){0};
}

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

LookupView sg_gpu_lookup_view(const LookupBatch *self) {
  LookupView v = {self->scope_kind.items, self->scope_parent.items, self->symbol_key.len,
                  self->symbol_key.items, self->symbol_flags.items, self->symbol_id.items,
                  self->ref_scope.len, self->ref_scope.items, self->ref_name.items, self->ref_builtin.items};
  return v;
}

void sg_gpu_lookup(LookupBatch *self, bool device, GpuTimes *times) {
  uint32_t nr = self->ref_scope.len;
  sg_free(self->ref_kind);
  sg_free(self->ref_symbol);
  self->ref_kind = sg_malloc(nr ? nr : 1);
  self->ref_symbol = sg_malloc((nr ? nr : 1) * sizeof(uint32_t));
  if (device) {
    sg_gpu_lookup_device(self, times);
    return;
  }
  /* the host reference's time is the caller's `resolve` (no transfers) */
  (void)times;
  sg_gpu_radix_sort_host(self->symbol_key.items, self->symbol_id.items, self->symbol_flags.items,
                         self->symbol_key.len);
  LookupView v = sg_gpu_lookup_view(self);
  for (uint32_t r = 0; r < nr; r++) self->ref_symbol[r] = sg_lookup_reference(&v, r, &self->ref_kind[r]);
}
