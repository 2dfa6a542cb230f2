/* Comments: the whole-line comments of a Python text, and the view of the
 * text tree-sitter parses. tree-sitter-python's scanner
 * rescans every following comment line at each line end of a comment block
 * (quadratic: 20,000 lines of `# c` take 10 s), so the parser is given a
 * copy of the source in which each whole-line comment (a line whose first
 * non-blank is `#`, outside any string) is blanked to spaces of the same
 * length: byte offsets, rows and columns are unchanged, and comments carry
 * no syntax. sg_flat_build puts those comments back into the FlatTree, so
 * every comment reader (noqa, --add-noqa...) sees the tree a plain parse
 * gives. Found by one linear lexical pass (strings, comments, backslash
 * continuations). Caller frees with array_free / sg_free. */
#ifndef SG_COMMENTS_H
#define SG_COMMENTS_H

#include <stdint.h>

#include "parser/alloc.h"

typedef struct CommentSpan {
  uint32_t start, end;    /* the `#` .. the LF (a CR before it is part of the
                           * comment, as in tree-sitter's comment token) */
  uint32_t row, col;      /* start's row and byte column */
} CommentSpan;

typedef Array(CommentSpan) CommentSpans;

/* The whole-line comments of text, in order (appended to out). */
void sg_comments_scan(const char *text, uint32_t len, CommentSpans *out);
/* A copy of text (len bytes, NUL-terminated) with spans blanked; NULL when
 * there are none (parse text itself). Caller frees with sg_free. */
char *sg_comments_blank(const char *text, uint32_t len, const CommentSpans *spans);

#endif
