/* Tests for analyses/model (scopes, bindings, references) and
 * analyses/resolve (qualified names through imports). Each test builds the
 * model of a small Python text and states, identifier by identifier, what
 * Python's own symbol table decides (checked against CPython's `symtable`
 * module where the rules are subtle). */
#include "analyses/model.h"
#include "analyses/resolve.h"
#include "parser/flat.h"
#include "parser/parse.h"
#include "tests/unit/test.h"

/* ---- building a model from text ------------------------------------------------ */

typedef struct ModelCase {
  Source *src;
  FlatTree *flat;
  SemanticModel *model;
} ModelCase;

static ModelCase test_model__build_n(const char *text, size_t len) {
  ModelCase c;
  c.src = sg_source_from_bytes("t.py", text, len, SG_SOURCE_MAX_DEFAULT);
  Parser *parser = sg_parser_new();
  TSTree *tree = sg_parser_parse(parser, c.src);
  c.flat = sg_flat_build(tree, c.src);
  ts_tree_delete(tree);
  sg_parser_delete(parser);
  c.model = sg_model_build(c.flat);
  return c;
}

static ModelCase test_model__build(const char *text) {
  return test_model__build_n(text, strlen(text));
}

static void test_model__free(ModelCase *c) {
  sg_model_delete(c->model);
  sg_flat_delete(c->flat);
  sg_source_delete(c->src);
}

/* ---- finding nodes ----------------------------------------------------------------- */

/* The nth (0-based, in source order) identifier whose text is `name`, or
 * SG_NONE (reported, so that a typo in a test shows as a failure). */
static uint32_t test_model__ident(const ModelCase *c, const char *name, int nth) {
  const FlatTree *t = c->flat;
  uint32_t id = sg_names_find(&t->names, name, (uint32_t)strlen(name));
  int seen = 0;
  if (id != SG_NONE)
    for (uint32_t i = 0; i < t->count; i++)
      if (t->kind[i] == KIND_IDENTIFIER && t->name_id[i] == id && seen++ == nth) return i;
  fprintf(stderr, "  no identifier #%d named %s\n", nth, name);
  sg_test_failures++;
  return SG_NONE;
}

/* The nth node of a kind, or SG_NONE (reported). */
static uint32_t test_model__node(const ModelCase *c, uint16_t kind, int nth) {
  int seen = 0;
  for (uint32_t i = 0; i < c->flat->count; i++)
    if (c->flat->kind[i] == kind && seen++ == nth) return i;
  fprintf(stderr, "  no node #%d of kind %s\n", nth, sg_kind_name((NodeKind)kind));
  sg_test_failures++;
  return SG_NONE;
}

static const Reference *test_model__reference(const ModelCase *c, const char *name, int nth) {
  uint32_t i = test_model__ident(c, name, nth);
  if (i == SG_NONE || c->model->node_reference[i] == SG_NONE) return NULL;
  return &c->model->references.items[c->model->node_reference[i]];
}

static const Binding *test_model__binding(const ModelCase *c, const char *name, int nth) {
  uint32_t i = test_model__ident(c, name, nth);
  if (i == SG_NONE || c->model->node_binding[i] == SG_NONE) return NULL;
  return &c->model->bindings.items[c->model->node_binding[i]];
}

/* The enclosing scope of a scope (SG_NONE for the module or a bad id). */
static uint32_t test_model__parent(const ModelCase *c, uint32_t scope) {
  return scope < c->model->scopes.len ? c->model->scopes.items[scope].parent : SG_NONE - 1;
}

/* The scope a node opens (a comprehension, a lambda), or SG_NONE. */
static uint32_t test_model__own_scope(const ModelCase *c, uint32_t node) {
  return node < c->flat->count ? c->model->node_own_scope[node] : SG_NONE;
}

/* The scope a node is evaluated in, or SG_NONE. */
static uint32_t test_model__node_scope(const ModelCase *c, uint32_t node) {
  return node < c->flat->count ? c->model->node_scope[node] : SG_NONE;
}

/* The symbol the nth `name` binds, or NULL. */
static const Symbol *test_model__symbol(const ModelCase *c, const char *name, int nth) {
  const Binding *b = test_model__binding(c, name, nth);
  return b ? &c->model->symbols.items[b->symbol] : NULL;
}

/* ---- what the model says, as words ----------------------------------------------- */

/* How the nth `name` is read: "local", "free", "global", "builtin",
 * "unresolved", or "none" when that identifier is not a read. */
static const char *test_model__ref(const ModelCase *c, const char *name, int nth) {
  const Reference *r = test_model__reference(c, name, nth);
  return r ? sg_reference_kind_name(r->kind) : "none";
}

/* The binding the nth `name` makes: "assignment", "parameter", ... or "none". */
static const char *test_model__bind(const ModelCase *c, const char *name, int nth) {
  const Binding *b = test_model__binding(c, name, nth);
  return b ? sg_binding_kind_name(b->kind) : "none";
}

static const char *test_model__scope_kind(const ModelCase *c, uint32_t scope) {
  return scope < c->model->scopes.len ? sg_scope_kind_name(c->model->scopes.items[scope].kind) : "none";
}

/* The scope whose symbol the nth `name` binds (SG_NONE: no binding). */
static uint32_t test_model__bind_scope(const ModelCase *c, const char *name, int nth) {
  const Binding *b = test_model__binding(c, name, nth);
  return b ? c->model->symbols.items[b->symbol].scope : SG_NONE;
}

/* The scope whose symbol the nth `name` reads (SG_NONE: builtin, unresolved, no read). */
static uint32_t test_model__ref_scope(const ModelCase *c, const char *name, int nth) {
  const Reference *r = test_model__reference(c, name, nth);
  return r && r->symbol != SG_NONE ? c->model->symbols.items[r->symbol].scope : SG_NONE;
}

/* The symbol flags of the nth `name`'s binding (0: no binding). */
static uint16_t test_model__bind_flags(const ModelCase *c, const char *name, int nth) {
  const Binding *b = test_model__binding(c, name, nth);
  return b ? c->model->symbols.items[b->symbol].flags : 0;
}

/* The scope a def/class opens, found by the nth identifier of its name. */
static uint32_t test_model__scope_of_def(const ModelCase *c, const char *name, int nth) {
  uint32_t i = test_model__ident(c, name, nth);
  return i == SG_NONE ? SG_NONE : c->model->node_own_scope[c->flat->parent[i]];
}

/* The scope the nth `name` is evaluated in. */
static uint32_t test_model__where(const ModelCase *c, const char *name, int nth) {
  uint32_t i = test_model__ident(c, name, nth);
  return i == SG_NONE ? SG_NONE : c->model->node_scope[i];
}

static uint8_t test_model__scope_flags(const ModelCase *c, uint32_t scope) {
  return scope < c->model->scopes.len ? c->model->scopes.items[scope].flags : 0;
}

/* The value node the nth `name`'s binding records. */
static uint32_t test_model__value(const ModelCase *c, const char *name, int nth) {
  const Binding *b = test_model__binding(c, name, nth);
  return b ? b->value : SG_NONE - 1;  /* never equal to a real node or SG_NONE */
}

static const char *test_model__qualified_of(const Binding *b) {
  return b && b->qualified ? b->qualified : "(none)";
}

/* What sg_resolve_qualified makes of the nth `name` read, or of the
 * attribute chain it ends (`mp.Process` for name "Process"); "(null)". */
static const char *test_model__resolve(const ModelCase *c, const char *name, int nth, char *buf,
                                       size_t cap) {
  uint32_t i = test_model__ident(c, name, nth);
  if (i == SG_NONE) return "(bad test)";
  const FlatTree *t = c->flat;
  uint32_t expr = i;
  if (t->parent[i] != SG_NONE && t->kind[t->parent[i]] == KIND_ATTRIBUTE && t->field[i] == FIELD_ATTRIBUTE)
    expr = t->parent[i];
  const char *q = sg_resolve_qualified(c->model, expr, buf, cap);
  return q ? q : "(null)";
}

