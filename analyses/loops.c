#include "analyses/loops.h"

#include <string.h>

#include "analyses/loop_calls.h"
#include "analyses/resolve.h"

/* ---- the same collection ------------------------------------------------------- */

/* A literal key (a string or a number), compared by its text. */
bool sg_loops_literal_key(const FlatTree *t, uint32_t k) {
  return k != SG_NONE && (t->kind[k] == KIND_STRING || t->kind[k] == KIND_INTEGER);
}

/* `V[K]`, `V.get(K)`, `V.get(K, D)`, `V.setdefault(K, D)`: the object kept
 * under K in V, whichever way it is read; its V and K. */
bool sg_loops_keyed(const FlatTree *t, uint32_t e, uint32_t *value, uint32_t *key) {
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return false;
  if (t->kind[e] == KIND_SUBSCRIPT) {
    *value = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE));
    *key = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_SUBSCRIPT));
    return *value != SG_NONE && *key != SG_NONE;
  }
  if (t->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
  uint32_t attr = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (attr == SG_NONE || (!sg_flat_text_is(t, attr, "get") && !sg_flat_text_is(t, attr, "setdefault"))) return false;
  uint32_t args = sg_flat_field(t, e, FIELD_ARGUMENTS);
  uint32_t k = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args);
  uint32_t d = k == SG_NONE ? SG_NONE : sg_flat_next_named(t, k);
  if (k == SG_NONE || t->kind[k] == KIND_KEYWORD_ARGUMENT || t->kind[k] == KIND_LIST_SPLAT ||
      (d != SG_NONE && (t->kind[d] == KIND_KEYWORD_ARGUMENT || t->kind[d] == KIND_LIST_SPLAT ||
                        sg_flat_next_named(t, d) != SG_NONE)))
    return false;
  *value = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
  *key = sg_flat_unparen(t, k);
  return *value != SG_NONE && *key != SG_NONE;
}

/* The symbol an identifier reads, or binds; `X[k]` (one subscript on a
 * path, by a name or a literal; or `X.get(k, ...)`) is the same as `X[k]`. */
bool sg_loops_same(const SemanticModel *m, uint32_t a, uint32_t b) {
  const FlatTree *t = m->tree;
  a = sg_flat_unparen(t, a);
  b = sg_flat_unparen(t, b);
  if (a == SG_NONE || b == SG_NONE) return false;
  uint32_t va, ka, vb, kb;
  bool keyed_a = sg_loops_keyed(t, a, &va, &ka), keyed_b = sg_loops_keyed(t, b, &vb, &kb);
  if (keyed_a || keyed_b) {
    if (!keyed_a || !keyed_b) return false;
    if (sg_loops_literal_key(t, ka) || sg_loops_literal_key(t, kb)) {
      if (!sg_loops_literal_key(t, ka) || !sg_loops_literal_key(t, kb) || !sg_flat_same_text(t, ka, kb)) return false;
    } else if (t->kind[ka] != KIND_IDENTIFIER || t->kind[kb] != KIND_IDENTIFIER || !sg_loops_same(m, ka, kb)) {
      return false;
    }
    a = va, b = vb;
    uint32_t x, y;
    if (sg_loops_keyed(t, a, &x, &y) || sg_loops_keyed(t, b, &x, &y)) return false;
  }
  if (!sg_model_same_attributes(m, &a, &b)) return false;
  if (t->kind[a] != KIND_IDENTIFIER || t->kind[b] != KIND_IDENTIFIER) return false;
  uint32_t sa = sg_model_node_symbol(m, a), sb = sg_model_node_symbol(m, b);
  if (sa != SG_NONE || sb != SG_NONE) return sa == sb;
  return t->name_id[a] == t->name_id[b];  /* both unresolved: same builtin/unknown name */
}

/* ---- what a loop iterates ------------------------------------------------------ */

/* A name or an attribute path on a name; `self`/`cls` alone are objects,
 * not containers. */
static bool sg_loops__collection_expr(const FlatTree *t, uint32_t e) {
  if (e != SG_NONE && t->kind[e] == KIND_IDENTIFIER &&
      (t->name_id[e] == NAME_SELF || t->name_id[e] == NAME_CLS))
    return false;
  /* X[k], X.get(k, []): a list kept in a dict by a name or a literal key */
  uint32_t v, k;
  if (sg_loops_keyed(t, e, &v, &k)) {
    if (t->kind[k] != KIND_IDENTIFIER && !sg_loops_literal_key(t, k)) return false;
    e = v;
    uint32_t x, y;
    if (sg_loops_keyed(t, e, &x, &y) ||
        (t->kind[e] == KIND_IDENTIFIER && (t->name_id[e] == NAME_SELF || t->name_id[e] == NAME_CLS)))
      return false;
  }
  while (e != SG_NONE && t->kind[e] == KIND_ATTRIBUTE) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER;
}

uint32_t sg_loops_arg(const FlatTree *t, uint32_t call, int index) {
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  int i = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT ||
        t->kind[a] == KIND_DICTIONARY_SPLAT)
      return SG_NONE;
    if (i++ == index) return sg_flat_unparen(t, a);
  }
  return SG_NONE;
}

/* A method call `obj.attr(...)`: its method name and its (unparenthesised)
 * receiver; false for any other call. */
bool sg_loops_method_call(const FlatTree *t, uint32_t call, uint32_t *attr, uint32_t *obj) {
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  *attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  *obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
  return true;
}

/* X when e is a copy of it: X.copy(), list(X), X[:], sorted(X), tuple(X). */
static uint32_t sg_loops__copy_of(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return SG_NONE;
  if (t->kind[e] == KIND_SUBSCRIPT) {
    uint32_t sub = sg_flat_field(t, e, FIELD_SUBSCRIPT), obj = sg_flat_field(t, e, FIELD_VALUE);
    if (sub != SG_NONE && t->kind[sub] == KIND_SLICE && sg_flat_named_child(t, sub) == SG_NONE &&
        sg_loops__collection_expr(t, obj))
      return obj;
    return SG_NONE;
  }
  if (t->kind[e] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
  if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE), obj = sg_flat_field(t, fn, FIELD_OBJECT);
    if (attr != SG_NONE && sg_flat_text_is(t, attr, "copy") && sg_loops_arg(t, e, 0) == SG_NONE &&
        sg_loops__collection_expr(t, obj))
      return obj;
    return SG_NONE;
  }
  char buf[64];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  uint32_t a0 = sg_loops_arg(t, e, 0);
  if (q && a0 != SG_NONE && sg_loops_arg(t, e, 1) == SG_NONE && sg_loops__collection_expr(t, a0) &&
      (!strcmp(q, "builtins.list") || !strcmp(q, "builtins.tuple") || !strcmp(q, "builtins.sorted") ||
       !strcmp(q, "copy.copy")))
    return a0;
  return SG_NONE;
}

/* A call's `index`th positional argument; a lone generator expression
 * argument (`f(v for v in X)`) is argument 0. */
static uint32_t sg_loops__lazy_arg(const FlatTree *t, uint32_t call, int index) {
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (args != SG_NONE && t->kind[args] == KIND_GENERATOR_EXPRESSION) return index == 0 ? args : SG_NONE;
  return sg_loops_arg(t, call, index);
}

/* Lazy iterators over their arguments: iterating one walks the argument
 * (from `first` on; all the rest when `rest`) while the loop runs. */
static const struct { const char *name; int first; bool rest; } sg_loops__lazy[] = {
  {"builtins.enumerate", 0, false}, {"builtins.reversed", 0, false}, {"builtins.iter", 0, false},
  {"builtins.zip", 0, true}, {"builtins.map", 1, true}, {"builtins.filter", 1, false},
  {"itertools.islice", 0, false}, {"itertools.chain", 0, true}, {"itertools.zip_longest", 0, true},
  {"itertools.takewhile", 1, false}, {"itertools.dropwhile", 1, false},
  {"itertools.filterfalse", 1, false}, {"itertools.starmap", 1, false},
  {"itertools.compress", 0, true}, {"itertools.accumulate", 0, false},
  {"itertools.pairwise", 0, false}, {"itertools.groupby", 0, false},
};

static int sg_loops__lazy_index(const SemanticModel *m, uint32_t call) {
  char buf[64];
  const char *q = sg_resolve_qualified(m, sg_flat_field(m->tree, call, FIELD_FUNCTION), buf, sizeof buf);
  if (!q) return -1;
  for (size_t i = 0; i < sizeof sg_loops__lazy / sizeof *sg_loops__lazy; i++)
    if (!strcmp(q, sg_loops__lazy[i].name)) return (int)i;
  return -1;
}

/* A name bound once, to a generator expression or a lazy iterator call
 * (`pending = (j for j in jobs if j.ready)`): that expression. */
