/* Reporters: exact text of concise and full output (code frame with a tab
 * and non-ASCII text, fix previews, statistics), and JSON that parses back
 * with the right keys and code-point columns. */
#include <cjson/cJSON.h>
#include <stdlib.h>

#include "report/report.h"
#include "tests/unit/test.h"

/* Byte offset of the n-th (0-based) occurrence of needle in text. */
static uint32_t test_report__at(const char *text, const char *needle, int n) {
  const char *p = strstr(text, needle);
  while (p && n-- > 0) p = strstr(p + 1, needle);
  if (!p) {
    fprintf(stderr, "  needle not found: %s\n", needle);
    return 0;
  }
  return (uint32_t)(p - text);
}

static FileResult *test_report__result(const char *path, const char *text) {
  FileResult *r = sg_file_result_new(path);
  r->source = sg_source_from_bytes(path, text, strlen(text), SG_SOURCE_MAX_DEFAULT);
  return r;
}

/* Runs a reporter over the files and returns what it wrote (caller frees). */
static char *test_report__render(ReportFormat fmt, ReporterOptions opts, FileResult **files,
                                 int count) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  Reporter *rep = sg_reporter_new(fmt, out, &opts);
  ReportSummary summary = {0};
  rep->begin(rep);
  for (int i = 0; i < count; i++) {
    sg_report_summary_add(&summary, files[i]);
    rep->file(rep, files[i]);
  }
  rep->end(rep, &summary);
  sg_reporter_delete(rep);
  fclose(out);
  return buf;
}

static const char *const test_report__py =
    "import os\n"
    "\n"
    "def f(naïve=[]):\n"
    "\tnaïve.append(1)\n"
    "\treturn naïve\n";

/* SNG201 on `naïve.append(1)` with a related note and an unsafe fix, and
 * SNG202 on `[]`. */
static FileResult *test_report__sample(void) {
  const char *t = test_report__py;
  FileResult *r = test_report__result("pkg/mod.py", t);
  uint32_t call = test_report__at(t, "naïve.append", 0);
  uint32_t call_end = test_report__at(t, "(1)", 0) + 3;
  uint32_t lst = test_report__at(t, "[]", 0);
  Diagnostic *d = sg_diag_add(r, RULE_mutable_default_mutated, SEVERITY_ERROR, call, call_end,
                              "default of `%s` is mutated", "naïve");
  sg_diag_related(d, lst, lst + 2, "the default is created here");
  Fix *fix = sg_diag_fix(d, FIX_UNSAFE, "Use `None` as the default");
  uint32_t body = test_report__at(t, "\tnaïve.append", 0);
  sg_fix_edit(fix, body, body, "\tif naïve is None:\n\t\tnaïve = []\n");
  sg_fix_edit(fix, lst, lst + 2, "None");
  sg_diag_add(r, RULE_mutable_default_argument, SEVERITY_WARNING, lst, lst + 2,
              "mutable default argument");
  sg_diagnostics_finish(r, r->source);
  return r;
}

static void test_report_format_parse(void) {
  CHECK_INT(sg_report_format_parse("concise"), REPORT_FORMAT_CONCISE);
  CHECK_INT(sg_report_format_parse("full"), REPORT_FORMAT_FULL);
  CHECK_INT(sg_report_format_parse("json"), REPORT_FORMAT_JSON);
  CHECK_INT(sg_report_format_parse("xml"), REPORT_FORMAT__COUNT);
  CHECK_INT(sg_report_format_parse(""), REPORT_FORMAT__COUNT);
  CHECK_STR(sg_report_format_name(REPORT_FORMAT_FULL), "full");
  for (int f = 0; f < REPORT_FORMAT__COUNT; f++)
    CHECK(strstr(sg_report_format_list(), sg_report_format_name((ReportFormat)f)) != NULL);
  CHECK(sg_reporter_new(REPORT_FORMAT__COUNT, stdout, NULL) == NULL);
  sg_reporter_delete(NULL);
  char url[SG_REPORT_URL_MAX];
  CHECK_STR(sg_report_rule_url(RULE_mutable_default_mutated, url, sizeof url),
            "https://github.com/snag-lint/snag/blob/main/rules.md#sng201-mutable-default-mutated");
  CHECK_STR(sg_report_rule_url(RULE_syntax_error, url, sizeof url),
            "https://github.com/snag-lint/snag/blob/main/rules.md#sng001-syntax-error");
  char small[10];
  CHECK_STR(sg_report_rule_url(RULE_syntax_error, small, sizeof small), "https://g");
}

