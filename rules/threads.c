/* Helpers shared by the SNG5xx rules (see threads.h). */
#include <string.h>

#include "analyses/resolve.h"
#include "analyses/values.h"
#include "rules/threads.h"

uint32_t sg_threads_base(const FlatTree *t, uint32_t e) {
  e = sg_flat_unparen(t, e);
  while (e != SG_NONE && (t->kind[e] == KIND_SUBSCRIPT || t->kind[e] == KIND_ATTRIBUTE)) {
    if (t->kind[e] == KIND_ATTRIBUTE) {
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
      /* keep `self.attr` as the base */
      if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) return e;
      e = obj;
    } else {
      e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE));
    }
  }
  return e;
}

/* Does `expr` (an RHS or a condition) read the same thing as `target`? */
static bool sg_threads__reads(const SemanticModel *m, uint32_t expr, uint32_t target) {
  const FlatTree *t = m->tree;
  uint32_t len;
  const char *want = sg_flat_text(t, target, &len);
  /* for `d[k]`: the container d itself (`self.store._data`), whose `.get` reads it */
  uint32_t base = t->kind[target] == KIND_SUBSCRIPT ? sg_flat_unparen(t, sg_flat_field(t, target, FIELD_VALUE))
                                                    : sg_threads_base(t, target);
  uint32_t blen = 0;
  const char *btext = base == SG_NONE ? "" : sg_flat_text(t, base, &blen);
  for (uint32_t i = expr; expr != SG_NONE && i <= t->subtree_end[expr]; i++) {
    uint32_t l;
    const char *s = sg_flat_text(t, i, &l);
    if ((t->kind[i] == t->kind[target] && l == len && !memcmp(s, want, len))) return true;
    /* d.get(k, 0) for d[k] */
    if (t->kind[target] == KIND_SUBSCRIPT && t->kind[i] == KIND_CALL && base != SG_NONE) {
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
        uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        uint32_t ol = 0;
        const char *os = obj == SG_NONE ? "" : sg_flat_text(t, obj, &ol);
        if (attr != SG_NONE && sg_flat_text_is(t, attr, "get") && obj != SG_NONE && ol == blen &&
            !memcmp(os, btext, blen))
          return true;
      }
    }
  }
  return false;
}

/* `k in d` / `k not in d` */
static bool sg_threads__membership(const FlatTree *t, uint32_t cmp) {
  for (uint32_t c = t->first_child[cmp]; c != SG_NONE; c = t->next_sibling[c])
    if (!(t->flags[c] & FLAT_NAMED) && (t->kind[c] == KIND_TOKEN_IN || sg_flat_text_is(t, c, "not in")))
      return true;
  return false;
}

/* `tmp = x; ...; x = tmp - 1`: the RHS reads a local whose only binding
 * was computed from the target. */
static bool sg_threads__via_temporary(const SemanticModel *m, uint32_t right, uint32_t target) {
  const FlatTree *t = m->tree;
  for (uint32_t i = right; i <= t->subtree_end[right]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE || m->references.items[r].kind != REFERENCE_LOCAL) continue;
    uint32_t sym = m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE && t->start_byte[bd->node] < t->start_byte[right] &&
        sg_threads__reads(m, bd->value, target))
      return true;
  }
  return false;
}

/* `O.get(K...)` (or `O.load`/`O.read`) with O and K as given: is e one? */
/* Is getter text g (len gl) the reader that pairs with setter text s: `get`/
 * `load`/`read` for `set`/`put`; `<n>` or `get_<n>` for `set_<n>`;
 * `get<N>` for `set<N>`? */
static bool sg_threads__pairs(const char *s, uint32_t sl, const char *g, uint32_t gl) {
  if ((sl == 3 && !memcmp(s, "set", 3)) || (sl == 3 && !memcmp(s, "put", 3)))
    return (gl == 3 && !memcmp(g, "get", 3)) || (gl == 4 && !memcmp(g, "load", 4)) || (gl == 4 && !memcmp(g, "read", 4));
  if (sl > 4 && !memcmp(s, "set_", 4)) {
    const char *n = s + 4;
    uint32_t nl = sl - 4;
    return (gl == nl && !memcmp(g, n, nl)) || (gl == nl + 4 && !memcmp(g, "get_", 4) && !memcmp(g + 4, n, nl));
  }
  if (sl > 3 && !memcmp(s, "set", 3) && s[3] >= 'A' && s[3] <= 'Z')
    return gl == sl && !memcmp(g, "get", 3) && !memcmp(g + 3, s + 3, sl - 3);
  return false;
}

