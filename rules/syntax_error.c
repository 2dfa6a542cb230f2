/* SNG001 syntax-error: each ERROR / MISSING region of the parse, and the
 * Python 2 statements the grammar still accepts. */
#include <stdio.h>
#include <string.h>

#include "rules/rule.h"

const RuleDoc sg_rule_doc_syntax_error = {
  .summary = "The file does not parse as Python 3",
  .what =
    "Reports each region the parser could not read: an ERROR region (unexpected "
    "tokens) or a MISSING token the parser had to assume (`missing ':'`), and "
    "Python 2 syntax the grammar accepts but CPython 3 rejects: `print x` and "
    "`exec code` statements, `except E, e:`, `raise E, msg`, backquotes, `<>`, `10L`, "
    "`0777`, the `ur''` string prefix, tuple parameters `def f((a, b))`, and `async` or "
    "`await` used as a name (keywords since Python 3.7). In files that "
    "otherwise parse, it also reports what CPython's compiler rejects but the grammar "
    "accepts: a missing indented block, inconsistent indentation, `try` without "
    "`except`/`finally`, a compound statement after `;`, `return`/`yield` outside a "
    "function, `break`/`continue` outside a loop, and a "
    "`from __future__` import that is not at the start of the file or names an unknown "
    "feature.",
  .why =
    "Python refuses to import a file with a syntax error. snag still runs the rules "
    "that can work on the well-formed parts, but flow-sensitive rules skip a "
    "function that contains an error, Python 2 syntax included.",
  .example = "def f(x)\n    return x\n",
  .instead = "def f(x):\n    return x\n",
  .limits =
    "The parser recovers from errors differently than CPython, so the reported "
    "position can differ from CPython's `SyntaxError`. A few constructs CPython "
    "rejects at compile time (e.g. a repeated parameter name, `await` outside an async "
    "function) are not reported. "
    "`except A, B:` (no `as`) is valid from Python 3.14 (PEP 758) and reported only for "
    "an older `target-version`. A dedented line inside brackets after a "
    "trailing `.` can be reported though CPython accepts it (a tree-sitter-python "
    "scanner limit).",
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

/* Python 2 syntax the grammar accepts (parser/flat.h sg_flat_python2). */
static bool sg_syntax_error__python2(RuleContext *ctx, uint32_t i) {
  if (!(ctx->tree->flags[i] & FLAT_PYTHON2)) return false;
  sg_rule_report(ctx, RULE_syntax_error, i, "%s", sg_flat_python2(ctx->tree, i));
  return true;
}

static bool sg_syntax_error__is_compound(uint16_t kind) {
  switch (kind) {
    case KIND_FUNCTION_DEFINITION: case KIND_CLASS_DEFINITION: case KIND_DECORATED_DEFINITION:
    case KIND_IF_STATEMENT: case KIND_FOR_STATEMENT: case KIND_WHILE_STATEMENT:
    case KIND_TRY_STATEMENT: case KIND_WITH_STATEMENT: case KIND_MATCH_STATEMENT:
      return true;
    default:
      return false;
  }
}

/* Only whitespace between the start of its line and node? */
static bool sg_syntax_error__starts_line(const Source *src, uint32_t at) {
  uint32_t start = src->line_starts[sg_source_line_of(src, at)];
  for (uint32_t i = start; i < at; i++)
    if (src->text[i] != ' ' && src->text[i] != '\t' && src->text[i] != '\f') return false;
  /* a backslash continuation joins this line to the previous one */
  return !(start >= 2 && src->text[start - 2] == '\\');
}

/* `from __future__ import X`: only at the start of the module (after the
 * docstring and other future imports), and only features CPython knows. */
static void sg_syntax_error__future(RuleContext *ctx) {
  static const char *const features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  };
  const FlatTree *t = ctx->tree;
  if (!t->count) return;
  uint32_t prefix_end = t->end_byte[0];  /* futures before this byte are in place */
  bool first = true;
  for (uint32_t c = sg_flat_named_child(t, 0); c != SG_NONE; c = sg_flat_next_named(t, c), first = false) {
    if (t->kind[c] == KIND_FUTURE_IMPORT_STATEMENT) continue;
    uint32_t doc = t->kind[c] == KIND_EXPRESSION_STATEMENT ? sg_flat_named_child(t, c) : SG_NONE;
    if (first && doc != SG_NONE && sg_flat_next_named(t, doc) == SG_NONE &&
        (t->kind[doc] == KIND_STRING || t->kind[doc] == KIND_CONCATENATED_STRING)) {
      char p = ctx->source->text[t->start_byte[doc]] | 0x20;
      if (p != 'b' && p != 'f') continue;  /* a str literal: the docstring */
    }
    prefix_end = t->start_byte[c];
    break;
  }
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_FUTURE_IMPORT_STATEMENT) continue;
    if (t->parent[i] != 0 || t->start_byte[i] >= prefix_end) {
      sg_rule_report(ctx, RULE_syntax_error, i,
                     "SyntaxError: from __future__ imports must occur at the beginning of the file");
      continue;
    }
    for (uint32_t c = t->first_child[i]; c != SG_NONE; c = t->next_sibling[c]) {
      if (t->field[c] != FIELD_NAME) continue;
      uint32_t name = t->kind[c] == KIND_ALIASED_IMPORT ? sg_flat_field(t, c, FIELD_NAME) : c;
      if (name == SG_NONE) continue;
      uint32_t len;
      const char *text = sg_flat_text(t, name, &len);
      bool known = false;
      for (size_t k = 0; k < sizeof features / sizeof features[0] && !known; k++)
        known = strlen(features[k]) == len && !memcmp(features[k], text, len);
      if (known) continue;
      if (len == 6 && !memcmp(text, "braces", 6))
        sg_rule_report(ctx, RULE_syntax_error, name, "SyntaxError: not a chance");
      else
        sg_rule_report(ctx, RULE_syntax_error, name, "SyntaxError: future feature %.*s is not defined",
                       (int)len, text);
    }
  }
}

