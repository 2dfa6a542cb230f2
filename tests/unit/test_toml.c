/* toml: the configuration reader — a realistic pyproject.toml, every string
 * escape, multi-line strings, dotted and quoted keys, arrays of tables,
 * numbers and dates kept as text, and errors with their line numbers
 * (unclosed string, duplicate key, bad escape, a table twice, invalid UTF-8,
 * nesting far too deep). */
#include <stdlib.h>

#include "cli/config.h"
#include "cli/toml.h"
#include "tests/unit/test.h"

static TomlDoc *test_toml__parse(const char *text, char *err, size_t cap) {
  return sg_toml_parse(text, strlen(text), err, cap);
}

/* Parses text that must fail; returns the message (in err). */
static const char *test_toml__error(const char *text, char *err, size_t cap) {
  TomlDoc *doc = test_toml__parse(text, err, cap);
  if (doc) {
    fprintf(stderr, "  expected an error for: %s\n", text);
    sg_test_failures++;
    sg_toml_delete(doc);
  }
  return err;
}

static void test_toml_pyproject(void) {
  char err[256];
  const char *text =
      "[project]\n"
      "name = \"demo\"  # comment\n"
      "\n"
      "[tool.black]\n"
      "line-length = 100\n"
      "\n"
      "[tool.snag]\n"
      "select = [\"SNG1\", \"SNG2\",]\n"
      "ignore = [\n"
      "  \"SNG201\",  # why\n"
      "  'SNG305',\n"
      "]\n"
      "fix = true\n"
      "preview = false\n"
      "\n"
      "[tool.snag.per-file-ignores]\n"
      "\"tests/**/*.py\" = [\"SNG201\"]\n"
      "'__init__.py' = [\"SNG001\", \"SNG002\"]\n";
  TomlDoc *doc = test_toml__parse(text, err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *root = sg_toml_root(doc);
  CHECK_INT(sg_toml_len(root), 2);
  CHECK_STR(sg_toml_key_at(root, 0), "project");
  CHECK_STR(sg_toml_key_at(root, 1), "tool");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "project.name")), "demo");
  const TomlValue *snag = sg_toml_get(root, "tool.snag");
  CHECK_INT(sg_toml_kind(snag), TOML_TABLE);
  CHECK_INT(sg_toml_line(snag), 7);
  const TomlValue *sel = sg_toml_get(snag, "select");
  CHECK_INT(sg_toml_kind(sel), TOML_ARRAY);
  CHECK_INT(sg_toml_len(sel), 2);
  CHECK_STR(sg_toml_string(sg_toml_at(sel, 1)), "SNG2");
  const TomlValue *ign = sg_toml_get(snag, "ignore");
  CHECK_INT(sg_toml_len(ign), 2);
  CHECK_STR(sg_toml_string(sg_toml_at(ign, 1)), "SNG305");
  CHECK_INT(sg_toml_line(sg_toml_at(ign, 1)), 11);
  bool b = false;
  CHECK(sg_toml_bool(sg_toml_get(snag, "fix"), &b) && b);
  CHECK(sg_toml_bool(sg_toml_get(snag, "preview"), &b) && !b);
  CHECK(!sg_toml_bool(sel, &b));
  CHECK_STR(sg_toml_text(sg_toml_get(root, "tool.black.line-length")), "100");
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "tool.black.line-length")), TOML_INTEGER);
  const TomlValue *pfi = sg_toml_get(root, "tool.snag.per-file-ignores");
  CHECK_INT(sg_toml_len(pfi), 2);
  CHECK_STR(sg_toml_key_at(pfi, 0), "tests/**/*.py");
  CHECK_STR(sg_toml_string(sg_toml_at(sg_toml_at(pfi, 0), 0)), "SNG201");
  CHECK_STR(sg_toml_key_at(pfi, 1), "__init__.py");
  CHECK_INT(sg_toml_len(sg_toml_at(pfi, 1)), 2);
  CHECK(sg_toml_get(root, "tool.snag.missing") == NULL);
  CHECK(sg_toml_get(root, "tool.snag.fix.deeper") == NULL);
  CHECK(sg_toml_string(sel) == NULL);
  sg_toml_delete(doc);
}

