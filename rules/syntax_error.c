/* SNG001 syntax-error: each ERROR / MISSING region of the parse, and the
 * Python 2 statements the grammar still accepts. */
#include <stdio.h>

#include "rules/rule.h"

const RuleDoc sg_rule_doc_syntax_error = {
  .summary = "The file does not parse as Python 3",
  .what =
    "Reports each region the parser could not read: an ERROR region (unexpected "
    "tokens) or a MISSING token the parser had to assume (`missing ':'`), and "
    "Python 2 `print`/`exec` statements.",
  .why =
    "Python refuses to import a file with a syntax error. snag still runs the rules "
    "that can work on the well-formed parts, but flow-sensitive rules skip a "
    "function that contains an error.",
  .example = "def f(x)\n    return x\n",
  .instead = "def f(x):\n    return x\n",
  .limits =
    "The parser recovers from errors differently than CPython, so the reported "
    "position can differ from CPython's `SyntaxError`. A few constructs CPython "
    "rejects at compile time (e.g. `return` outside a function) are not reported.",
};

static void sg_syntax_error__token(const FlatTree *t, uint32_t node, char *buf, size_t cap) {
  /* the first leaf of the region, shortened */
  uint32_t leaf = node;
  while (t->first_child[leaf] != SG_NONE) leaf = t->first_child[leaf];
  uint32_t len;
  const char *s = sg_flat_text(t, leaf, &len);
  uint32_t n = 0;
  while (n < len && n < 24 && s[n] != '\n' && s[n] != '\r') n++;
  snprintf(buf, cap, "%.*s%s", (int)n, s, n < len ? "..." : "");
}

void sg_rule_syntax_error(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const TSLanguage *lang = sg_grammar_python()->language;
  for (uint32_t i = 0; i < t->count; i++) {
    uint8_t fl = t->flags[i];
    if (fl & FLAT_MISSING) {
      const char *what = ts_language_symbol_name(lang, t->symbol[i]);
      Diagnostic *d = sg_rule_report(ctx, RULE_syntax_error, i, "SyntaxError: missing `%s`", what);
      /* a missing token has no width; point at the next character */
      if (d->span.end_byte == d->span.start_byte && d->span.end_byte < ctx->source->len)
        d->span.end_byte++;
      continue;
    }
    if (fl & FLAT_ERROR) {
      char tok[64];
      sg_syntax_error__token(t, i, tok, sizeof tok);
      if (t->end_byte[i] == t->start_byte[i])
        sg_rule_report(ctx, RULE_syntax_error, i, "SyntaxError: unexpected end of input");
      else
        sg_rule_report(ctx, RULE_syntax_error, i, "SyntaxError: invalid syntax at `%s`", tok);
      i = t->subtree_end[i];  /* one report per region */
      continue;
    }
    /* `print >> f, x` is a valid Python 3 expression (a tuple with a shift) */
    bool chevron = t->kind[i] == KIND_PRINT_STATEMENT && sg_flat_named_child(t, i) != SG_NONE &&
                   t->kind[sg_flat_named_child(t, i)] == KIND_CHEVRON;
    if ((t->kind[i] == KIND_PRINT_STATEMENT && !chevron) || t->kind[i] == KIND_EXEC_STATEMENT) {
      sg_rule_report(ctx, RULE_syntax_error, i,
                     "SyntaxError: Python 2 `%s` statement; in Python 3 it is a function: `%s(...)`",
                     t->kind[i] == KIND_PRINT_STATEMENT ? "print" : "exec",
                     t->kind[i] == KIND_PRINT_STATEMENT ? "print" : "exec");
      i = t->subtree_end[i];
    }
  }
}
