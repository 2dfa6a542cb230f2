/* concise: one line per finding, `path:line:col: CODE message` (Ruff's
 * concise format; the severity shows only as the code's color). */
#include "report/report.h"

static void sg_concise__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  const char *bold = sg_report_style(self, SG_ANSI_BOLD);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  const char *cyan = sg_report_style(self, SG_ANSI_CYAN);
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    uint32_t cell, line = sg_report_line(result, d->span.line, &cell);
    fputs(bold, self->out);
    sg_report_put_visible(self->out, result->path);
    fprintf(self->out, "%s:", reset);
    if (cell) fprintf(self->out, "cell %u:", cell);  /* a notebook: Ruff's `nb.ipynb:cell 3:2:5:` */
    fprintf(self->out, "%u:%u: %s%s%s ", line, d->span.col, sg_report_severity_style(self, d->severity),
            sg_rules[d->rule].code, reset);
    /* Ruff's marker for a finding with a safe fix. */
    if (d->fix && (d->fix->applicability == FIX_SAFE || self->opts.unsafe_fixes))
      fprintf(self->out, "[%s*%s] ", cyan, reset);
    sg_report_put_visible(self->out, d->message);
    fputc('\n', self->out);
    self->emitted++;
  }
}

static void sg_concise__end(Reporter *self, const ReportSummary *summary) {
  if (self->opts.statistics) sg_report_write_statistics(self, summary);
  sg_report_write_summary(self, summary);
}

void sg_report_concise_init(Reporter *self) {
  self->file = sg_concise__file;
  self->end = sg_concise__end;
}