/* ---- binding kinds -------------------------------------------------------------------- */

static void test_model_assignment(void) {
  ModelCase c = test_model__build(
      "x = []\n"
      "a = b = []\n"
      "p, [q, *r] = 1, [2, 3]\n"
      "(s) = {}\n"
      "(t1, t2) = u = ()\n"
      "obj.attr = 1\n"
      "obj[k] = 2\n");
  CHECK_STR(test_model__bind(&c, "x", 0), "assignment");
  CHECK_INT(test_model__value(&c, "x", 0), test_model__node(&c, KIND_LIST, 0));
  /* a chain binds every target to the same value */
  CHECK_STR(test_model__bind(&c, "a", 0), "assignment");
  CHECK_STR(test_model__bind(&c, "b", 0), "assignment");
  CHECK_INT(test_model__value(&c, "a", 0), test_model__node(&c, KIND_LIST, 1));
  CHECK_INT(test_model__value(&c, "b", 0), test_model__node(&c, KIND_LIST, 1));
  /* unpacking binds each name, with no single value */
  CHECK_STR(test_model__bind(&c, "p", 0), "assignment");
  CHECK_STR(test_model__bind(&c, "q", 0), "assignment");
  CHECK_STR(test_model__bind(&c, "r", 0), "assignment");
  CHECK_INT(test_model__value(&c, "p", 0), SG_NONE);
  CHECK_INT(test_model__value(&c, "q", 0), SG_NONE);
  CHECK_INT(test_model__value(&c, "r", 0), SG_NONE);
  /* a parenthesised name is still the whole target */
  CHECK_STR(test_model__bind(&c, "s", 0), "assignment");
  CHECK_INT(test_model__value(&c, "s", 0), test_model__node(&c, KIND_DICTIONARY, 0));
  CHECK_STR(test_model__bind(&c, "t1", 0), "assignment");
  CHECK_INT(test_model__value(&c, "t2", 0), SG_NONE);
  CHECK_INT(test_model__value(&c, "u", 0), test_model__node(&c, KIND_TUPLE, 0));
  /* targets that are not names: the object is read, the attribute is no name */
  CHECK_STR(test_model__ref(&c, "obj", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "obj", 0), "none");
  CHECK_STR(test_model__ref(&c, "attr", 0), "none");
  CHECK_STR(test_model__bind(&c, "attr", 0), "none");
  CHECK_STR(test_model__ref(&c, "obj", 1), "unresolved");
  CHECK_STR(test_model__ref(&c, "k", 0), "unresolved");
  /* every binding is on a module symbol that is local and bound */
  CHECK_INT(test_model__bind_scope(&c, "x", 0), 0);
  CHECK(test_model__bind_flags(&c, "x", 0) & SYMBOL_BOUND);
  CHECK(test_model__bind_flags(&c, "x", 0) & SYMBOL_LOCAL);
  test_model__free(&c);
}

static void test_model_augmented(void) {
  ModelCase c = test_model__build(
      "n = 0\n"
      "n += 1\n"
      "def f():\n"
      "    m = []\n"
      "    m += [1]\n");
  /* `n += 1` reads n and binds it */
  CHECK_STR(test_model__bind(&c, "n", 1), "augmented");
  CHECK_STR(test_model__ref(&c, "n", 1), "global");
  CHECK_INT(test_model__ref_scope(&c, "n", 1), 0);
  CHECK_INT(test_model__value(&c, "n", 1), test_model__node(&c, KIND_INTEGER, 1));
  CHECK_STR(test_model__bind(&c, "m", 1), "augmented");
  CHECK_STR(test_model__ref(&c, "m", 1), "local");
  CHECK(test_model__symbol(&c, "m", 0) && test_model__symbol(&c, "m", 0)->binding_count == 2);
  test_model__free(&c);
}

static void test_model_annotated(void) {
  ModelCase c = test_model__build(
      "y: int = 5\n"
      "z: int\n"
      "(w): int\n"
      "(v): int = 1\n"
      "def f():\n"
      "    d: list\n"
      "    return d\n"
      "print(z)\n");
  CHECK_STR(test_model__bind(&c, "y", 0), "annotated");
  CHECK_INT(test_model__value(&c, "y", 0), test_model__node(&c, KIND_INTEGER, 0));
  CHECK(test_model__bind_flags(&c, "y", 0) & SYMBOL_ANNOTATED);
  CHECK(test_model__bind_flags(&c, "y", 0) & SYMBOL_BOUND);
  CHECK_STR(test_model__ref(&c, "int", 0), "builtin");
  /* `z: int` declares z but binds nothing */
  CHECK_STR(test_model__bind(&c, "z", 0), "declaration");
  CHECK(test_model__bind_flags(&c, "z", 0) & SYMBOL_ANNOTATED);
  CHECK(!(test_model__bind_flags(&c, "z", 0) & SYMBOL_BOUND));
  CHECK_STR(test_model__ref(&c, "z", 1), "global");
  /* a parenthesised target is not "simple": Python neither declares nor binds it */
  CHECK_STR(test_model__bind(&c, "w", 0), "none");
  CHECK_STR(test_model__ref(&c, "w", 0), "none");
  CHECK_STR(test_model__bind(&c, "v", 0), "annotated");
  /* in a function, a declaration alone makes the name local (reading it is
   * an UnboundLocalError, not a global read) */
  CHECK_STR(test_model__bind(&c, "d", 0), "declaration");
  CHECK_STR(test_model__ref(&c, "d", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "d", 1), test_model__scope_of_def(&c, "f", 0));
  CHECK(test_model__bind_flags(&c, "d", 0) & SYMBOL_LOCAL);
  test_model__free(&c);
}

static void test_model_parameters(void) {
  ModelCase c = test_model__build(
      "def f(a, /, b, c=1, d: int = [], e: str = 'e', *args: int, kwo, kwd=None, **kw):\n"
      "    return a\n"
      "def g(*, only): pass\n"
      "def h(*rest): pass\n"
      "lam = lambda x, y=2, *lr, **lk: x\n");
  uint32_t fs = test_model__scope_of_def(&c, "f", 0);
  CHECK_STR(test_model__scope_kind(&c, fs), "function");
  const char *names[] = {"a", "b", "c", "d", "e", "args", "kwo", "kwd", "kw"};
  for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
    CHECK_STR(test_model__bind(&c, names[n], 0), "parameter");
    CHECK_INT(test_model__bind_scope(&c, names[n], 0), fs);
    CHECK(test_model__bind_flags(&c, names[n], 0) & SYMBOL_PARAMETER);
    CHECK_STR(test_model__ref(&c, names[n], 0), "none");
  }
  /* a parameter's value is its default */
  CHECK_INT(test_model__value(&c, "a", 0), SG_NONE);
  CHECK_INT(test_model__value(&c, "b", 0), SG_NONE);
  CHECK_INT(test_model__value(&c, "c", 0), test_model__node(&c, KIND_INTEGER, 0));
  CHECK_INT(test_model__value(&c, "d", 0), test_model__node(&c, KIND_LIST, 0));
  CHECK_INT(test_model__value(&c, "e", 0), test_model__node(&c, KIND_STRING, 0));
  CHECK_INT(test_model__value(&c, "kwd", 0), test_model__node(&c, KIND_NONE, 0));
  CHECK_INT(test_model__value(&c, "args", 0), SG_NONE);
  /* annotations are reads in the enclosing scope */
  CHECK_STR(test_model__ref(&c, "int", 0), "builtin");
  CHECK_INT(test_model__where(&c, "int", 0), 0);
  CHECK_STR(test_model__ref(&c, "str", 0), "builtin");
  CHECK_STR(test_model__ref(&c, "int", 1), "builtin");
  CHECK_STR(test_model__ref(&c, "a", 1), "local");
  CHECK_STR(test_model__bind(&c, "only", 0), "parameter");
  CHECK_STR(test_model__bind(&c, "rest", 0), "parameter");
  /* lambda parameters belong to the lambda */
  uint32_t ls = test_model__own_scope(&c, test_model__node(&c, KIND_LAMBDA, 0));
  CHECK_STR(test_model__scope_kind(&c, ls), "lambda");
  const char *lnames[] = {"x", "y", "lr", "lk"};
  for (size_t n = 0; n < sizeof lnames / sizeof *lnames; n++) {
    CHECK_STR(test_model__bind(&c, lnames[n], 0), "parameter");
    CHECK_INT(test_model__bind_scope(&c, lnames[n], 0), ls);
  }
  CHECK_INT(test_model__value(&c, "y", 0), test_model__node(&c, KIND_INTEGER, 1));
  CHECK_STR(test_model__ref(&c, "x", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "x", 1), ls);
  test_model__free(&c);
}

