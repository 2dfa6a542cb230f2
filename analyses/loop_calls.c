#include "analyses/loop_calls.h"

#include <string.h>

#include "analyses/classes.h"

/* Is e that object, or an attribute of it (`self`, `self.name`)? */
static bool sg_loop_calls__rooted_at(const SemanticModel *m, uint32_t e, uint32_t symbol) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  while (e != SG_NONE && t->kind[e] == KIND_ATTRIBUTE) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && sg_model_node_symbol(m, e) == symbol;
}

bool sg_loop_calls_matches(const SemanticModel *m, const LoopsMatcher *mt, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || mt->symbol == SG_NONE) return false;
  if (mt->owner != SG_NONE) {
    if (t->kind[e] != KIND_ATTRIBUTE) return false;
    uint32_t attr = sg_flat_field(t, e, FIELD_ATTRIBUTE), obj = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
    if (attr == SG_NONE || t->name_id[attr] != mt->owner || obj == SG_NONE) return false;
    if (mt->direct) return t->kind[obj] == KIND_IDENTIFIER && sg_model_node_symbol(m, obj) == mt->symbol;
    return t->kind[obj] == KIND_ATTRIBUTE && sg_loop_calls__rooted_at(m, obj, mt->symbol);
  }
  if (mt->path == SG_NONE) return t->kind[e] == KIND_IDENTIFIER && sg_model_node_symbol(m, e) == mt->symbol;
  uint32_t a = e, b = mt->path, va, ka, vb, kb;
  if (sg_loops_keyed(t, b, &vb, &kb)) {
    if (!sg_loops_keyed(t, a, &va, &ka)) return false;
    /* any_key: the handler was stored under the key it removes itself from */
    if (!mt->any_key &&
        (sg_loops_literal_key(t, kb) ? !sg_loops_literal_key(t, ka) || !sg_flat_same_text(t, ka, kb)
                                      : t->kind[ka] != KIND_IDENTIFIER || mt->key == SG_NONE ||
                                            sg_model_node_symbol(m, ka) != mt->key))
      return false;
    a = va, b = vb;
    if (t->kind[b] == KIND_IDENTIFIER)
      return t->kind[a] == KIND_IDENTIFIER && sg_model_node_symbol(m, a) == mt->symbol;
  }
  if (t->kind[a] != KIND_ATTRIBUTE) return false;
  return sg_model_same_attributes(m, &a, &b) && t->kind[a] == KIND_IDENTIFIER && t->kind[b] == KIND_IDENTIFIER &&
         sg_model_node_symbol(m, a) == mt->symbol;
}

/* The identifier of a def's k-th parameter, when the ones up to it are
 * plain (no `*`, `/`, `*args`). */
uint32_t sg_loop_calls_param(const FlatTree *t, uint32_t def, int k) {
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  int i = 0;
  for (uint32_t p = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params); p != SG_NONE;
       p = sg_flat_next_named(t, p), i++) {
    uint32_t id = p;
    if (t->kind[p] == KIND_DEFAULT_PARAMETER || t->kind[p] == KIND_TYPED_DEFAULT_PARAMETER)
      id = sg_flat_field(t, p, FIELD_NAME);
    else if (t->kind[p] == KIND_TYPED_PARAMETER)
      id = sg_flat_named_child(t, p);
    if (id == SG_NONE || t->kind[id] != KIND_IDENTIFIER) return SG_NONE;
    if (i == k) return id;
  }
  return SG_NONE;
}

/* A definition decorated by `@classmethod` alone: called on the class or
 * an instance, its first parameter is the class. */
static bool sg_loop_calls__classmethod(const FlatTree *t, uint32_t decorated) {
  uint32_t n = 0, only = SG_NONE;
  for (uint32_t c = sg_flat_named_child(t, decorated); c != SG_NONE; c = sg_flat_next_named(t, c))
    if (t->kind[c] == KIND_DECORATOR) n++, only = sg_flat_named_child(t, c);
  return n == 1 && only != SG_NONE && t->kind[only] == KIND_IDENTIFIER && sg_flat_text_is(t, only, "classmethod");
}

/* The method (a function scope right in a class) holding node, through
 * closures nested in it (up to four levels), or SG_NONE. */
static uint32_t sg_loop_calls__method_scope(const SemanticModel *m, uint32_t node) {
  uint32_t fs = sg_model_function_scope(m, m->node_scope[node]);
  for (int up = 0; up < 4 && fs != SG_NONE && m->scopes.items[fs].kind == SCOPE_FUNCTION; up++) {
    uint32_t parent = m->scopes.items[fs].parent;
    if (parent != SG_NONE && m->scopes.items[parent].kind == SCOPE_CLASS) return fs;
    fs = parent == SG_NONE ? SG_NONE : sg_model_function_scope(m, parent);
  }
  return SG_NONE;
}

/* The plain (undecorated, or `@classmethod`) method `name` of the class whose method holds
 * `node` (maybe in a closure), or SG_NONE. */
uint32_t sg_loop_calls_sibling_method(const SemanticModel *m, uint32_t node, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t fs = sg_loop_calls__method_scope(m, node);
  if (fs == SG_NONE) return SG_NONE;
  uint32_t cls = m->scopes.items[fs].parent;
  uint32_t cdef = m->scopes.items[cls].node, body = sg_flat_field(t, cdef, FIELD_BODY);
  uint32_t found = SG_NONE;
  for (uint32_t c = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t def = c;
    if (t->kind[c] == KIND_DECORATED_DEFINITION) def = sg_flat_field(t, c, FIELD_DEFINITION);
    if (def == SG_NONE || t->kind[def] != KIND_FUNCTION_DEFINITION) continue;
    uint32_t nm = sg_flat_field(t, def, FIELD_NAME);
    if (nm == SG_NONE || t->name_id[nm] != name) continue;
    found = t->kind[c] == KIND_DECORATED_DEFINITION && !sg_loop_calls__classmethod(t, c) ? SG_NONE : def;  /* the last one wins */
  }
  return found;
}

/* The file's one plain method `name` (a `def` right in a class body, bound
 * once there), when exactly one class defines it; else SG_NONE. */
uint32_t sg_loop_calls_only_method(const SemanticModel *m, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t def = sg_model_only_method(m, name);
  if (def == SG_NONE || (t->parent[def] != SG_NONE && t->kind[t->parent[def]] == KIND_DECORATED_DEFINITION))
    return SG_NONE;
  return def;
}

/* The def a name stands for: bound once, by a plain `def`. */
static uint32_t sg_loop_calls__def_of(const SemanticModel *m, uint32_t ident) {
  const FlatTree *t = m->tree;
  uint32_t sym = ident != SG_NONE && t->kind[ident] == KIND_IDENTIFIER ? sg_model_node_symbol(m, ident) : SG_NONE;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  return bd->kind == BINDING_KIND_DEF && t->kind[bd->context] == KIND_FUNCTION_DEFINITION ? bd->context : SG_NONE;
}

/* Functions stored in the list or set X (a name): `X.append(f)` with f a
 * same-file def, or registered by a decorator `@on` whose body does
 * `X.append(fn)` with its parameter. Fills defs[], returns how many. */
static uint32_t sg_loop_calls__stored_functions(const SemanticModel *m, uint32_t xsym, uint32_t *defs, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t n = 0;
  for (uint32_t r = m->symbols.items[xsym].first_reference; r != SG_NONE && n < cap; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node;
    uint32_t attr_node = t->parent[use];
    if (attr_node == SG_NONE || t->kind[attr_node] != KIND_ATTRIBUTE || t->parent[attr_node] == SG_NONE) continue;
    uint32_t call = t->parent[attr_node], attr = sg_flat_field(t, attr_node, FIELD_ATTRIBUTE);
    if (t->kind[call] != KIND_CALL || attr == SG_NONE ||
        (t->name_id[attr] != NAME_APPEND && t->name_id[attr] != NAME_ADD && t->name_id[attr] != NAME_APPENDLEFT))
      continue;
    uint32_t arg = sg_loops_arg(t, call, 0);
    uint32_t def = sg_loop_calls__def_of(m, arg);
    if (def == SG_NONE && arg != SG_NONE && t->kind[arg] == KIND_IDENTIFIER) {
      /* a decorator: the parameter it stores, and the defs it decorates */
      uint32_t psym = sg_model_node_symbol(m, arg);
      const Binding *bd = psym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[psym].first_binding];
      if (!bd || bd->kind != BINDING_KIND_PARAMETER) continue;
      uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
      uint32_t reg = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].node;
      uint32_t name = reg == SG_NONE || t->kind[reg] != KIND_FUNCTION_DEFINITION ? SG_NONE : sg_flat_field(t, reg, FIELD_NAME);
      uint32_t rsym = name == SG_NONE ? SG_NONE : sg_model_node_symbol(m, name);
      for (uint32_t q = rsym == SG_NONE ? SG_NONE : m->symbols.items[rsym].first_reference; q != SG_NONE && n < cap;
           q = m->references.items[q].next) {
        uint32_t dec = t->parent[m->references.items[q].node];
        if (dec == SG_NONE || t->kind[dec] != KIND_DECORATOR || t->parent[dec] == SG_NONE) continue;
        uint32_t d = sg_flat_field(t, t->parent[dec], FIELD_DEFINITION);
        if (d != SG_NONE && t->kind[d] == KIND_FUNCTION_DEFINITION) defs[n++] = d;
      }
      continue;
    }
    if (def != SG_NONE) defs[n++] = def;
  }
  return n;
}

/* The plain methods named `name` of the file's classes (up to cap; none
 * when more classes define it). */
static uint32_t sg_loop_calls__methods_named(const SemanticModel *m, uint32_t name, uint32_t *out, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t defs[16], n = 0;
  bool other;
  uint32_t all = sg_model_class_methods(m, name, defs, 16, &other);
  if (all == 16 && other) return 0;  /* more classes than looked at */
  for (uint32_t k = 0; k < all; k++) {
    if (t->parent[defs[k]] != SG_NONE && t->kind[t->parent[defs[k]]] == KIND_DECORATED_DEFINITION) continue;
    if (n == cap) return 0;
    out[n++] = defs[k];
  }
  return n;
}

/* `name[k]` (or `name.get(k)`): kept straight on a name. */
static bool sg_loop_calls__base_is_name(const FlatTree *t, uint32_t sub) {
  uint32_t v, k;
  return sg_loops_keyed(t, sub, &v, &k) && t->kind[v] == KIND_IDENTIFIER;
}

/* The position of call's first positional argument that is a name of
 * symbol sym (with attr: an attribute `<sym>.<a>` of it); -1 when none
 * comes before a keyword argument or a splat. */
static int sg_loop_calls__find_position(const SemanticModel *m, uint32_t call, uint32_t sym, bool attr) {
  const FlatTree *t = m->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (sym == SG_NONE || args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) return -1;
  int k = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a), k++) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT)
      return -1;
    uint32_t e = sg_flat_unparen(t, a);
    if (attr) {
      if (t->kind[e] != KIND_ATTRIBUTE) continue;
      e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
      if (e == SG_NONE) continue;
    }
    if (t->kind[e] == KIND_IDENTIFIER && sg_model_node_symbol(m, e) == sym) return k;
  }
  return -1;
}

static int sg_loop_calls__position(const SemanticModel *m, uint32_t call, uint32_t sym) {
  return sg_loop_calls__find_position(m, call, sym, false);
}

/* The position of the first positional argument `self.<attr>` (self: the
 * symbol given) of call, or -1. */
static int sg_loop_calls__self_attr_position(const SemanticModel *m, uint32_t call, uint32_t self) {
  return sg_loop_calls__find_position(m, call, self, true);
}

/* The symbol of def's parameter at position k, or SG_NONE. */
static uint32_t sg_loop_calls__param_symbol(const SemanticModel *m, uint32_t def, int k) {
  uint32_t p = k < 0 ? SG_NONE : sg_loop_calls_param(m->tree, def, k);
  return p == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p);
}

/* The parameter of def that the call passes `key` (a symbol) to, or SG_NONE. */
static uint32_t sg_loop_calls__map_key(const SemanticModel *m, uint32_t call, uint32_t def, uint32_t key, int shift) {
  int k = sg_loop_calls__position(m, call, key);
  return k < 0 ? SG_NONE : sg_loop_calls__param_symbol(m, def, k + shift);
}

