/* SNG003 unused-noqa: a `# noqa: CODE` that names no snag rule or
 * suppresses nothing. Found by lint/noqa.c, which alone knows what each
 * directive suppressed, after every other rule has run. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_unused_noqa = {
  .summary = "A `# noqa` code names no snag rule, or suppresses nothing on its line",
  .what =
    "Reports a code in a line's `# noqa: CODE[, CODE...]` comment that is a snag code "
    "(`SNG` and digits) naming no rule, a typo such as `SNG2011` or a code from "
    "another version, and a code (or rule name) whose rule is enabled in this run "
    "but reports nothing on that line: the suppression is stale. Codes of other "
    "tools (`E501`, `F401`, `B006`...) are left alone, since projects share noqa "
    "comments with flake8 and Ruff, and so is a blanket `# noqa` with no codes. "
    "This is Ruff's RUF100 for snag's own codes.",
  .why =
    "A misspelled code suppresses nothing, so the finding it was meant to silence "
    "still fails the build, or the author gives up and writes a blanket `# noqa` "
    "that hides everything. A stale suppression stays after the code it excused "
    "was fixed and will silently hide the next, real finding on that line.",
  .example =
    "def add(item, bucket=None):\n"
    "    bucket = [] if bucket is None else bucket  # noqa: SNG201\n"
    "    bucket.append(item)  # noqa: SNG2011\n"
    "    return bucket\n",
  .instead =
    "def add(item, bucket=None):\n"
    "    bucket = [] if bucket is None else bucket\n"
    "    bucket.append(item)\n"
    "    return bucket\n",
  .limits =
    "Only line comments are checked, not the file-level `# snag: noqa: CODES`. A "
    "code whose rule is disabled in this run (by `select`, `ignore` or "
    "`per-file-ignores`) is not reported: whether it is needed cannot be known. A "
    "file with a syntax error is not checked. `# noqa: SNG001` on a line is always "
    "reported when SNG001 is on: a syntax error yields only to a file-level comment.",
  .fix =
    "Safe: removes the code and its separator; when no code would be left, removes "
    "the whole `# noqa: ...` directive (an empty `# noqa:` would suppress "
    "everything), or the comment and its line when nothing else is on it.",
};

/* The work happens in sg_noqa_apply (lint/noqa.c). */
void sg_rule_unused_noqa(RuleContext *ctx) {
  (void)ctx;
}