static void test_model_loops_with_except(void) {
  ModelCase c = test_model__build(
      "for i, (j, *k) in pairs:\n"
      "    pass\n"
      "squares = [n * n for n in range(3)]\n"
      "with open('f') as fh, lock:\n"
      "    pass\n"
      "with ctx() as (p1, p2):\n"
      "    pass\n"
      "try:\n"
      "    pass\n"
      "except (ValueError, TypeError) as exc:\n"
      "    print(exc)\n"
      "try:\n"
      "    pass\n"
      "except* OSError as group:\n"
      "    pass\n"
      "with (open(a) as b1, open(c) as d1):\n"
      "    pass\n"
      "async def f():\n"
      "    async with conn() as session:\n"
      "        return [row async for row in session]\n");
  CHECK_STR(test_model__bind(&c, "i", 0), "for-target");
  CHECK_STR(test_model__bind(&c, "j", 0), "for-target");
  CHECK_STR(test_model__bind(&c, "k", 0), "for-target");
  CHECK_INT(test_model__value(&c, "i", 0), SG_NONE);
  CHECK_STR(test_model__ref(&c, "pairs", 0), "unresolved");
  /* a comprehension target binds in the comprehension */
  CHECK_STR(test_model__bind(&c, "n", 2), "for-target");
  uint32_t comp = test_model__own_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 0));
  CHECK_STR(test_model__scope_kind(&c, comp), "comprehension");
  CHECK_INT(test_model__bind_scope(&c, "n", 2), comp);
  CHECK_STR(test_model__ref(&c, "n", 0), "local");
  CHECK_INT(test_model__ref_scope(&c, "n", 0), comp);
  CHECK_STR(test_model__bind(&c, "fh", 0), "with-as");
  CHECK_STR(test_model__ref(&c, "lock", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "p1", 0), "with-as");
  CHECK_STR(test_model__bind(&c, "p2", 0), "with-as");
  CHECK_STR(test_model__bind(&c, "exc", 0), "except-as");
  CHECK_STR(test_model__ref(&c, "exc", 1), "global");
  CHECK_STR(test_model__ref(&c, "ValueError", 0), "builtin");
  CHECK_STR(test_model__bind(&c, "group", 0), "except-as");
  CHECK_STR(test_model__ref(&c, "OSError", 0), "builtin");
  CHECK_STR(test_model__bind(&c, "b1", 0), "with-as");
  CHECK_STR(test_model__bind(&c, "d1", 0), "with-as");
  CHECK_STR(test_model__ref(&c, "a", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "session", 0), "with-as");
  CHECK_INT(test_model__bind_scope(&c, "session", 0), test_model__scope_of_def(&c, "f", 0));
  CHECK_STR(test_model__bind(&c, "row", 1), "for-target");
  CHECK_STR(test_model__scope_kind(&c, test_model__bind_scope(&c, "row", 1)), "comprehension");
  CHECK_STR(test_model__ref(&c, "session", 1), "local");
  test_model__free(&c);
}

static void test_model_imports(void) {
  ModelCase c = test_model__build(
      "import a.b.c\n"
      "import d.e as f\n"
      "import os, sys\n"
      "from ..m import x\n"
      "from . import y\n"
      "from .pkg.mod import z as w\n"
      "from concurrent.futures import ProcessPoolExecutor\n");
  /* import a.b.c binds a, standing for the top package */
  CHECK_STR(test_model__bind(&c, "a", 0), "import");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "a", 0)), "a");
  CHECK_STR(test_model__bind(&c, "b", 0), "none");
  CHECK_STR(test_model__bind(&c, "c", 0), "none");
  CHECK_STR(test_model__bind(&c, "f", 0), "import");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "f", 0)), "d.e");
  CHECK_STR(test_model__bind(&c, "d", 0), "none");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "sys", 0)), "sys");
  CHECK_STR(test_model__bind(&c, "x", 0), "import-from");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "x", 0)), "..m.x");
  CHECK_STR(test_model__bind(&c, "y", 0), "import-from");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "y", 0)), ".y");
  CHECK_STR(test_model__bind(&c, "w", 0), "import-from");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "w", 0)), ".pkg.mod.z");
  CHECK_STR(test_model__bind(&c, "z", 0), "none");
  CHECK_STR(test_model__qualified_of(test_model__binding(&c, "ProcessPoolExecutor", 0)),
            "concurrent.futures.ProcessPoolExecutor");
  /* no name of an import statement is a read */
  const char *names[] = {"a", "b", "c", "d", "e", "f", "m", "pkg", "mod", "z", "w", "concurrent", "futures"};
  for (size_t n = 0; n < sizeof names / sizeof *names; n++) CHECK_STR(test_model__ref(&c, names[n], 0), "none");
  CHECK_INT(c.model->references.len, 0);
  test_model__free(&c);
}

static void test_model_def_class_del(void) {
  ModelCase c = test_model__build(
      "def f():\n"
      "    pass\n"
      "class C(Base, metaclass=Meta):\n"
      "    pass\n"
      "x = 1\n"
      "del x\n"
      "del obj.attr, seq[i]\n");
  CHECK_STR(test_model__bind(&c, "f", 0), "def");
  CHECK_INT(test_model__value(&c, "f", 0), test_model__node(&c, KIND_FUNCTION_DEFINITION, 0));
  CHECK_STR(test_model__bind(&c, "C", 0), "class");
  CHECK_INT(test_model__value(&c, "C", 0), test_model__node(&c, KIND_CLASS_DEFINITION, 0));
  CHECK_STR(test_model__scope_kind(&c, test_model__scope_of_def(&c, "C", 0)), "class");
  CHECK_STR(test_model__ref(&c, "Base", 0), "unresolved");
  CHECK_INT(test_model__where(&c, "Base", 0), 0);
  CHECK_STR(test_model__ref(&c, "metaclass", 0), "none");
  CHECK_STR(test_model__ref(&c, "Meta", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "x", 1), "del");
  CHECK_STR(test_model__ref(&c, "x", 1), "none");
  CHECK(test_model__symbol(&c, "x", 0) && test_model__symbol(&c, "x", 0)->binding_count == 2);
  /* `del obj.attr` reads obj and binds nothing */
  CHECK_STR(test_model__bind(&c, "obj", 0), "none");
  CHECK_STR(test_model__ref(&c, "obj", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "attr", 0), "none");
  CHECK_STR(test_model__bind(&c, "seq", 0), "none");
  CHECK_STR(test_model__ref(&c, "seq", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "i", 0), "unresolved");
  test_model__free(&c);
}