/* The same-file function or method a call in some function runs, and what
 * stands for X in it (from `mt`, what stands for X at the call):
 * `self.m(...)` with X on self, `f(..., X, ...)`, `f()` with X a global. */
static uint32_t sg_loop_calls__callee(const SemanticModel *m, uint32_t call, const LoopsMatcher *mt, LoopsMatcher *out) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return SG_NONE;
  uint32_t def = SG_NONE;
  int shift = 0;
  if (t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return SG_NONE;
    uint32_t self = sg_model_node_symbol(m, obj);
    uint32_t fs = sg_loop_calls__method_scope(m, call);
    uint32_t own = fs == SG_NONE ? SG_NONE : sg_loop_calls_param(t, m->scopes.items[fs].node, 0);
    if (self != SG_NONE && mt->symbol == self && mt->path != SG_NONE && mt->owner == SG_NONE &&
        (own == SG_NONE || sg_model_node_symbol(m, own) != self)) {
      /* `subject.attach(x)` where `subject` is the loop's owner handed in
       * (`observer.update(self)`): the owner's own method, found in the
       * class of the method X's path is written in */
      def = sg_loop_calls_sibling_method(m, mt->path, t->name_id[attr]);
      uint32_t p0 = def == SG_NONE ? SG_NONE : sg_loop_calls_param(t, def, 0);
      uint32_t s0 = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
      if (s0 == SG_NONE) return SG_NONE;
      *out = (LoopsMatcher){s0, mt->path, SG_NONE, SG_NONE, SG_NONE, false, mt->any_key, mt->stores};
      return def;
    }
    if (self == SG_NONE || own == SG_NONE || sg_model_node_symbol(m, own) != self) return SG_NONE;
    def = sg_loop_calls_sibling_method(m, call, t->name_id[attr]);
    if (def == SG_NONE) return SG_NONE;
    uint32_t p0 = sg_loop_calls_param(t, def, 0);
    uint32_t s0 = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
    uint32_t itself = mt->itself == self ? s0 : mt->itself;
    if ((mt->path != SG_NONE || mt->owner != SG_NONE) && mt->symbol == self && s0 != SG_NONE) {
      *out = (LoopsMatcher){s0, mt->path, sg_loop_calls__map_key(m, call, def, mt->key, 1), mt->owner, itself, mt->direct,
                            mt->any_key, mt->stores};
      return def;
    }
    if (mt->path == SG_NONE && mt->owner == SG_NONE && mt->itself == SG_NONE && mt->symbol == self && s0 != SG_NONE) {
      *out = (LoopsMatcher){s0, SG_NONE, SG_NONE, SG_NONE, SG_NONE, false, false, false};  /* X is self: a dict subclass */
      return def;
    }
    if (mt->path == SG_NONE && mt->owner == SG_NONE && mt->itself == self && s0 != SG_NONE &&
        m->symbols.items[mt->symbol].scope == 0) {
      *out = (LoopsMatcher){mt->symbol, SG_NONE, SG_NONE, SG_NONE, itself, false, false, false};  /* a global, by an item's method */
      return def;
    }
    shift = 1;
  } else if (t->kind[fn] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, fn);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_DEF || t->kind[bd->context] != KIND_FUNCTION_DEFINITION ||
        (t->parent[bd->context] != SG_NONE && t->kind[t->parent[bd->context]] == KIND_DECORATED_DEFINITION))
      return SG_NONE;
    def = bd->context;
    /* X a module global, or a variable of a function the callee is nested
     * in, that the callee changes by name (`HANDLERS`, `HANDLERS[topic]`
     * with the key passed along) */
    uint32_t home = m->symbols.items[mt->symbol].scope;
    if ((home == 0 || (m->scopes.items[home].kind == SCOPE_FUNCTION &&
                       sg_flat_is_ancestor(t, m->scopes.items[home].node, def))) &&
        (mt->path == SG_NONE || sg_loop_calls__base_is_name(t, mt->path))) {
      *out = *mt;
      if (mt->path != SG_NONE) out->key = sg_loop_calls__map_key(m, call, def, mt->key, 0);
      return def;
    }
  } else {
    return SG_NONE;
  }
  /* X passed as an argument: the parameter it binds */
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  int k = 0;
  for (uint32_t a = args == SG_NONE || t->kind[args] == KIND_GENERATOR_EXPRESSION ? SG_NONE : sg_flat_named_child(t, args);
       a != SG_NONE; a = sg_flat_next_named(t, a), k++) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT)
      return SG_NONE;
    uint32_t e = sg_flat_unparen(t, a);
    /* the object X hangs on: `cleanup(self, x)` with X `self.items` */
    bool base = mt->path != SG_NONE && t->kind[mt->path] == KIND_ATTRIBUTE && t->kind[e] == KIND_IDENTIFIER &&
                sg_model_node_symbol(m, e) == mt->symbol;
    if (!base && !sg_loop_calls_matches(m, mt, a)) continue;
    uint32_t p = sg_loop_calls_param(t, def, k + shift);
    if (p == SG_NONE) return SG_NONE;
    if (base)
      *out = (LoopsMatcher){sg_model_node_symbol(m, p), mt->path, SG_NONE, SG_NONE, mt->itself, false, mt->any_key, mt->stores};
    else
      *out = (LoopsMatcher){sg_model_node_symbol(m, p), SG_NONE, SG_NONE, SG_NONE, mt->itself, false, false, false};
    return def;
  }
  return SG_NONE;
}

static int sg_loop_calls__rank(MutationKind k) {
  return k == MUTATION_SHRINK ? 3 : k == MUTATION_RESIZE ? 2 : k == MUTATION_MISSING ? 0 : 1;
}

/* The size change a call in the loop body makes to X inside the function it
 * calls, or one level further (calls it makes with X in reach): removals
 * first. False when there is none, or a function rebinds X's attribute
 * path (`self.handlers = [...]`: copy on write). */
/* Does the function's body test `key in X` (or `not in`)? */
static bool sg_loop_calls__tested_in(const SemanticModel *m, uint32_t def, const LoopsMatcher *mt, uint32_t key,
                                uint64_t *work) {
  const FlatTree *t = m->tree;
  *work += t->subtree_end[def] - def + 1;
  if (*work > SG_LOOPS_CLASS_WORK) return true;  /* past the budget: stay silent */
  for (uint32_t i = def; i <= t->subtree_end[def]; i++) {
    if (t->kind[i] != KIND_COMPARISON_OPERATOR || !sg_flat_has_token(t, i, "in")) continue;
    uint32_t a = sg_flat_named_child(t, i);
    uint32_t b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
    if (b != SG_NONE && sg_loop_calls_matches(m, mt, b) && sg_flat_same_text(t, a, key)) return true;
  }
  return false;
}

/* inserts (the file's work counter, or NULL): X inserts a missing key when
 * read (a defaultdict): a read `X[k]` in the called function counts, unless
 * k is one of its parameters (maybe the loop's own key, passed in) or is
 * tested with `in` there. */
/* Is the change at `node` (in function d) made only under a condition on
 * an attribute that the function holding the loop's `call` sets
 * (`if self._emitting: self._pending.append(fn) else:
 * self.handlers.remove(fn)`, with `self._emitting = True` before the
 * loop)? Then the code defers changes while it iterates: stay silent. */
static bool sg_loop_calls__deferred(const SemanticModel *m, uint32_t d, uint32_t node, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
  uint32_t caller = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].node;
  if (caller == SG_NONE || t->kind[caller] != KIND_FUNCTION_DEFINITION) return false;
  for (uint32_t q = t->parent[node]; q != SG_NONE && q != d; q = t->parent[q]) {
    if (t->kind[q] != KIND_IF_STATEMENT && t->kind[q] != KIND_ELIF_CLAUSE) continue;
    uint32_t cond = sg_flat_field(t, q, FIELD_CONDITION);
    for (uint32_t c = cond; cond != SG_NONE && c <= t->subtree_end[cond]; c++) {
      uint32_t name = t->kind[c] == KIND_ATTRIBUTE ? sg_flat_field(t, c, FIELD_ATTRIBUTE) : SG_NONE;
      if (name == SG_NONE) continue;
      for (uint32_t a = caller; a <= t->subtree_end[caller]; a++) {
        if (t->kind[a] != KIND_ASSIGNMENT && t->kind[a] != KIND_AUGMENTED_ASSIGNMENT) continue;
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_LEFT));
        uint32_t la = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_ATTRIBUTE) : SG_NONE;
        if (la != SG_NONE && t->name_id[la] == t->name_id[name]) return true;
      }
    }
  }
  return false;
}

/* call: the call in the loop body the walk starts from. */
static bool sg_loop_calls__attribute_object(const FlatTree *t, uint32_t ident) {
  uint32_t p = t->parent[ident];
  return p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[ident] == FIELD_OBJECT;
}

/* Does key expression `key` in def read one of def's parameters, or a
 * local bound from one (the caller chose the key: it may be there)? */
static bool sg_loop_calls__given(const SemanticModel *m, uint32_t def, uint32_t key) {
  const FlatTree *t = m->tree;
  for (uint32_t i = key; i <= t->subtree_end[key]; i++) {
    /* `self._ids`, `len(self.x)`: the object's own state, not a given key */
    if (t->kind[i] != KIND_IDENTIFIER || sg_loop_calls__attribute_object(t, i)) continue;
    uint32_t sym = sg_model_node_symbol(m, i);
    if (sym == SG_NONE) continue;
    if (m->symbols.items[sym].flags & SYMBOL_PARAMETER) return true;
    for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return true;
      for (uint32_t j = bd->value; j <= t->subtree_end[bd->value]; j++) {
        uint32_t s2 = t->kind[j] == KIND_IDENTIFIER && !sg_loop_calls__attribute_object(t, j) ? sg_model_node_symbol(m, j)
                                                                                              : SG_NONE;
        if (s2 != SG_NONE && (m->symbols.items[s2].flags & SYMBOL_PARAMETER)) return true;
      }
    }
  }
  (void)def;
  return false;
}

/* An upper-case name (`SUFFIX`): a module's constant, by convention. */
static bool sg_loop_calls__constant_name(const FlatTree *t, uint32_t ident) {
  bool letter = false;
  for (uint32_t b = t->start_byte[ident]; b < t->end_byte[ident]; b++) {
    char c = t->source->text[b];
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

/* A key made from a given one and some text (`ref + "-copy"`,
 * `f"{ref}-copy"`): not the key it was made from, so storing under it
 * adds one to a dict whose keys the loop is at. */
static bool sg_loop_calls__derived_key(const FlatTree *t, uint32_t key) {
  key = sg_flat_unparen(t, key);
  if (key == SG_NONE) return false;
  if (t->kind[key] == KIND_STRING) {
    /* an f-string with text of its own besides the interpolations */
    bool interpolated = false;
    uint32_t text = 0, at = t->start_byte[key];
    for (uint32_t c = key + 1; c <= t->subtree_end[key]; c++) {
      if (t->kind[c] != KIND_INTERPOLATION) continue;
      interpolated = true;
      for (uint32_t b = at; b < t->start_byte[c]; b++) text += !strchr("fFrRbBuU'\"", t->source->text[b]);
      at = t->end_byte[c];
      c = t->subtree_end[c];
    }
    for (uint32_t b = at; b < t->end_byte[key]; b++) text += !strchr("fFrRbBuU'\"", t->source->text[b]);
    return interpolated && text > 0;
  }
  if (t->kind[key] != KIND_BINARY_OPERATOR) return false;
  uint32_t op = sg_flat_field(t, key, FIELD_OPERATOR);
  if (op == SG_NONE || !sg_flat_text_is(t, op, "+")) return false;
  uint32_t l = sg_flat_unparen(t, sg_flat_field(t, key, FIELD_LEFT)), r = sg_flat_unparen(t, sg_flat_field(t, key, FIELD_RIGHT));
  bool ls = l != SG_NONE && t->kind[l] == KIND_STRING, rs = r != SG_NONE && t->kind[r] == KIND_STRING;
  bool li = l != SG_NONE && t->kind[l] == KIND_IDENTIFIER, ri = r != SG_NONE && t->kind[r] == KIND_IDENTIFIER;
  return (ls && ri) || (li && rs) || (li && ri && sg_loop_calls__constant_name(t, l) != sg_loop_calls__constant_name(t, r));
}

/* The parameter of def that the call passes a derived key to
 * (sg_loop_calls__derived_key), or SG_NONE. */
static uint32_t sg_loop_calls__derived_param(const SemanticModel *m, uint32_t call, uint32_t def, int shift) {
  const FlatTree *t = m->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) return SG_NONE;
  int k = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a), k++) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT)
      return SG_NONE;
    if (sg_loop_calls__derived_key(t, a)) return sg_loop_calls__param_symbol(m, def, k + shift);
  }
  return SG_NONE;
}

