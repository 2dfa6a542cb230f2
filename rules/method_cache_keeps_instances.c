/* SNG704 method-cache-keeps-instances: `functools.lru_cache` / `cache` on a
 * method, or a cached bound method kept on `self`: the cache holds the
 * instances it saw, so they outlive every other reference to them. */
#include <stdio.h>
#include <string.h>

#include "analyses/resolve.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_method_cache_keeps_instances = {
  .summary = "`functools.lru_cache`/`cache` on a method keeps every instance it saw alive",
  .what =
    "Reports `@functools.lru_cache` (with or without arguments) and `@functools.cache` on a "
    "method that takes `self` (not a `staticmethod` or `classmethod`), and a cached bound "
    "method kept on the instance (`self.lookup = functools.lru_cache()(self._lookup)`).",
  .why =
    "The decorator makes one cache for the class, stored on the function, keyed by the "
    "arguments — `self` among them. Every instance a call saw stays referenced from that "
    "cache: it is not freed when the program drops it, and its `__del__` does not run, until "
    "the cache evicts it (`maxsize` newer entries) or is cleared — with `cache` or "
    "`maxsize=None`, never. A cached bound method kept on `self` is a reference cycle (the "
    "instance holds the cache, the cache holds the bound method, which holds the instance): "
    "only the cyclic garbage collector frees it.\n\n"
    "```python\n>>> import functools, gc, weakref\n>>> class Report:\n...     @functools.lru_cache\n"
    "...     def total(self):\n...         return 42\n>>> r = Report(); r.total(); ref = weakref.ref(r)\n"
    ">>> del r; gc.collect(); ref() is None\nFalse\n```",
  .example =
    "import functools\n\n\nclass Report:\n    def __init__(self, rows):\n        self.rows = rows\n\n"
    "    @functools.lru_cache(maxsize=None)\n    def total(self):\n        return sum(self.rows)\n",
  .instead =
    "import functools\n\n\nclass Report:\n    def __init__(self, rows):\n        self.rows = rows\n\n"
    "    @functools.cached_property\n    def total(self):\n        return sum(self.rows)\n",
  .limits =
    "`functools.cached_property` keeps its value on the instance and is not reported; nor is "
    "a cache on a `staticmethod`, a `classmethod` (the class lives as long anyway) or a "
    "module-level function. The decorator is recognised through imports (`from functools "
    "import lru_cache as memo`), not through a same-file wrapper of it.",
};

/* How many entries the cache expr makes keeps: `cache`, `lru_cache(maxsize=None)`:
 * 0, unbounded; bare `lru_cache` or `lru_cache()`: 128; `lru_cache(64)`,
 * `maxsize=64`: 64; -1 when not written out. */
static long sg_method_cache__size(const FlatTree *t, uint32_t expr, const char *which) {
  if (!strcmp(which, "functools.cache")) return 0;
  expr = sg_flat_unparen(t, expr);
  if (t->kind[expr] != KIND_CALL) return 128;
  uint32_t args = sg_flat_field(t, expr, FIELD_ARGUMENTS);
  uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args);
  while (a != SG_NONE && t->kind[a] == KIND_COMMENT) a = sg_flat_next_named(t, a);
  if (a == SG_NONE) return 128;
  if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
    uint32_t n = sg_flat_field(t, a, FIELD_NAME);
    if (n == SG_NONE || !sg_flat_text_is(t, n, "maxsize")) return 128;
    a = sg_flat_field(t, a, FIELD_VALUE);
  }
  a = a == SG_NONE ? SG_NONE : sg_flat_unparen(t, a);
  if (a == SG_NONE) return -1;
  if (t->kind[a] == KIND_NONE) return 0;
  if (t->kind[a] != KIND_INTEGER) return -1;
  uint32_t len;
  const char *s = sg_flat_text(t, a, &len);
  long v = 0;
  for (uint32_t k = 0; k < len && k < 12; k++) {
    if (s[k] == '_') continue;
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

/* Does expr name functools.lru_cache / functools.cache (called with its
 * settings or not)? Sets *which to the name for the message. */
static bool sg_method_cache__is_cache(const SemanticModel *m, uint32_t expr, const char **which) {
  const FlatTree *t = m->tree;
  expr = expr == SG_NONE ? SG_NONE : sg_flat_unparen(t, expr);
  if (expr == SG_NONE) return false;
  if (t->kind[expr] == KIND_CALL) expr = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_FUNCTION));
  if (expr == SG_NONE || (t->kind[expr] != KIND_IDENTIFIER && t->kind[expr] != KIND_ATTRIBUTE)) return false;
  char buf[64];
  const char *q = sg_resolve_qualified(m, expr, buf, sizeof buf);
  if (!q) return false;
  if (!strcmp(q, "functools.lru_cache")) *which = "functools.lru_cache";
  else if (!strcmp(q, "functools.cache")) *which = "functools.cache";
  else return false;
  return true;
}

