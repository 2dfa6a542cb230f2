#include "analyses/values.h"

#include <string.h>

#include "analyses/classes.h"
#include "analyses/resolve.h"

const char *sg_value_kind_name(ValueKind kind) {
  static const char *const names[] = {"unknown", "immutable", "lambda", "function", "generator",
                                      "list", "dict", "set", "bytearray", "deque", "defaultdict",
                                      "OrderedDict", "Counter", "dict"};
  return kind <= VALUE_MAPPING ? names[kind] : "?";
}

const char *sg_value_display_name(const SemanticModel *m, uint32_t value, ValueKind kind) {
  static const char *const own[] = {"collections.ChainMap", "collections.UserDict", "collections.UserList",
                                    "array.array"};
  const FlatTree *t = m->tree;
  value = value == SG_NONE ? SG_NONE : sg_flat_unparen(t, value);
  if (value != SG_NONE && t->kind[value] == KIND_CALL) {
    char buf[64];
    const char *q = sg_resolve_qualified(m, sg_flat_field(t, value, FIELD_FUNCTION), buf, sizeof buf);
    for (size_t k = 0; q && k < sizeof own / sizeof *own; k++)
      if (!strcmp(q, own[k])) return strchr(own[k], '.') + 1;
  }
  return sg_value_kind_name(kind);
}

static const struct { const char *qualified; ValueKind kind; } sg_values__constructors[] = {
  {"builtins.list", VALUE_LIST},
  {"builtins.dict", VALUE_DICT},
  {"builtins.set", VALUE_SET},
  {"builtins.bytearray", VALUE_BYTEARRAY},
  {"collections.deque", VALUE_DEQUE},
  {"collections.defaultdict", VALUE_DEFAULTDICT},
  {"collections.OrderedDict", VALUE_ORDEREDDICT},
  {"collections.Counter", VALUE_COUNTER},
  {"collections.ChainMap", VALUE_MAPPING},       /* writes go to its first map */
  {"collections.UserDict", VALUE_MAPPING},
  {"collections.UserList", VALUE_LIST},
  {"array.array", VALUE_LIST},                    /* append/extend/insert/pop like a list */
  {"builtins.sorted", VALUE_LIST},
  {"copy.copy", VALUE_UNKNOWN},
  {"builtins.tuple", VALUE_IMMUTABLE},
  {"builtins.frozenset", VALUE_IMMUTABLE},
  {"builtins.str", VALUE_IMMUTABLE},
  {"builtins.bytes", VALUE_IMMUTABLE},
  {"builtins.int", VALUE_IMMUTABLE},
  {"builtins.float", VALUE_IMMUTABLE},
};

uint32_t sg_value_bound_value(const SemanticModel *m, const Binding *bd) {
  const FlatTree *t = m->tree;
  if (bd->value != SG_NONE || bd->kind != BINDING_KIND_ASSIGNMENT) return bd->value;
  uint32_t assign = bd->context;
  if (assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT) return SG_NONE;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_LEFT));
  uint32_t right = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_RIGHT));
  if (left == SG_NONE || right == SG_NONE || (t->kind[left] != KIND_PATTERN_LIST && t->kind[left] != KIND_TUPLE_PATTERN) ||
      (t->kind[right] != KIND_EXPRESSION_LIST && t->kind[right] != KIND_TUPLE))
    return SG_NONE;
  uint32_t l = sg_flat_named_child(t, left), r = sg_flat_named_child(t, right);
  for (; l != SG_NONE && r != SG_NONE; l = sg_flat_next_named(t, l), r = sg_flat_next_named(t, r)) {
    if (t->kind[l] == KIND_LIST_SPLAT_PATTERN || t->kind[r] == KIND_LIST_SPLAT) return SG_NONE;
    if (l == bd->node) return r;
  }
  return SG_NONE;
}

const Binding *sg_value_sole_binding(const SemanticModel *m, uint32_t ident) {
  uint32_t r = m->node_reference[ident];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return NULL;
  return &m->bindings.items[m->symbols.items[sym].first_binding];
}

uint32_t sg_value_none_tested_get(const SemanticModel *m, uint32_t cond, uint32_t *cursor) {
  const FlatTree *t = m->tree;
  cond = sg_flat_unparen(t, cond);
  if (cond == SG_NONE) return SG_NONE;
  uint32_t v = SG_NONE;
  if (t->kind[cond] == KIND_NOT_OPERATOR) {
    v = sg_flat_unparen(t, sg_flat_field(t, cond, FIELD_ARGUMENT));
  } else if (t->kind[cond] == KIND_COMPARISON_OPERATOR && sg_flat_has_token(t, cond, "is") &&
             !sg_flat_has_token(t, cond, "not")) {
    uint32_t a = sg_flat_named_child(t, cond), b = a == SG_NONE ? SG_NONE : sg_flat_next_named(t, a);
    if (b != SG_NONE && t->kind[b] == KIND_NONE && sg_flat_next_named(t, b) == SG_NONE) v = sg_flat_unparen(t, a);
  }
  uint32_t vs = v != SG_NONE && t->kind[v] == KIND_IDENTIFIER ? sg_model_node_symbol(m, v) : SG_NONE;
  if (vs == SG_NONE) return SG_NONE;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[cond]);
  uint32_t b = *cursor == SG_NONE ? m->symbols.items[vs].first_binding : m->bindings.items[*cursor].next;
  for (; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE || t->start_byte[bd->node] >= t->start_byte[cond] ||
        sg_model_function_scope(m, m->node_scope[bd->node]) != fs)
      continue;
    uint32_t call = sg_flat_unparen(t, bd->value);
    uint32_t fn = t->kind[call] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION)) : SG_NONE;
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE || !sg_flat_text_is(t, sg_flat_field(t, fn, FIELD_ATTRIBUTE), "get"))
      continue;
    *cursor = b;
    return call;
  }
  return SG_NONE;
}

const Binding *sg_value_assigned_once(const SemanticModel *m, uint32_t ident) {
  uint32_t r = m->node_reference[ident];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE) return NULL;
  const Binding *found = NULL;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DEL) continue;
    if (found) return NULL;
    found = bd;
  }
  return found;
}

ValueKind sg_value_of(const SemanticModel *m, uint32_t expr) {
  const FlatTree *t = m->tree;
  expr = sg_flat_unparen(t, expr);
  if (expr == SG_NONE) return VALUE_UNKNOWN;
  if (sg_value_literal_kind(t->kind[expr])) return VALUE_IMMUTABLE;
  switch (t->kind[expr]) {
    case KIND_LIST:
    case KIND_LIST_COMPREHENSION:
      return VALUE_LIST;
    case KIND_DICTIONARY:
    case KIND_DICTIONARY_COMPREHENSION:
      return VALUE_DICT;
    case KIND_SET:
    case KIND_SET_COMPREHENSION:
      return VALUE_SET;
    case KIND_LAMBDA:
      return VALUE_LAMBDA;
    case KIND_GENERATOR_EXPRESSION:
      return VALUE_GENERATOR;
    case KIND_IDENTIFIER: {
      /* a name bound only by a same-file `def` */
      const Binding *bd = sg_value_sole_binding(m, expr);
      return bd && bd->kind == BINDING_KIND_DEF ? VALUE_FUNCTION : VALUE_UNKNOWN;
    }
    case KIND_TUPLE:
      for (uint32_t c = sg_flat_named_child(t, expr); c != SG_NONE; c = sg_flat_next_named(t, c))
        if (sg_value_of(m, c) != VALUE_IMMUTABLE) return VALUE_UNKNOWN;
      return VALUE_IMMUTABLE;
    case KIND_BINARY_OPERATOR: {
      /* [0] * n and [a] + [b] make lists */
      uint32_t op = sg_flat_field(t, expr, FIELD_OPERATOR);
      if (op == SG_NONE || (t->kind[op] != KIND_TOKEN_STAR && t->kind[op] != KIND_TOKEN_PLUS))
        return VALUE_UNKNOWN;
      uint32_t l = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_LEFT));
      uint32_t r = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_RIGHT));
      if ((l != SG_NONE && t->kind[l] == KIND_LIST) || (r != SG_NONE && t->kind[r] == KIND_LIST))
        return VALUE_LIST;
      return VALUE_UNKNOWN;
    }
    case KIND_CALL: {
      uint32_t fn = sg_flat_field(t, expr, FIELD_FUNCTION);
      /* a call of a same-file generator function makes a generator */
      if (fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER && sg_value_of(m, fn) == VALUE_FUNCTION) {
        uint32_t scope = m->node_own_scope[sg_value_sole_binding(m, fn)->context];
        return scope != SG_NONE && (m->scopes.items[scope].flags & SCOPE_FLAG_GENERATOR) ? VALUE_GENERATOR
                                                                                       : VALUE_UNKNOWN;
      }
      char buf[256];
      const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
      if (!q) return VALUE_UNKNOWN;
      for (size_t i = 0; i < sizeof sg_values__constructors / sizeof *sg_values__constructors; i++)
        if (strcmp(q, sg_values__constructors[i].qualified) == 0) {
          ValueKind k = sg_values__constructors[i].kind;
          /* frozenset([...]) / tuple(...) are immutable containers, but
           * their items may not be: good enough for "is it mutable". */
          return k;
        }
      return VALUE_UNKNOWN;
    }
    default:
      return VALUE_UNKNOWN;
  }
}