/* `v = X.get(k)` earlier, and cond tests `v is None` or `not v`
 * (sg_value_none_tested_get): the symbol of k, absent from X under that
 * test, else SG_NONE. */
static uint32_t sg_loop_calls__got_missing(const SemanticModel *m, const LoopsMatcher *mt, uint32_t cond) {
  const FlatTree *t = m->tree;
  uint32_t cursor = SG_NONE;
  for (uint32_t call; (call = sg_value_none_tested_get(m, cond, &cursor)) != SG_NONE;) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (!sg_loop_calls_matches(m, mt, sg_flat_field(t, fn, FIELD_OBJECT))) continue;
    uint32_t k = sg_loops_arg(t, call, 0);
    k = k == SG_NONE ? SG_NONE : sg_flat_unparen(t, k);
    if (k != SG_NONE && t->kind[k] == KIND_IDENTIFIER) return sg_model_node_symbol(m, k);
  }
  return SG_NONE;
}

/* The symbol of a name k that an `if k not in X:` around node tests (X what
 * mt stands for), inside def; SG_NONE when none: under it, storing X[k]
 * adds a key. */
static uint32_t sg_loop_calls__absent_key(const SemanticModel *m, const LoopsMatcher *mt, uint32_t node, uint32_t def) {
  const FlatTree *t = m->tree;
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != def; p = t->parent[p]) {
    if (t->kind[p] != KIND_IF_STATEMENT) continue;
    uint32_t cond = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_CONDITION)), body = sg_flat_field(t, p, FIELD_CONSEQUENCE);
    if (cond == SG_NONE || body == SG_NONE || node < body || node > t->subtree_end[body]) continue;
    uint32_t got = sg_loop_calls__got_missing(m, mt, cond);
    if (got != SG_NONE) return got;
    if (t->kind[cond] != KIND_COMPARISON_OPERATOR) continue;
    uint32_t a = sg_flat_named_child(t, cond), b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
    bool not_in = false;
    for (uint32_t c = t->first_child[cond]; c != SG_NONE; c = t->next_sibling[c])
      not_in |= !(t->flags[c] & FLAT_NAMED) && sg_flat_text_is(t, c, "not in");
    a = sg_flat_unparen(t, a);
    if (not_in && a != SG_NONE && b != SG_NONE && t->kind[a] == KIND_IDENTIFIER && sg_flat_next_named(t, b) == SG_NONE &&
        sg_loop_calls_matches(m, mt, b))
      return sg_model_node_symbol(m, a);
  }
  return SG_NONE;
}

/* The methods of the class that callables handed to `call` run: `self.m`
 * passed as an argument (`sorted(deps, key=self._fan_out)`), and calls
 * `self.m(...)` inside a lambda passed (`REF.sub(lambda g:
 * self._resolve(g.group(0)), text)`); a callable passed to a call is
 * taken to run during it, on values other than the loop's keys. Fills
 * defs[] and their matchers, returns how many. */
static uint32_t sg_loop_calls__callbacks(const SemanticModel *m, uint32_t call, const LoopsMatcher *mt, uint32_t *defs,
                                         LoopsMatcher *mts, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS), n = 0;
  if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST || mt->symbol == SG_NONE ||
      (mt->path == SG_NONE && mt->owner == SG_NONE))
    return 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && n < cap; a = sg_flat_next_named(t, a)) {
    uint32_t v = sg_flat_unparen(t, t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a);
    if (v == SG_NONE) continue;
    if (t->kind[v] == KIND_ATTRIBUTE) {
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT)), name = sg_flat_field(t, v, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || name == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || sg_model_node_symbol(m, obj) != mt->symbol)
        continue;
      uint32_t def = sg_loop_calls_sibling_method(m, call, t->name_id[name]);
      uint32_t s0 = def == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, def, 0);
      if (s0 == SG_NONE) continue;
      defs[n] = def;
      mts[n] = (LoopsMatcher){s0, mt->path, SG_NONE, mt->owner, SG_NONE, mt->direct, mt->any_key, mt->stores};
      n++;
    } else if (t->kind[v] == KIND_LAMBDA) {
      for (uint32_t i = v; i <= t->subtree_end[v] && n < cap; i++) {
        if (t->kind[i] != KIND_CALL) continue;
        LoopsMatcher next;
        uint32_t nd = sg_loop_calls__callee(m, i, mt, &next);
        if (nd == SG_NONE || next.symbol == SG_NONE) continue;
        next.key = SG_NONE;
        defs[n] = nd, mts[n] = next, n++;
      }
    }
  }
  return n;
}

static bool sg_loop_calls__through_def_any(const SemanticModel *m, uint32_t call, uint32_t def, const LoopsMatcher *first,
                                           uint64_t *inserts, LoopMutation *found, bool anykey);

static bool sg_loop_calls__through_def(const SemanticModel *m, uint32_t call, uint32_t def, const LoopsMatcher *first,
                                       uint64_t *inserts, LoopMutation *found) {
  return sg_loop_calls__through_def_any(m, call, def, first, inserts, found, false);
}

bool sg_loop_calls_handed(const SemanticModel *m, uint32_t call, const LoopsMatcher *mt, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION)), args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (fn == SG_NONE || args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST || mt->symbol == SG_NONE ||
      (mt->path == SG_NONE && mt->owner == SG_NONE))
    return false;
  /* the callee: a same-file function by name, or the file's one method of that name */
  uint32_t callee = SG_NONE;
  int shift = 0;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    callee = sg_loop_calls__def_of(m, fn);
  } else if (t->kind[fn] == KIND_ATTRIBUTE && sg_flat_field(t, fn, FIELD_ATTRIBUTE) != SG_NONE) {
    callee = sg_loop_calls_only_method(m, t->name_id[sg_flat_field(t, fn, FIELD_ATTRIBUTE)]);
    shift = 1;
  }
  uint32_t body = callee == SG_NONE ? SG_NONE : sg_flat_field(t, callee, FIELD_BODY);
  if (body == SG_NONE) return false;
  int k = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a), k++) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) break;
    uint32_t v = sg_flat_unparen(t, a);
    if (t->kind[v] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT)), name = sg_flat_field(t, v, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || name == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || sg_model_node_symbol(m, obj) != mt->symbol)
      continue;
    uint32_t def = sg_loop_calls_sibling_method(m, call, t->name_id[name]);
    uint32_t s0 = def == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, def, 0);
    uint32_t ps = sg_loop_calls__param_symbol(m, callee, k + shift);
    if (s0 == SG_NONE || ps == SG_NONE) continue;
    /* the callee calls what it was handed (`emit(...)`) */
    bool runs = false;
    for (uint32_t r = m->symbols.items[ps].first_reference; r != SG_NONE && !runs; r = m->references.items[r].next) {
      uint32_t use = m->references.items[r].node, up = t->parent[use];
      runs = up != SG_NONE && t->kind[up] == KIND_CALL && t->field[use] == FIELD_FUNCTION &&
             sg_model_function_scope(m, m->node_scope[use]) == m->node_own_scope[callee];
    }
    if (!runs) continue;
    LoopsMatcher next = {s0, mt->path, SG_NONE, mt->owner, SG_NONE, mt->direct, mt->any_key, mt->stores};
    if (sg_loop_calls__through_def_any(m, call, def, &next, NULL, found, true)) return true;
  }
  return false;
}

bool sg_loop_calls_callbacks(const SemanticModel *m, uint32_t call, const LoopsMatcher *mt, uint64_t *inserts,
                             LoopMutation *found) {
  uint32_t defs[4];
  LoopsMatcher mts[4];
  uint32_t n = sg_loop_calls__callbacks(m, call, mt, defs, mts, 4);
  for (uint32_t q = 0; q < n; q++)
    if (sg_loop_calls__through_def_any(m, call, defs[q], &mts[q], inserts, found, true)) return true;
  return false;
}

/* Does the call pass, among its arguments, a variable some `for` or
 * comprehension binds (maybe the key the loop is at)? */
/* Does e stand for the loop's collection: matched by mt (X in the
 * caller's terms), else the same text as collection? */
static bool sg_loop_calls__is_collection(const SemanticModel *m, uint32_t e, const LoopsMatcher *mt, uint32_t collection) {
  if (mt) return sg_loop_calls_matches(m, mt, e);
  return collection != SG_NONE && sg_flat_same_text(m->tree, sg_flat_unparen(m->tree, e), collection);
}

static bool sg_loop_calls__passes_loop_variable(const SemanticModel *m, uint32_t call, const LoopsMatcher *mt,
                                                uint32_t collection) {
  const FlatTree *t = m->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  for (uint32_t i = args; args != SG_NONE && i <= t->subtree_end[args]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER || sg_loop_calls__attribute_object(t, i)) continue;
    uint32_t sym = sg_model_node_symbol(m, i);
    if (sym == SG_NONE) return true;  /* unknown: may be */
    for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_PARAMETER) return true;
      if (bd->kind != BINDING_KIND_FOR_TARGET) continue;
      /* a loop over X (`for k in X`, `X.items()`): maybe X's key; a loop over
       * something else (`for other in self.neighbours(k)`): not known to be */
      uint32_t it = bd->context != SG_NONE ? sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_RIGHT)) : SG_NONE;
      if (it != SG_NONE && t->kind[it] == KIND_CALL) {
        uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, it, FIELD_FUNCTION));
        if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE &&
            sg_loop_calls__is_collection(m, sg_flat_field(t, fn, FIELD_OBJECT), mt, collection))
          return true;
        continue;
      }
      if (it == SG_NONE || sg_loop_calls__is_collection(m, it, mt, collection)) return true;
    }
  }
  return false;
}

/* anykey: the first def is run on values other than X's keys (a callback),
 * so its parameters are not taken to be keys X already has */
