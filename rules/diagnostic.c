#include "rules/diagnostic.h"

#include "parser/notebook.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

FileResult *sg_file_result_new(const char *path) {
  FileResult *self = sg_calloc(1, sizeof(FileResult));
  self->path = sg_strdup(path);
  return self;
}

void sg_diag_free(Diagnostic *d) {
  sg_free(d->message);
  for (uint32_t i = 0; i < d->related.len; i++) sg_free(d->related.items[i].message);
  array_free(&d->related);
  if (d->fix) {
    for (uint32_t i = 0; i < d->fix->edits.len; i++) sg_free(d->fix->edits.items[i].text);
    array_free(&d->fix->edits);
    sg_free(d->fix->title);
    sg_free(d->fix);
  }
}

void sg_file_result_delete(FileResult *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->items.len; i++) sg_diag_free(&self->items.items[i]);
  array_free(&self->items);
  sg_source_delete(self->source);
  sg_cell_map_delete(self->cells);
  sg_free(self->path);
  sg_free(self);
}

static char *sg_diag__vformat(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  char *s = sg_malloc((size_t)(n < 0 ? 0 : n) + 1);
  vsnprintf(s, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
  return s;
}

Diagnostic *sg_diag_add(FileResult *self, RuleId rule, Severity severity,
                        uint32_t start_byte, uint32_t end_byte, const char *fmt, ...) {
  Diagnostic d = {0};
  d.rule = rule;
  d.severity = severity;
  d.span.start_byte = start_byte;
  d.span.end_byte = end_byte < start_byte ? start_byte : end_byte;
  va_list ap;
  va_start(ap, fmt);
  d.message = sg_diag__vformat(fmt, ap);
  va_end(ap);
  array_push(&self->items, d);
  return &array_last(&self->items);
}

void sg_diag_related(Diagnostic *self, uint32_t start_byte, uint32_t end_byte,
                     const char *fmt, ...) {
  Related r = {0};
  r.span.start_byte = start_byte;
  r.span.end_byte = end_byte;
  va_list ap;
  va_start(ap, fmt);
  r.message = sg_diag__vformat(fmt, ap);
  va_end(ap);
  array_push(&self->related, r);
}

Fix *sg_diag_fix(Diagnostic *self, FixApplicability applicability, const char *title) {
  if (!self->fix) self->fix = sg_calloc(1, sizeof(Fix));
  self->fix->applicability = applicability;
  sg_free(self->fix->title);
  self->fix->title = sg_strdup(title);
  return self->fix;
}

void sg_fix_edit(Fix *self, uint32_t start_byte, uint32_t end_byte, const char *text) {
  Edit e = {0};
  e.span.start_byte = start_byte;
  e.span.end_byte = end_byte;
  e.text = sg_strdup(text);
  /* keep edits sorted by position */
  array_push(&self->edits, e);
  for (uint32_t i = self->edits.len - 1; i > 0; i--) {
    Edit *a = &self->edits.items[i - 1], *b = &self->edits.items[i];
    if (a->span.start_byte <= b->span.start_byte) break;
    Edit t = *a; *a = *b; *b = t;
  }
}

void sg_span_resolve(Span *span, const Source *source) {
  SourcePos a = sg_source_pos(source, span->start_byte, SOURCE_UNIT_CHAR);
  SourcePos b = sg_source_pos(source, span->end_byte, SOURCE_UNIT_CHAR);
  span->line = a.line + 1;
  span->col = a.col + 1;
  span->end_line = b.line + 1;
  span->end_col = b.col + 1;
}

static int sg_diag__compare(const void *pa, const void *pb) {
  const Diagnostic *a = pa, *b = pb;
  if (a->span.start_byte != b->span.start_byte) return a->span.start_byte < b->span.start_byte ? -1 : 1;
  if (a->rule != b->rule) return sg_rules[a->rule].number < sg_rules[b->rule].number ? -1 : 1;
  if (a->span.end_byte != b->span.end_byte) return a->span.end_byte < b->span.end_byte ? -1 : 1;
  return strcmp(a->message, b->message);
}

void sg_diagnostics_finish(FileResult *self, const Source *source) {
  for (uint32_t i = 0; i < self->items.len; i++) {
    Diagnostic *d = &self->items.items[i];
    sg_span_resolve(&d->span, source);
    for (uint32_t k = 0; k < d->related.len; k++) sg_span_resolve(&d->related.items[k].span, source);
    if (d->fix)
      for (uint32_t k = 0; k < d->fix->edits.len; k++) sg_span_resolve(&d->fix->edits.items[k].span, source);
  }
  if (self->items.len > 1)
    qsort(self->items.items, self->items.len, sizeof(Diagnostic), sg_diag__compare);
}

const char *sg_text_newline(const char *t, size_t n, size_t byte) {
  size_t i = byte < n ? byte : n;
  while (i < n && t[i] != '\n' && t[i] != '\r') i++;
  if (i == n) {  /* the last line has no ending: look back */
    i = byte < n ? byte : n;
    while (i > 0 && t[i - 1] != '\n' && t[i - 1] != '\r') i--;
    if (i == 0) return "\n";
    i--;
    if (t[i] == '\n' && i > 0 && t[i - 1] == '\r') return "\r\n";
  }
  if (t[i] == '\n') return "\n";
  return i + 1 < n && t[i + 1] == '\n' ? "\r\n" : "\r";
}

const char *sg_fix_newline(const Source *src, uint32_t byte) {
  return sg_text_newline(src->text, src->len, byte);
}