static void test_report_concise(void) {
  FileResult *files[2] = {test_report__sample(), test_report__result("pkg/z.py", "x = 1\n")};
  ReporterOptions opts = {0};
  char *out = test_report__render(REPORT_FORMAT_CONCISE, opts, files, 2);
  CHECK_STR(out,
            "pkg/mod.py:3:13: SNG202 mutable default argument\n"
            "pkg/mod.py:4:2: SNG201 default of `naïve` is mutated\n"
            "Found 2 findings: 1 error, 1 warning.\n"
            "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);

  /* --unsafe-fixes: the unsafe fix is applicable, so it is marked and counted. */
  opts.unsafe_fixes = true;
  out = test_report__render(REPORT_FORMAT_CONCISE, opts, files, 2);
  CHECK_STR(out,
            "pkg/mod.py:3:13: SNG202 mutable default argument\n"
            "pkg/mod.py:4:2: SNG201 [*] default of `naïve` is mutated\n"
            "Found 2 findings: 1 error, 1 warning.\n"
            "[*] 1 fixable with the `--fix` option.\n");
  free(out);
  opts.unsafe_fixes = false;

  /* A safe fix gets Ruff's [*] marker and counts as fixable. */
  sg_diag_fix(&files[0]->items.items[0], FIX_SAFE, "Replace with `None`");
  out = test_report__render(REPORT_FORMAT_CONCISE, opts, files, 2);
  CHECK_STR(out,
            "pkg/mod.py:3:13: SNG202 [*] mutable default argument\n"
            "pkg/mod.py:4:2: SNG201 default of `naïve` is mutated\n"
            "Found 2 findings: 1 error, 1 warning.\n"
            "[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);

  opts = (ReporterOptions){.color = true};
  out = test_report__render(REPORT_FORMAT_CONCISE, opts, files, 1);
  CHECK_STR(out,
            "\x1b[1mpkg/mod.py\x1b[0m:3:13: \x1b[1;33mSNG202\x1b[0m [\x1b[36m*\x1b[0m] mutable default argument\n"
            "\x1b[1mpkg/mod.py\x1b[0m:4:2: \x1b[1;31mSNG201\x1b[0m default of `naïve` is mutated\n"
            "Found 2 findings: 1 error, 1 warning.\n"
            "[\x1b[36m*\x1b[0m] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);

  /* Nothing found. */
  out = test_report__render(REPORT_FORMAT_CONCISE, (ReporterOptions){0}, files + 1, 1);
  CHECK_STR(out, "All checks passed!\n");
  free(out);
  out = test_report__render(REPORT_FORMAT_CONCISE, (ReporterOptions){0}, NULL, 0);
  CHECK_STR(out, "All checks passed!\n");
  free(out);
  sg_file_result_delete(files[0]);
  sg_file_result_delete(files[1]);
}

static void test_report_statistics(void) {
  const char *t = "a = []\nb = []\nc = []\n";
  FileResult *files[2] = {test_report__result("a.py", t), test_report__result("b.py", t)};
  for (int f = 0; f < 2; f++)
    for (int i = 0; i < 3; i++) {
      uint32_t at = test_report__at(t, "[]", i);
      sg_diag_add(files[f], RULE_mutable_default_argument, SEVERITY_WARNING, at, at + 2, "m");
    }
  Diagnostic *d = sg_diag_add(files[1], RULE_mutable_default_mutated, SEVERITY_ERROR, 0, 1, "m");
  sg_diag_fix(d, FIX_SAFE, "fix it");
  d = sg_diag_add(files[1], RULE_shared_mutable_fill, SEVERITY_ERROR, 0, 1, "m");
  sg_diag_fix(d, FIX_UNSAFE, "unsafe: not marked [*]");
  sg_diagnostics_finish(files[0], files[0]->source);
  sg_diagnostics_finish(files[1], files[1]->source);

  ReportSummary summary = {0};
  sg_report_summary_add(&summary, files[0]);
  sg_report_summary_add(&summary, files[1]);
  CHECK_INT(summary.files, 2);
  CHECK_INT(summary.findings, 8);
  CHECK_INT(summary.fixable_safe, 1);
  CHECK_INT(summary.fixable_unsafe, 1);
  CHECK_INT(summary.per_severity[SEVERITY_WARNING], 6);
  RuleStat stats[RULE__COUNT];
  CHECK_INT(sg_report_statistics(&summary, stats), 3);
  CHECK_INT(stats[0].rule, RULE_mutable_default_argument);
  CHECK_INT(stats[1].rule, RULE_mutable_default_mutated);
  CHECK_INT(stats[2].rule, RULE_shared_mutable_fill);

  ReporterOptions opts = {.statistics = true};
  char *out = test_report__render(REPORT_FORMAT_CONCISE, opts, files, 2);
  CHECK_STR(out,
            "6  SNG202  [ ] mutable-default-argument\n"
            "1  SNG201  [*] mutable-default-mutated\n"
            "1  SNG206  [ ] shared-mutable-fill\n"
            "Found 8 findings: 2 errors, 6 warnings.\n"
            "[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);
  opts.show_fixes = true;
  out = test_report__render(REPORT_FORMAT_FULL, opts, files, 2);
  CHECK_STR(out,
            "6  SNG202  [ ] mutable-default-argument\n"
            "1  SNG201  [*] mutable-default-mutated\n"
            "1  SNG206  [ ] shared-mutable-fill\n"
            "Found 8 findings: 2 errors, 6 warnings.\n"
            "[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);
  out = test_report__render(REPORT_FORMAT_JSON, opts, files, 2);
  CHECK_STR(out,
            "[\n"
            "  {\n"
            "    \"code\": \"SNG202\",\n"
            "    \"name\": \"mutable-default-argument\",\n"
            "    \"count\": 6,\n"
            "    \"fixable\": false\n"
            "  },\n"
            "  {\n"
            "    \"code\": \"SNG201\",\n"
            "    \"name\": \"mutable-default-mutated\",\n"
            "    \"count\": 1,\n"
            "    \"fixable\": true\n"
            "  },\n"
            "  {\n"
            "    \"code\": \"SNG206\",\n"
            "    \"name\": \"shared-mutable-fill\",\n"
            "    \"count\": 1,\n"
            "    \"fixable\": false\n"
            "  }\n"
            "]\n");
  free(out);
  sg_file_result_delete(files[0]);
  sg_file_result_delete(files[1]);
}

static void test_report_full(void) {
  FileResult *r = test_report__sample();
  char *out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){0}, &r, 1);
  CHECK_STR(out,
            "pkg/mod.py:3:13: SNG202 [warning] mutable default argument\n"
            "  |\n"
            "1 | import os\n"
            "2 |\n"
            "3 | def f(naïve=[]):\n"
            "  |             ^^\n"
            "4 |     naïve.append(1)\n"
            "5 |     return naïve\n"
            "  |\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng202-mutable-default-argument\n"
            "\n"
            "pkg/mod.py:4:2: SNG201 [error] default of `naïve` is mutated\n"
            "  |\n"
            "3 | def f(naïve=[]):\n"
            "4 |     naïve.append(1)\n"
            "  |     ^^^^^^^^^^^^^^^\n"
            "5 |     return naïve\n"
            "  |\n"
            "  = note: pkg/mod.py:3:13: the default is created here\n"
            "  = help: Use `None` as the default\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng201-mutable-default-mutated\n"
            "\n"
            "Found 2 findings: 1 error, 1 warning.\n"
            "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);

  /* With show_fixes: a preview of the lines the fix changes. */
  Diagnostic only = r->items.items[1];
  FileResult one = *r;
  one.items.items = &only;
  one.items.len = 1;
  FileResult *onep = &one;
  out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){.show_fixes = true}, &onep, 1);
  CHECK_STR(out,
            "pkg/mod.py:4:2: SNG201 [error] default of `naïve` is mutated\n"
            "  |\n"
            "3 | def f(naïve=[]):\n"
            "4 |     naïve.append(1)\n"
            "  |     ^^^^^^^^^^^^^^^\n"
            "5 |     return naïve\n"
            "  |\n"
            "  = note: pkg/mod.py:3:13: the default is created here\n"
            "  = help: Use `None` as the default\n"
            "  = fix (unsafe):\n"
            "  |\n"
            "3 - def f(naïve=[]):\n"
            "3 + def f(naïve=None):\n"
            "4 +     if naïve is None:\n"
            "5 +         naïve = []\n"
            "  |\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng201-mutable-default-mutated\n"
            "\n"
            "Found 1 finding: 1 error.\n"
            "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);

  /* Without the source: the header and the trailer lines, no frame. */
  one.source = NULL;
  out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){0}, &onep, 1);
  CHECK_STR(out,
            "pkg/mod.py:4:2: SNG201 [error] default of `naïve` is mutated\n"
            "  = note: pkg/mod.py:3:13: the default is created here\n"
            "  = help: Use `None` as the default\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng201-mutable-default-mutated\n"
            "\n"
            "Found 1 finding: 1 error.\n"
            "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
  free(out);
  sg_file_result_delete(r);
}

/* Multi-line, empty and long spans; wide gutters; control characters. */
static void test_report_full_spans(void) {
  const char *t =
      "x = f(\n"
      "    1,\n"
      "\n"
      "    2)\n"
      "y = 2\x1b\n";
  FileResult *r = test_report__result("m.py", t);
  uint32_t call = test_report__at(t, "f(", 0);
  uint32_t close = test_report__at(t, "2)", 0) + 2;
  sg_diag_add(r, RULE_shared_mutable_fill, SEVERITY_INFO, call, close, "multi");
  uint32_t eol = test_report__at(t, "\x1b", 0) + 1;
  sg_diag_add(r, RULE_syntax_error, SEVERITY_ERROR, eol, eol, "empty");
  sg_diagnostics_finish(r, r->source);
  char *out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){0}, &r, 1);
  CHECK_STR(out,
            "m.py:1:5: SNG206 [info] multi\n"
            "  |\n"
            "1 | x = f(\n"
            "  |     ^^\n"
            "2 |     1,\n"
            "  |     ^^\n"
            "3 |\n"
            "4 |     2)\n"
            "  |     ^^\n"
            "5 | y = 2 \n"
            "  |\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng206-shared-mutable-fill\n"
            "\n"
            "m.py:5:7: SNG001 [error] empty\n"
            "  |\n"
            "4 |     2)\n"
            "5 | y = 2 \n"
            "  |       ^\n"
            "  |\n"
            "  = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng001-syntax-error\n"
            "\n"
            "Found 2 findings: 1 error, 1 info.\n");
  free(out);
  sg_file_result_delete(r);

  /* A 12-line span: its first 3 and last 2 lines, a wide gutter. */
  char text[512] = "";
  for (int i = 1; i <= 12; i++) {
    char line[32];
    snprintf(line, sizeof line, "a%d = %d\n", i, i);
    strcat(text, line);
  }
  r = test_report__result("long.py", text);
  sg_diag_add(r, RULE_shared_mutable_fill, SEVERITY_ERROR, 0, test_report__at(text, "a12", 0) + 3,
              "long");
  sg_diagnostics_finish(r, r->source);
  out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){0}, &r, 1);
  CHECK_STR(out,
            "long.py:1:1: SNG206 [error] long\n"
            "   |\n"
            " 1 | a1 = 1\n"
            "   | ^^^^^^\n"
            " 2 | a2 = 2\n"
            "   | ^^^^^^\n"
            " 3 | a3 = 3\n"
            "   | ^^^^^^\n"
            "...\n"
            "11 | a11 = 11\n"
            "   | ^^^^^^^^\n"
            "12 | a12 = 12\n"
            "   | ^^^\n"
            "   |\n"
            "   = docs: https://github.com/snag-lint/snag/blob/main/rules.md#sng206-shared-mutable-fill\n"
            "\n"
            "Found 1 finding: 1 error.\n");
  free(out);

  /* Colors: gutter blue, carets in the severity's color. */
  out = test_report__render(REPORT_FORMAT_FULL, (ReporterOptions){.color = true}, &r, 1);
  CHECK(strstr(out, "\x1b[1mlong.py\x1b[0m:1:1: \x1b[1;31mSNG206\x1b[0m [\x1b[1;31merror\x1b[0m] long\n"));
  CHECK(strstr(out, "\x1b[1;34m 1 |\x1b[0m a1 = 1\n"));
  CHECK(strstr(out, "   \x1b[1;34m|\x1b[0m \x1b[1;31m^^^^^^\x1b[0m\n"));
  free(out);
  sg_file_result_delete(r);
}