static bool sg_loop_calls__through_def_any(const SemanticModel *m, uint32_t call, uint32_t def, const LoopsMatcher *first,
                                           uint64_t *inserts, LoopMutation *found, bool anykey) {
  const FlatTree *t = m->tree;
  /* newkey: a parameter known to be absent from X (the caller tested
   * `k not in X` around the call that passes it) */
  struct { uint32_t def; LoopsMatcher mt; int depth; uint32_t newkey; bool anykey; } work[8];
  uint32_t n = 0, done = 0;
  if (def == SG_NONE || first->symbol == SG_NONE) return false;
  work[n].def = def, work[n].mt = *first, work[n].depth = 1, work[n].newkey = SG_NONE, work[n].anykey = anykey, n++;
  bool any = false;
  while (done < n) {
    uint32_t d = work[done].def;
    LoopsMatcher mt = work[done].mt;
    int depth = work[done].depth;
    uint32_t newkey = work[done].newkey;
    bool unknown_keys = work[done].anykey;
    done++;
    uint32_t body = sg_flat_field(t, d, FIELD_BODY);
    if (body == SG_NONE) continue;
    for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
      uint16_t k = t->kind[i];
      if (i != body && (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)) {
        i = t->subtree_end[i];
        continue;
      }
      LoopMutation mut = {.node = SG_NONE, .kind = MUTATION_GROW, .method = SG_NONE, .key = SG_NONE, .dispatch = SG_NONE,
                          .evidence = VALUE_UNKNOWN, .inner = SG_NONE, .through = d};
      if (k == KIND_ASSIGNMENT && (mt.path != SG_NONE || mt.owner != SG_NONE)) {
        uint32_t left = sg_flat_field(t, i, FIELD_LEFT);
        if (left != SG_NONE && sg_loop_calls_matches(m, &mt, left)) return false;
        /* with stores: `X[key] = v` under a key the function makes itself
         * (not one it was given, which may be there already) adds a key */
        uint32_t key = left != SG_NONE && t->kind[left] == KIND_SUBSCRIPT ? sg_flat_unparen(t, sg_flat_field(t, left, FIELD_SUBSCRIPT))
                                                                           : SG_NONE;
        if (key == SG_NONE || t->kind[key] == KIND_SLICE || !sg_loop_calls_matches(m, &mt, sg_flat_field(t, left, FIELD_VALUE)))
          continue;
        /* a key known to be new: tested absent by the caller, or here */
        uint32_t ks = t->kind[key] == KIND_IDENTIFIER ? sg_model_node_symbol(m, key) : SG_NONE;
        bool fresh = (ks != SG_NONE && (ks == newkey || ks == sg_loop_calls__absent_key(m, &mt, i, d))) ||
                     (mt.stores && sg_loop_calls__derived_key(t, key));
        if (!fresh && (!mt.stores || sg_loop_calls__given(m, d, key))) continue;
        mut.inner = i;
        mut.kind = MUTATION_STORE;
        mut.key = key;
        mut.evidence = VALUE_DICT;
        if (sg_loop_calls__deferred(m, d, mut.inner, call)) continue;
        if (!any || sg_loop_calls__rank(mut.kind) > sg_loop_calls__rank(found->kind)) *found = mut;
        any = true;
        continue;
      }
      if (k == KIND_CALL) {
        uint32_t attr = SG_NONE, obj = SG_NONE;
        if (!sg_loops_method_call(t, i, &attr, &obj)) attr = obj = SG_NONE;
        if (attr != SG_NONE && obj != SG_NONE && sg_loop_calls_matches(m, &mt, obj)) {
          const MethodInfo *mi = sg_loops_method_info(t, attr);
          if (!mi) continue;
          if (t->name_id[attr] == NAME_CLEAR && sg_loops_arg(t, i, 0) != SG_NONE) continue;
          if (mt.itself != SG_NONE && !sg_loop_calls__rooted_at(m, sg_loops_arg(t, i, 0), mt.itself)) continue;
          mut.inner = i;
          mut.kind = mi->kind;
          mut.method = t->name_id[attr];
          mut.evidence = mut.method == NAME_POP && sg_loops_arg(t, i, 0) == SG_NONE ? VALUE_LIST : mi->evidence;
        } else if (depth < 2 && n < sizeof work / sizeof *work && mt.owner != SG_NONE && !mt.direct &&
                   attr != SG_NONE && obj != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE &&
                   sg_loop_calls__rooted_at(m, obj, mt.symbol)) {
          /* `self.pool.release(self)`: the owner's method, given the item */
          uint32_t named[4];
          uint32_t count = sg_loop_calls__methods_named(m, t->name_id[attr], named, 4);
          int q = sg_loop_calls__position(m, i, mt.itself);
          for (uint32_t c = 0; q >= 0 && c < count && n < sizeof work / sizeof *work; c++) {
            uint32_t s0 = sg_loop_calls__param_symbol(m, named[c], 0), sk = sg_loop_calls__param_symbol(m, named[c], q + 1);
            if (s0 == SG_NONE || sk == SG_NONE) continue;
            work[n].def = named[c];
            work[n].mt = (LoopsMatcher){s0, SG_NONE, SG_NONE, mt.owner, sk, true, false, false};
            work[n].depth = depth + 1;
            work[n].newkey = SG_NONE, work[n].anykey = false;
            n++;
          }
          continue;
        } else if (depth < 3 && n < sizeof work / sizeof *work) {
          LoopsMatcher next;
          uint32_t nd = depth < 2 ? sg_loop_calls__callee(m, i, &mt, &next) : SG_NONE;
          if (nd != SG_NONE && nd != d && next.symbol != SG_NONE) {
            uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
            uint32_t absent = sg_loop_calls__absent_key(m, &mt, i, d);
            work[n].def = nd, work[n].mt = next, work[n].depth = depth + 1;
            int shift = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE;
            work[n].newkey = sg_loop_calls__map_key(m, i, nd, absent, shift);
            if (work[n].newkey == SG_NONE && mt.stores) work[n].newkey = sg_loop_calls__derived_param(m, i, nd, shift);
            /* handed no loop variable (`self.index.items_in(target_box)`): its
             * parameters are not keys X is known to have */
            work[n].anykey = unknown_keys || !sg_loop_calls__passes_loop_variable(m, i, &mt, SG_NONE);
            n++;
          }
          /* callables handed to the call, run during it on other values */
          if (inserts) {
            uint32_t defs[2];
            LoopsMatcher mts[2];
            uint32_t nc = sg_loop_calls__callbacks(m, i, &mt, defs, mts, 2);
            for (uint32_t q = 0; q < nc && n < sizeof work / sizeof *work; q++) {
              work[n].def = defs[q], work[n].mt = mts[q], work[n].depth = depth + 1;
              work[n].newkey = SG_NONE, work[n].anykey = true;
              n++;
            }
          }
          continue;
        } else {
          continue;
        }
      } else if (k == KIND_DELETE_STATEMENT) {
        for (uint32_t c = i + 1; c <= t->subtree_end[i] && mut.inner == SG_NONE; c++)
          if (t->kind[c] == KIND_SUBSCRIPT && sg_loops_del_target(t, c, i) &&
              sg_loop_calls_matches(m, &mt, sg_flat_field(t, c, FIELD_VALUE)) &&
              (mt.itself == SG_NONE || sg_loop_calls__rooted_at(m, sg_flat_field(t, c, FIELD_SUBSCRIPT), mt.itself))) {
            mut.inner = i;
            mut.kind = MUTATION_SHRINK;
          }
        if (mut.inner == SG_NONE) continue;
      } else if (k == KIND_AUGMENTED_ASSIGNMENT) {
        uint32_t left = sg_flat_field(t, i, FIELD_LEFT), op = sg_flat_field(t, i, FIELD_OPERATOR);
        if (left == SG_NONE || op == SG_NONE || mt.itself != SG_NONE || !sg_loop_calls_matches(m, &mt, left)) continue;
        mut.inner = i;
        if (sg_flat_text_is(t, op, "+=") || sg_flat_text_is(t, op, "*=")) mut.evidence = VALUE_LIST;
        else if (sg_flat_text_is(t, op, "-=") || sg_flat_text_is(t, op, "&=")) {
          mut.kind = MUTATION_SHRINK;
          mut.evidence = VALUE_SET;
        } else if (!sg_flat_text_is(t, op, "|=")) continue;
      } else if (k == KIND_SUBSCRIPT && inserts && mt.itself == SG_NONE && mt.owner == SG_NONE) {
        uint32_t key = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_SUBSCRIPT)), p = t->parent[i];
        if (key == SG_NONE || t->kind[key] == KIND_SLICE || !sg_loop_calls_matches(m, &mt, sg_flat_field(t, i, FIELD_VALUE)))
          continue;
        if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && sg_flat_field(t, p, FIELD_LEFT) == i) continue;
        bool deleted = false;
        for (uint32_t q = p; q != SG_NONE && q != d && !deleted; q = t->parent[q]) deleted = t->kind[q] == KIND_DELETE_STATEMENT;
        if (deleted) continue;
        uint32_t ks = t->kind[key] == KIND_IDENTIFIER ? sg_model_node_symbol(m, key) : SG_NONE;
        if (ks != SG_NONE && (m->symbols.items[ks].flags & SYMBOL_PARAMETER) && !unknown_keys) continue;
        if (sg_loop_calls__tested_in(m, d, &mt, key, inserts)) continue;
        mut.inner = i;
        mut.kind = MUTATION_MISSING;
        mut.key = key;
        mut.evidence = VALUE_DICT;
      } else {
        continue;
      }
      if (sg_loop_calls__deferred(m, d, mut.inner, call)) continue;
      if (!any || sg_loop_calls__rank(mut.kind) > sg_loop_calls__rank(found->kind)) *found = mut;
      any = true;
    }
  }
  return any;
}

/* Does `e` name the receiver's place from a method whose self is `self`
 * (`self.table` in any method of the loop's class, when the receiver is
 * the loop's `self.table`), or the receiver itself (self: SG_NONE)? */
static bool sg_loop_calls__at_receiver(const SemanticModel *m, uint32_t e, uint32_t receiver, uint32_t self) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return false;
  if (self == SG_NONE) return sg_loops_same(m, e, receiver);
  uint32_t a = e, b = receiver;
  return t->kind[a] == KIND_ATTRIBUTE && sg_model_same_attributes(m, &a, &b) && t->kind[a] == KIND_IDENTIFIER &&
         t->kind[b] == KIND_IDENTIFIER && sg_model_node_symbol(m, a) == self;
}

static uint32_t sg_loop_calls__item_target(const SemanticModel *m, const LoopIteration *it);

/* Does call pass, for def's parameter that `key` names, the loop's item or
 * key, or an attribute of it? */
static bool sg_loop_calls__item_key_arg(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t def,
                                        uint32_t key) {
  const FlatTree *t = m->tree;
  uint32_t ks = key != SG_NONE && t->kind[key] == KIND_IDENTIFIER ? sg_model_node_symbol(m, key) : SG_NONE;
  if (ks == SG_NONE) return false;
  uint32_t item = sg_loop_calls__item_target(m, it);
  uint32_t syms[2] = {item == SG_NONE ? SG_NONE : sg_model_node_symbol(m, item),
                      it->key == SG_NONE ? SG_NONE : sg_model_node_symbol(m, it->key)};
  for (int q = 1; q < 16; q++) {
    uint32_t p = sg_loop_calls_param(t, def, q);
    if (p == SG_NONE) return false;
    if (sg_model_node_symbol(m, p) != ks) continue;
    uint32_t a = sg_loops_arg(t, call, q - 1);
    while (a != SG_NONE && t->kind[sg_flat_unparen(t, a)] == KIND_ATTRIBUTE)
      a = sg_flat_field(t, sg_flat_unparen(t, a), FIELD_OBJECT);
    a = a == SG_NONE ? SG_NONE : sg_flat_unparen(t, a);
    uint32_t as = a != SG_NONE && t->kind[a] == KIND_IDENTIFIER ? sg_model_node_symbol(m, a) : SG_NONE;
    return as != SG_NONE && (as == syms[0] || as == syms[1]);
  }
  return false;
}

/* X handed out by a method of another object's class (`for t in
 * self.index.terms()`, LoopIteration.receiver): does `call` in the loop's
 * body, or a method of the loop's class it calls through self (two more
 * calls deep), call a method of that class on the same receiver
 * (`self.index.drop(t)`) that changes X? */
bool sg_loop_calls_receiver(const SemanticModel *m, const LoopIteration *it, uint32_t call, LoopMutation *found) {
  const FlatTree *t = m->tree;
  if (it->receiver == SG_NONE || !it->work) return false;
  uint32_t root = it->receiver;
  while (root != SG_NONE && t->kind[root] == KIND_ATTRIBUTE) root = sg_flat_unparen(t, sg_flat_field(t, root, FIELD_OBJECT));
  uint32_t loop_self = root != SG_NONE && t->kind[root] == KIND_IDENTIFIER ? sg_model_node_symbol(m, root) : SG_NONE;
  struct { uint32_t node; uint32_t self; int depth; } work[8];
  uint32_t n = 0, done = 0;
  work[n].node = call, work[n].self = SG_NONE, work[n].depth = 0, n++;
  while (done < n) {
    uint32_t from = work[done].node, self = work[done].self;
    int depth = work[done].depth;
    done++;
    uint32_t end = t->subtree_end[from];
    if (depth > 0) *it->work += end - from + 1;
    if (*it->work > SG_LOOPS_CLASS_WORK) return false;
    /* the loop's own call alone (the body's scan visits the calls inside it), or a method's whole body */
    if (depth == 0) end = from;
    for (uint32_t i = depth == 0 ? from : sg_flat_field(t, from, FIELD_BODY); i != SG_NONE && i <= end; i++) {
      uint16_t k = t->kind[i];
      if (depth > 0 && (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)) {
        i = t->subtree_end[i];
        continue;
      }
      if (k != KIND_CALL) continue;
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || attr == SG_NONE) continue;
      if (sg_loop_calls__at_receiver(m, obj, it->receiver, self)) {
        uint32_t def = sg_loop_calls_sibling_method(m, it->collection, t->name_id[attr]);
        uint32_t s0 = def == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, def, 0);
        if (s0 == SG_NONE) continue;
        /* stores: a key the method makes itself (`self.sessions[new_id()] = ...`) is new */
        LoopsMatcher mt = {s0, it->collection, SG_NONE, SG_NONE, SG_NONE, false, false, true};
        if (sg_loop_calls__through_def(m, i, def, &mt, NULL, found)) {
          /* a key stored only when missing, passed the loop's own item
           * (`define(label.name)` while walking the labels): there already */
          if (found->kind == MUTATION_STORE && found->through == def && sg_loop_calls__item_key_arg(m, it, i, def, found->key))
            continue;
          if (depth > 0) found->inner = found->inner == SG_NONE ? i : found->inner;
          return true;
        }
        continue;
      }
      /* `self._place(sym)`: a method of the loop's class, its self standing
       * for the loop's */
      uint32_t here = self == SG_NONE ? loop_self : self;
      if (depth < 2 && n < sizeof work / sizeof *work && t->kind[obj] == KIND_IDENTIFIER && here != SG_NONE &&
          sg_model_node_symbol(m, obj) == here && t->kind[it->receiver] == KIND_ATTRIBUTE) {
        uint32_t def = sg_loop_calls_sibling_method(m, i, t->name_id[attr]);
        uint32_t s0 = def == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, def, 0);
        bool seen = false;
        for (uint32_t q = 0; q < n && !seen; q++) seen = work[q].node == def;
        if (s0 != SG_NONE && !seen) work[n].node = def, work[n].self = s0, work[n].depth = depth + 1, n++;
      }
    }
  }
  return false;
}