ValueKind sg_value_of_default(const SemanticModel *m, uint32_t expr) {
  const FlatTree *t = m->tree;
  expr = sg_flat_unparen(t, expr);
  ValueKind direct = sg_value_of(m, expr);
  if (direct != VALUE_UNKNOWN || expr == SG_NONE || t->kind[expr] != KIND_IDENTIFIER) return direct;
  uint32_t r = m->node_reference[expr];
  if (r == SG_NONE) return VALUE_UNKNOWN;
  const Reference *ref = &m->references.items[r];
  if (ref->kind != REFERENCE_GLOBAL || ref->symbol == SG_NONE) return VALUE_UNKNOWN;
  const Symbol *sym = &m->symbols.items[ref->symbol];
  if (sym->scope != 0) return VALUE_UNKNOWN;
  ValueKind kind = VALUE_UNKNOWN;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    if ((bd->kind != BINDING_KIND_ASSIGNMENT && bd->kind != BINDING_KIND_ANNOTATED) ||
        bd->value == SG_NONE)
      return VALUE_UNKNOWN;
    ValueKind k = sg_value_of(m, bd->value);
    if (!sg_value_is_mutable(k) || (kind != VALUE_UNKNOWN && k != kind)) return VALUE_UNKNOWN;
    kind = k;
  }
  return kind;
}

/* Is node (an attribute or subscript) the target of a store or delete? */
static bool sg_values__is_store_target(const FlatTree *t, uint32_t node) {
  uint32_t c = node;
  for (uint32_t p = t->parent[c]; p != SG_NONE; c = p, p = t->parent[p]) {
    switch (t->kind[p]) {
      case KIND_PATTERN_LIST: case KIND_TUPLE_PATTERN: case KIND_LIST_PATTERN:
      case KIND_TUPLE: case KIND_LIST: case KIND_PARENTHESIZED_EXPRESSION:
      case KIND_EXPRESSION_LIST: case KIND_LIST_SPLAT_PATTERN: case KIND_LIST_SPLAT:
        continue;
      case KIND_ASSIGNMENT:
      case KIND_AUGMENTED_ASSIGNMENT:
        return t->field[c] == FIELD_LEFT;
      case KIND_FOR_STATEMENT:
      case KIND_FOR_IN_CLAUSE:
        return t->field[c] == FIELD_LEFT;
      case KIND_DELETE_STATEMENT:
        return true;
      default:
        return false;
    }
  }
  return false;
}

UseKind sg_value_use(const SemanticModel *m, uint32_t ident, uint32_t *where, uint32_t *alias) {
  const FlatTree *t = m->tree;
  *where = ident;
  if (alias) *alias = SG_NONE;
  uint32_t p = t->parent[ident];
  if (p == SG_NONE) return USE_READ;
  uint16_t pk = t->kind[p];

  if (pk == KIND_AUGMENTED_ASSIGNMENT && t->field[ident] == FIELD_LEFT) {
    *where = p;
    return USE_MUTATE;
  }
  if (pk == KIND_ATTRIBUTE && t->field[ident] == FIELD_OBJECT) {
    uint32_t gp = t->parent[p];
    uint32_t attr = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    if (gp != SG_NONE && t->kind[gp] == KIND_CALL && t->field[p] == FIELD_FUNCTION &&
        attr != SG_NONE && sg_value_is_mutating_method(t->name_id[attr])) {
      *where = gp;
      return USE_MUTATE;
    }
    if (sg_values__is_store_target(t, p)) {
      *where = p;
      return USE_MUTATE;
    }
    return USE_READ;
  }
  if (pk == KIND_SUBSCRIPT && t->field[ident] == FIELD_VALUE) {
    /* p[k] = v, del p[k]; and state reached through an item:
     * p[k].append(v), p[k][j] = v */
    for (uint32_t sub = p; sub != SG_NONE;) {
      if (sg_values__is_store_target(t, sub)) {
        *where = sub;
        return USE_MUTATE;
      }
      uint32_t up = t->parent[sub];
      if (up == SG_NONE) break;
      if (t->kind[up] == KIND_SUBSCRIPT && t->field[sub] == FIELD_VALUE) { sub = up; continue; }
      if (t->kind[up] == KIND_ATTRIBUTE && t->field[sub] == FIELD_OBJECT) {
        uint32_t call = t->parent[up];
        uint32_t attr = sg_flat_field(t, up, FIELD_ATTRIBUTE);
        if (call != SG_NONE && t->kind[call] == KIND_CALL && t->field[up] == FIELD_FUNCTION &&
            attr != SG_NONE && sg_value_is_mutating_method(t->name_id[attr])) {
          *where = call;
          return USE_MUTATE;
        }
      }
      break;
    }
    return USE_READ;
  }

  /* Climb through displays that carry the object along: return (p, q). */
  uint32_t c = ident;
  uint32_t q = p;
  bool in_display = false;
  while (q != SG_NONE && (t->kind[q] == KIND_PARENTHESIZED_EXPRESSION || t->kind[q] == KIND_TUPLE ||
                          t->kind[q] == KIND_LIST || t->kind[q] == KIND_EXPRESSION_LIST ||
                          t->kind[q] == KIND_SET || t->kind[q] == KIND_PAIR ||
                          t->kind[q] == KIND_DICTIONARY)) {
    if (t->kind[q] != KIND_PARENTHESIZED_EXPRESSION) in_display = true;
    if (t->kind[q] == KIND_PAIR && t->field[c] == FIELD_KEY) return USE_READ;
    c = q;
    q = t->parent[q];
  }
  if (q == SG_NONE) return USE_READ;
  switch (t->kind[q]) {
    case KIND_RETURN_STATEMENT:
      *where = q;
      return USE_RETURN;
    case KIND_YIELD:
      /* `yield from p` iterates p; it does not hand p out */
      for (uint32_t k = t->first_child[q]; k != SG_NONE; k = t->next_sibling[k])
        if (t->kind[k] == KIND_TOKEN_FROM) return USE_READ;
      *where = q;
      return USE_YIELD;
    case KIND_ASSIGNMENT: {
      if (t->field[c] != FIELD_RIGHT) return USE_READ;
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, q, FIELD_LEFT));
      if (left == SG_NONE) return USE_READ;
      *where = q;
      if (t->kind[left] == KIND_ATTRIBUTE || t->kind[left] == KIND_SUBSCRIPT) return USE_STORE;
      if (t->kind[left] == KIND_IDENTIFIER) {
        uint32_t b = m->node_binding[left];
        if (b == SG_NONE) return USE_READ;
        const Symbol *sym = &m->symbols.items[m->bindings.items[b].symbol];
        uint32_t fs = sg_model_function_scope(m, m->node_scope[left]);
        if (sym->scope == 0 && fs != 0) return USE_STORE;     /* assigned to a global */
        if (sym->flags & SYMBOL_GLOBAL) return USE_STORE;
        if (in_display) return USE_READ;
        if (alias) *alias = left;
        return USE_ALIAS;
      }
      return USE_READ;
    }
    case KIND_ARGUMENT_LIST: {
      /* other.append(p), d.setdefault(k, p): stored in another container */
      uint32_t call = t->parent[q];
      uint32_t fn = call == SG_NONE ? SG_NONE : sg_flat_field(t, call, FIELD_FUNCTION);
      if (fn == SG_NONE) return USE_READ;
      /* heapq.heappush(heap, p), bisect.insort(xs, p): stored in the first argument */
      if (c != sg_flat_named_child(t, q)) {
        char buf[64];
        const char *qn = sg_resolve_qualified(m, fn, buf, sizeof buf);
        if (qn && (!strcmp(qn, "heapq.heappush") || !strcmp(qn, "heapq.heappushpop") ||
                   !strcmp(qn, "heapq.heapreplace") || !strncmp(qn, "bisect.insort", 13))) {
          *where = call;
          return USE_STORE;
        }
      }
      if (t->kind[fn] != KIND_ATTRIBUTE) return USE_READ;
      uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (attr == SG_NONE) return USE_READ;
      uint32_t name = t->name_id[attr];
      if (name == NAME_APPEND || name == NAME_INSERT || name == NAME_ADD ||
          name == NAME_SETDEFAULT || name == NAME_APPENDLEFT || name == NAME_PUT) {
        *where = call;
        return USE_STORE;
      }
      return USE_READ;
    }
    default:
      return USE_READ;
  }
}