static void test_model_global_nonlocal(void) {
  ModelCase c = test_model__build(
      "def setter():\n"
      "    global counter\n"
      "    counter = 1\n"
      "    return counter\n"
      "def getter():\n"
      "    return counter\n"
      "print(counter)\n"
      "def outer():\n"
      "    total = 0\n"
      "    def add():\n"
      "        nonlocal total\n"
      "        total += 1\n"
      "        return total\n"
      "    return add\n");
  uint32_t setter = test_model__scope_of_def(&c, "setter", 0);
  CHECK_STR(test_model__bind(&c, "counter", 0), "global-decl");
  CHECK_INT(test_model__binding(&c, "counter", 0)->context, test_model__node(&c, KIND_GLOBAL_STATEMENT, 0));
  CHECK_STR(test_model__ref(&c, "counter", 0), "none");
  /* the assignment is recorded on the function's symbol, marked global */
  CHECK_STR(test_model__bind(&c, "counter", 1), "assignment");
  CHECK_INT(test_model__bind_scope(&c, "counter", 1), setter);
  CHECK(test_model__bind_flags(&c, "counter", 1) & SYMBOL_GLOBAL);
  CHECK(!(test_model__bind_flags(&c, "counter", 1) & SYMBOL_LOCAL));
  const Symbol *sym = test_model__symbol(&c, "counter", 1);
  CHECK(sym && sym->decl_node == test_model__node(&c, KIND_GLOBAL_STATEMENT, 0));
  /* reads anywhere are module-level: the module has `counter` through the
   * function's global assignment */
  CHECK_STR(test_model__ref(&c, "counter", 2), "global");
  CHECK_INT(test_model__ref_scope(&c, "counter", 2), 0);
  CHECK_STR(test_model__ref(&c, "counter", 3), "global");
  CHECK_INT(test_model__ref_scope(&c, "counter", 3), 0);
  CHECK_STR(test_model__ref(&c, "counter", 4), "global");
  uint32_t g = sg_model_symbol(c.model, 0, c.flat->name_id[test_model__ident(&c, "counter", 0)]);
  CHECK(g != SG_NONE && (c.model->symbols.items[g].flags & SYMBOL_BOUND_IN_FUNCTION));
  /* nonlocal resolves to the enclosing function's symbol */
  uint32_t outer = test_model__scope_of_def(&c, "outer", 0);
  uint32_t add = test_model__scope_of_def(&c, "add", 0);
  CHECK_STR(test_model__bind(&c, "total", 1), "nonlocal-decl");
  CHECK_INT(test_model__bind_scope(&c, "total", 1), add);
  CHECK(test_model__bind_flags(&c, "total", 1) & SYMBOL_NONLOCAL);
  CHECK_STR(test_model__bind(&c, "total", 2), "augmented");
  CHECK_STR(test_model__ref(&c, "total", 2), "free");
  CHECK_INT(test_model__ref_scope(&c, "total", 2), outer);
  CHECK_STR(test_model__ref(&c, "total", 3), "free");
  CHECK_INT(test_model__ref_scope(&c, "total", 3), outer);
  test_model__free(&c);

  /* declared global but bound nowhere: still an undefined name */
  c = test_model__build("def f():\n    global ghost\n    return ghost\n");
  CHECK_STR(test_model__ref(&c, "ghost", 1), "unresolved");
  test_model__free(&c);

  /* a global assignment to a builtin's name makes it a module global */
  c = test_model__build("def f():\n    global input\n    input = 1\ndef g():\n    return input\n");
  CHECK_STR(test_model__ref(&c, "input", 2), "global");
  test_model__free(&c);
}

static void test_model_walrus(void) {
  ModelCase c = test_model__build(
      "def f(data):\n"
      "    if (n := len(data)) > 1:\n"
      "        pass\n"
      "    [last := d for d in data]\n"
      "    return n, last\n"
      "[top := i for i in range(3)]\n"
      "print(top)\n"
      "g = lambda: (inner := 1)\n");
  uint32_t fs = test_model__scope_of_def(&c, "f", 0);
  CHECK_STR(test_model__bind(&c, "n", 0), "walrus");
  CHECK_INT(test_model__bind_scope(&c, "n", 0), fs);
  CHECK_INT(test_model__value(&c, "n", 0), test_model__node(&c, KIND_CALL, 0));
  /* in a comprehension, the walrus binds in the enclosing function */
  CHECK_STR(test_model__bind(&c, "last", 0), "walrus");
  CHECK_INT(test_model__bind_scope(&c, "last", 0), fs);
  CHECK_STR(test_model__ref(&c, "last", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "last", 1), fs);
  CHECK_STR(test_model__ref(&c, "d", 0), "local");
  /* ... and at module level in the module */
  CHECK_STR(test_model__bind(&c, "top", 0), "walrus");
  CHECK_INT(test_model__bind_scope(&c, "top", 0), 0);
  CHECK_STR(test_model__ref(&c, "top", 1), "global");
  /* a lambda is a function scope of its own */
  uint32_t ls = test_model__own_scope(&c, test_model__node(&c, KIND_LAMBDA, 0));
  CHECK_INT(test_model__bind_scope(&c, "inner", 0), ls);
  test_model__free(&c);
}

static void test_model_match(void) {
  ModelCase c = test_model__build(
      "match command:\n"
      "    case [x, *rest]:\n"
      "        pass\n"
      "    case Point(x=px, y=0):\n"
      "        pass\n"
      "    case Pair() as z:\n"
      "        pass\n"
      "    case {\"k\": v, **kw}:\n"
      "        pass\n"
      "    case Color.RED:\n"
      "        pass\n"
      "    case Empty():\n"
      "        pass\n"
      "    case str(s) if s:\n"
      "        pass\n"
      "    case 1 | 2 as num:\n"
      "        pass\n"
      "    case [*_]:\n"
      "        pass\n"
      "    case _:\n"
      "        pass\n");
  CHECK_STR(test_model__ref(&c, "command", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "x", 0), "match-capture");
  CHECK_STR(test_model__bind(&c, "rest", 0), "match-capture");
  /* class pattern: the class is read, keyword names are no names, the
   * sub-pattern captures */
  CHECK_STR(test_model__ref(&c, "Point", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "Point", 0), "none");
  CHECK_STR(test_model__ref(&c, "x", 1), "none");
  CHECK_STR(test_model__bind(&c, "x", 1), "none");
  CHECK_STR(test_model__ref(&c, "y", 0), "none");
  CHECK_STR(test_model__bind(&c, "y", 0), "none");
  CHECK_STR(test_model__bind(&c, "px", 0), "match-capture");
  CHECK_STR(test_model__ref(&c, "Pair", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "z", 0), "match-capture");
  CHECK_STR(test_model__bind(&c, "v", 0), "match-capture");
  CHECK_STR(test_model__bind(&c, "kw", 0), "match-capture");
  /* a value pattern is a read of its first name only */
  CHECK_STR(test_model__ref(&c, "Color", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "Color", 0), "none");
  CHECK_STR(test_model__ref(&c, "RED", 0), "none");
  CHECK_STR(test_model__bind(&c, "RED", 0), "none");
  CHECK_STR(test_model__ref(&c, "Empty", 0), "unresolved");
  CHECK_STR(test_model__bind(&c, "Empty", 0), "none");
  CHECK_STR(test_model__ref(&c, "str", 0), "builtin");
  CHECK_STR(test_model__bind(&c, "s", 0), "match-capture");
  CHECK_STR(test_model__ref(&c, "s", 1), "global");
  CHECK_STR(test_model__bind(&c, "num", 0), "match-capture");
  /* `_` binds nothing */
  uint32_t underscore = sg_model_symbol(c.model, 0, NAME_UNDERSCORE);
  CHECK_INT(underscore, SG_NONE);
  test_model__free(&c);
}