bool sg_loop_calls_other_object(const SemanticModel *m, const LoopIteration *it, uint32_t call, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t x = it->collection;
  if (it->self_symbol != SG_NONE || it->receiver != SG_NONE || !it->work || t->kind[x] != KIND_ATTRIBUTE) return false;
  uint32_t owner = sg_flat_unparen(t, sg_flat_field(t, x, FIELD_OBJECT)), xa = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  if (owner == SG_NONE || xa == SG_NONE) return false;
  /* the owner is another object: a name that is not the method's self, or `self.<a>` */
  if (t->kind[owner] == KIND_IDENTIFIER) {
    if (t->name_id[owner] == NAME_SELF || t->name_id[owner] == NAME_CLS) return false;
  } else if (t->kind[owner] != KIND_ATTRIBUTE) {
    return false;
  }
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || name == SG_NONE || !sg_loops_same(m, obj, owner)) return false;
  uint32_t def = sg_loop_calls_only_method(m, t->name_id[name]);
  uint32_t s0 = def == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, def, 0);
  uint32_t ms = def == SG_NONE ? SG_NONE : m->node_own_scope[def];
  uint32_t cls = ms == SG_NONE ? SG_NONE : m->scopes.items[ms].parent;
  if (s0 == SG_NONE || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return false;
  /* `self.<x>` in that class: the path X stands for there */
  uint32_t path = SG_NONE, body = sg_flat_field(t, m->scopes.items[cls].node, FIELD_BODY);
  if (body == SG_NONE || *it->work > SG_LOOPS_CLASS_WORK) return false;
  *it->work += t->subtree_end[body] - body + 1;
  for (uint32_t i = body; i <= t->subtree_end[body] && path == SG_NONE; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (o == SG_NONE || a == SG_NONE || t->name_id[a] != t->name_id[xa] || t->kind[o] != KIND_IDENTIFIER) continue;
    uint32_t fs = sg_loop_calls__method_scope(m, i);
    uint32_t p0 = fs == SG_NONE ? SG_NONE : sg_loop_calls_param(t, m->scopes.items[fs].node, 0);
    if (p0 != SG_NONE && m->scopes.items[fs].parent == cls && sg_model_node_symbol(m, o) == sg_model_node_symbol(m, p0))
      path = i;
  }
  if (path == SG_NONE) return false;
  LoopsMatcher mt = {s0, path, SG_NONE, SG_NONE, SG_NONE, false, false, true};
  /* a defaultdict read there inserts a key the loop did not hand it
   * (`self.index.items_in(target_box)`) */
  if (!sg_loop_calls__through_def_any(m, call, def, &mt, it->inserts_missing ? it->work : NULL, found,
                                      !sg_loop_calls__passes_loop_variable(m, call, NULL, x)))
    return false;
  /* a key stored only when missing, passed the loop's own item: there already */
  if (found->kind == MUTATION_STORE && found->through == def && sg_loop_calls__item_key_arg(m, it, call, def, found->key))
    return false;
  if (found->evidence == VALUE_UNKNOWN) found->evidence = sg_loops_attribute_kind(m, path);
  return true;
}

bool sg_loop_calls_through(const SemanticModel *m, uint32_t call, const LoopsMatcher *start, uint64_t *inserts,
                              LoopMutation *found) {
  LoopsMatcher first;
  uint32_t def = sg_loop_calls__callee(m, call, start, &first);
  /* handed no variable of a loop over X (`self.neighbours(other)` with
   * `other` from another loop): its parameters are not keys X has */
  return def != SG_NONE &&
         sg_loop_calls__through_def_any(m, call, def, &first, inserts, found,
                                        inserts && !sg_loop_calls__passes_loop_variable(m, call, start, SG_NONE));
}

/* The loop's item when it is the loop's whole target (`for h in X`,
 * `for w in X.values()`), or SG_NONE. */
static uint32_t sg_loop_calls__item_target(const SemanticModel *m, const LoopIteration *it) {
  const FlatTree *t = m->tree;
  if (t->kind[it->loop] != KIND_FOR_STATEMENT && t->kind[it->loop] != KIND_FOR_IN_CLAUSE) return SG_NONE;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, it->loop, FIELD_LEFT));
  if (left == SG_NONE) return SG_NONE;
  /* `for k, v in X.items()`, `for i, v in enumerate(X)`: the second */
  if (it->via == ITERATION_ITEMS || it->via == ITERATION_ENUMERATE) {
    if (t->kind[left] != KIND_PATTERN_LIST && t->kind[left] != KIND_TUPLE_PATTERN) return SG_NONE;
    uint32_t first = sg_flat_named_child(t, left);
    uint32_t second = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
    return second != SG_NONE && t->kind[second] == KIND_IDENTIFIER && sg_flat_next_named(t, second) == SG_NONE
               ? second : SG_NONE;
  }
  if (it->via != ITERATION_DIRECT && it->via != ITERATION_VALUES && it->via != ITERATION_LAZY) return SG_NONE;
  return t->kind[left] == KIND_IDENTIFIER ? left : SG_NONE;
}

/* Do a and b name the same place, keys aside (`self.handlers[e]`,
 * `self.handlers.setdefault(e, [])` and `self.handlers.get(topic)` all sit
 * in `self.handlers`), by attribute names on `self`? */
static bool sg_loop_calls__same_place(const SemanticModel *m, uint32_t a, uint32_t b) {
  const FlatTree *t = m->tree;
  uint32_t v, k;
  if (sg_loops_keyed(t, a, &v, &k)) a = v;
  if (sg_loops_keyed(t, b, &v, &k)) b = v;
  a = sg_flat_unparen(t, a);
  b = sg_flat_unparen(t, b);
  if (a == SG_NONE || b == SG_NONE || t->kind[a] != KIND_ATTRIBUTE) return false;
  return sg_model_same_attributes(m, &a, &b) && t->kind[a] == KIND_IDENTIFIER && t->kind[b] == KIND_IDENTIFIER &&
         t->name_id[a] == t->name_id[b];
}

static bool sg_loop_calls__adds(uint32_t name) {
  return name == NAME_APPEND || name == NAME_ADD || name == NAME_INSERT || name == NAME_APPENDLEFT;
}

/* Callables of the loop's class that the class stores in X: a bound method
 * `self.m` or a closure defined in one of its methods (`def wrapper(...)`
 * in `once()`), stored by `X.append(f)`, `X[k] = f`, or through a method
 * that adds its argument to X (`self.subscribe(self.m)`,
 * `self.on(event, wrapper)`). Fills defs[], returns how many. */
/* The body of the class whose method holds the loop, when X hangs on an
 * attribute (`self.handlers`, `self.handlers[k]`), charged to the file's
 * class-search budget; else SG_NONE. */
static uint32_t sg_loop_calls__class_body(const SemanticModel *m, const LoopIteration *it, uint32_t *cls_out) {
  const FlatTree *t = m->tree;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[it->loop]);
  uint32_t place = it->collection, pv, pk;
  if (sg_loops_keyed(t, place, &pv, &pk)) place = pv;
  if (fs == SG_NONE || m->scopes.items[fs].kind != SCOPE_FUNCTION || t->kind[place] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t cls = m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
  uint32_t body = sg_flat_field(t, m->scopes.items[cls].node, FIELD_BODY);
  if (body == SG_NONE || !it->work || *it->work > SG_LOOPS_CLASS_WORK) return SG_NONE;
  *it->work += t->subtree_end[body] - body + 1;
  *cls_out = cls;
  return body;
}

/* Is value i put straight into X: `X[k] = i`, `X.append(i)` (add, insert,
 * appendleft; with setdefault, `X.setdefault(k, i)` too)? */
static bool sg_loop_calls__put_in_x(const SemanticModel *m, const LoopIteration *it, uint32_t i, bool setdefault) {
  const FlatTree *t = m->tree;
  uint32_t up = t->parent[i];
  if (up != SG_NONE && t->kind[up] == KIND_ASSIGNMENT && sg_flat_field(t, up, FIELD_RIGHT) == i) {
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, up, FIELD_LEFT));
    return left != SG_NONE && t->kind[left] == KIND_SUBSCRIPT && sg_loop_calls__same_place(m, left, it->collection);
  }
  uint32_t call = up != SG_NONE && t->kind[up] == KIND_ARGUMENT_LIST ? t->parent[up] : SG_NONE, mattr, mobj;
  if (call == SG_NONE || t->kind[call] != KIND_CALL || !sg_loops_method_call(t, call, &mattr, &mobj) || mattr == SG_NONE ||
      !sg_loop_calls__same_place(m, mobj, it->collection))
    return false;
  return sg_loop_calls__adds(t->name_id[mattr]) || (setdefault && t->name_id[mattr] == NAME_SETDEFAULT);
}

static uint32_t sg_loop_calls__stored_methods(const SemanticModel *m, const LoopIteration *it, uint32_t *defs, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t cls, body = sg_loop_calls__class_body(m, it, &cls);
  if (body == SG_NONE) return 0;
  uint32_t n = 0;
  for (uint32_t i = body; i <= t->subtree_end[body] && n < cap; i++) {
    uint32_t def = SG_NONE;
    /* only values stored or passed on: `X.append(v)`, `X[k] = v`, `f(v)`,
     * or an item of the display X is bound to (`X = [self.a, self.b]`) */
    uint32_t up = t->parent[i];
    bool displayed = false;
    if (up != SG_NONE && (t->kind[up] == KIND_LIST || t->kind[up] == KIND_TUPLE)) {
      uint32_t as = t->parent[up];
      uint32_t left = as != SG_NONE && t->kind[as] == KIND_ASSIGNMENT && sg_flat_field(t, as, FIELD_RIGHT) == up
                          ? sg_flat_unparen(t, sg_flat_field(t, as, FIELD_LEFT)) : SG_NONE;
      displayed = left != SG_NONE && sg_loop_calls__same_place(m, left, it->collection);
    }
    if (up == SG_NONE || !((t->kind[up] == KIND_ASSIGNMENT && sg_flat_field(t, up, FIELD_RIGHT) == i) ||
                           t->kind[up] == KIND_ARGUMENT_LIST || displayed))
      continue;
    if (t->kind[i] == KIND_ATTRIBUTE) {
      /* `self.m` */
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) continue;
      def = sg_loop_calls_sibling_method(m, i, t->name_id[attr]);
    } else if (t->kind[i] == KIND_IDENTIFIER && m->node_reference[i] != SG_NONE) {
      /* a closure defined in one of the class's methods */
      def = sg_loop_calls__def_of(m, i);
      if (def != SG_NONE && (!sg_flat_is_ancestor(t, body, def) ||
                             m->scopes.items[m->node_scope[def]].kind != SCOPE_FUNCTION))
        def = SG_NONE;
    }
    uint32_t p = def == SG_NONE ? SG_NONE : t->parent[i];
    if (p == SG_NONE) continue;
    bool stored = displayed || sg_loop_calls__put_in_x(m, it, i, true);
    if (!stored && t->kind[p] == KIND_ARGUMENT_LIST && t->parent[p] != SG_NONE && t->kind[t->parent[p]] == KIND_CALL) {
      uint32_t call = t->parent[p], mattr, mobj;
      if (!sg_loops_method_call(t, call, &mattr, &mobj) || mattr == SG_NONE) continue;
      if (mobj != SG_NONE && t->kind[mobj] == KIND_IDENTIFIER && t->name_id[mobj] == NAME_SELF) {
        /* self.subscribe(self.m): subscribe adds its parameter to X */
        uint32_t sub = sg_loop_calls_sibling_method(m, call, t->name_id[mattr]);
        int k = 0;
        for (uint32_t q = sg_flat_named_child(t, p); q != SG_NONE && q != i; q = sg_flat_next_named(t, q)) k++;
        uint32_t param = sub == SG_NONE ? SG_NONE : sg_loop_calls_param(t, sub, k + 1);
        uint32_t psym = param == SG_NONE ? SG_NONE : sg_model_node_symbol(m, param);
        for (uint32_t r = psym == SG_NONE ? SG_NONE : m->symbols.items[psym].first_reference; r != SG_NONE && !stored;
             r = m->references.items[r].next) {
          uint32_t use = m->references.items[r].node;
          uint32_t args = t->parent[use], c2 = args == SG_NONE ? SG_NONE : t->parent[args], a2, o2;
          if (c2 == SG_NONE || t->kind[c2] != KIND_CALL || !sg_loops_method_call(t, c2, &a2, &o2) || a2 == SG_NONE)
            continue;
          stored = sg_loop_calls__adds(t->name_id[a2]) && sg_loop_calls__same_place(m, o2, it->collection);
        }
      }
    }
    if (!stored) continue;
    bool dup = false;
    for (uint32_t q = 0; q < n && !dup; q++) dup = defs[q] == def;
    if (!dup) defs[n++] = def;
  }
  return n;
}

