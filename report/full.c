/* full: Ruff-style output with a code frame.
 *
 *   path:line:col: CODE [severity] message
 *     |
 *   2 | def f(x=[]):
 *     |         ^^
 *     |
 *     = note: path:line:col: related message
 *     = help: fix title
 *     = docs: https://...
 *
 * Columns count code points; a tab is drawn as 4 spaces in both the line and
 * its underline, and other control characters as one space, so the carets
 * stay under the text and source text cannot drive the terminal. */
#include "report/report.h"

#include "parser/notebook.h"

#define SG_FULL_CONTEXT 2      /* lines of context above and below a span */
#define SG_FULL_SPAN_HEAD 3    /* a long span shows its first lines ... */
#define SG_FULL_SPAN_TAIL 2    /* ... and its last ones */
#define SG_FULL_TAB "    "
#define SG_FULL_WIDE 240       /* a longer source line is shown as a window ... */
#define SG_FULL_LEAD 80        /* ... starting this many bytes before the span */

typedef Array(char) CharBuf;

/* The lines a frame shows, 0-based and inclusive: [top, gap_from) and
 * [gap_to, bottom] when a long span is cut, else [top, bottom]. */
typedef struct FramePlan {
  const CellMap *cells;        /* a notebook's: numbers count in the cell */
  uint32_t first, last;        /* the span's lines */
  uint32_t top, bottom;
  bool cut;
  uint32_t gap_from, gap_to;
} FramePlan;

/* A fix applied to the whole lines it touches. */
typedef struct FixPreview {
  uint32_t first_line;         /* 0-based */
  const char *old_text;        /* points into the source */
  uint32_t old_len;
  CharBuf new_text;
} FixPreview;

static bool sg_full__source_ok(const Source *src) {
  return src && src->status == SOURCE_OK && src->line_starts && src->line_count;
}

static void sg_full__put_text(FILE *out, const char *s, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\t') {
      fputs(SG_FULL_TAB, out);
    } else if (c < 0x20 || c == 0x7f) {
      fputc(' ', out);
    } else if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] & 0xE0) == 0x80) {
      fputc(' ', out);   /* C1 control U+0080..U+009F */
      i++;
    } else {
      fputc(c, out);
    }
  }
}