static uint32_t sg_loops__lazy_binding(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  if (t->kind[e] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t sym = sg_model_node_symbol(m, e);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return SG_NONE;
  uint32_t v = sg_flat_unparen(t, bd->value);
  if (v == SG_NONE || t->start_byte[v] > t->start_byte[e]) return SG_NONE;
  if (t->kind[v] == KIND_GENERATOR_EXPRESSION) return v;
  if (t->kind[v] == KIND_CALL && sg_loops__lazy_index(m, v) >= 0) return v;
  return SG_NONE;
}

/* A name bound once, before e, to another name for a collection
 * (`handlers = self.handlers`, `subs = self.subs.get(topic, [])`): that
 * collection, or SG_NONE. */
static uint32_t sg_loops__alias_of(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  if (t->kind[e] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t sym = sg_model_node_symbol(m, e);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE || t->start_byte[bd->node] > t->start_byte[e])
    return SG_NONE;
  uint32_t v = sg_flat_unparen(t, bd->value);
  if (v == SG_NONE || t->kind[v] == KIND_IDENTIFIER || !sg_loops__collection_expr(t, v)) return SG_NONE;
  return v;
}

typedef struct IterSource {
  uint32_t x;            /* the collection */
  IterationVia via;
  bool keyed;            /* ITERATION_LAZY: the loop's target is still X's key */
  int position;          /* ITERATION_OTHER: X's item is the loop's whole target (-1),
                            or its n-th element (zip's n-th argument) */
  uint32_t self_symbol;  /* X sits in a method of the loop's class, on its self,
                            which stands for this symbol (the loop's self) */
  uint32_t receiver;     /* X sits in a method of another object's class, on its
                            self, which stands for this expression in the loop
                            (`self.index` of `self.index.terms()`), else SG_NONE */
} IterSource;

enum { SG_LOOPS__SOURCES = 4, SG_LOOPS__STEPS = 16 };

/* One step of the walk: with alias set, e sits in a method of the loop's
 * class (`self.pending()`, `__iter__` for `for x in self`), whose self
 * (callee) stands for the loop's self (alias). */
typedef struct LazyStep { uint32_t e; bool lazy, keyed; uint32_t alias, callee, receiver; } LazyStep;


/* The class scope of a same-file class a name is bound to an instance of,
 * once (`frontier = Frontier(seeds)`), else SG_NONE. */
static uint32_t sg_loops__instance_class(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  uint32_t sym = sg_model_node_symbol(m, e);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  uint32_t v = bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  if (v == SG_NONE || t->kind[v] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
  uint32_t csym = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_model_node_symbol(m, fn) : SG_NONE;
  if (csym == SG_NONE || m->symbols.items[csym].binding_count != 1) return SG_NONE;
  const Binding *cb = &m->bindings.items[m->symbols.items[csym].first_binding];
  return cb->kind == BINDING_KIND_CLASS ? m->node_own_scope[cb->context] : SG_NONE;
}

/* `self` (a method's own first parameter) read in that method. */
static uint32_t sg_loops__own_self(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
  if (fs == SG_NONE || m->scopes.items[fs].kind != SCOPE_FUNCTION) return SG_NONE;
  uint32_t cls = m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
  uint32_t p0 = sg_loop_calls_param(t, m->scopes.items[fs].node, 0);
  uint32_t sym = sg_model_node_symbol(m, e);
  return p0 != SG_NONE && sym != SG_NONE && sg_model_node_symbol(m, p0) == sym ? sym : SG_NONE;
}

/* The container a class derives from (`class Registry(dict)`), when it
 * does not define its own __iter__: iterating its instances walks that
 * container. VALUE_UNKNOWN otherwise. */
static ValueKind sg_loops__container_class(const SemanticModel *m, uint32_t cdef) {
  const FlatTree *t = m->tree;
  uint32_t bases = sg_flat_field(t, cdef, FIELD_SUPERCLASSES), body = sg_flat_field(t, cdef, FIELD_BODY);
  for (uint32_t c = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t def = t->kind[c] == KIND_DECORATED_DEFINITION ? sg_flat_field(t, c, FIELD_DEFINITION) : c;
    uint32_t nm = def != SG_NONE && t->kind[def] == KIND_FUNCTION_DEFINITION ? sg_flat_field(t, def, FIELD_NAME) : SG_NONE;
    if (nm != SG_NONE && sg_flat_text_is(t, nm, "__iter__")) return VALUE_UNKNOWN;
  }
  static const struct { const char *name; ValueKind kind; } known[] = {
    {"builtins.list", VALUE_LIST}, {"builtins.dict", VALUE_DICT}, {"builtins.set", VALUE_SET},
    {"collections.OrderedDict", VALUE_ORDEREDDICT}, {"collections.defaultdict", VALUE_DEFAULTDICT},
    {"collections.UserDict", VALUE_DICT}, {"collections.UserList", VALUE_LIST},
  };
  ValueKind kind = VALUE_UNKNOWN;
  for (uint32_t b = bases == SG_NONE ? SG_NONE : sg_flat_named_child(t, bases); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (t->kind[b] == KIND_KEYWORD_ARGUMENT) continue;
    char buf[64];
    const char *q = sg_resolve_qualified(m, b, buf, sizeof buf);
    ValueKind k = VALUE_UNKNOWN;
    for (size_t i = 0; q && i < sizeof known / sizeof *known; i++)
      if (!strcmp(q, known[i].name)) k = known[i].kind;
    if (k == VALUE_UNKNOWN) continue;
    if (kind != VALUE_UNKNOWN && kind != k) return VALUE_UNKNOWN;
    kind = k;
  }
  return kind;
}

/* `self` of a method of a container class: what it is. */
static ValueKind sg_loops__self_container(const SemanticModel *m, uint32_t e) {
  if (sg_loops__own_self(m, e) == SG_NONE) return VALUE_UNKNOWN;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
  return sg_loops__container_class(m, m->scopes.items[m->scopes.items[fs].parent].node);
}

/* What a method of the loop's class hands out to iterate: its one
 * `return R`, or, for a generator, `yield from R` or the iterable of the
 * loop that yields. SG_NONE when unclear. */
static uint32_t sg_loops__handed_out(const FlatTree *t, uint32_t def) {
  uint32_t body = sg_flat_field(t, def, FIELD_BODY);
  if (body == SG_NONE) return SG_NONE;
  uint32_t ret = SG_NONE, yielding = SG_NONE;
  int returns = 0;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint16_t k = t->kind[i];
    if (i != body && (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_RETURN_STATEMENT) {
      returns++;
      ret = sg_flat_named_child(t, i);
    } else if (k == KIND_YIELD && yielding == SG_NONE) {
      uint32_t v = sg_flat_named_child(t, i);
      if (sg_flat_has_token(t, i, "from")) {
        yielding = v;
      } else {
        for (uint32_t q = t->parent[i]; q != SG_NONE && q != def && yielding == SG_NONE; q = t->parent[q])
          if (t->kind[q] == KIND_FOR_STATEMENT) yielding = sg_flat_field(t, q, FIELD_RIGHT);
      }
    }
  }
  if (yielding != SG_NONE) return yielding;
  return returns == 1 ? ret : SG_NONE;
}

/* The collections a loop's iterable walks while the loop runs, and how
 * (up to SG_LOOPS__SOURCES): X itself, `X.items()`, `enumerate(X)`,
 * `range(len(X))`, and through lazy views (generator expressions, map,
 * filter, zip's every argument, itertools) X again, as ITERATION_LAZY.
 * Copies (`list(X)`, `sorted(X)`, `X[:]`) and other calls end the walk. */
static uint32_t sg_loops__sources(const SemanticModel *m, uint32_t root, IterSource *out) {
  const FlatTree *t = m->tree;
  LazyStep stack[8];
  uint32_t depth = 0, n = 0;
  stack[depth++] = (LazyStep){root, false, true, SG_NONE, SG_NONE, SG_NONE};
  for (int steps = 0; depth > 0 && steps < SG_LOOPS__STEPS && n < SG_LOOPS__SOURCES; steps++) {
    uint32_t e = sg_flat_unparen(t, stack[depth - 1].e);
    bool lazy = stack[depth - 1].lazy, keyed = stack[depth - 1].keyed;
    uint32_t alias = stack[depth - 1].alias, callee = stack[depth - 1].callee, receiver = stack[depth - 1].receiver;
    depth--;
    if (e == SG_NONE) continue;
    uint32_t bound = sg_loops__lazy_binding(m, e);
    if (bound != SG_NONE) {
      stack[depth++] = (LazyStep){bound, true, keyed, alias, callee, receiver};
      continue;
    }
    /* `for url in frontier` with `frontier = Frontier(...)`, a same-file class
     * whose __iter__ hands out one of its attributes: that object's
     * attribute, `frontier` standing for the method's self */
    if (alias == SG_NONE && t->kind[e] == KIND_IDENTIFIER && depth < sizeof stack / sizeof *stack) {
      uint32_t cls = sg_loops__instance_class(m, e);
      uint32_t iter = cls == SG_NONE ? SG_NONE : sg_names_find(&t->names, "__iter__", 8);
      uint32_t isym = iter == SG_NONE ? SG_NONE : sg_model_symbol(m, cls, iter);
      const Binding *ib = isym == SG_NONE || m->symbols.items[isym].binding_count != 1
                              ? NULL : &m->bindings.items[m->symbols.items[isym].first_binding];
      uint32_t def = ib && ib->kind == BINDING_KIND_DEF ? ib->context : SG_NONE;
      uint32_t p0 = def == SG_NONE ? SG_NONE : sg_loop_calls_param(t, def, 0);
      uint32_t r = def == SG_NONE ? SG_NONE : sg_loops__handed_out(t, def);
      if (p0 != SG_NONE && r != SG_NONE) {
        stack[depth++] = (LazyStep){r, true, false, sg_model_node_symbol(m, e), sg_model_node_symbol(m, p0), SG_NONE};
        continue;
      }
    }
    if (sg_loops__collection_expr(t, e)) {
      /* in a method of the loop's class (or of the receiver's): only what
       * hangs on its self */
      if (alias != SG_NONE || receiver != SG_NONE) {
        uint32_t place = e, kv, kk;
        if (sg_loops_keyed(t, place, &kv, &kk)) place = sg_flat_unparen(t, kv);  /* `self.topics.get(topic, ())` */
        uint32_t b = place;
        while (b != SG_NONE && t->kind[b] == KIND_ATTRIBUTE) b = sg_flat_unparen(t, sg_flat_field(t, b, FIELD_OBJECT));
        if (b == place || b == SG_NONE || t->kind[place] != KIND_ATTRIBUTE || sg_model_node_symbol(m, b) != callee) continue;
      }
      out[n++] = (IterSource){e, lazy ? ITERATION_LAZY : ITERATION_DIRECT, keyed, -1, alias, receiver};
      /* `handlers = self.handlers` (bound once, before): both names */
      uint32_t same = alias == SG_NONE ? sg_loops__alias_of(m, e) : SG_NONE;
      if (same != SG_NONE && depth < sizeof stack / sizeof *stack)
        stack[depth++] = (LazyStep){same, lazy, keyed, SG_NONE, SG_NONE, receiver};
      continue;
    }
    /* `for k in self` in a dict subclass: the dict itself */
    if (alias == SG_NONE && sg_loops__self_container(m, e) != VALUE_UNKNOWN) {
      out[n++] = (IterSource){e, lazy ? ITERATION_LAZY : ITERATION_DIRECT, keyed, -1, SG_NONE, receiver};
      continue;
    }
    /* `for x in self` (its __iter__), `for x in self.pending(k)`: what the
     * method hands out, seen from the loop (one method deep) */
    if (alias == SG_NONE && depth < sizeof stack / sizeof *stack) {
      uint32_t self = SG_NONE, name = SG_NONE, def = SG_NONE;
      if (t->kind[e] == KIND_IDENTIFIER) {
        self = sg_loops__own_self(m, e);
        name = sg_names_find(&t->names, "__iter__", 8);
      } else if (t->kind[e] == KIND_CALL) {
        /* arguments too (`self._subscribers(topic)`): a key the method takes
         * is its own parameter there, which no key in the loop matches */
        uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
        if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
          self = sg_loops__own_self(m, sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)));
          uint32_t a = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
          name = a == SG_NONE ? SG_NONE : t->name_id[a];
        }
      }
      if (self != SG_NONE && name != SG_NONE) def = sg_loop_calls_sibling_method(m, e, name);
      uint32_t p0 = def == SG_NONE ? SG_NONE : sg_loop_calls_param(t, def, 0);
      uint32_t r = def == SG_NONE ? SG_NONE : sg_loops__handed_out(t, def);
      if (p0 != SG_NONE && r != SG_NONE) {
        stack[depth++] = (LazyStep){r, true, false, self, sg_model_node_symbol(m, p0), SG_NONE};
        continue;
      }
    }
    if (t->kind[e] == KIND_GENERATOR_EXPRESSION) {
      /* (v for v in X if ...): the element is X's item itself */
      uint32_t elem = sg_flat_field(t, e, FIELD_BODY);
      uint32_t clause = elem == SG_NONE ? SG_NONE : sg_flat_next_named(t, elem);
      if (clause == SG_NONE || t->kind[clause] != KIND_FOR_IN_CLAUSE) continue;
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, clause, FIELD_LEFT));
      elem = sg_flat_unparen(t, elem);
      bool same = left != SG_NONE && elem != SG_NONE && t->kind[left] == KIND_IDENTIFIER &&
                  t->kind[elem] == KIND_IDENTIFIER && t->name_id[left] == t->name_id[elem];
      stack[depth++] = (LazyStep){sg_flat_field(t, clause, FIELD_RIGHT), true, keyed && same, alias, callee, receiver};
      continue;
    }
    if (t->kind[e] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
    if (fn == SG_NONE) continue;
    uint32_t attr, obj;
    if (sg_loops_method_call(t, e, &attr, &obj) && attr != SG_NONE && obj != SG_NONE &&
        (sg_loops__collection_expr(t, obj) || (alias == SG_NONE && sg_loops__self_container(m, obj) != VALUE_UNKNOWN)) &&
        sg_loops_arg(t, e, 0) == SG_NONE) {
      IterationVia via = ITERATION_OTHER;
      if (sg_flat_text_is(t, attr, "keys")) via = ITERATION_KEYS;
      else if (sg_flat_text_is(t, attr, "values")) via = ITERATION_VALUES;
      else if (sg_flat_text_is(t, attr, "items")) via = ITERATION_ITEMS;
      if (via != ITERATION_OTHER) {
        if (alias == SG_NONE && receiver == SG_NONE)
          out[n++] = (IterSource){obj, lazy ? ITERATION_LAZY : via, keyed && via == ITERATION_KEYS, -1, SG_NONE, SG_NONE};
        else
          stack[depth++] = (LazyStep){obj, true, false, alias, callee, receiver};
        continue;
      }
    }
    /* `for t in self.index.terms()`: a method of another object's class,
     * the file's one method of that name, handing out an attribute of its
     * self (one method deep) */
    if (alias == SG_NONE && receiver == SG_NONE && depth < sizeof stack / sizeof *stack &&
        t->kind[sg_flat_unparen(t, fn)] == KIND_ATTRIBUTE) {
      uint32_t f = sg_flat_unparen(t, fn);
      uint32_t robj = sg_flat_unparen(t, sg_flat_field(t, f, FIELD_OBJECT)), rname = sg_flat_field(t, f, FIELD_ATTRIBUTE);
      uint32_t rroot = robj;
      while (rroot != SG_NONE && t->kind[rroot] == KIND_ATTRIBUTE) rroot = sg_flat_unparen(t, sg_flat_field(t, rroot, FIELD_OBJECT));
      if (rname != SG_NONE && rroot != SG_NONE && t->kind[rroot] == KIND_IDENTIFIER &&
          (robj != rroot || sg_loops__own_self(m, robj) == SG_NONE) && sg_model_node_symbol(m, rroot) != SG_NONE) {
        uint32_t def = sg_loop_calls_only_method(m, t->name_id[rname]);
        uint32_t p0 = def == SG_NONE ? SG_NONE : sg_loop_calls_param(t, def, 0);
        uint32_t r = p0 == SG_NONE ? SG_NONE : sg_loops__handed_out(t, def);
        if (r != SG_NONE && !sg_flat_is_ancestor(t, def, e)) {
          stack[depth++] = (LazyStep){r, true, false, SG_NONE, sg_model_node_symbol(m, p0), robj};
          continue;
        }
      }
    }
    if (receiver != SG_NONE) continue;
    char buf[64];
    const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
    if (!q) continue;
    uint32_t a0 = sg_loops__lazy_arg(t, e, 0);
    if (!lazy && !strcmp(q, "builtins.range") && a0 != SG_NONE && sg_loops_arg(t, e, 1) == SG_NONE &&
        t->kind[a0] == KIND_CALL) {
      char b2[64];
      const char *q2 = sg_resolve_qualified(m, sg_flat_field(t, a0, FIELD_FUNCTION), b2, sizeof b2);
      uint32_t inner = sg_loops_arg(t, a0, 0);
      if (q2 && !strcmp(q2, "builtins.len") && inner != SG_NONE && sg_loops__collection_expr(t, inner))
        out[n++] = (IterSource){inner, ITERATION_INDEX, true, -1, SG_NONE, SG_NONE};
      continue;
    }
    int lz = sg_loops__lazy_index(m, e);
    if (lz < 0) continue;
    bool enumerate = !strcmp(q, "builtins.enumerate");
    if (!lazy && enumerate) {
      if (a0 != SG_NONE && sg_loops__collection_expr(t, a0) && sg_loops__lazy_binding(m, a0) == SG_NONE) {
        out[n++] = (IterSource){a0, ITERATION_ENUMERATE, true, -1, SG_NONE, SG_NONE};
        continue;
      }
      /* enumerate(X.copy()): not iterating X, but its indexes are X's */
      uint32_t copied = sg_loops__copy_of(m, a0);
      if (copied != SG_NONE) {
        out[n++] = (IterSource){copied, ITERATION_ENUMERATE_COPY, true, -1, SG_NONE, SG_NONE};
        continue;
      }
    }
    /* reversed(X), iter(X), zip(X, Y): each argument, walked in step */
    bool plain = !lazy && (enumerate || !strcmp(q, "builtins.reversed") || !strcmp(q, "builtins.iter") ||
                           !strcmp(q, "builtins.zip"));
    int last = sg_loops__lazy[lz].rest ? 8 : sg_loops__lazy[lz].first;
    for (int k = sg_loops__lazy[lz].first; k <= last; k++) {
      uint32_t a = sg_loops__lazy_arg(t, e, k);
      if (a == SG_NONE || depth >= sizeof stack / sizeof *stack) continue;
      if (plain && sg_loops__collection_expr(t, a) && sg_loops__lazy_binding(m, a) == SG_NONE) {
        if (n < SG_LOOPS__SOURCES)
          out[n++] = (IterSource){a, ITERATION_OTHER, false, strcmp(q, "builtins.zip") ? -1 : k, SG_NONE, SG_NONE};
        continue;
      }
      stack[depth++] = (LazyStep){a, true, false, alias, callee, receiver};
    }
  }
  return n;
}

