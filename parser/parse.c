#include "parser/parse.h"

#include <string.h>

#include "parser/alloc.h"
#include "parser/clock.h"
#include "parser/comments.h"
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

typedef struct ParseInput {
  const char *text;
  uint32_t len;
} ParseInput;

static const char *sg_parse__read(void *payload, uint32_t byte, TSPoint point, uint32_t *bytes_read) {
  (void)point;
  const ParseInput *in = payload;
  if (byte >= in->len) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = in->len - byte;
  return in->text + byte;
}

typedef struct ParseDeadline {
  double at;       /* 0: none */
  bool cpu;        /* on the thread's CPU clock, else the wall clock */
  uint32_t calls;  /* the clock is read every 16th call (it costs a syscall) */
} ParseDeadline;

static double sg_parse__clock(bool cpu) { return cpu ? sg_clock_thread_cpu() : sg_clock_now(); }

static bool sg_parse__past_deadline(TSParseState *state) {
  ParseDeadline *deadline = state->payload;
  return deadline->at > 0 && (deadline->calls++ & 15) == 0 && sg_parse__clock(deadline->cpu) > deadline->at;
}

static bool sg_parse__word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (unsigned char)c >= 0x80;
}

/* PEP 696 type parameter defaults (`class C[T = int]`, `def f[T = int]()`,
 * `type A[T = int] = ...`, Python 3.13), which the pinned grammar does
 * not know: blanks each `= default` inside the brackets after `class X`,
 * `def x` or `type X` (spaces, newlines kept, so every position stays),
 * leaving `class C[T]` that it parses. Returns how many it blanked. A
 * scan of the text: strings and nested brackets are stepped over. */
static uint32_t sg_parse__blank_type_param_defaults(char *v, uint32_t len) {
  uint32_t blanked = 0;
  for (uint32_t i = 0; i + 4 < len; i++) {
    uint32_t kw = v[i] == 'c' && !memcmp(v + i, "class", 5) ? 5
                  : v[i] == 'd' && !memcmp(v + i, "def", 3) ? 3
                  : v[i] == 't' && !memcmp(v + i, "type", 4) ? 4 : 0;
    if (!kw || (i > 0 && sg_parse__word_char(v[i - 1])) || i + kw >= len || (v[i + kw] != ' ' && v[i + kw] != '\t'))
      continue;
    uint32_t j = i + kw;
    while (j < len && (v[j] == ' ' || v[j] == '\t')) j++;
    uint32_t name = j;
    while (j < len && sg_parse__word_char(v[j])) j++;
    if (j == name) continue;
    while (j < len && (v[j] == ' ' || v[j] == '\t')) j++;
    if (j >= len || v[j] != '[') continue;
    int depth = 0;
    uint32_t blank_from = UINT32_MAX;
    for (; j < len; j++) {
      char c = v[j];
      if (c == '"' || c == '\'') {  /* a string: to its closing quote on the line */
        uint32_t k = j + 1;
        while (k < len && v[k] != c && v[k] != '\n') k += v[k] == '\\' ? 2 : 1;
        if (blank_from != UINT32_MAX)
          for (uint32_t q = j; q <= k && q < len; q++) v[q] = v[q] == '\n' ? '\n' : ' ';
        j = k;
        continue;
      }
      if (c == '[' || c == '(' || c == '{') depth++;
      else if (c == ']' || c == ')' || c == '}') depth--;
      if (depth == 0 || (depth == 1 && c == ',')) {
        blank_from = UINT32_MAX;
        if (depth == 0) break;
        continue;
      }
      if (depth == 1 && c == '=' && blank_from == UINT32_MAX && j + 1 < len && v[j + 1] != '=' && j > 0 &&
          v[j - 1] != '!' && v[j - 1] != '<' && v[j - 1] != '>' && v[j - 1] != ':' && v[j - 1] != '=') {
        blank_from = j;
        blanked++;
      }
      if (blank_from != UINT32_MAX && c != '\n') v[j] = ' ';
    }
    i = j < len ? j : len;
  }
  return blanked;
}

/* Parses `view` afresh (through *in, input's payload) and keeps it in
 * *tree when it parses without an error. */
static void sg_parse__keep_if_clean(Parser *self, TSTree **tree, ParseInput *in, const char *view,
                                    const TSInput *input, const TSParseOptions *options) {
  in->text = view;
  TSTree *other = ts_parser_parse_with_options(self->ts, NULL, *input, *options);
  if (!other) ts_parser_reset(self->ts);
  if (other && !ts_node_has_error(ts_tree_root_node(other))) {
    ts_tree_delete(*tree);
    *tree = other;
  } else if (other) {
    ts_tree_delete(other);
  }
}

