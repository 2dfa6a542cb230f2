/* SNG102 possibly-unbound-local: a read that some path reaches with the
 * local unbound (assigned only in an `if`, a loop body, a `try`). */
#include <stdio.h>
#include <string.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_possibly_unbound_local = {
  .summary = "A local variable may be unbound when it is read",
  .what =
    "Reports a read of a function's local variable (or of a module-level name at the module's "
    "top level: NameError) that some path reaches without an "
    "assignment to it: assigned only in an `if` without `else`, only in a loop body, "
    "only in a `try` before a statement that may raise and read in or after a "
    "handler, or in a `match` without a catch-all case. Also a function's read of a module "
    "name that the module binds only on some of the paths that finish importing it (under a "
    "test of data from outside, in a loop body, in a `with contextlib.suppress(...)` block): "
    "NameError when the function runs after such an import; optional features are left alone "
    "(names bound by an import, a `def` or a `class`, inside a `try`, under a test of the "
    "platform or version or of whether an import is there, or read under a test of a module "
    "name), as are names a function binds through `global`. `return`, `raise`, `break`, "
    "`continue`, `assert False`, `while True:` without `break`, an expression that always "
    "raises (`1 / 0`, `'a' + 1`) and calls that never return end a path: `sys.exit()` (also "
    "through `import sys as s` or `from sys import exit as die`), `os._exit()`, "
    "`pytest.skip()`/`fail()`/`xfail()`/`exit()`, `typing.assert_never()`, `self.fail()` and "
    "`self.skipTest()` in a test case, and a function or method of the same file none of whose "
    "paths returns (it raises or calls such a function on every path). A `try` body that "
    "always raises sends its handlers only what was bound before the raise. A loop over a "
    "non-empty iterable (`range(3)`, `range(1, depth + 1)` with `depth = 3` bound once, `[a, b]`, "
    "`'abc'`, a local bound once to one, `s.split(sep)` with a separator, `re.split(...)`) "
    "runs its body at least once. Calls of `repr`, `str`, `len`, `isinstance`, `hasattr`, "
    "`getattr(x, n, default)` and the like are not taken to raise what a `try`'s handlers "
    "catch when these name only specific classes (not `Exception`, `BaseException`, "
    "`TypeError`, a bare `except`, or a class held in a variable) and no `finally` is on "
    "the way; nor is taking the next item of a loop over a name or attribute (`for name in "
    "names:`) when they name only the program's own exception classes (`except MultiJoin:`). "
    "Handlers that catch only `StopIteration` (or `StopAsyncIteration`) are fed only by "
    "`next()`/`anext()`, `__next__`/`send`/`throw` calls, `await` and `yield`; a loop's own "
    "iteration does not raise it.",
  .why =
    "On that path the read raises `UnboundLocalError`, typically on the rare input "
    "nobody tested:\n\n"
    "```python\ndef first_negative(items):\n    for item in items:\n        if item < 0:\n"
    "            found = item\n            break\n    return found   # no negative item: UnboundLocalError\n```",
  .example =
    "def first_negative(items):\n    for item in items:\n        if item < 0:\n"
    "            found = item\n            break\n    return found\n",
  .instead =
    "def first_negative(items):\n    found = None\n    for item in items:\n        if item < 0:\n"
    "            found = item\n            break\n    return found\n",
  .limits =
    "Conditions are not evaluated, but a read is not reported when every path that reaches "
    "it unbound contradicts one test on the way: the name is bound under a test and read "
    "under the same test (`if flag: x = ...` ... `if flag: use(x)`, `x if flag else None`, "
    "tests that name one string: `if hasattr(select, 'kqueue'):` ... `elif _can_use('kqueue'):`, "
    "`flag and x`, `if not flag: return` before the read, `is None`/`is not None`, "
    "`isinstance`/`hasattr` calls, attribute and subscript chains, complementary "
    "`if`/`elif` tests, a flag set to a constant next to the binding (in a handler also "
    "`e.__cause__ or e`, `e` the caught exception: never None), also in a tuple "
    "assignment `x, done = v, False`, and a `while` loop left only when its test is false), "
    "the test's names not "
    "rebound in between. Combinations of different tests are followed for the read's own "
    "guards and for the tests of the `if`/`elif` chain that binds it (`if a and b:` / `elif "
    "not a:` / `elif not b:` covers every case), up to three predicates. A read that is "
    "unbound only when a `try` body raised before the binding ran, in that `try`'s `finally` "
    "block (`try: f = open(p) ... finally: f.close()`), is SNG108's "
    "(unbound-after-exception, on by default) and is not reported here again, and so is one "
    "just after a handler that falls through when the `try` body's first statement binds it "
    "from a call, or after an `except ... as` handler that deletes it; other reads after a "
    "handler that falls through stay here. A "
    "method called through `self` that "
    "raises `NotImplementedError` is a placeholder and is not taken to end the path. "
    "So that correlated tests do not cry wolf, a read "
    "guarded by a test that shares a name with the assignment's test (`if message or "
    "module: import re` ... `if message: re.compile(...)`, the name not reassigned "
    "between) is not reported, nor is a read under "
    "a test of a flag the function computes itself (`if zero: first = chunk` ... "
    "`elif one: use(first)`). An `if`/`elif` chain without `else` whose tests all "
    "compare one subject with `==`/`in`/`is` (`if kind == 'a': ... elif kind == "
    "'b': ...`) and that assigns the name in every branch is assumed to cover every "
    "case. A read that a test checks (an argument of `self.assert...()`, or in an `assert` "
    "of a function named `test...`) is not reported: the path that leaves it unbound fails "
    "the test anyway, and the runner reports it. Reads inside a `try` whose handler catches `NameError` "
    "or `UnboundLocalError` are not reported.",
};

