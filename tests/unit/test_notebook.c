/* Notebook: code cells joined, IPython lines blanked, positions mapped back
 * to cells and to the file, sources written back. */
#include <stdlib.h>

#include "parser/notebook.h"
#include "tests/unit/test.h"

static Source *sg_test__nb(const char *json) {
  return sg_notebook_source("t.ipynb", json, strlen(json), SG_SOURCE_MAX_DEFAULT);
}

/* One code cell whose source is the JSON string literal lit (escaped). */
static Source *sg_test__cell(const char *lit) {
  char json[2048];
  snprintf(json, sizeof json, "{\"cells\": [{\"cell_type\": \"code\", \"source\": %s}]}", lit);
  return sg_test__nb(json);
}

static void test_notebook_join_and_map(void) {
  const char *json =
    "{\n \"cells\": [\n"
    "  {\"cell_type\": \"markdown\", \"source\": [\"# t\\n\"]},\n"
    "  {\"cell_type\": \"code\", \"source\": [\"a = 1\\n\", \"b = 2\"]},\n"
    "  {\"cell_type\": \"raw\", \"source\": \"x\"},\n"
    "  {\"cell_type\": \"code\", \"source\": \"c = 3\\n\"}\n"
    " ],\n \"metadata\": {}, \"nbformat\": 4\n}\n";
  Source *s = sg_test__nb(json);
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->text, "a = 1\nb = 2\nc = 3\n\n");
  CellMap *m = s->cells;
  CHECK(m != NULL);
  CHECK_INT(m->cells.len, 2);
  CHECK_INT(m->cell_count, 4);
  CHECK_INT(m->cells.items[0].number, 2);
  CHECK_INT(m->cells.items[1].number, 4);
  uint32_t cell, line;
  sg_cell_map_locate(m, 2, &cell, &line);
  CHECK_INT(cell, 2);
  CHECK_INT(line, 2);
  sg_cell_map_locate(m, 3, &cell, &line);
  CHECK_INT(cell, 4);
  CHECK_INT(line, 1);
  sg_cell_map_locate(m, 4, &cell, &line);   /* the cell's trailing empty line */
  CHECK_INT(cell, 4);
  CHECK_INT(line, 2);
  /* `b` of cell 2 is on the file's line 4 (0-based 3), inside "b = 2" */
  uint32_t b = (uint32_t)(strchr(s->text, 'b') - s->text);
  SourcePos p = sg_cell_map_file_pos(m, b, SOURCE_UNIT_CHAR);
  CHECK_INT(p.line, 3);
  const char *l4 = strstr(json, "\"b = 2\"") + 1;
  const char *ls = l4;
  while (ls[-1] != '\n') ls--;
  CHECK_INT(p.col, l4 - ls);
  char *msg = sg_cell_map_message(m, "mutated on line 2 and line 3, `line 3` kept", 2);
  CHECK_STR(msg, "mutated on line 2 and line 1 of cell 4, `line 3` kept");
  sg_free(msg);
  CHECK(sg_cell_map_message(m, "nothing here", 2) == NULL);
  sg_source_delete(s);
}

static void test_notebook_file_pos_escapes(void) {
  /* "s = \"é\\t😀\"; z" with é raw, the tab escaped, the emoji as a surrogate pair */
  Source *s = sg_test__cell("[\"s = \\\"é\\t\\ud83d\\ude00\\\"; z\"]");
  CHECK_INT(s->status, SOURCE_OK);
  uint32_t z = (uint32_t)(strchr(s->text, 'z') - s->text);
  /* the file: {"cells": [{"cell_type": "code", "source": ["s = \"é\t\ud83d\ude00\"; z"]}]} */
  const char *json_prefix = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"s = \\\"";
  uint32_t base = (uint32_t)strlen(json_prefix);  /* code points before é */
  SourcePos p = sg_cell_map_file_pos(s->cells, z, SOURCE_UNIT_CHAR);
  CHECK_INT(p.line, 0);
  /* é (1) + \t (2) + \ud83d\ude00 (12) + \" (2) + "; " (2) */
  CHECK_INT(p.col, base + 1 + 2 + 12 + 2 + 2);
  p = sg_cell_map_file_pos(s->cells, z, SOURCE_UNIT_BYTE);
  CHECK_INT(p.col, base + 2 + 2 + 12 + 2 + 2);
  sg_source_delete(s);
}