/* The identifier of the target that is X's key: `for k in d`, `for k, v
 * in d.items()`, `for i, v in enumerate(X)`, `for i in range(len(X))`,
 * `for k in (k for k in d if ...)`. */
static uint32_t sg_loops__key_target(const FlatTree *t, uint32_t left, const IterSource *src) {
  IterationVia via = src->via;
  left = sg_flat_unparen(t, left);
  if (left == SG_NONE) return SG_NONE;
  if (t->kind[left] == KIND_IDENTIFIER)
    return via == ITERATION_DIRECT || via == ITERATION_KEYS || via == ITERATION_INDEX ||
                   (via == ITERATION_LAZY && src->keyed) || (via == ITERATION_OTHER && src->position == -1)
               ? left : SG_NONE;
  if (via == ITERATION_OTHER && src->position >= 0 &&
      (t->kind[left] == KIND_PATTERN_LIST || t->kind[left] == KIND_TUPLE_PATTERN)) {
    uint32_t c = sg_flat_named_child(t, left);
    for (int k = 0; c != SG_NONE && k < src->position; k++) c = sg_flat_next_named(t, c);
    return c != SG_NONE && t->kind[c] == KIND_IDENTIFIER ? c : SG_NONE;
  }
  if (via != ITERATION_ITEMS && via != ITERATION_ENUMERATE && via != ITERATION_ENUMERATE_COPY) return SG_NONE;
  uint32_t first = sg_flat_named_child(t, left);
  return first != SG_NONE && t->kind[first] == KIND_IDENTIFIER ? first : SG_NONE;
}

/* The container kind an annotation names: dict[...]/Dict/MutableMapping,
 * list[...]/List/MutableSequence, set[...]/Set/MutableSet. */
static ValueKind sg_loops__annotation_kind(const FlatTree *t, uint32_t type) {
  if (type == SG_NONE) return VALUE_UNKNOWN;
  uint32_t e = type;
  while (e != SG_NONE && t->kind[e] == KIND_TYPE) e = sg_flat_named_child(t, e);
  if (e != SG_NONE && (t->kind[e] == KIND_GENERIC_TYPE || t->kind[e] == KIND_SUBSCRIPT))
    e = sg_flat_named_child(t, e);
  if (e == SG_NONE || (t->kind[e] != KIND_IDENTIFIER && t->kind[e] != KIND_ATTRIBUTE)) return VALUE_UNKNOWN;
  uint32_t len;
  const char *s = sg_flat_text(t, e, &len);
  uint32_t start = len;
  while (start > 0 && s[start - 1] != '.') start--;
  static const struct { const char *name; ValueKind kind; } names[] = {
    {"dict", VALUE_DICT}, {"Dict", VALUE_DICT}, {"MutableMapping", VALUE_DICT},
    {"defaultdict", VALUE_DEFAULTDICT}, {"DefaultDict", VALUE_DEFAULTDICT}, {"OrderedDict", VALUE_DICT},
    {"Counter", VALUE_DICT}, {"list", VALUE_LIST}, {"List", VALUE_LIST},
    {"MutableSequence", VALUE_LIST}, {"deque", VALUE_DEQUE}, {"Deque", VALUE_DEQUE},
    {"set", VALUE_SET}, {"Set", VALUE_SET}, {"MutableSet", VALUE_SET}};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i].name) == len - start && !memcmp(names[i].name, s + start, len - start))
      return names[i].kind;
  return VALUE_UNKNOWN;
}

/* `self.attr`: what the class's methods assign to it, when they agree. */
static ValueKind sg_loops__attribute_kind(const SemanticModel *m, uint32_t x);

ValueKind sg_loops_attribute_kind(const SemanticModel *m, uint32_t x) { return sg_loops__attribute_kind(m, x); }

