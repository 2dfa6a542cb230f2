/* Diff: the unified diff `snag check --diff` prints for a fixed file — only
 * the changed hunks, 3 lines of context, as `patch -p0` and `git apply -p0`
 * read it. Writes to a FILE * the caller owns; allocates nothing it keeps. */
#ifndef SG_DIFF_H
#define SG_DIFF_H

#include <stddef.h>
#include <stdio.h>

#define SG_DIFF_CONTEXT 3

/* `--- path` / `+++ path` and the hunks turning a[0..alen) into b[0..blen);
 * nothing when they are equal. A last line without a newline gets the
 * `\ No newline at end of file` marker. */
void sg_diff_unified(FILE *out, const char *path, const char *a, size_t alen, const char *b, size_t blen);

#endif
