/* noqa: every comment form on real parsed Python — blanket and per-rule line
 * comments, rule names, odd spacing and case, comments with other text, file-
 * level comments, SNG001's exemption, multi-line spans, and `# noqa` inside
 * a string that must do nothing. */
#include "parser/flat.h"
#include "parser/parse.h"
#include "lint/noqa.h"
#include "tests/unit/test.h"

typedef struct NoqaCase {
  Source *src;
  TSTree *tree;
  FlatTree *flat;
  FileResult *result;
} NoqaCase;

static NoqaCase test_noqa__parse(Parser *parser, const char *text) {
  NoqaCase c = {0};
  c.src = sg_source_from_bytes("t.py", text, strlen(text), SG_SOURCE_MAX_DEFAULT);
  c.tree = sg_parser_parse(parser, c.src);
  c.flat = sg_flat_build(c.tree, c.src);
  c.result = sg_file_result_new("t.py");
  return c;
}

static void test_noqa__free(NoqaCase *c) {
  sg_flat_delete(c->flat);
  ts_tree_delete(c->tree);
  sg_file_result_delete(c->result);
  sg_source_delete(c->src);
}

/* A diagnostic spanning the n-th (0-based) occurrence of needle; its message
 * is tag, so the survivors can be listed. */
static void test_noqa__add(NoqaCase *c, RuleId rule, const char *needle, int n, const char *tag) {
  const char *p = strstr(c->src->text, needle);
  while (p && n-- > 0) p = strstr(p + 1, needle);
  if (!p) {
    fprintf(stderr, "  needle not found: %s\n", needle);
    sg_test_failures++;
    return;
  }
  uint32_t at = (uint32_t)(p - c->src->text);
  sg_diag_add(c->result, rule, sg_rules[rule].severity, at, at + (uint32_t)strlen(needle), "%s", tag);
}

/* The tags of the diagnostics left, space-separated, into buf. */
static const char *test_noqa__left(const NoqaCase *c, char *buf, size_t cap) {
  buf[0] = '\0';
  for (uint32_t i = 0; i < c->result->items.len; i++) {
    if (i) strncat(buf, " ", cap - strlen(buf) - 1);
    strncat(buf, c->result->items.items[i].message, cap - strlen(buf) - 1);
  }
  return buf;
}

static void test_noqa_line(void) {
  Parser *parser = sg_parser_new();
  char buf[256];
  NoqaCase c = test_noqa__parse(parser,
      "a = []  # noqa\n"
      "b = []  # noqa: SNG201\n"
      "c = []  # NOQA:sng202 , mutable-default-mutated\n"
      "d = []  #noqa:SNG202\n"
      "e = []  # type: ignore  # noqa: SNG202\n"
      "f = []  # noqa: E501\n"
      "g = []  # noqa: E501 SNG201\n"
      "h = []  # noqaSNG202\n"
      "i = []  # please noqa\n"
      "j = []  # noqa:\n"
      "k = []\n");
  const char *names[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
  for (int i = 0; i < 11; i++) {
    char line[8], tag[16];
    snprintf(line, sizeof line, "%s = []", names[i]);
    snprintf(tag, sizeof tag, "%s201", names[i]);
    test_noqa__add(&c, RULE_mutable_default_mutated, line, 0, tag);
    snprintf(tag, sizeof tag, "%s202", names[i]);
    test_noqa__add(&c, RULE_mutable_default_argument, line, 0, tag);
  }
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf),
            "b202 d201 e201 f201 f202 g202 h201 h202 i201 i202 k201 k202");
  CHECK_INT(c.result->suppressed, 10);
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

/* Windows line endings: the `\r` is not part of a code. */
static void test_noqa_crlf(void) {
  Parser *parser = sg_parser_new();
  char buf[64];
  NoqaCase c = test_noqa__parse(parser,
      "a = []  # noqa: SNG202\r\n"
      "b = []  # noqa\r\n"
      "c = []\r\n");
  test_noqa__add(&c, RULE_mutable_default_argument, "a = []", 0, "a");
  test_noqa__add(&c, RULE_mutable_default_argument, "b = []", 0, "b");
  test_noqa__add(&c, RULE_mutable_default_argument, "c = []", 0, "c");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "c");
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

static void test_noqa_strings_and_spans(void) {
  Parser *parser = sg_parser_new();
  char buf[256];
  /* `# noqa` inside strings is not a comment; a span suppressed only by a
   * noqa on its first line. */
  NoqaCase c = test_noqa__parse(parser,
      "s = \"# noqa\"; t = []\n"
      "u = '''\n"
      "# noqa\n"
      "''' + []\n"
      "v = f(  # noqa: SNG206\n"
      "    [[]] * 3)\n"
      "w = g(\n"
      "    [[]] * 3)  # noqa\n");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 0, "string-line");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 1, "after-triple");
  test_noqa__add(&c, RULE_mutable_default_argument, "# noqa\n'''", 0, "in-string");
  test_noqa__add(&c, RULE_shared_mutable_fill, "f(  # noqa: SNG206\n    [[]] * 3)", 0, "multi-first");
  test_noqa__add(&c, RULE_shared_mutable_fill, "g(\n    [[]] * 3)", 0, "multi-last");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "string-line after-triple in-string multi-last");
  CHECK_INT(c.result->suppressed, 1);
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

