/* TreeWalk: the visible nodes of a tree-sitter tree in pre-order, read
 * straight from the pinned runtime's subtree layout (tree-sitter 0.25's
 * lib/src/subtree.h) instead of through a TSTreeCursor. It reports what
 * the cursor would — the same nodes, symbols (aliases applied, public
 * symbols), field ids (inherited through hidden nodes), byte ranges and
 * flags — at a fraction of the cost: no TSNode per step, no field-map walk
 * up the stack per node, byte offsets only. The only file of snag that
 * reads tree-sitter's internals; tests/unit checks it against the cursor
 * node for node (sg_flat_build_reference). */
#ifndef SG_TSWALK_H
#define SG_TSWALK_H

#include <stdbool.h>
#include <stdint.h>
#include <tree_sitter/api.h>

typedef struct TreeWalkNode {
  TSSymbol symbol;        /* as ts_node_symbol */
  TSFieldId field;        /* as ts_tree_cursor_current_field_id */
  uint32_t start, end;    /* bytes */
  bool named, extra, missing, error, has_error;
  bool has_children;      /* visible nodes follow before its TREE_WALK_LEAVE */
} TreeWalkNode;

typedef enum TreeWalkEvent {
  TREE_WALK_ENTER,        /* a node (a leaf gets no LEAVE) */
  TREE_WALK_LEAVE,        /* the end of a node that had_children */
  TREE_WALK_DONE,
} TreeWalkEvent;

typedef struct TreeWalkFrame {
  const void *children;   /* const Subtree * */
  uint32_t count, index, structural;
  uint32_t position;      /* the next child's start byte */
  const TSSymbol *aliases;
  uint16_t production;
  TSFieldId inherit;      /* a hidden node's field, passed to its children */
  bool visible;
} TreeWalkFrame;

struct FieldTable;

typedef struct TreeWalk {
  const TSTree *tree;
  const struct FieldTable *fields;  /* the language's fields by production and child, or NULL */
  TreeWalkFrame *frames;  /* the open nodes, visible and hidden: an explicit stack */
  uint32_t depth, cap;
  bool started;
} TreeWalk;

void sg_tree_walk_init(TreeWalk *self, const TSTree *tree);
/* How many nodes the walk reports (the root included). */
uint32_t sg_tree_walk_count(const TSTree *tree);
TreeWalkEvent sg_tree_walk_next(TreeWalk *self, TreeWalkNode *out);
void sg_tree_walk_free(TreeWalk *self);

#endif