static const cJSON *test_report__get(const cJSON *obj, const char *key) {
  return cJSON_GetObjectItemCaseSensitive(obj, key);
}

static int test_report__int(const cJSON *obj, const char *key, const char *sub) {
  const cJSON *o = test_report__get(obj, key);
  if (sub) o = test_report__get(o, sub);
  return cJSON_IsNumber(o) ? o->valueint : -1;
}

static void test_report_json(void) {
  FileResult *files[2] = {test_report__sample(), test_report__result("q.py", "s = 1\n")};
  Diagnostic *d = sg_diag_add(files[1], RULE_syntax_error, SEVERITY_ERROR, 0, 1,
                              "quote \" backslash \\ newline \n tab \t bell \a é");
  (void)d;
  sg_diagnostics_finish(files[1], files[1]->source);
  char *out = test_report__render(REPORT_FORMAT_JSON, (ReporterOptions){0}, files, 2);
  cJSON *doc = cJSON_Parse(out);
  CHECK(cJSON_IsArray(doc));
  CHECK_INT(cJSON_GetArraySize(doc), 3);

  const char *keys[] = {"code", "name", "severity", "message", "filename", "location",
                        "end_location", "related", "fix", "url"};
  const cJSON *first = cJSON_GetArrayItem(doc, 0);
  const cJSON *k = first ? first->child : NULL;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++, k = k ? k->next : NULL)
    CHECK_STR(k ? k->string : NULL, keys[i]);
  CHECK(k == NULL);

  CHECK_STR(cJSON_GetStringValue(test_report__get(first, "code")), "SNG202");
  CHECK_STR(cJSON_GetStringValue(test_report__get(first, "name")), "mutable-default-argument");
  CHECK_STR(cJSON_GetStringValue(test_report__get(first, "severity")), "warning");
  CHECK_STR(cJSON_GetStringValue(test_report__get(first, "filename")), "pkg/mod.py");
  CHECK(cJSON_IsNull(test_report__get(first, "fix")));
  CHECK_INT(cJSON_GetArraySize(test_report__get(first, "related")), 0);
  /* `[]` after "def f(naïve=": 12 code points, 13 bytes. */
  CHECK_INT(test_report__int(first, "location", "row"), 3);
  CHECK_INT(test_report__int(first, "location", "column"), 13);
  CHECK_INT(test_report__int(first, "end_location", "column"), 15);
  CHECK_STR(cJSON_GetStringValue(test_report__get(first, "url")),
            "https://github.com/snag-lint/snag/blob/main/rules.md#sng202-mutable-default-argument");

  const cJSON *second = cJSON_GetArrayItem(doc, 1);
  CHECK_STR(cJSON_GetStringValue(test_report__get(second, "message")), "default of `naïve` is mutated");
  CHECK_INT(test_report__int(second, "location", "row"), 4);
  CHECK_INT(test_report__int(second, "location", "column"), 2);
  CHECK_INT(test_report__int(second, "end_location", "column"), 17);
  const cJSON *rel = cJSON_GetArrayItem(test_report__get(second, "related"), 0);
  CHECK_STR(cJSON_GetStringValue(test_report__get(rel, "filename")), "pkg/mod.py");
  CHECK_STR(cJSON_GetStringValue(test_report__get(rel, "message")), "the default is created here");
  CHECK_INT(test_report__int(rel, "location", "column"), 13);
  CHECK_INT(test_report__int(rel, "end_location", "row"), 3);
  const cJSON *fix = test_report__get(second, "fix");
  CHECK_STR(cJSON_GetStringValue(test_report__get(fix, "title")), "Use `None` as the default");
  CHECK_STR(cJSON_GetStringValue(test_report__get(fix, "applicability")), "unsafe");
  const cJSON *edits = test_report__get(fix, "edits");
  CHECK_INT(cJSON_GetArraySize(edits), 2);
  const cJSON *e0 = cJSON_GetArrayItem(edits, 0);
  CHECK_INT(test_report__int(e0, "location", "column"), 13);
  CHECK_STR(cJSON_GetStringValue(test_report__get(e0, "content")), "None");
  const cJSON *e1 = cJSON_GetArrayItem(edits, 1);
  CHECK_INT(test_report__int(e1, "location", "row"), 4);
  CHECK_INT(test_report__int(e1, "end_location", "column"), 1);
  CHECK_STR(cJSON_GetStringValue(test_report__get(e1, "content")), "\tif naïve is None:\n\t\tnaïve = []\n");

  const cJSON *third = cJSON_GetArrayItem(doc, 2);
  CHECK_STR(cJSON_GetStringValue(test_report__get(third, "message")),
            "quote \" backslash \\ newline \n tab \t bell \a é");
  CHECK_STR(cJSON_GetStringValue(test_report__get(third, "filename")), "q.py");
  cJSON_Delete(doc);
  CHECK(strstr(out, "bell \\u0007 é") != NULL);
  free(out);

  /* The exact layout of one finding. */
  out = test_report__render(REPORT_FORMAT_JSON, (ReporterOptions){0}, files + 1, 1);
  CHECK_STR(out,
            "[\n"
            "  {\n"
            "    \"code\": \"SNG001\",\n"
            "    \"name\": \"syntax-error\",\n"
            "    \"severity\": \"error\",\n"
            "    \"message\": \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 é\",\n"
            "    \"filename\": \"q.py\",\n"
            "    \"location\": {\n"
            "      \"row\": 1,\n"
            "      \"column\": 1\n"
            "    },\n"
            "    \"end_location\": {\n"
            "      \"row\": 1,\n"
            "      \"column\": 2\n"
            "    },\n"
            "    \"related\": [],\n"
            "    \"fix\": null,\n"
            "    \"url\": \"https://github.com/snag-lint/snag/blob/main/rules.md#sng001-syntax-error\"\n"
            "  }\n"
            "]\n");
  free(out);

  /* No findings: an empty array. */
  FileResult *clean = test_report__result("c.py", "pass\n");
  out = test_report__render(REPORT_FORMAT_JSON, (ReporterOptions){0}, &clean, 1);
  CHECK_STR(out, "[]\n");
  free(out);
  sg_file_result_delete(clean);
  sg_file_result_delete(files[0]);
  sg_file_result_delete(files[1]);
}