/* A call in the loop body on the loop's item: `h(event)` with h one of the
 * class's own methods stored in X that changes X; `w.stop()` with `stop`
 * (a method of some same-file class, at most four define it) removing its
 * own object from an attribute of the same name
 * (`self.pool.workers.remove(self)`, or `self.pool.release(self)` whose
 * body does `self.workers.remove(worker)`). */
/* The item's own method (one of the same-file methods `named`, its self
 * the item) removing the item from its owner: `self.pool.workers.remove(self)`
 * or `self.pool.release(self)` with X on the owner, or from a global X. */
static bool sg_loop_calls__own_removal(const SemanticModel *m, const LoopIteration *it, uint32_t call,
                                       const uint32_t *named, uint32_t count, LoopMutation *found) {
  const FlatTree *t = m->tree;
  for (uint32_t c = 0; c < count; c++) {
    uint32_t p0 = sg_loop_calls_param(t, named[c], 0);
    uint32_t s0 = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
    if (s0 == SG_NONE) continue;
    LoopsMatcher mt;
    if (t->kind[it->collection] == KIND_ATTRIBUTE) {
      uint32_t last = sg_flat_field(t, it->collection, FIELD_ATTRIBUTE);
      mt = (LoopsMatcher){s0, SG_NONE, SG_NONE, last == SG_NONE ? SG_NONE : t->name_id[last], s0, false, false, false};
    } else if (it->symbol != SG_NONE && m->symbols.items[it->symbol].scope == 0) {
      mt = (LoopsMatcher){it->symbol, SG_NONE, SG_NONE, SG_NONE, s0, false, false, false};
    } else {
      return false;
    }
    if (sg_loop_calls__through_def(m, call, named[c], &mt, NULL, found) && found->kind == MUTATION_SHRINK) return true;
  }
  return false;
}

static uint32_t sg_loop_calls__owner(const SemanticModel *m, const LoopIteration *it);

/* Is call `self.<a>.<n>(...)` (self: the symbol given) with `<a>` kept
 * from a constructor parameter of self's class (sg_classes_init_keeps)
 * and `<n>` a method of the class whose method holds the loop's call? That
 * method, or SG_NONE. */
static uint32_t sg_loop_calls__owner_method(const SemanticModel *m, uint32_t i, uint32_t self, uint32_t cls,
                                            uint32_t loop_call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t owner = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), mname = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (owner == SG_NONE || mname == SG_NONE || t->kind[owner] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t base = sg_flat_unparen(t, sg_flat_field(t, owner, FIELD_OBJECT)), a = sg_flat_field(t, owner, FIELD_ATTRIBUTE);
  if (base == SG_NONE || a == SG_NONE || t->kind[base] != KIND_IDENTIFIER || sg_model_node_symbol(m, base) != self)
    return SG_NONE;
  uint32_t def = sg_loop_calls_sibling_method(m, loop_call, t->name_id[mname]);
  if (def == SG_NONE) return SG_NONE;
  if (sg_classes_init_keeps(m, cls, t->name_id[a], false) != SG_NONE) return def;
  /* `dock.network = self` in a method of the owner's class (`add(self, dock)`) */
  uint32_t ofs = sg_loop_calls__method_scope(m, loop_call);
  uint32_t ocls = ofs == SG_NONE ? SG_NONE : m->scopes.items[ofs].parent;
  uint32_t first, end;
  sg_model_attributes_named(m, t->name_id[a], &first, &end);
  for (uint32_t j = first; j < end && ocls != SG_NONE; j++) {
    uint32_t o = m->attributes.items[2 * j + 1], p = t->parent[o];
    if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[o] != FIELD_LEFT) continue;
    uint32_t right = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_RIGHT));
    uint32_t ms = sg_loop_calls__method_scope(m, p);
    uint32_t p0 = ms == SG_NONE ? SG_NONE : sg_loop_calls_param(t, m->scopes.items[ms].node, 0);
    if (right != SG_NONE && t->kind[right] == KIND_IDENTIFIER && p0 != SG_NONE && m->scopes.items[ms].parent == ocls &&
        sg_model_node_symbol(m, right) == sg_model_node_symbol(m, p0))
      return def;
  }
  return SG_NONE;
}

/* Does method def (an item class's `__call__`) call, on every path or not,
 * `self.<a>.<m>(self ...)` where `<a>` is set in its class's `__init__`
 * from a parameter (the owner it was given: `self.channel = channel`) and
 * `<m>` is a method of the class whose method holds the loop's call? */
static bool sg_loop_calls__calls_back_owner(const SemanticModel *m, uint32_t def, uint32_t loop_call) {
  const FlatTree *t = m->tree;
  uint32_t p0 = sg_loop_calls_param(t, def, 0), body = sg_flat_field(t, def, FIELD_BODY);
  uint32_t self = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
  uint32_t ms = m->node_own_scope[def], cls = ms == SG_NONE ? SG_NONE : m->scopes.items[ms].parent;
  if (self == SG_NONE || body == SG_NONE || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return false;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++)
    if (t->kind[i] == KIND_CALL && sg_loop_calls__owner_method(m, i, self, cls, loop_call) != SG_NONE) return true;
  return false;
}

/* The item's method (one of `named`, or a method of its class it calls
 * through self, three calls deep at most) hands the item back to its owner
 * (`self.broker.unsubscribe(self)`, sg_loop_calls__owner_method), and
 * that method of the loop's class removes its argument from X under any
 * key (`self.topics[sub.topic].remove(sub)`); for a dict or set, any size
 * change counts. A subscription cancelling itself while it is delivered. */
static bool sg_loop_calls__hands_itself_back(const SemanticModel *m, const LoopIteration *it, uint32_t call,
                                             const uint32_t *named, uint32_t count, LoopMutation *found) {
  const FlatTree *t = m->tree;
  if (t->kind[it->collection] == KIND_IDENTIFIER || sg_loop_calls__owner(m, it) == SG_NONE || !it->work) return false;
  bool sized = it->kind == VALUE_DICT || it->kind == VALUE_SET;
  for (uint32_t c = 0; c < count; c++) {
    uint32_t ms = m->node_own_scope[named[c]], cls = ms == SG_NONE ? SG_NONE : m->scopes.items[ms].parent;
    if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) continue;
    struct { uint32_t def; int depth; } work[6];
    uint32_t n = 0, done = 0;
    work[n].def = named[c], work[n].depth = 1, n++;
    while (done < n) {
      uint32_t d = work[done].def;
      int depth = work[done].depth;
      done++;
      uint32_t p0 = sg_loop_calls_param(t, d, 0), body = sg_flat_field(t, d, FIELD_BODY);
      uint32_t self = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
      if (self == SG_NONE || body == SG_NONE || *it->work > SG_LOOPS_CLASS_WORK) continue;
      *it->work += t->subtree_end[body] - body + 1;
      for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
        uint16_t k = t->kind[i];
        if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
          i = t->subtree_end[i];
          continue;
        }
        if (k != KIND_CALL) continue;
        uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
        uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
        if (obj == SG_NONE) continue;
        if (t->kind[obj] == KIND_IDENTIFIER && sg_model_node_symbol(m, obj) == self) {
          /* `self.cancel()`: a method of the item's own class */
          uint32_t sib = sg_loop_calls_sibling_method(m, i, t->name_id[sg_flat_field(t, fn, FIELD_ATTRIBUTE)]);
          bool seen = sib == SG_NONE;
          for (uint32_t q = 0; q < n && !seen; q++) seen = work[q].def == sib;
          if (!seen && depth < 3 && n < sizeof work / sizeof *work) work[n].def = sib, work[n].depth = depth + 1, n++;
          continue;
        }
        uint32_t back = sg_loop_calls__owner_method(m, i, self, cls, call);
        if (back == SG_NONE) continue;
        /* the argument that is the item itself: the parameter it binds; or,
         * for a dict or set, its name (`self.registry.evict(self.device_id)`):
         * then any size change of X there counts */
        int q = sg_loop_calls__position(m, i, self);
        if (q < 0 && sized) q = sg_loop_calls__self_attr_position(m, i, self);
        uint32_t s0 = sg_loop_calls__param_symbol(m, back, 0), sk = q < 0 ? SG_NONE : sg_loop_calls__param_symbol(m, back, q + 1);
        if (s0 == SG_NONE || sk == SG_NONE) continue;
        bool whole = sg_loop_calls__position(m, i, self) >= 0;
        LoopsMatcher mt = {s0, it->collection, SG_NONE, SG_NONE, whole ? sk : SG_NONE, false, true, false};
        if (sg_loop_calls__through_def(m, call, back, &mt, NULL, found) &&
            (found->kind == MUTATION_SHRINK || (sized && found->kind == MUTATION_GROW))) {
          found->dispatch = named[c];
          return true;
        }
      }
    }
  }
  return false;
}

/* Functions the file registers into X from outside the class: a method of
 * the loop's class stores its parameter in X (`self.watches[path] =
 * on_change`, `self.handlers.append(fn)`), and a call of that method
 * anywhere in the file passes a same-file def for it
 * (`watcher.watch("a.toml", reload_once)`). Fills defs[], returns how many. */
/* Does def, run by the loop's call with sym standing for X's owner in it
 * (its self, the parameter handed the owner, the name it registered on),
 * change X's size: a removal, or for a dict or set any size change? */
static bool sg_loop_calls__changes_x(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t def,
                                     uint32_t sym, LoopMutation *found) {
  if (sym == SG_NONE) return false;
  bool sized = it->kind == VALUE_DICT || it->kind == VALUE_SET;
  LoopsMatcher mt = {sym, it->collection, SG_NONE, SG_NONE, SG_NONE, false, false, sized};
  return sg_loop_calls__through_def(m, call, def, &mt, NULL, found) &&
         (found->kind == MUTATION_SHRINK || (sized && (found->kind == MUTATION_GROW || found->kind == MUTATION_STORE)));
}

/* `pager`, a name bound once to `C(...)` of a same-file class with a
 * `__call__`: that def; in *keeps the attribute C's `__init__` keeps a
 * parameter under (`self.monitor = monitor`) when this instantiation passes
 * the same name as the registration's receiver (recv, `monitor.listen(...)`),
 * else SG_NONE. */