/* The statement of the nearest block (or the module) that contains node,
 * and that block. */
static uint32_t sg_values__statement(const FlatTree *t, uint32_t node, uint32_t *block) {
  uint32_t s = node, b = t->parent[node];
  while (b != SG_NONE && t->kind[b] != KIND_BLOCK && t->kind[b] != KIND_MODULE) {
    s = b;
    b = t->parent[b];
  }
  *block = b;
  return s;
}

/* Does the rebinding at ident `r` replace the object before `u` runs, on
 * every path? An approximation of dominance on the tree: r's statement is
 * a plain statement of a block that also holds u, and ends before u. A
 * rebinding under `if <test of the same name>:` (`if not acc: acc = []`)
 * counts too: it is the author's guard against the shared default. */
static bool sg_values__replaced_before(const SemanticModel *m, uint32_t symbol, uint32_t r,
                                       uint32_t u) {
  const FlatTree *t = m->tree;
  uint32_t block;
  uint32_t s = sg_values__statement(t, r, &block);
  if (block == SG_NONE || t->end_byte[s] > t->start_byte[u]) return false;
  if (sg_flat_is_ancestor(t, block, u) || block == 0) {
    switch (t->kind[s]) {
      case KIND_FOR_STATEMENT: case KIND_WHILE_STATEMENT: case KIND_IF_STATEMENT:
      case KIND_TRY_STATEMENT: case KIND_MATCH_STATEMENT:
        break;
      default:
        return true;
    }
  }
  /* guarded: the nearest `if` around r tests the same name */
  for (uint32_t p = t->parent[r]; p != SG_NONE; p = t->parent[p]) {
    if (t->kind[p] == KIND_FUNCTION_DEFINITION || t->kind[p] == KIND_CLASS_DEFINITION) break;
    if (t->kind[p] != KIND_IF_STATEMENT) continue;
    if (t->end_byte[p] > t->start_byte[u]) return false;
    uint32_t cond = sg_flat_field(t, p, FIELD_CONDITION);
    if (cond == SG_NONE) return false;
    for (uint32_t i = cond; i <= t->subtree_end[cond]; i++) {
      uint32_t ref = m->node_reference[i];
      if (ref != SG_NONE && m->references.items[ref].symbol == symbol) return true;
    }
    return false;
  }
  return false;
}

static bool sg_values__is_rebinding(BindingKind kind) {
  switch (kind) {
    case BINDING_KIND_PARAMETER: case BINDING_KIND_AUGMENTED: case BINDING_KIND_DECLARATION:
    case BINDING_KIND_GLOBAL_DECL: case BINDING_KIND_NONLOCAL_DECL:
      return false;
    default:
      return true;
  }
}

/* A read is compared with at most this many rebindings before it; past
 * them (generated code) its object is taken as possibly replaced, and the
 * read is not followed. */
#define SG_VALUES__REBINDINGS 1000

/* Is the object at read u possibly not the one the symbol started with? */
static bool sg_values__maybe_replaced(const SemanticModel *m, uint32_t symbol, uint32_t origin,
                                      uint32_t u, bool closure) {
  const FlatTree *t = m->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  uint32_t seen = 0;
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (b == origin || !sg_values__is_rebinding(bd->kind)) continue;
    if (closure) return true;  /* a closure may run after any rebinding */
    /* bindings come in file order: one that starts at or after the read
     * cannot replace the object before it, nor can those after it */
    if (t->start_byte[bd->node] >= t->start_byte[u]) break;
    if (++seen > SG_VALUES__REBINDINGS) return true;
    if (sg_values__replaced_before(m, symbol, bd->node, u)) return true;
  }
  return false;
}

bool sg_value_is_removal(const SemanticModel *m, uint32_t where) {
  const FlatTree *t = m->tree;
  if (where == SG_NONE) return false;
  if (t->kind[where] == KIND_CALL) {
    uint32_t fn = sg_flat_field(t, where, FIELD_FUNCTION);
    uint32_t attr = fn == SG_NONE ? SG_NONE : sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (attr == SG_NONE) return false;
    switch (t->name_id[attr]) {
      case NAME_POP: case NAME_POPITEM: case NAME_REMOVE: case NAME_DISCARD: case NAME_CLEAR:
      case NAME_POPLEFT:
      case NAME_SORT: case NAME_REVERSE: case NAME_ROTATE:  /* reorder: nothing on an empty one */
        return true;
      default:
        return false;
    }
  }
  for (uint32_t p = t->parent[where]; p != SG_NONE; p = t->parent[p]) {
    if (t->kind[p] == KIND_DELETE_STATEMENT) return true;
    if (t->kind[p] != KIND_EXPRESSION_LIST && t->kind[p] != KIND_PARENTHESIZED_EXPRESSION) break;
  }
  return false;
}

bool sg_value_is_empty(const SemanticModel *m, uint32_t expr) {
  const FlatTree *t = m->tree;
  expr = sg_flat_unparen(t, expr);
  if (expr == SG_NONE) return false;
  switch (t->kind[expr]) {
    case KIND_LIST: case KIND_DICTIONARY: case KIND_SET:
      return sg_flat_named_child(t, expr) == SG_NONE;
    case KIND_CALL:
      return sg_flat_named_child(t, sg_flat_field(t, expr, FIELD_ARGUMENTS)) == SG_NONE;
    default:
      return false;
  }
}

/* Calls fn(ud, use, where) for each read of the symbol's object (from
 * binding `origin` on) that mutates it or lets it escape, following one
 * level of local aliases; stops when fn returns true. */
typedef bool (*SgValuesEscapeFn)(void *ud, UseKind use, uint32_t where);

/* The next reference of `symbol` after reference r (SG_NONE: from its
 * first) that reads the object bound at `origin`: not before origin's
 * node, and not where the name may have been rebound first. With origin
 * SG_NONE, every reference. */
static uint32_t sg_values__next_read(const SemanticModel *m, uint32_t symbol, uint32_t origin,
                                     uint32_t r) {
  const FlatTree *t = m->tree;
  uint32_t after = origin == SG_NONE ? 0 : t->start_byte[m->bindings.items[origin].node];
  r = r == SG_NONE ? m->symbols.items[symbol].first_reference : m->references.items[r].next;
  for (; r != SG_NONE; r = m->references.items[r].next) {
    const Reference *ref = &m->references.items[r];
    if (t->start_byte[ref->node] < after) continue;
    if (origin != SG_NONE &&
        sg_values__maybe_replaced(m, symbol, origin, ref->node, ref->kind == REFERENCE_FREE))
      continue;
    return r;
  }
  return SG_NONE;
}

