#include "parser/alloc.h"

#include <stdio.h>
#include <stdlib.h>

static void sg_alloc__die(size_t size) {
  fprintf(stderr, "snag: out of memory (allocating %zu bytes)\n", size);
  abort();
}

void *sg_malloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) sg_alloc__die(size);
  return p;
}

void *sg_calloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) sg_alloc__die(count * size);
  return p;
}

void *sg_realloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p) sg_alloc__die(size);
  return p;
}

char *sg_strdup(const char *s) { return sg_strndup(s, strlen(s)); }

char *sg_strndup(const char *s, size_t n) {
  char *p = sg_malloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void sg_free(void *ptr) { free(ptr); }

void sg_array__reserve(void **items, uint32_t *cap, size_t elem, uint32_t need) {
  if (need <= *cap) return;
  uint32_t n = *cap ? *cap : 8;
  while (n < need) n = n > UINT32_MAX / 2 ? need : n * 2;  /* no wrap to 0: that loops forever */
  *items = sg_realloc(*items, (size_t)n * elem);
  *cap = n;
}

struct ArenaChunk {
  ArenaChunk *next;
  size_t size;
  _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

void *sg_arena_alloc(Arena *self, size_t size) {
  size = (size + 7) & ~(size_t)7;
  if (!self->head || self->used + size > self->size) {
    size_t chunk = size > ARENA_CHUNK ? size : ARENA_CHUNK;
    ArenaChunk *c = sg_malloc(sizeof(ArenaChunk) + chunk);
    c->next = self->head;
    c->size = chunk;
    self->head = c;
    self->used = 0;
    self->size = chunk;
  }
  void *p = self->head->data + self->used;
  self->used += size;
  memset(p, 0, size);
  return p;
}

char *sg_arena_strndup(Arena *self, const char *s, size_t n) {
  char *p = sg_arena_alloc(self, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void sg_arena_free(Arena *self) {
  if (!self) return;
  for (ArenaChunk *c = self->head, *next; c; c = next) {
    next = c->next;
    sg_free(c);
  }
  self->head = NULL;
  self->used = self->size = 0;
}