static void test_toml_inline_table(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "[tool.snag]\n"
      "per-file-ignores = { \"tests/**/*.py\" = [\"SNG201\"], \"a.py\" = [] }\n"
      "point = { x = 1, y.z = { w = \"deep\" } }\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *pfi = sg_toml_get(sg_toml_root(doc), "tool.snag.per-file-ignores");
  CHECK_INT(sg_toml_kind(pfi), TOML_TABLE);
  CHECK_INT(sg_toml_len(pfi), 2);
  CHECK_STR(sg_toml_key_at(pfi, 0), "tests/**/*.py");
  CHECK_STR(sg_toml_string(sg_toml_at(sg_toml_at(pfi, 0), 0)), "SNG201");
  CHECK_INT(sg_toml_len(sg_toml_at(pfi, 1)), 0);
  CHECK_STR(sg_toml_string(sg_toml_get(sg_toml_root(doc), "tool.snag.point.y.z.w")), "deep");
  sg_toml_delete(doc);
}

static void test_toml_escapes(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "a = \"b\\bt\\tn\\nf\\fr\\rq\\\"s\\\\\"\n"
      "u = \"\\u00e9\\u20AC\\U0001F600\"\n"
      "lit = 'C:\\path\\n'\n"
      "empty = \"\"\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *root = sg_toml_root(doc);
  CHECK_STR(sg_toml_string(sg_toml_get(root, "a")), "b\bt\tn\nf\fr\rq\"s\\");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "u")), "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "lit")), "C:\\path\\n");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "empty")), "");
  sg_toml_delete(doc);
}

static void test_toml_multiline(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "a = \"\"\"\nline one\nline \\\"two\\\"\"\"\"\n"
      "b = \"\"\"\\\n   The quick \\\n\n   fox.\"\"\"\n"
      "c = '''\nraw \\n text\n'''\n"
      "d = '''no newline'''\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *root = sg_toml_root(doc);
  CHECK_STR(sg_toml_string(sg_toml_get(root, "a")), "line one\nline \"two\"");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "b")), "The quick fox.");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "c")), "raw \\n text\n");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "d")), "no newline");
  CHECK_INT(sg_toml_line(sg_toml_get(root, "c")), 8);
  sg_toml_delete(doc);
}

static void test_toml_keys(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "a.b.c = 1\n"
      "a.b.d = 2\n"
      "\"x.y\".z = 3\n"
      "'lit'.\"q\" = 4\n"
      "[t]\n"
      "s.u = 'v'\n"
      "[p.q]\n"
      "r = 1\n"
      "[p]\n"
      "k = 0x1F\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *root = sg_toml_root(doc);
  CHECK_STR(sg_toml_text(sg_toml_get(root, "a.b.c")), "1");
  CHECK_INT(sg_toml_len(sg_toml_get(root, "a.b")), 2);
  CHECK_STR(sg_toml_key_at(root, 1), "x.y");
  CHECK_STR(sg_toml_text(sg_toml_get(sg_toml_at(root, 1), "z")), "3");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "lit.q")), "4");
  CHECK_STR(sg_toml_string(sg_toml_get(root, "t.s.u")), "v");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "p.q.r")), "1");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "p.k")), "0x1F");
  sg_toml_delete(doc);
}

static void test_toml_values(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "i = 1_000\nh = 0xdead_beef\no = 0o755\nbn = 0b1010\nneg = -17\n"
      "f = 3.14\ne = 6.02e23\ninf = -inf\nnan = nan\n"
      "d = 1979-05-27\ndt = 1979-05-27T07:32:00Z\n"
      "mixed = [1, 'two', [3, [4]], { five = 5 }, true]\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *root = sg_toml_root(doc);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "i")), TOML_INTEGER);
  CHECK_STR(sg_toml_text(sg_toml_get(root, "i")), "1_000");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "h")), "0xdead_beef");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "o")), "0o755");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "bn")), "0b1010");
  CHECK_STR(sg_toml_text(sg_toml_get(root, "neg")), "-17");
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "f")), TOML_FLOAT);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "e")), TOML_FLOAT);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "inf")), TOML_FLOAT);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "nan")), TOML_FLOAT);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "d")), TOML_OTHER);
  CHECK_INT(sg_toml_kind(sg_toml_get(root, "dt")), TOML_OTHER);
  const TomlValue *m = sg_toml_get(root, "mixed");
  CHECK_INT(sg_toml_len(m), 5);
  CHECK_STR(sg_toml_string(sg_toml_at(m, 1)), "two");
  CHECK_INT(sg_toml_kind(sg_toml_at(sg_toml_at(sg_toml_at(m, 2), 1), 0)), TOML_INTEGER);
  CHECK_STR(sg_toml_text(sg_toml_get(sg_toml_at(m, 3), "five")), "5");
  CHECK_INT(sg_toml_kind(sg_toml_at(m, 4)), TOML_BOOL);
  sg_toml_delete(doc);
}