static ValueKind sg_loops__attribute_kind(const SemanticModel *m, uint32_t x) {
  const FlatTree *t = m->tree;
  ValueKind kind = VALUE_UNKNOWN;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, x, FIELD_OBJECT)), a = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  if (a != SG_NONE && sg_flat_text_is(t, a, "__dict__")) return VALUE_DICT;  /* an object's attributes */
  if (obj != SG_NONE && a != SG_NONE && (t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF)) {
    /* another object's attribute (`book.index`, `self.book.index`): what
     * every `self.<name> = ...` of the file's methods makes, when they agree */
    uint32_t first, end;
    sg_model_attributes_named(m, t->name_id[a], &first, &end);
    for (uint32_t j = first; j < end; j++) {
      uint32_t o = m->attributes.items[2 * j + 1], p = t->parent[o];
      if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[o] != FIELD_LEFT) continue;
      uint32_t oo = sg_flat_unparen(t, sg_flat_field(t, o, FIELD_OBJECT));
      if (oo == SG_NONE || t->kind[oo] != KIND_IDENTIFIER || t->name_id[oo] != NAME_SELF) continue;
      uint32_t right = sg_flat_field(t, p, FIELD_RIGHT);
      ValueKind k = right == SG_NONE ? VALUE_UNKNOWN : sg_value_of_source(m, right);
      if (k == VALUE_UNKNOWN || (kind != VALUE_UNKNOWN && k != kind)) return VALUE_UNKNOWN;
      kind = k;
    }
    return kind;
  }
  for (uint32_t cur = 0, i; (i = sg_model_next_self_assignment(m, x, &cur)) != SG_NONE;) {
    uint32_t right = sg_flat_field(m->tree, i, FIELD_RIGHT);
    ValueKind k = right == SG_NONE ? VALUE_UNKNOWN : sg_value_of_source(m, right);
    if (k == VALUE_UNKNOWN || (kind != VALUE_UNKNOWN && k != kind)) return VALUE_UNKNOWN;
    kind = k;
  }
  return kind;
}

/* The binding that reaches x on every path: the last one before x, an
 * assignment whose statement sits in a block holding x, with no binding of
 * the name after x in that block (a loop could bring it back). */
static ValueKind sg_loops__reaching_kind(const SemanticModel *m, uint32_t x, uint32_t sym) {
  const FlatTree *t = m->tree;
  const Binding *best = NULL;
  uint32_t at = t->start_byte[x];
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_GLOBAL_DECL ||
        bd->kind == BINDING_KIND_NONLOCAL_DECL)
      continue;
    if (t->start_byte[bd->node] < at && (!best || t->start_byte[bd->node] > t->start_byte[best->node])) best = bd;
  }
  if (!best || best->kind != BINDING_KIND_ASSIGNMENT || best->value == SG_NONE) return VALUE_UNKNOWN;
  uint32_t stmt = best->node;
  while (stmt != SG_NONE && t->parent[stmt] != SG_NONE && t->kind[t->parent[stmt]] != KIND_BLOCK &&
         t->kind[t->parent[stmt]] != KIND_MODULE)
    stmt = t->parent[stmt];
  uint32_t block = stmt == SG_NONE ? SG_NONE : t->parent[stmt];
  if (block == SG_NONE || !sg_flat_is_ancestor(t, block, x)) return VALUE_UNKNOWN;
  for (uint32_t q = t->parent[x]; q != SG_NONE && q != block; q = t->parent[q])
    if (t->kind[q] == KIND_FUNCTION_DEFINITION || t->kind[q] == KIND_CLASS_DEFINITION || t->kind[q] == KIND_LAMBDA)
      return VALUE_UNKNOWN;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (t->start_byte[bd->node] > at && sg_flat_is_ancestor(t, block, bd->node)) return VALUE_UNKNOWN;
  }
  return sg_value_of_source(m, best->value);
}

/* What the collection's name is bound to, when every binding agrees. */
static ValueKind sg_loops__kind(const SemanticModel *m, uint32_t x) {
  const FlatTree *t = m->tree;
  if (t->kind[x] == KIND_ATTRIBUTE) return sg_loops__attribute_kind(m, x);
  if (t->kind[x] != KIND_IDENTIFIER) return VALUE_UNKNOWN;
  ValueKind own = sg_loops__self_container(m, x);
  if (own != VALUE_UNKNOWN) return own;
  uint32_t sym = sg_model_node_symbol(m, x);
  if (sym == SG_NONE) return VALUE_UNKNOWN;
  ValueKind kind = VALUE_UNKNOWN;
  const Symbol *s = &m->symbols.items[sym];
  for (uint32_t b = s->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_GLOBAL_DECL ||
        bd->kind == BINDING_KIND_NONLOCAL_DECL || bd->kind == BINDING_KIND_AUGMENTED)
      continue;
    ValueKind k = bd->value == SG_NONE ? VALUE_UNKNOWN : sg_value_of_source(m, bd->value);
    /* a parameter or an assignment annotated `dict[...]`, `list[...]`... */
    if (bd->kind == BINDING_KIND_PARAMETER || bd->kind == BINDING_KIND_ANNOTATED) {
      uint32_t type = sg_flat_field(t, bd->context, FIELD_TYPE);
      ValueKind ak = sg_loops__annotation_kind(t, type);
      if (ak != VALUE_UNKNOWN) k = ak;
      else if (bd->kind == BINDING_KIND_PARAMETER) k = VALUE_UNKNOWN;
    }
    if (k == VALUE_UNKNOWN || (kind != VALUE_UNKNOWN && k != kind)) return sg_loops__reaching_kind(m, x, sym);
    kind = k;
  }
  return kind;
}

/* ---- mutations ------------------------------------------------------------------ */

static const MethodInfo sg_loops__methods[] = {
  {"append", MUTATION_GROW, VALUE_LIST}, {"extend", MUTATION_GROW, VALUE_LIST},
  {"insert", MUTATION_GROW, VALUE_LIST}, {"remove", MUTATION_SHRINK, VALUE_UNKNOWN},
  {"pop", MUTATION_SHRINK, VALUE_UNKNOWN}, {"clear", MUTATION_SHRINK, VALUE_UNKNOWN},
  {"popitem", MUTATION_SHRINK, VALUE_DICT}, {"setdefault", MUTATION_GROW, VALUE_DICT},
  {"update", MUTATION_GROW, VALUE_UNKNOWN}, {"add", MUTATION_GROW, VALUE_SET},
  {"discard", MUTATION_SHRINK, VALUE_SET}, {"difference_update", MUTATION_SHRINK, VALUE_SET},
  {"intersection_update", MUTATION_SHRINK, VALUE_SET},
  {"symmetric_difference_update", MUTATION_RESIZE, VALUE_SET},
  {"appendleft", MUTATION_GROW, VALUE_DEQUE}, {"popleft", MUTATION_SHRINK, VALUE_DEQUE},
  {"extendleft", MUTATION_GROW, VALUE_DEQUE}, {"rotate", MUTATION_RESIZE, VALUE_DEQUE},
  {"move_to_end", MUTATION_RESIZE, VALUE_ORDEREDDICT},
};

const MethodInfo *sg_loops_method_info(const FlatTree *t, uint32_t attr) {
  for (size_t q = 0; attr != SG_NONE && q < sizeof sg_loops__methods / sizeof *sg_loops__methods; q++)
    if (sg_flat_text_is(t, attr, sg_loops__methods[q].name)) return &sg_loops__methods[q];
  return NULL;
}

static bool sg_loops__exits(uint16_t k, bool nested_loop) {
  return k == KIND_RETURN_STATEMENT || k == KIND_RAISE_STATEMENT ||
         (k == KIND_BREAK_STATEMENT && !nested_loop);
}

/* Does the statement always leave: break/return/raise, or an if/elif/else
 * whose every branch ends so (one level)? */
static bool sg_loops__always_leaves(const FlatTree *t, uint32_t stmt, bool nested_loop) {
  if (sg_loops__exits(t->kind[stmt], nested_loop)) return true;
  if (t->kind[stmt] != KIND_IF_STATEMENT) return false;
  bool has_else = false;
  for (uint32_t c = t->first_child[stmt]; c != SG_NONE; c = t->next_sibling[c]) {
    uint32_t block = SG_NONE;
    if (t->field[c] == FIELD_CONSEQUENCE) block = c;
    else if (t->kind[c] == KIND_ELIF_CLAUSE) block = sg_flat_field(t, c, FIELD_CONSEQUENCE);
    else if (t->kind[c] == KIND_ELSE_CLAUSE) { block = sg_flat_field(t, c, FIELD_BODY); has_else = true; }
    else continue;
    uint32_t last = SG_NONE;
    for (uint32_t s = sg_flat_named_child(t, block); s != SG_NONE; s = sg_flat_next_named(t, s)) last = s;
    if (last == SG_NONE || !sg_loops__exits(t->kind[last], nested_loop)) return false;
  }
  return has_else;
}

/* After the statement holding `node`, does every path leave the loop
 * (break/return/raise) before the next iteration? A `break` inside a
 * nested loop only leaves that one. */
bool sg_loops_leaves(const FlatTree *t, uint32_t node, uint32_t body) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_BLOCK) {
      /* is there a loop between this block and the iterated loop's body? */
      bool nested_loop = false;
      for (uint32_t q = p; q != SG_NONE && q != body && !nested_loop; q = t->parent[q])
        nested_loop = t->kind[q] == KIND_FOR_STATEMENT || t->kind[q] == KIND_WHILE_STATEMENT;
      if (sg_loops__always_leaves(t, c, nested_loop)) return true;  /* `return X.pop()` */
      for (uint32_t s = sg_flat_next_named(t, c); s != SG_NONE; s = sg_flat_next_named(t, s)) {
        if (sg_loops__always_leaves(t, s, nested_loop)) return true;
        if (t->kind[s] == KIND_CONTINUE_STATEMENT && !nested_loop) return false;  /* the rest is dead */
      }
    }
    if (p == body) break;
  }
  return false;
}

/* Is X (its symbol) rebound inside the body before `node`? Then node
 * changes another object. With `for i in range(len(X))`, a rebinding after
 * node counts too: the next X[i] indexes whatever list it made. */
static bool sg_loops__rebound(const SemanticModel *m, const LoopIteration *it, uint32_t node) {
  if (it->symbol == SG_NONE) return false;
  const FlatTree *t = m->tree;
  uint32_t at = t->start_byte[node];
  for (uint32_t b = m->symbols.items[it->symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_AUGMENTED || !sg_flat_is_ancestor(t, it->body, bd->node)) continue;
    uint32_t pos = t->start_byte[bd->node];
    if (pos < at || (it->via == ITERATION_INDEX && pos > at)) return true;
  }
  return false;
}

/* Is `c` one of the targets of the del statement (not inside one)? */
bool sg_loops_del_target(const FlatTree *t, uint32_t c, uint32_t del) {
  uint32_t p = t->parent[c];
  while (p != SG_NONE && p != del && t->kind[p] == KIND_PARENTHESIZED_EXPRESSION) p = t->parent[p];
  if (p != SG_NONE && p != del && (t->kind[p] == KIND_EXPRESSION_LIST || t->kind[p] == KIND_TUPLE)) p = t->parent[p];
  return p == del;
}

