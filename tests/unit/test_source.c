/* Source: reading, rejection of bad input, BOM, line index, columns. */
#include <stdlib.h>

#include "parser/source.h"
#include "tests/unit/test.h"

static Source *sg_test__src(const char *text) {
  return sg_source_from_bytes("t.py", text, strlen(text), SG_SOURCE_MAX_DEFAULT);
}

static void test_source_ok_and_lines(void) {
  Source *s = sg_test__src("a = 1\nb = 2\r\nc");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_INT(s->line_count, 3);
  uint32_t len;
  const char *l = sg_source_line(s, 1, &len);
  CHECK_INT(len, 5);           /* CR stripped */
  CHECK(memcmp(l, "b = 2", 5) == 0);
  CHECK_INT(sg_source_line_of(s, 0), 0);
  CHECK_INT(sg_source_line_of(s, 6), 1);
  CHECK_INT(sg_source_line_of(s, 13), 2);
  sg_source_delete(s);
}

/* Columns on a long line come from the per-1024-byte marks: the same as
 * counting from the line's start. */
static void test_source_long_line_columns(void) {
  char *text = malloc(20000);
  size_t n = 0;
  for (int i = 0; n < 19000; i++) {
    const char *piece = i % 3 == 0 ? "x\xc3\xa9" : i % 3 == 1 ? "\xf0\x9f\x98\x80" : "ab";
    memcpy(text + n, piece, strlen(piece));
    n += strlen(piece);
  }
  text[n++] = '\n';
  text[n] = '\0';
  Source *s = sg_source_from_bytes("t.py", text, n, SG_SOURCE_MAX_DEFAULT);
  uint32_t chars = 0, units = 0;
  for (uint32_t b = 0; b < s->len; b++) {
    unsigned char c = (unsigned char)s->text[b];
    if ((c & 0xC0) != 0x80 && b % 7 == 0) {
      CHECK_INT(sg_source_pos(s, b, SOURCE_UNIT_CHAR).col, chars);
      CHECK_INT(sg_source_pos(s, b, SOURCE_UNIT_UTF16).col, units);
    }
    if ((c & 0xC0) != 0x80) chars++, units += c >= 0xF0 ? 2 : 1;
  }
  sg_source_delete(s);
  free(text);
}

static void test_source_columns(void) {
  /* é is 2 bytes / 1 char / 1 UTF-16 unit; 😀 is 4 bytes / 1 char / 2 units */
  Source *s = sg_test__src("x = \"é😀\" + y\n");
  uint32_t y = (uint32_t)(strchr(s->text, 'y') - s->text);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_BYTE).col, 15);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_CHAR).col, 11);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_UTF16).col, 12);
  for (int unit = 0; unit < 3; unit++) {
    SourcePos p = sg_source_pos(s, y, (SourceUnit)unit);
    CHECK_INT(sg_source_offset(s, p, (SourceUnit)unit), y);
  }
  SourcePos past = {0, 999};
  CHECK_INT(sg_source_offset(s, past, SOURCE_UNIT_CHAR), s->line_starts[1] - 1);
  sg_source_delete(s);
}

static void test_source_bom(void) {
  Source *s = sg_test__src("\xEF\xBB\xBFx = 1\n");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK(s->had_bom);
  CHECK_STR(s->text, "x = 1\n");
  sg_source_delete(s);
}

static void test_source_rejects(void) {
  Source *s = sg_source_from_bytes("t.py", "a\0b", 3, SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_BINARY);
  CHECK_INT(s->len, 0);
  sg_source_delete(s);
  s = sg_test__src("ok\nbad \xC3\x28\n");
  CHECK_INT(s->status, SOURCE_NOT_UTF8);
  CHECK(strstr(s->message, "line 2") != NULL);
  sg_source_delete(s);
  s = sg_test__src("\xED\xA0\x80");  /* a surrogate */
  CHECK_INT(s->status, SOURCE_NOT_UTF8);
  sg_source_delete(s);
  s = sg_test__src("\xC0\xAF");      /* overlong */
  CHECK_INT(s->status, SOURCE_NOT_UTF8);
  sg_source_delete(s);
  s = sg_test__src("\xE2\x82");      /* truncated */
  CHECK_INT(s->status, SOURCE_NOT_UTF8);
  sg_source_delete(s);
  s = sg_source_from_bytes("t.py", "\xFF\xFEx\0", 4, SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_NOT_UTF8);
  CHECK(strstr(s->message, "UTF-16") != NULL);
  sg_source_delete(s);
  s = sg_source_from_bytes("t.py", "x = 1\n", 6, 4);
  CHECK_INT(s->status, SOURCE_TOO_LARGE);
  sg_source_delete(s);
  s = sg_source_read("/nonexistent/snag/file.py", SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_IO_ERROR);
  CHECK(strstr(s->message, "No such file") != NULL);
  sg_source_delete(s);
  s = sg_source_read("/", SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_IO_ERROR);
  sg_source_delete(s);
}

