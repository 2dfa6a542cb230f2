/* FlatTree: structure invariants, fields, names, deep nesting. */
#include <stdlib.h>

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

void test_suite_flat(void) {
  RUN_TEST(test_flat_shape);
  RUN_TEST(test_flat_names);
  RUN_TEST(test_flat_errors);
  RUN_TEST(test_flat_deep);
  RUN_TEST(test_flat_kinds_resolve);
}
