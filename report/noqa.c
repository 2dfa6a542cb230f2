#include "report/noqa.h"

#include <stdlib.h>
#include <strings.h>

/* The rules a `# noqa` comment on one line suppresses. */
typedef struct NoqaLine {
  uint32_t line;                 /* 0-based */
  bool blanket;
  bool rules[RULE__COUNT];
} NoqaLine;

typedef struct NoqaSet {
  Array(NoqaLine) lines;         /* sorted by line */
  bool file_blanket;             /* `# snag: noqa` */
  bool file_rules[RULE__COUNT];  /* `# snag: noqa: CODE, ...` */
} NoqaSet;

static bool sg_noqa__space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

static uint32_t sg_noqa__skip_space(const char *s, uint32_t i, uint32_t n) {
  while (i < n && sg_noqa__space(s[i])) i++;
  return i;
}

/* Case-insensitive `word` at s[i..n), not followed by a code character. */
static bool sg_noqa__word(const char *s, uint32_t i, uint32_t n, const char *word) {
  uint32_t len = (uint32_t)strlen(word);
  if (n - i < len || strncasecmp(s + i, word, len) != 0) return false;
  uint32_t k = i + len;
  return k == n || sg_noqa__space(s[k]) || s[k] == ':' || s[k] == '#';
}

static bool sg_noqa__code_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '_';
}

/* Reads codes or rule names, separated by commas and/or spaces, from s[i..n)
 * up to the next '#' (where another directive may start). Marks the known
 * ones in rules; unknown ones (another tool's codes) are ignored. Returns
 * how many items were read, known or not; *stop is where reading ended. */
static uint32_t sg_noqa__codes(const char *s, uint32_t i, uint32_t n, bool *rules, uint32_t *stop,
                               uint32_t *last_end) {
  uint32_t items = 0;
  while (i < n && s[i] != '#') {
    if (!sg_noqa__code_char(s[i])) {
      i++;
      continue;
    }
    uint32_t start = i;
    while (i < n && sg_noqa__code_char(s[i])) i++;
    items++;
    if (last_end) *last_end = i;
    RuleId rule = sg_rule_find(s + start, i - start);
    if (rule != RULE__COUNT) rules[rule] = true;
  }
  *stop = i;
  return items;
}

/* After the word `noqa` at s[i]: a blanket directive, or `: codes`. An
 * empty list (`# noqa:`) is read as blanket, as flake8 does. */
static uint32_t sg_noqa__directive(const char *s, uint32_t i, uint32_t n, bool *blanket,
                                   bool *rules) {
  i = sg_noqa__skip_space(s, i + 4, n);
  if (i < n && s[i] == ':') {
    uint32_t stop;
    if (sg_noqa__codes(s, i + 1, n, rules, &stop, NULL) == 0) *blanket = true;
    return stop;
  }
  *blanket = true;
  return i;
}

/* `# snag: noqa[: codes]` at the start of a comment; `# flake8: noqa` too,
 * as Ruff honours it (a file its author exempted from linting). */
static bool sg_noqa__file_comment(NoqaSet *set, const char *s, uint32_t n) {
  uint32_t i = sg_noqa__skip_space(s, 1, n);
  uint32_t tool = 0;
  if (n - i >= 4 && strncasecmp(s + i, "snag", 4) == 0) tool = 4;
  else if (n - i >= 6 && strncasecmp(s + i, "flake8", 6) == 0) tool = 6;
  if (!tool) return false;
  i = sg_noqa__skip_space(s, i + tool, n);
  if (i >= n || s[i] != ':') return false;
  i = sg_noqa__skip_space(s, i + 1, n);
  if (!sg_noqa__word(s, i, n, "noqa")) return false;
  sg_noqa__directive(s, i, n, &set->file_blanket, set->file_rules);
  return true;
}

/* Every `#noqa` / `# noqa[: codes]` in the comment, which may hold other
 * text first (`# type: ignore  # noqa: SNG202`). */