/* The condition of the nearest `if` or `elif` above *from (up to the
 * function) whose consequence holds it, or SG_NONE; *from moves to that
 * statement, so calling again finds the next one out. */
static uint32_t sg_possibly_unbound__guard(const FlatTree *t, uint32_t *from, bool elif) {
  uint32_t c = *from;
  for (uint32_t p = t->parent[c]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_FUNCTION_DEFINITION) break;
    if ((t->kind[p] == KIND_IF_STATEMENT || (elif && t->kind[p] == KIND_ELIF_CLAUSE)) &&
        t->field[c] == FIELD_CONSEQUENCE) {
      *from = p;
      return sg_flat_field(t, p, FIELD_CONDITION);
    }
    /* with elif: an `else:` block is guarded by its if's test too (negated) */
    if (elif && t->kind[p] == KIND_ELSE_CLAUSE && t->parent[p] != SG_NONE && t->kind[t->parent[p]] == KIND_IF_STATEMENT) {
      *from = t->parent[p];
      return sg_flat_field(t, t->parent[p], FIELD_CONDITION);
    }
  }
  *from = SG_NONE;
  return SG_NONE;
}

bool sg_unbound_environment_test(const FlatTree *t, uint32_t a) {
  static const char *const attrs[] = {"version_info", "hexversion", "platform", "implementation", "maxsize",
                                      "byteorder", "PY2", "PY3", "PYPY"};
  /* flags a module computes from the platform (`support.MS_WINDOWS`, `IS_WINDOWS`, `_POSIX`) */
  static const char *const flags[] = {"WINDOWS", "WIN32", "POSIX", "DARWIN", "MACOS", "LINUX"};
  for (uint32_t i = a; i <= t->subtree_end[a]; i++) {
    if (t->kind[i] == KIND_IDENTIFIER) {
      uint32_t len;
      const char *s = sg_flat_text(t, i, &len);
      char up[64];
      if (len >= sizeof up) continue;
      for (uint32_t k = 0; k < len; k++) up[k] = s[k] >= 'a' && s[k] <= 'z' ? (char)(s[k] - 32) : s[k];
      up[len] = 0;
      for (size_t k = 0; k < sizeof flags / sizeof *flags; k++)
        if (strstr(up, flags[k])) return true;
      continue;
    }
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t attr = sg_flat_field(t, i, FIELD_ATTRIBUTE), obj = sg_flat_field(t, i, FIELD_OBJECT);
    if (attr == SG_NONE) continue;
    for (size_t k = 0; k < sizeof attrs / sizeof *attrs; k++)
      if (sg_flat_text_is(t, attr, attrs[k])) return true;
    if (sg_flat_text_is(t, attr, "name") && obj != SG_NONE && sg_flat_text_is(t, obj, "os")) return true;
  }
  return false;
}

/* Do tests a and b name one string (`if hasattr(select, 'kqueue'):` and
 * `if _can_use('kqueue'):`), or both test the version or platform? They
 * ask about one thing in two ways (which the flow cannot compare:
 * `>= (3, 10)` then `>= (3, 9)`). */
static bool sg_possibly_unbound__same_question(const FlatTree *t, uint32_t a, uint32_t b) {
  if (sg_unbound_environment_test(t, a) && sg_unbound_environment_test(t, b)) return true;
  for (uint32_t i = a; i <= t->subtree_end[a]; i++) {
    if (t->kind[i] != KIND_STRING) continue;
    uint32_t ilen, jlen;
    const char *is = sg_flat_text(t, i, &ilen);
    for (uint32_t j = b; j <= t->subtree_end[b]; j++) {
      if (t->kind[j] != KIND_STRING) continue;
      const char *js = sg_flat_text(t, j, &jlen);
      if (ilen == jlen && ilen > 2 && !memcmp(is, js, ilen)) return true;
    }
  }
  return false;
}