/* Is e the loop's collection X (in the loop's own function)? */
static bool sg_loops__is_x(const SemanticModel *m, const LoopIteration *it, uint32_t e) {
  if (it->self_symbol == SG_NONE) return sg_loops_same(m, e, it->collection);
  LoopsMatcher mt = {it->self_symbol, it->collection, SG_NONE, SG_NONE, SG_NONE, false, false, false};
  return sg_loop_calls_matches(m, &mt, e);
}

/* `setattr(O, name, v)` in a loop over `O.__dict__` whose
 * name is not the loop's own key: a new attribute is a new key of the
 * dict the loop walks. */
static bool sg_loops__setattr_new(const SemanticModel *m, const LoopIteration *it, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER || !sg_resolve_is(m, fn, "builtins.setattr")) return false;
  uint32_t x = sg_flat_unparen(t, it->collection), owner = SG_NONE;
  if (t->kind[x] == KIND_ATTRIBUTE && sg_flat_text_is(t, sg_flat_field(t, x, FIELD_ATTRIBUTE), "__dict__"))
    owner = sg_flat_field(t, x, FIELD_OBJECT);
  if (owner == SG_NONE) return false;
  uint32_t o = sg_flat_call_arg(t, call, 0, NULL), name = sg_flat_call_arg(t, call, 1, NULL);
  if (o == SG_NONE || name == SG_NONE || !sg_loops_same(m, o, owner)) return false;
  name = sg_flat_unparen(t, name);
  return !(it->key != SG_NONE && t->kind[name] == KIND_IDENTIFIER && sg_loops_same(m, name, it->key));
}

/* ---- the shapes of one loop's body ------------------------------------------- */

/* `while i < len(X)` (or `len(X) > i`, first in an `and`): X walked by i. */
static bool sg_loops__while_index(const SemanticModel *m, uint32_t loop, LoopIteration *it) {
  const FlatTree *t = m->tree;
  uint32_t whole = sg_flat_unparen(t, sg_flat_field(t, loop, FIELD_CONDITION)), cond = SG_NONE;
  /* the first comparison of an `and` chain (`xs and i < len(xs)`) */
  for (uint32_t c = whole; whole != SG_NONE && c <= t->subtree_end[whole] && cond == SG_NONE; c++) {
    if (t->kind[c] != KIND_COMPARISON_OPERATOR) continue;
    bool chain = true;
    for (uint32_t q = t->parent[c]; c != whole && q != SG_NONE && chain; q = t->parent[q]) {
      chain = t->kind[q] == KIND_PARENTHESIZED_EXPRESSION ||
              (t->kind[q] == KIND_BOOLEAN_OPERATOR && sg_flat_has_token(t, q, "and"));
      if (q == whole) break;
    }
    if (chain) cond = c;
    else c = t->subtree_end[c];
  }
  if (cond == SG_NONE) return false;
  uint32_t a = sg_flat_named_child(t, cond);
  uint32_t b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
  if (b == SG_NONE || sg_flat_next_named(t, b) != SG_NONE) return false;
  uint32_t index, length;
  if (sg_flat_has_token(t, cond, "<")) index = a, length = b;
  else if (sg_flat_has_token(t, cond, ">")) index = b, length = a;
  else return false;
  index = sg_flat_unparen(t, index);
  length = sg_flat_unparen(t, length);
  if (t->kind[index] != KIND_IDENTIFIER || t->kind[length] != KIND_CALL) return false;
  char buf[64];
  const char *q = sg_resolve_qualified(m, sg_flat_field(t, length, FIELD_FUNCTION), buf, sizeof buf);
  uint32_t x = sg_loops_arg(t, length, 0);
  if (!q || strcmp(q, "builtins.len") || x == SG_NONE || !sg_loops__collection_expr(t, x)) return false;
  it->loop = loop;
  it->body = sg_flat_field(t, loop, FIELD_BODY);
  it->collection = x;
  it->via = ITERATION_WHILE_INDEX;
  it->key = index;
  it->item = SG_NONE;
  return it->body != SG_NONE;
}

/* `X[i]`, with i the index of a `while i < len(X)` loop. */
static bool sg_loops__item_at(const SemanticModel *m, const LoopIteration *it, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  return e != SG_NONE && t->kind[e] == KIND_SUBSCRIPT && sg_loops_same(m, sg_flat_field(t, e, FIELD_VALUE), it->collection) &&
         sg_loops_same(m, sg_flat_field(t, e, FIELD_SUBSCRIPT), it->key);
}

/* `X.remove(v)` in a `while i < len(X)` loop removes at the index: v is
 * X[i], or a name the body binds to X[i]. */
static bool sg_loops__removes_at_index(const SemanticModel *m, const LoopIteration *it, uint32_t v) {
  const FlatTree *t = m->tree;
  v = sg_flat_unparen(t, v);
  if (v == SG_NONE) return false;
  if (sg_loops__item_at(m, it, v)) return true;
  uint32_t sym = t->kind[v] == KIND_IDENTIFIER ? sg_model_node_symbol(m, v) : SG_NONE;
  if (sym == SG_NONE) return false;
  bool any = false;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (!sg_flat_is_ancestor(t, it->body, bd->node)) continue;
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE || !sg_loops__item_at(m, it, bd->value))
      return false;
    any = true;
  }
  return any;
}

/* Does the loop body test `key in X` (or `not in`)? Then a read of X[key]
 * is guarded, or the code knows which keys exist. */
static bool sg_loops__key_tested(const SemanticModel *m, const LoopIteration *it, uint32_t key) {
  const FlatTree *t = m->tree;
  if (it->work) {
    *it->work += t->subtree_end[it->body] - it->body + 1;
    if (*it->work > SG_LOOPS_CLASS_WORK) return true;  /* past the budget: stay silent */
  }
  uint32_t klen;
  const char *ktext = sg_flat_text(t, key, &klen);
  for (uint32_t i = it->body; i <= t->subtree_end[it->body]; i++) {
    if (t->kind[i] != KIND_COMPARISON_OPERATOR || !sg_flat_has_token(t, i, "in")) continue;
    uint32_t a = sg_flat_named_child(t, i);
    uint32_t b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
    if (b == SG_NONE || !sg_loops__is_x(m, it, b)) continue;
    uint32_t alen;
    const char *atext = sg_flat_text(t, a, &alen);
    if (alen == klen && !memcmp(atext, ktext, klen)) return true;
  }
  return false;
}

/* Is `key` surely one of X's keys: the loop's own key, or the target of
 * another loop over X's keys that holds this read? */
static bool sg_loops__known_key(const SemanticModel *m, const LoopIteration *it, uint32_t key) {
  const FlatTree *t = m->tree;
  if (t->kind[key] != KIND_IDENTIFIER) return false;
  if (it->key != SG_NONE && sg_loops_same(m, key, it->key)) return true;
  if (it->item != SG_NONE && sg_loops_same(m, key, it->item)) return true;
  uint32_t sym = sg_model_node_symbol(m, key);
  if (sym == SG_NONE) return false;
  bool any = false;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_FOR_TARGET) return false;
    IterSource src[SG_LOOPS__SOURCES];
    uint32_t n = sg_loops__sources(m, sg_flat_field(t, bd->context, FIELD_RIGHT), src);
    uint32_t k0 = n == 1 ? sg_loops__key_target(t, sg_flat_field(t, bd->context, FIELD_LEFT), &src[0]) : SG_NONE;
    if (k0 == SG_NONE || k0 != bd->node || !sg_loops_same(m, src[0].x, it->collection)) return false;
    any = true;
  }
  return any;
}

/* `X[key]` read (not stored by `=`, not deleted) inside a loop over a
 * defaultdict X, with a key that may be missing. */
static bool sg_loops__missing_read(const SemanticModel *m, const LoopIteration *it, uint32_t sub) {
  const FlatTree *t = m->tree;
  uint32_t key = sg_flat_unparen(t, sg_flat_field(t, sub, FIELD_SUBSCRIPT));
  if (key == SG_NONE || t->kind[key] == KIND_SLICE || !sg_loops__is_x(m, it, sg_flat_field(t, sub, FIELD_VALUE)))
    return false;
  uint32_t p = t->parent[sub];
  if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && sg_flat_field(t, p, FIELD_LEFT) == sub) return false;
  for (uint32_t q = p; q != SG_NONE && q != it->body; q = t->parent[q]) {
    if (t->kind[q] == KIND_DELETE_STATEMENT) return false;
    if (t->kind[q] == KIND_PATTERN_LIST || t->kind[q] == KIND_TUPLE_PATTERN) return false;
  }
  return !sg_loops__known_key(m, it, key) && !sg_loops__key_tested(m, it, key);
}

/* Does the same-file class whose instance `call` makes define __missing__
 * storing the key (`self[key] = ...`, `self.setdefault(...)`)? */
static bool sg_loops__storing_class(const SemanticModel *m, uint32_t sym);

static bool sg_loops__storing_missing(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  call = sg_flat_unparen(t, call);
  if (call == SG_NONE) return false;
  uint32_t fn = SG_NONE;
  if (t->kind[call] == KIND_CALL) {
    fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  } else if (t->kind[call] == KIND_TYPE) {
    fn = sg_flat_named_child(t, call);  /* a parameter's annotation */
  }
  uint32_t sym = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_model_node_symbol(m, fn) : SG_NONE;
  return sym != SG_NONE && sg_loops__storing_class(m, sym);
}

/* Is the symbol a same-file class whose __missing__ stores the key? */
static bool sg_loops__storing_class(const SemanticModel *m, uint32_t sym) {
  const FlatTree *t = m->tree;
  if (m->symbols.items[sym].binding_count != 1) return false;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_CLASS) return false;
  uint32_t body = sg_flat_field(t, bd->context, FIELD_BODY);
  for (uint32_t c = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t nm = t->kind[c] == KIND_FUNCTION_DEFINITION ? sg_flat_field(t, c, FIELD_NAME) : SG_NONE;
    if (nm == SG_NONE || !sg_flat_text_is(t, nm, "__missing__")) continue;
    uint32_t self = sg_loop_calls_param(t, c, 0);
    LoopsMatcher mt = {self == SG_NONE ? SG_NONE : sg_model_node_symbol(m, self), SG_NONE, SG_NONE, SG_NONE, SG_NONE, false,
                       false, false};
    for (uint32_t i = c; i <= t->subtree_end[c]; i++) {
      uint32_t attr, obj;
      if (t->kind[i] == KIND_ASSIGNMENT) {
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
        if (left != SG_NONE && t->kind[left] == KIND_SUBSCRIPT && sg_loop_calls_matches(m, &mt, sg_flat_field(t, left, FIELD_VALUE)))
          return true;
      } else if (t->kind[i] == KIND_CALL && sg_loops_method_call(t, i, &attr, &obj) && attr != SG_NONE &&
                 (sg_flat_text_is(t, attr, "setdefault") || sg_flat_text_is(t, attr, "__setitem__")) &&
                 sg_loop_calls_matches(m, &mt, obj)) {
        return true;
      }
    }
  }
  return false;
}

