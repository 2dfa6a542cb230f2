/* Report: output formats as interchangeable records of callbacks (begin, file,
 * end) writing to a FILE * the caller keeps owning. Free a Reporter with
 * sg_reporter_delete; summaries and stats are plain caller-owned values. */
#ifndef SG_REPORT_H
#define SG_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rules/diagnostic.h"
#include "rules/registry.h"

/* snag's version, as `snag version` and the SARIF driver report it. */
#define SNAG_VERSION "0.1.0"

/* One row per output format; later formats (json-lines, sarif, github,
 * junit) append a value here and a row to the table in report.c. */
typedef enum ReportFormat {
  REPORT_FORMAT_CONCISE,   /* path:line:col: CODE message */
  REPORT_FORMAT_FULL,      /* header, code frame, notes, help, docs link */
  REPORT_FORMAT_JSON,      /* one pretty JSON array of every finding */
  REPORT_FORMAT_JSON_LINES, /* one compact JSON object per finding per line */
  REPORT_FORMAT_GITHUB,    /* GitHub Actions workflow commands (annotations) */
  REPORT_FORMAT_SARIF,     /* SARIF 2.1.0 log for code scanning */
  REPORT_FORMAT_JUNIT,     /* JUnit XML: a testsuite per file, a failure per finding */
  REPORT_FORMAT__COUNT
} ReportFormat;

typedef struct ReporterOptions {
  bool color;        /* ANSI colors (the CLI decides: stdout is a tty) */
  bool show_fixes;   /* full: a preview of each fix */
  bool unsafe_fixes; /* --unsafe-fixes: unsafe fixes count as fixable */
  bool statistics;   /* a per-rule count table instead of each finding */
} ReporterOptions;

/* Totals over the whole run, built by the driver with
 * sg_report_summary_add for every file (after noqa). */
typedef struct ReportSummary {
  uint32_t files;                        /* files checked */
  uint32_t findings;                     /* diagnostics reported */
  uint32_t fixable_safe;                 /* findings with a safe fix */
  uint32_t fixable_unsafe;               /* findings with an unsafe fix */
  uint32_t suppressed;                   /* dropped by noqa */
  uint32_t per_severity[SEVERITY_ERROR + 1];
  uint32_t per_rule[RULE__COUNT];
  uint32_t per_rule_fixable[RULE__COUNT];  /* with a safe fix */
} ReportSummary;

typedef struct Reporter Reporter;
struct Reporter {
  /* Once, before any file. */
  void (*begin)(Reporter *self);
  /* Once per file, in the final sorted path order; the diagnostics are
   * sorted and their line/column fields filled. Called for files with no
   * findings too. */
  void (*file)(Reporter *self, const FileResult *result);
  /* Once, after the last file. */
  void (*end)(Reporter *self, const ReportSummary *summary);
  /* Frees `state`; NULL when the format keeps none. */
  void (*destroy)(Reporter *self);

  ReportFormat format;
  ReporterOptions opts;
  FILE *out;                             /* not owned */
  uint32_t emitted;                      /* findings written so far */
  void *state;                           /* format-private */
};

/* NULL when fmt is not a known format. opts may be NULL (all false). */
Reporter *sg_reporter_new(ReportFormat fmt, FILE *out, const ReporterOptions *opts);
void sg_reporter_delete(Reporter *self);  /* NULL-safe; does not close out */

/* "concise", "full", "json", ... (case-sensitive) → the format, or
 * REPORT_FORMAT__COUNT when unknown. */
ReportFormat sg_report_format_parse(const char *name);
const char *sg_report_format_name(ReportFormat fmt);
/* "concise, full, json, ...": the choices, for a usage error message. */
const char *sg_report_format_list(void);

void sg_report_summary_add(ReportSummary *self, const FileResult *result);

typedef struct RuleStat {
  RuleId rule;
  uint32_t count;
  uint32_t fixable;                      /* with a safe fix */
} RuleStat;

/* Rules with at least one finding, by count (descending) then code; fills
 * out (RULE__COUNT entries) and returns how many were written. */
uint32_t sg_report_statistics(const ReportSummary *summary, RuleStat *out);