/* The attribute `self.<a>` whose item the file's one method `name` stores
 * under its first parameter (`self._rows[sku] = quantity`, store), or
 * returns (`return self._rows[sku]`, `.get(sku, ...)`): a's name id, or
 * SG_NONE. */
static uint32_t sg_threads__item_accessor(const SemanticModel *m, uint32_t name, bool store) {
  const FlatTree *t = m->tree;
  uint32_t def = sg_model_only_method(m, name);
  uint32_t p1 = SG_NONE, body = def == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_BODY);
  uint32_t params = def == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t first = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params);
  uint32_t second = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
  if (second != SG_NONE && t->kind[second] == KIND_IDENTIFIER) p1 = sg_model_node_symbol(m, second);
  if (p1 == SG_NONE || body == SG_NONE) return SG_NONE;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint32_t item = SG_NONE;
    if (store && t->kind[i] == KIND_ASSIGNMENT) {
      item = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    } else if (!store && t->kind[i] == KIND_RETURN_STATEMENT) {
      uint32_t v = sg_flat_unparen(t, sg_flat_named_child(t, i));
      item = v;
      if (v != SG_NONE && t->kind[v] == KIND_CALL) {  /* `self._rows.get(sku, 0)` */
        uint32_t f = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
        uint32_t a = f != SG_NONE && t->kind[f] == KIND_ATTRIBUTE ? sg_flat_field(t, f, FIELD_ATTRIBUTE) : SG_NONE;
        uint32_t k = sg_flat_unparen(t, sg_flat_call_arg(t, v, 0, NULL));
        if (a == SG_NONE || !sg_flat_text_is(t, a, "get") || k == SG_NONE || t->kind[k] != KIND_IDENTIFIER ||
            sg_model_node_symbol(m, k) != p1)
          continue;
        uint32_t o = sg_flat_unparen(t, sg_flat_field(t, f, FIELD_OBJECT));
        uint32_t oo = o != SG_NONE && t->kind[o] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, o, FIELD_OBJECT)) : SG_NONE;
        if (oo != SG_NONE && t->kind[oo] == KIND_IDENTIFIER && t->name_id[oo] == NAME_SELF)
          return t->name_id[sg_flat_field(t, o, FIELD_ATTRIBUTE)];
        continue;
      }
    }
    if (item == SG_NONE || t->kind[item] != KIND_SUBSCRIPT) continue;
    uint32_t k = sg_flat_unparen(t, sg_flat_field(t, item, FIELD_SUBSCRIPT));
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, item, FIELD_VALUE));
    uint32_t oo = o != SG_NONE && t->kind[o] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, o, FIELD_OBJECT)) : SG_NONE;
    if (k == SG_NONE || t->kind[k] != KIND_IDENTIFIER || sg_model_node_symbol(m, k) != p1 || oo == SG_NONE ||
        t->kind[oo] != KIND_IDENTIFIER || t->name_id[oo] != NAME_SELF)
      continue;
    return t->name_id[sg_flat_field(t, o, FIELD_ATTRIBUTE)];
  }
  return SG_NONE;
}

static bool sg_threads__getter_of(const SemanticModel *m, uint32_t e, uint32_t obj, uint32_t key, uint32_t setter) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || t->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
  uint32_t name = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (name == SG_NONE) return false;
  /* the same object and key first (cheap), then the pairing */
  uint32_t k = sg_flat_call_arg(t, e, 0, NULL);
  if (k == SG_NONE || !sg_flat_same_text(t, sg_flat_field(t, fn, FIELD_OBJECT), obj) || !sg_flat_same_text(t, k, key))
    return false;
  uint32_t sl, gl;
  const char *st = sg_flat_text(t, setter, &sl), *gt = sg_flat_text(t, name, &gl);
  /* paired by name (`get`/`set`), or by what the two methods do to one
   * attribute's items (`fetch` returns `self._rows[sku]`, `store` sets it) */
  if (sg_threads__pairs(st, sl, gt, gl)) return true;
  uint32_t a = sg_threads__item_accessor(m, t->name_id[setter], true);
  return a != SG_NONE && sg_threads__item_accessor(m, t->name_id[name], false) == a;
}

