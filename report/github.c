/* github: GitHub Actions workflow commands, one per finding, which the
 * runner turns into annotations on the pull request's diff:
 *
 *   ::error title=snag (SNG201),file=a.py,line=3,col=5,endLine=3,endColumn=9::a.py:3:5: SNG201 message
 *
 * Severities map to `error`, `warning` and `notice`. Columns count code
 * points; endLine/endColumn are the span's end position, as Ruff writes
 * them. Escaping follows the runner's parser: in the message
 * `%`, CR and LF; in property values also `:` and `,`. Nothing else is
 * printed, so the log holds only annotations (and the run's exit status
 * still fails the step). */
#include "report/report.h"

#include "parser/notebook.h"

/* Writes s with the workflow-command escapes; `property` adds `:` and `,`. */
static void sg_github__escaped(FILE *out, const char *s, bool property) {
  for (const char *p = s ? s : ""; *p; p++) {
    switch (*p) {
      case '%': fputs("%25", out); break;
      case '\r': fputs("%0D", out); break;
      case '\n': fputs("%0A", out); break;
      case ':': fputs(property ? "%3A" : ":", out); break;
      case ',': fputs(property ? "%2C" : ",", out); break;
      default: fputc(*p, out);
    }
  }
}

static const char *sg_github__command(Severity severity) {
  switch (severity) {
    case SEVERITY_ERROR: return "error";
    case SEVERITY_WARNING: return "warning";
    default: return "notice";
  }
}

static void sg_github__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  FILE *out = self->out;
  char *path = sg_utf8_sanitize(result->path);
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    const RuleInfo *info = &sg_rules[d->rule];
    const Span *s = &d->span;
    uint32_t cell, line = sg_report_line(result, s->line, &cell);
    SourcePos a = {s->line - 1, s->col - 1}, b = {s->end_line - 1, s->end_col - 1};
    if (cell) {  /* a notebook: annotate the file's lines, name the cell */
      a = sg_cell_map_file_pos(result->cells, s->start_byte, SOURCE_UNIT_CHAR);
      b = sg_cell_map_file_pos(result->cells, s->end_byte, SOURCE_UNIT_CHAR);
    }
    fprintf(out, "::%s title=snag (%s)", sg_github__command(d->severity), info->code);
    if (cell) fprintf(out, " in cell %u", cell);
    fputs(",file=", out);
    sg_github__escaped(out, path, true);
    fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u::", a.line + 1, a.col + 1, b.line + 1, b.col + 1);
    sg_github__escaped(out, path, false);
    if (cell) fprintf(out, ":cell %u", cell);
    fprintf(out, ":%u:%u: %s ", line, s->col, info->code);
    sg_github__escaped(out, d->message, false);
    fputc('\n', out);
    self->emitted++;
  }
  sg_free(path);
}

/* --statistics: the usual table, as plain log text. */
static void sg_github__end(Reporter *self, const ReportSummary *summary) {
  if (self->opts.statistics) sg_report_write_statistics(self, summary);
}

void sg_report_github_init(Reporter *self) {
  self->file = sg_github__file;
  self->end = sg_github__end;
}
