/* noqa: drops diagnostics hidden by `# noqa[: codes]` on their first line or
 * `# snag: noqa[: codes]` on a line of its own, read from the FlatTree's
 * comment nodes (never raw text). Edits the caller's FileResult in place. */
#ifndef SG_NOQA_H
#define SG_NOQA_H

#include "parser/flat.h"
#include "rules/diagnostic.h"
#include "rules/settings.h"

/* Drops (and frees) the suppressed diagnostics of result, adding their count
 * to result->suppressed. Uses only span.start_byte, so it may run before or
 * after sg_diagnostics_finish; keeps the order of the rest. SNG001/SNG002
 * are dropped only when a file-level comment names them. tree may be NULL
 * (an unreadable file): nothing is suppressed. When settings enable SNG003
 * (unused-noqa), it then adds SNG003 for each `# noqa: CODE` that names an
 * unknown snag code or an enabled rule with no finding on its line (with a
 * safe fix removing it); settings may be NULL (no SNG003). */
void sg_noqa_apply(FileResult *result, const FlatTree *tree, const Settings *settings);

/* In a comment's text s[0..n) (from its '#'): the codes of the first
 * `# noqa: CODE[, CODE...]` directive, read exactly as sg_noqa_apply reads
 * them — s[*start..*end) runs from after the ':' to the end of the last
 * code. False when the comment has no such directive with codes. (The
 * language server extends the list and shows the docs of a code in it.) */
bool sg_noqa_codes_span(const char *s, uint32_t n, uint32_t *start, uint32_t *end);

#endif
