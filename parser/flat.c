#include "parser/flat.h"
#include "parser/tswalk.h"

#include "parser/comments.h"
#include "parser/flatview.h"

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

/* ---- Python 2 syntax ---------------------------------------------------- */

/* Is the anonymous token text among node's direct children? */
bool sg_flat_same_text(const FlatTree *self, uint32_t a, uint32_t b) {
  uint32_t la, lb;
  if (a == SG_NONE || b == SG_NONE) return false;
  const char *ta = sg_flat_text(self, a, &la), *tb = sg_flat_text(self, b, &lb);
  return la == lb && !memcmp(ta, tb, la);
}

bool sg_flat_has_token(const FlatTree *t, uint32_t node, const char *text) {
  for (uint32_t c = t->first_child[node]; c != SG_NONE; c = t->next_sibling[c])
    if (!(t->flags[c] & FLAT_NAMED) && sg_flat_text_is(t, c, text)) return true;
  return false;
}

/* A string prefix CPython 3 accepts: one of r u f b br rb fr rf, any case
 * (and Python 3.14's t-strings: t tr rt). */
static bool sg_flat__valid_prefix(const char *s, uint32_t n) {
  if (n > 2) return false;
  char a = n > 0 ? (char)(s[0] | 0x20) : 0, b = n > 1 ? (char)(s[1] | 0x20) : 0;
  if (n <= 1) return n == 0 || a == 'r' || a == 'u' || a == 'f' || a == 'b' || a == 't';
  return (a == 'r' && (b == 'b' || b == 'f' || b == 't')) ||
         (b == 'r' && (a == 'b' || a == 'f' || a == 't'));
}

/* In an except_clause with an unparenthesized comma: the Python 2 binding
 * name of `except E, e:` (a lowercase identifier last), else SG_NONE. */
static uint32_t sg_flat__except_binding(const FlatTree *t, uint32_t clause) {
  /* `except E, e:` binds e in Python 2. Python 3.14 reads `except A, B:` as a
   * tuple of types (PEP 758), so only a lowercase name after the last comma
   * counts: an exception class named like a variable is implausible, and
   * unbound it raises NameError anyway. */
  uint32_t last = SG_NONE;
  bool comma = false;
  for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_BLOCK || t->kind[c] == KIND_TOKEN_COLON) break;
    if (t->flags[c] & FLAT_NAMED) { if (t->kind[c] != KIND_COMMENT) last = c; }
    else if (sg_flat_text_is(t, c, ",")) comma = true;
  }
  /* `except A, B as e:`: no version reads it */
  if (comma && last != SG_NONE && t->kind[last] == KIND_AS_PATTERN) return last;
  if (!comma || last == SG_NONE || t->kind[last] != KIND_IDENTIFIER) return SG_NONE;
  char first = t->source->text[t->start_byte[last]];
  return (first >= 'a' && first <= 'z') || first == '_' ? last : SG_NONE;
}

