/* FlatTree: structure invariants, fields, names, deep nesting. */
#include <stdlib.h>

#include "parser/comments.h"
#include "parser/flat.h"
#include "parser/parse.h"
#include "tests/unit/test.h"

typedef struct Parsed { Source *src; FlatTree *flat; } Parsed;

static Parsed sg_test__parse(const char *text, size_t len) {
  Parsed p;
  p.src = sg_source_from_bytes("t.py", text, len, SG_SOURCE_MAX_DEFAULT);
  Parser *parser = sg_parser_new();
  TSTree *tree = sg_parser_parse(parser, p.src);
  p.flat = sg_flat_build(tree, p.src);
  ts_tree_delete(tree);
  sg_parser_delete(parser);
  return p;
}

static void sg_test__free(Parsed p) {
  sg_flat_delete(p.flat);
  sg_source_delete(p.src);
}

/* parent/child/sibling/subtree_end agree with each other */
static void sg_test__invariants(const FlatTree *t) {
  CHECK_INT(t->parent[0], SG_NONE);
  CHECK_INT(t->subtree_end[0], t->count - 1);
  for (uint32_t i = 1; i < t->count; i++) {
    uint32_t p = t->parent[i];
    CHECK(p < i);
    CHECK(sg_flat_is_ancestor(t, p, i));
    CHECK(t->start_byte[i] >= t->start_byte[p] && t->end_byte[i] <= t->end_byte[p]);
    if (t->next_sibling[i] != SG_NONE) CHECK_INT(t->next_sibling[i], t->subtree_end[i] + 1);
    if (t->first_child[i] != SG_NONE) CHECK_INT(t->first_child[i], i + 1);
  }
}

static void test_flat_shape(void) {
  const char *text = "def f(a, b=1):\n    return a.b + b  # hi\n";
  Parsed p = sg_test__parse(text, strlen(text));
  const FlatTree *t = p.flat;
  sg_test__invariants(t);
  CHECK_INT(t->kind[0], KIND_MODULE);
  CHECK_INT(t->kind[1], KIND_FUNCTION_DEFINITION);
  uint32_t name = sg_flat_field(t, 1, FIELD_NAME);
  CHECK(name != SG_NONE && sg_flat_text_is(t, name, "f"));
  uint32_t body = sg_flat_field(t, 1, FIELD_BODY);
  CHECK(body != SG_NONE && t->kind[body] == KIND_BLOCK);
  CHECK_INT(t->start_row[body], 1);
  bool comment = false, attr = false;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] == KIND_COMMENT) { comment = true; CHECK(t->flags[i] & FLAT_EXTRA); }
    if (t->kind[i] == KIND_ATTRIBUTE) attr = true;
  }
  CHECK(comment && attr);
  sg_test__free(p);
}

static void test_flat_names(void) {
  const char *text = "self.append(list, x, x)\n";
  Parsed p = sg_test__parse(text, strlen(text));
  const FlatTree *t = p.flat;
  uint32_t ids[8], n = 0;
  for (uint32_t i = 0; i < t->count && n < 8; i++)
    if (t->kind[i] == KIND_IDENTIFIER) ids[n++] = t->name_id[i];
  CHECK_INT(n, 5);
  CHECK_INT(ids[0], NAME_SELF);
  CHECK_INT(ids[1], NAME_APPEND);
  CHECK_INT(ids[2], NAME_LIST);
  CHECK_INT(ids[3], ids[4]);
  CHECK(ids[3] >= NAME__WELL_KNOWN);
  CHECK_STR(sg_names_text(&t->names, ids[3]), "x");
  CHECK_INT(sg_names_find(&t->names, "x", 1), ids[3]);
  CHECK_INT(sg_names_find(&t->names, "zz", 2), SG_NONE);
  sg_test__free(p);
}

static void test_flat_errors(void) {
  const char *text = "def f(x)\n    pass\nx = (1,\n";
  Parsed p = sg_test__parse(text, strlen(text));
  const FlatTree *t = p.flat;
  sg_test__invariants(t);
  CHECK(t->flags[0] & FLAT_HAS_ERROR);
  uint32_t errors = 0;
  for (uint32_t i = 0; i < t->count; i++) errors += (t->flags[i] & (FLAT_ERROR | FLAT_MISSING)) != 0;
  CHECK(errors > 0);
  sg_test__free(p);
}

