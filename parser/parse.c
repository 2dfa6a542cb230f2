#include "parser/parse.h"

#include "parser/alloc.h"
#include "parser/clock.h"
#include "parser/flat.h"
#include "parser/grammar.h"

Parser *sg_parser_new(void) {
  Parser *self = sg_calloc(1, sizeof(Parser));
  self->ts = ts_parser_new();
  ts_parser_set_language(self->ts, sg_grammar_python()->language);
  return self;
}

void sg_parser_delete(Parser *self) {
  if (!self) return;
  ts_parser_delete(self->ts);
  sg_free(self);
}

TSTree *sg_parser_parse(Parser *self, const Source *source) {
  return ts_parser_parse_string_encoding(self->ts, NULL, source->text, source->len,
                                         TSInputEncodingUTF8);
}

static const char *sg_parse__read(void *payload, uint32_t byte, TSPoint point, uint32_t *bytes_read) {
  (void)point;
  const Source *source = payload;
  if (byte >= source->len) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = source->len - byte;
  return source->text + byte;
}

static bool sg_parse__past_deadline(TSParseState *state) {
  double deadline = *(const double *)state->payload;
  return deadline > 0 && sg_clock_now() > deadline;
}

TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old, double budget) {
  double deadline = budget > 0 ? sg_clock_now() + budget : 0;
  TSInput input = {.payload = (void *)source, .read = sg_parse__read, .encoding = TSInputEncodingUTF8};
  TSParseOptions options = {.payload = &deadline, .progress_callback = sg_parse__past_deadline};
  TSTree *tree = ts_parser_parse_with_options(self->ts, old, input, options);
  if (!tree) ts_parser_reset(self->ts);  /* abandoned: the next parse starts clean */
  return tree;
}

/* Is the anonymous token text among node's direct children? */
bool sg_parse_has_token(const FlatTree *t, uint32_t node, const char *text) {
  for (uint32_t c = t->first_child[node]; c != SG_NONE; c = t->next_sibling[c])
    if (!(t->flags[c] & FLAT_NAMED) && sg_flat_text_is(t, c, text)) return true;
  return false;
}

/* A string prefix CPython 3 accepts: one of r u f b br rb fr rf, any case
 * (and Python 3.14's t-strings: t tr rt). */
static bool sg_parse__valid_prefix(const char *s, uint32_t n) {
  if (n > 2) return false;
  char a = n > 0 ? (char)(s[0] | 0x20) : 0, b = n > 1 ? (char)(s[1] | 0x20) : 0;
  if (n <= 1) return n == 0 || a == 'r' || a == 'u' || a == 'f' || a == 'b' || a == 't';
  return (a == 'r' && (b == 'b' || b == 'f' || b == 't')) ||
         (b == 'r' && (a == 'b' || a == 'f' || a == 't'));
}

/* In an except_clause with an unparenthesized comma: the Python 2 binding
 * name of `except E, e:` (a lowercase identifier last), else SG_NONE. */
static uint32_t sg_parse__except_binding(const FlatTree *t, uint32_t clause) {
  /* `except E, e:` binds e in Python 2. Python 3.14 reads `except A, B:` as a
   * tuple of types (PEP 758), so only a lowercase name after the last comma
   * counts: an exception class named like a variable is implausible, and
   * unbound it raises NameError anyway. */
  uint32_t last = SG_NONE;
  bool comma = false;
  for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_BLOCK || t->kind[c] == KIND_TOKEN_COLON) break;
    if (t->flags[c] & FLAT_NAMED) { if (t->kind[c] != KIND_COMMENT) last = c; }
    else if (sg_flat_text_is(t, c, ",")) comma = true;
  }
  /* `except A, B as e:`: no version reads it */
  if (comma && last != SG_NONE && t->kind[last] == KIND_AS_PATTERN) return last;
  if (!comma || last == SG_NONE || t->kind[last] != KIND_IDENTIFIER) return SG_NONE;
  char first = t->source->text[t->start_byte[last]];
  return (first >= 'a' && first <= 'z') || first == '_' ? last : SG_NONE;
}

