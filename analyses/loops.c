#include "analyses/loops.h"

#include <string.h>

#include "analyses/resolve.h"

/* ---- the same collection ------------------------------------------------------- */

/* The symbol an identifier reads, or binds. */
bool sg_loops_same(const SemanticModel *m, uint32_t a, uint32_t b) {
  const FlatTree *t = m->tree;
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
  while (e != SG_NONE && t->kind[e] == KIND_ATTRIBUTE) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER;
}

static uint32_t sg_loops__arg(const FlatTree *t, uint32_t call, int index) {
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
static bool sg_loops__method_call(const FlatTree *t, uint32_t call, uint32_t *attr, uint32_t *obj) {
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
    if (attr != SG_NONE && sg_flat_text_is(t, attr, "copy") && sg_loops__arg(t, e, 0) == SG_NONE &&
        sg_loops__collection_expr(t, obj))
      return obj;
    return SG_NONE;
  }
  char buf[64];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  uint32_t a0 = sg_loops__arg(t, e, 0);
  if (q && a0 != SG_NONE && sg_loops__arg(t, e, 1) == SG_NONE && sg_loops__collection_expr(t, a0) &&
      (!strcmp(q, "builtins.list") || !strcmp(q, "builtins.tuple") || !strcmp(q, "builtins.sorted") ||
       !strcmp(q, "copy.copy")))
    return a0;
  return SG_NONE;
}

/* X and how it is iterated, from a loop's iterable; false when it iterates
 * something else (a copy: list(X), sorted(X), X[:], X.copy(); a call). */
static bool sg_loops__iterable(const SemanticModel *m, uint32_t e, uint32_t *x, IterationVia *via) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return false;
  if (sg_loops__collection_expr(t, e)) {
    *x = e;
    *via = ITERATION_DIRECT;
    return true;
  }
  if (t->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
  if (fn == SG_NONE) return false;
  uint32_t attr, obj;
  if (sg_loops__method_call(t, e, &attr, &obj)) {
    if (attr == SG_NONE || obj == SG_NONE || !sg_loops__collection_expr(t, obj)) return false;
    if (sg_loops__arg(t, e, 0) != SG_NONE) return false;
    if (sg_flat_text_is(t, attr, "keys")) *via = ITERATION_KEYS;
    else if (sg_flat_text_is(t, attr, "values")) *via = ITERATION_VALUES;
    else if (sg_flat_text_is(t, attr, "items")) *via = ITERATION_ITEMS;
    else return false;
    *x = obj;
    return true;
  }
  char buf[64];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  if (!q) return false;
  uint32_t a0 = sg_loops__arg(t, e, 0);
  if (!strcmp(q, "builtins.enumerate") || !strcmp(q, "builtins.reversed") ||
      !strcmp(q, "builtins.iter") || !strcmp(q, "builtins.zip")) {
    IterationVia v = !strcmp(q, "builtins.enumerate") ? ITERATION_ENUMERATE : ITERATION_OTHER;
    if (a0 != SG_NONE && sg_loops__collection_expr(t, a0)) {
      *x = a0;
      *via = v;
      return true;
    }
    /* enumerate(X.copy()): not iterating X, but its indexes are X's */
    uint32_t copied = sg_loops__copy_of(m, a0);
    if (v == ITERATION_ENUMERATE && copied != SG_NONE) {
      *x = copied;
      *via = ITERATION_ENUMERATE_COPY;
      return true;
    }
    /* zip(a, X): the first name argument only, to stay simple */
    return false;
  }
  if (!strcmp(q, "builtins.range") && a0 != SG_NONE && sg_loops__arg(t, e, 1) == SG_NONE &&
      t->kind[a0] == KIND_CALL) {
    char b2[64];
    const char *q2 = sg_resolve_qualified(m, sg_flat_field(t, a0, FIELD_FUNCTION), b2, sizeof b2);
    uint32_t inner = sg_loops__arg(t, a0, 0);
    if (q2 && !strcmp(q2, "builtins.len") && inner != SG_NONE && sg_loops__collection_expr(t, inner)) {
      *x = inner;
      *via = ITERATION_INDEX;
      return true;
    }
  }
  return false;
}

