#include "parser/flat.h"
#include "parser/flatview.h"
#include "parser/parse.h"

static const char *const sg_flat__well_known[] = {
#define NAME(e, text) text,
#include "parser/names.def"
#undef NAME
};

/* ---- name table ----------------------------------------------------------- */

static uint32_t sg_names__hash(const char *s, uint32_t len) {
  uint32_t h = 2166136261u;  /* FNV-1a */
  for (uint32_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void sg_names__grow(NameTable *self) {
  uint32_t count = self->slot_count ? self->slot_count * 2 : 256;
  uint32_t *slots = sg_calloc(count, sizeof(uint32_t));
  for (uint32_t id = 0; id < self->text.len; id++) {
    uint32_t h = sg_names__hash(self->text.items[id], self->length.items[id]);
    for (uint32_t i = h & (count - 1);; i = (i + 1) & (count - 1))
      if (!slots[i]) { slots[i] = id + 1; break; }
  }
  sg_free(self->slots);
  self->slots = slots;
  self->slot_count = count;
}

uint32_t sg_names_find(const NameTable *self, const char *text, uint32_t len) {
  if (!self->slot_count) return SG_NONE;
  uint32_t mask = self->slot_count - 1;
  for (uint32_t i = sg_names__hash(text, len) & mask; self->slots[i]; i = (i + 1) & mask) {
    uint32_t id = self->slots[i] - 1;
    if (self->length.items[id] == len && memcmp(self->text.items[id], text, len) == 0)
      return id;
  }
  return SG_NONE;
}

uint32_t sg_names_intern(NameTable *self, const char *text, uint32_t len) {
  uint32_t id = sg_names_find(self, text, len);
  if (id != SG_NONE) return id;
  if ((self->text.len + 1) * 2 > self->slot_count) sg_names__grow(self);
  id = self->text.len;
  array_push(&self->text, sg_arena_strndup(&self->arena, text, len));
  array_push(&self->length, len);
  uint32_t mask = self->slot_count - 1;
  for (uint32_t i = sg_names__hash(text, len) & mask;; i = (i + 1) & mask)
    if (!self->slots[i]) { self->slots[i] = id + 1; break; }
  return id;
}

void sg_names_init(NameTable *self) {
  for (uint32_t i = 0; i < NAME__WELL_KNOWN; i++)
    sg_names_intern(self, sg_flat__well_known[i], (uint32_t)strlen(sg_flat__well_known[i]));
}

void sg_names_free(NameTable *self) {
  sg_arena_free(&self->arena);
  array_free(&self->text);
  array_free(&self->length);
  sg_free(self->slots);
}

/* ---- flattening --------------------------------------------------------- */

static void sg_flat__grow(FlatTree *self) {
  uint32_t cap = self->capacity ? self->capacity * 2 : 1024;
#define GROW(arr) self->arr = sg_realloc(self->arr, (size_t)cap * sizeof(*self->arr))
  GROW(kind); GROW(symbol); GROW(field); GROW(flags);
  GROW(parent); GROW(first_child); GROW(next_sibling); GROW(subtree_end);
  GROW(start_byte); GROW(end_byte); GROW(start_row); GROW(start_col); GROW(name_id);
#undef GROW
  self->capacity = cap;
}

typedef struct FlatFrame { uint32_t node, last_child; } FlatFrame;

/* Python 2 syntax the grammar accepts is a syntax error for CPython 3: the
 * node, once its subtree is flattened, is marked FLAT_PYTHON2 and its
 * ancestors FLAT_HAS_ERROR like those of an ERROR node. */
static void sg_flat__python2(FlatTree *self, uint32_t node) {
  if (!sg_parse_python2(self, node)) return;
  self->flags[node] |= FLAT_PYTHON2;
  for (uint32_t p = node; p != SG_NONE && !(self->flags[p] & FLAT_HAS_ERROR); p = self->parent[p])
    self->flags[p] |= FLAT_HAS_ERROR;
}

FlatTree *sg_flat_build(const TSTree *tree, const Source *source) {
  const Grammar *g = sg_grammar_python();
  FlatTree *self = sg_calloc(1, sizeof(FlatTree));
  self->source = source;
  sg_names_init(&self->names);
  /* A good first guess avoids most regrowth: about one node per 4 bytes. */
  while (self->capacity < source->len / 4 + 64) sg_flat__grow(self);

  Array(FlatFrame) stack = {0};
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (self->count == self->capacity) sg_flat__grow(self);
    uint32_t id = self->count++;
    TSSymbol sym = ts_node_symbol(node);
    uint16_t kind = sym < g->symbol_count ? g->kind_of_symbol[sym] : KIND_OTHER;
    uint8_t flags = 0;
    if (ts_node_is_named(node)) flags |= FLAT_NAMED;
    if (ts_node_is_error(node)) flags |= FLAT_ERROR, kind = KIND_ERROR;
    if (ts_node_is_missing(node)) flags |= FLAT_MISSING;
    if (ts_node_is_extra(node)) flags |= FLAT_EXTRA;
    if (ts_node_has_error(node)) flags |= FLAT_HAS_ERROR;
    TSFieldId fid = ts_tree_cursor_current_field_id(&cursor);
    self->kind[id] = kind;
    self->symbol[id] = sym;
    self->field[id] = fid <= g->field_count ? g->field_of_id[fid] : FIELD_NONE;
    self->flags[id] = flags;
    self->first_child[id] = SG_NONE;
    self->next_sibling[id] = SG_NONE;
    self->subtree_end[id] = id;
    self->start_byte[id] = ts_node_start_byte(node);
    self->end_byte[id] = ts_node_end_byte(node);
    TSPoint p = ts_node_start_point(node);
    self->start_row[id] = p.row;
    self->start_col[id] = p.column;
    self->name_id[id] = SG_NONE;
    if (kind == KIND_IDENTIFIER && !(flags & FLAT_MISSING)) {
      uint32_t a = self->start_byte[id], b = self->end_byte[id];
      if (b > a && b <= source->len)
        self->name_id[id] = sg_names_intern(&self->names, source->text + a, b - a);
    }
    if (stack.len) {
      FlatFrame *top = &array_last(&stack);
      self->parent[id] = top->node;
      if (top->last_child == SG_NONE) self->first_child[top->node] = id;
      else self->next_sibling[top->last_child] = id;
      top->last_child = id;
    } else {
      self->parent[id] = SG_NONE;
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      array_push(&stack, ((FlatFrame){id, SG_NONE}));
      if (stack.len > self->max_depth) self->max_depth = stack.len;
      continue;
    }
    sg_flat__python2(self, id);  /* a leaf is complete */
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) goto done;
      FlatFrame top = stack.items[--stack.len];
      self->subtree_end[top.node] = self->count - 1;
      sg_flat__python2(self, top.node);  /* its children are all in place */
    }
  }
