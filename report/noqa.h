/* noqa: drops diagnostics hidden by `# noqa[: codes]` on their first line or
 * `# snag: noqa[: codes]` on a line of its own, read from the FlatTree's
 * comment nodes (never raw text). Edits the caller's FileResult in place. */
#ifndef SG_NOQA_H
#define SG_NOQA_H

#include "parser/flat.h"
#include "rules/diagnostic.h"

/* Drops (and frees) the suppressed diagnostics of result, adding their count
 * to result->suppressed. Uses only span.start_byte, so it may run before or
 * after sg_diagnostics_finish; keeps the order of the rest. SNG001/SNG002
 * are dropped only when a file-level comment names them. tree may be NULL
 * (an unreadable file): nothing is suppressed. */
void sg_noqa_apply(FileResult *result, const FlatTree *tree);

#endif