/* `O.set(K, V)` (or `put`, `set_<n>`: with `get`, `<n>`, `get_<n>`) whose V
 * reads `O.get(K)` directly or through a local bound once from it: a
 * read-modify-write through an object's accessors, each of which may lock
 * on its own. The object expression O, or SG_NONE. */
static uint32_t sg_threads__getter_setter(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  uint32_t name = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
  if (name == SG_NONE) return SG_NONE;
  /* two positional arguments, key and value (cheap tests first); the
   * setter is matched to a getter below, by name or by what they do */
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
  uint32_t key = sg_flat_call_arg(t, call, 0, NULL), value = sg_flat_call_arg(t, call, 1, NULL);
  if (obj == SG_NONE || key == SG_NONE || value == SG_NONE || sg_flat_call_arg(t, call, 2, NULL) != SG_NONE ||
      t->kind[key] == KIND_KEYWORD_ARGUMENT || t->kind[value] == KIND_KEYWORD_ARGUMENT)
    return SG_NONE;
  for (uint32_t i = value; i <= t->subtree_end[value]; i++) {
    if (sg_threads__getter_of(m, i, obj, key, name)) return obj;
    uint32_t r = t->kind[i] == KIND_IDENTIFIER ? m->node_reference[i] : SG_NONE;
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->references.items[r].kind != REFERENCE_LOCAL || m->symbols.items[sym].binding_count != 1)
      continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE && t->start_byte[bd->node] < t->start_byte[call] &&
        sg_threads__getter_of(m, bd->value, obj, key, name))
      return obj;
  }
  return SG_NONE;
}

/* Does cond test a local bound once from `self.m(...)` (`berth =
 * self._first_free(n)`, `if berth is None: return`), where the method m of
 * the class reads `self.<a>`, the attribute under `X[k]`? */
static bool sg_threads__reads_through_method(const SemanticModel *m, uint32_t cond, uint32_t left) {
  const FlatTree *t = m->tree;
  uint32_t base = t->kind[left] == KIND_SUBSCRIPT ? sg_flat_unparen(t, sg_flat_field(t, left, FIELD_VALUE)) : SG_NONE;
  uint32_t bo = base != SG_NONE && t->kind[base] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, base, FIELD_OBJECT)) : SG_NONE;
  if (bo == SG_NONE || t->kind[bo] != KIND_IDENTIFIER || t->name_id[bo] != NAME_SELF) return false;
  uint32_t attr = t->name_id[sg_flat_field(t, base, FIELD_ATTRIBUTE)];
  uint32_t fs = sg_model_function_scope(m, m->node_scope[left]);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return false;
  for (uint32_t i = cond; i <= t->subtree_end[cond]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER) continue;
    const Binding *bd = sg_value_sole_binding(m, i);
    uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
    uint32_t f = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)) : SG_NONE;
    uint32_t o = f != SG_NONE && t->kind[f] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, f, FIELD_OBJECT)) : SG_NONE;
    if (o == SG_NONE || t->kind[o] != KIND_IDENTIFIER || t->name_id[o] != NAME_SELF) continue;
    uint32_t ms = sg_summaries_method(m, cls, t->name_id[sg_flat_field(t, f, FIELD_ATTRIBUTE)]);
    uint32_t body = ms == SG_NONE ? SG_NONE : m->scopes.items[ms].body;
    for (uint32_t j = body; body != SG_NONE && j <= t->subtree_end[body]; j++) {
      if (t->kind[j] != KIND_ATTRIBUTE) continue;
      uint32_t jo = sg_flat_unparen(t, sg_flat_field(t, j, FIELD_OBJECT)), ja = sg_flat_field(t, j, FIELD_ATTRIBUTE);
      if (jo != SG_NONE && ja != SG_NONE && t->kind[jo] == KIND_IDENTIFIER && t->name_id[jo] == NAME_SELF &&
          t->name_id[ja] == attr)
        return true;
    }
  }
  return false;
}

/* For `X[k] = v` at assignment i: an earlier statement of the same block,
 * `if <test reading X[k]>:` whose body leaves (return, raise, continue,
 * break) — the check of a check-then-act. SG_NONE when none. */