static void test_flat_deep(void) {
  /* 20000 nested parentheses: the walk uses an explicit stack */
  enum { DEPTH = 20000 };
  size_t len = 4 + DEPTH * 2 + 2;
  char *text = malloc(len + 1);
  size_t k = 0;
  memcpy(text, "x = ", 4), k = 4;
  for (int i = 0; i < DEPTH; i++) text[k++] = '(';
  text[k++] = '1';
  for (int i = 0; i < DEPTH; i++) text[k++] = ')';
  text[k++] = '\n';
  Parsed p = sg_test__parse(text, k);
  sg_test__invariants(p.flat);
  CHECK(p.flat->max_depth > DEPTH);
  sg_test__free(p);
  free(text);
}

static void test_flat_kinds_resolve(void) {
  /* every kind of kinds.def exists in the grammar (catches typos and
   * grammar upgrades that rename a symbol) */
  const Grammar *g = sg_grammar_python();
  bool seen[KIND__COUNT] = {0};
  for (uint32_t s = 0; s < g->symbol_count; s++) seen[g->kind_of_symbol[s]] = true;
  for (int k = KIND_TOKEN + 1; k < KIND__COUNT; k++) {
    if (k == KIND_ERROR) continue;
    if (!seen[k]) fprintf(stderr, "  kind %s not in the grammar\n", sg_kind_name((NodeKind)k));
    CHECK(seen[k]);
  }
  bool fseen[FIELD__COUNT] = {0};
  for (uint32_t f = 1; f <= g->field_count; f++) fseen[g->field_of_id[f]] = true;
  for (int f = 1; f < FIELD__COUNT; f++) CHECK(fseen[f]);
}

/* Whole-line comments are blanked in the text tree-sitter parses and put
 * back by sg_flat_build: the FlatTree is the one a parse of the real text
 * gives, node for node. */
static const char *sg_test__flat_differs(const FlatTree *a, const FlatTree *b) {
  if (a->count != b->count) return "count";
  for (uint32_t i = 0; i < a->count; i++) {
    if (a->kind[i] != b->kind[i]) return "kind";
    if (a->parent[i] != b->parent[i]) return "parent";
    if (a->start_byte[i] != b->start_byte[i] || a->end_byte[i] != b->end_byte[i]) return "span";
    if (a->start_row[i] != b->start_row[i] || a->start_col[i] != b->start_col[i]) return "point";
    if (a->flags[i] != b->flags[i] || a->field[i] != b->field[i]) return "flags";
    if (a->subtree_end[i] != b->subtree_end[i]) return "subtree";
  }
  return NULL;
}

static const char *const sg_test__comment_cases[] = {
  "# head\nimport os  # noqa: F401\n\n\ndef f():\n    # inside\n    x = 1\n"
  "    s = \"\"\"\n# not a comment\n\"\"\"\n    # trailing\n# outer\n    return x\n"
  "    # end of block\n        # deeper\n  # shallower\n\n\nclass C:\n    a = [\n        # in list\n"
  "        1,\n    ]\n# tail\n",
  "# only comments\n# here\n",
  "",
  "x = 1 + \\\n# continued: code, not a comment line\n  2\n",
  "s = '''a\n# in a string\n'''\nt = \"\\\n# escaped newline\"\n# real\n",
  "f = f\"{x['a']}\"  # c\n# real\ng = rb'\\'' # c\n",
  "if x:\r\n    y()\r\n    # crlf\r\nelse:\r\n    # in else\r\n    z()\r\n",
  "def f():\n\tif a:\n\t\tb()\n\t# tab\n        # eight\n\treturn\n# end",
  "class A:\n    def f(self):\n        pass\n        # in f\n    # in A\n# out\nx = (\n# in parens\n1)\n",
  "def broken(:\n    # c\n    x = \n# d\n",
};

static void test_flat_comments_view(void) {
  Parser *parser = sg_parser_new();
  for (size_t k = 0; k < sizeof sg_test__comment_cases / sizeof *sg_test__comment_cases; k++) {
    const char *text = sg_test__comment_cases[k];
    Source *src = sg_source_from_bytes("t.py", text, strlen(text), SG_SOURCE_MAX_DEFAULT);
    TSTree *plain = ts_parser_parse_string(parser->ts, NULL, src->text, src->len);
    TSTree *viewed = sg_parser_parse(parser, src);
    FlatTree *a = sg_flat_build(plain, src), *b = sg_flat_build(viewed, src);
    const char *why = sg_test__flat_differs(a, b);
    if (why) fprintf(stderr, "  case %zu: %s\n", k, why);
    CHECK(why == NULL);
    sg_test__invariants(b);
    sg_flat_delete(a);
    sg_flat_delete(b);
    ts_tree_delete(plain);
    ts_tree_delete(viewed);
    sg_source_delete(src);
  }
  sg_parser_delete(parser);
}

