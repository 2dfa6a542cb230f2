/* Parse: tree-sitter parsing of a checked Source. One Parser per thread;
 * the caller owns the returned TSTree (ts_tree_delete). */
#ifndef SG_PARSE_H
#define SG_PARSE_H

#include "parser/source.h"
#include "tree_sitter/api.h"

typedef struct Parser {
  TSParser *ts;
} Parser;

Parser *sg_parser_new(void);
void sg_parser_delete(Parser *self);
TSTree *sg_parser_parse(Parser *self, const Source *source);
/* Incremental reparse: old is the previous tree, already edited with
 * ts_tree_edit to match source (an editor buffer after a change), within a
 * time budget in seconds (<= 0: none). NULL when the reparse ran past it
 * and was abandoned (tree-sitter's error recovery can take longer on an
 * incremental reparse than a fresh parse takes). */
TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old, double budget);

#endif