/* text is rejected with status, its message containing needle. */
static void sg_test__rejected(const char *text, SourceStatus status, const char *needle) {
  Source *s = sg_test__src(text);
  CHECK_INT(s->status, status);
  CHECK(strstr(s->message, needle) != NULL);
  sg_source_delete(s);
}

/* PEP 263: a declared encoding is decoded to UTF-8 as CPython does. */
static void test_source_coding(void) {
  Source *s = sg_test__src("# -*- coding: latin-1 -*-\nx = \"Jos\xE9\" + y\n");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->encoding, "iso-8859-1");
  CHECK(strstr(s->text, "Jos\xC3\xA9") != NULL);
  /* code-point columns are the file's; byte columns count UTF-8 bytes */
  uint32_t y = (uint32_t)(strchr(s->text, 'y') - s->text);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_CHAR).line, 1);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_CHAR).col, 13);
  CHECK_INT(sg_source_pos(s, y, SOURCE_UNIT_BYTE).col, 14);
  sg_source_delete(s);
  /* line 2 after a comment line; `coding=`; a Python spelling of the name */
  s = sg_test__src("#!/usr/bin/env python\n# vim: fileencoding=koi8_r\ns = '\xF0'\n");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->encoding, "koi8_r");
  CHECK(strstr(s->text, "'\xD0\x9F'") != NULL);  /* П */
  sg_source_delete(s);
  /* UTF-8 spellings are not decoded */
  s = sg_test__src("# coding: UTF_8\ns = '\xC3\xA9'\n");
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->encoding, "");
  sg_source_delete(s);
  /* a declaration on line 2 after a line of code, or on line 3, is no declaration */
  sg_test__rejected("x = 1\n# coding: latin-1\ns = '\xE9'\n", SOURCE_NOT_UTF8, "");
  sg_test__rejected("#\n#\n# coding: latin-1\ns = '\xE9'\n", SOURCE_NOT_UTF8, "line 4");
  /* an unknown name, bytes invalid in the declared encoding, a BOM */
  s = sg_test__src("# coding: xyz-nonesuch\nx = 1\n");
  CHECK_INT(s->status, SOURCE_BAD_ENCODING);
  CHECK(strstr(s->message, "unknown encoding 'xyz-nonesuch'") != NULL);
  CHECK_INT(s->len, 0);
  sg_source_delete(s);
  sg_test__rejected("# coding: ascii\nx = 1\ns = '\xE9'\n", SOURCE_BAD_ENCODING, "line 3");
  sg_test__rejected("\xEF\xBB\xBF# coding: latin-1\nx = 1\n", SOURCE_BAD_ENCODING, "");
  /* editor text is UTF-8 already: the declaration is not acted on */
  const char *utf8 = "# coding: latin-1\ns = '\xC3\xA9'\n";
  s = sg_source_from_utf8("t.py", utf8, strlen(utf8), SG_SOURCE_MAX_DEFAULT);
  CHECK_INT(s->status, SOURCE_OK);
  CHECK_STR(s->text, utf8);
  sg_source_delete(s);
  char name[40];
  CHECK(sg_source_declared_encoding("# coding: cp1252\n", 17, name, sizeof name));
  CHECK_STR(name, "cp1252");
  CHECK(!sg_source_declared_encoding("# coding: utf-8\n", 16, name, sizeof name));
}

static void test_source_utf8_valid(void) {
  const char *ok = "aé😀€";
  CHECK_INT(sg_utf8_valid_prefix((const unsigned char *)ok, strlen(ok)), strlen(ok));
  CHECK_INT(sg_utf8_valid_prefix((const unsigned char *)"ab\xF5", 3), 2);
}

void test_suite_source(void) {
  RUN_TEST(test_source_ok_and_lines);
  RUN_TEST(test_source_columns);
  RUN_TEST(test_source_long_line_columns);
  RUN_TEST(test_source_bom);
  RUN_TEST(test_source_rejects);
  RUN_TEST(test_source_coding);
  RUN_TEST(test_source_utf8_valid);
}