/* Guards looked at on each side (nesting deeper than this is rare). */
#define SG_POSSIBLY_UNBOUND__GUARDS 8

/* `if flag: x = ...` earlier and `if flag: ... x` here (or tests that share
 * a name: `if message or module: import re` ... `if message: re...`), the
 * nearest `if` of each, nothing they test rebound in between; or any
 * enclosing `if`/`elif` of the read and of the binding that name one
 * string (`if hasattr(select, 'kqueue'): class KqueueSelector` ... `elif
 * _can_use('kqueue'): ... KqueueSelector`). */
static bool sg_possibly_unbound__same_guard(RuleContext *ctx, const UnboundRead *read) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  uint32_t at = read->node;
  uint32_t guard = sg_possibly_unbound__guard(t, &at, false);
  uint32_t guards[SG_POSSIBLY_UNBOUND__GUARDS], n = 0, g;
  for (at = read->node; n < SG_POSSIBLY_UNBOUND__GUARDS && (g = sg_possibly_unbound__guard(t, &at, true)) != SG_NONE;)
    guards[n++] = g;
  if (!n) return false;
  const Symbol *sym = &m->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    at = bd->node;
    g = guard == SG_NONE || t->start_byte[bd->node] >= t->start_byte[guard] ? SG_NONE
                                                                           : sg_possibly_unbound__guard(t, &at, false);
    if (g != SG_NONE && sg_unbound_tests_share_name(m, g, guard, SG_NONE, t->start_byte[guard])) return true;
    at = bd->node;
    for (uint32_t k = 0; k < SG_POSSIBLY_UNBOUND__GUARDS && (g = sg_possibly_unbound__guard(t, &at, true)) != SG_NONE; k++)
      for (uint32_t r = 0; r < n; r++)
        if (t->start_byte[bd->node] < t->start_byte[guards[r]] && !sg_flat_is_ancestor(t, g, guards[r]) &&
            sg_possibly_unbound__same_question(t, g, guards[r]))
          return true;
  }
  return false;
}

/* A "flag": a local of the function assigned with `=` somewhere (not a
 * parameter, not a loop variable) — state the function computes. */
static bool sg_possibly_unbound__is_flag(const SemanticModel *m, uint32_t symbol) {
  const Symbol *sym = &m->symbols.items[symbol];
  if (!(sym->flags & SYMBOL_LOCAL) || (sym->flags & SYMBOL_PARAMETER)) return false;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    BindingKind k = m->bindings.items[b].kind;
    if (k == BINDING_KIND_ASSIGNMENT || k == BINDING_KIND_AUGMENTED || k == BINDING_KIND_ANNOTATED)
      return true;
  }
  return false;
}

/* The tests guarding node below `top`: if/elif/while conditions whose body
 * holds it. Calls fn on each; stops when fn returns true. */
static bool sg_possibly_unbound__guards(const FlatTree *t, uint32_t node, uint32_t top,
                                        bool (*fn)(RuleContext *, uint32_t), RuleContext *ctx) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != top; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if ((k == KIND_IF_STATEMENT || k == KIND_WHILE_STATEMENT || k == KIND_ELIF_CLAUSE) &&
        t->field[c] != FIELD_CONDITION) {
      uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
      if (cond != SG_NONE && fn(ctx, cond)) return true;
    }
    if (k == KIND_ELSE_CLAUSE && t->parent[p] != SG_NONE &&
        t->kind[t->parent[p]] == KIND_IF_STATEMENT) {
      uint32_t cond = sg_flat_field(t, t->parent[p], FIELD_CONDITION);
      if (cond != SG_NONE && fn(ctx, cond)) return true;
    }
  }
  return false;
}

static bool sg_possibly_unbound__tests_flag(RuleContext *ctx, uint32_t cond) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t i = cond; i <= t->subtree_end[cond]; i++) {
    uint32_t r = m->node_reference[i];
    if (r != SG_NONE && m->references.items[r].symbol != SG_NONE &&
        sg_possibly_unbound__is_flag(m, m->references.items[r].symbol))
      return true;
  }
  return false;
}

/* Under its own test of a flag the function computes (`if zero: first =
 * chunk` ... `elif one: data = [first, chunk]`): such flags usually encode
 * which assignments have run, which flow analysis cannot see. Precision
 * first: stay silent. Tests of parameters, loop variables or fresh calls
 * are not flags, and are still reported. */