/* Parses source's view (whole-line comments blanked) from old (NULL: a
 * fresh parse), abandoned after budget seconds (<= 0: none) of CPU time
 * (cpu) or wall time. When that view does not parse and has bracketed
 * line ends the scanner takes for a dedent, the view with those lines
 * joined is parsed afresh, and kept when it parses; likewise the view
 * with PEP 696 type parameter defaults blanked. */
static TSTree *sg_parse__view(Parser *self, const Source *source, const TSTree *old, double budget, bool cpu) {
  ParseDeadline deadline = {budget > 0 ? sg_parse__clock(cpu) + budget : 0, cpu, 0};
  CommentSpans comments = {0};
  sg_comments_scan(source->text, source->len, &comments);
  char *view = sg_comments_blank(source->text, source->len, &comments, NULL);
  ParseInput in = {view ? view : source->text, source->len};
  TSInput input = {.payload = &in, .read = sg_parse__read, .encoding = TSInputEncodingUTF8};
  TSParseOptions options = {.payload = &deadline, .progress_callback = sg_parse__past_deadline};
  TSTree *tree = ts_parser_parse_with_options(self->ts, old, input, options);
  if (!tree) ts_parser_reset(self->ts);  /* abandoned: the next parse starts clean */
  sg_free(view);
  if (tree && ts_node_has_error(ts_tree_root_node(tree))) {
    LineBreaks joins = {0};
    sg_comments_scan_breaks(source->text, source->len, &joins);
    if (joins.len) {
      view = sg_comments_blank(source->text, source->len, &comments, &joins);
      sg_parse__keep_if_clean(self, &tree, &in, view, &input, &options);
      sg_free(view);
    }
    array_free(&joins);
  }
  if (tree && ts_node_has_error(ts_tree_root_node(tree))) {
    view = sg_comments_blank(source->text, source->len, &comments, NULL);
    if (!view) {
      view = sg_malloc(source->len ? source->len : 1);
      memcpy(view, source->text, source->len);
    }
    if (sg_parse__blank_type_param_defaults(view, source->len))
      sg_parse__keep_if_clean(self, &tree, &in, view, &input, &options);
    sg_free(view);
  }
  array_free(&comments);
  return tree;
}

TSTree *sg_parser_parse(Parser *self, const Source *source) {
  return sg_parse__view(self, source, NULL, self->budget, true);
}

TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old, double budget) {
  return sg_parse__view(self, source, old, budget, false);
}

/* A span of the old text where it lands in the new one (the part inside
 * the edited bytes collapses onto the edit's new end). */
static uint32_t sg_parse__map(uint32_t at, const TSInputEdit *e) {
  if (at <= e->start_byte) return at;
  if (at >= e->old_end_byte) return at - e->old_end_byte + e->new_end_byte;
  return e->new_end_byte;
}

void sg_parser_edit(TSTree *tree, const TSInputEdit *edit, const char *old_text, uint32_t old_len,
                    const char *new_text, uint32_t new_len) {
  ts_tree_edit(tree, edit);
  CommentSpans before = {0}, after = {0}, touched = {0};
  sg_comments_scan(old_text, old_len, &before);
  sg_comments_scan(new_text, new_len, &after);
  /* Merge the two sorted lists in new coordinates: a span blanked in one
   * view only (a line that became or stopped being a whole-line comment,
   * here or anywhere after an opened or closed string) is touched. */
  uint32_t i = 0, k = 0;
  while (i < before.len || k < after.len) {
    const CommentSpan *b = i < before.len ? &before.items[i] : NULL, *a = k < after.len ? &after.items[k] : NULL;
    uint32_t bs = b ? sg_parse__map(b->start, edit) : UINT32_MAX, be = b ? sg_parse__map(b->end, edit) : 0;
    if (a && b && a->start == bs && a->end == be) {
      i++, k++;
    } else if (a && (!b || a->start <= bs)) {
      array_push(&touched, ((CommentSpan){a->start, a->end, 0, 0}));
      k++;
    } else {
      if (be > bs) array_push(&touched, ((CommentSpan){bs, be, 0, 0}));
      i++;
    }
  }
  /* Each touch is a length-preserving edit over its bytes (one line of the
   * new text): tree-sitter reparses what overlaps it. Points by one walk. */
  uint32_t row = 0, line = 0, at = 0;
  for (uint32_t t = 0; t < touched.len; t++) {
    CommentSpan *span = &touched.items[t];
    if (span->start < at) row = 0, line = 0, at = 0;  /* out of order: walk again */
    for (; at < span->start && at < new_len; at++)
      if (new_text[at] == '\n') row++, line = at + 1;
    TSPoint s = {row, span->start - line}, e = {row, span->end - line};
    TSInputEdit touch = {.start_byte = span->start, .old_end_byte = span->end, .new_end_byte = span->end,
                         .start_point = s, .old_end_point = e, .new_end_point = e};
    ts_tree_edit(tree, &touch);
  }
  array_free(&before);
  array_free(&after);
  array_free(&touched);
}