static void test_noqa_file_level(void) {
  Parser *parser = sg_parser_new();
  char buf[256];

  /* Blanket: everything but the tool's own findings. */
  NoqaCase c = test_noqa__parse(parser,
      "import os\n"
      "  # Snag:NOQA\n"
      "x = []\n");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 0, "x202");
  test_noqa__add(&c, RULE_shared_mutable_fill, "os", 0, "os206");
  test_noqa__add(&c, RULE_syntax_error, "import", 0, "syntax");
  test_noqa__add(&c, RULE_unreadable_file, "import", 0, "unreadable");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "syntax unreadable");
  CHECK_INT(c.result->suppressed, 2);
  test_noqa__free(&c);

  /* A list: only those rules, SNG001 included when named. */
  c = test_noqa__parse(parser,
      "x = []\n"
      "# snag: noqa: SNG202,SNG001 shared-mutable-fill\n"
      "y = [[]] * 2  # noqa\n");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 0, "x202");
  test_noqa__add(&c, RULE_mutable_default_mutated, "[]", 0, "x201");
  test_noqa__add(&c, RULE_shared_mutable_fill, "[[]]", 0, "y206");
  test_noqa__add(&c, RULE_mutable_default_mutated, "[[]]", 0, "y201");
  test_noqa__add(&c, RULE_syntax_error, "y", 0, "syntax");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "x201");
  CHECK_INT(c.result->suppressed, 4);
  test_noqa__free(&c);

  /* After code on the same line it is not a file-level comment, nor a
   * line-level one. */
  c = test_noqa__parse(parser,
      "x = []  # snag: noqa\n"
      "y = []\n");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 0, "x202");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 1, "y202");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "x202 y202");
  CHECK_INT(c.result->suppressed, 0);
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

/* A file that does not parse: `# noqa` cannot hide SNG001, a file-level
 * comment naming it can; comments inside the broken part still count. */
static void test_noqa_syntax_error(void) {
  Parser *parser = sg_parser_new();
  char buf[256];
  NoqaCase c = test_noqa__parse(parser,
      "def f(:  # noqa\n"
      "    x = []  # noqa: SNG202\n");
  test_noqa__add(&c, RULE_syntax_error, "(:", 0, "syntax");
  test_noqa__add(&c, RULE_mutable_default_argument, "[]", 0, "x202");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "syntax");
  test_noqa__free(&c);

  c = test_noqa__parse(parser,
      "# snag: noqa: SNG001\n"
      "def f(:\n");
  test_noqa__add(&c, RULE_syntax_error, "(:", 0, "syntax");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_STR(test_noqa__left(&c, buf, sizeof buf), "");
  CHECK_INT(c.result->suppressed, 1);
  test_noqa__free(&c);

  /* No tree (unreadable file), no diagnostics: nothing happens. */
  FileResult *r = sg_file_result_new("u.py");
  sg_diag_add(r, RULE_unreadable_file, SEVERITY_ERROR, 0, 0, "unreadable");
  sg_noqa_apply(r, NULL, NULL);
  CHECK_INT(r->items.len, 1);
  sg_file_result_delete(r);
  c = test_noqa__parse(parser, "# noqa\n");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_INT(c.result->items.len, 0);
  CHECK_INT(c.result->suppressed, 0);
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

/* Suppressed diagnostics own related notes and fixes: they are freed (the
 * sanitizer build checks), and the survivors keep theirs. */
static void test_noqa_frees(void) {
  Parser *parser = sg_parser_new();
  NoqaCase c = test_noqa__parse(parser,
      "def f(x=[]):  # noqa: SNG201\n"
      "    x.append(1)\n");
  const char *t = c.src->text;
  uint32_t lst = (uint32_t)(strstr(t, "[]") - t);
  Diagnostic *d = sg_diag_add(c.result, RULE_mutable_default_mutated, SEVERITY_ERROR, lst, lst + 2, "gone");
  sg_diag_related(d, lst, lst + 2, "related");
  sg_fix_edit(sg_diag_fix(d, FIX_UNSAFE, "fix"), lst, lst + 2, "None");
  uint32_t call = (uint32_t)(strstr(t, "x.append") - t);
  d = sg_diag_add(c.result, RULE_mutable_default_mutated, SEVERITY_ERROR, call, call + 8, "kept");
  sg_diag_related(d, lst, lst + 2, "created here");
  sg_noqa_apply(c.result, c.flat, NULL);
  CHECK_INT(c.result->items.len, 1);
  CHECK_STR(c.result->items.items[0].message, "kept");
  CHECK_INT(c.result->items.items[0].related.len, 1);
  CHECK_INT(c.result->suppressed, 1);
  test_noqa__free(&c);
  sg_parser_delete(parser);
}

void test_suite_noqa(void) {
  RUN_TEST(test_noqa_line);
  RUN_TEST(test_noqa_crlf);
  RUN_TEST(test_noqa_strings_and_spans);
  RUN_TEST(test_noqa_file_level);
  RUN_TEST(test_noqa_syntax_error);
  RUN_TEST(test_noqa_frees);
}