/* X holds an object whose missing keys are inserted when read. */
static bool sg_loops__inserts_missing(const SemanticModel *m, uint32_t x, ValueKind kind) {
  if (kind == VALUE_DEFAULTDICT) return true;
  const FlatTree *t = m->tree;
  if (sg_loops__own_self(m, x) != SG_NONE && sg_value_is_dict_like(kind)) {
    /* self of a dict subclass whose __missing__ stores */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[x]);
    uint32_t cdef = m->scopes.items[m->scopes.items[fs].parent].node;
    uint32_t name = sg_flat_field(t, cdef, FIELD_NAME);
    uint32_t sym = name == SG_NONE ? SG_NONE : sg_model_node_symbol(m, name);
    return sym != SG_NONE && sg_loops__storing_class(m, sym);
  }
  if (t->kind[x] == KIND_ATTRIBUTE) {
    bool any = false;
    for (uint32_t cur = 0, i; (i = sg_model_next_self_assignment(m, x, &cur)) != SG_NONE;) {
      if (!sg_loops__storing_missing(m, sg_flat_field(t, i, FIELD_RIGHT))) return false;
      any = true;
    }
    return any;
  }
  uint32_t sym = t->kind[x] == KIND_IDENTIFIER ? sg_model_node_symbol(m, x) : SG_NONE;
  if (sym == SG_NONE) return false;
  bool any = false;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_GLOBAL_DECL || bd->kind == BINDING_KIND_NONLOCAL_DECL) continue;
    uint32_t v = bd->kind == BINDING_KIND_PARAMETER || bd->kind == BINDING_KIND_ANNOTATED
                     ? sg_flat_field(t, bd->context, FIELD_TYPE) : bd->value;
    if (v == SG_NONE || !sg_loops__storing_missing(m, v)) return false;
    any = true;
  }
  return any;
}

/* A call handing X itself to a function of another file of the program
 * that empties or reorders its parameter (`forget(handlers, h)`, with
 * `forget` imported from the program's `registry.py`). */
static bool sg_loops__elsewhere(const SemanticModel *m, const LoopIteration *it, uint32_t call, LoopMutation *found) {
  const FlatTree *t = m->tree;
  const Summaries *s = it->summaries;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (!s || args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) return false;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
    if (v == SG_NONE || !sg_loops__is_x(m, it, sg_flat_unparen(t, v))) continue;
    const ParamSummary *p = sg_summaries_argument(s, m, call, a);
    if (!p || p != &s->scratch || !(p->effects & EFFECT_REMOVED)) continue;
    *found = (LoopMutation){call, MUTATION_SHRINK, SG_NONE, SG_NONE, VALUE_UNKNOWN, false, SG_NONE, SG_NONE, SG_NONE,
                            s->scratch_from, s->scratch_line};
    return true;
  }
  return false;
}

static void sg_loops__scan(const SemanticModel *m, const LoopIteration *it, LoopMutationFn fn, void *arg) {
  const FlatTree *t = m->tree;
  uint32_t body = it->body;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint16_t k = t->kind[i];
    /* a nested function or class body runs later (or never) */
    if (i != body && (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)) {
      i = t->subtree_end[i];
      continue;
    }
    LoopMutation mut = {.node = SG_NONE, .kind = MUTATION_GROW, .method = SG_NONE, .key = SG_NONE, .dispatch = SG_NONE,
                        .evidence = VALUE_UNKNOWN, .inner = SG_NONE, .through = SG_NONE};
    uint32_t target = SG_NONE;
    if (k == KIND_SUBSCRIPT && it->inserts_missing) {
      if (!sg_loops__missing_read(m, it, i)) continue;
      target = it->collection;
      mut.node = i;
      mut.kind = MUTATION_MISSING;
      mut.key = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_SUBSCRIPT));
      mut.evidence = VALUE_DICT;
    } else if (k == KIND_CALL && sg_loops__setattr_new(m, it, i)) {
      /* `setattr(obj, "_orig_" + k, v)` while iterating `obj.__dict__`: a new attribute */
      target = it->collection;
      mut.node = i;
      mut.kind = MUTATION_STORE;
      mut.key = sg_flat_call_arg(t, i, 1, NULL);
      mut.evidence = VALUE_DICT;
    } else if (k == KIND_CALL) {
      uint32_t fnode = sg_flat_field(t, i, FIELD_FUNCTION);
      uint32_t attr = fnode != SG_NONE && t->kind[fnode] == KIND_ATTRIBUTE ? sg_flat_field(t, fnode, FIELD_ATTRIBUTE) : SG_NONE;
      const MethodInfo *mi = NULL;
      for (size_t q = 0; attr != SG_NONE && q < sizeof sg_loops__methods / sizeof *sg_loops__methods && !mi; q++)
        if (sg_flat_text_is(t, attr, sg_loops__methods[q].name)) mi = &sg_loops__methods[q];
      if (!mi || !sg_loops__is_x(m, it, sg_flat_field(t, fnode, FIELD_OBJECT))) {
        /* a call of a same-file function or method that changes X */
        if (it->via == ITERATION_WHILE_INDEX) continue;
        uint32_t base = it->collection, key = SG_NONE, v, k2;
        if (sg_loops_keyed(t, base, &v, &k2)) {
          key = t->kind[k2] == KIND_IDENTIFIER ? sg_model_node_symbol(m, k2) : SG_NONE;
          base = v;
        }
        while (t->kind[base] == KIND_ATTRIBUTE) base = sg_flat_unparen(t, sg_flat_field(t, base, FIELD_OBJECT));
        LoopsMatcher mt = {it->self_symbol != SG_NONE ? it->self_symbol : sg_model_node_symbol(m, base),
                           t->kind[it->collection] != KIND_IDENTIFIER ? it->collection : SG_NONE,
                           key, SG_NONE, SG_NONE, false, false, false};
        if (mt.symbol == SG_NONE ||
            (!sg_loop_calls_through(m, i, &mt, it->inserts_missing ? it->work : NULL, &mut) &&
             !sg_loop_calls_receiver(m, it, i, &mut) && !sg_loop_calls_other_object(m, it, i, &mut) &&
             !(it->inserts_missing && sg_loop_calls_callbacks(m, i, &mt, it->work, &mut)) &&
             !sg_loop_calls_handed(m, i, &mt, &mut) &&
             !sg_loop_calls_item_call(m, it, i, &mut) && !sg_loop_calls_helper_dispatch(m, it, i, &mut) &&
             !sg_loops__elsewhere(m, it, i, &mut)))
          continue;
        mut.node = i;
        target = it->collection;
        goto found;
      }
      target = sg_flat_field(t, fnode, FIELD_OBJECT);
      mut.node = i;
      mut.kind = mi->kind;
      mut.method = t->name_id[attr];
      mut.evidence = mi->evidence;
      mut.key = sg_loops_arg(t, i, 0);
      /* `pop()` without an argument: a list (a dict's pop needs a key);
       * `clear(x)` is not a container's clear */
      if (mut.method == NAME_POP && mut.key == SG_NONE) mut.evidence = VALUE_LIST;
      if (mut.method == NAME_CLEAR && mut.key != SG_NONE) continue;
    } else if (k == KIND_DELETE_STATEMENT) {
      /* del X[k] (each target; not `del X[k][j]`, which changes X[k]) */
      for (uint32_t c = i + 1; c <= t->subtree_end[i]; c++) {
        if (t->kind[c] != KIND_SUBSCRIPT || !sg_loops_del_target(t, c, i)) continue;
        uint32_t obj = sg_flat_field(t, c, FIELD_VALUE);
        if (!sg_loops__is_x(m, it, obj)) continue;
        LoopMutation d = {.node = i, .kind = MUTATION_SHRINK, .method = SG_NONE, .dispatch = SG_NONE, .key = sg_flat_field(t, c, FIELD_SUBSCRIPT),
                          .evidence = VALUE_UNKNOWN, .inner = SG_NONE, .through = SG_NONE};
        if (d.key != SG_NONE && t->kind[d.key] == KIND_SLICE) d.evidence = VALUE_LIST;
        bool at_index = (it->via != ITERATION_INDEX && it->via != ITERATION_WHILE_INDEX) ||
                        (d.key != SG_NONE && it->key != SG_NONE && sg_loops_same(m, d.key, it->key));
        d.leaves = sg_loops_leaves(t, i, body);
        if (at_index && !sg_loops__rebound(m, it, i))
          fn(arg, it, &d);
        break;
      }
      continue;
    } else if (k == KIND_AUGMENTED_ASSIGNMENT) {
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
      uint32_t op = sg_flat_field(t, i, FIELD_OPERATOR);
      if (left == SG_NONE || op == SG_NONE) continue;
      uint32_t stmt = t->parent[i];
      target = left;
      mut.node = stmt != SG_NONE && t->kind[stmt] == KIND_EXPRESSION_STATEMENT ? stmt : i;
      if (sg_flat_text_is(t, op, "+=") || sg_flat_text_is(t, op, "*=")) {
        mut.kind = MUTATION_GROW;
        mut.evidence = VALUE_LIST;
      }
      else if (sg_flat_text_is(t, op, "|=")) mut.kind = MUTATION_GROW;
      else if (sg_flat_text_is(t, op, "-=") || sg_flat_text_is(t, op, "&=")) {
        mut.kind = MUTATION_SHRINK;
        mut.evidence = VALUE_SET;
      } else if (sg_flat_text_is(t, op, "^=")) {
        mut.kind = MUTATION_RESIZE;
        mut.evidence = VALUE_SET;
      } else {
        continue;
      }
    } else if (k == KIND_ASSIGNMENT) {
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
      if (left == SG_NONE || t->kind[left] != KIND_SUBSCRIPT) continue;
      target = sg_flat_field(t, left, FIELD_VALUE);
      uint32_t sub = sg_flat_field(t, left, FIELD_SUBSCRIPT);
      mut.node = t->parent[i] != SG_NONE && t->kind[t->parent[i]] == KIND_EXPRESSION_STATEMENT ? t->parent[i] : i;
      mut.key = sub;
      if (sub != SG_NONE && t->kind[sub] == KIND_SLICE) {
        mut.kind = MUTATION_RESIZE;
        mut.evidence = VALUE_LIST;
      } else {
        mut.kind = MUTATION_STORE;
      }
    } else {
      continue;
    }
    if (target == SG_NONE || !sg_loops__is_x(m, it, target)) continue;
  found:
    if (sg_loops__rebound(m, it, mut.node)) continue;
    mut.leaves = sg_loops_leaves(t, mut.node, body);
    /* `for i in range(len(X))`: only changes at the index shift what X[i] means */
    if (it->via == ITERATION_INDEX && mut.method != NAME_REMOVE &&
        (mut.key == SG_NONE || it->key == SG_NONE || !sg_loops_same(m, mut.key, it->key)))
      continue;
    /* `while i < len(X)`: only removals at i (`del X[i]`, `X.pop(i)`, `X.remove(X[i])`) */
    if (it->via == ITERATION_WHILE_INDEX &&
        (mut.kind != MUTATION_SHRINK || mut.key == SG_NONE ||
         (mut.method == NAME_REMOVE ? !sg_loops__removes_at_index(m, it, mut.key) : !sg_loops_same(m, mut.key, it->key))))
      continue;
    fn(arg, it, &mut);
  }
}

