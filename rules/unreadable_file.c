/* SNG002 unreadable-file: the file could not be read as Python source. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_unreadable_file = {
  .summary = "The file cannot be read as UTF-8 Python source",
  .what =
    "Reports a file snag could not lint at all: an I/O error (permissions, a "
    "directory, a vanished file), a binary file (contains NUL bytes), a file that "
    "is not valid UTF-8 (including UTF-16), or a file over the size limit.",
  .why =
    "A file that cannot be read is a file whose pitfalls go unchecked; snag says "
    "so instead of skipping it silently. Python itself reads source as UTF-8 "
    "unless a coding declaration says otherwise; snag reads UTF-8 only.",
  .example = "# -*- coding: latin-1 -*-\nname = 'Jos\\xe9'   # saved as Latin-1 bytes\n",
  .instead = "name = 'José'   # saved as UTF-8\n",
  .limits = "`# -*- coding: ... -*-` declarations other than UTF-8 are not decoded.",
};

void sg_rule_unreadable_file(RuleContext *ctx) {
  if (ctx->source->status == SOURCE_OK) return;
  sg_diag_add(ctx->out, RULE_unreadable_file, sg_rules[RULE_unreadable_file].severity, 0, 0,
              "%s", ctx->source->message);
}