/* `return`/`yield` outside a function, `break`/`continue` outside a loop
 * (a loop's `else:` is outside it): what CPython's compiler rejects though
 * the grammar accepts it. (`nonlocal` at module level is SNG104's.) */
static void sg_syntax_error__context(RuleContext *ctx, uint32_t i) {
  const FlatTree *t = ctx->tree;
  uint16_t k = t->kind[i];
  const char *msg;
  switch (k) {
    case KIND_RETURN_STATEMENT: msg = "SyntaxError: 'return' outside function"; break;
    case KIND_YIELD: msg = "SyntaxError: 'yield' outside function"; break;
    case KIND_BREAK_STATEMENT: msg = "SyntaxError: 'break' outside loop"; break;
    case KIND_CONTINUE_STATEMENT: msg = "SyntaxError: 'continue' not properly in loop"; break;
    default: return;
  }
  if (k == KIND_RETURN_STATEMENT || k == KIND_YIELD) {
    /* the scope it is evaluated in, past comprehensions (a default value
     * or decorator is the enclosing scope's, as for CPython) */
    const SemanticModel *m = ctx->model;
    uint32_t s = sg_model_function_scope(m, m->node_scope[i]);
    ScopeKind sk = s == SG_NONE ? SCOPE_MODULE : m->scopes.items[s].kind;
    if (sk == SCOPE_FUNCTION || sk == SCOPE_LAMBDA) return;
  } else {
    for (uint32_t c = i, p = t->parent[i]; p != SG_NONE; c = p, p = t->parent[p]) {
      uint16_t pk = t->kind[p];
      if ((pk == KIND_FOR_STATEMENT || pk == KIND_WHILE_STATEMENT) && t->field[c] == FIELD_BODY)
        return;
      /* a loop outside the function or class does not count */
      if (pk == KIND_FUNCTION_DEFINITION || pk == KIND_LAMBDA || pk == KIND_CLASS_DEFINITION) break;
    }
  }
  sg_rule_report(ctx, RULE_syntax_error, i, "%s", msg);
}