const char *sg_flat_python2(const FlatTree *t, uint32_t i) {
  switch (t->kind[i]) {
    case KIND_PRINT_STATEMENT: {
      /* `print >> f, x` is a Python 3 expression (a shift in a tuple) */
      uint32_t first = sg_flat_named_child(t, i);
      if (first != SG_NONE && t->kind[first] == KIND_CHEVRON) return NULL;
      return "SyntaxError: Python 2 `print` statement; in Python 3 it is a function: `print(...)`";
    }
    case KIND_EXEC_STATEMENT:
      return "SyntaxError: Python 2 `exec` statement; in Python 3 it is a function: `exec(...)`";
    case KIND_EXCEPT_CLAUSE:
      return sg_flat__except_binding(t, i) != SG_NONE
                 ? "SyntaxError: Python 2 `except E, name:`; write `except E as name:` (a tuple of "
                   "types in parentheses: `except (A, B) as name:`)"
                 : NULL;
    case KIND_RAISE_STATEMENT: {
      uint32_t value = sg_flat_named_child(t, i);
      return value != SG_NONE && t->kind[value] == KIND_EXPRESSION_LIST
                 ? "SyntaxError: Python 2 `raise E, value`; write `raise E(value)`"
                 : NULL;
    }
    case KIND_IDENTIFIER:
      /* keywords since Python 3.7; Python 2 and 3.6 code used them as names */
      if (sg_flat_text_is(t, i, "async")) return "SyntaxError: `async` is a keyword since Python 3.7; rename it";
      if (sg_flat_text_is(t, i, "await")) return "SyntaxError: `await` is a keyword since Python 3.7; rename it";
      return NULL;
    case KIND_COMPARISON_OPERATOR:
      return sg_flat_has_token(t, i, "<>") ? "SyntaxError: Python 2 `<>` operator; write `!=`" : NULL;
    case KIND_TUPLE_PATTERN:
    case KIND_LIST_PATTERN:
      return t->parent[i] != SG_NONE && (t->kind[t->parent[i]] == KIND_PARAMETERS ||
                                         t->kind[t->parent[i]] == KIND_LAMBDA_PARAMETERS)
                 ? "SyntaxError: Python 2 tuple parameter; unpack the argument in the body"
                 : NULL;
    case KIND_INTEGER: {
      uint32_t len;
      const char *s = sg_flat_text(t, i, &len);
      if (len && (s[len - 1] == 'L' || s[len - 1] == 'l'))
        return "SyntaxError: Python 2 long integer suffix `L`; Python 3 integers need none";
      /* 0777 is an error; 00, 0_0, 0777j and 0777.5 are fine */
      bool digits = true, nonzero = false;
      for (uint32_t k = 0; k < len; k++) {
        digits &= (s[k] >= '0' && s[k] <= '9') || s[k] == '_';
        nonzero |= s[k] >= '1' && s[k] <= '9';
      }
      return len > 1 && s[0] == '0' && digits && nonzero
                 ? "SyntaxError: leading zeros in decimal integer literals are not permitted; "
                   "use an 0o prefix for octal integers"
                 : NULL;
    }
    case KIND_STRING: {
      uint32_t start = t->first_child[i];
      if (start == SG_NONE) return NULL;
      uint32_t len;
      const char *s = sg_flat_text(t, start, &len);
      if (len && s[0] == '`') return "SyntaxError: Python 2 backquotes; use `repr(...)`";
      uint32_t n = 0;
      while (n < len && s[n] != '"' && s[n] != '\'') n++;
      return n < len && !sg_flat__valid_prefix(s, n)
                 ? "SyntaxError: invalid string prefix (Python 2 `ur`?); Python 3 accepts r, u, b, f, "
                   "br, rb, fr, rf"
                 : NULL;
    }
    default:
      return NULL;
  }
}

/* ---- flattening --------------------------------------------------------- */

static void sg_flat__reserve(FlatTree *self, uint32_t cap) {
#define GROW(arr) self->arr = sg_realloc(self->arr, (size_t)cap * sizeof(*self->arr))
  GROW(kind); GROW(symbol); GROW(field); GROW(flags);
  GROW(parent); GROW(first_child); GROW(next_sibling); GROW(subtree_end);
  GROW(start_byte); GROW(end_byte); GROW(start_row); GROW(start_col); GROW(name_id);
#undef GROW
  self->capacity = cap;
}

static void sg_flat__grow(FlatTree *self) {
  sg_flat__reserve(self, self->capacity ? self->capacity * 2 : 1024);
}

typedef struct FlatFrame { uint32_t node, last_child; } FlatFrame;

/* Python 2 syntax the grammar accepts is a syntax error for CPython 3: the
 * node, once its subtree is flattened, is marked FLAT_PYTHON2 and its
 * ancestors FLAT_HAS_ERROR like those of an ERROR node. */
static void sg_flat__python2(FlatTree *self, uint32_t node) {
  if (!sg_flat_python2(self, node)) return;
  self->flags[node] |= FLAT_PYTHON2;
  for (uint32_t p = node; p != SG_NONE && !(self->flags[p] & FLAT_HAS_ERROR); p = self->parent[p])
    self->flags[p] |= FLAT_HAS_ERROR;
}