static uint32_t sg_threads__guard_before(const SemanticModel *m, uint32_t i, uint32_t left) {
  const FlatTree *t = m->tree;
  uint32_t stmt = t->parent[i];
  if (stmt == SG_NONE || t->kind[stmt] != KIND_EXPRESSION_STATEMENT) stmt = i;
  /* its block, then (through an `if` holding it: `if confirm(): X[k] = v`)
   * the blocks around, up to the function */
  for (int up = 0; up < 4 && stmt != SG_NONE; up++) {
    uint32_t block = t->parent[stmt];
    if (block == SG_NONE || t->kind[block] != KIND_BLOCK) return SG_NONE;
    /* within the first 64 statements of its block (a long block is not read
     * again for each of its stores) */
    int budget = 64;
    for (uint32_t s = sg_flat_named_child(t, block); s != SG_NONE && s != stmt && budget-- > 0; s = sg_flat_next_named(t, s)) {
      if (t->kind[s] != KIND_IF_STATEMENT) continue;
      uint32_t cond = sg_flat_field(t, s, FIELD_CONDITION), body = sg_flat_field(t, s, FIELD_CONSEQUENCE);
      if (cond == SG_NONE || body == SG_NONE ||
          (!sg_threads__reads(m, cond, left) && !sg_threads__reads_through_method(m, cond, left)))
        continue;
      if (sg_flat_block_leaves(t, body)) return s;
    }
    uint32_t holder = t->parent[block];
    if (holder == SG_NONE || t->kind[holder] != KIND_IF_STATEMENT || t->field[block] != FIELD_CONSEQUENCE) return SG_NONE;
    stmt = holder;
  }
  return SG_NONE;
}

/* For `X = v` (a name or attribute) at assignment i: the `if` that tests
 * X (`X is None`, `not X`, `X is None or ...`) outside a `with` block that
 * holds the assignment, with no test of X between that `with` and it —
 * lazy initialization whose test is not repeated under the lock. With
 * unlocked, no `with` is needed: a lazy initialization with no lock at
 * all (asked only in a function that runs on several threads at once).
 * Else SG_NONE. */
static uint32_t sg_threads__tested_then_locked(const SemanticModel *m, uint32_t i, uint32_t left, bool unlocked) {
  const FlatTree *t = m->tree;
  /* shared state only: an attribute, or a module global (not a local) */
  if (t->kind[left] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, left);
    if (sym == SG_NONE || (m->symbols.items[sym].scope != 0 && !(m->symbols.items[sym].flags & SYMBOL_GLOBAL)))
      return SG_NONE;
  }
  bool with = false;
  for (uint32_t p = t->parent[i]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return SG_NONE;
    if (k == KIND_WITH_STATEMENT) with = true;
    if (k != KIND_IF_STATEMENT && k != KIND_WHILE_STATEMENT) continue;
    uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
    bool tests = cond != SG_NONE && sg_threads__reads(m, cond, left);
    if (!tests) continue;
    if ((!with && !unlocked) || k != KIND_IF_STATEMENT) return SG_NONE;  /* re-tested under the lock, or a loop */
    /* `X is None` or `not X` (a lazy initialization's test) */
    for (uint32_t q = cond; q <= t->subtree_end[cond]; q++) {
      if (t->kind[q] == KIND_NOT_OPERATOR) {
        uint32_t arg = sg_flat_unparen(t, sg_flat_field(t, q, FIELD_ARGUMENT));
        if (arg != SG_NONE && sg_threads__reads(m, arg, left) && t->subtree_end[arg] == t->subtree_end[q]) return p;
      }
      if (t->kind[q] == KIND_COMPARISON_OPERATOR && sg_threads__reads(m, q, left))
        for (uint32_t c = t->first_child[q]; c != SG_NONE; c = t->next_sibling[c])
          if (t->kind[c] == KIND_NONE) return p;
    }
    return SG_NONE;
  }
  return SG_NONE;
}

/* For a call `X.add(k)` (a method that changes X in place: add, append,
 * insert, extend, update, setdefault, remove, pop, discard) on an
 * attribute or module global X: the `if` whose test asks whether k is
 * in X (`k not in X`, `k in X`) or how big X is (`len(X) < n`), outside a
 * `with` block that holds the call and not asked again inside it — a
 * check-then-act (`if url not in self.seen: ... with self._lock:
 * self.seen.add(url)`). With unlocked, no `with` is needed (asked only in
 * a function that runs on several threads at once). Else SG_NONE; *recv
 * is X. */
