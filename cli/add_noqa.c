/* add_noqa: the comment goes where snag reads it, on the line where the
 * finding starts (lint/noqa.c). A directive already on the line gets the
 * new codes appended to its list; another comment gets `  # noqa: CODES`
 * after it; otherwise the directive goes after the line's last
 * non-blank character. Lines are found from the FlatTree (comments,
 * strings), never by scanning text for `#`. */
#include "cli/add_noqa.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/fix.h"
#include "parser/flat.h"
#include "parser/parse.h"
#include "lint/noqa.h"

typedef struct NoqaInsert {
  uint32_t at;
  char *text;
} NoqaInsert;

/* The codes of line's findings, `SNG101, SNG201`, in code order; false
 * when the line has none a line comment can suppress. */
static bool sg_add_noqa__codes(const FileResult *result, uint32_t line, char *buf, size_t cap) {
  bool want[RULE__COUNT] = {0}, any = false;
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    if (d->span.line != line + 1 || (unsigned)d->rule >= RULE__COUNT) continue;
    if (d->rule == RULE_syntax_error || d->rule == RULE_unreadable_file) continue;
    want[d->rule] = any = true;
  }
  buf[0] = '\0';
  for (int r = 0; r < RULE__COUNT; r++)
    if (want[r]) snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s", buf[0] ? ", " : "", sg_rules[r].code);
  return any;
}

static bool sg_add_noqa__has_rule(const FileResult *result, RuleId rule) {
  for (uint32_t i = 0; i < result->items.len; i++)
    if (result->items.items[i].rule == rule) return true;
  return false;
}

/* The insertion for one line, or NULL with *why set. */
static char *sg_add_noqa__line(const Source *src, const FlatTree *flat, const uint32_t *comment_on,
                               const bool *in_string, uint32_t line, const char *codes, uint32_t *at,
                               const char **why) {
  char *text = sg_malloc(strlen(codes) + 16);
  uint32_t c = comment_on[line];
  if (c != SG_NONE) {
    uint32_t len, cs, ce;
    const char *comment = sg_flat_text(flat, c, &len);
    if (sg_noqa_codes_span(comment, len, &cs, &ce)) {
      *at = flat->start_byte[c] + ce;
      sprintf(text, ", %s", codes);
    } else {
      *at = flat->end_byte[c];
      sprintf(text, "  # noqa: %s", codes);
    }
    return text;
  }
  if (in_string[line]) {
    *why = "the line ends inside a string";
    sg_free(text);
    return NULL;
  }
  uint32_t start = src->line_starts[line];
  uint32_t end = line + 1 < src->line_count ? src->line_starts[line + 1] : (uint32_t)src->len;
  while (end > start && (src->text[end - 1] == '\n' || src->text[end - 1] == '\r' ||
                         src->text[end - 1] == ' ' || src->text[end - 1] == '\t' || src->text[end - 1] == '\f'))
    end--;
  if (end > start && src->text[end - 1] == '\\') {
    *why = "the line ends with a `\\` continuation";
    sg_free(text);
    return NULL;
  }
  *at = end;
  sprintf(text, "  # noqa: %s", codes);
  return text;
}

uint32_t sg_add_noqa_file(const FileResult *result, bool *failed) {
  if (!result || !result->items.len) return 0;
  if (sg_add_noqa__has_rule(result, RULE_syntax_error) || sg_add_noqa__has_rule(result, RULE_unreadable_file)) {
    sg_cli_note("not adding noqa to `%s`: it does not parse or cannot be read", result->path);
    return 0;
  }
  if (result->cells) {  /* the file is JSON: a comment belongs inside a cell's source */
    sg_cli_note("not adding noqa to `%s`: --add-noqa does not rewrite notebooks yet; "
                "add `# noqa: CODE` to the cell's line", result->path);
    return 0;
  }
  size_t len;
  char *raw = sg_cli_read_file(result->path, &len);
  if (!raw) return 0;
  char encoding[40];
  if (sg_source_declared_encoding(raw, len, encoding, sizeof encoding)) {
    sg_cli_note("not adding noqa to `%s`: it declares the encoding '%s'; snag rewrites UTF-8 "
                "files only", result->path, encoding);
    sg_free(raw);
    return 0;
  }
  Source *src = sg_source_from_bytes(result->path, raw, len, len + 1);
  sg_free(raw);
  if (src->status != SOURCE_OK || src->line_count == 0) {
    sg_source_delete(src);
    return 0;
  }
  Parser *parser = sg_parser_new();
  TSTree *tree = sg_parser_parse(parser, src);
  FlatTree *flat = sg_flat_build(tree, src);
  /* per line: its comment (one at most), and whether its end is inside a string */
  uint32_t *comment_on = sg_malloc(src->line_count * sizeof *comment_on);
  bool *in_string = sg_calloc(src->line_count, sizeof *in_string);
  for (uint32_t l = 0; l < src->line_count; l++) comment_on[l] = SG_NONE;
  for (uint32_t id = 0; id < flat->count; id++) {
    if (flat->kind[id] == KIND_COMMENT) {
      comment_on[sg_source_line_of(src, flat->start_byte[id])] = id;
    } else if (flat->kind[id] == KIND_STRING) {
      uint32_t first = sg_source_line_of(src, flat->start_byte[id]);
      uint32_t last = sg_source_line_of(src, flat->end_byte[id]);
      for (uint32_t l = first; l < last; l++) in_string[l] = true;
    }
  }
  Array(NoqaInsert) inserts = {0};
  uint32_t prev_line = UINT32_MAX;
  for (uint32_t i = 0; i < result->items.len; i++) {
    uint32_t line = result->items.items[i].span.line - 1;
    if (line == prev_line || line >= src->line_count) continue;
    prev_line = line;
    char codes[RULE__COUNT * 8];
    if (!sg_add_noqa__codes(result, line, codes, sizeof codes)) continue;
    const char *why = NULL;
    NoqaInsert ins = {0};
    ins.text = sg_add_noqa__line(src, flat, comment_on, in_string, line, codes, &ins.at, &why);
    if (ins.text) array_push(&inserts, ins);
    else sg_cli_note("%s:%u: not adding `# noqa: %s`: %s", result->path, line + 1, codes, why);
  }
  uint32_t added = 0;
  if (inserts.len) {
    /* findings are sorted by position, so the insertions are in order */
    size_t cap = src->len + 4;
    for (uint32_t i = 0; i < inserts.len; i++) cap += strlen(inserts.items[i].text);
    char *out = sg_malloc(cap);
    size_t o = 0, from = 0;
    if (src->had_bom) memcpy(out, "\xEF\xBB\xBF", 3), o = 3;
    for (uint32_t i = 0; i < inserts.len; i++) {
      memcpy(out + o, src->text + from, inserts.items[i].at - from);
      o += inserts.items[i].at - from;
      from = inserts.items[i].at;
      size_t n = strlen(inserts.items[i].text);
      memcpy(out + o, inserts.items[i].text, n);
      o += n;
    }
    memcpy(out + o, src->text + from, src->len - from);
    o += src->len - from;
    if (sg_fix_write(result->path, out, o)) {
      added = inserts.len;
    } else {
      sg_cli_fail("cannot write `%s`: %s", result->path, strerror(errno));
      if (failed) *failed = true;
    }
    sg_free(out);
  }
  for (uint32_t i = 0; i < inserts.len; i++) sg_free(inserts.items[i].text);
  array_free(&inserts);
  sg_free(comment_on);
  sg_free(in_string);
  sg_flat_delete(flat);
  ts_tree_delete(tree);
  sg_parser_delete(parser);
  sg_source_delete(src);
  return added;
}
