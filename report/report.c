#include "report/report.h"

#include "parser/notebook.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define SG_REPORT_DOCS_BASE "https://github.com/snag-lint/snag/blob/main/rules.md#"

static const struct {
  const char *name;
  void (*init)(Reporter *self);
} sg_report__formats[REPORT_FORMAT__COUNT] = {
  [REPORT_FORMAT_CONCISE] = {"concise", sg_report_concise_init},
  [REPORT_FORMAT_FULL] = {"full", sg_report_full_init},
  [REPORT_FORMAT_JSON] = {"json", sg_report_json_init},
  [REPORT_FORMAT_JSON_LINES] = {"json-lines", sg_report_json_lines_init},
  [REPORT_FORMAT_GITHUB] = {"github", sg_report_github_init},
  [REPORT_FORMAT_SARIF] = {"sarif", sg_report_sarif_init},
  [REPORT_FORMAT_JUNIT] = {"junit", sg_report_junit_init},
};

/* Callbacks a format leaves NULL do nothing. */
static void sg_report__nop_begin(Reporter *self) {}
static void sg_report__nop_file(Reporter *self, const FileResult *result) {}
static void sg_report__nop_end(Reporter *self, const ReportSummary *summary) {}

Reporter *sg_reporter_new(ReportFormat fmt, FILE *out, const ReporterOptions *opts) {
  if ((unsigned)fmt >= REPORT_FORMAT__COUNT || !out) return NULL;
  Reporter *self = sg_calloc(1, sizeof(Reporter));
  self->format = fmt;
  self->out = out;
  if (opts) self->opts = *opts;
  sg_report__formats[fmt].init(self);
  if (!self->begin) self->begin = sg_report__nop_begin;
  if (!self->file) self->file = sg_report__nop_file;
  if (!self->end) self->end = sg_report__nop_end;
  return self;
}

void sg_reporter_delete(Reporter *self) {
  if (!self) return;
  if (self->destroy) self->destroy(self);
  sg_free(self);
}

ReportFormat sg_report_format_parse(const char *name) {
  for (int f = 0; f < REPORT_FORMAT__COUNT; f++)
    if (name && strcmp(name, sg_report__formats[f].name) == 0) return (ReportFormat)f;
  return REPORT_FORMAT__COUNT;
}

const char *sg_report_format_name(ReportFormat fmt) {
  return (unsigned)fmt < REPORT_FORMAT__COUNT ? sg_report__formats[fmt].name : "?";
}

/* A literal (no state to build it in); test_report checks it names every
 * row of the table. */
const char *sg_report_format_list(void) {
  return "concise, full, json, json-lines, github, sarif, junit";
}

void sg_report_summary_add(ReportSummary *self, const FileResult *result) {
  self->files++;
  self->suppressed += result->suppressed;
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    self->findings++;
    if ((unsigned)d->severity <= SEVERITY_ERROR) self->per_severity[d->severity]++;
    if ((unsigned)d->rule < RULE__COUNT) self->per_rule[d->rule]++;
    if (!d->fix) continue;
    if (d->fix->applicability != FIX_SAFE) {
      self->fixable_unsafe++;
      continue;
    }
    self->fixable_safe++;
    if ((unsigned)d->rule < RULE__COUNT) self->per_rule_fixable[d->rule]++;
  }
}

static int sg_report__stat_compare(const void *pa, const void *pb) {
  const RuleStat *a = pa, *b = pb;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  uint32_t na = sg_rules[a->rule].number, nb = sg_rules[b->rule].number;
  return na < nb ? -1 : na > nb;
}

uint32_t sg_report_statistics(const ReportSummary *summary, RuleStat *out) {
  uint32_t n = 0;
  for (int r = 0; r < RULE__COUNT; r++)
    if (summary->per_rule[r])
      out[n++] = (RuleStat){(RuleId)r, summary->per_rule[r], summary->per_rule_fixable[r]};
  qsort(out, n, sizeof(RuleStat), sg_report__stat_compare);
  return n;
}

/* GitHub's heading anchor: lowercase; letters, digits, '-' and '_' kept;
 * spaces become '-'; other punctuation dropped. */
static size_t sg_report__slug(char *buf, size_t cap, size_t at, const char *text) {
  for (const char *p = text; *p && at + 1 < cap; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c) || c == '-' || c == '_') buf[at++] = (char)tolower(c);
    else if (c == ' ') buf[at++] = '-';
  }
  return at;
}

char *sg_report_rule_url(RuleId rule, char *buf, size_t cap) {
  if (!cap) return buf;
  buf[0] = '\0';
  if ((unsigned)rule >= RULE__COUNT) return buf;
  size_t at = (size_t)snprintf(buf, cap, "%s", SG_REPORT_DOCS_BASE);
  if (at >= cap) return buf;
  at = sg_report__slug(buf, cap, at, sg_rules[rule].code);
  if (at + 1 < cap) buf[at++] = '-';
  at = sg_report__slug(buf, cap, at, sg_rules[rule].name);
  buf[at] = '\0';
  return buf;
}