static uint32_t sg_threads__membership_act(const SemanticModel *m, uint32_t call, bool unlocked, uint32_t *recv) {
  const FlatTree *t = m->tree;
  static const char *const changes[] = {"add", "append", "appendleft", "insert", "extend", "update",
                                        "setdefault", "remove", "pop", "discard"};
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || attr == SG_NONE) return SG_NONE;
  bool change = false;
  for (size_t c = 0; c < sizeof changes / sizeof *changes && !change; c++) change = sg_flat_text_is(t, attr, changes[c]);
  if (!change) return SG_NONE;
  if (t->kind[obj] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, obj);
    if (sym == SG_NONE || m->symbols.items[sym].scope != 0) return SG_NONE;  /* a module global */
  } else if (t->kind[obj] != KIND_ATTRIBUTE) {
    return SG_NONE;
  }
  bool with = false;
  for (uint32_t p = t->parent[call]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return SG_NONE;
    if (k == KIND_WITH_STATEMENT) {
      /* asked again under the lock before the act (`with lock: if url in
       * self.seen: return` ... `self.seen.add(url)`): double-checked */
      for (uint32_t q = p; q <= t->subtree_end[p] && t->start_byte[q] < t->start_byte[call]; q++)
        if ((t->kind[q] == KIND_IF_STATEMENT || t->kind[q] == KIND_WHILE_STATEMENT) &&
            sg_threads__reads(m, sg_flat_field(t, q, FIELD_CONDITION), obj))
          return SG_NONE;
      with = true;
    }
    if (k != KIND_IF_STATEMENT && k != KIND_WHILE_STATEMENT && k != KIND_ELIF_CLAUSE) continue;
    uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
    if (cond == SG_NONE || !sg_threads__reads(m, cond, obj)) continue;
    if ((!with && !unlocked) || k == KIND_WHILE_STATEMENT) return SG_NONE;  /* asked under the lock, or a loop */
    for (uint32_t q = cond; q <= t->subtree_end[cond]; q++) {
      if (t->kind[q] != KIND_COMPARISON_OPERATOR || !sg_threads__reads(m, q, obj)) continue;
      if (sg_threads__membership(t, q)) {
        *recv = obj;
        return k == KIND_ELIF_CLAUSE ? t->parent[p] : p;
      }
      /* `len(X) < n`: the size of X itself */
      for (uint32_t c = t->first_child[q]; c != SG_NONE; c = t->next_sibling[c]) {
        uint32_t f = t->kind[c] == KIND_CALL ? sg_flat_field(t, c, FIELD_FUNCTION) : SG_NONE;
        uint32_t a = f == SG_NONE ? SG_NONE : sg_flat_call_arg(t, c, 0, NULL);
        if (f != SG_NONE && sg_flat_text_is(t, f, "len") && a != SG_NONE && sg_threads__reads(m, a, obj)) {
          *recv = obj;
          return k == KIND_ELIF_CLAUSE ? t->parent[p] : p;
        }
      }
    }
    return SG_NONE;
  }
  return SG_NONE;
}

/* Does cond test `v is None` or `not v` for a local bound from
 * `X.get(...)` (sg_value_none_tested_get), X reading base? */
static bool sg_threads__got_none(const SemanticModel *m, uint32_t cond, uint32_t base) {
  const FlatTree *t = m->tree;
  uint32_t cursor = SG_NONE;
  for (uint32_t call; (call = sg_value_none_tested_get(m, cond, &cursor)) != SG_NONE;)
    if (sg_threads__reads(m, sg_flat_field(t, sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION)), FIELD_OBJECT), base))
      return true;
  return false;
}

/* Does class scope cls derive from threading.local (directly, or through
 * same-file bases, a few levels)? */
