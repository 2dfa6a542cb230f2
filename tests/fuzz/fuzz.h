/* Shared by the libFuzzer harnesses in tests/fuzz (one .c per target, each
 * with its own LLVMFuzzerTestOneInput): the settings every harness lints
 * with, a check that aborts with a message (libFuzzer records the input as
 * a crash), and every output format written to memory and checked.
 * Static inline only: each harness is one translation unit. */
#ifndef SG_FUZZ_H
#define SG_FUZZ_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <sanitizer/common_interface_defs.h>

#include "lint/lint.h"
#include "report/report.h"

/* Larger inputs are refused (returning -1 keeps them out of the corpus):
 * what a bigger file reaches, a smaller one reaches faster. Time and memory
 * on large files are measured by benchmarks (BENCHMARKS.md), not here. */
#define FUZZ_MAX_INPUT 65536u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* An invariant that failed: a finding, as a crash would be. The message
 * goes where the sanitizers report (libFuzzer's -close_fd_mask=2 closes
 * the target's stderr, not that). */
#define fuzz_assert(cond, ...)                                                 \
  do {                                                                         \
    if (!(cond)) {                                                             \
      char fuzz_why_[4096];                                                    \
      int fuzz_at_ = snprintf(fuzz_why_, sizeof fuzz_why_, "fuzz: %s:%d: %s: ", \
                              __FILE__, __LINE__, #cond);                      \
      snprintf(fuzz_why_ + fuzz_at_, sizeof fuzz_why_ - (size_t)fuzz_at_,      \
               __VA_ARGS__);                                                   \
      __sanitizer_report_error_summary(fuzz_why_);                             \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* Defaults with every rule on, opt-in ones included, and the Source kept
 * (the full format's code frames). */
static inline void fuzz_settings_init(Settings *s) {
  sg_settings_init(s);
  for (int r = 0; r < RULE__COUNT; r++) s->enabled[r] = true;
  s->keep_source = true;
}

/* A cheap hash of the input's head: picks variants (stub file, target
 * version) without spending input bytes on them. */
static inline uint32_t fuzz_hash(const uint8_t *data, size_t size) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size && i < 64; i++) h = (h ^ data[i]) * 16777619u;
  return h ^ (uint32_t)size;
}

static inline bool fuzz_has_rule(const FileResult *r, RuleId rule) {
  for (uint32_t i = 0; i < r->items.len; i++)
    if (r->items.items[i].rule == rule) return true;
  return false;
}

/* Did the file fail to parse or to read (the fixer leaves such files)? */
static inline bool fuzz_unparsable(const FileResult *r) {
  return fuzz_has_rule(r, RULE_syntax_error) || fuzz_has_rule(r, RULE_unreadable_file);
}

/* Every format, with colors, fix previews and then statistics, into a memory
 * stream; the JSON formats (json, json-lines, sarif) must parse. */
static inline void fuzz_report_all(const FileResult *r) {
  ReportSummary summary = {0};
  sg_report_summary_add(&summary, r);
  for (int pass = 0; pass < 2; pass++) {
    for (int f = 0; f < REPORT_FORMAT__COUNT; f++) {
      char *text = NULL;
      size_t len = 0;
      FILE *out = open_memstream(&text, &len);
      fuzz_assert(out != NULL, "open_memstream");
      ReporterOptions opts = {.color = pass == 0, .show_fixes = true, .unsafe_fixes = pass == 0,
                              .statistics = pass == 1};
      Reporter *rep = sg_reporter_new((ReportFormat)f, out, &opts);
      rep->begin(rep);
      rep->file(rep, r);
      rep->end(rep, &summary);
      sg_reporter_delete(rep);
      fclose(out);
      bool json = f == REPORT_FORMAT_JSON || f == REPORT_FORMAT_SARIF;
      if (json && !(pass == 1 && f == REPORT_FORMAT_JSON && len == 0)) {
        cJSON *doc = cJSON_ParseWithLength(text, len);
        fuzz_assert(doc != NULL, "%s output is not JSON:\n%s", sg_report_format_name((ReportFormat)f), text);
        cJSON_Delete(doc);
      }
      if (f == REPORT_FORMAT_JSON_LINES) {
        for (char *line = text; line < text + len;) {
          char *nl = memchr(line, '\n', (size_t)(text + len - line));
          fuzz_assert(nl != NULL, "json-lines output does not end with a newline");
          cJSON *doc = cJSON_ParseWithLength(line, (size_t)(nl - line));
          fuzz_assert(doc != NULL || nl == line, "a json-lines line is not JSON: %.*s", (int)(nl - line), line);
          cJSON_Delete(doc);
          line = nl + 1;
        }
      }
      free(text);
    }
  }
}

#endif