uint32_t sg_value_next_read(const SemanticModel *m, uint32_t symbol, uint32_t origin, uint32_t r) {
  return sg_values__next_read(m, symbol, origin, r);
}

static bool sg_values__scan(const SemanticModel *m, uint32_t symbol, uint32_t origin,
                            bool ignore_removals, int depth, SgValuesEscapeFn fn, void *ud) {
  for (uint32_t r = sg_values__next_read(m, symbol, origin, SG_NONE); r != SG_NONE;
       r = sg_values__next_read(m, symbol, origin, r)) {
    const Reference *ref = &m->references.items[r];
    uint32_t alias = SG_NONE, where;
    UseKind use = sg_value_use(m, ref->node, &where, &alias);
    if (use == USE_ALIAS && depth == 0 && alias != SG_NONE) {
      uint32_t b = m->node_binding[alias];
      uint32_t asym = b == SG_NONE ? SG_NONE : m->bindings.items[b].symbol;
      if (asym != SG_NONE && asym != symbol &&
          sg_values__scan(m, asym, b, ignore_removals, depth + 1, fn, ud))
        return true;
      continue;
    }
    if (use == USE_MUTATE && ignore_removals && sg_value_is_removal(m, where)) continue;
    if (use != USE_READ && use != USE_ALIAS && fn(ud, use, where)) return true;
  }
  return false;
}

static uint32_t sg_values__parameter_origin(const SemanticModel *m, uint32_t symbol) {
  const Symbol *sym = &m->symbols.items[symbol];
  for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind == BINDING_KIND_PARAMETER) return b;
  return SG_NONE;
}

uint32_t sg_value_parameter_origin(const SemanticModel *m, uint32_t symbol) {
  return sg_values__parameter_origin(m, symbol);
}

static bool sg_values__first(void *ud, UseKind use, uint32_t where) {
  (void)where;
  *(UseKind *)ud = use;
  return true;
}

/* How the first read of a parameter's object that mutates it or lets it
 * escape (as sg_value_escape_of follows them) uses it; USE_READ when none. */
static UseKind sg_values__first_escape(const SemanticModel *m, uint32_t symbol) {
  UseKind first = USE_READ;
  /* the parameter's own binding is the origin */
  sg_values__scan(m, symbol, sg_values__parameter_origin(m, symbol), false, 0, sg_values__first,
                  &first);
  return first;
}

static bool sg_values__own_return(const SemanticModel *m, uint32_t binding, uint32_t ret);
static uint32_t sg_values__escape_mutation(const SemanticModel *m, uint32_t binding, UseKind use,
                                           uint32_t where);

typedef struct SgValuesBest {
  const SemanticModel *m;
  uint32_t binding;
  ValueEscape *out;
  bool callers_seen;  /* same-file callers already searched (once per function) */
} SgValuesBest;

/* Keep the first mutation; else the first escape whose object is seen
 * mutated later; else the first escape. */
static bool sg_values__best(void *ud, UseKind use, uint32_t where) {
  SgValuesBest *b = ud;
  ValueEscape *out = b->out;
  if (use == USE_MUTATE) {
    out->use = use;
    out->where = where;
    out->mutation = where;
    return true;
  }
  if (out->mutation != SG_NONE) return false;
  uint32_t mutation = SG_NONE;
  if (use == USE_RETURN && b->callers_seen) {
    /* every return of the function has the same callers: searched once */
  } else {
    mutation = sg_values__escape_mutation(b->m, b->binding, use, where);
    if (use == USE_RETURN && sg_values__own_return(b->m, b->binding, where)) b->callers_seen = true;
  }
  if (mutation != SG_NONE || out->use == USE_READ) {
    out->use = use;
    out->where = where;
    out->mutation = mutation;
  }
  return false;
}

void sg_value_escape_of(const SemanticModel *m, uint32_t symbol, bool ignore_removals,
                        ValueEscape *out) {
  out->use = USE_READ;
  out->where = SG_NONE;
  out->mutation = SG_NONE;
  uint32_t origin = sg_values__parameter_origin(m, symbol);
  SgValuesBest best = {m, origin, out, false};
  sg_values__scan(m, symbol, origin, ignore_removals, 0, sg_values__best, &best);
}

/* ---- is an escaped object mutated later? ---------------------------------- */

/* The nearest class definition around node, or SG_NONE. */
static uint32_t sg_values__class_of(const FlatTree *t, uint32_t node) {
  for (uint32_t p = t->parent[node]; p != SG_NONE; p = t->parent[p])
    if (t->kind[p] == KIND_CLASS_DEFINITION) return p;
  return SG_NONE;
}

/* Is attribute node `attr` read on the receiver of the method it is in
 * (`self.x`, `cls.x`: the first parameter of a function defined in a class
 * body)? In another class that is that class's own attribute; any other
 * object there (`self._routes[p].x`, `route.x`) may be anyone's. */
static bool sg_values__on_receiver(const SemanticModel *m, uint32_t attr) {
  const FlatTree *t = m->tree;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, attr, FIELD_OBJECT));
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return false;
  uint32_t sym = sg_model_node_symbol(m, obj);
  if (sym == SG_NONE) return true;  /* unresolved: not known to be another object */
  uint32_t b = m->symbols.items[sym].first_binding;
  if (b == SG_NONE || m->bindings.items[b].kind != BINDING_KIND_PARAMETER) return false;
  uint32_t scope = m->symbols.items[sym].scope, parent = m->scopes.items[scope].parent;
  if (parent == SG_NONE || m->scopes.items[parent].kind != SCOPE_CLASS) return false;
  uint32_t params = sg_flat_field(t, m->scopes.items[scope].node, FIELD_PARAMETERS);
  uint32_t first = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params);
  if (first == SG_NONE) return false;
  uint32_t id = t->kind[first] == KIND_IDENTIFIER ? first : sg_flat_field(t, first, FIELD_NAME);
  return id != SG_NONE && t->name_id[id] == m->symbols.items[sym].name;
}

uint32_t sg_value_attribute_mutation(const SemanticModel *m, uint32_t name, uint32_t within) {
  const FlatTree *t = m->tree;
  /* the attributes of that name, in file order (the model's index: not a
   * walk over the file per question) */
  uint32_t first, end;
  sg_model_attributes_named(m, name, &first, &end);
  for (uint32_t k = first; k < end; k++) {
    uint32_t i = m->attributes.items[2 * k + 1];
    uint32_t where;
    if (sg_value_use(m, i, &where, NULL) != USE_MUTATE) continue;
    uint32_t cls = within == SG_NONE ? SG_NONE : sg_values__class_of(t, i);
    if (cls == SG_NONE || cls == within || !sg_values__on_receiver(m, i)) return where;
  }
  return SG_NONE;
}


/* The first read of `symbol` (after binding `origin`, when given) that
 * mutates its object in place. */
static uint32_t sg_values__symbol_mutation(const SemanticModel *m, uint32_t symbol,
                                           uint32_t origin) {
  for (uint32_t r = sg_values__next_read(m, symbol, origin, SG_NONE); r != SG_NONE;
       r = sg_values__next_read(m, symbol, origin, r)) {
    uint32_t where;
    if (sg_value_use(m, m->references.items[r].node, &where, NULL) == USE_MUTATE) return where;
  }
  return SG_NONE;
}

/* Where the object stored by `where` (a USE_STORE) is mutated: through
 * the attribute name it was stored under, or the global it was bound to. */
static uint32_t sg_values__stored_mutation(const SemanticModel *m, uint32_t where) {
  const FlatTree *t = m->tree;
  if (t->kind[where] != KIND_ASSIGNMENT) return SG_NONE;  /* other.append(p): not followed */
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, where, FIELD_LEFT));
  if (left == SG_NONE) return SG_NONE;
  if (t->kind[left] == KIND_ATTRIBUTE) {
    /* stored in a class's method: another class's `.name` is another attribute */
    uint32_t attr = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    return attr == SG_NONE ? SG_NONE
                           : sg_value_attribute_mutation(m, t->name_id[attr], sg_values__class_of(t, where));
  }
  if (t->kind[left] == KIND_IDENTIFIER) {
    /* `global g; g = p` binds a function-scope symbol marked global: the
     * module's symbol has the other functions' reads */
    uint32_t sym = sg_model_symbol(m, 0, t->name_id[left]);
    return sym == SG_NONE ? SG_NONE : sg_values__symbol_mutation(m, sym, SG_NONE);
  }
  return SG_NONE;  /* d[k] = p: not followed */
}