/* The whole-line comments the parser did not see (parser/comments.h), put
 * back in pre-order: each becomes a child of the innermost open node, in
 * front of the first node that starts after it. */
typedef struct FlatComments {
  CommentSpans spans;
  uint32_t next;
  uint16_t symbol;
} FlatComments;

static void sg_flat__comment(FlatTree *self, FlatFrame *frame, const FlatComments *c, const CommentSpan *span) {
  if (self->count == self->capacity) sg_flat__grow(self);
  uint32_t id = self->count++;
  self->kind[id] = KIND_COMMENT;
  self->symbol[id] = c->symbol;
  self->field[id] = FIELD_NONE;
  self->flags[id] = FLAT_NAMED | FLAT_EXTRA;
  self->first_child[id] = SG_NONE;
  self->next_sibling[id] = SG_NONE;
  self->subtree_end[id] = id;
  self->start_byte[id] = span->start;
  self->end_byte[id] = span->end;
  self->start_row[id] = span->row;
  self->start_col[id] = span->col;
  self->name_id[id] = SG_NONE;
  self->parent[id] = frame->node;
  if (frame->last_child == SG_NONE) self->first_child[frame->node] = id;
  else self->next_sibling[frame->last_child] = id;
  frame->last_child = id;
  if (self->end_byte[frame->node] < span->end) self->end_byte[frame->node] = span->end;
}

/* Indentation as tree-sitter-python's scanner counts it: a tab is 8, a
 * form feed starts again. */
static uint32_t sg_flat__indent(const char *text, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t i = from; i < to; i++) n = text[i] == '\t' ? n + 8 : text[i] == '\f' ? 0 : n + 1;
  return n;
}

/* The comments right after a block that its scanner keeps inside it: a
 * dedent waits for the first comment line indented less than the block. */
static void sg_flat__block_tail(FlatTree *self, FlatFrame *frame, FlatComments *c) {
  const Source *src = self->source;
  uint32_t block = frame->node, from = src->line_starts[self->start_row[block]];
  uint32_t indent = sg_flat__indent(src->text, from, self->start_byte[block]);
  while (c->next < c->spans.len) {
    const CommentSpan *span = &c->spans.items[c->next];
    uint32_t line = span->start - span->col;
    if (sg_flat__indent(src->text, line, span->start) < indent) return;
    for (uint32_t i = self->end_byte[block]; i < span->start; i++)
      if (src->text[i] != ' ' && src->text[i] != '\t' && src->text[i] != '\f' && src->text[i] != '\r' &&
          src->text[i] != '\n')
        return;  /* code comes first */
    sg_flat__comment(self, frame, c, span);
    c->next++;
  }
}

/* The comments that start before `before`, as children of frame's node. */
static void sg_flat__comments_until(FlatTree *self, FlatFrame *frame, FlatComments *c, uint32_t before) {
  while (c->next < c->spans.len && c->spans.items[c->next].start < before)
    sg_flat__comment(self, frame, c, &c->spans.items[c->next++]);
}

/* One visible node, as the tree walk (or the cursor) reports it. */
typedef struct FlatNodeIn {
  TSSymbol symbol;
  TSFieldId field;
  uint32_t start, end;
  bool named, extra, missing, error, has_error;
} FlatNodeIn;

typedef struct FlatBuild {
  FlatTree *self;
  const Grammar *g;
  Array(FlatFrame) stack;
  FlatComments comments;
  uint32_t row;  /* the line of the last node's start */
} FlatBuild;

