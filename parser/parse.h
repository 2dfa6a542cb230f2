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

struct FlatTree;
/* Python 2 syntax that tree-sitter-python accepts but CPython 3's compiler
 * rejects with a SyntaxError: a `print x` or `exec code` statement, `except
 * E, e:`, `raise E, msg`, backquotes, `<>`, `10L`, `0777`, a string prefix
 * such as `ur`, a tuple parameter `def f((a, b))`, and `async`/`await` used
 * as names (keywords since Python 3.7). The SyntaxError message
 * for node, or NULL when node is none of these. sg_flat_build marks such
 * nodes FLAT_PYTHON2 and their ancestors FLAT_HAS_ERROR, so a function that
 * contains one is treated like one with a parse error. */
const char *sg_parse_python2(const struct FlatTree *tree, uint32_t node);
/* Is the anonymous token text among node's direct children? */
bool sg_parse_has_token(const struct FlatTree *tree, uint32_t node, const char *text);

#endif