/* Where the object expression `expr` evaluates to is mutated: in place at
 * once, through the local name it is bound to, or through the attribute
 * name or global it is stored in. SG_NONE when not seen. */
static uint32_t sg_values__result_mutation(const SemanticModel *m, uint32_t expr) {
  uint32_t where, alias = SG_NONE;
  switch (sg_value_use(m, expr, &where, &alias)) {
    case USE_MUTATE:
      return where;
    case USE_ALIAS: {
      uint32_t b = alias == SG_NONE ? SG_NONE : m->node_binding[alias];
      if (b == SG_NONE) return SG_NONE;
      return sg_values__symbol_mutation(m, m->bindings.items[b].symbol, b);
    }
    case USE_STORE:
      return sg_values__stored_mutation(m, where);
    default:
      return SG_NONE;
  }
}

/* Does the call pass an argument for the parameter at `index` (counted
 * among the positional parameters; SG_NONE for keyword-only) named
 * `name`? A splat may: counts as passed. */
static bool sg_values__call_passes(const FlatTree *t, uint32_t call, uint32_t index, uint32_t name) {
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) return true;  /* f(x for x in y) */
  uint32_t positional = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) return true;
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
      uint32_t kw = sg_flat_field(t, a, FIELD_NAME);
      if (kw != SG_NONE && t->name_id[kw] == name) return true;
      continue;
    }
    if (t->kind[a] == KIND_COMMENT) continue;
    positional++;
  }
  return index != SG_NONE && positional > index;
}

/* The function definition that declares parameter `binding`, or SG_NONE
 * (a lambda). */
static uint32_t sg_values__parameter_def(const SemanticModel *m, uint32_t binding) {
  const FlatTree *t = m->tree;
  if (binding == SG_NONE) return SG_NONE;
  uint32_t params = t->parent[m->bindings.items[binding].context];
  uint32_t def = params == SG_NONE ? SG_NONE : t->parent[params];
  return def != SG_NONE && t->kind[def] == KIND_FUNCTION_DEFINITION ? def : SG_NONE;
}

/* Is `ret` a return of the parameter's own function (not of a nested one)? */
static bool sg_values__own_return(const SemanticModel *m, uint32_t binding, uint32_t ret) {
  uint32_t def = sg_values__parameter_def(m, binding);
  uint32_t own = def == SG_NONE ? SG_NONE : m->node_own_scope[def];
  return own != SG_NONE && sg_model_function_scope(m, m->node_scope[ret]) == own;
}

static bool sg_values__is_instance_of_call(const FlatTree *t, uint32_t e, uint32_t cname) {
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || t->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
  return fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER && t->name_id[fn] == t->name_id[cname];
}

/* Is `obj` surely an instance of class definition `cls`: `self` (any
 * method's first parameter) inside cls, a call `C(...)` of cls's name, or
 * a name bound only to such a call? */
static bool sg_values__is_instance_of(const SemanticModel *m, uint32_t obj, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t cname = sg_flat_field(t, cls, FIELD_NAME);
  obj = sg_flat_unparen(t, obj);
  if (obj == SG_NONE || cname == SG_NONE) return false;
  if (t->kind[obj] == KIND_CALL) return sg_values__is_instance_of_call(t, obj, cname);
  const Binding *bd = t->kind[obj] == KIND_IDENTIFIER ? sg_value_sole_binding(m, obj) : NULL;
  if (!bd) return false;
  if (bd->kind == BINDING_KIND_PARAMETER) {
    /* the first parameter of a method of cls */
    uint32_t params = t->parent[bd->node];
    while (params != SG_NONE && t->kind[params] != KIND_PARAMETERS &&
           t->kind[params] != KIND_FUNCTION_DEFINITION)
      params = t->parent[params];
    if (params == SG_NONE || t->kind[params] != KIND_PARAMETERS) return false;
    uint32_t def = t->parent[params];
    if (def == SG_NONE || t->kind[def] != KIND_FUNCTION_DEFINITION) return false;
    uint32_t ds = m->node_scope[def];
    if (ds == SG_NONE || m->scopes.items[ds].node != cls) return false;
    uint32_t first = sg_flat_named_child(t, params);
    if (first != SG_NONE && t->kind[first] == KIND_TYPED_PARAMETER) first = sg_flat_named_child(t, first);
    return first == bd->node;
  }
  if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE)
    return sg_values__is_instance_of_call(t, bd->value, cname);
  return false;
}

/* Where a same-file caller that leaves parameter `binding` to its default
 * mutates the object the function returns. */
static uint32_t sg_values__caller_mutation(const SemanticModel *m, uint32_t binding,
                                           uint32_t ret) {
  const FlatTree *t = m->tree;
  const Binding *bd = &m->bindings.items[binding];
  /* the return must be the function's own, not a nested function's */
  if (!sg_values__own_return(m, binding, ret)) return SG_NONE;
  uint32_t def = sg_values__parameter_def(m, binding);
  uint32_t params = t->parent[bd->context];
  uint32_t fname = sg_flat_field(t, def, FIELD_NAME);
  if (fname == SG_NONE) return SG_NONE;
  /* the parameter's position; a method called as obj.m(...) skips self */
  uint32_t index = 0;
  bool keyword_only = false;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE && p != bd->context;
       p = sg_flat_next_named(t, p)) {
    uint16_t k = t->kind[p];
    if (k == KIND_KEYWORD_SEPARATOR || k == KIND_LIST_SPLAT_PATTERN) keyword_only = true;
    else if (k == KIND_IDENTIFIER || k == KIND_TYPED_PARAMETER || k == KIND_DEFAULT_PARAMETER ||
             k == KIND_TYPED_DEFAULT_PARAMETER)
      index++;
  }
  uint32_t scope = m->node_scope[def];
  bool method = scope != SG_NONE && m->scopes.items[scope].kind == SCOPE_CLASS;
  uint32_t cls = method ? m->scopes.items[scope].node : SG_NONE;
  uint32_t name = t->name_id[bd->node];
  /* the calls of that name, in file order (the model's index: not a walk
   * over the file per returned parameter) */
  uint32_t first, end;
  sg_model_calls_named(m, t->name_id[fname], &first, &end);
  for (uint32_t k = first; k < end; k++) {
    uint32_t i = m->calls.items[2 * k + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
    if (fn == SG_NONE) continue;
    uint32_t at = index;
    if (t->kind[fn] == KIND_ATTRIBUTE && method) {
      uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (attr == SG_NONE || t->name_id[attr] != t->name_id[fname] || index == 0) continue;
      /* the class's own method: `self.m()` inside the class, or `C(...).m()`
       * and `obj.m()` where obj is bound to `C(...)`; not any `.m()` */
      if (!sg_values__is_instance_of(m, sg_flat_field(t, fn, FIELD_OBJECT), cls)) continue;
      at = index - 1;
    } else if (t->kind[fn] != KIND_IDENTIFIER || method || t->name_id[fn] != t->name_id[fname]) {
      continue;
    }
    if (sg_values__call_passes(t, i, keyword_only ? SG_NONE : at, name)) continue;
    uint32_t mutation = sg_values__result_mutation(m, i);
    if (mutation != SG_NONE) return mutation;
  }
  return SG_NONE;
}

/* Where an escaped parameter object is mutated in the file: stored as
 * `obj.name = p` and some `<x>.name` is mutated in place in the file (in
 * the same class, outside every class, or in another class not on its own
 * receiver, when stored in a class); bound
 * to a global that is mutated; returned, and a same-file caller that
 * leaves the parameter to its default mutates the result (directly,
 * through one local name, or the attribute it stores it in). `binding` is
 * the parameter's binding. SG_NONE when nothing shows it; yielded objects
 * and objects put into other containers are not followed. */