static uint32_t sg_loop_calls__callable_object(const SemanticModel *m, uint32_t ident, uint32_t recv, uint32_t *keeps) {
  const FlatTree *t = m->tree;
  *keeps = SG_NONE;
  const Binding *bd = sg_value_sole_binding(m, ident);
  uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  uint32_t cls = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_classes_instance_class(m, v) : SG_NONE;
  if (cls == SG_NONE) return SG_NONE;
  uint32_t dunder = sg_names_find(&t->names, "__call__", 8);
  uint32_t csym = dunder == SG_NONE ? SG_NONE : sg_model_symbol(m, cls, dunder);
  const Binding *call_b = csym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[csym].first_binding];
  if (!call_b || call_b->kind != BINDING_KIND_DEF) return SG_NONE;
  recv = recv == SG_NONE ? SG_NONE : sg_flat_unparen(t, recv);
  uint32_t rsym = recv != SG_NONE && t->kind[recv] == KIND_IDENTIFIER ? sg_model_node_symbol(m, recv) : SG_NONE;
  uint32_t isym = sg_model_symbol(m, cls, NAME_DUNDER_INIT);
  const Binding *ib = isym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[isym].first_binding];
  uint32_t init = ib && ib->kind == BINDING_KIND_DEF ? ib->context : SG_NONE, body = init == SG_NONE ? SG_NONE : sg_flat_field(t, init, FIELD_BODY);
  for (uint32_t i = body; rsym != SG_NONE && body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    if (left == SG_NONE || right == SG_NONE || t->kind[left] != KIND_ATTRIBUTE || t->kind[right] != KIND_IDENTIFIER) continue;
    uint32_t lo = sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT)), la = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    uint32_t ps = sg_model_node_symbol(m, right);
    if (lo == SG_NONE || la == SG_NONE || t->kind[lo] != KIND_IDENTIFIER || t->name_id[lo] != NAME_SELF || ps == SG_NONE ||
        !(m->symbols.items[ps].flags & SYMBOL_PARAMETER))
      continue;
    uint32_t at = sg_value_param_index(m, init, ps);
    uint32_t given = at == SG_NONE || at == 0 ? SG_NONE : sg_flat_unparen(t, sg_flat_call_arg(t, v, (int)at - 1, NULL));
    if (given != SG_NONE && t->kind[given] == KIND_IDENTIFIER && sg_model_node_symbol(m, given) == rsym) {
      *keeps = t->name_id[la];
      break;
    }
  }
  return call_b->context;
}

static uint32_t sg_loop_calls__registered_at(const SemanticModel *m, const LoopIteration *it, uint32_t *defs,
                                             uint32_t *receivers, uint32_t *kept, uint32_t cap);
static uint32_t sg_loop_calls__registered(const SemanticModel *m, const LoopIteration *it, uint32_t *defs, uint32_t cap) {
  return sg_loop_calls__registered_at(m, it, defs, NULL, NULL, cap);
}

/* ...and in receivers[] (when given) the symbol of the name the
 * registration was called on (`totals.subscribe(check)`: totals), or
 * SG_NONE; for an object of a same-file class registered (its `__call__`
 * is the def), in kept[] the attribute its `__init__` keeps that object
 * under when the instantiation was given it (`FirstAlarmPager(monitor)`,
 * `self.monitor = monitor`), else SG_NONE. */
static uint32_t sg_loop_calls__registered_at(const SemanticModel *m, const LoopIteration *it, uint32_t *defs,
                                             uint32_t *receivers, uint32_t *kept, uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t cls, body = sg_loop_calls__class_body(m, it, &cls);
  if (body == SG_NONE) return 0;
  uint32_t n = 0;
  for (uint32_t i = body; i <= t->subtree_end[body] && n < cap; i++) {
    /* a parameter p of a method of the class, stored in X */
    if (t->kind[i] != KIND_IDENTIFIER || m->node_reference[i] == SG_NONE) continue;
    uint32_t psym = m->references.items[m->node_reference[i]].symbol;
    if (psym == SG_NONE || !(m->symbols.items[psym].flags & SYMBOL_PARAMETER)) continue;
    uint32_t ms = m->symbols.items[psym].scope;
    if (m->scopes.items[ms].kind != SCOPE_FUNCTION) continue;
    uint32_t outer = m->scopes.items[ms].parent;
    if (outer != cls && (outer == SG_NONE || m->scopes.items[outer].kind != SCOPE_FUNCTION ||
                         m->scopes.items[outer].parent != cls))
      continue;
    if (!sg_loop_calls__put_in_x(m, it, i, false)) continue;
    if (outer != cls) {
      /* `def on(self, kind): def register(fn): self.handlers...append(fn)`:
       * the defs decorated `@<obj>.on(...)` */
      uint32_t mname = sg_flat_field(t, m->scopes.items[outer].node, FIELD_NAME);
      for (uint32_t d = 0; d < t->count && n < cap && mname != SG_NONE; d++) {
        if (t->kind[d] != KIND_DECORATOR) continue;
        uint32_t e = sg_flat_unparen(t, sg_flat_named_child(t, d));
        uint32_t f = e != SG_NONE && t->kind[e] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION)) : SG_NONE;
        uint32_t a = f != SG_NONE && t->kind[f] == KIND_ATTRIBUTE ? sg_flat_field(t, f, FIELD_ATTRIBUTE) : SG_NONE;
        if (a == SG_NONE || t->name_id[a] != t->name_id[mname]) continue;
        uint32_t dd = t->parent[d], fdef = dd == SG_NONE ? SG_NONE : sg_flat_field(t, dd, FIELD_DEFINITION);
        if (fdef == SG_NONE || t->kind[fdef] != KIND_FUNCTION_DEFINITION) continue;
        bool dup = false;
        for (uint32_t q = 0; q < n && !dup; q++) dup = defs[q] == fdef;
        if (dup) continue;
        if (receivers) receivers[n] = SG_NONE;
        if (kept) kept[n] = SG_NONE;
        defs[n++] = fdef;
      }
      continue;
    }
    /* the method's calls in the file: the def passed for p */
    uint32_t def = m->scopes.items[ms].node, name = sg_flat_field(t, def, FIELD_NAME);
    uint32_t index = SG_NONE;
    for (int k = 1; k < 16 && index == SG_NONE && name != SG_NONE; k++) {
      uint32_t pid = sg_loop_calls_param(t, def, k);
      if (pid == SG_NONE) break;
      if (sg_model_node_symbol(m, pid) == psym) index = (uint32_t)k;
    }
    if (index == SG_NONE) continue;
    /* several classes define the registering method: only calls on an
     * object known to be of the loop's class (`self`, `b = Board()`) */
    uint32_t one_def;
    bool other = false;
    bool shared_name = sg_model_class_methods(m, t->name_id[name], &one_def, 1, &other) != 1 || other;
    uint32_t first, end;
    sg_model_calls_named(m, t->name_id[name], &first, &end);
    for (uint32_t c = first; c < end && n < cap; c++) {
      uint32_t reg = m->calls.items[2 * c + 1], ra, ro;
      if (!sg_loops_method_call(t, reg, &ra, &ro)) continue;
      if (shared_name && sg_classes_instance_class(m, ro) != cls) continue;
      uint32_t arg = sg_loops_arg(t, reg, (int)index - 1);
      uint32_t d = sg_loop_calls__def_of(m, arg);
      /* `commission.subscribe(self.on_change)`: the file's one method of that name */
      uint32_t ua = arg == SG_NONE ? SG_NONE : sg_flat_unparen(t, arg);
      if (d == SG_NONE && ua != SG_NONE && t->kind[ua] == KIND_ATTRIBUTE && sg_flat_field(t, ua, FIELD_ATTRIBUTE) != SG_NONE)
        d = sg_loop_calls_only_method(m, t->name_id[sg_flat_field(t, ua, FIELD_ATTRIBUTE)]);
      /* `monitor.listen(pager)`, pager = FirstAlarmPager(monitor): its `__call__` */
      uint32_t keeps = SG_NONE;
      if (d == SG_NONE && kept && ua != SG_NONE && t->kind[ua] == KIND_IDENTIFIER)
        d = sg_loop_calls__callable_object(m, ua, ro, &keeps);
      if (d == SG_NONE) continue;
      bool dup = false;
      for (uint32_t q = 0; q < n && !dup; q++) dup = defs[q] == d;
      if (dup) continue;
      if (receivers) {
        uint32_t r = sg_flat_unparen(m->tree, ro);
        receivers[n] = r != SG_NONE && m->tree->kind[r] == KIND_IDENTIFIER ? sg_model_node_symbol(m, r) : SG_NONE;
      }
      if (kept) kept[n] = keeps;
      defs[n++] = d;
    }
  }
  return n;
}

/* A registered object's `__call__` (def) that calls a method of the loop's
 * class on the object it keeps as `self.<keeps>` (the one it registered
 * with: `self.monitor.forget(token)`), a method that changes X. */
static bool sg_loop_calls__through_kept(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t def,
                                        uint32_t keeps, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t body = keeps == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_BODY);
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    uint32_t attr, obj;
    if (t->kind[i] != KIND_CALL || !sg_loops_method_call(t, i, &attr, &obj) || attr == SG_NONE || obj == SG_NONE ||
        t->kind[obj] != KIND_ATTRIBUTE)
      continue;
    uint32_t base = sg_flat_unparen(t, sg_flat_field(t, obj, FIELD_OBJECT)), ka = sg_flat_field(t, obj, FIELD_ATTRIBUTE);
    if (base == SG_NONE || ka == SG_NONE || t->kind[base] != KIND_IDENTIFIER || t->name_id[base] != NAME_SELF ||
        t->name_id[ka] != keeps)
      continue;
    uint32_t meth = sg_loop_calls_sibling_method(m, it->collection, t->name_id[attr]);
    if (meth != SG_NONE && sg_loop_calls__changes_x(m, it, call, meth, sg_loop_calls__param_symbol(m, meth, 0), found))
      return true;
  }
  return false;
}

/* How the parameters of a registered callable line up with a call's
 * arguments: 1 for a method (called bound, its self not passed), else 0. */
static int sg_loop_calls__shift(const SemanticModel *m, uint32_t def) {
  uint32_t outer = m->node_scope[def];
  return outer != SG_NONE && m->scopes.items[outer].kind == SCOPE_CLASS ? 1 : 0;
}

/* A callback registered as `totals.subscribe(check)`, check a closure that
 * changes X through that same name (`totals.unsubscribe(token)`, totals a
 * variable of the function around it): the object it registered with is
 * the one whose loop calls it. */
static bool sg_loop_calls__through_receiver(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t def,
                                            uint32_t receiver, LoopMutation *found) {
  return receiver != SG_NONE && m->symbols.items[receiver].binding_count == 1 &&
         sg_loop_calls__changes_x(m, it, call, def, receiver, found);
}

/* The symbol that stands for X's owner in the loop's method: the self of
 * `self.<x>` there (or the loop's own self), else SG_NONE. */
static uint32_t sg_loop_calls__owner(const SemanticModel *m, const LoopIteration *it) {
  const FlatTree *t = m->tree;
  if (it->self_symbol != SG_NONE) return it->self_symbol;
  uint32_t place = it->collection, pv, pk;
  if (sg_loops_keyed(t, place, &pv, &pk)) place = pv;  /* `self.topics[topic]` */
  if (t->kind[place] != KIND_ATTRIBUTE) return SG_NONE;
  uint32_t base = sg_flat_unparen(t, sg_flat_field(t, place, FIELD_OBJECT));
  uint32_t fs = base != SG_NONE && t->kind[base] == KIND_IDENTIFIER ? sg_loop_calls__method_scope(m, base) : SG_NONE;
  uint32_t p0 = fs == SG_NONE ? SG_NONE : sg_loop_calls_param(t, m->scopes.items[fs].node, 0);
  return p0 != SG_NONE && sg_model_node_symbol(m, p0) == sg_model_node_symbol(m, base) ? sg_model_node_symbol(m, base)
                                                                                      : SG_NONE;
}

/* The loop's call hands the owner to def (at positional argument q, which
 * is def's parameter q + shift): does def change X through that parameter
 * (any size change of a dict or set, a removal from a list)? */
static bool sg_loop_calls__owner_handed(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t owner,
                                        uint32_t def, int shift, LoopMutation *found) {
  int q = sg_loop_calls__position(m, call, owner);
  uint32_t sk = q < 0 ? SG_NONE : sg_loop_calls__param_symbol(m, def, q + shift);
  if (!sg_loop_calls__changes_x(m, it, call, def, sk, found)) return false;
  found->dispatch = def;
  return true;
}