static void test_model_type_params(void) {
  ModelCase c = test_model__build(
      "def first[T](items: list[T], default: T = fallback) -> T:\n"
      "    return items[0]\n"
      "class Box[U: int, *Ts, **P](Base[U]):\n"
      "    item: U\n"
      "    def get(self) -> U:\n"
      "        return U\n"
      "type Alias[V] = dict[str, V]\n"
      "type Plain = int\n"
      "x: list[int] = []\n");
  /* T lives in the annotation scope between the module and the function */
  CHECK_STR(test_model__bind(&c, "T", 0), "type-param");
  uint32_t tps = test_model__bind_scope(&c, "T", 0);
  CHECK_STR(test_model__scope_kind(&c, tps), "type-params");
  uint32_t fs = test_model__scope_of_def(&c, "first", 0);
  CHECK_INT(test_model__parent(&c, fs), tps);
  CHECK_INT(test_model__parent(&c, tps), 0);
  /* annotations read it; the default is evaluated outside */
  CHECK_STR(test_model__ref(&c, "T", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "T", 1), tps);
  CHECK_STR(test_model__ref(&c, "T", 2), "local");
  CHECK_STR(test_model__ref(&c, "T", 3), "local");
  CHECK_STR(test_model__ref(&c, "fallback", 0), "unresolved");
  CHECK_INT(test_model__where(&c, "fallback", 0), 0);
  CHECK_STR(test_model__bind(&c, "items", 0), "parameter");
  CHECK_INT(test_model__bind_scope(&c, "items", 0), fs);
  /* a class's parameters, with a bound, a TypeVarTuple and a ParamSpec */
  CHECK_STR(test_model__bind(&c, "U", 0), "type-param");
  CHECK_STR(test_model__ref(&c, "int", 0), "builtin");
  CHECK_STR(test_model__bind(&c, "int", 0), "none");
  CHECK_STR(test_model__bind(&c, "Ts", 0), "type-param");
  CHECK_STR(test_model__bind(&c, "P", 0), "type-param");
  uint32_t cps = test_model__bind_scope(&c, "U", 0);
  CHECK_STR(test_model__ref(&c, "Base", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "U", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "U", 1), cps);
  /* the class body and its methods see the class's type parameters */
  CHECK_STR(test_model__ref(&c, "U", 2), "free");
  CHECK_INT(test_model__ref_scope(&c, "U", 2), cps);
  CHECK_STR(test_model__ref(&c, "U", 3), "free");  /* a plain method's annotation: read in the class */
  CHECK_STR(test_model__ref(&c, "U", 4), "free");
  CHECK_INT(test_model__ref_scope(&c, "U", 4), cps);
  /* type aliases bind their name in the enclosing scope */
  CHECK_STR(test_model__bind(&c, "Alias", 0), "assignment");
  CHECK_INT(test_model__bind_scope(&c, "Alias", 0), 0);
  CHECK_INT(test_model__value(&c, "Alias", 0), SG_NONE);
  CHECK_STR(test_model__bind(&c, "V", 0), "type-param");
  CHECK_STR(test_model__ref(&c, "V", 1), "local");
  CHECK_STR(test_model__ref(&c, "dict", 0), "builtin");
  CHECK_STR(test_model__bind(&c, "Plain", 0), "assignment");
  /* a subscripted generic in an annotation declares nothing */
  CHECK_STR(test_model__ref(&c, "int", 2), "builtin");
  CHECK_STR(test_model__bind(&c, "int", 2), "none");
  test_model__free(&c);
}

/* ---- scope rules -------------------------------------------------------------------- */

static void test_model_class_scope(void) {
  ModelCase c = test_model__build(
      "size = 0\n"
      "class C:\n"
      "    size = 1\n"
      "    limit = 2\n"
      "    double = size * 2\n"
      "    def get(self):\n"
      "        return size, limit\n"
      "    @staticmethod\n"
      "    def make(n=limit):\n"
      "        pass\n"
      "    class Nested:\n"
      "        again = limit\n");
  uint32_t cs = test_model__scope_of_def(&c, "C", 0);
  CHECK_INT(test_model__bind_scope(&c, "size", 1), cs);
  /* the class body reads its own names */
  CHECK_STR(test_model__ref(&c, "size", 2), "local");
  CHECK_INT(test_model__ref_scope(&c, "size", 2), cs);
  /* a method does not see class-level names: they are module globals or unresolved */
  CHECK_STR(test_model__ref(&c, "size", 3), "global");
  CHECK_INT(test_model__ref_scope(&c, "size", 3), 0);
  CHECK_STR(test_model__ref(&c, "limit", 1), "unresolved");
  /* decorators and defaults are evaluated in the class body */
  CHECK_STR(test_model__ref(&c, "staticmethod", 0), "builtin");
  CHECK_INT(test_model__where(&c, "staticmethod", 0), cs);
  CHECK_STR(test_model__ref(&c, "limit", 2), "local");
  CHECK_INT(test_model__ref_scope(&c, "limit", 2), cs);
  CHECK_STR(test_model__scope_kind(&c, test_model__scope_of_def(&c, "get", 0)), "function");
  CHECK_INT(test_model__parent(&c, test_model__scope_of_def(&c, "get", 0)), cs);
  /* nor does a nested class body */
  CHECK_STR(test_model__ref(&c, "limit", 3), "unresolved");
  test_model__free(&c);

  /* __class__ in a method is the class's implicit cell, not an undefined name */
  c = test_model__build("class K:\n    def m(self):\n        return __class__\n");
  CHECK_STR(test_model__ref(&c, "__class__", 0), "free");
  test_model__free(&c);
  c = test_model__build("print(__class__)\n");
  CHECK_STR(test_model__ref(&c, "__class__", 0), "unresolved");
  test_model__free(&c);
}

static void test_model_closures(void) {
  ModelCase c = test_model__build(
      "def outer(p):\n"
      "    v = 1\n"
      "    def inner():\n"
      "        def innermost():\n"
      "            return v + p\n"
      "        return v\n"
      "    class Local:\n"
      "        attr = v\n"
      "    return inner\n");
  uint32_t outer = test_model__scope_of_def(&c, "outer", 0);
  CHECK_STR(test_model__ref(&c, "v", 1), "free");
  CHECK_INT(test_model__ref_scope(&c, "v", 1), outer);
  CHECK_STR(test_model__ref(&c, "p", 1), "free");
  CHECK_INT(test_model__ref_scope(&c, "p", 1), outer);
  CHECK_STR(test_model__ref(&c, "v", 2), "free");
  /* a class body inside a function reads the function's variables */
  CHECK_STR(test_model__ref(&c, "v", 3), "free");
  CHECK_INT(test_model__ref_scope(&c, "v", 3), outer);
  CHECK(test_model__bind_flags(&c, "v", 0) & SYMBOL_USED);
  CHECK_STR(test_model__ref(&c, "inner", 1), "local");
  test_model__free(&c);
}

static void test_model_unbound_local(void) {
  ModelCase c = test_model__build(
      "count = 0\n"
      "x = 0\n"
      "def inc():\n"
      "    count += 1\n"
      "def show():\n"
      "    print(x)\n"
      "    x = 1\n"
      "def later():\n"
      "    for _ in range(3):\n"
      "        if x:\n"
      "            pass\n"
      "        import x\n");
  /* assigned anywhere in a function: local to all of it, even before */
  CHECK_STR(test_model__ref(&c, "count", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "count", 1), test_model__scope_of_def(&c, "inc", 0));
  CHECK_STR(test_model__ref(&c, "x", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "x", 1), test_model__scope_of_def(&c, "show", 0));
  CHECK_STR(test_model__ref(&c, "x", 3), "local");
  CHECK_INT(test_model__ref_scope(&c, "x", 3), test_model__scope_of_def(&c, "later", 0));
  test_model__free(&c);
}

