#include "parser/tswalk.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

/* tree-sitter's own headers (deps/node_modules/tree-sitter/vendor/tree-sitter/lib/src);
 * their array.h takes the names of parser/alloc.h's macros, so only its
 * functions are declared here */
#include "language.h"
#include "subtree.h"
#include "tree.h"

void *sg_realloc(void *p, size_t n);
void sg_free(void *p);
void *sg_calloc(size_t n, size_t size);

/* The field of each structural child of each production (what the cursor
 * finds scanning the production's field map, non-inherited entries only),
 * made once, for the first language walked (Python's), and kept for the
 * process: read-only once made. */
typedef struct FieldTable {
  const TSLanguage *language;
  uint32_t width;          /* max_alias_sequence_length */
  TSFieldId *field;        /* [production * width + structural index] */
} FieldTable;

static _Atomic(const FieldTable *) sg_tree_walk__fields;
static pthread_mutex_t sg_tree_walk__fields_lock = PTHREAD_MUTEX_INITIALIZER;

static FieldTable *sg_tree_walk__make_fields(const TSLanguage *lang) {
  uint32_t width = lang->max_alias_sequence_length, n = lang->production_id_count;
  TSFieldId *field = sg_calloc((size_t)n * width + 1, sizeof(TSFieldId));
  for (uint32_t p = 0; p < n; p++) {
    const TSFieldMapEntry *map, *end;
    ts_language_field_map(lang, p, &map, &end);
    /* the first entry for an index wins, as the cursor's scan */
    for (; map < end; map++)
      if (!map->inherited && map->child_index < width && !field[(size_t)p * width + map->child_index])
        field[(size_t)p * width + map->child_index] = map->field_id;
  }
  FieldTable *t = sg_calloc(1, sizeof(FieldTable));
  *t = (FieldTable){lang, width, field};
  return t;
}

/* The table for lang, made by the first walk; NULL for another language
 * than that one (the walk then scans the field maps itself). */
static const FieldTable *sg_tree_walk__field_table(const TSLanguage *lang) {
  const FieldTable *t = atomic_load(&sg_tree_walk__fields);
  if (!t) {
    pthread_mutex_lock(&sg_tree_walk__fields_lock);
    t = atomic_load(&sg_tree_walk__fields);
    if (!t) atomic_store(&sg_tree_walk__fields, t = sg_tree_walk__make_fields(lang));
    pthread_mutex_unlock(&sg_tree_walk__fields_lock);
  }
  return t->language == lang ? t : NULL;
}

/* A node's facts as TSNode's accessors give them (node.c). */
static void sg_tree_walk__fill(const TSLanguage *lang, Subtree t, TSSymbol alias, uint32_t start, TSFieldId field,
                               TreeWalkNode *out) {
  TSSymbol symbol = alias ? alias : ts_subtree_symbol(t);
  if (symbol != ts_builtin_sym_error) symbol = lang->public_symbol_map[symbol];  /* ts_language_public_symbol */
  out->symbol = symbol;
  out->field = field;
  out->start = start;
  out->end = start + ts_subtree_size(t).bytes;
  out->named = alias ? ts_language_symbol_metadata(lang, alias).named : ts_subtree_named(t);
  out->extra = ts_subtree_extra(t);
  out->missing = ts_subtree_missing(t);
  out->error = symbol == ts_builtin_sym_error;
  out->has_error = ts_subtree_error_cost(t) > 0;
  out->has_children = ts_subtree_visible_child_count(t) > 0;
}

static void sg_tree_walk__push(TreeWalk *self, Subtree t, uint32_t start, TSFieldId inherit, bool visible) {
  const TSLanguage *lang = self->tree->language;
  uint16_t production = t.ptr->production_id;
  if (self->depth == self->cap) {
    self->cap = self->cap ? self->cap * 2 : 64;
    self->frames = sg_realloc(self->frames, self->cap * sizeof(TreeWalkFrame));
  }
  self->frames[self->depth++] = (TreeWalkFrame){ts_subtree_children(t), t.ptr->child_count, 0, 0, start,
                                                ts_language_alias_sequence(lang, production), production,
                                                inherit, visible};
}

void sg_tree_walk_init(TreeWalk *self, const TSTree *tree) {
  *self = (TreeWalk){.tree = tree, .fields = sg_tree_walk__field_table(tree->language)};
}

uint32_t sg_tree_walk_count(const TSTree *tree) {
  return ts_subtree_visible_descendant_count(tree->root) + 1;
}

void sg_tree_walk_free(TreeWalk *self) {
  sg_free(self->frames);
  self->frames = NULL;
  self->depth = self->cap = 0;
}

TreeWalkEvent sg_tree_walk_next(TreeWalk *self, TreeWalkNode *out) {
  const TSLanguage *lang = self->tree->language;
  if (!self->started) {
    self->started = true;
    Subtree root = self->tree->root;
    uint32_t start = ts_subtree_padding(root).bytes;
    sg_tree_walk__fill(lang, root, 0, start, 0, out);
    if (out->has_children) sg_tree_walk__push(self, root, start, 0, true);
    return TREE_WALK_ENTER;
  }
  while (self->depth) {
    TreeWalkFrame *f = &self->frames[self->depth - 1];
    if (f->index == f->count) {
      bool visible = f->visible;
      self->depth--;
      if (visible) return TREE_WALK_LEAVE;
      continue;
    }
    const Subtree *children = f->children;
    Subtree child = children[f->index];
    uint32_t start = f->position;
    bool extra = ts_subtree_extra(child);
    TSSymbol alias = !extra && f->aliases ? f->aliases[f->structural] : 0;
    TSFieldId field = 0;
    if (!extra) {
      /* the cursor's walk up: its own entry in the parent's production,
       * else what a hidden parent inherits */
      if (self->fields && f->structural < self->fields->width) {
        field = self->fields->field[(size_t)f->production * self->fields->width + f->structural];
      } else {
        const TSFieldMapEntry *map, *end;
        ts_language_field_map(lang, f->production, &map, &end);
        for (; map < end; map++)
          if (!map->inherited && map->child_index == f->structural) {
            field = map->field_id;
            break;
          }
      }
      if (!field) field = f->inherit;
      f->structural++;
    }
    f->position += ts_subtree_size(child).bytes;
    f->index++;
    if (f->index < f->count) f->position += ts_subtree_padding(children[f->index]).bytes;
    if (ts_subtree_visible(child) || alias) {
      sg_tree_walk__fill(lang, child, alias, start, field, out);
      if (out->has_children) sg_tree_walk__push(self, child, start, 0, true);
      return TREE_WALK_ENTER;
    }
    if (ts_subtree_visible_child_count(child) > 0) sg_tree_walk__push(self, child, start, field, false);
  }
  return TREE_WALK_DONE;
}
