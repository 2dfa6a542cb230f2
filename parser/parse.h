/* Parse: tree-sitter parsing of a checked Source. One Parser per thread;
 * the caller owns the returned TSTree (ts_tree_delete). tree-sitter parses
 * a view of the source with whole-line comments blanked (parser/comments.h:
 * tree-sitter-python's scanner is quadratic in a comment block's length);
 * sg_flat_build puts them back. */
#ifndef SG_PARSE_H
#define SG_PARSE_H

#include "parser/source.h"
#include "tree_sitter/api.h"

typedef struct Parser {
  TSParser *ts;
  /* CPU seconds one sg_parser_parse may take before it is abandoned (the
   * thread's CPU clock: a loaded machine does not trip it); <= 0: none */
  double budget;
} Parser;

Parser *sg_parser_new(void);
void sg_parser_delete(Parser *self);
/* NULL when the parse ran past self->budget (the file is then reported as
 * too complex to analyse). */
TSTree *sg_parser_parse(Parser *self, const Source *source);
/* Incremental reparse: old is the previous tree, already edited with
 * sg_parser_edit to match source (an editor buffer after a change), within a
 * time budget in seconds (<= 0: none). NULL when the reparse ran past it
 * and was abandoned (tree-sitter's error recovery can take longer on an
 * incremental reparse than a fresh parse takes). */
TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old, double budget);
/* ts_tree_edit for a tree parsed by sg_parser_parse/reparse: besides the
 * edit itself (old_text -> new_text), it marks changed every line whose
 * blanking in the parse view changed (typing `#` or an opening `"""`
 * changes the view beyond the edited bytes). */
void sg_parser_edit(TSTree *tree, const TSInputEdit *edit, const char *old_text, uint32_t old_len,
                    const char *new_text, uint32_t new_len);

#endif
