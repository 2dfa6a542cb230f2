/* FlatTree: the one IR every analysis reads. A tree-sitter tree flattened in
 * pre-order by ONE cursor walk into parallel arrays indexed by node id
 * (uint32_t), with an interned name id for every identifier. "A is an
 * ancestor of B" is the interval test A < B <= subtree_end[A]. The FlatTree
 * does not keep the TSTree; it points at (does not own) its Source. Caller
 * frees with sg_flat_delete. */
#ifndef SG_FLAT_H
#define SG_FLAT_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/alloc.h"
#include "parser/grammar.h"
#include "parser/source.h"

#define SG_NONE UINT32_MAX

enum {
  FLAT_NAMED = 1 << 0,
  FLAT_ERROR = 1 << 1,    /* an ERROR node */
  FLAT_MISSING = 1 << 2,  /* a MISSING node inserted by error recovery */
  FLAT_EXTRA = 1 << 3,    /* comments and other extras */
  FLAT_HAS_ERROR = 1 << 4, /* the subtree contains an ERROR or MISSING node or
                              * a FLAT_PYTHON2 node */
  FLAT_PYTHON2 = 1 << 5   /* Python 2 syntax CPython 3 rejects (sg_flat_python2) */
};

typedef enum WellKnownName {
#define NAME(e, text) NAME_##e,
#include "parser/names.def"
#undef NAME
  NAME__WELL_KNOWN
} WellKnownName;

/* Identifier texts of one file, interned to dense ids. Ids below
 * NAME__WELL_KNOWN are the well-known names of names.def. */
typedef struct NameTable {
  Arena arena;
  Array(const char *) text;
  Array(uint32_t) length;
  uint32_t *slots;      /* open addressing: id + 1, 0 = empty */
  uint32_t slot_count;
} NameTable;

typedef struct FlatTree {
  uint32_t count;
  uint32_t capacity;
  uint16_t *kind;          /* NodeKind */
  uint16_t *symbol;        /* raw grammar symbol (for dumps) */
  uint8_t *field;          /* FieldId of the node in its parent */
  uint8_t *flags;
  uint32_t *parent;
  uint32_t *first_child;
  uint32_t *next_sibling;
  uint32_t *subtree_end;   /* id of the last descendant (itself if a leaf) */
  uint32_t *start_byte;
  uint32_t *end_byte;
  uint32_t *start_row;
  uint32_t *start_col;     /* bytes */
  uint32_t *name_id;       /* identifiers: interned id; others SG_NONE */
  NameTable names;
  const Source *source;
  uint32_t max_depth;
} FlatTree;

FlatTree *sg_flat_build(const TSTree *tree, const Source *source);
/* The same FlatTree built through tree-sitter's cursor and TSNode
 * accessors instead of parser/tswalk.h: the reference the walk is tested
 * against (tests/unit, `snag debug flat --check`). */
FlatTree *sg_flat_build_reference(const TSTree *tree, const Source *source);
void sg_flat_delete(FlatTree *self);

/* A zeroed table gets the well-known names at their fixed ids; free it
 * with sg_names_free (the table itself is the caller's). */
void sg_names_init(NameTable *self);
void sg_names_free(NameTable *self);
uint32_t sg_names_intern(NameTable *self, const char *text, uint32_t len);
/* SG_NONE when the text was never interned. */
uint32_t sg_names_find(const NameTable *self, const char *text, uint32_t len);
static inline const char *sg_names_text(const NameTable *self, uint32_t id) {
  return id < self->text.len ? self->text.items[id] : "";
}

/* The first child of node with the given field, or SG_NONE. */
uint32_t sg_flat_field(const FlatTree *self, uint32_t node, FieldId field);
/* The first named child of node (skipping comments), or SG_NONE. */
uint32_t sg_flat_named_child(const FlatTree *self, uint32_t node);
/* Next named sibling (skipping comments), or SG_NONE. */
uint32_t sg_flat_next_named(const FlatTree *self, uint32_t node);
uint32_t sg_flat_named_child_count(const FlatTree *self, uint32_t node);

static inline bool sg_flat_is_ancestor(const FlatTree *self, uint32_t a, uint32_t b) {
  return a < b && b <= self->subtree_end[a];
}
static inline const char *sg_flat_text(const FlatTree *self, uint32_t node, uint32_t *len) {
  *len = self->end_byte[node] - self->start_byte[node];
  return self->source->text + self->start_byte[node];
}
static inline bool sg_flat_text_is(const FlatTree *self, uint32_t node, const char *s) {
  uint32_t len;
  const char *t = sg_flat_text(self, node, &len);
  return strlen(s) == len && memcmp(t, s, len) == 0;
}
/* The name text of an identifier node. */
static inline const char *sg_flat_name(const FlatTree *self, uint32_t node) {
  return sg_names_text(&self->names, self->name_id[node]);
}
/* Skip parentheses around an expression. */
uint32_t sg_flat_unparen(const FlatTree *self, uint32_t node);
/* The innermost `for`/`while` loop or comprehension around node inside its
 * own function (not crossing a def, class or lambda), or SG_NONE: code
 * there may run many times. */
uint32_t sg_flat_enclosing_loop(const FlatTree *self, uint32_t node);
/* The last statement of a block (comments aside), or SG_NONE. */
uint32_t sg_flat_last_statement(const FlatTree *self, uint32_t block);
/* Does the block end by leaving it: its last statement a `return`,
 * `raise`, `continue` or `break`? */
bool sg_flat_block_leaves(const FlatTree *self, uint32_t block);
/* A call's argument: the `index`th positional one, or the keyword argument
 * named `keyword` (NULL: none) wherever it sits; SG_NONE when absent or
 * hidden behind a `*args`/`**kwargs` splat. */
uint32_t sg_flat_call_arg(const FlatTree *self, uint32_t call, int index, const char *keyword);
/* Python 2 syntax that tree-sitter-python accepts but CPython 3's compiler
 * rejects with a SyntaxError: a `print x` or `exec code` statement, `except
 * E, e:`, `raise E, msg`, backquotes, `<>`, `10L`, `0777`, a string prefix
 * such as `ur`, a tuple parameter `def f((a, b))`, and `async`/`await` used
 * as names (keywords since Python 3.7). The SyntaxError message
 * for node, or NULL when node is none of these. sg_flat_build marks such
 * nodes FLAT_PYTHON2 and their ancestors FLAT_HAS_ERROR, so a function that
 * contains one is treated like one with a parse error. */
const char *sg_flat_python2(const FlatTree *tree, uint32_t node);
/* Is the anonymous token text among node's direct children? */
bool sg_flat_has_token(const FlatTree *tree, uint32_t node, const char *text);
/* Do nodes a and b have the same source text (`self.x[k]` twice)? */
bool sg_flat_same_text(const FlatTree *tree, uint32_t a, uint32_t b);

#endif