done:
  ts_tree_cursor_delete(&cursor);
  array_free(&stack);
  return self;
}

void sg_flat_delete(FlatTree *self) {
  if (!self) return;
  sg_free(self->kind); sg_free(self->symbol); sg_free(self->field); sg_free(self->flags);
  sg_free(self->parent); sg_free(self->first_child); sg_free(self->next_sibling);
  sg_free(self->subtree_end); sg_free(self->start_byte); sg_free(self->end_byte);
  sg_free(self->start_row); sg_free(self->start_col); sg_free(self->name_id);
  sg_names_free(&self->names);
  sg_free(self);
}

/* Written once over the array view (parser/flatview.h), which the GPU
 * predicates use too. */
uint32_t sg_flat_field(const FlatTree *self, uint32_t node, FieldId field) {
  FlatView v = sg_flat_view(self);
  return sg_view_field(&v, node, (uint8_t)field);
}

uint32_t sg_flat_named_child(const FlatTree *self, uint32_t node) {
  FlatView v = sg_flat_view(self);
  return sg_view_named_child(&v, node);
}

uint32_t sg_flat_next_named(const FlatTree *self, uint32_t node) {
  FlatView v = sg_flat_view(self);
  return sg_view_next_named(&v, node);
}

uint32_t sg_flat_named_child_count(const FlatTree *self, uint32_t node) {
  uint32_t n = 0;
  for (uint32_t c = sg_flat_named_child(self, node); c != SG_NONE; c = sg_flat_next_named(self, c))
    n++;
  return n;
}

uint32_t sg_flat_unparen(const FlatTree *self, uint32_t node) {
  FlatView v = sg_flat_view(self);
  return sg_view_unparen(&v, node);
}

uint32_t sg_flat_call_arg(const FlatTree *self, uint32_t call, int index, const char *keyword) {
  uint32_t args = sg_flat_field(self, call, FIELD_ARGUMENTS);
  int i = 0;
  for (uint32_t a = sg_flat_named_child(self, args); a != SG_NONE; a = sg_flat_next_named(self, a)) {
    if (self->kind[a] == KIND_KEYWORD_ARGUMENT) {
      uint32_t name = sg_flat_field(self, a, FIELD_NAME);
      if (keyword && name != SG_NONE && sg_flat_text_is(self, name, keyword)) return sg_flat_field(self, a, FIELD_VALUE);
      continue;
    }
    if (self->kind[a] == KIND_LIST_SPLAT || self->kind[a] == KIND_DICTIONARY_SPLAT) return SG_NONE;
    if (i++ == index) return a;
  }
  return SG_NONE;
}