/* Errors CPython's compiler raises that tree-sitter's grammar accepts.
 * Checked only in files that otherwise parse, where positions are sure. */
static void sg_syntax_error__lenient(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const Source *src = ctx->source;
  for (uint32_t i = 0; i < t->count; i++) {
    if (sg_syntax_error__python2(ctx, i)) {
      i = t->subtree_end[i];
      continue;
    }
    sg_syntax_error__context(ctx, i);
    switch (t->kind[i]) {
      case KIND_BLOCK:
      case KIND_MODULE: {
        if (t->kind[i] == KIND_BLOCK && sg_flat_named_child(t, i) == SG_NONE) {
          sg_rule_report(ctx, RULE_syntax_error, t->parent[i] == SG_NONE ? i : t->parent[i],
                         "SyntaxError: expected an indented block");
          break;
        }
        /* every statement that starts a line is indented like the first */
        uint32_t col = t->kind[i] == KIND_MODULE ? 0 : SG_NONE;
        for (uint32_t c = sg_flat_named_child(t, i); c != SG_NONE; c = sg_flat_next_named(t, c)) {
          if (!sg_syntax_error__starts_line(src, t->start_byte[c])) continue;
          if (col == SG_NONE) { col = t->start_col[c]; continue; }
          if (t->start_col[c] != col) {
            sg_rule_report(ctx, RULE_syntax_error, c, t->start_col[c] > col
                           ? "IndentationError: unexpected indent"
                           : "IndentationError: unindent does not match any outer indentation level");
            break;
          }
        }
        break;
      }
      case KIND_TRY_STATEMENT: {
        bool handler = false;
        for (uint32_t c = t->first_child[i]; c != SG_NONE; c = t->next_sibling[c])
          handler |= t->kind[c] == KIND_EXCEPT_CLAUSE || t->kind[c] == KIND_FINALLY_CLAUSE;
        if (!handler)
          sg_rule_report(ctx, RULE_syntax_error, i, "SyntaxError: expected 'except' or 'finally' block");
        break;
      }
      case KIND_EXCEPT_CLAUSE:
        /* `except A, B:` -- a tuple of types only from Python 3.14 (PEP 758) */
        if (ctx->settings->target_minor < 14 && sg_flat_has_token(t, i, ","))
          sg_rule_report(ctx, RULE_syntax_error, i,
                         "SyntaxError: multiple exception types must be parenthesized "
                         "(before Python 3.14): `except (A, B):`");
        break;
      case KIND_TOKEN_SEMICOLON: {
        uint32_t next = t->next_sibling[i];
        if (next != SG_NONE && t->start_row[next] == t->start_row[i] &&
            sg_syntax_error__is_compound(t->kind[next]))
          sg_rule_report(ctx, RULE_syntax_error, next,
                         "SyntaxError: a compound statement cannot follow `;` on the same line");
        break;
      }
      default:
        break;
    }
  }
}

void sg_rule_syntax_error(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  bool regions = false;
  for (uint32_t i = 0; i < t->count && !regions; i++)
    regions = (t->flags[i] & (FLAT_ERROR | FLAT_MISSING)) != 0;
  if (!regions) {
    uint32_t before = ctx->out->items.len;
    sg_syntax_error__lenient(ctx);
    sg_syntax_error__future(ctx);
    /* tree-sitter recovered without an ERROR node but counted an error:
     * point at the innermost node that carries it */
    if (ctx->out->items.len == before && t->count && (t->flags[0] & FLAT_HAS_ERROR)) {
      uint32_t n = 0;
      for (bool down = true; down;) {
        down = false;
        for (uint32_t c = t->first_child[n]; c != SG_NONE; c = t->next_sibling[c])
          if (t->flags[c] & FLAT_HAS_ERROR) { n = c; down = true; break; }
      }
      sg_rule_report(ctx, RULE_syntax_error, n, "SyntaxError: invalid syntax");
    }
    return;
  }
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
    if (sg_syntax_error__python2(ctx, i)) i = t->subtree_end[i];
  }
}
