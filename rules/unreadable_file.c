/* SNG002 unreadable-file: the file could not be read as Python source. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_unreadable_file = {
  .summary = "The file cannot be read as Python source",
  .what =
    "Reports a file snag could not lint at all: an I/O error (permissions, a "
    "directory, a vanished file), a binary file (contains NUL bytes), a file over the "
    "size limit, or one Python cannot decode: not valid UTF-8 (including UTF-16) "
    "without a coding declaration, a coding declaration naming an unknown encoding, "
    "bytes invalid in the declared encoding, or a UTF-8 BOM with a declaration of "
    "another encoding. A Jupyter notebook (`.ipynb`) that is not one — not JSON, no "
    "`cells` list, a cell without `source`, nbformat 3 — is reported as "
    "`not a valid notebook: ...`. A file whose parse takes longer than the time limit "
    "(`--max-parse-seconds`, `max-parse-seconds` in the configuration; 10 s by default) is "
    "reported as `too large or too complex to analyse`, and the run goes on. A file over "
    "the flow analysis' budget (`--max-analysis-facts`) is reported the same way, naming "
    "the limit and the option that raises it; SNG101, SNG102, SNG103 and SNG108 then "
    "skip the file and the other rules still run. So is a file that would need more "
    "memory to analyse than there is (physical memory or `ulimit -v`; about 512 bytes "
    "per token), instead of an out-of-memory abort.",
  .why =
    "A file that cannot be read is a file whose pitfalls go unchecked; snag says "
    "so instead of skipping it silently. Python reads source as UTF-8 unless a PEP 263 "
    "coding declaration on line 1 or 2 (`# -*- coding: latin-1 -*-`) names another "
    "encoding; snag decodes such a file as Python does, and a file Python cannot "
    "decode fails to import with a `SyntaxError`.",
  .example = "# -*- coding: ascii -*-\nname = 'José'   # non-ASCII text in an ASCII file\n",
  .instead = "# -*- coding: utf-8 -*-\nname = 'José'\n",
  .limits =
    "Encodings are decoded with the C library's iconv: a name CPython knows but iconv "
    "does not (e.g. `mac_roman` spellings beyond the common ones, `mbcs`) is reported as "
    "unknown. `--fix` leaves a file in a non-UTF-8 encoding alone.",
};

void sg_rule_unreadable_file(RuleContext *ctx) {
  if (ctx->source->status == SOURCE_OK) return;
  sg_diag_add(ctx->out, RULE_unreadable_file, sg_rules[RULE_unreadable_file].severity, 0, 0,
              "%s", ctx->source->message);
}