static uint32_t sg_values__escape_mutation(const SemanticModel *m, uint32_t binding, UseKind use,
                                           uint32_t where) {
  switch (use) {
    case USE_MUTATE:
      return where;
    case USE_STORE:
      return sg_values__stored_mutation(m, where);
    case USE_RETURN:
      return binding == SG_NONE ? SG_NONE : sg_values__caller_mutation(m, binding, where);
    default:
      return SG_NONE;  /* a yielded object: its consumers are not followed */
  }
}

/* ---- int-valued expressions (sequence repetition counts) ------------------ */

static bool sg_values__int_call(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  return sg_resolve_is(m, fn, "builtins.len") || sg_resolve_is(m, fn, "builtins.int") ||
         sg_resolve_is(m, fn, "operator.index") || sg_resolve_is(m, fn, "math.floor") ||
         sg_resolve_is(m, fn, "math.ceil") || sg_resolve_is(m, fn, "math.isqrt");
}

/* Is the name surely bound to an int: every binding an int-valued
 * assignment, a `for` target over `range(...)`, or a parameter annotated
 * `int` (or defaulting to an integer literal, with no annotation)? */
static bool sg_values__is_int(const SemanticModel *m, uint32_t expr, int depth, uint32_t *steps);

/* A name's every binding is searched, and so on 6 levels down: `a1 = a0 +
 * a0` bound ten times over, `a2 = a1 + a1` ten times... fans out without
 * end. At most this many expressions are looked at per question; past it
 * the expression is not known to be an int. */
#define SG_VALUES__INT_STEPS 2000

static bool sg_values__int_name(const SemanticModel *m, uint32_t ident, int depth, uint32_t *steps) {
  const FlatTree *t = m->tree;
  uint32_t r = m->node_reference[ident];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].first_binding == SG_NONE) return false;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (++*steps > SG_VALUES__INT_STEPS) return false;
    switch (bd->kind) {
      case BINDING_KIND_DECLARATION:
        continue;
      case BINDING_KIND_ASSIGNMENT: case BINDING_KIND_ANNOTATED: case BINDING_KIND_AUGMENTED:
      case BINDING_KIND_WALRUS:
        if (bd->value == SG_NONE || !sg_values__is_int(m, bd->value, depth + 1, steps)) return false;
        continue;
      case BINDING_KIND_FOR_TARGET: {
        uint32_t ctx = bd->context;
        if (ctx == SG_NONE || t->kind[ctx] != KIND_FOR_STATEMENT) return false;
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, ctx, FIELD_LEFT));
        uint32_t right = sg_flat_unparen(t, sg_flat_field(t, ctx, FIELD_RIGHT));
        if (left != bd->node || right == SG_NONE || t->kind[right] != KIND_CALL ||
            !sg_resolve_is(m, sg_flat_field(t, right, FIELD_FUNCTION), "builtins.range"))
          return false;
        continue;
      }
      case BINDING_KIND_PARAMETER: {
        uint32_t p = bd->context;
        uint32_t type = p == SG_NONE ? SG_NONE : sg_flat_field(t, p, FIELD_TYPE);
        if (type != SG_NONE) {
          uint32_t e = type;
          while (e != SG_NONE && t->kind[e] == KIND_TYPE) e = sg_flat_named_child(t, e);
          if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER || !sg_flat_text_is(t, e, "int"))
            return false;
          continue;
        }
        uint32_t v = sg_flat_unparen(t, bd->value);
        if (v == SG_NONE || t->kind[v] != KIND_INTEGER) return false;
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}

/* depth bounds the search: names and operators nest at most 6 levels */
static bool sg_values__is_int(const SemanticModel *m, uint32_t expr, int depth, uint32_t *steps) {
  const FlatTree *t = m->tree;
  expr = sg_flat_unparen(t, expr);
  if (expr == SG_NONE || depth > 6 || ++*steps > SG_VALUES__INT_STEPS) return false;
  switch (t->kind[expr]) {
    case KIND_INTEGER:
      return true;
    case KIND_UNARY_OPERATOR: {
      uint32_t arg = sg_flat_field(t, expr, FIELD_ARGUMENT);
      return arg != SG_NONE && sg_values__is_int(m, arg, depth + 1, steps);
    }
    case KIND_BINARY_OPERATOR: {
      uint32_t op = sg_flat_field(t, expr, FIELD_OPERATOR);
      if (op == SG_NONE) return false;
      static const char *const ops[] = {"+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"};
      bool known = false;
      for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) known |= sg_flat_text_is(t, op, ops[i]);
      return known && sg_values__is_int(m, sg_flat_field(t, expr, FIELD_LEFT), depth + 1, steps) &&
             sg_values__is_int(m, sg_flat_field(t, expr, FIELD_RIGHT), depth + 1, steps);
    }
    case KIND_CALL:
      return sg_values__int_call(m, expr);
    case KIND_IDENTIFIER:
      return sg_values__int_name(m, expr, depth, steps);
    default:
      return false;
  }
}

bool sg_value_is_int(const SemanticModel *m, uint32_t expr) {
  uint32_t steps = 0;
  return sg_values__is_int(m, expr, 0, &steps);
}

/* ---- items of a container mutated through it ------------------------------ */

/* Where an item of the container at `node` (a read of it) is changed in
 * place through it: `x[i].append(v)`, `x[i][j] = v`, `x[i] += v`, or
 * `for row in x:` / `for i, row in enumerate(x):` and `row` mutated in
 * the loop. Replacing a slot (`x[i] = v`) is not. */
static uint32_t sg_values__slot_mutation(const SemanticModel *m, uint32_t node, bool *replaced) {
  const FlatTree *t = m->tree;
  uint32_t p = t->parent[node];
  if (p == SG_NONE) return SG_NONE;
  uint32_t where;
  if (t->kind[p] == KIND_SUBSCRIPT && t->field[node] == FIELD_VALUE) {
    uint32_t index = sg_flat_field(t, p, FIELD_SUBSCRIPT);
    if (index != SG_NONE && t->kind[index] == KIND_SLICE) return SG_NONE;  /* a copy */
    uint32_t q = t->parent[p];
    if (q != SG_NONE && t->kind[q] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT) {
      *replaced = true;  /* x[i] = v: slot i gets its own object */
      return SG_NONE;
    }
    return sg_value_use(m, p, &where, NULL) == USE_MUTATE ? where : SG_NONE;
  }
  /* the loop over it: for row in x / for i, row in enumerate(x) */
  uint32_t iter = node, target_at = 0;
  if (t->kind[p] == KIND_ARGUMENT_LIST && sg_flat_named_child(t, p) == node) {
    uint32_t call = t->parent[p];
    if (call == SG_NONE || !sg_resolve_is(m, sg_flat_field(t, call, FIELD_FUNCTION), "builtins.enumerate"))
      return SG_NONE;
    iter = call;
    target_at = 1;
    p = t->parent[call];
  }
  if (p == SG_NONE || t->kind[p] != KIND_FOR_STATEMENT || t->field[iter] != FIELD_RIGHT) return SG_NONE;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_LEFT));
  if (left != SG_NONE && target_at == 1) {
    if (t->kind[left] != KIND_PATTERN_LIST && t->kind[left] != KIND_TUPLE_PATTERN) return SG_NONE;
    uint32_t first = sg_flat_named_child(t, left);
    left = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
  }
  if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t b = m->node_binding[left];
  if (b == SG_NONE) return SG_NONE;
  uint32_t body = sg_flat_field(t, p, FIELD_BODY);
  const Symbol *sym = &m->symbols.items[m->bindings.items[b].symbol];
  for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t rn = m->references.items[r].node;
    if (body == SG_NONE || !sg_flat_is_ancestor(t, body, rn)) continue;
    if (sg_value_use(m, rn, &where, NULL) == USE_MUTATE) return where;
  }
  return SG_NONE;
}