/* The decorated methods of a class body that take `self`. */
static void sg_method_cache__decorated(RuleContext *ctx, uint32_t scope) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Scope *sc = &m->scopes.items[scope];
  uint32_t def = sc->node, up = t->parent[def];
  if (up == SG_NONE || t->kind[up] != KIND_DECORATED_DEFINITION) return;
  uint32_t cache = SG_NONE;
  const char *which = NULL;
  for (uint32_t d = t->first_child[up]; d != SG_NONE; d = t->next_sibling[d]) {
    if (t->kind[d] != KIND_DECORATOR) continue;
    uint32_t e = sg_flat_named_child(t, d);
    const char *w;
    if (sg_method_cache__is_cache(m, e, &w)) {
      cache = d;
      which = w;
      continue;
    }
    uint32_t id = e == SG_NONE ? SG_NONE : sg_flat_unparen(t, e);
    if (id != SG_NONE && t->kind[id] == KIND_IDENTIFIER &&
        (sg_flat_text_is(t, id, "staticmethod") || sg_flat_text_is(t, id, "classmethod")))
      return;
  }
  if (cache == SG_NONE) return;
  /* a first parameter: the instance */
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t first = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params);
  while (first != SG_NONE && t->kind[first] == KIND_COMMENT) first = sg_flat_next_named(t, first);
  if (first == SG_NONE || (t->kind[first] != KIND_IDENTIFIER && t->kind[first] != KIND_TYPED_PARAMETER)) return;
  uint32_t pname = t->kind[first] == KIND_IDENTIFIER ? first : sg_flat_named_child(t, first);
  uint32_t name = sg_flat_field(t, def, FIELD_NAME);
  /* the first parameter is a class, which lives as long as the cache: `__new__`,
   * `__init_subclass__`, a metaclass's methods (`cls`, `mcs`) */
  if (name == SG_NONE || sg_flat_text_is(t, name, "__new__") || sg_flat_text_is(t, name, "__init_subclass__") ||
      sg_flat_text_is(t, name, "__class_getitem__") || pname == SG_NONE || t->kind[pname] != KIND_IDENTIFIER ||
      sg_flat_text_is(t, pname, "cls") || sg_flat_text_is(t, pname, "mcs") || sg_flat_text_is(t, pname, "mcls") ||
      sg_flat_text_is(t, pname, "metacls"))
    return;
  uint32_t cname = sg_flat_field(t, m->scopes.items[sc->parent].node, FIELD_NAME);
  long size = sg_method_cache__size(t, sg_flat_named_child(t, cache), which);
  char kept[96];
  if (size == 0) snprintf(kept, sizeof kept, "every instance it is called on, for as long as the program runs,");
  else if (size == 1) snprintf(kept, sizeof kept, "the last instance it was called on");
  else if (size > 0) snprintf(kept, sizeof kept, "up to %ld of the instances it is called on (the newest)", size);
  else snprintf(kept, sizeof kept, "the latest instances it is called on");
  sg_rule_report(ctx, RULE_method_cache_keeps_instances, cache,
                 "`%s` on method `%s` keeps %s in one cache of class `%s`: they are not freed (nor their `__del__` "
                 "run) when the program drops them, until the cache evicts or clears them; cache on a function "
                 "of the values it needs, or per instance (`functools.cached_property`, a dict on `self`)",
                 which, sg_flat_name(t, name), kept, cname == SG_NONE ? "?" : sg_flat_name(t, cname));
}

/* `self.x = lru_cache(...)(self.m)`, `self.x = lru_cache(self.m)` in a
 * method: the instance holds a cache that holds a bound method of it. */
static void sg_method_cache__kept(RuleContext *ctx, uint32_t assign) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_LEFT));
  uint32_t right = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_RIGHT));
  if (left == SG_NONE || right == SG_NONE || t->kind[left] != KIND_ATTRIBUTE || t->kind[right] != KIND_CALL) return;
  uint32_t obj = sg_flat_field(t, left, FIELD_OBJECT);
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) return;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, right, FIELD_FUNCTION));
  const char *which;
  if (!sg_method_cache__is_cache(m, fn, &which)) return;
  uint32_t args = sg_flat_field(t, right, FIELD_ARGUMENTS);
  uint32_t arg = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args);
  arg = arg == SG_NONE ? SG_NONE : sg_flat_unparen(t, arg);
  if (arg == SG_NONE || t->kind[arg] != KIND_ATTRIBUTE || sg_flat_next_named(t, sg_flat_named_child(t, args)) != SG_NONE)
    return;
  uint32_t aobj = sg_flat_field(t, arg, FIELD_OBJECT);
  if (aobj == SG_NONE || t->kind[aobj] != KIND_IDENTIFIER || t->name_id[aobj] != NAME_SELF) return;
  uint32_t alen, llen;
  const char *atext = sg_flat_text(t, arg, &alen), *ltext = sg_flat_text(t, left, &llen);
  sg_rule_report(ctx, RULE_method_cache_keeps_instances, assign,
                 "`%.*s` keeps a `%s` of `%.*s` on the instance: the cache holds the bound method, which holds "
                 "the instance, a reference cycle that only the cyclic garbage collector frees (its `__del__` "
                 "waits for it); keep a plain dict on `self` as the cache instead",
                 (int)llen, ltext, which, (int)alen, atext);
}

void sg_rule_method_cache_keeps_instances(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (sg_names_find(&t->names, "lru_cache", 9) == SG_NONE && sg_names_find(&t->names, "cache", 5) == SG_NONE &&
      sg_names_find(&t->names, "functools", 9) == SG_NONE)
    return;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION || sc->parent == SG_NONE || m->scopes.items[sc->parent].kind != SCOPE_CLASS) continue;
    sg_method_cache__decorated(ctx, s);
    for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
      if (t->kind[i] == KIND_FUNCTION_DEFINITION || t->kind[i] == KIND_CLASS_DEFINITION || t->kind[i] == KIND_LAMBDA) {
        i = t->subtree_end[i];
        continue;
      }
      if (t->kind[i] == KIND_ASSIGNMENT) sg_method_cache__kept(ctx, i);
    }
  }
}