static void test_toml_array_of_tables(void) {
  char err[256];
  TomlDoc *doc = test_toml__parse(
      "[[tool.snag.plugins]]\nname = \"a\"\n"
      "[[tool.snag.plugins]]\nname = \"b\"\n"
      "[tool.snag.plugins.opts]\nlevel = 2\n",
      err, sizeof err);
  CHECK(doc != NULL);
  if (!doc) { fprintf(stderr, "  %s\n", err); return; }
  const TomlValue *p = sg_toml_get(sg_toml_root(doc), "tool.snag.plugins");
  CHECK_INT(sg_toml_kind(p), TOML_ARRAY);
  CHECK_INT(sg_toml_len(p), 2);
  CHECK_STR(sg_toml_string(sg_toml_get(sg_toml_at(p, 0), "name")), "a");
  CHECK_STR(sg_toml_string(sg_toml_get(sg_toml_at(p, 1), "name")), "b");
  CHECK_STR(sg_toml_text(sg_toml_get(sg_toml_at(p, 1), "opts.level")), "2");
  CHECK_INT(sg_toml_line(sg_toml_at(p, 1)), 3);
  sg_toml_delete(doc);
}

static void test_toml_errors(void) {
  char err[256];
  CHECK(strncmp(test_toml__error("a = 1\nb = \"unclosed\nc = 2\n", err, sizeof err), "2:", 2) == 0);
  CHECK_STR(test_toml__error("a = 1\nb = 2\na = 3\n", err, sizeof err), "3:1: duplicate key 'a'");
  CHECK(strncmp(test_toml__error("a = 1\nb = \"x\\qy\"\n", err, sizeof err), "2:", 2) == 0);
  CHECK_STR(test_toml__error("[a]\nx = 1\n[b]\n[a]\n", err, sizeof err), "4:2: table 'a' is defined twice");
  CHECK_STR(test_toml__error("a = 1\nb = \"\xff\"\n", err, sizeof err), "2:6: invalid UTF-8");
  CHECK_STR(test_toml__error("s = \"\\uD800\"\n", err, sizeof err),
            "1:6: escape is not a Unicode scalar value");
  CHECK(strstr(test_toml__error("a = 1\n[a]\n", err, sizeof err), "2:2:") == err);
  CHECK(strstr(test_toml__error("a.b = 1\n[a.b]\n", err, sizeof err), "2:4:") == err);
  CHECK(strstr(test_toml__error("a = {x = 1}\n[a]\n", err, sizeof err), "2:2:") == err);
  CHECK(strstr(test_toml__error("a = {x = 1}\na.y = 2\n", err, sizeof err), "2:1:") == err);
  CHECK(strstr(test_toml__error("a = [1]\n[[a]]\n", err, sizeof err), "2:3:") == err);
  CHECK(strstr(test_toml__error("x = {a = 1, a = 2}\n", err, sizeof err), "1:13: duplicate key") == err);
  CHECK(strstr(test_toml__error("x = = 1\n", err, sizeof err), "1:") == err);
  /* A tiny err buffer is truncated, never overrun; NULL err is allowed. */
  char tiny[4];
  test_toml__error("a = 1\na = 2\n", tiny, sizeof tiny);
  CHECK_STR(tiny, "2:1");
  CHECK(sg_toml_parse("a = ", 4, NULL, 0) == NULL);
}