uint32_t sg_report_line(const FileResult *result, uint32_t line, uint32_t *cell) {
  *cell = 0;
  if (!result->cells) return line;
  uint32_t in_cell;
  sg_cell_map_locate(result->cells, line, cell, &in_cell);
  return in_cell;
}

char *sg_report_place(const FileResult *result, const char *path, uint32_t line, uint32_t col,
                      char *buf, size_t cap) {
  uint32_t cell, shown = sg_report_line(result, line, &cell);
  if (cell) snprintf(buf, cap, "%s:cell %u:%u:%u", path, cell, shown, col);
  else snprintf(buf, cap, "%s:%u:%u", path, shown, col);
  return buf;
}

void sg_report_put_visible(FILE *out, const char *s) {
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '\n') fputs("\\n", out);
    else if (*p == '\r') fputs("\\r", out);
    else if ((*p < 0x20 && *p != '\t') || *p == 0x7f) fprintf(out, "\\x%02x", *p);
    else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) fprintf(out, "\\u%04x", p[1]), p++;  /* C1 */
    else fputc(*p, out);
  }
}

const char *sg_report_style(const Reporter *self, const char *ansi) {
  return self->opts.color ? ansi : "";
}

const char *sg_report_severity_style(const Reporter *self, Severity severity) {
  switch (severity) {
    case SEVERITY_ERROR: return sg_report_style(self, SG_ANSI_RED);
    case SEVERITY_WARNING: return sg_report_style(self, SG_ANSI_YELLOW);
    case SEVERITY_INFO: return sg_report_style(self, SG_ANSI_BLUE);
  }
  return "";
}

/* Ruff's layout, with the findings counted by severity ("Found 12
 * findings: 3 errors, 9 warnings."), then Ruff's fixable line. */
void sg_report_write_summary(Reporter *self, const ReportSummary *summary) {
  FILE *out = self->out;
  if (summary->findings == 0) {
    fputs("All checks passed!\n", out);
    return;
  }
  /* "Found 12 findings: 3 errors, 9 warnings." -- what they are, by severity */
  fprintf(out, "Found %u finding%s", summary->findings, summary->findings == 1 ? "" : "s");
  static const struct { Severity severity; const char *one, *many; } kinds[] = {
    {SEVERITY_ERROR, "error", "errors"},
    {SEVERITY_WARNING, "warning", "warnings"},
    {SEVERITY_INFO, "info", "info"},
  };
  const char *sep = ": ";
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    uint32_t n = summary->per_severity[kinds[k].severity];
    if (!n) continue;
    fprintf(out, "%s%u %s", sep, n, n == 1 ? kinds[k].one : kinds[k].many);
    sep = ", ";
  }
  fputs(".\n", out);
  /* Ruff's fixable line: what `--fix` would apply now, and the unsafe fixes
   * it keeps hidden unless `--unsafe-fixes` is given. */
  uint32_t safe = summary->fixable_safe, unsafe = summary->fixable_unsafe;
  const char *cyan = sg_report_style(self, SG_ANSI_CYAN);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  if (self->opts.unsafe_fixes) {
    safe += unsafe;
    unsafe = 0;
  }
  const char *es = unsafe == 1 ? "" : "es";
  if (safe && unsafe)
    fprintf(out, "[%s*%s] %u fixable with the `--fix` option (%u hidden fix%s can be enabled with the "
            "`--unsafe-fixes` option).\n", cyan, reset, safe, unsafe, es);
  else if (safe)
    fprintf(out, "[%s*%s] %u fixable with the `--fix` option.\n", cyan, reset, safe);
  else if (unsafe)
    fprintf(out, "No fixes available (%u hidden fix%s can be enabled with the `--unsafe-fixes` option).\n",
            unsafe, es);
}

static int sg_report__digits(uint32_t n) {
  int d = 1;
  while (n >= 10) { n /= 10; d++; }
  return d;
}

void sg_report_write_statistics(Reporter *self, const ReportSummary *summary) {
  RuleStat stats[RULE__COUNT];
  uint32_t n = sg_report_statistics(summary, stats);
  int count_width = 1, code_width = 1;
  bool any_fixable = false;
  for (uint32_t i = 0; i < n; i++) {
    int cw = sg_report__digits(stats[i].count);
    int kw = (int)strlen(sg_rules[stats[i].rule].code);
    if (cw > count_width) count_width = cw;
    if (kw > code_width) code_width = kw;
    any_fixable |= stats[i].fixable > 0;
  }
  const char *bold = sg_report_style(self, SG_ANSI_BOLD);
  const char *reset = sg_report_style(self, SG_ANSI_RESET);
  const char *cyan = sg_report_style(self, SG_ANSI_CYAN);
  for (uint32_t i = 0; i < n; i++) {
    const RuleInfo *info = &sg_rules[stats[i].rule];
    fprintf(self->out, "%s%*u%s  %-*s  ", bold, count_width, stats[i].count, reset, code_width,
            info->code);
    if (any_fixable) {
      if (stats[i].fixable) fprintf(self->out, "[%s*%s] ", cyan, reset);
      else fputs("[ ] ", self->out);
    }
    fprintf(self->out, "%s\n", info->name);
  }
}