/* Whole-line comments only, outside strings and continuations. */
static void test_flat_comment_scan(void) {
  const char *text = "# a\n  # b\nx = 1  # inline\ns = \"\"\"\n# in string\n\"\"\"\ny = 2 \\\n# cont\n\f# c\r\n";
  CommentSpans spans = {0};
  sg_comments_scan(text, (uint32_t)strlen(text), &spans);
  CHECK_INT(spans.len, 3);
  if (spans.len == 3) {
    CHECK_INT(spans.items[0].start, 0);
    CHECK_INT(spans.items[0].end, 3);
    CHECK_INT(spans.items[1].row, 1);
    CHECK_INT(spans.items[1].col, 2);
    CHECK_INT(spans.items[2].row, 8);
    CHECK(memcmp(text + spans.items[2].start, "# c\r", spans.items[2].end - spans.items[2].start) == 0);
  }
  array_free(&spans);
}

/* An edited tree is reparsed incrementally: typing an opening `"""` turns
 * later comment lines into string text (and back), which changes the
 * parse view beyond the edited bytes; sg_parser_edit marks those lines, so
 * the incremental tree is the fresh one. */
static void test_flat_comments_incremental(void) {
  const char *steps[] = {
    "def f():\n    x = 1\n    # noqa: SNG101\n    y = 2\n    # c\n    return x\n",
    "def f():\n    x = \"\"\"1\n    # noqa: SNG101\n    y = 2\n    # c\n    return x\n",
    "def f():\n    x = \"\"\"1\n    # noqa: SNG101\n    y = 2\n  \"\"\"  # c\n    return x\n",
    "def f():\n    x = 1\n    # noqa: SNG101\n    y = 2\n  \"\"\"  # c\n    return x\n",
    "# def f():\n    x = 1\n    # noqa: SNG101\n    y = 2\n  \"\"\"  # c\n    return x\n",
    "def f():\n    x = 1\n    y = [2,\n      3]\n    return x\n",
    "def f():\n    x = 1\n    #y = [2,\n      3]\n    return x\n",
    "def f():\n    x = 1\n    y = [2,\n#      3]\n    return x\n",
    "def f():\n    x = 1\n    y = [2,\n#      3]\n#    return x\n",
    "def f():\n    x = 1\n    y = [2,\n      3]\n    return x\n",
  };
  Parser *parser = sg_parser_new();
  Source *src = sg_source_from_bytes("t.py", steps[0], strlen(steps[0]), SG_SOURCE_MAX_DEFAULT);
  TSTree *tree = sg_parser_parse(parser, src);
  for (size_t k = 1; k < sizeof steps / sizeof *steps; k++) {
    const char *old = steps[k - 1], *new = steps[k];
    uint32_t ol = (uint32_t)strlen(old), nl = (uint32_t)strlen(new), start = 0, oe = ol, ne = nl;
    while (start < ol && start < nl && old[start] == new[start]) start++;
    while (oe > start && ne > start && old[oe - 1] == new[ne - 1]) oe--, ne--;
    TSPoint p[3] = {{0, 0}, {0, 0}, {0, 0}};
    uint32_t at[3] = {start, oe, ne};
    const char *in[3] = {old, old, new};
    for (int e = 0; e < 3; e++)
      for (uint32_t i = 0; i < at[e]; i++)
        p[e] = in[e][i] == '\n' ? (TSPoint){p[e].row + 1, 0} : (TSPoint){p[e].row, p[e].column + 1};
    TSInputEdit edit = {start, oe, ne, p[0], p[1], p[2]};
    sg_parser_edit(tree, &edit, old, ol, new, nl);
    sg_source_delete(src);
    src = sg_source_from_bytes("t.py", new, nl, SG_SOURCE_MAX_DEFAULT);
    TSTree *next = sg_parser_reparse(parser, src, tree, 0);
    TSTree *fresh = sg_parser_parse(parser, src);
    FlatTree *a = sg_flat_build(fresh, src), *b = sg_flat_build(next, src);
    const char *why = sg_test__flat_differs(a, b);
    if (why) fprintf(stderr, "  step %zu: %s\n", k, why);
    CHECK(why == NULL);
    sg_flat_delete(a);
    sg_flat_delete(b);
    ts_tree_delete(fresh);
    ts_tree_delete(tree);
    tree = next;
  }
  ts_tree_delete(tree);
  sg_source_delete(src);
  sg_parser_delete(parser);
}

void test_suite_flat(void) {
  RUN_TEST(test_flat_shape);
  RUN_TEST(test_flat_names);
  RUN_TEST(test_flat_errors);
  RUN_TEST(test_flat_deep);
  RUN_TEST(test_flat_kinds_resolve);
  RUN_TEST(test_flat_comments_view);
  RUN_TEST(test_flat_comment_scan);
  RUN_TEST(test_flat_comments_incremental);
}