/* `it = iter(X)` ... `while ...: next(it)`: the while loop iterates X. */
static bool sg_loops__while_next(const SemanticModel *m, uint32_t loop, LoopIteration *it) {
  const FlatTree *t = m->tree;
  uint32_t body = sg_flat_field(t, loop, FIELD_BODY);
  for (uint32_t i = loop; body != SG_NONE && i <= t->subtree_end[loop]; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    char buf[64];
    const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
    if (!q || strcmp(q, "builtins.next")) continue;
    uint32_t a0 = sg_loops_arg(t, i, 0);
    if (a0 == SG_NONE || t->kind[a0] != KIND_IDENTIFIER) continue;
    uint32_t sym = sg_model_node_symbol(m, a0);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (t->kind[v] != KIND_CALL) continue;
    const char *q2 = sg_resolve_qualified(m, sg_flat_field(t, v, FIELD_FUNCTION), buf, sizeof buf);
    uint32_t x = sg_loops_arg(t, v, 0);
    if (!q2 || strcmp(q2, "builtins.iter") || x == SG_NONE || !sg_loops__collection_expr(t, x)) continue;
    it->loop = loop;
    it->body = body;
    it->collection = x;
    it->via = ITERATION_OTHER;
    it->key = it->item = SG_NONE;
    return true;
  }
  return false;
}

void sg_loops_mutations(const SemanticModel *m, const Summaries *summaries, const uint32_t *only,
                        uint32_t only_count, LoopMutationFn fn, void *arg) {
  const FlatTree *t = m->tree;
  uint64_t work = 0;
  uint32_t n = only ? only_count : t->count;
  for (uint32_t j = 0; j < n; j++) {
    uint32_t i = only ? only[j] : j;
    uint16_t k = t->kind[i];
    if (k == KIND_WHILE_STATEMENT) {
      LoopIteration it = {0};
      it.self_symbol = SG_NONE;
      it.receiver = SG_NONE;
      it.work = &work;
      it.summaries = summaries;
      if (!sg_loops__while_next(m, i, &it) && !sg_loops__while_index(m, i, &it)) continue;
      it.symbol = t->kind[it.collection] == KIND_IDENTIFIER ? sg_model_node_symbol(m, it.collection) : SG_NONE;
      it.kind = sg_loops__kind(m, it.collection);
      it.inserts_missing = it.via != ITERATION_WHILE_INDEX && sg_loops__inserts_missing(m, it.collection, it.kind);
      sg_loops__scan(m, &it, fn, arg);
      continue;
    }
    if (k != KIND_FOR_STATEMENT && k != KIND_FOR_IN_CLAUSE) continue;
    IterSource src[SG_LOOPS__SOURCES];
    uint32_t count = sg_loops__sources(m, sg_flat_field(t, i, FIELD_RIGHT), src);
    for (uint32_t s = 0; s < count; s++) {
      bool seen = false;
      for (uint32_t r = 0; r < s && !seen; r++) seen = sg_loops_same(m, src[r].x, src[s].x);
      if (seen) continue;
      LoopIteration it = {0};
      it.loop = i;
      it.collection = src[s].x;
      it.via = src[s].via;
      it.self_symbol = src[s].self_symbol;
      it.receiver = src[s].receiver;
      it.work = &work;
      it.summaries = summaries;
      /* a comprehension: its element and conditions run per item */
      it.body = k == KIND_FOR_STATEMENT ? sg_flat_field(t, i, FIELD_BODY) : t->parent[i];
      if (it.body == SG_NONE) continue;
      uint32_t base = it.collection;
      it.symbol = t->kind[base] == KIND_IDENTIFIER ? sg_model_node_symbol(m, base) : SG_NONE;
      it.key = sg_loops__key_target(t, sg_flat_field(t, i, FIELD_LEFT), &src[s]);
      it.item = SG_NONE;
      if (it.via == ITERATION_ENUMERATE) {
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
        uint32_t first = left == SG_NONE ? SG_NONE : sg_flat_named_child(t, left);
        uint32_t second = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
        if (second != SG_NONE && t->kind[second] == KIND_IDENTIFIER) it.item = second;
      }
      it.kind = sg_loops__kind(m, it.collection);
      it.inserts_missing = sg_loops__inserts_missing(m, it.collection, it.kind);
      sg_loops__scan(m, &it, fn, arg);
    }
  }
}

ValueKind sg_loops_kind(const SemanticModel *m, const LoopIteration *it, const LoopMutation *mut) {
  if (it->kind != VALUE_UNKNOWN) return it->kind;
  if (it->via == ITERATION_KEYS || it->via == ITERATION_VALUES || it->via == ITERATION_ITEMS)
    return VALUE_DICT;
  if (mut->evidence != VALUE_UNKNOWN) return mut->evidence;
  /* del X['name'], X['k'] = v: string keys index a mapping */
  if (mut->key != SG_NONE && (m->tree->kind[mut->key] == KIND_STRING ||
                              m->tree->kind[mut->key] == KIND_CONCATENATED_STRING))
    return VALUE_DICT;
  /* `for key in table: del table[key]`: the items are keys */
  if (it->via == ITERATION_DIRECT && it->key != SG_NONE && mut->key != SG_NONE &&
      (mut->method == SG_NONE || mut->method == NAME_POP) && sg_loops_same(m, mut->key, it->key))
    return VALUE_DICT;
  /* remove/clear/del X[k] on an unknown collection: most often a list */
  return VALUE_LIST;
}

/* ---- growth that never ends, changes that skip nothing ------------------------- */

/* Does the loop body hold a break (of this loop), return or raise? */
static bool sg_loops__has_exit(const FlatTree *t, uint32_t body) {
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint16_t k = t->kind[i];
    if (i != body && (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_RETURN_STATEMENT || k == KIND_RAISE_STATEMENT) return true;
    if (k == KIND_BREAK_STATEMENT) {
      bool nested = false;
      for (uint32_t q = t->parent[i]; q != SG_NONE && q != body && !nested; q = t->parent[q])
        nested = t->kind[q] == KIND_FOR_STATEMENT || t->kind[q] == KIND_WHILE_STATEMENT;
      if (!nested) return true;
    }
  }
  return false;
}

/* Does expr read only `symbol` (and builtins)? */
static bool sg_loops__reads_only(const SemanticModel *m, uint32_t expr, uint32_t symbol) {
  bool any = false;
  for (uint32_t i = expr; i <= m->tree->subtree_end[expr]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE) continue;
    const Reference *ref = &m->references.items[r];
    if (ref->kind == REFERENCE_BUILTIN) continue;
    if (ref->symbol != symbol) return false;
    any = true;
  }
  return any;
}

bool sg_loops_endless(const SemanticModel *m, const LoopIteration *it, const LoopMutation *mut) {
  const FlatTree *t = m->tree;
  if (mut->kind != MUTATION_GROW || mut->leaves) return false;
  if (it->via != ITERATION_DIRECT && it->via != ITERATION_ENUMERATE) return false;
  if (t->kind[it->body] != KIND_BLOCK || t->kind[it->loop] != KIND_FOR_STATEMENT) return false;
  /* grows by at least one: append, or extend/+= with a non-empty display */
  uint32_t added = SG_NONE;
  if (mut->method == NAME_APPEND) {
    added = mut->key;
  } else if (mut->method == NAME_EXTEND || mut->method == SG_NONE) {
    uint32_t v = mut->method == NAME_EXTEND ? mut->key : SG_NONE;
    if (mut->method == SG_NONE) {
      uint32_t aug = t->kind[mut->node] == KIND_AUGMENTED_ASSIGNMENT ? mut->node : sg_flat_named_child(t, mut->node);
      if (aug == SG_NONE || t->kind[aug] != KIND_AUGMENTED_ASSIGNMENT) return false;
      uint32_t op = sg_flat_field(t, aug, FIELD_OPERATOR);
      if (op == SG_NONE || !sg_flat_text_is(t, op, "+=")) return false;
      v = sg_flat_field(t, aug, FIELD_RIGHT);
    }
    v = sg_flat_unparen(t, v);
    if (v == SG_NONE || (t->kind[v] != KIND_LIST && t->kind[v] != KIND_TUPLE) || sg_flat_named_child(t, v) == SG_NONE)
      return false;
  } else {
    return false;
  }
  if (sg_loops__has_exit(t, it->body)) return false;
  /* every iteration: the statement sits in the body itself, no `continue`
   * before it */
  uint32_t stmt = mut->node;
  while (stmt != SG_NONE && t->parent[stmt] != SG_NONE && t->parent[stmt] != it->body) {
    if (t->kind[t->parent[stmt]] == KIND_BLOCK && t->parent[t->parent[stmt]] != SG_NONE) {
      /* a nested block: only an `if` on the item alone re-adding the item */
      uint32_t owner = t->parent[stmt];
      uint32_t ctl = t->parent[owner];
      if (ctl != SG_NONE && t->kind[ctl] == KIND_ELIF_CLAUSE) ctl = SG_NONE;
      if (ctl == SG_NONE || t->kind[ctl] != KIND_IF_STATEMENT || t->field[owner] != FIELD_CONSEQUENCE) return false;
      uint32_t cond = sg_flat_field(t, ctl, FIELD_CONDITION);
      uint32_t sym = it->key != SG_NONE && it->via == ITERATION_DIRECT ? sg_model_node_symbol(m, it->key) : SG_NONE;
      uint32_t a = added == SG_NONE ? SG_NONE : sg_flat_unparen(t, added);
      if (sym == SG_NONE || cond == SG_NONE || a == SG_NONE || t->kind[a] != KIND_IDENTIFIER ||
          sg_model_node_symbol(m, a) != sym || !sg_loops__reads_only(m, cond, sym))
        return false;
    }
    stmt = t->parent[stmt];
  }
  if (stmt == SG_NONE || t->parent[stmt] != it->body) return false;
  for (uint32_t s = sg_flat_named_child(t, it->body); s != SG_NONE && s != stmt; s = sg_flat_next_named(t, s))
    for (uint32_t i = s; i <= t->subtree_end[s]; i++)
      if (t->kind[i] == KIND_CONTINUE_STATEMENT) return false;
  return true;
}