static bool sg_threads__local_class(const SemanticModel *m, uint32_t cls, int depth) {
  const FlatTree *t = m->tree;
  if (cls == SG_NONE || depth > 4) return false;
  uint32_t bases = sg_flat_field(t, m->scopes.items[cls].node, FIELD_SUPERCLASSES);
  for (uint32_t b = bases == SG_NONE ? SG_NONE : sg_flat_named_child(t, bases); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (sg_resolve_is(m, b, "threading.local") || sg_resolve_is(m, b, "_threading_local.local")) return true;
    uint32_t sym = t->kind[b] == KIND_IDENTIFIER ? sg_model_node_symbol(m, b) : SG_NONE;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind == BINDING_KIND_CLASS && sg_threads__local_class(m, m->node_own_scope[bd->context], depth + 1))
      return true;
  }
  return false;
}

/* Is target an attribute (or item) of a `threading.local()` object, or of
 * an instance of a class based on it (`self` in its methods)? Each thread
 * sees its own attributes: nothing is shared. */
static bool sg_threads__thread_local(const SemanticModel *m, uint32_t target) {
  const FlatTree *t = m->tree;
  if (t->kind[target] != KIND_ATTRIBUTE && t->kind[target] != KIND_SUBSCRIPT) return false;
  uint32_t base = sg_threads_base(t, target);
  if (base == SG_NONE || t->kind[base] != KIND_IDENTIFIER) return false;
  char buf[64];
  const char *q = sg_concurrency_made_by(m, base, buf, sizeof buf);
  if (q && (!strcmp(q, "threading.local") || !strcmp(q, "_threading_local.local"))) return true;
  return sg_threads__local_class(m, sg_classes_instance_class(m, base), 0);
}

void sg_threads_rmw(RuleContext *ctx, uint32_t scope,
                    void (*fn)(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg), void *arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Scope *sc = &m->scopes.items[scope];
  for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
      i = t->subtree_end[i];
      continue;
    }
    ReadModifyWrite rmw = {SG_NONE, SG_NONE, false, SG_NONE};
    if (k == KIND_CALL) {
      /* store.set(key, store.get(key) + 1), also through a local */
      rmw.target = sg_threads__getter_setter(m, i);
      /* if k not in X: ... X.add(k), the test outside the lock that holds the act */
      uint32_t recv = SG_NONE;
      if (rmw.target == SG_NONE &&
          ((rmw.check = sg_threads__membership_act(m, i, false, &recv)) != SG_NONE ||
           (ctx->threads && ctx->threads->runs_concurrently[scope] &&
            (rmw.check = sg_threads__membership_act(m, i, true, &recv)) != SG_NONE))) {
        rmw.target = recv;
        rmw.check_then_act = true;
      }
    } else if (k == KIND_AUGMENTED_ASSIGNMENT) {
      rmw.target = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    } else if (k == KIND_ASSIGNMENT) {
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
      uint32_t right = sg_flat_field(t, i, FIELD_RIGHT);
      if (left == SG_NONE || right == SG_NONE) continue;
      uint16_t lk = t->kind[left];
      if (lk != KIND_IDENTIFIER && lk != KIND_ATTRIBUTE && lk != KIND_SUBSCRIPT) continue;
      if (sg_threads__reads(m, right, left) || sg_threads__via_temporary(m, right, left)) {
        rmw.target = left;
      } else if (lk != KIND_SUBSCRIPT && (rmw.check = sg_threads__tested_then_locked(m, i, left, false)) != SG_NONE) {
        rmw.target = left;
        rmw.check_then_act = true;
      } else if (lk != KIND_SUBSCRIPT && ctx->threads && ctx->threads->runs_concurrently[scope] &&
                 (rmw.check = sg_threads__tested_then_locked(m, i, left, true)) != SG_NONE) {
        /* if X is None: with lock: X = make() (no second test under the lock) */
        rmw.target = left;
        rmw.check_then_act = true;
      } else if (lk == KIND_SUBSCRIPT) {
        /* check-then-act: if k not in d: d[k] = ... */
        for (uint32_t p = t->parent[i]; p != SG_NONE; p = t->parent[p]) {
          if (t->kind[p] == KIND_FUNCTION_DEFINITION) break;
          if (t->kind[p] != KIND_IF_STATEMENT) continue;
          uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
          uint32_t base = sg_threads_base(t, left);
          bool tests = false;
          for (uint32_t q = cond; cond != SG_NONE && q <= t->subtree_end[cond] && !tests; q++)
            tests = t->kind[q] == KIND_COMPARISON_OPERATOR && base != SG_NONE &&
                    sg_threads__reads(m, q, base) &&
                    sg_threads__membership(t, q);
          /* `v = d.get(k)` ... `if v is None: d[k] = ...` */
          if (!tests && cond != SG_NONE && base != SG_NONE) tests = sg_threads__got_none(m, cond, base);
          if (tests) {
            rmw.target = left;
            rmw.check_then_act = true;
            rmw.check = p;
          }
          break;
        }
        /* `if X[k] is not None: return` then `X[k] = v`: a guard before it */
        if (rmw.target == SG_NONE && (rmw.check = sg_threads__guard_before(m, i, left)) != SG_NONE) {
          rmw.target = left;
          rmw.check_then_act = true;
        }
      }
    }
    if (rmw.target == SG_NONE || sg_threads__thread_local(m, rmw.target)) continue;
    uint32_t stmt = t->parent[i];
    rmw.statement = stmt != SG_NONE && t->kind[stmt] == KIND_EXPRESSION_STATEMENT ? stmt : i;
    fn(ctx, scope, &rmw, arg);
  }
}