/* East Asian Wide/Fullwidth and emoji ranges: two terminal cells. */
static bool sg_full__is_wide(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
         (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
         (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

/* Display cells of s[0..n): four per tab, two per wide character. */
static uint32_t sg_full__width(const char *s, uint32_t n) {
  uint32_t w = 0;
  for (uint32_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\t') { w += 4; continue; }
    if ((c & 0xC0) == 0x80) continue;
    uint32_t cp = c, extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    cp &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
    for (uint32_t k = 1; k <= extra && i + k < n; k++) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
    w += sg_full__is_wide(cp) ? 2 : 1;
  }
  return w;
}

static bool sg_full__is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v';
}

static bool sg_full__blank(const Source *src, uint32_t line) {
  uint32_t len;
  const char *s = sg_source_line(src, line, &len);
  for (uint32_t i = 0; i < len; i++)
    if (!sg_full__is_space(s[i])) return false;
  return true;
}

static int sg_full__digits(uint32_t n) {
  int d = 1;
  while (n >= 10) { n /= 10; d++; }
  return d;
}

/* The number shown for a 0-based line: in a notebook, its line in its cell. */
static uint32_t sg_full__number(const CellMap *cells, uint32_t line) {
  if (!cells) return line + 1;
  uint32_t cell, in_cell;
  sg_cell_map_locate(cells, line + 1, &cell, &in_cell);
  return in_cell;
}

/* The text shown for bytes of the source: a notebook's own lines, where
 * IPython lines were blanked for the parser (same layout). */
static const char *sg_full__shown(const CellMap *cells, const Source *src, const char *p) {
  return cells && cells->original && cells->len == src->len ? cells->original + (p - src->text) : p;
}

static FramePlan sg_full__plan(const Source *src, const CellMap *cells, const Span *span) {
  FramePlan p = {.cells = cells};
  uint32_t start = span->start_byte > src->len ? src->len : span->start_byte;
  uint32_t end = span->end_byte > src->len ? src->len : span->end_byte;
  if (end < start) end = start;
  p.first = sg_source_line_of(src, start);
  p.last = sg_source_line_of(src, end);
  /* A span that ends with its line's newline does not reach the next line. */
  if (end > start && p.last > p.first && src->line_starts[p.last] == end) p.last--;
  uint32_t above = p.first < SG_FULL_CONTEXT ? p.first : SG_FULL_CONTEXT;
  p.top = p.first - above;
  p.bottom = p.last + SG_FULL_CONTEXT;
  if (p.bottom >= src->line_count) p.bottom = src->line_count - 1;
  uint32_t k = cells ? sg_cell_map_cell_of_line(cells, p.first) : UINT32_MAX;
  if (k != UINT32_MAX) {  /* a notebook: the context stays in the cell */
    uint32_t cell_top = cells->cells.items[k].first_line;
    uint32_t cell_end = sg_source_line_of(src, cells->cells.items[k].end);
    if (p.top < cell_top) p.top = cell_top;
    if (p.bottom > cell_end && cell_end >= p.last) p.bottom = cell_end;
  }
  while (p.top < p.first && sg_full__blank(src, p.top)) p.top++;
  while (p.bottom > p.last && sg_full__blank(src, p.bottom)) p.bottom--;
  if (p.last - p.first + 1 > SG_FULL_SPAN_HEAD + SG_FULL_SPAN_TAIL) {
    p.cut = true;
    p.gap_from = p.first + SG_FULL_SPAN_HEAD;
    p.gap_to = p.last + 1 - SG_FULL_SPAN_TAIL;
  }
  return p;
}

static void sg_full__gutter(Reporter *self, int width) {
  fprintf(self->out, "%*s %s|%s", width, "", sg_report_style(self, SG_ANSI_BLUE),
          sg_report_style(self, SG_ANSI_RESET));
}

static void sg_full__empty_gutter_line(Reporter *self, int width) {
  sg_full__gutter(self, width);
  fputc('\n', self->out);
}

/* "NN | text" (or "NN - text" / "NN + text" in a fix preview). */
static void sg_full__row(Reporter *self, int width, uint32_t number, char sep,
                         const char *text, uint32_t len, const char *text_style) {
  const char *blue = sg_report_style(self, SG_ANSI_BLUE);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  fprintf(self->out, "%s%*u %c%s", blue, width, number, sep, reset);
  if (len) {
    fputc(' ', self->out);
    fputs(text_style, self->out);
    sg_full__put_text(self->out, text, len);
    if (*text_style) fputs(reset, self->out);
  }
  fputc('\n', self->out);
}

/* Bytes [from, to) of the span on one of its lines (text is that line). */
static void sg_full__span_on(const Source *src, const Diagnostic *d, const FramePlan *p, uint32_t line,
                             const char *text, uint32_t len, uint32_t *from_out, uint32_t *to_out) {
  uint32_t line_start = src->line_starts[line];
  uint32_t start = d->span.start_byte > src->len ? src->len : d->span.start_byte;
  uint32_t end = d->span.end_byte > src->len ? src->len : d->span.end_byte;
  uint32_t from = 0, to = len;
  if (line == p->first) {
    from = start - line_start;
    if (from > len) from = len;
  } else {
    while (from < len && sg_full__is_space(text[from])) from++;
  }
  if (line == p->last) {
    to = end >= line_start ? end - line_start : 0;
    if (to > len) to = len;
  } else {
    while (to > from && sg_full__is_space(text[to - 1])) to--;
  }
  *from_out = from;
  *to_out = to;
}

/* The part of a line the frame shows: all of it up to SG_FULL_WIDE bytes,
 * else a window of that many bytes from SG_FULL_LEAD before `focus` (on
 * UTF-8 boundaries), so N findings on one huge line print N small frames,
 * not N copies of the line. */
typedef struct Window {
  uint32_t start, end;
} Window;

static Window sg_full__window(const char *text, uint32_t len, uint32_t focus) {
  Window w = {0, len};
  if (len <= SG_FULL_WIDE) return w;
  w.start = focus > SG_FULL_LEAD ? focus - SG_FULL_LEAD : 0;
  while (w.start > 0 && ((unsigned char)text[w.start] & 0xC0) == 0x80) w.start--;
  w.end = w.start + SG_FULL_WIDE < len ? w.start + SG_FULL_WIDE : len;
  while (w.end < len && ((unsigned char)text[w.end] & 0xC0) == 0x80) w.end++;
  return w;
}

/* One source row of the frame, cut to its window with `...` marks. */
static void sg_full__source_row(Reporter *self, int width, uint32_t number, const char *text,
                                uint32_t len, Window w) {
  if (w.start == 0 && w.end == len) {
    sg_full__row(self, width, number, '|', text, len, "");
    return;
  }
  const char *blue = sg_report_style(self, SG_ANSI_BLUE);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  fprintf(self->out, "%s%*u |%s %s", blue, width, number, reset, w.start ? "..." : "");
  sg_full__put_text(self->out, text + w.start, w.end - w.start);
  fputs(w.end < len ? "...\n" : "\n", self->out);
}

/* The carets under one line of the span, if that line has any. */
static void sg_full__underline(Reporter *self, int width, Severity severity, const char *text,
                               uint32_t from, uint32_t to, bool one_line, Window w) {
  if (from < w.start) from = w.start;
  if (to > w.end) to = w.end;
  if (from > to) from = to;
  uint32_t pad = sg_full__width(text + w.start, from - w.start) + (w.start ? 3 : 0);
  uint32_t carets = to > from ? sg_full__width(text + from, to - from) : 0;
  if (carets == 0) {
    if (!one_line) return;   /* a blank line inside a long span */
    carets = 1;              /* an empty span: point at it */
  }
  sg_full__gutter(self, width);
  fprintf(self->out, " %*s%s", (int)pad, "", sg_report_severity_style(self, severity));
  for (uint32_t i = 0; i < carets; i++) fputc('^', self->out);
  fputs(sg_report_style(self, SG_ANSI_RESET), self->out);
  fputc('\n', self->out);
}

static void sg_full__frame(Reporter *self, int width, const Source *src,
                           const Diagnostic *d, const FramePlan *p) {
  sg_full__empty_gutter_line(self, width);
  for (uint32_t line = p->top; line <= p->bottom; line++) {
    if (p->cut && line == p->gap_from) {
      fprintf(self->out, "%s...%s\n", sg_report_style(self, SG_ANSI_BLUE),
              sg_report_style(self, SG_ANSI_RESET));
      line = p->gap_to;
    }
    uint32_t len;
    const char *text = sg_full__shown(p->cells, src, sg_source_line(src, line, &len));
    uint32_t number = sg_full__number(p->cells, line);
    if (line < p->first || line > p->last) {
      sg_full__source_row(self, width, number, text, len, sg_full__window(text, len, 0));
      continue;
    }
    uint32_t from, to;
    sg_full__span_on(src, d, p, line, text, len, &from, &to);
    Window w = sg_full__window(text, len, from);
    sg_full__source_row(self, width, number, text, len, w);
    sg_full__underline(self, width, d->severity, text, from, to, p->first == p->last, w);
  }
  sg_full__empty_gutter_line(self, width);
}

static void sg_full__append(CharBuf *buf, const char *s, uint32_t n) {
  array_reserve(buf, buf->len + n + 1);
  memcpy(buf->items + buf->len, s, n);
  buf->len += n;
  buf->items[buf->len] = '\0';
}

/* Old and new text of the whole lines the fix touches; false when it has no
 * usable edit. */
static bool sg_full__preview(const Source *src, const Fix *fix, FixPreview *out) {
  *out = (FixPreview){0};
  if (!fix->edits.len) return false;
  uint32_t first_start = fix->edits.items[0].span.start_byte;
  uint32_t last_end = 0;
  for (uint32_t i = 0; i < fix->edits.len; i++) {
    const Span *s = &fix->edits.items[i].span;
    if (s->end_byte > last_end) last_end = s->end_byte;
    if (s->start_byte < first_start) first_start = s->start_byte;
  }
  if (first_start > src->len || last_end > src->len) return false;
  uint32_t first_line = sg_source_line_of(src, first_start);
  uint32_t last_line = sg_source_line_of(src, last_end);
  uint32_t seg_start = src->line_starts[first_line];
  uint32_t seg_end = last_line + 1 < src->line_count ? src->line_starts[last_line + 1] : src->len;
  /* An edit ending right after a newline touches no text of the next line. */
  if (last_end > first_start && last_line > first_line && src->line_starts[last_line] == last_end)
    seg_end = last_end;
  uint32_t at = seg_start;
  for (uint32_t i = 0; i < fix->edits.len; i++) {
    const Edit *e = &fix->edits.items[i];
    if (e->span.start_byte < at) continue;   /* overlapping: not applicable */
    sg_full__append(&out->new_text, src->text + at, e->span.start_byte - at);
    sg_full__append(&out->new_text, e->text, (uint32_t)strlen(e->text));
    at = e->span.end_byte > e->span.start_byte ? e->span.end_byte : e->span.start_byte;
  }
  if (at < seg_end) sg_full__append(&out->new_text, src->text + at, seg_end - at);
  out->first_line = first_line;
  out->old_text = src->text + seg_start;
  out->old_len = seg_end - seg_start;
  return true;
}

static uint32_t sg_full__count_lines(const char *s, uint32_t n) {
  uint32_t lines = 0;
  for (uint32_t i = 0; i < n; i++)
    if (s[i] == '\n' || i + 1 == n) lines++;
  return lines;
}

static void sg_full__preview_rows(Reporter *self, int width, uint32_t first_line,
                                  const char *s, uint32_t n, char sep, const char *style) {
  uint32_t number = first_line + 1, i = 0;
  while (i < n) {
    uint32_t j = i;
    while (j < n && s[j] != '\n') j++;
    uint32_t len = j - i;
    if (len && s[i + len - 1] == '\r') len--;
    sg_full__row(self, width, number++, sep, s + i, len, style);
    i = j + 1;
  }
}

static void sg_full__diagnostic(Reporter *self, const FileResult *result, const Diagnostic *d) {
  FILE *out = self->out;
  const char *bold = sg_report_style(self, SG_ANSI_BOLD);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  const char *sev = sg_report_severity_style(self, d->severity);
  uint32_t cell, line = sg_report_line(result, d->span.line, &cell);
  fputs(bold, out);
  sg_report_put_visible(out, result->path);
  fprintf(out, "%s:", reset);
  if (cell) fprintf(out, "cell %u:", cell);
  fprintf(out, "%u:%u: %s%s%s [%s%s%s] ", line, d->span.col, sev, sg_rules[d->rule].code, reset, sev,
          sg_severity_name(d->severity), reset);
  sg_report_put_visible(out, d->message);
  fputc('\n', out);

  const Source *src = sg_full__source_ok(result->source) ? result->source : NULL;
  FramePlan plan = {0};
  FixPreview preview = {0};
  bool has_preview = false;
  uint32_t max_line = 1;
  if (src) {
    plan = sg_full__plan(src, result->cells, &d->span);
    max_line = sg_full__number(result->cells, plan.bottom);
    if (self->opts.show_fixes && d->fix && sg_full__preview(src, d->fix, &preview)) {
      has_preview = true;
      uint32_t rows = sg_full__count_lines(preview.old_text, preview.old_len);
      uint32_t new_rows = sg_full__count_lines(preview.new_text.items, preview.new_text.len);
      if (new_rows > rows) rows = new_rows;
      if (sg_full__number(result->cells, preview.first_line) + rows > max_line)
        max_line = sg_full__number(result->cells, preview.first_line) + rows;
    }
  }
  int width = sg_full__digits(max_line);

  if (src) sg_full__frame(self, width, src, d, &plan);
  for (uint32_t i = 0; i < d->related.len; i++) {
    const Related *r = &d->related.items[i];
    char place[1024];
    fprintf(out, "%*s %s=%s %snote%s: ", width, "", sg_report_style(self, SG_ANSI_BLUE), reset, bold, reset);
    sg_report_put_visible(out, sg_report_place(result, result->path, r->span.line, r->span.col, place, sizeof place));
    fputs(": ", out);
    sg_report_put_visible(out, r->message);
    fputc('\n', out);
  }
  if (d->fix) {
    fprintf(out, "%*s %s=%s %shelp%s: ", width, "", sg_report_style(self, SG_ANSI_BLUE), reset, bold, reset);
    sg_report_put_visible(out, d->fix->title);
    fputc('\n', out);
  }
  if (has_preview) {
    fprintf(out, "%*s %s=%s %sfix%s (%s):\n", width, "", sg_report_style(self, SG_ANSI_BLUE), reset,
            bold, reset, d->fix->applicability == FIX_SAFE ? "safe" : "unsafe");
    sg_full__empty_gutter_line(self, width);
    uint32_t first = sg_full__number(result->cells, preview.first_line) - 1;
    sg_full__preview_rows(self, width, first, sg_full__shown(result->cells, src, preview.old_text), preview.old_len,
                          '-', sg_report_style(self, SG_ANSI_PLAIN_RED));
    sg_full__preview_rows(self, width, first, preview.new_text.items,
                          preview.new_text.len, '+', sg_report_style(self, SG_ANSI_GREEN));
    sg_full__empty_gutter_line(self, width);
  }
  array_free(&preview.new_text);
  char url[SG_REPORT_URL_MAX];
  fprintf(out, "%*s %s=%s %sdocs%s: %s\n", width, "", sg_report_style(self, SG_ANSI_BLUE), reset,
          bold, reset, sg_report_rule_url(d->rule, url, sizeof url));
  fputc('\n', out);
}

static void sg_full__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  for (uint32_t i = 0; i < result->items.len; i++) {
    sg_full__diagnostic(self, result, &result->items.items[i]);
    self->emitted++;
  }
}

static void sg_full__end(Reporter *self, const ReportSummary *summary) {
  if (self->opts.statistics) sg_report_write_statistics(self, summary);
  sg_report_write_summary(self, summary);
}

void sg_report_full_init(Reporter *self) {
  self->file = sg_full__file;
  self->end = sg_full__end;
}