static void test_model_comprehensions(void) {
  ModelCase c = test_model__build(
      "def f(x, rows):\n"
      "    a = [x for x in x]\n"
      "    b = [[i * j for j in range(i)] for i in rows]\n"
      "    return x, i\n"
      "class K:\n"
      "    y = 3\n"
      "    ys = [y for _ in range(3)]\n"
      "    zs = [z for z in y]\n"
      "    ds = {k: v for k, v in y}\n"
      "    gs = (g for g in y)\n"
      "    ss = {s for s in y}\n");
  uint32_t fs = test_model__scope_of_def(&c, "f", 0);
  /* [x for x in x]: the element and target are the comprehension's, the
   * first iterable is read in the function */
  uint32_t comp = test_model__own_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 0));
  CHECK_STR(test_model__ref(&c, "x", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "x", 1), comp);
  CHECK_INT(test_model__bind_scope(&c, "x", 2), comp);
  CHECK_STR(test_model__ref(&c, "x", 3), "local");
  CHECK_INT(test_model__ref_scope(&c, "x", 3), fs);
  CHECK_INT(test_model__where(&c, "x", 3), fs);
  CHECK_INT(test_model__node_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 0)), fs);
  /* nested: the inner first iterable is read in the outer comprehension */
  uint32_t outer = test_model__own_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 1));
  uint32_t inner = test_model__own_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 2));
  CHECK_INT(test_model__parent(&c, inner), outer);
  CHECK_INT(test_model__parent(&c, outer), fs);
  CHECK_STR(test_model__ref(&c, "i", 0), "free");
  CHECK_INT(test_model__ref_scope(&c, "i", 0), outer);
  CHECK_STR(test_model__ref(&c, "i", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "i", 1), outer);
  CHECK_STR(test_model__ref(&c, "rows", 1), "local");
  CHECK_INT(test_model__ref_scope(&c, "rows", 1), fs);
  CHECK_INT(sg_model_function_scope(c.model, inner), fs);
  /* comprehension variables do not leak */
  CHECK_STR(test_model__ref(&c, "i", 3), "unresolved");
  /* in a class body, the first iterable sees class names, the element does not */
  uint32_t ks = test_model__scope_of_def(&c, "K", 0);
  CHECK_STR(test_model__ref(&c, "y", 1), "unresolved");
  CHECK_STR(test_model__ref(&c, "y", 2), "local");
  CHECK_INT(test_model__ref_scope(&c, "y", 2), ks);
  CHECK_STR(test_model__ref(&c, "range", 1), "builtin");
  CHECK_STR(test_model__ref(&c, "z", 0), "local");
  /* dict/set comprehensions and generator expressions are scopes too */
  CHECK_STR(test_model__scope_kind(&c, test_model__bind_scope(&c, "k", 1)), "comprehension");
  CHECK_STR(test_model__ref(&c, "v", 0), "local");
  CHECK_STR(test_model__scope_kind(&c, test_model__bind_scope(&c, "g", 1)), "comprehension");
  CHECK_STR(test_model__scope_kind(&c, test_model__bind_scope(&c, "s", 1)), "comprehension");
  CHECK_STR(test_model__ref(&c, "y", 3), "local");
  CHECK_STR(test_model__ref(&c, "y", 4), "local");
  CHECK_STR(test_model__ref(&c, "y", 5), "local");
  test_model__free(&c);
}

static void test_model_enclosing_evaluation(void) {
  ModelCase c = test_model__build(
      "def deco(fn):\n"
      "    return fn\n"
      "def outer():\n"
      "    a = 1\n"
      "    @deco\n"
      "    def f(a, b=a, c: a = None) -> a:\n"
      "        return b\n"
      "    g = lambda a, d=a: a + d\n"
      "    return f, g\n");
  uint32_t outer = test_model__scope_of_def(&c, "outer", 0);
  uint32_t f = test_model__scope_of_def(&c, "f", 0);
  CHECK_STR(test_model__ref(&c, "deco", 1), "global");
  CHECK_INT(test_model__where(&c, "deco", 1), outer);
  /* a default and annotations that name a parameter read the outer a */
  CHECK_STR(test_model__bind(&c, "a", 1), "parameter");
  CHECK_INT(test_model__bind_scope(&c, "a", 1), f);
  CHECK_STR(test_model__ref(&c, "a", 2), "local");
  CHECK_INT(test_model__ref_scope(&c, "a", 2), outer);
  CHECK_STR(test_model__ref(&c, "a", 3), "local");
  CHECK_INT(test_model__ref_scope(&c, "a", 3), outer);
  CHECK_STR(test_model__ref(&c, "a", 4), "local");
  CHECK_INT(test_model__ref_scope(&c, "a", 4), outer);
  /* lambda: parameter, default from outside, body reads the parameter */
  uint32_t lam = test_model__own_scope(&c, test_model__node(&c, KIND_LAMBDA, 0));
  CHECK_INT(test_model__bind_scope(&c, "a", 5), lam);
  CHECK_STR(test_model__ref(&c, "a", 6), "local");
  CHECK_INT(test_model__ref_scope(&c, "a", 6), outer);
  CHECK_STR(test_model__ref(&c, "a", 7), "local");
  CHECK_INT(test_model__ref_scope(&c, "a", 7), lam);
  CHECK_STR(test_model__ref(&c, "d", 1), "local");
  CHECK_INT(test_model__parent(&c, lam), outer);
  test_model__free(&c);
}

static void test_model_builtins(void) {
  ModelCase c = test_model__build(
      "n = len([])\n"
      "undefined_thing\n"
      "def f():\n"
      "    return list(), nope\n"
      "list = 3\n"
      "__name__\n"
      "f'{fq!r:>{fw}}'\n");
  CHECK_STR(test_model__ref(&c, "len", 0), "builtin");
  CHECK_INT(test_model__ref_scope(&c, "len", 0), SG_NONE);
  CHECK_STR(test_model__ref(&c, "undefined_thing", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "nope", 0), "unresolved");
  /* a module-level rebinding makes `list` a global, even read before it */
  CHECK_STR(test_model__ref(&c, "list", 0), "global");
  CHECK_INT(test_model__ref_scope(&c, "list", 0), 0);
  CHECK_STR(test_model__ref(&c, "__name__", 0), "builtin");
  /* f-string replacement fields and nested format specs are reads */
  CHECK_STR(test_model__ref(&c, "fq", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "fw", 0), "unresolved");
  CHECK(sg_model_is_builtin(5, "print"));
  CHECK(sg_model_is_builtin(3, "len"));
  CHECK(!sg_model_is_builtin(4, "lenx"));
  CHECK(!sg_model_is_builtin(2, "le"));
  test_model__free(&c);
}

static void test_model_scope_flags(void) {
  ModelCase c = test_model__build(
      "from os import *\n"
      "def uses_exec():\n"
      "    exec('y = 1')\n"
      "def uses_locals():\n"
      "    return locals()\n"
      "def uses_vars():\n"
      "    return vars()\n"
      "def uses_eval():\n"
      "    return [eval(s) for s in 'ab']\n"
      "def own_exec():\n"
      "    exec = print\n"
      "    exec('x')\n"
      "def gen():\n"
      "    yield 1\n"
      "def gen_from():\n"
      "    yield from range(3)\n"
      "async def coro():\n"
      "    await other()\n"
      "def plain():\n"
      "    pass\n"
      "def broken():\n"
      "    x = (1,\n"
      "def fine():\n"
      "    return 1\n");
  CHECK(test_model__scope_flags(&c, 0) & SCOPE_FLAG_DYNAMIC);
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "uses_exec", 0)) & SCOPE_FLAG_DYNAMIC);
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "uses_locals", 0)) & SCOPE_FLAG_DYNAMIC);
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "uses_vars", 0)) & SCOPE_FLAG_DYNAMIC);
  CHECK(!(test_model__scope_flags(&c, test_model__scope_of_def(&c, "plain", 0)) & SCOPE_FLAG_DYNAMIC));
  /* eval in a comprehension marks the function around it */
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "uses_eval", 0)) & SCOPE_FLAG_DYNAMIC);
  /* a local `exec` is not the builtin */
  CHECK(!(test_model__scope_flags(&c, test_model__scope_of_def(&c, "own_exec", 0)) & SCOPE_FLAG_DYNAMIC));
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "gen", 0)) & SCOPE_FLAG_GENERATOR);
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "gen_from", 0)) & SCOPE_FLAG_GENERATOR);
  CHECK(!(test_model__scope_flags(&c, 0) & SCOPE_FLAG_GENERATOR));
  uint32_t coro = test_model__scope_of_def(&c, "coro", 0);
  CHECK(test_model__scope_flags(&c, coro) & SCOPE_FLAG_ASYNC);
  CHECK(!(test_model__scope_flags(&c, coro) & SCOPE_FLAG_GENERATOR));
  uint8_t plain = test_model__scope_flags(&c, test_model__scope_of_def(&c, "plain", 0));
  CHECK_INT(plain, 0);
  CHECK(test_model__scope_flags(&c, test_model__scope_of_def(&c, "broken", 0)) & SCOPE_FLAG_SYNTAX_ERROR);
  test_model__free(&c);

  /* a function without errors in a file with one elsewhere is not flagged */
  c = test_model__build("def good():\n    return 1\nx = (\n");
  CHECK(!(test_model__scope_flags(&c, test_model__scope_of_def(&c, "good", 0)) & SCOPE_FLAG_SYNTAX_ERROR));
  CHECK(test_model__scope_flags(&c, 0) & SCOPE_FLAG_SYNTAX_ERROR);
  test_model__free(&c);

  /* an async generator */
  c = test_model__build("async def agen():\n    async for item in source():\n        yield item\n");
  uint8_t fl = test_model__scope_flags(&c, test_model__scope_of_def(&c, "agen", 0));
  CHECK((fl & SCOPE_FLAG_ASYNC) && (fl & SCOPE_FLAG_GENERATOR));
  CHECK_STR(test_model__bind(&c, "item", 0), "for-target");
  test_model__free(&c);
}