static void test_toml_deep(void) {
  char err[256];
  enum { N = 1000 };
  static char text[2 * N + 16];
  size_t n = 0;
  n += (size_t)snprintf(text, sizeof text, "x = ");
  for (int i = 0; i < N; i++) text[n++] = '[';
  for (int i = 0; i < N; i++) text[n++] = ']';
  text[n++] = '\n';
  text[n] = '\0';
  CHECK(strstr(test_toml__error(text, err, sizeof err), "nested deeper") != NULL);
  /* Inline tables too; 30 levels is fine. */
  n = (size_t)snprintf(text, sizeof text, "x = ");
  for (int i = 0; i < 200; i++) n += (size_t)snprintf(text + n, sizeof text - n, "{a=");
  n += (size_t)snprintf(text + n, sizeof text - n, "1");
  for (int i = 0; i < 200; i++) text[n++] = '}';
  text[n] = '\0';
  CHECK(strstr(test_toml__error(text, err, sizeof err), "nested deeper") != NULL);
  n = (size_t)snprintf(text, sizeof text, "x = ");
  for (int i = 0; i < 30; i++) text[n++] = '[';
  for (int i = 0; i < 30; i++) text[n++] = ']';
  text[n] = '\0';
  TomlDoc *doc = test_toml__parse(text, err, sizeof err);
  CHECK(doc != NULL);
  sg_toml_delete(doc);
}

/* requires-python (PEP 440) -> the lowest Python 3 minor it allows. */
static void test_toml_requires_python(void) {
  static const struct { const char *spec; int minor; } cases[] = {
      {">=3.8", 8},          {">= 3.9, <4", 9},      {"~=3.10", 10},     {"==3.12.*", 12},
      {">3.7", 7},           {">=3.8.1", 8},         {"<4,>=3.11", 11},  {">=3.8,>=3.10", 10},
      {">=2.7", 7},          {">=3.6", 7},           {">=3.99", 14},     {"<3.12", 0},
      {"!=3.9", 0},          {"", 0},                {"3.8", 0},         {">=4", 0},
      {">=3.x", 0},          {">=3.8; python_version", 0}, {"===3.9", 9}, {">=3", 7},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    int got = sg_config_requires_python(cases[i].spec);
    if (got != cases[i].minor) fprintf(stderr, "  requires-python \"%s\"\n", cases[i].spec);
    CHECK_INT(got, cases[i].minor);
  }
}

/* A table of many keys (each one checked against the others as it is
 * defined): indexed, so 60,000 keys parse at once; a duplicate among them
 * is still found, and every key keeps its place and value. */
static void test_toml_many_keys(void) {
  enum { N = 60000 };
  char *text = malloc((size_t)N * 24 + 64);
  size_t n = (size_t)sprintf(text, "[t]\n");
  for (int i = 0; i < N; i++) n += (size_t)sprintf(text + n, "k%d = %d\n", i, i);
  char err[256];
  TomlDoc *doc = sg_toml_parse(text, n, err, sizeof err);
  CHECK(doc != NULL);
  const TomlValue *t = sg_toml_get(sg_toml_root(doc), "t");
  CHECK_INT(sg_toml_len(t), N);
  CHECK_STR(sg_toml_key_at(t, 12345), "k12345");
  CHECK_STR(sg_toml_text(sg_toml_get(t, "k59999")), "59999");
  sg_toml_delete(doc);
  n += (size_t)sprintf(text + n, "k31337 = 1\n");
  CHECK(sg_toml_parse(text, n, err, sizeof err) == NULL);
  CHECK(strstr(err, "duplicate key 'k31337'") != NULL);
  CHECK(strncmp(err, "60002:", 6) == 0);
  free(text);
}

void test_suite_toml(void) {
  RUN_TEST(test_toml_requires_python);
  RUN_TEST(test_toml_pyproject);
  RUN_TEST(test_toml_inline_table);
  RUN_TEST(test_toml_escapes);
  RUN_TEST(test_toml_multiline);
  RUN_TEST(test_toml_keys);
  RUN_TEST(test_toml_values);
  RUN_TEST(test_toml_array_of_tables);
  RUN_TEST(test_toml_errors);
  RUN_TEST(test_toml_deep);
  RUN_TEST(test_toml_many_keys);
}
