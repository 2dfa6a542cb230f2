/* Allocation for all of snag: every allocation goes through these, and
 * running out of memory aborts with a message (a linter cannot recover from
 * it). Growable arrays and the per-file arena live here too. */
#ifndef SG_ALLOC_H
#define SG_ALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *sg_malloc(size_t size);
void *sg_calloc(size_t count, size_t size);
void *sg_realloc(void *ptr, size_t size);
char *sg_strdup(const char *s);
char *sg_strndup(const char *s, size_t n);
void sg_free(void *ptr);

/* Array(T): a growable array. Zero-initialise, push, free. */
#define Array(T) struct { T *items; uint32_t len, cap; }

#define array_reserve(a, n) \
  sg_array__reserve((void **)&(a)->items, &(a)->cap, sizeof(*(a)->items), (n))
#define array_push(a, v) \
  (array_reserve((a), (a)->len + 1), (a)->items[(a)->len++] = (v))
#define array_free(a) \
  (sg_free((a)->items), (a)->items = NULL, (a)->len = (a)->cap = 0)
#define array_last(a) ((a)->items[(a)->len - 1])

void sg_array__reserve(void **items, uint32_t *cap, size_t elem, uint32_t need);

/* Arena: bump allocation freed all at once (one per file or document). */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
  ArenaChunk *head;
  size_t used, size;
} Arena;

void *sg_arena_alloc(Arena *self, size_t size);  /* zeroed, 8-aligned */
char *sg_arena_strndup(Arena *self, const char *s, size_t n);
void sg_arena_free(Arena *self);                 /* NULL-safe; reusable */

#endif