const char *sg_parse_python2(const FlatTree *t, uint32_t i) {
  switch (t->kind[i]) {
    case KIND_PRINT_STATEMENT: {
      /* `print >> f, x` is a Python 3 expression (a shift in a tuple) */
      uint32_t first = sg_flat_named_child(t, i);
      if (first != SG_NONE && t->kind[first] == KIND_CHEVRON) return NULL;
      return "SyntaxError: Python 2 `print` statement; in Python 3 it is a function: `print(...)`";
    }
    case KIND_EXEC_STATEMENT:
      return "SyntaxError: Python 2 `exec` statement; in Python 3 it is a function: `exec(...)`";
    case KIND_EXCEPT_CLAUSE:
      return sg_parse__except_binding(t, i) != SG_NONE
                 ? "SyntaxError: Python 2 `except E, name:`; write `except E as name:` (a tuple of "
                   "types in parentheses: `except (A, B) as name:`)"
                 : NULL;
    case KIND_RAISE_STATEMENT: {
      uint32_t value = sg_flat_named_child(t, i);
      return value != SG_NONE && t->kind[value] == KIND_EXPRESSION_LIST
                 ? "SyntaxError: Python 2 `raise E, value`; write `raise E(value)`"
                 : NULL;
    }
    case KIND_IDENTIFIER:
      /* keywords since Python 3.7; Python 2 and 3.6 code used them as names */
      if (sg_flat_text_is(t, i, "async")) return "SyntaxError: `async` is a keyword since Python 3.7; rename it";
      if (sg_flat_text_is(t, i, "await")) return "SyntaxError: `await` is a keyword since Python 3.7; rename it";
      return NULL;
    case KIND_COMPARISON_OPERATOR:
      return sg_parse_has_token(t, i, "<>") ? "SyntaxError: Python 2 `<>` operator; write `!=`" : NULL;
    case KIND_TUPLE_PATTERN:
    case KIND_LIST_PATTERN:
      return t->parent[i] != SG_NONE && (t->kind[t->parent[i]] == KIND_PARAMETERS ||
                                         t->kind[t->parent[i]] == KIND_LAMBDA_PARAMETERS)
                 ? "SyntaxError: Python 2 tuple parameter; unpack the argument in the body"
                 : NULL;
    case KIND_INTEGER: {
      uint32_t len;
      const char *s = sg_flat_text(t, i, &len);
      if (len && (s[len - 1] == 'L' || s[len - 1] == 'l'))
        return "SyntaxError: Python 2 long integer suffix `L`; Python 3 integers need none";
      /* 0777 is an error; 00, 0_0, 0777j and 0777.5 are fine */
      bool digits = true, nonzero = false;
      for (uint32_t k = 0; k < len; k++) {
        digits &= (s[k] >= '0' && s[k] <= '9') || s[k] == '_';
        nonzero |= s[k] >= '1' && s[k] <= '9';
      }
      return len > 1 && s[0] == '0' && digits && nonzero
                 ? "SyntaxError: leading zeros in decimal integer literals are not permitted; "
                   "use an 0o prefix for octal integers"
                 : NULL;
    }
    case KIND_STRING: {
      uint32_t start = t->first_child[i];
      if (start == SG_NONE) return NULL;
      uint32_t len;
      const char *s = sg_flat_text(t, start, &len);
      if (len && s[0] == '`') return "SyntaxError: Python 2 backquotes; use `repr(...)`";
      uint32_t n = 0;
      while (n < len && s[n] != '"' && s[n] != '\'') n++;
      return n < len && !sg_parse__valid_prefix(s, n)
                 ? "SyntaxError: invalid string prefix (Python 2 `ur`?); Python 3 accepts r, u, b, f, "
                   "br, rb, fr, rf"
                 : NULL;
    }
    default:
      return NULL;
  }
}
