#include "lint/noqa.h"

#include <ctype.h>
#include <stdlib.h>
#include <strings.h>

/* The rules a `# noqa` comment on one line suppresses. */
typedef struct NoqaLine {
  uint32_t line;                 /* 0-based */
  bool blanket;
  bool rules[RULE__COUNT];
} NoqaLine;

/* One code of a line's `# noqa: CODE, ...` (for SNG003 unused-noqa). */
typedef struct NoqaItem {
  uint32_t start, end;           /* bytes in the file */
  RuleId rule;                   /* RULE__COUNT: not a snag rule */
  bool snag_code;                /* reads as SNGnnn (a snag code, known or not) */
  bool used;                     /* a finding of rule on the line */
} NoqaItem;

/* One `# noqa: codes` directive of a line comment, in file order. */
typedef struct NoqaDirective {
  uint32_t line;                 /* 0-based */
  uint32_t hash, stop;           /* its `#` .. where its codes end (next `#` or the comment's end) */
  uint32_t comment_start, comment_end;
  uint32_t first_item, item_count;
} NoqaDirective;

typedef struct NoqaSet {
  Array(NoqaLine) lines;         /* sorted by line */
  bool file_blanket;             /* `# snag: noqa` */
  bool file_rules[RULE__COUNT];  /* `# snag: noqa: CODE, ...` */
  Array(NoqaDirective) directives;
  Array(NoqaItem) items;
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
static bool sg_noqa__snag_code(const char *s, uint32_t n) {
  if (n < 4 || strncasecmp(s, "SNG", 3) != 0) return false;
  for (uint32_t i = 3; i < n; i++)
    if (!isdigit((unsigned char)s[i])) return false;
  return true;
}

/* items, when not NULL, gets each code read; base is s's offset in the file. */
static uint32_t sg_noqa__codes(const char *s, uint32_t i, uint32_t n, bool *rules, uint32_t *stop,
                               uint32_t *last_end, void *items_array, uint32_t base) {
  Array(NoqaItem) *items_out = items_array;
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
    if (items_out) {
      NoqaItem item = {base + start, base + i, rule, sg_noqa__snag_code(s + start, i - start), false};
      array_push(items_out, item);
    }
  }
  *stop = i;
  return items;
}

/* After the word `noqa` at s[i]: a blanket directive, or `: codes`. An
 * empty list (`# noqa:`) is read as blanket, as flake8 does. */
