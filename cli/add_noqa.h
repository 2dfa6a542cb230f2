/* Add-noqa: `snag check --add-noqa` writes `# noqa: CODE[, CODE]` on each
 * line with findings, merged into a `# noqa: ...` already there, as Ruff's
 * --add-noqa does. */
#ifndef SG_ADD_NOQA_H
#define SG_ADD_NOQA_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/diagnostic.h"

/* Rewrites result's file (atomically) so that its findings are suppressed;
 * returns how many lines got a directive or a longer one. A line whose end
 * lies inside a string, or that ends with a `\` continuation, cannot hold a
 * comment: it is skipped with a message on stderr, as is a file with a
 * syntax error or a non-UTF-8 encoding. *failed is set when the file could
 * not be written. */
uint32_t sg_add_noqa_file(const FileResult *result, bool *failed);

#endif
