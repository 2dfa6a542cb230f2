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
typedef Array(uint32_t) LineBreaks;

/* The line ends inside brackets that tree-sitter-python's scanner takes
 * for the end of a block: a newline inside brackets followed by a line
 * indented less than the line the brackets opened on. After an operator
 * or `.` (where no closing bracket can come next: `(bar +` then `baz)` at
 * column 0 inside a function) the scanner emits a DEDENT there and the
 * valid file fails to parse. Python joins lines inside brackets,
 * so replacing such a newline (and a CR before it) by a space changes no
 * meaning and no byte offset; rows are then taken from the text
 * (sg_flat_build), not from tree-sitter. Lines that end in a comment are
 * left alone. Appended to out, in order. */
void sg_comments_scan_breaks(const char *text, uint32_t len, LineBreaks *out);
/* A copy of text (len bytes, NUL-terminated) with spans blanked and the
 * line ends in joins (NULL: none) replaced by spaces; NULL when there is
 * nothing to change (parse text itself). Caller frees with sg_free. */
char *sg_comments_blank(const char *text, uint32_t len, const CommentSpans *spans, const LineBreaks *joins);

#endif