static void test_notebook_file_pos_lone_cr(void) {
  /* lone CRs between JSON tokens end lines, for the cell's first line as
   * for the lines inside it (LSP and SARIF count CR, LF and CRLF) */
  const char *json = "{\r\"cells\":\r[{\"cell_type\": \"code\",\r\n\"source\":\r[\"a = 1\\n\",\r\"z\"]}]}";
  Source *s = sg_notebook_source("t.ipynb", json, strlen(json), SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_OK);
  uint32_t a = (uint32_t)(strchr(s->text, 'a') - s->text);
  uint32_t z = (uint32_t)(strchr(s->text, 'z') - s->text);
  SourcePos p = sg_cell_map_file_pos(s->cells, a, SOURCE_UNIT_CHAR);
  CHECK_INT(p.line, 4);
  CHECK_INT(p.col, 2);
  p = sg_cell_map_file_pos(s->cells, z, SOURCE_UNIT_CHAR);
  CHECK_INT(p.line, 5);
  CHECK_INT(p.col, 1);
  sg_source_delete(s);
}

/* The text after blanking, per cell source. */
static void sg_test__blanked(const char *lit, const char *want) {
  Source *s = sg_test__cell(lit);
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->text, want);
  if (s->cells) CHECK_INT(s->cells->len, s->len);
  sg_source_delete(s);
}

static void test_notebook_magics(void) {
  sg_test__blanked("\"%matplotlib inline\\nx = 1\"", "...               \nx = 1\n");
  sg_test__blanked("\"!ls\\n!!x\\n?\\n!x\\n\"", "...\n...\n0\n0 \n\n");
  sg_test__blanked("\"files = !ls -l\\nt = %time f()\\n\"", "files = ...   \nt = ...      \n\n");
  sg_test__blanked("\"x = 10 % 3\\ny = a != b\\nz = (1\\n% 2)\\n\"", "x = 10 % 3\ny = a != b\nz = (1\n% 2)\n\n");
  sg_test__blanked("\"s = '''\\n%not\\n'''\\nos.path?\\n\"", "s = '''\n%not\n'''\n...     \n\n");
  sg_test__blanked("\"if x:\\n    %time f()\\n\"", "if x:\n    ...      \n\n");
  sg_test__blanked("\"%time f(a, \\\\\\n  b)\\ny = 1\"", "...         \n    \ny = 1\n");
  sg_test__blanked("\"%%bash\\necho 'x\\n\"", "      \n       \n\n");
  sg_test__blanked("\"%%time\\ny = [[]] * 2\\n\"", "...   \ny = [[]] * 2\n\n");
  sg_test__blanked("\"d = {'a': 1}  # x?\\ne = 'why?'\\n\"", "d = {'a': 1}  # x?\ne = 'why?'\n\n");
  sg_test__blanked("\"f(a=!x)\\n\"", "f(a=!x)\n\n");  /* not IPython's: a syntax error stays */
}