/* The rule's documentation link, e.g.
 * https://github.com/snag-lint/snag/blob/main/rules.md#sng201-mutable-default-mutated
 * (the anchor GitHub makes for the heading "SNG201 mutable-default-mutated").
 * Writes a NUL-terminated string into buf (truncated to cap); returns buf. */
char *sg_report_rule_url(RuleId rule, char *buf, size_t cap);
#define SG_REPORT_URL_MAX 256

/* path as GitHub annotates it: relative to workspace (absolute; the
 * runner's GITHUB_WORKSPACE) when it lies inside it, a relative path being
 * taken from cwd (absolute); otherwise path unchanged. `./a.py` -> `a.py`.
 * Caller frees the result with sg_free. */
char *sg_report_workspace_path(const char *workspace, const char *cwd, const char *path);

/* item as the json format prints it (two-space indent, keys in their
 * order) and a newline. */
struct cJSON;
void sg_report_json_write(FILE *out, const struct cJSON *item);

/* `snag merge`: the outputs of `snag check --shard K/N` runs (parsed), as
 * the one run over every file would have printed them: the findings of
 * the files in the order the run sorts them, each file's in its own
 * order. NULL on success, else what is wrong with the input (a static
 * string). json: each input a findings array. sarif: each a log with one
 * run; the first one's tool, invocation and base URIs are kept, the rules
 * are those that fired, in order of first finding. */
const char *sg_report_json_merge(FILE *out, struct cJSON *const *docs, uint32_t count);
const char *sg_report_sarif_merge(FILE *out, struct cJSON *const *docs, uint32_t count);

/* ---- for the format implementations (report/<format>.c) ---------------- */

/* A 1-based line of a result as it is shown: for a notebook, its line in
 * its cell, with *cell the cell's number (1-based, counting every cell, as
 * Jupyter shows them); for a Python file, the line itself and *cell = 0.
 * Text formats write a notebook's place as `path:cell 3:2:5:`. */
uint32_t sg_report_line(const FileResult *result, uint32_t line, uint32_t *cell);
/* "path:cell 3:2:5" or "path:2:5" into buf; returns buf. */
char *sg_report_place(const FileResult *result, const char *path, uint32_t line, uint32_t col,
                      char *buf, size_t cap);

/* ANSI escape sequences, or "" when colors are off. */
const char *sg_report_style(const Reporter *self, const char *ansi);
/* Writes s with its control characters made visible (`\n`, `\r`, `\x1b`,
 * `\u009b`...): a file name or message must not move the cursor, forge a
 * line or a workflow command in a text format. */
void sg_report_put_visible(FILE *out, const char *s);
const char *sg_report_severity_style(const Reporter *self, Severity severity);
#define SG_ANSI_RESET "\x1b[0m"
#define SG_ANSI_BOLD "\x1b[1m"
#define SG_ANSI_RED "\x1b[1;31m"
#define SG_ANSI_YELLOW "\x1b[1;33m"
#define SG_ANSI_BLUE "\x1b[1;34m"
#define SG_ANSI_CYAN "\x1b[36m"
#define SG_ANSI_GREEN "\x1b[32m"
#define SG_ANSI_PLAIN_RED "\x1b[31m"

/* Text trailer shared by concise and full: "Found N errors." (or "All
 * checks passed!") and, when findings have fixes, Ruff's fixable line
 * ("[*] 3 fixable with the `--fix` option (2 hidden fixes ...)."). */
void sg_report_write_summary(Reporter *self, const ReportSummary *summary);
/* The --statistics table: "count  CODE  name", aligned, one rule a line. */
void sg_report_write_statistics(Reporter *self, const ReportSummary *summary);

/* Each format's constructor: sets the callbacks and any state. */
void sg_report_concise_init(Reporter *self);
void sg_report_full_init(Reporter *self);
void sg_report_json_init(Reporter *self);
void sg_report_json_lines_init(Reporter *self);
void sg_report_github_init(Reporter *self);
void sg_report_sarif_init(Reporter *self);
void sg_report_junit_init(Reporter *self);

#endif