/* Adds a node under the open one; returns its id. */
static uint32_t sg_flat__enter(FlatBuild *b, const FlatNodeIn *in) {
  FlatTree *self = b->self;
  const Source *source = self->source;
  const Grammar *g = b->g;
  uint32_t start = in->start, end = in->end;
  if (b->stack.len) sg_flat__comments_until(self, &array_last(&b->stack), &b->comments, start);
  if (self->count == self->capacity) sg_flat__grow(self);
  uint32_t id = self->count++;
  TSSymbol sym = in->symbol;
  uint16_t kind = sym < g->symbol_count ? g->kind_of_symbol[sym] : KIND_OTHER;
  uint8_t flags = 0;
  if (in->named) flags |= FLAT_NAMED;
  if (in->error) flags |= FLAT_ERROR, kind = KIND_ERROR;
  if (in->missing) flags |= FLAT_MISSING;
  if (in->extra) flags |= FLAT_EXTRA;
  if (in->has_error) flags |= FLAT_HAS_ERROR;
  TSFieldId fid = in->field;
  self->kind[id] = kind;
  self->symbol[id] = sym;
  self->field[id] = fid <= g->field_count ? g->field_of_id[fid] : FIELD_NONE;
  self->flags[id] = flags;
  self->first_child[id] = SG_NONE;
  self->next_sibling[id] = SG_NONE;
  self->subtree_end[id] = id;
  self->start_byte[id] = start;
  self->end_byte[id] = end;
  /* rows and byte columns from the text's own lines: the parsed view may
   * have joined a bracketed line to the next (parser/comments.h) */
  uint32_t row = b->row;
  if (row >= source->line_count || source->line_starts[row] > start) row = sg_source_line_of(source, start);
  while (row + 1 < source->line_count && source->line_starts[row + 1] <= start) row++;
  b->row = row;
  self->start_row[id] = row;
  self->start_col[id] = start - source->line_starts[row];
  self->name_id[id] = SG_NONE;
  if (kind == KIND_IDENTIFIER && !(flags & FLAT_MISSING)) {
    if (end > start && end <= source->len)
      self->name_id[id] = sg_names_intern(&self->names, source->text + start, end - start);
  }
  if (b->stack.len) {
    FlatFrame *top = &array_last(&b->stack);
    self->parent[id] = top->node;
    if (top->last_child == SG_NONE) self->first_child[top->node] = id;
    else self->next_sibling[top->last_child] = id;
    top->last_child = id;
  } else {
    self->parent[id] = SG_NONE;
    /* a file that starts with comments: the module starts with them */
    if (b->comments.spans.len && b->comments.spans.items[0].start < start) {
      self->start_byte[id] = b->comments.spans.items[0].start;
      self->start_row[id] = b->comments.spans.items[0].row;
      self->start_col[id] = b->comments.spans.items[0].col;
    }
  }
  return id;
}

/* A node with visible children opens: they go under it. */
static void sg_flat__open(FlatBuild *b, uint32_t id) {
  array_push(&b->stack, ((FlatFrame){id, SG_NONE}));
  if (b->stack.len > b->self->max_depth) b->self->max_depth = b->stack.len;
}

/* A leaf is complete. */
static void sg_flat__leaf(FlatBuild *b, uint32_t id, uint32_t start, uint32_t end) {
  FlatTree *self = b->self;
  FlatComments *c = &b->comments;
  /* a token's text is never a comment (a string's content the lexical
   * pass misread; or the parser saw the comment itself) */
  while (c->next < c->spans.len && c->spans.items[c->next].start < end && c->spans.items[c->next].start >= start)
    c->next++;
  if (b->stack.len == 0) {  /* a leaf root (a file of comments alone) */
    FlatFrame root = {id, SG_NONE};
    sg_flat__comments_until(self, &root, c, UINT32_MAX);
    self->subtree_end[id] = self->count - 1;
  }
  sg_flat__python2(self, id);
}

/* The open node closes: its children are all in place. */
static void sg_flat__close(FlatBuild *b) {
  FlatTree *self = b->self;
  FlatFrame *top = &array_last(&b->stack);
  /* trailing comments inside it; the root takes all that are left */
  sg_flat__comments_until(self, top, &b->comments, b->stack.len == 1 ? UINT32_MAX : self->end_byte[top->node]);
  if (self->kind[top->node] == KIND_BLOCK) sg_flat__block_tail(self, top, &b->comments);
  uint32_t closed = top->node;
  b->stack.len--;
  if (b->stack.len && self->end_byte[array_last(&b->stack).node] < self->end_byte[closed])
    self->end_byte[array_last(&b->stack).node] = self->end_byte[closed];
  self->subtree_end[closed] = self->count - 1;
  sg_flat__python2(self, closed);
}