static void test_model_not_references(void) {
  ModelCase c = test_model__build(
      "import pkg.sub.leaf\n"
      "from base.mod import name\n"
      "value = pkg.sub.leaf.attr\n"
      "call(key=value, **extra)\n"
      "obj.method(x=1).chain\n"
      "def f():\n"
      "    global g\n");
  const char *none[] = {"sub", "leaf", "base", "mod", "attr", "key", "method", "x", "chain"};
  for (size_t n = 0; n < sizeof none / sizeof *none; n++) {
    CHECK_STR(test_model__ref(&c, none[n], 0), "none");
    CHECK_STR(test_model__bind(&c, none[n], 0), "none");
  }
  CHECK_STR(test_model__ref(&c, "sub", 1), "none");
  CHECK_STR(test_model__ref(&c, "leaf", 1), "none");
  CHECK_STR(test_model__ref(&c, "pkg", 1), "global");
  CHECK_STR(test_model__ref(&c, "value", 1), "global");
  CHECK_STR(test_model__ref(&c, "extra", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "obj", 0), "unresolved");
  CHECK_STR(test_model__ref(&c, "g", 0), "none");
  CHECK_STR(test_model__ref(&c, "name", 0), "none");
  test_model__free(&c);
}

static void test_model_api(void) {
  ModelCase c = test_model__build(
      "def f():\n"
      "    v = 1\n"
      "    return [v for _ in 'ab']\n");
  uint32_t fs = test_model__scope_of_def(&c, "f", 0);
  uint32_t comp = test_model__own_scope(&c, test_model__node(&c, KIND_LIST_COMPREHENSION, 0));
  uint32_t v = c.flat->name_id[test_model__ident(&c, "v", 0)];
  CHECK(sg_model_symbol(c.model, fs, v) != SG_NONE);
  CHECK_INT(sg_model_symbol(c.model, 0, v), SG_NONE);
  CHECK_INT(sg_model_symbol(c.model, comp, v), SG_NONE);
  ReferenceKind kind = REFERENCE_UNRESOLVED;
  CHECK_INT(sg_model_lookup(c.model, comp, v, &kind), sg_model_symbol(c.model, fs, v));
  CHECK_INT(kind, REFERENCE_FREE);
  CHECK_INT(sg_model_lookup(c.model, fs, v, &kind), sg_model_symbol(c.model, fs, v));
  CHECK_INT(kind, REFERENCE_LOCAL);
  CHECK_INT(sg_model_lookup(c.model, 0, v, &kind), SG_NONE);
  CHECK_INT(kind, REFERENCE_UNRESOLVED);
  CHECK_INT(sg_model_lookup(c.model, 0, NAME_LIST, NULL), SG_NONE);
  CHECK_INT(sg_model_function_scope(c.model, comp), fs);
  CHECK_INT(sg_model_function_scope(c.model, fs), fs);
  CHECK_INT(sg_model_function_scope(c.model, 0), 0);
  /* the reference list of a symbol links its reads */
  uint32_t vs = sg_model_symbol(c.model, fs, v);
  const Symbol *sym = vs < c.model->symbols.len ? &c.model->symbols.items[vs] : NULL;
  CHECK(sym && sym->first_reference != SG_NONE);
  if (sym && sym->first_reference != SG_NONE) {
    CHECK_INT(c.model->references.items[sym->first_reference].node, test_model__ident(&c, "v", 1));
    CHECK_INT(c.model->references.items[sym->first_reference].next, SG_NONE);
  }
  CHECK_STR(sg_scope_kind_name(SCOPE_COMPREHENSION), "comprehension");
  CHECK_STR(sg_binding_kind_name(BINDING_KIND_TYPE_PARAM), "type-param");
  CHECK_STR(sg_reference_kind_name(REFERENCE_UNRESOLVED), "unresolved");
  CHECK_STR(sg_binding_kind_name(BINDING_KIND__COUNT), "?");
  /* node_scope: the def's name is bound outside, its body inside */
  CHECK_INT(test_model__where(&c, "f", 0), 0);
  CHECK_INT(test_model__where(&c, "v", 0), fs);
  CHECK(fs < c.model->scopes.len);
  if (fs < c.model->scopes.len) {
    CHECK_INT(c.model->scopes.items[fs].node, test_model__node(&c, KIND_FUNCTION_DEFINITION, 0));
    CHECK_INT(c.model->scopes.items[fs].body, test_model__node(&c, KIND_BLOCK, 0));
  }
  CHECK_INT(test_model__parent(&c, 0), SG_NONE);
  test_model__free(&c);
  sg_model_delete(NULL);
}

/* ---- resolve ------------------------------------------------------------------------- */

static void test_model_resolve(void) {
  char buf[256];
  ModelCase c = test_model__build(
      "import multiprocessing as mp\n"
      "from threading import Lock as L\n"
      "from concurrent.futures import ProcessPoolExecutor\n"
      "import os.path\n"
      "from . import sibling\n"
      "mp.Process\n"
      "L\n"
      "ProcessPoolExecutor\n"
      "os.path.join\n"
      "list\n"
      "sibling.thing\n"
      "mp.Process().start\n"
      "unknown.attr\n"
      "(mp).Queue\n"
      "def f(mp):\n"
      "    return mp.Process\n"
      "def g():\n"
      "    mp = None\n"
      "    return mp.Process\n"
      "def h():\n"
      "    import numpy as np\n"
      "    return np.zeros\n"
      "np.zeros\n"
      "def k():\n"
      "    global L\n"
      "    return L\n");
  CHECK_STR(test_model__resolve(&c, "Process", 0, buf, sizeof buf), "multiprocessing.Process");
  CHECK(sg_resolve_is(c.model, c.flat->parent[test_model__ident(&c, "Process", 0)], "multiprocessing.Process"));
  CHECK(!sg_resolve_is(c.model, c.flat->parent[test_model__ident(&c, "Process", 0)], "multiprocessing"));
  CHECK_STR(test_model__resolve(&c, "mp", 1, buf, sizeof buf), "multiprocessing");
  CHECK_STR(test_model__resolve(&c, "L", 1, buf, sizeof buf), "threading.Lock");
  CHECK_STR(test_model__resolve(&c, "ProcessPoolExecutor", 1, buf, sizeof buf),
            "concurrent.futures.ProcessPoolExecutor");
  CHECK_STR(test_model__resolve(&c, "join", 0, buf, sizeof buf), "os.path.join");
  CHECK_STR(test_model__resolve(&c, "list", 0, buf, sizeof buf), "builtins.list");
  CHECK_STR(test_model__resolve(&c, "thing", 0, buf, sizeof buf), ".sibling.thing");
  CHECK_STR(test_model__resolve(&c, "start", 0, buf, sizeof buf), "(null)");
  CHECK_STR(test_model__resolve(&c, "attr", 0, buf, sizeof buf), "(null)");
  CHECK_STR(test_model__resolve(&c, "Queue", 0, buf, sizeof buf), "multiprocessing.Queue");
  /* a parameter or a local rebinding shadows the import */
  CHECK_STR(test_model__resolve(&c, "Process", 2, buf, sizeof buf), "(null)");
  CHECK_STR(test_model__resolve(&c, "Process", 3, buf, sizeof buf), "(null)");
  /* an import inside a function resolves there, and only there */
  CHECK_STR(test_model__resolve(&c, "zeros", 0, buf, sizeof buf), "numpy.zeros");
  CHECK_STR(test_model__resolve(&c, "zeros", 1, buf, sizeof buf), "(null)");
  /* `global L` reads the module's import */
  CHECK_STR(test_model__resolve(&c, "L", 3, buf, sizeof buf), "threading.Lock");
  /* a buffer too small gives NULL, not a truncated name */
  CHECK_STR(test_model__resolve(&c, "Process", 0, buf, 10), "(null)");
  test_model__free(&c);

  c = test_model__build(
      "list = 3\n"
      "list\n"
      "if cond:\n"
      "    import json as j\n"
      "else:\n"
      "    import simplejson as j\n"
      "j.loads\n"
      "if cond:\n"
      "    import pickle as p\n"
      "else:\n"
      "    import pickle as p\n"
      "p.dumps\n"
      "import threading\n"
      "threading = None\n"
      "threading.Thread\n"
      "import json\n"
      "def faster():\n"
      "    global json\n"
      "    import ujson as json\n"
      "json.dumps\n");
  CHECK_STR(test_model__resolve(&c, "list", 1, buf, sizeof buf), "(null)");
  CHECK_STR(test_model__resolve(&c, "loads", 0, buf, sizeof buf), "(null)");
  CHECK_STR(test_model__resolve(&c, "dumps", 0, buf, sizeof buf), "pickle.dumps");
  CHECK_STR(test_model__resolve(&c, "Thread", 0, buf, sizeof buf), "(null)");
  /* a function may rebind the module's json through `global` */
  CHECK_STR(test_model__resolve(&c, "dumps", 1, buf, sizeof buf), "(null)");
  test_model__free(&c);
}