/* The severity contract, held by the registry: a rule on by default has
 * reviewed precision at or above its severity's bar (rules/precision.def),
 * info rules are off by default, and each precision row adds up. */
static void test_report_precision_contract(void) {
  for (int r = 0; r < RULE__COUNT; r++) {
    const RuleInfo *info = &sg_rules[r];
    const RulePrecision *p = &sg_rule_precisions[r];
    CHECK(p->true_count + p->false_count + p->debatable == p->reviewed);
    if (info->severity == SEVERITY_INFO && info->default_enabled) {
      fprintf(stderr, "  %s is info but on by default\n", info->code);
      sg_test_failures++;
    }
    double pct = sg_rule_precision((RuleId)r);
    if (info->default_enabled && pct >= 0 && pct < sg_rule_precision_bar(info->severity)) {
      fprintf(stderr, "  %s is on by default at %.0f%% precision (%s bar %.0f%%)\n", info->code,
              pct, sg_severity_name(info->severity), sg_rule_precision_bar(info->severity));
      sg_test_failures++;
    }
  }
}

/* github: file= is relative to the workspace root; paths outside it stay
 * as given. */
static void test_report_workspace_path(void) {
  static const struct { const char *ws, *cwd, *path, *want; } cases[] = {
    {"/w/r", "/w/r", "./pkg/mod.py", "pkg/mod.py"},
    {"/w/r", "/w/r", "pkg/./mod.py", "pkg/mod.py"},
    {"/w/r", "/w/r/pkg", "mod.py", "pkg/mod.py"},
    {"/w/r/", "/w/r/pkg", "../a.py", "a.py"},
    {"/w/r", "/w/r", "/w/r/pkg/mod.py", "pkg/mod.py"},
    {"/w/r", "/w/r", "/w/r2/a.py", "/w/r2/a.py"},       /* a sibling, not inside */
    {"/w/r", "/w/r", "../x/a.py", "../x/a.py"},         /* outside: as given */
    {"/w/r", "/tmp", "a.py", "a.py"},
    {"/w/r", "/w/r", "-", "-"},
    {"/", "/", "./a.py", "a.py"},
    {NULL, "/w/r", "./a.py", "./a.py"},
    {"/w/r", NULL, "./a.py", "./a.py"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *got = sg_report_workspace_path(cases[i].ws, cases[i].cwd, cases[i].path);
    CHECK_STR(got, cases[i].want);
    sg_free(got);
  }
}

/* Ruff's wording: plural hidden fixes, and only unsafe ones. */
static void test_report_fixable_line(void) {
  const char *t = "a = []\nb = []\n";
  FileResult *r = test_report__result("a.py", t);
  for (int i = 0; i < 2; i++) {
    uint32_t at = test_report__at(t, "[]", i);
    Diagnostic *d = sg_diag_add(r, RULE_mutable_default_mutated, SEVERITY_ERROR, at, at + 2, "m");
    sg_diag_fix(d, FIX_UNSAFE, "f");
  }
  sg_diagnostics_finish(r, r->source);
  char *out = test_report__render(REPORT_FORMAT_CONCISE, (ReporterOptions){0}, &r, 1);
  CHECK_STR(out,
            "a.py:1:5: SNG201 m\n"
            "a.py:2:5: SNG201 m\n"
            "Found 2 findings: 2 errors.\n"
            "No fixes available (2 hidden fixes can be enabled with the `--unsafe-fixes` option).\n");
  free(out);
  sg_diag_fix(&r->items.items[0], FIX_SAFE, "f");
  out = test_report__render(REPORT_FORMAT_CONCISE, (ReporterOptions){0}, &r, 1);
  CHECK(strstr(out, "[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the "
                    "`--unsafe-fixes` option).\n") != NULL);
  free(out);
  sg_file_result_delete(r);
}

/* Control characters in names and messages are shown, never written raw. */
static void test_report_put_visible(void) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  sg_report_put_visible(out, "a\x1b[31m\rb\nc\td\x7f\xc2\x9b\xc3\xa9");
  fclose(out);
  CHECK_STR(buf, "a\\x1b[31m\\rb\\nc\td\\x7f\\u009b\xc3\xa9");
  free(buf);
}