bool sg_threads_called_under_lock(RuleContext *ctx, uint32_t scope) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t def = m->scopes.items[scope].node;
  uint32_t name = sg_flat_field(t, def, FIELD_NAME), cls = m->scopes.items[scope].parent;
  if (name == SG_NONE) return false;
  bool method = cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS;
  /* its calls (the model's index of calls by name): `f(...)` naming this
   * def, or `self.m(...)` in a method of its class; `d.get(...)` on some
   * other object is not this `get` */
  uint32_t first, end, calls = 0;
  sg_model_calls_named(m, t->name_id[name], &first, &end);
  for (uint32_t k = first; k < end; k++) {
    uint32_t call = m->calls.items[2 * k + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE) continue;
    bool mine = false;
    if (!method && t->kind[fn] == KIND_IDENTIFIER) {
      const Binding *bd = sg_value_sole_binding(m, fn);
      mine = bd && bd->kind == BINDING_KIND_DEF && bd->context == def;
    } else if (method && t->kind[fn] == KIND_ATTRIBUTE) {
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
      uint32_t at = sg_model_function_scope(m, m->node_scope[call]);
      mine = obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && at != SG_NONE && m->scopes.items[at].parent == cls &&
             m->node_reference[obj] != SG_NONE && m->references.items[m->node_reference[obj]].symbol == sg_classes_self(m, at);
    }
    if (!mine) continue;
    calls++;
    if (!sg_concurrency_held(ctx->threads, call)) return false;
  }
  return calls > 0;
}

uint32_t sg_threads_start_line(RuleContext *ctx, uint32_t scope, uint32_t *call) {
  const Concurrency *c = ctx->threads;
  uint32_t s = c->started_by[scope];
  if (s == SG_NONE) return 0;
  *call = c->starts.items[s].call;
  return sg_source_line_of(ctx->source, ctx->tree->start_byte[*call]) + 1;
}

/* A multiprocessing Value/RawValue `.value`, an Array element, or a Manager
 * dict/list item: SNG506 territory. */
bool sg_threads_is_shared_value(RuleContext *ctx, uint32_t target) {
  const FlatTree *t = ctx->tree;
  char buf[128];
  uint32_t obj = SG_NONE;
  if (t->kind[target] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, target, FIELD_ATTRIBUTE);
    if (attr == SG_NONE || !sg_flat_text_is(t, attr, "value")) return false;
    obj = sg_flat_field(t, target, FIELD_OBJECT);
  } else if (t->kind[target] == KIND_SUBSCRIPT) {
    obj = sg_flat_field(t, target, FIELD_VALUE);
  }
  if (obj == SG_NONE) return false;
  const char *q = sg_concurrency_made_by(ctx->model, obj, buf, sizeof buf);
  /* a parameter: look at what the thread/process start passes is out of
   * reach here; use the name's uses instead: `x.value` with x made by Value */
  if (!q) return false;
  if (t->kind[target] == KIND_ATTRIBUTE)
    return strstr(q, "multiprocessing") && (strstr(q, ".Value") || strstr(q, ".RawValue"));
  return strstr(q, "multiprocessing") && (strstr(q, ".Array") || strstr(q, ".RawArray") ||
                                          strstr(q, "Manager.dict") || strstr(q, "Manager.list"));
}

/* ---- a Thread subclass's own lock ---- */

