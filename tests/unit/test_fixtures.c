/* Fixture runner: every .py/.pyi file under tests/fixtures/<family>/ is linted with the
 * default rules (plus those it expects), and its findings must equal its inline `# expect: CODE[, CODE]`
 * comments line by line. Also runs each rule's documented example (must
 * flag) and its "use instead" (must not). */
#include <stdlib.h>

#include "cli/discover.h"
#include "lint/lint.h"
#include "tests/unit/test.h"

typedef struct Expect { uint32_t line; RuleId rule; bool matched; } Expect;
typedef Array(Expect) ExpectList;

static void sg_fixture__expectations(const Source *src, ExpectList *out) {
  for (uint32_t line = 0; line < src->line_count; line++) {
    uint32_t len;
    const char *text = sg_source_line(src, line, &len);
    char buf[512];
    if (len >= sizeof buf) len = sizeof buf - 1;
    memcpy(buf, text, len);
    buf[len] = '\0';
    char *at = strstr(buf, "# expect:");
    if (!at) continue;
    for (char *p = at + 9; *p;) {
      while (*p == ' ' || *p == ',') p++;
      char *start = p;
      while (*p && *p != ' ' && *p != ',' && *p != '#') p++;
      if (p == start) break;
      RuleId r = sg_rule_find(start, (uint32_t)(p - start));
      if (r == RULE__COUNT) {
        fprintf(stderr, "  %s:%u: unknown code in expectation: %.*s\n", src->path, line + 1,
                (int)(p - start), start);
        sg_test_failures++;
        continue;
      }
      Expect e = {line + 1, r, false};
      array_push(out, e);
    }
  }
}

/* The rules a fixture runs under: those on by default, plus any rule the
 * file expects (an off-by-default rule gets fixtures of its own). */
static void sg_fixture__check_file(const char *path, const Settings *settings) {
  Settings keep = *settings;
  keep.keep_source = true;
  ExpectList expects = {0};
  Source *src = sg_source_read(path, keep.max_file_size);
  if (src->status == SOURCE_OK) sg_fixture__expectations(src, &expects);
  sg_source_delete(src);
  for (uint32_t k = 0; k < expects.len; k++) keep.enabled[expects.items[k].rule] = true;
  Linter *linter = sg_linter_new(&keep);
  FileResult *res = sg_lint_path(linter, path);
  for (uint32_t i = 0; i < res->items.len; i++) {
    const Diagnostic *d = &res->items.items[i];
    bool found = false;
    for (uint32_t k = 0; k < expects.len && !found; k++) {
      Expect *e = &expects.items[k];
      if (!e->matched && e->line == d->span.line && e->rule == d->rule) e->matched = found = true;
    }
    if (!found) {
      fprintf(stderr, "  unexpected %s:%u:%u: %s %s\n", path, d->span.line, d->span.col,
              sg_rules[d->rule].code, d->message);
      sg_test_failures++;
    }
  }
  for (uint32_t k = 0; k < expects.len; k++)
    if (!expects.items[k].matched) {
      fprintf(stderr, "  missing    %s:%u: %s\n", path, expects.items[k].line,
              sg_rules[expects.items[k].rule].code);
      sg_test_failures++;
    }
  array_free(&expects);
  sg_file_result_delete(res);
  sg_linter_delete(linter);
}

static void test_fixtures_all(void) {
  const char *root = "tests/fixtures";
  DiscoverOptions opts = sg_discover_options_default();
  DiscoverResult found = {0};
  sg_discover(&root, 1, &opts, &found);
  CHECK(found.files.len > 0);
  Settings settings;
  sg_settings_init(&settings);
  for (uint32_t i = 0; i < found.files.len; i++) {
    int before = sg_test_failures;
    sg_fixture__check_file(found.files.items[i], &settings);
    if (sg_test_failures != before) fprintf(stderr, "FAIL fixture %s\n", found.files.items[i]);
  }
  sg_discover_result_free(&found);
}

static uint32_t sg_fixture__count(RuleId rule, const char *text) {
  Settings settings;
  sg_settings_init(&settings);
  memset(settings.enabled, 0, sizeof settings.enabled);
  settings.enabled[rule] = true;
  Linter *linter = sg_linter_new(&settings);
  FileResult *res = sg_lint_bytes(linter, "doc.py", text, strlen(text));
  uint32_t n = 0;
  for (uint32_t i = 0; i < res->items.len; i++) n += res->items.items[i].rule == rule;
  sg_file_result_delete(res);
  sg_linter_delete(linter);
  return n;
}

static void test_fixtures_rule_docs(void) {
  for (int r = 0; r < RULE__COUNT; r++) {
    const RuleDoc *doc = sg_rules[r].doc;
    CHECK(doc->summary && doc->what && doc->why && doc->example && doc->instead);
    if (sg_fixture__count((RuleId)r, doc->example) == 0) {
      fprintf(stderr, "  %s: the documented example is not flagged\n", sg_rules[r].code);
      sg_test_failures++;
    }
    if (sg_fixture__count((RuleId)r, doc->instead) != 0) {
      fprintf(stderr, "  %s: the documented \"use instead\" is flagged\n", sg_rules[r].code);
      sg_test_failures++;
    }
  }
}

void test_suite_fixtures(void) {
  RUN_TEST(test_fixtures_all);
  RUN_TEST(test_fixtures_rule_docs);
}