/* The newline a fix inserts: the one ending the line, else the last one. */
static void test_report_fix_newline(void) {
  CHECK_STR(sg_text_newline("a\r\nb\r\n", 6, 0), "\r\n");
  CHECK_STR(sg_text_newline("a\rb\r", 4, 2), "\r");
  CHECK_STR(sg_text_newline("a\nb\n", 4, 1), "\n");
  CHECK_STR(sg_text_newline("a\r\nb", 4, 3), "\r\n");  /* last line: look back */
  CHECK_STR(sg_text_newline("a\rb", 3, 3), "\r");
  CHECK_STR(sg_text_newline("abc", 3, 1), "\n");
  CHECK_STR(sg_text_newline("", 0, 0), "\n");
}

void test_suite_report(void) {
  RUN_TEST(test_report_put_visible);
  RUN_TEST(test_report_fix_newline);
  RUN_TEST(test_report_workspace_path);
  RUN_TEST(test_report_fixable_line);
  RUN_TEST(test_report_precision_contract);
  RUN_TEST(test_report_format_parse);
  RUN_TEST(test_report_concise);
  RUN_TEST(test_report_statistics);
  RUN_TEST(test_report_full);
  RUN_TEST(test_report_full_spans);
  RUN_TEST(test_report_json);
}