/* The identifier of the target that is X's key: `for k in d`, `for k, v
 * in d.items()`, `for i, v in enumerate(X)`, `for i in range(len(X))`. */
static uint32_t sg_loops__key_target(const FlatTree *t, uint32_t left, IterationVia via) {
  left = sg_flat_unparen(t, left);
  if (left == SG_NONE) return SG_NONE;
  if (t->kind[left] == KIND_IDENTIFIER)
    return via == ITERATION_DIRECT || via == ITERATION_KEYS || via == ITERATION_INDEX ? left : SG_NONE;
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
    {"defaultdict", VALUE_DICT}, {"DefaultDict", VALUE_DICT}, {"OrderedDict", VALUE_DICT},
    {"Counter", VALUE_DICT}, {"list", VALUE_LIST}, {"List", VALUE_LIST},
    {"MutableSequence", VALUE_LIST}, {"deque", VALUE_DEQUE}, {"Deque", VALUE_DEQUE},
    {"set", VALUE_SET}, {"Set", VALUE_SET}, {"MutableSet", VALUE_SET}};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i].name) == len - start && !memcmp(names[i].name, s + start, len - start))
      return names[i].kind;
  return VALUE_UNKNOWN;
}

/* `self.attr`: what the class's methods assign to it, when they agree. */
static ValueKind sg_loops__attribute_kind(const SemanticModel *m, uint32_t x) {
  ValueKind kind = VALUE_UNKNOWN;
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

typedef struct MethodInfo { const char *name; MutationKind kind; ValueKind evidence; } MethodInfo;

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
  {"extendleft", MUTATION_GROW, VALUE_DEQUE},
};

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
    LoopMutation mut = {SG_NONE, MUTATION_GROW, SG_NONE, SG_NONE, VALUE_UNKNOWN, false};
    uint32_t target = SG_NONE;
    if (k == KIND_CALL) {
      uint32_t fnode = sg_flat_field(t, i, FIELD_FUNCTION);
      if (fnode == SG_NONE || t->kind[fnode] != KIND_ATTRIBUTE) continue;
      uint32_t attr = sg_flat_field(t, fnode, FIELD_ATTRIBUTE);
      if (attr == SG_NONE) continue;
      const MethodInfo *mi = NULL;
      for (size_t q = 0; q < sizeof sg_loops__methods / sizeof *sg_loops__methods && !mi; q++)
        if (sg_flat_text_is(t, attr, sg_loops__methods[q].name)) mi = &sg_loops__methods[q];
      if (!mi) continue;
      target = sg_flat_field(t, fnode, FIELD_OBJECT);
      mut.node = i;
      mut.kind = mi->kind;
      mut.method = t->name_id[attr];
      mut.evidence = mi->evidence;
      mut.key = sg_loops__arg(t, i, 0);
      /* `pop()` without an argument: a list (a dict's pop needs a key);
       * `clear(x)` is not a container's clear */
      if (mut.method == NAME_POP && mut.key == SG_NONE) mut.evidence = VALUE_LIST;
      if (mut.method == NAME_CLEAR && mut.key != SG_NONE) continue;
    } else if (k == KIND_DELETE_STATEMENT) {
      /* del X[k] (each target) */
      for (uint32_t c = i + 1; c <= t->subtree_end[i]; c++) {
        if (t->kind[c] != KIND_SUBSCRIPT) continue;
        uint32_t obj = sg_flat_field(t, c, FIELD_VALUE);
        if (!sg_loops_same(m, obj, it->collection)) continue;
        LoopMutation d = {i, MUTATION_SHRINK, SG_NONE, sg_flat_field(t, c, FIELD_SUBSCRIPT), VALUE_UNKNOWN, false};
        if (d.key != SG_NONE && t->kind[d.key] == KIND_SLICE) d.evidence = VALUE_LIST;
        bool at_index = it->via != ITERATION_INDEX ||
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
    if (target == SG_NONE || !sg_loops_same(m, target, it->collection)) continue;
    if (sg_loops__rebound(m, it, mut.node)) continue;
    mut.leaves = sg_loops_leaves(t, mut.node, body);
    /* `for i in range(len(X))`: only changes at the index shift what X[i] means */
    if (it->via == ITERATION_INDEX && mut.method != NAME_REMOVE &&
        (mut.key == SG_NONE || it->key == SG_NONE || !sg_loops_same(m, mut.key, it->key)))
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
    uint32_t a0 = sg_loops__arg(t, i, 0);
    if (a0 == SG_NONE || t->kind[a0] != KIND_IDENTIFIER) continue;
    uint32_t sym = sg_model_node_symbol(m, a0);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (t->kind[v] != KIND_CALL) continue;
    const char *q2 = sg_resolve_qualified(m, sg_flat_field(t, v, FIELD_FUNCTION), buf, sizeof buf);
    uint32_t x = sg_loops__arg(t, v, 0);
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

void sg_loops_mutations(const SemanticModel *m, const uint32_t *only, uint32_t only_count,
                        LoopMutationFn fn, void *arg) {
  const FlatTree *t = m->tree;
  uint32_t n = only ? only_count : t->count;
  for (uint32_t j = 0; j < n; j++) {
    uint32_t i = only ? only[j] : j;
    uint16_t k = t->kind[i];
    if (k == KIND_WHILE_STATEMENT) {
      LoopIteration it = {0};
      if (!sg_loops__while_next(m, i, &it)) continue;
      it.symbol = t->kind[it.collection] == KIND_IDENTIFIER ? sg_model_node_symbol(m, it.collection) : SG_NONE;
      it.kind = sg_loops__kind(m, it.collection);
      sg_loops__scan(m, &it, fn, arg);
      continue;
    }
    if (k != KIND_FOR_STATEMENT && k != KIND_FOR_IN_CLAUSE) continue;
    LoopIteration it = {0};
    it.loop = i;
    uint32_t right = sg_flat_field(t, i, FIELD_RIGHT);
    if (!sg_loops__iterable(m, right, &it.collection, &it.via)) continue;
    if (k == KIND_FOR_STATEMENT) {
      it.body = sg_flat_field(t, i, FIELD_BODY);
    } else {
      /* a comprehension: its element and conditions run per item */
      it.body = t->parent[i];
    }
    if (it.body == SG_NONE) continue;
    uint32_t base = it.collection;
    it.symbol = t->kind[base] == KIND_IDENTIFIER ? sg_model_node_symbol(m, base) : SG_NONE;
    it.key = sg_loops__key_target(t, sg_flat_field(t, i, FIELD_LEFT), it.via);
    it.item = SG_NONE;
    if (it.via == ITERATION_ENUMERATE) {
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
      uint32_t first = left == SG_NONE ? SG_NONE : sg_flat_named_child(t, left);
      uint32_t second = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
      if (second != SG_NONE && t->kind[second] == KIND_IDENTIFIER) it.item = second;
    }
    it.kind = sg_loops__kind(m, it.collection);
    sg_loops__scan(m, &it, fn, arg);
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
    if (!q || strcmp(q, "builtins.range") || sg_loops__arg(t, r, 1) == SG_NONE) return false;
    start = sg_loops__arg(t, r, 0);
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
      if (call == SG_NONE || t->kind[call] != KIND_CALL || !sg_loops__method_call(t, call, &attr, &obj) ||
          attr == SG_NONE || t->name_id[attr] != NAME_INSERT)
        return false;
    }
    uint32_t pos = sg_loops__arg(t, call, 0), moved = sg_loops__arg(t, call, 1);
    if (pos == SG_NONE || moved == SG_NONE || t->kind[pos] != KIND_INTEGER || !sg_flat_text_is(t, pos, "0") ||
        t->kind[moved] != KIND_CALL)
      return false;
    uint32_t attr, obj;
    uint32_t at = sg_loops__arg(t, moved, 0);
    return sg_loops__method_call(t, moved, &attr, &obj) && attr != SG_NONE && t->name_id[attr] == NAME_POP &&
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