static uint32_t sg_noqa__directive(const char *s, uint32_t i, uint32_t n, bool *blanket,
                                   bool *rules, NoqaSet *record, const NoqaDirective *at) {
  i = sg_noqa__skip_space(s, i + 4, n);
  if (i < n && s[i] == ':') {
    uint32_t stop, first = record ? record->items.len : 0;
    uint32_t count = sg_noqa__codes(s, i + 1, n, rules, &stop, NULL, record ? &record->items : NULL,
                                    at ? at->comment_start : 0);
    if (count == 0) *blanket = true;
    if (record && count) {
      NoqaDirective d = *at;
      d.stop = at->comment_start + stop;
      d.first_item = first;
      d.item_count = count;
      array_push(&record->directives, d);
    }
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
  sg_noqa__directive(s, i, n, &set->file_blanket, set->file_rules, NULL, NULL);
  return true;
}

/* Every `#noqa` / `# noqa[: codes]` in the comment, which may hold other
 * text first (`# type: ignore  # noqa: SNG202`). */
static void sg_noqa__line_comment(NoqaSet *set, uint32_t line, const char *s, uint32_t n, uint32_t base) {
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
    NoqaDirective at = {.line = line, .hash = base + i, .comment_start = base, .comment_end = base + n};
    i = sg_noqa__directive(s, k, n, &entry.blanket, entry.rules, set, &at);
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
    sg_noqa__line_comment(set, sg_source_line_of(src, tree->start_byte[id]), text, len, tree->start_byte[id]);
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

/* The first directive on line (directives are in file order), or len. */
static uint32_t sg_noqa__first_directive(const NoqaSet *set, uint32_t line) {
  uint32_t lo = 0, hi = set->directives.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (set->directives.items[mid].line < line) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Marks the codes of d's line that name d's rule as used. */
static void sg_noqa__mark_used(NoqaSet *set, const Source *src, const Diagnostic *d) {
  if ((unsigned)d->rule >= RULE__COUNT || d->rule == RULE_syntax_error || d->rule == RULE_unreadable_file) return;
  uint32_t line = sg_source_line_of(src, d->span.start_byte > src->len ? src->len : d->span.start_byte);
  for (uint32_t k = sg_noqa__first_directive(set, line); k < set->directives.len && set->directives.items[k].line == line; k++) {
    const NoqaDirective *dir = &set->directives.items[k];
    for (uint32_t i = dir->first_item; i < dir->first_item + dir->item_count; i++)
      if (set->items.items[i].rule == d->rule) set->items.items[i].used = true;
  }
}

/* SNG003 reports a snag code that names no rule, and a code whose rule is
 * enabled but found nothing on the line (a disabled rule's code may well be
 * needed under another configuration). Other tools' codes and blanket
 * `# noqa` are left alone. */
static bool sg_noqa__item_bad(const NoqaItem *item, const Settings *settings) {
  if (item->rule == RULE__COUNT) return item->snag_code;
  return settings->enabled[item->rule] && !item->used && item->rule != RULE_unused_noqa;
}

/* The fix: drop the code with its separator, or the whole directive when
 * none of its codes is left (an empty `# noqa:` would read as blanket). */
static void sg_noqa__fix(Diagnostic *d, const NoqaSet *set, const NoqaDirective *dir, uint32_t k, bool whole,
                         const Source *src) {
  if (!whole) {
    const NoqaItem *items = set->items.items + dir->first_item;
    uint32_t start, end;
    if (k + 1 < dir->item_count) start = items[k].start, end = items[k + 1].start;
    else start = items[k - 1].end, end = items[k].end;
    sg_fix_edit(sg_diag_fix(d, FIX_SAFE, "Remove the unused code"), start, end, "");
    return;
  }
  const char *t = src->text;
  uint32_t start = dir->hash, end = dir->stop;
  if (dir->hash == dir->comment_start && dir->stop >= dir->comment_end) {
    /* the comment is only this directive: remove it with the blanks before
     * it, or its whole line when nothing else is on it */
    while (start > 0 && (t[start - 1] == ' ' || t[start - 1] == '\t')) start--;
    if (start == 0 || t[start - 1] == '\n') {
      if (end < src->len && t[end] == '\r') end++;
      if (end < src->len && t[end] == '\n') end++;
    }
  } else if (dir->hash != dir->comment_start && dir->stop >= dir->comment_end) {
    /* `# type: ignore  # noqa: SNG999`: keep the text before it (a
     * directive followed by another `#` goes up to that `#`) */
    while (start > dir->comment_start && (t[start - 1] == ' ' || t[start - 1] == '\t')) start--;
  }
  sg_fix_edit(sg_diag_fix(d, FIX_SAFE, "Remove the unused `noqa` directive"), start, end, "");
}

static void sg_noqa__report_unused(FileResult *result, NoqaSet *set, const Source *src, const Settings *settings) {
  uint32_t first_new = result->items.len;
  for (uint32_t k = 0; k < set->directives.len; k++) {
    const NoqaDirective *dir = &set->directives.items[k];
    const NoqaItem *items = set->items.items + dir->first_item;
    uint32_t bad = 0;
    for (uint32_t i = 0; i < dir->item_count; i++) bad += sg_noqa__item_bad(&items[i], settings);
    for (uint32_t i = 0; i < dir->item_count; i++) {
      if (!sg_noqa__item_bad(&items[i], settings)) continue;
      int len = (int)(items[i].end - items[i].start);
      const char *code = src->text + items[i].start;
      Diagnostic *d = items[i].rule == RULE__COUNT
          ? sg_diag_add(result, RULE_unused_noqa, sg_rules[RULE_unused_noqa].severity, items[i].start,
                        items[i].end, "`# noqa` names `%.*s`, which is not a snag rule: it suppresses "
                        "nothing (a typo? see `snag rules`)", len, code)
          : sg_diag_add(result, RULE_unused_noqa, sg_rules[RULE_unused_noqa].severity, items[i].start,
                        items[i].end, "Unused `noqa` code `%.*s`: %s reports nothing on this line", len,
                        code, sg_rules[items[i].rule].code);
      sg_noqa__fix(d, set, dir, i, bad == dir->item_count, src);
    }
  }
  /* SNG003 yields to noqa like any rule (`# noqa: SNG003`, `# snag: noqa`) */
  uint32_t kept = first_new;
  for (uint32_t i = first_new; i < result->items.len; i++) {
    Diagnostic *d = &result->items.items[i];
    if (sg_noqa__suppresses(set, src, d)) {
      sg_diag_free(d);
      result->suppressed++;
    } else {
      result->items.items[kept++] = *d;
    }
  }
  result->items.len = kept;
}

static bool sg_noqa__has_syntax_error(const FileResult *result) {
  for (uint32_t i = 0; i < result->items.len; i++)
    if (result->items.items[i].rule == RULE_syntax_error) return true;
  return false;
}

void sg_noqa_apply(FileResult *result, const FlatTree *tree, const Settings *settings) {
  if (!result || !tree || !tree->source) return;
  bool unused = settings && settings->enabled[RULE_unused_noqa];
  if (result->items.len == 0 && !unused) return;
  const Source *src = tree->source;
  if (!src->line_starts || src->line_count == 0) return;
  NoqaSet set = {0};
  sg_noqa__collect(&set, tree);
  /* a file that does not parse may have its comments misread and its rules
   * cut short: whether a code is used is not known */
  if (unused && sg_noqa__has_syntax_error(result)) unused = false;
  uint32_t kept = 0;
  for (uint32_t i = 0; i < result->items.len; i++) {
    Diagnostic *d = &result->items.items[i];
    if (unused) sg_noqa__mark_used(&set, src, d);
    if (sg_noqa__suppresses(&set, src, d)) {
      sg_diag_free(d);
      result->suppressed++;
    } else {
      result->items.items[kept++] = *d;
    }
  }
  result->items.len = kept;
  if (unused) sg_noqa__report_unused(result, &set, src, settings);
  array_free(&set.lines);
  array_free(&set.directives);
  array_free(&set.items);
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
    if (sg_noqa__codes(s, k + 1, n, rules, &stop, &last, NULL, 0) == 0) continue;
    *start = k + 1;
    *end = last;
    return true;
  }
  return false;
}