/* ---- robustness ------------------------------------------------------------------------ */

static void test_model_empty(void) {
  const char *texts[] = {"", "# only a comment\n# and another\n", "\n\n\n", "\"\"\"doc\"\"\"\n"};
  for (size_t n = 0; n < sizeof texts / sizeof *texts; n++) {
    ModelCase c = test_model__build(texts[n]);
    CHECK_INT(c.model->scopes.len, 1);
    CHECK_STR(test_model__scope_kind(&c, 0), "module");
    CHECK_INT(c.model->symbols.len, 0);
    CHECK_INT(c.model->bindings.len, 0);
    CHECK_INT(c.model->references.len, 0);
    test_model__free(&c);
  }
}

/* Writes `count` copies of `piece` into a growing buffer. */
static void test_model__repeat(char **buf, size_t *len, const char *piece, int count) {
  size_t n = strlen(piece);
  *buf = sg_realloc(*buf, *len + n * (size_t)count + 1);
  for (int i = 0; i < count; i++, *len += n) memcpy(*buf + *len, piece, n);
  (*buf)[*len] = '\0';
}

static void test_model_deep(void) {
  /* 5000 nested parentheses around a name */
  char *text = NULL;
  size_t len = 0;
  test_model__repeat(&text, &len, "x = ", 1);
  test_model__repeat(&text, &len, "(", 5000);
  test_model__repeat(&text, &len, "y", 1);
  test_model__repeat(&text, &len, ")", 5000);
  test_model__repeat(&text, &len, "\n", 1);
  ModelCase c = test_model__build_n(text, len);
  CHECK_STR(test_model__bind(&c, "x", 0), "assignment");
  CHECK_STR(test_model__ref(&c, "y", 0), "unresolved");
  test_model__free(&c);
  sg_free(text);

  /* 3000 nested if blocks, one space of indentation each */
  enum { IFS = 3000 };
  text = NULL;
  len = 0;
  for (int i = 0; i < IFS; i++) {
    test_model__repeat(&text, &len, " ", i);
    test_model__repeat(&text, &len, "if v:\n", 1);
  }
  test_model__repeat(&text, &len, " ", IFS);
  test_model__repeat(&text, &len, "w = v\n", 1);
  c = test_model__build_n(text, len);
  CHECK_INT(c.model->scopes.len, 1);
  CHECK_STR(test_model__bind(&c, "w", 0), "assignment");
  CHECK_STR(test_model__ref(&c, "v", IFS), "unresolved");
  test_model__free(&c);
  sg_free(text);

  /* 2000 nested lambdas: a chain of 2000 scopes, the innermost read resolves
   * to the outermost parameter */
  text = NULL;
  len = 0;
  test_model__repeat(&text, &len, "f = lambda a: ", 1);
  test_model__repeat(&text, &len, "lambda: ", 2000);
  test_model__repeat(&text, &len, "a\n", 1);
  c = test_model__build_n(text, len);
  CHECK_INT(c.model->scopes.len, 2002);
  CHECK_STR(test_model__ref(&c, "a", 1), "free");
  CHECK_INT(test_model__ref_scope(&c, "a", 1), 1);
  test_model__free(&c);
  sg_free(text);

  /* 1000 nested list comprehensions */
  text = NULL;
  len = 0;
  test_model__repeat(&text, &len, "r = ", 1);
  test_model__repeat(&text, &len, "[", 1000);
  test_model__repeat(&text, &len, "q", 1);
  test_model__repeat(&text, &len, " for q in s]", 1000);
  test_model__repeat(&text, &len, "\n", 1);
  c = test_model__build_n(text, len);
  CHECK_INT(c.model->scopes.len, 1001);
  CHECK_STR(test_model__ref(&c, "q", 0), "local");
  CHECK_STR(test_model__ref(&c, "s", 999), "unresolved");
  test_model__free(&c);
  sg_free(text);
}

static void test_model_syntax_errors(void) {
  /* half-written code builds a model and keeps the names it can see */
  const char *texts[] = {
      "def f(:\n    x = 1\n",     "class C(\n",           "x = = 1\n",
      "for in range(3): pass\n", "lambda: (yield\n",      "match x:\n    case [\n",
      "import\n",                "from . import\n",      "def f[T(x): pass\n",
      "type X[ = 1\n",           "with open() as:\n",     "global\n",
      "@\ndef\n",                "[x for x in]\n",        "f(**)\n",
      "x: = 1\n",                "del\n",                 "async def\n",
  };
  for (size_t n = 0; n < sizeof texts / sizeof *texts; n++) {
    ModelCase c = test_model__build(texts[n]);
    CHECK(c.model->scopes.len >= 1);
    CHECK(test_model__scope_flags(&c, 0) & SCOPE_FLAG_SYNTAX_ERROR);
    test_model__free(&c);
  }
}

void test_suite_model(void) {
  RUN_TEST(test_model_assignment);
  RUN_TEST(test_model_augmented);
  RUN_TEST(test_model_annotated);
  RUN_TEST(test_model_parameters);
  RUN_TEST(test_model_loops_with_except);
  RUN_TEST(test_model_imports);
  RUN_TEST(test_model_def_class_del);
  RUN_TEST(test_model_global_nonlocal);
  RUN_TEST(test_model_walrus);
  RUN_TEST(test_model_match);
  RUN_TEST(test_model_type_params);
  RUN_TEST(test_model_class_scope);
  RUN_TEST(test_model_closures);
  RUN_TEST(test_model_unbound_local);
  RUN_TEST(test_model_comprehensions);
  RUN_TEST(test_model_enclosing_evaluation);
  RUN_TEST(test_model_builtins);
  RUN_TEST(test_model_scope_flags);
  RUN_TEST(test_model_not_references);
  RUN_TEST(test_model_api);
  RUN_TEST(test_model_resolve);
  RUN_TEST(test_model_empty);
  RUN_TEST(test_model_deep);
  RUN_TEST(test_model_syntax_errors);
}