/* Does class scope sub derive from class scope base through same-file
 * base classes named in `class X(Base):` (any depth, bounded)? */
static bool sg_threads__derives(const SemanticModel *m, uint32_t sub, uint32_t base) {
  const FlatTree *t = m->tree;
  uint32_t stack[64], n = 0, steps = 0;
  stack[n++] = sub;
  while (n && steps++ < 256) {
    uint32_t c = stack[--n];
    if (c == base) return true;
    uint32_t supers = sg_flat_field(t, m->scopes.items[c].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && n < 64; b = sg_flat_next_named(t, b)) {
      uint32_t sym = t->kind[b] == KIND_IDENTIFIER ? sg_model_node_symbol(m, b) : SG_NONE;
      if (sym == SG_NONE) continue;
      for (uint32_t d = m->symbols.items[sym].first_binding; d != SG_NONE && n < 64; d = m->bindings.items[d].next)
        if (m->bindings.items[d].kind == BINDING_KIND_CLASS) stack[n++] = m->node_own_scope[m->bindings.items[d].context];
    }
  }
  return false;
}

/* Is `self.<name>` at attr read in a method of a class unrelated to class
 * scope cls (neither a base nor a subclass in this file)? That self is
 * another kind of object. */
static bool sg_threads__other_class(const SemanticModel *m, uint32_t attr, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t obj = sg_flat_field(t, attr, FIELD_OBJECT);
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) return false;
  uint32_t method = sg_model_function_scope(m, m->node_scope[attr]);
  if (method == SG_NONE || m->scopes.items[method].kind != SCOPE_FUNCTION) return false;
  uint32_t owner = m->scopes.items[method].parent;
  if (owner == SG_NONE || m->scopes.items[owner].kind != SCOPE_CLASS || owner == cls) return false;
  return !sg_threads__derives(m, owner, cls) && !sg_threads__derives(m, cls, owner);
}

/* `self.<name>` read directly in method scope `method` (not in a nested
 * function or lambda, which may be handed to another thread)? */
static bool sg_threads__self_in(const SemanticModel *m, uint32_t attr, uint32_t method) {
  const FlatTree *t = m->tree;
  uint32_t obj = sg_flat_field(t, attr, FIELD_OBJECT);
  return obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF &&
         sg_model_function_scope(m, m->node_scope[attr]) == method;
}

uint32_t sg_threads_own_lock(const SemanticModel *m, uint32_t cls, uint32_t name) {
  const FlatTree *t = m->tree;
  if (!sg_concurrency_thread_class(m, m->scopes.items[cls].node, false)) return SG_NONE;
  uint32_t run_name = sg_names_find(&t->names, "run", 3);
  uint32_t init = sg_summaries_method(m, cls, NAME_DUNDER_INIT);
  uint32_t run = run_name == SG_NONE ? SG_NONE : sg_summaries_method(m, cls, run_name);
  if (init == SG_NONE || run == SG_NONE) return SG_NONE;
  /* one `self.<name> = <new lock>` in __init__; every other `.<name>` of the
   * file is `self.<name>` taken in run(), or another class's own attribute */
  uint32_t first, end, value = SG_NONE, taken = 0;
  sg_model_attributes_named(m, name, &first, &end);
  for (uint32_t j = first; j < end; j++) {
    uint32_t o = m->attributes.items[2 * j + 1], q = t->parent[o];
    if (sg_threads__other_class(m, o, cls)) continue;
    if (q != SG_NONE && t->kind[q] == KIND_ASSIGNMENT && t->field[o] == FIELD_LEFT && value == SG_NONE &&
        sg_threads__self_in(m, o, init)) {
      value = sg_flat_unparen(t, sg_flat_field(t, q, FIELD_RIGHT));
      if (value == SG_NONE || t->kind[value] != KIND_CALL || sg_lock_kind(m, value) == LOCK_NONE) return SG_NONE;
      continue;
    }
    bool with = q != SG_NONE && t->kind[q] == KIND_WITH_ITEM;
    bool call = q != SG_NONE && t->kind[q] == KIND_ATTRIBUTE && t->field[o] == FIELD_OBJECT;
    if (!sg_threads__self_in(m, o, run) || (!with && !call)) return SG_NONE;
    taken++;
  }
  return taken ? value : SG_NONE;
}