static uint32_t sg_values__item_mutation(const SemanticModel *m, uint32_t expr, bool *replaced) {
  const FlatTree *t = m->tree;
  /* up through parentheses and concatenation: `[a] + [[]] * n` keeps the slots */
  uint32_t c = expr, p = t->parent[expr];
  while (p != SG_NONE && (t->kind[p] == KIND_PARENTHESIZED_EXPRESSION ||
                          (t->kind[p] == KIND_BINARY_OPERATOR &&
                           sg_flat_text_is(t, sg_flat_field(t, p, FIELD_OPERATOR), "+"))))
    c = p, p = t->parent[p];
  if (p != SG_NONE && (t->kind[p] == KIND_DEFAULT_PARAMETER || t->kind[p] == KIND_TYPED_DEFAULT_PARAMETER) &&
      t->field[c] == FIELD_VALUE) {
    /* a parameter's default: `def f(rows=[[]] * 3)` and rows[0].append(v) */
    uint32_t name = sg_flat_field(t, p, FIELD_NAME);
    if (t->kind[p] == KIND_TYPED_DEFAULT_PARAMETER && name == SG_NONE) name = sg_flat_named_child(t, p);
    uint32_t b = name == SG_NONE ? SG_NONE : m->node_binding[name];
    if (b == SG_NONE) return SG_NONE;
    uint32_t symbol = m->bindings.items[b].symbol, found = SG_NONE;
    for (uint32_t r = sg_values__next_read(m, symbol, b, SG_NONE); r != SG_NONE;
         r = sg_values__next_read(m, symbol, b, r)) {
      uint32_t where = sg_values__slot_mutation(m, m->references.items[r].node, replaced);
      if (where != SG_NONE && found == SG_NONE) found = where;
    }
    return found;
  }
  if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[c] != FIELD_RIGHT) return SG_NONE;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_LEFT));
  if (left == SG_NONE) return SG_NONE;
  if (t->kind[left] == KIND_IDENTIFIER) {
    uint32_t b = m->node_binding[left];
    if (b == SG_NONE) return SG_NONE;
    uint32_t symbol = m->bindings.items[b].symbol;
    const Symbol *sym = &m->symbols.items[symbol];
    uint32_t found = SG_NONE;
    /* reads after the assignment, and reads from nested functions (they
     * may run later) */
    for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
      const Reference *ref = &m->references.items[r];
      if (ref->kind != REFERENCE_FREE && ref->kind != REFERENCE_GLOBAL &&
          t->start_byte[ref->node] < t->end_byte[p])
        continue;
      if (ref->kind == REFERENCE_LOCAL &&
          sg_values__maybe_replaced(m, symbol, b, ref->node, false))
        continue;
      uint32_t where = sg_values__slot_mutation(m, ref->node, replaced);
      if (where != SG_NONE && found == SG_NONE) found = where;
    }
    return found;
  }
  if (t->kind[left] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (attr == SG_NONE) return SG_NONE;
    uint32_t found = SG_NONE;
    for (uint32_t i = 0; i < t->count; i++) {
      if (t->kind[i] != KIND_ATTRIBUTE) continue;
      uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
      if (a == SG_NONE || t->name_id[a] != t->name_id[attr]) continue;
      uint32_t where = sg_values__slot_mutation(m, i, replaced);
      if (where != SG_NONE && found == SG_NONE) found = where;
    }
    return found;
  }
  return SG_NONE;
}

uint32_t sg_value_item_mutation(const SemanticModel *m, uint32_t expr) {
  bool replaced = false;
  uint32_t where = sg_values__item_mutation(m, expr, &replaced);
  /* a slot replaced anywhere: the mutated slot may hold its own object */
  return replaced ? SG_NONE : where;
}

/* ---- passed to a same-file callee that keeps it ---------------------------- */

/* The parameter node (identifier, typed, default...) of `params` that
 * receives positional argument `index` (skipping `skip` leading ones) or
 * keyword `name` (SG_NONE for neither); SG_NONE when none does. */
uint32_t sg_value_callee_param(const FlatTree *t, uint32_t params, uint32_t skip,
                                        uint32_t index, uint32_t name) {
  uint32_t at = 0;
  bool keyword_only = false;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE; p = sg_flat_next_named(t, p)) {
    uint16_t k = t->kind[p];
    if (k == KIND_KEYWORD_SEPARATOR || k == KIND_LIST_SPLAT_PATTERN ||
        k == KIND_DICTIONARY_SPLAT_PATTERN) {
      keyword_only = true;
      continue;
    }
    if (k == KIND_POSITIONAL_SEPARATOR || k == KIND_COMMENT) continue;
    uint32_t id = p;
    while (id != SG_NONE && t->kind[id] != KIND_IDENTIFIER) id = sg_flat_named_child(t, id);
    if (id == SG_NONE) continue;
    if (at >= skip) {
      if (index != SG_NONE && !keyword_only && at - skip == index) return id;
      if (name != SG_NONE && t->name_id[id] == name) return id;
    }
    at++;
  }
  return SG_NONE;
}

uint32_t sg_value_call_escape(const SemanticModel *m, uint32_t symbol, uint32_t *callee,
                              UseKind *use) {
  const FlatTree *t = m->tree;
  uint32_t origin = sg_values__parameter_origin(m, symbol);
  for (uint32_t r = sg_values__next_read(m, symbol, origin, SG_NONE); r != SG_NONE;
       r = sg_values__next_read(m, symbol, origin, r)) {
    const Reference *ref = &m->references.items[r];
    uint32_t arg = ref->node, args = t->parent[arg], keyword = SG_NONE;
    if (args != SG_NONE && t->kind[args] == KIND_KEYWORD_ARGUMENT && t->field[arg] == FIELD_VALUE) {
      uint32_t kw = sg_flat_field(t, args, FIELD_NAME);
      keyword = kw == SG_NONE ? SG_NONE : t->name_id[kw];
      arg = args;
      args = t->parent[args];
    }
    if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) continue;
    uint32_t call = t->parent[args];
    uint32_t fn = call == SG_NONE ? SG_NONE : sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) continue;
    uint32_t index = SG_NONE;
    if (keyword == SG_NONE) {
      index = 0;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && a != arg;
           a = sg_flat_next_named(t, a)) {
        if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) { index = SG_NONE; break; }
        if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_COMMENT) continue;
        index++;
      }
      if (index == SG_NONE) continue;
    }
    const Binding *fb = sg_value_sole_binding(m, fn);
    if (!fb) continue;
    uint32_t def = fb->context, params = SG_NONE, skip = 0;
    if (fb->kind == BINDING_KIND_DEF && def != SG_NONE && t->kind[def] == KIND_FUNCTION_DEFINITION) {
      params = sg_flat_field(t, def, FIELD_PARAMETERS);
    } else if (fb->kind == BINDING_KIND_CLASS && def != SG_NONE &&
               t->kind[def] == KIND_CLASS_DEFINITION) {
      if (sg_classes_is_record(t, def)) {
        *callee = call;
        *use = USE_STORE;
        return ref->node;
      }
      /* its own __init__ */
      uint32_t body = sg_flat_field(t, def, FIELD_BODY);
      for (uint32_t s = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); s != SG_NONE;
           s = sg_flat_next_named(t, s)) {
        uint32_t d = s;
        if (t->kind[d] == KIND_DECORATED_DEFINITION) d = sg_flat_field(t, d, FIELD_DEFINITION);
        if (d == SG_NONE || t->kind[d] != KIND_FUNCTION_DEFINITION) continue;
        uint32_t nm = sg_flat_field(t, d, FIELD_NAME);
        if (nm != SG_NONE && t->name_id[nm] == NAME_DUNDER_INIT) {
          params = sg_flat_field(t, d, FIELD_PARAMETERS);
          skip = 1;
        }
      }
    }
    if (params == SG_NONE) continue;
    uint32_t p = sg_value_callee_param(t, params, skip, index, keyword);
    uint32_t pb = p == SG_NONE ? SG_NONE : m->node_binding[p];
    if (pb == SG_NONE) continue;
    UseKind u = sg_values__first_escape(m, m->bindings.items[pb].symbol);
    if (u == USE_READ) continue;
    *callee = call;
    *use = u;
    return ref->node;
  }
  return SG_NONE;
}

/* The public methods of the builtin containers sg_value_lacks_method knows
 * exactly (Python 3.8+; dunder names are not looked at). */
static const char *const sg_value__list_methods[] = {
  "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
};
static const char *const sg_value__dict_methods[] = {
  "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
};
static const char *const sg_value__set_methods[] = {
  "add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
  "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
  "symmetric_difference", "symmetric_difference_update", "union", "update",
};