/* Does def (a registered callback) call a method of X's class on a module
 * global made by that class (`loop = GameLoop()` ... `loop.emit(...)` in
 * the callback), a method that changes X? The program's one such object is
 * taken to be the owner running the loop. */
static bool sg_loop_calls__global_owner(const SemanticModel *m, const LoopIteration *it, uint32_t call, uint32_t def,
                                        LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t fs = sg_loop_calls__method_scope(m, it->collection);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  uint32_t cname = cls == SG_NONE ? SG_NONE : sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t body = sg_flat_field(t, def, FIELD_BODY);
  if (cname == SG_NONE || body == SG_NONE) return false;
  bool sized = it->kind == VALUE_DICT || it->kind == VALUE_SET;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
    uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) continue;
    uint32_t gs = sg_model_node_symbol(m, obj);
    if (gs == SG_NONE || m->symbols.items[gs].scope != 0 || m->symbols.items[gs].binding_count != 1) continue;
    const Binding *gb = &m->bindings.items[m->symbols.items[gs].first_binding];
    uint32_t v = gb->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, gb->value) : SG_NONE;
    uint32_t vf = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)) : SG_NONE;
    if (vf == SG_NONE || t->kind[vf] != KIND_IDENTIFIER || t->name_id[vf] != t->name_id[cname]) continue;
    uint32_t meth = sg_loop_calls_sibling_method(m, it->collection, t->name_id[sg_flat_field(t, fn, FIELD_ATTRIBUTE)]);
    uint32_t s0 = meth == SG_NONE ? SG_NONE : sg_loop_calls__param_symbol(m, meth, 0);
    if (s0 == SG_NONE) continue;
    LoopsMatcher mt = {s0, it->collection, SG_NONE, SG_NONE, SG_NONE, false, false, sized};
    if (sg_loop_calls__through_def(m, call, meth, &mt, NULL, found) &&
        (found->kind == MUTATION_SHRINK || it->kind == VALUE_DEQUE ||
         (sized && (found->kind == MUTATION_GROW || found->kind == MUTATION_STORE)))) {
      found->dispatch = def;
      return true;
    }
  }
  return false;
}

/* `self._fire(path)` in the loop, where `_fire` (a method of the class)
 * loops over another container of callbacks and calls each with its self
 * (`for h in self.handlers: h(self, path)`), and a function the file
 * registers into that container changes X through the owner
 * (`watcher.watch(...)`): the change happens inside the call. */
/* For loop l over a container of callbacks on `self` (`for h in self.H`,
 * `.values()`, `self.H.get(k, ())`, `self.H[k]`), that self standing for
 * X's owner: does a call of its item (only `only`, when given) pass the
 * owner to a function the file registers into that container, which
 * changes X through it? */
static bool sg_loop_calls__dispatch_loop(const SemanticModel *m, const LoopIteration *it, uint32_t l, uint32_t self,
                                         uint32_t only, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t src = sg_flat_unparen(t, sg_flat_field(t, l, FIELD_RIGHT)), place = src;
  uint32_t ma, mo;
  if (place != SG_NONE && t->kind[place] == KIND_CALL && sg_loops_method_call(t, place, &ma, &mo)) place = mo;
  uint32_t pv, pk;
  if (place != SG_NONE && sg_loops_keyed(t, place, &pv, &pk)) place = pv;
  place = sg_flat_unparen(t, place);
  if (place == SG_NONE || t->kind[place] != KIND_ATTRIBUTE) return false;
  uint32_t base = sg_flat_unparen(t, sg_flat_field(t, place, FIELD_OBJECT));
  if (base == SG_NONE || t->kind[base] != KIND_IDENTIFIER || sg_model_node_symbol(m, base) != self) return false;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, l, FIELD_LEFT));
  uint32_t item = left != SG_NONE && t->kind[left] == KIND_IDENTIFIER ? left : SG_NONE;
  if (left != SG_NONE && (t->kind[left] == KIND_PATTERN_LIST || t->kind[left] == KIND_TUPLE_PATTERN)) {
    uint32_t first = sg_flat_named_child(t, left);
    item = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
  }
  if (item == SG_NONE || t->kind[item] != KIND_IDENTIFIER) return false;
  LoopIteration inner = *it;
  inner.loop = l;
  inner.body = sg_flat_field(t, l, FIELD_BODY);
  inner.collection = place;
  uint32_t regs[4], nr = sg_loop_calls__registered(m, &inner, regs, 4);
  /* the class's own methods stored there (`self.hooks = [self._release]`):
   * called bound, their self is the owner */
  uint32_t own[4], no = sg_loop_calls__stored_methods(m, &inner, own, 4);
  if ((!nr && !no) || inner.body == SG_NONE) return false;
  for (uint32_t c = inner.body; c <= t->subtree_end[inner.body]; c++) {
    if (t->kind[c] != KIND_CALL || (only != SG_NONE && c != only)) continue;
    uint32_t cf = sg_flat_unparen(t, sg_flat_field(t, c, FIELD_FUNCTION));
    if (cf == SG_NONE || t->kind[cf] != KIND_IDENTIFIER || t->name_id[cf] != t->name_id[item]) continue;
    for (uint32_t r = 0; r < nr; r++)
      if (sg_loop_calls__owner_handed(m, it, c, self, regs[r], sg_loop_calls__shift(m, regs[r]), found) ||
          sg_loop_calls__global_owner(m, it, c, regs[r], found))
        return true;
    for (uint32_t q = 0; q < no; q++)
      if (m->scopes.items[m->node_scope[own[q]]].kind == SCOPE_CLASS &&
          sg_loop_calls__changes_x(m, it, c, own[q], sg_loop_calls__param_symbol(m, own[q], 0), found))
        return true;
  }
  return false;
}

bool sg_loop_calls_helper_dispatch(const SemanticModel *m, const LoopIteration *it, uint32_t call, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[it->collection] != KIND_ATTRIBUTE) return false;
  uint32_t owner = sg_loop_calls__owner(m, it);
  if (owner == SG_NONE) return false;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    /* `for hook in self._close_hooks: hook(self, watcher)` inside the loop */
    uint32_t sym = sg_model_node_symbol(m, fn);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_FOR_TARGET || t->kind[bd->context] != KIND_FOR_STATEMENT ||
        !sg_flat_is_ancestor(t, it->body, bd->context) || !it->work || *it->work > SG_LOOPS_CLASS_WORK)
      return false;
    return sg_loop_calls__dispatch_loop(m, it, bd->context, owner, call, found);
  }
  if (t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || sg_model_node_symbol(m, obj) != owner)
    return false;
  uint32_t def = sg_loop_calls_sibling_method(m, call, t->name_id[attr]);
  uint32_t p0 = def == SG_NONE ? SG_NONE : sg_loop_calls_param(t, def, 0);
  uint32_t self = p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0);
  uint32_t body = def == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_BODY);
  if (self == SG_NONE || body == SG_NONE || !it->work || *it->work > SG_LOOPS_CLASS_WORK) return false;
  *it->work += t->subtree_end[body] - body + 1;
  for (uint32_t l = body; l <= t->subtree_end[body]; l++) {
    if (t->kind[l] != KIND_FOR_STATEMENT) continue;
    if (sg_loop_calls__dispatch_loop(m, it, l, self, SG_NONE, found)) {
      found->through = def;
      return true;
    }
  }
  return false;
}

bool sg_loop_calls_item_call(const SemanticModel *m, const LoopIteration *it, uint32_t call, LoopMutation *found) {
  const FlatTree *t = m->tree;
  uint32_t item = sg_loop_calls__item_target(m, it);
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return false;
  if (item != SG_NONE && t->kind[fn] == KIND_IDENTIFIER && sg_loops_same(m, fn, item)) {
    uint32_t defs[4];
    if (t->kind[it->collection] == KIND_IDENTIFIER) {
      /* functions kept in a list of a module or an enclosing function */
      uint32_t home = it->symbol == SG_NONE ? SG_NONE : m->symbols.items[it->symbol].scope;
      uint32_t n = home == SG_NONE ? 0 : sg_loop_calls__stored_functions(m, it->symbol, defs, 4);
      for (uint32_t q = 0; q < n; q++) {
        if (home != 0 && !sg_flat_is_ancestor(t, m->scopes.items[home].node, defs[q])) continue;
        LoopsMatcher mt = {it->symbol, SG_NONE, SG_NONE, SG_NONE, SG_NONE, false, false, false};
        if (sg_loop_calls__through_def(m, call, defs[q], &mt, NULL, found) && found->kind == MUTATION_SHRINK) return true;
      }
      return false;
    }
    /* `callback(self, path)` with callback registered from outside
     * (`watcher.watch(p, reload_once)`), whose parameter at the place of
     * `self` changes X through the owner (`watcher.unwatch(path)`) */
    uint32_t owner = sg_loop_calls__owner(m, it);
    uint32_t regs[4], recvs[4], keeps[4], nr = owner == SG_NONE ? 0 : sg_loop_calls__registered_at(m, it, regs, recvs, keeps, 4);
    for (uint32_t r = 0; r < nr; r++)
      if (sg_loop_calls__owner_handed(m, it, call, owner, regs[r], sg_loop_calls__shift(m, regs[r]), found) ||
          sg_loop_calls__through_receiver(m, it, call, regs[r], recvs[r], found) ||
          sg_loop_calls__through_kept(m, it, call, regs[r], keeps[r], found))
        return true;
    uint32_t n = sg_loop_calls__stored_methods(m, it, defs, 4);
    for (uint32_t q = 0; q < n; q++) {
      /* a method's own self, or the self of the method a closure sits in */
      uint32_t fs = sg_model_function_scope(m, m->node_scope[defs[q]]);
      uint32_t method = fs != SG_NONE && m->scopes.items[fs].kind == SCOPE_FUNCTION ? m->scopes.items[fs].node : defs[q];
      uint32_t p0 = sg_loop_calls_param(t, method, 0);
      LoopsMatcher mt = {p0 == SG_NONE ? SG_NONE : sg_model_node_symbol(m, p0), it->collection, SG_NONE, SG_NONE, SG_NONE,
                         false, true, false};
      if (sg_loop_calls__through_def(m, call, defs[q], &mt, NULL, found) && found->kind == MUTATION_SHRINK) return true;
    }
    /* `sub(message)` on an object whose class's `__call__` removes it */
    uint32_t dunder = sg_names_find(&t->names, "__call__", 8), named[4];
    uint32_t count = dunder == SG_NONE ? 0 : sg_loop_calls__methods_named(m, dunder, named, 4), kept = 0;
    for (uint32_t c = 0; c < count; c++)
      if (sg_loop_calls__calls_back_owner(m, named[c], call)) named[kept++] = named[c];
    return kept && sg_loop_calls__own_removal(m, it, call, named, kept, found);
  }
  if (t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || attr == SG_NONE) return false;
  /* the item, or `X[k]` with k the loop's key (`self.plugins[name].stop()`) */
  uint32_t v, k;
  bool on_item = item != SG_NONE && sg_loops_same(m, obj, item);
  if (!on_item && it->key != SG_NONE && it->self_symbol == SG_NONE && t->kind[obj] == KIND_SUBSCRIPT &&
      sg_loops_keyed(t, obj, &v, &k))
    on_item = sg_loops_same(m, v, it->collection) && sg_loops_same(m, k, it->key);
  if (!on_item) return false;
  uint32_t named[4];
  uint32_t count = sg_loop_calls__methods_named(m, t->name_id[attr], named, 4);
  /* `observer.update(self, ...)`: the item's method is handed the loop's
   * owner and changes X through it (`subject.attach(...)`, the owner's
   * method); for a dict or set any size change raises */
  uint32_t owner = sg_loop_calls__owner(m, it);
  if (owner != SG_NONE && t->kind[it->collection] == KIND_ATTRIBUTE)
    for (uint32_t c = 0; c < count; c++)
      if (sg_loop_calls__owner_handed(m, it, call, owner, named[c], 1, found)) return true;
  return sg_loop_calls__own_removal(m, it, call, named, count, found) ||
         sg_loop_calls__hands_itself_back(m, it, call, named, count, found);
}