/* `for j in range(i + 1, ...)` with i the loop's index: j is ahead of it. */
static bool sg_loops__ahead(const SemanticModel *m, const LoopIteration *it, uint32_t key) {
  const FlatTree *t = m->tree;
  key = sg_flat_unparen(t, key);
  if (key == SG_NONE || it->key == SG_NONE) return false;
  uint32_t start = SG_NONE;
  if (t->kind[key] == KIND_BINARY_OPERATOR) {
    start = key;
  } else if (t->kind[key] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, key);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_FOR_TARGET || !sg_flat_is_ancestor(t, it->body, bd->context)) return false;
    uint32_t r = sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_RIGHT));
    char buf[64];
    const char *q = r != SG_NONE && t->kind[r] == KIND_CALL
                        ? sg_resolve_qualified(m, sg_flat_field(t, r, FIELD_FUNCTION), buf, sizeof buf)
                        : NULL;
    if (!q || strcmp(q, "builtins.range") || sg_loops_arg(t, r, 1) == SG_NONE) return false;
    start = sg_loops_arg(t, r, 0);
  }
  /* i + <positive integer> */
  if (start == SG_NONE || t->kind[start] != KIND_BINARY_OPERATOR) return false;
  uint32_t op = sg_flat_field(t, start, FIELD_OPERATOR);
  uint32_t l = sg_flat_unparen(t, sg_flat_field(t, start, FIELD_LEFT));
  uint32_t rr = sg_flat_unparen(t, sg_flat_field(t, start, FIELD_RIGHT));
  if (op == SG_NONE || t->kind[op] != KIND_TOKEN_PLUS || l == SG_NONE || rr == SG_NONE) return false;
  if (!sg_loops_same(m, l, it->key) || t->kind[rr] != KIND_INTEGER) return false;
  uint32_t len;
  const char *txt = sg_flat_text(t, rr, &len);
  return len > 0 && !(len == 1 && txt[0] == '0');
}

bool sg_loops_harmless(const SemanticModel *m, const LoopIteration *it, const LoopMutation *mut) {
  const FlatTree *t = m->tree;
  /* X[a:b] = [f(v) for v in X[a:b]]: the same length */
  if (mut->kind == MUTATION_RESIZE && mut->method == SG_NONE && mut->key != SG_NONE) {
    uint32_t assign = t->kind[mut->node] == KIND_ASSIGNMENT ? mut->node : sg_flat_named_child(t, mut->node);
    uint32_t v = assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT
                     ? SG_NONE : sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_RIGHT));
    if (v != SG_NONE && t->kind[v] == KIND_LIST_COMPREHENSION) {
      bool filtered = false, same = false;
      for (uint32_t c = sg_flat_named_child(t, v); c != SG_NONE; c = sg_flat_next_named(t, c)) {
        if (t->kind[c] == KIND_IF_CLAUSE || (t->kind[c] == KIND_FOR_IN_CLAUSE && same)) filtered = true;
        if (t->kind[c] == KIND_FOR_IN_CLAUSE && !same) {
          uint32_t src = sg_flat_unparen(t, sg_flat_field(t, c, FIELD_RIGHT));
          uint32_t left = sg_flat_field(t, assign, FIELD_LEFT);
          uint32_t len1, len2;
          const char *a = src == SG_NONE ? NULL : sg_flat_text(t, src, &len1);
          const char *b = left == SG_NONE ? NULL : sg_flat_text(t, left, &len2);
          same = a && b && len1 == len2 && !memcmp(a, b, len1);
          if (!same) filtered = true;
        }
      }
      if (same && !filtered) return true;
    }
    return false;
  }
  /* X.insert(0, X.pop(i)) at the cursor: moves the item before it */
  if (mut->method == NAME_INSERT || mut->method == NAME_POP) {
    uint32_t call = mut->node;
    if (mut->method == NAME_POP) {
      uint32_t args = t->parent[call];
      call = args == SG_NONE ? SG_NONE : t->parent[args];
      uint32_t attr, obj;
      if (call == SG_NONE || t->kind[call] != KIND_CALL || !sg_loops_method_call(t, call, &attr, &obj) ||
          attr == SG_NONE || t->name_id[attr] != NAME_INSERT)
        return false;
    }
    uint32_t pos = sg_loops_arg(t, call, 0), moved = sg_loops_arg(t, call, 1);
    if (pos == SG_NONE || moved == SG_NONE || t->kind[pos] != KIND_INTEGER || !sg_flat_text_is(t, pos, "0") ||
        t->kind[moved] != KIND_CALL)
      return false;
    uint32_t attr, obj;
    uint32_t at = sg_loops_arg(t, moved, 0);
    return sg_loops_method_call(t, moved, &attr, &obj) && attr != SG_NONE && t->name_id[attr] == NAME_POP &&
           at != SG_NONE && it->key != SG_NONE && sg_loops_same(m, obj, it->collection) &&
           sg_loops_same(m, at, it->key);
  }
  /* del X[j] / X.pop(j) with j ahead of the cursor */
  if (mut->kind == MUTATION_SHRINK && mut->key != SG_NONE && t->kind[mut->key] != KIND_SLICE &&
      (mut->method == SG_NONE || mut->method == NAME_POP) &&
      (it->via == ITERATION_ENUMERATE || it->via == ITERATION_INDEX))
    return sg_loops__ahead(m, it, mut->key);
  return false;
}

/* ---- a `while i < len(X)` loop that advances past a removal ---------------- */

/* `i += 1` or `i = i + 1`. */
static bool sg_loops__increments(const SemanticModel *m, uint32_t stmt, uint32_t index) {
  const FlatTree *t = m->tree;
  uint32_t e = t->kind[stmt] == KIND_EXPRESSION_STATEMENT ? sg_flat_named_child(t, stmt) : stmt;
  if (e == SG_NONE) return false;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_LEFT));
  uint32_t right = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_RIGHT));
  if (left == SG_NONE || right == SG_NONE || !sg_loops_same(m, left, index)) return false;
  if (t->kind[e] == KIND_AUGMENTED_ASSIGNMENT) {
    uint32_t op = sg_flat_field(t, e, FIELD_OPERATOR);
    return op != SG_NONE && sg_flat_text_is(t, op, "+=") && t->kind[right] == KIND_INTEGER && !sg_flat_text_is(t, right, "0");
  }
  if (t->kind[e] != KIND_ASSIGNMENT || t->kind[right] != KIND_BINARY_OPERATOR) return false;
  uint32_t op = sg_flat_field(t, right, FIELD_OPERATOR);
  uint32_t a = sg_flat_unparen(t, sg_flat_field(t, right, FIELD_LEFT)), b = sg_flat_unparen(t, sg_flat_field(t, right, FIELD_RIGHT));
  return op != SG_NONE && t->kind[op] == KIND_TOKEN_PLUS && a != SG_NONE && b != SG_NONE &&
         sg_loops_same(m, a, index) && t->kind[b] == KIND_INTEGER && !sg_flat_text_is(t, b, "0");
}

/* Does the statement bind `index`, or hold a `continue` of the loop? */
static bool sg_loops__disturbs(const SemanticModel *m, uint32_t stmt, uint32_t index) {
  const FlatTree *t = m->tree;
  for (uint32_t i = stmt; i <= t->subtree_end[stmt]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA ||
        k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_CONTINUE_STATEMENT) return true;
    if (k == KIND_IDENTIFIER && m->node_binding[i] != SG_NONE && sg_loops_same(m, i, index)) return true;
  }
  return false;
}

uint32_t sg_loops_advance_after(const SemanticModel *m, const LoopIteration *it, const LoopMutation *mut) {
  const FlatTree *t = m->tree;
  if (it->via != ITERATION_WHILE_INDEX || it->key == SG_NONE) return SG_NONE;
  uint32_t c = mut->node;
  while (c != SG_NONE && t->parent[c] != SG_NONE && t->kind[t->parent[c]] != KIND_BLOCK) c = t->parent[c];
  /* the statement holding the removal; then the statements after it, block
   * by block up to the loop's body */
  if (c == SG_NONE || t->parent[c] == SG_NONE || sg_loops__disturbs(m, c, it->key)) return SG_NONE;
  while (c != SG_NONE) {
    uint32_t block = t->parent[c];
    for (uint32_t s = sg_flat_next_named(t, c); s != SG_NONE; s = sg_flat_next_named(t, s)) {
      if (sg_loops__increments(m, s, it->key)) return s;
      if (sg_loops__disturbs(m, s, it->key) || sg_loops__always_leaves(t, s, false)) return SG_NONE;
    }
    if (block == it->body) return SG_NONE;
    /* up to the statement that owns the block: an if/elif/else, a with, a
     * try; never past another loop */
    uint32_t owner = t->parent[block];
    if (owner != SG_NONE && (t->kind[owner] == KIND_ELIF_CLAUSE || t->kind[owner] == KIND_ELSE_CLAUSE))
      owner = t->parent[owner];
    if (owner == SG_NONE || t->kind[owner] == KIND_FOR_STATEMENT || t->kind[owner] == KIND_WHILE_STATEMENT ||
        t->kind[owner] == KIND_FUNCTION_DEFINITION || t->kind[owner] == KIND_CLASS_DEFINITION)
      return SG_NONE;
    while (owner != SG_NONE && t->parent[owner] != SG_NONE && t->kind[t->parent[owner]] != KIND_BLOCK)
      owner = t->parent[owner];
    c = owner;
    if (c == SG_NONE || !sg_flat_is_ancestor(t, it->body, c)) return SG_NONE;
  }
  return SG_NONE;
}

bool sg_loops_target_name(const SemanticModel *m, const LoopIteration *it, uint32_t key) {
  const FlatTree *t = m->tree;
  key = key == SG_NONE ? SG_NONE : sg_flat_unparen(t, key);
  if (key == SG_NONE || t->kind[key] != KIND_IDENTIFIER) return false;
  if (t->kind[it->loop] != KIND_FOR_STATEMENT && t->kind[it->loop] != KIND_FOR_IN_CLAUSE) return false;
  uint32_t left = sg_flat_field(t, it->loop, FIELD_LEFT);
  if (left == SG_NONE) return false;
  for (uint32_t i = left; i <= t->subtree_end[left]; i++)
    if (t->kind[i] == KIND_IDENTIFIER && m->node_binding[i] != SG_NONE && sg_loops_same(m, i, key)) return true;
  return false;
}