bool sg_value_lacks_method(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  if (call == SG_NONE || t->kind[call] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
  if (attr == SG_NONE || obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return false;
  /* a name bound once, by an assignment of a display or constructor */
  const Binding *bd = sg_value_sole_binding(m, obj);
  if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return false;
  const char *const *names;
  size_t count;
  switch (sg_value_of(m, bd->value)) {
    case VALUE_LIST: names = sg_value__list_methods; count = sizeof sg_value__list_methods / sizeof *names; break;
    case VALUE_DICT: names = sg_value__dict_methods; count = sizeof sg_value__dict_methods / sizeof *names; break;
    case VALUE_SET: names = sg_value__set_methods; count = sizeof sg_value__set_methods / sizeof *names; break;
    default: return false;
  }
  uint32_t len;
  const char *text = sg_flat_text(t, attr, &len);
  if (len >= 2 && text[0] == '_' && text[1] == '_') return false;
  for (size_t i = 0; i < count; i++)
    if (strlen(names[i]) == len && memcmp(names[i], text, len) == 0) return false;
  return true;
}

/* The first positional argument of a call (unparenthesised), or SG_NONE
 * when there is none or a keyword/splat comes first. */
static uint32_t sg_values__first_arg(const FlatTree *t, uint32_t call) {
  uint32_t a = sg_flat_named_child(t, sg_flat_field(t, call, FIELD_ARGUMENTS));
  if (a == SG_NONE || t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT ||
      t->kind[a] == KIND_DICTIONARY_SPLAT)
    return SG_NONE;
  return sg_flat_unparen(t, a);
}

/* The dict kind all of sym's bindings give (sg_value_of of each value),
 * when they agree; VALUE_UNKNOWN otherwise. assignments_only: any other
 * binding (a declaration too) fails; else declarations are skipped. */
static ValueKind sg_values__bound_dict(const SemanticModel *m, uint32_t sym, bool assignments_only) {
  ValueKind kind = VALUE_UNKNOWN;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (assignments_only && bd->kind != BINDING_KIND_ASSIGNMENT) return VALUE_UNKNOWN;
    if (bd->kind == BINDING_KIND_DECLARATION) continue;
    ValueKind k = bd->value == SG_NONE ? VALUE_UNKNOWN : sg_value_of(m, bd->value);
    if (!sg_value_is_dict_like(k) || (kind != VALUE_UNKNOWN && k != kind)) return VALUE_UNKNOWN;
    kind = k;
  }
  return kind;
}

static bool sg_values__returns_dict(const SemanticModel *m, uint32_t def) {
  const FlatTree *t = m->tree;
  uint32_t body = sg_flat_field(t, def, FIELD_BODY);
  if (body == SG_NONE) return false;
  bool any = false;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_YIELD) return false;
    if (k != KIND_RETURN_STATEMENT) continue;
    uint32_t v = sg_flat_unparen(t, sg_flat_named_child(t, i));
    if (v == SG_NONE) return false;
    ValueKind vk = sg_value_of(m, v);
    if (vk == VALUE_UNKNOWN && t->kind[v] == KIND_IDENTIFIER) {
      uint32_t sym = sg_model_node_symbol(m, v);
      if (sym == SG_NONE) return false;
      vk = sg_values__bound_dict(m, sym, true);
    }
    if (!sg_value_is_dict_like(vk)) return false;
    any = true;
  }
  return any;
}

ValueKind sg_value_of_source(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  ValueKind k = sg_value_of(m, e);
  e = sg_flat_unparen(t, e);
  if (k != VALUE_UNKNOWN || e == SG_NONE) return k;
  if (t->kind[e] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, e, FIELD_ATTRIBUTE);
    return attr != SG_NONE && sg_flat_text_is(t, attr, "__dict__") ? VALUE_DICT : VALUE_UNKNOWN;
  }
  if (t->kind[e] != KIND_CALL) return VALUE_UNKNOWN;
  uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
  if (fn == SG_NONE) return VALUE_UNKNOWN;
  if (t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
    if (attr == SG_NONE || obj == SG_NONE) return VALUE_UNKNOWN;
    if (t->name_id[attr] == NAME_FROMKEYS) {
      /* what the class makes: `dict.fromkeys`, `OrderedDict.fromkeys` (whose
       * errors differ); another class's (a subclass, an alias) some mapping */
      char qb[64];
      const char *q = sg_resolve_qualified(m, obj, qb, sizeof qb);
      if (q && !strcmp(q, "collections.OrderedDict")) return VALUE_ORDEREDDICT;
      return q && (!strcmp(q, "builtins.dict") || !strcmp(q, "collections.defaultdict")) ? VALUE_DICT : VALUE_MAPPING;
    }
    if (sg_flat_text_is(t, attr, "copy") && sg_values__first_arg(t, e) == SG_NONE) {
      if (t->kind[obj] == KIND_ATTRIBUTE) return sg_value_of_source(m, obj);
      if (t->kind[obj] == KIND_IDENTIFIER) {
        /* one level: the name's bindings as sg_value_of sees them */
        uint32_t sym = sg_model_node_symbol(m, obj);
        return sym == SG_NONE ? VALUE_UNKNOWN : sg_values__bound_dict(m, sym, false);
      }
    }
    return VALUE_UNKNOWN;
  }
  char buf[64];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  if (q && !strcmp(q, "builtins.vars") && sg_values__first_arg(t, e) != SG_NONE) return VALUE_DICT;
  if (t->kind[fn] == KIND_IDENTIFIER && sg_value_of(m, fn) == VALUE_FUNCTION) {
    uint32_t sym = sg_model_node_symbol(m, fn);
    if (sym == SG_NONE) return VALUE_UNKNOWN;
    uint32_t def = m->bindings.items[m->symbols.items[sym].first_binding].context;
    if (def != SG_NONE && t->kind[def] == KIND_FUNCTION_DEFINITION && sg_values__returns_dict(m, def))
      return VALUE_DICT;
  }
  return VALUE_UNKNOWN;
}


uint32_t sg_value_returned_function(const SemanticModel *m, uint32_t scope, bool *every) {
  const FlatTree *t = m->tree;
  const Scope *sc = &m->scopes.items[scope];
  uint32_t first = SG_NONE;
  *every = true;
  for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
    if (t->kind[i] != KIND_RETURN_STATEMENT || m->node_scope[i] != scope) continue;
    uint32_t x = sg_flat_unparen(t, sg_flat_named_child(t, i)), made = SG_NONE;
    if (x != SG_NONE && t->kind[x] == KIND_LAMBDA) {
      made = x;
    } else if (x != SG_NONE && t->kind[x] == KIND_IDENTIFIER) {
      const Binding *bd = sg_value_sole_binding(m, x);
      if (bd && bd->kind == BINDING_KIND_DEF && m->symbols.items[bd->symbol].scope == scope) made = bd->context;
    }
    if (made == SG_NONE) *every = false;
    else if (first == SG_NONE) first = made;
  }
  return first;
}

/* The position of parameter psym among def's positional parameters, or
 * SG_NONE (keyword-only, or not found). */
uint32_t sg_value_param_index(const SemanticModel *m, uint32_t def, uint32_t psym) {
  const FlatTree *t = m->tree;
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS), at = 0;
  bool keyword_only = false;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE; p = sg_flat_next_named(t, p)) {
    uint16_t k = t->kind[p];
    if (k == KIND_KEYWORD_SEPARATOR || k == KIND_LIST_SPLAT_PATTERN || k == KIND_DICTIONARY_SPLAT_PATTERN) {
      keyword_only = true;
      continue;
    }
    if (k == KIND_POSITIONAL_SEPARATOR || k == KIND_COMMENT) continue;
    uint32_t id = p;
    while (id != SG_NONE && t->kind[id] != KIND_IDENTIFIER) id = sg_flat_named_child(t, id);
    if (id != SG_NONE && m->node_binding[id] != SG_NONE && m->bindings.items[m->node_binding[id]].symbol == psym)
      return keyword_only ? SG_NONE : at;
    at++;
  }
  return SG_NONE;
}