static bool sg_possibly_unbound__flag_guard(RuleContext *ctx, const UnboundRead *read) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  const Symbol *sym = &m->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    uint32_t lca = t->parent[bd->node];
    while (lca != SG_NONE && !sg_flat_is_ancestor(t, lca, read->node)) lca = t->parent[lca];
    if (lca == SG_NONE) continue;
    if (sg_possibly_unbound__guards(t, read->node, lca, sg_possibly_unbound__tests_flag, ctx)) return true;
  }
  return false;
}

/* Is the read checked by a test: an argument of `self.assert...(...)`
 * (a unittest assertion), or in an `assert` of a function named test...?
 * A path that leaves the name unbound there is one on which the test
 * fails anyway, and the runner reports the UnboundLocalError as that
 * test's failure (`match x: case 0: y = 1` ... `self.assertEqual(y, 1)`,
 * `try: f() except E: err = ...` ... `self.assertIn(..., err)`). */
static bool sg_possibly_unbound__in_assertion(const FlatTree *t, uint32_t node) {
  bool in_assert = false;
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION || k == KIND_BLOCK) {
      if (!in_assert) return false;
    }
    if (k == KIND_FUNCTION_DEFINITION) {
      uint32_t name = sg_flat_field(t, p, FIELD_NAME);
      uint32_t len;
      const char *s = name == SG_NONE ? NULL : sg_flat_text(t, name, &len);
      return in_assert && s && len >= 4 && !memcmp(s, "test", 4);
    }
    if (k == KIND_ASSERT_STATEMENT) in_assert = true;
    if (k == KIND_CALL && t->field[c] == FIELD_ARGUMENTS) {
      uint32_t fn = sg_flat_field(t, p, FIELD_FUNCTION);
      uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_OBJECT) : SG_NONE;
      uint32_t attr = obj != SG_NONE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
      if (attr != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) {
        uint32_t len;
        const char *s = sg_flat_text(t, attr, &len);
        if (len >= 6 && !memcmp(s, "assert", 6)) return true;
      }
    }
  }
  return false;
}

bool sg_possibly_unbound_reportable(RuleContext *ctx, const UnboundRead *read) {
  if (!read->may) return false;
  if (sg_possibly_unbound__in_assertion(ctx->tree, read->node)) return false;
  if (sg_possibly_unbound__same_guard(ctx, read)) return false;
  if (sg_possibly_unbound__flag_guard(ctx, read)) return false;
  return true;
}

/* Each assignment of the read's name, as a related location. */
static void sg_possibly_unbound__bindings(RuleContext *ctx, Diagnostic *d, const UnboundRead *read) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[read->symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_DEL || bd->node == read->node)
      continue;
    sg_diag_related(d, t->start_byte[bd->node], t->end_byte[bd->node], "`%s` is assigned here",
                    sg_names_text(&t->names, sym->name));
  }
}

static void sg_possibly_unbound_local__one(RuleContext *ctx, const UnboundRead *read) {
  if (!sg_possibly_unbound_reportable(ctx, read)) return;
  bool module = sg_unbound_at_top(ctx, read);
  if (!module) {
    if (sg_unbound_after_exception(ctx, read)) return;  /* SNG108's */
    NoBranchMatch nbm;
    if (sg_unbound_no_branch_matches(ctx, read->scope, read->symbol, &nbm) && nbm.read == read->node)
      return;  /* SNG109's */
    if (sg_unbound_module_namesake(ctx->model, read->symbol) != SG_NONE) return;  /* SNG110's */
  }
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[read->symbol];
  const char *name = sg_names_text(&t->names, sym->name);
  Diagnostic *d = sg_rule_report(ctx, RULE_possibly_unbound_local, read->node,
                                 "`%s` may be unbound here: some path reaches this %sread without "
                                 "assigning it, and then it raises %s",
                                 name, !module ? "" : read->scope == 0 ? "module-level " : "class-body ", module ? "NameError" : "UnboundLocalError");
  sg_possibly_unbound__bindings(ctx, d, read);
}

/* A function's read of a module name the import may leave unbound. */
static void sg_possibly_unbound_local__global(RuleContext *ctx, const UnboundRead *read) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Symbol *sym = &m->symbols.items[read->symbol];
  const char *name = sg_names_text(&t->names, sym->name);
  Diagnostic *d = sg_rule_report(ctx, RULE_possibly_unbound_local, read->node,
                                 "`%s` may be unbound when this function runs: the module binds it only on some "
                                 "of the paths that finish importing it, and then this read raises NameError; "
                                 "bind it on every path (`%s = None` as the fallback) or test for it",
                                 name, name);
  sg_possibly_unbound__bindings(ctx, d, read);
}

void sg_rule_possibly_unbound_local(RuleContext *ctx) {
  sg_unbound_reads(ctx, sg_possibly_unbound_local__one);
  sg_unbound_module_reads_in_functions(ctx, sg_possibly_unbound_local__global);
}
