/* Fix: applies the fixes of `snag check --fix` to one file until stable;
 * see cli/fix.c for the rules (order, overlaps, atomic rewrite, --diff). */
#ifndef SG_FIX_H
#define SG_FIX_H

#include <stdbool.h>
#include <stdio.h>

#include "lint/lint.h"

typedef struct FixOptions {
  bool unsafe;             /* --unsafe-fixes: unsafe fixes too */
  FILE *diff;              /* --diff: write a unified diff here, change nothing */
  FILE *fixed_out;         /* stdin: write the fixed text here */
  const char *text;        /* stdin: the text (else the file is read) */
  size_t text_len;
  bool *failed;            /* set when a file could not be rewritten */
} FixOptions;

/* Takes ownership of result and returns the result for the final text (the
 * same one when nothing was fixed); *fixed counts the fixes applied. */
FileResult *sg_fix_file(Linter *linter, FileResult *result, const FixOptions *opts, uint32_t *fixed);

/* Writes text over path (through a symlink) atomically, keeping its owner,
 * group and mode; in place when it has hard links. False on failure (errno
 * says why; EACCES for a read-only file, which is never rewritten). */
bool sg_fix_write(const char *path, const char *text, size_t len);

#endif