static void test_notebook_bad(void) {
  static const struct { const char *json, *message; } cases[] = {
    {"", "not a valid notebook: invalid JSON"},
    {"[]", "not a valid notebook: the document is not a JSON object"},
    {"{}", "not a valid notebook: no \"cells\" list"},
    {"{\"cells\": {}}", "not a valid notebook: \"cells\" is not a list"},
    {"{\"cells\": [], \"nbformat\": 3}", "not a valid notebook: nbformat 3"},
    {"{\"cells\": [{\"source\": \"x\"}]}", "not a valid notebook: cell 1 has no \"cell_type\""},
    {"{\"cells\": [{\"cell_type\": \"code\", \"source\": 1}]}", "not a valid notebook: the \"source\" of cell 1"},
    {"{\"cells\": [{\"cell_type\": \"code\", \"source\": \"\\u0000\"}]}", "not a valid notebook: cell 1 contains a NUL"},
    {"{\"cells\": []} x", "not a valid notebook: invalid JSON"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    Source *s = sg_test__nb(cases[i].json);
    CHECK_INT(s->status, SOURCE_BAD_NOTEBOOK);
    CHECK(s->cells == NULL);
    if (strncmp(s->message, cases[i].message, strlen(cases[i].message)) != 0)
      CHECK_STR(s->message, cases[i].message);
    sg_source_delete(s);
  }
  /* another kernel language: nothing to lint */
  Source *s = sg_test__nb("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"x <- 1\"}],"
                          " \"metadata\": {\"kernelspec\": {\"language\": \"R\"}}}");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_INT(s->len, 0);
  CHECK_STR(s->cells->language, "R");
  sg_source_delete(s);
}

static void test_notebook_write(void) {
  const char *json =
    "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"source\": [\n"
    "    \"%time x\\n\",\n    \"def f(a=[]):\\n\",\n    \"    return a\"\n   ]\n  },\n"
    "  {\n   \"cell_type\": \"code\",\n   \"source\": \"y = \\u00e9\"\n  }\n ]\n}\n";
  Source *s = sg_test__nb(json);
  CHECK_INT(s->status, SOURCE_OK);
  CellMap *m = s->cells;
  char *texts[2] = {m->original + m->cells.items[0].start, m->original + m->cells.items[1].start};
  uint32_t lens[2] = {m->cells.items[0].end - m->cells.items[0].start, m->cells.items[1].end - m->cells.items[1].start};
  size_t n = 0;
  char *same = sg_notebook_write(json, strlen(json), m, texts, lens, &n);
  CHECK_STR(same, json);  /* unchanged: byte for byte, \u00e9 included */
  sg_free(same);
  char *fixed = "%time x\ndef f(a=None):\n    if a is None:\n        a = []\n    return a";
  texts[0] = fixed;
  lens[0] = (uint32_t)strlen(fixed);
  char *out = sg_notebook_write(json, strlen(json), m, texts, lens, &n);
  CHECK_STR(out,
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"source\": [\n"
            "    \"%time x\\n\",\n    \"def f(a=None):\\n\",\n    \"    if a is None:\\n\",\n"
            "    \"        a = []\\n\",\n    \"    return a\"\n   ]\n  },\n"
            "  {\n   \"cell_type\": \"code\",\n   \"source\": \"y = \\u00e9\"\n  }\n ]\n}\n");
  sg_free(out);
  /* a string source stays a string */
  texts[0] = m->original + m->cells.items[0].start;
  lens[0] = m->cells.items[0].end - m->cells.items[0].start;
  texts[1] = "y = \"é\"\t";
  lens[1] = (uint32_t)strlen(texts[1]);
  out = sg_notebook_write(json, strlen(json), m, texts, lens, &n);
  CHECK(out && strstr(out, "\"source\": \"y = \\\"é\\\"\\t\"\n") != NULL);
  sg_free(out);
  /* the file changed under the map: refused */
  char *other = strdup(json);
  other[strstr(other, "def f") - other] = 'D';
  CHECK(sg_notebook_write(other, strlen(other), m, texts, lens, &n) == NULL);
  free(other);
  CHECK(!sg_cell_map_editable(m, 0, 3));                           /* the %time line */
  CHECK(sg_cell_map_editable(m, m->cells.items[0].start + 14, m->cells.items[0].start + 16));
  CHECK(!sg_cell_map_editable(m, m->cells.items[0].end, m->cells.items[1].start + 1));  /* two cells */
  sg_source_delete(s);
}

/* A notebook saved with CRLF line breaks keeps them in a rewritten cell. */
static void test_notebook_write_crlf(void) {
  const char *json = "{\r\n \"cells\": [\r\n  {\r\n   \"cell_type\": \"code\",\r\n   \"source\": [\r\n"
                     "    \"a = 1\\n\",\r\n    \"b = 2\"\r\n   ]\r\n  }\r\n ]\r\n}\r\n";
  Source *s = sg_test__nb(json);
  CHECK_INT(s->status, SOURCE_OK);
  char *texts[1] = {"a = 1\nb = 3\nc = 4"};
  uint32_t lens[1] = {(uint32_t)strlen(texts[0])};
  size_t n = 0;
  char *out = sg_notebook_write(json, strlen(json), s->cells, texts, lens, &n);
  CHECK_STR(out, "{\r\n \"cells\": [\r\n  {\r\n   \"cell_type\": \"code\",\r\n   \"source\": [\r\n"
                 "    \"a = 1\\n\",\r\n    \"b = 3\\n\",\r\n    \"c = 4\"\r\n   ]\r\n  }\r\n ]\r\n}\r\n");
  sg_free(out);
  /* b's place in the file: line 6 (0-based), after 4 spaces and the quote */
  SourcePos p = sg_cell_map_file_pos(s->cells, 6, SOURCE_UNIT_UTF16);
  CHECK_INT(p.line, 6);
  CHECK_INT(p.col, 5);
  sg_source_delete(s);
}

void test_suite_notebook(void) {
  RUN_TEST(test_notebook_write_crlf);
  RUN_TEST(test_notebook_join_and_map);
  RUN_TEST(test_notebook_file_pos_escapes);
  RUN_TEST(test_notebook_file_pos_lone_cr);
  RUN_TEST(test_notebook_magics);
  RUN_TEST(test_notebook_bad);
  RUN_TEST(test_notebook_write);
}