static void sg_noqa__line_comment(NoqaSet *set, uint32_t line, const char *s, uint32_t n) {
  NoqaLine entry = {.line = line};
  bool found = false;
  uint32_t i = 0;
  while (i < n) {
    if (s[i] != '#') {
      i++;
      continue;
    }
    uint32_t k = sg_noqa__skip_space(s, i + 1, n);
    if (!sg_noqa__word(s, k, n, "noqa")) {
      i++;
      continue;
    }
    found = true;
    i = sg_noqa__directive(s, k, n, &entry.blanket, entry.rules);
  }
  if (found) array_push(&set->lines, entry);
}

static bool sg_noqa__own_line(const Source *src, uint32_t start_byte) {
  uint32_t line = sg_source_line_of(src, start_byte);
  for (uint32_t i = src->line_starts[line]; i < start_byte; i++)
    if (!sg_noqa__space(src->text[i])) return false;
  return true;
}

static int sg_noqa__compare(const void *pa, const void *pb) {
  const NoqaLine *a = pa, *b = pb;
  return a->line < b->line ? -1 : a->line > b->line;
}

static void sg_noqa__collect(NoqaSet *set, const FlatTree *tree) {
  const Source *src = tree->source;
  for (uint32_t id = 0; id < tree->count; id++) {
    if (tree->kind[id] != KIND_COMMENT) continue;
    uint32_t len;
    const char *text = sg_flat_text(tree, id, &len);
    if (len == 0 || text[0] != '#') continue;
    if (sg_noqa__own_line(src, tree->start_byte[id]) && sg_noqa__file_comment(set, text, len))
      continue;
    sg_noqa__line_comment(set, sg_source_line_of(src, tree->start_byte[id]), text, len);
  }
  if (set->lines.len > 1)
    qsort(set->lines.items, set->lines.len, sizeof(NoqaLine), sg_noqa__compare);
}

static bool sg_noqa__line_suppresses(const NoqaSet *set, uint32_t line, RuleId rule) {
  uint32_t lo = 0, hi = set->lines.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (set->lines.items[mid].line < line) lo = mid + 1; else hi = mid;
  }
  for (uint32_t i = lo; i < set->lines.len && set->lines.items[i].line == line; i++)
    if (set->lines.items[i].blanket || set->lines.items[i].rules[rule]) return true;
  return false;
}

static bool sg_noqa__suppresses(const NoqaSet *set, const Source *src, const Diagnostic *d) {
  if ((unsigned)d->rule >= RULE__COUNT) return false;
  if (set->file_rules[d->rule]) return true;
  /* A file that does not parse may have its comments misread, so the tool's
   * own findings yield only to a file-level comment that names them. */
  if (d->rule == RULE_syntax_error || d->rule == RULE_unreadable_file) return false;
  if (set->file_blanket) return true;
  uint32_t byte = d->span.start_byte > src->len ? src->len : d->span.start_byte;
  return sg_noqa__line_suppresses(set, sg_source_line_of(src, byte), d->rule);
}

void sg_noqa_apply(FileResult *result, const FlatTree *tree) {
  if (!result || !tree || !tree->source || result->items.len == 0) return;
  const Source *src = tree->source;
  if (!src->line_starts || src->line_count == 0) return;
  NoqaSet set = {0};
  sg_noqa__collect(&set, tree);
  uint32_t kept = 0;
  for (uint32_t i = 0; i < result->items.len; i++) {
    Diagnostic *d = &result->items.items[i];
    if (sg_noqa__suppresses(&set, src, d)) {
      sg_diag_free(d);
      result->suppressed++;
    } else {
      result->items.items[kept++] = *d;
    }
  }
  result->items.len = kept;
  array_free(&set.lines);
}

bool sg_noqa_codes_span(const char *s, uint32_t n, uint32_t *start, uint32_t *end) {
  for (uint32_t i = 0; i < n; i++) {
    if (s[i] != '#') continue;
    uint32_t k = sg_noqa__skip_space(s, i + 1, n);
    if (!sg_noqa__word(s, k, n, "noqa")) continue;
    k = sg_noqa__skip_space(s, k + 4, n);
    if (k >= n || s[k] != ':') continue;
    bool rules[RULE__COUNT] = {0};
    uint32_t stop, last = k + 1;
    if (sg_noqa__codes(s, k + 1, n, rules, &stop, &last) == 0) continue;
    *start = k + 1;
    *end = last;
    return true;
  }
  return false;
}