static FlatTree *sg_flat__build(const TSTree *tree, const Source *source, bool cursor_walk) {
  FlatBuild b = {.g = sg_grammar_python()};
  FlatTree *self = b.self = sg_calloc(1, sizeof(FlatTree));
  self->source = source;
  sg_names_init(&self->names);
  b.comments.symbol = b.g->comment_symbol;
  sg_comments_scan(source->text, source->len, &b.comments.spans);
  /* the walk knows its node count: with the comments put back, the
   * arrays are sized once (no regrowth, no slack) */
  sg_flat__reserve(self, sg_tree_walk_count(tree) + b.comments.spans.len + 1);
  if (!cursor_walk) {
    TreeWalk w;
    sg_tree_walk_init(&w, tree);
    TreeWalkNode n;
    for (TreeWalkEvent e; (e = sg_tree_walk_next(&w, &n)) != TREE_WALK_DONE;) {
      if (e == TREE_WALK_LEAVE) {
        sg_flat__close(&b);
        continue;
      }
      FlatNodeIn in = {n.symbol, n.field, n.start, n.end, n.named, n.extra, n.missing, n.error, n.has_error};
      uint32_t id = sg_flat__enter(&b, &in);
      if (n.has_children) sg_flat__open(&b, id);
      else sg_flat__leaf(&b, id, n.start, n.end);
    }
    sg_tree_walk_free(&w);
  } else {
    /* the reference: tree-sitter's cursor and TSNode accessors */
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
    for (;;) {
      TSNode node = ts_tree_cursor_current_node(&cursor);
      FlatNodeIn in = {ts_node_symbol(node), ts_tree_cursor_current_field_id(&cursor), ts_node_start_byte(node),
                       ts_node_end_byte(node), ts_node_is_named(node), ts_node_is_extra(node),
                       ts_node_is_missing(node), ts_node_is_error(node), ts_node_has_error(node)};
      uint32_t id = sg_flat__enter(&b, &in);
      if (ts_tree_cursor_goto_first_child(&cursor)) {
        sg_flat__open(&b, id);
        continue;
      }
      sg_flat__leaf(&b, id, in.start, in.end);
      while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
        if (!ts_tree_cursor_goto_parent(&cursor)) goto done;
        sg_flat__close(&b);
      }
    }
  done:
    ts_tree_cursor_delete(&cursor);
  }
  array_free(&b.stack);
  array_free(&b.comments.spans);
  return self;
}

FlatTree *sg_flat_build(const TSTree *tree, const Source *source) {
  return sg_flat__build(tree, source, false);
}

FlatTree *sg_flat_build_reference(const TSTree *tree, const Source *source) {
  return sg_flat__build(tree, source, true);
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

uint32_t sg_flat_enclosing_loop(const FlatTree *self, uint32_t node) {
  for (uint32_t p = self->parent[node]; p != SG_NONE; p = self->parent[p]) {
    uint16_t k = self->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) return SG_NONE;
    if (k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT || k == KIND_LIST_COMPREHENSION ||
        k == KIND_GENERATOR_EXPRESSION || k == KIND_SET_COMPREHENSION || k == KIND_DICTIONARY_COMPREHENSION)
      return p;
  }
  return SG_NONE;
}

uint32_t sg_flat_last_statement(const FlatTree *self, uint32_t block) {
  uint32_t last = SG_NONE;
  for (uint32_t c = block == SG_NONE ? SG_NONE : self->first_child[block]; c != SG_NONE; c = self->next_sibling[c])
    if ((self->flags[c] & FLAT_NAMED) && self->kind[c] != KIND_COMMENT) last = c;
  return last;
}

bool sg_flat_block_leaves(const FlatTree *self, uint32_t block) {
  uint32_t last = sg_flat_last_statement(self, block);
  if (last == SG_NONE) return false;
  uint16_t k = self->kind[last];
  return k == KIND_RETURN_STATEMENT || k == KIND_RAISE_STATEMENT || k == KIND_CONTINUE_STATEMENT ||
         k == KIND_BREAK_STATEMENT;
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
