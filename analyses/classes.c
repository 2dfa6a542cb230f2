#include "analyses/classes.h"

#include <stdlib.h>
#include <string.h>

#include "analyses/resolve.h"

static bool sg_classes__last_name_is(const FlatTree *t, uint32_t node, const char *name) {
  uint32_t len;
  const char *s = sg_flat_text(t, node, &len);
  /* strip a call's arguments: dataclass(frozen=True) */
  for (uint32_t i = 0; i < len; i++)
    if (s[i] == '(' || s[i] == '[') { len = i; break; }
  uint32_t start = len;
  while (start > 0 && s[start - 1] != '.') start--;
  return strlen(name) == len - start && memcmp(s + start, name, len - start) == 0;
}

/* Is the class decorated by one of `names` (the decorator's last name:
 * `@attrs.define`, `@dataclass(frozen=True)`)? */
static bool sg_classes__decorated_by(const FlatTree *t, uint32_t cls, const char *const *names,
                                     size_t count) {
  uint32_t dd = t->parent[cls];
  if (dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION)
    for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d]) {
      if (t->kind[d] != KIND_DECORATOR) continue;
      uint32_t e = sg_flat_named_child(t, d);
      for (size_t i = 0; e != SG_NONE && i < count; i++)
        if (sg_classes__last_name_is(t, e, names[i])) return true;
    }
  return false;
}

bool sg_classes_is_dataclass(const FlatTree *t, uint32_t cls) {
  static const char *const decorators[] = {"dataclass"};
  return sg_classes__decorated_by(t, cls, decorators, 1);
}

bool sg_classes_is_record(const FlatTree *t, uint32_t cls) {
  static const char *const decorators[] = {"dataclass", "s", "attrs", "define", "frozen", "mutable"};
  return sg_classes__decorated_by(t, cls, decorators, sizeof decorators / sizeof *decorators);
}

/* attrs (`@attr.s`, `@attrs.define`, `frozen`, `mutable`) keeps a field's
 * default object as is: every instance shares it. Not a model here. */
static bool sg_classes__is_attrs(const FlatTree *t, uint32_t cls) {
  static const char *const decorators[] = {"s", "attrs", "define", "frozen", "mutable"};
  return sg_classes__decorated_by(t, cls, decorators, sizeof decorators / sizeof *decorators);
}

/* Does a base of the class (not a keyword like `metaclass=`) have one of
 * `names` as its last name (`pydantic.BaseModel`, `typing.NamedTuple`)? */
static bool sg_classes__based_on(const FlatTree *t, uint32_t cls, const char *const *names,
                                 size_t count) {
  uint32_t supers = sg_flat_field(t, cls, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
    for (size_t i = 0; i < count; i++)
      if (t->kind[b] != KIND_KEYWORD_ARGUMENT && sg_classes__last_name_is(t, b, names[i])) return true;
  return false;
}

static bool sg_classes__is_model(const FlatTree *t, uint32_t cls) {
  static const char *const decorators[] = {"dataclass"};
  static const char *const bases[] = {"BaseModel", "Struct", "BaseSettings", "RootModel"};
  return sg_classes__decorated_by(t, cls, decorators, sizeof decorators / sizeof *decorators) ||
         sg_classes__based_on(t, cls, bases, sizeof bases / sizeof *bases);
}

static bool sg_classes__is_namedtuple(const FlatTree *t, uint32_t cls) {
  static const char *const bases[] = {"NamedTuple"};
  return sg_classes__based_on(t, cls, bases, 1);
}

/* Does a base of the class make it a metaclass by name? */
static bool sg_classes__is_metaclass_node(const SemanticModel *m, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t supers = sg_flat_field(t, cls, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (t->kind[b] != KIND_IDENTIFIER && t->kind[b] != KIND_ATTRIBUTE) continue;
    if (sg_resolve_is(m, b, "builtins.type")) return true;
    uint32_t len;
    const char *s = sg_flat_text(t, b, &len);
    static const char *const suffixes[] = {"Meta", "Metaclass", "MetaClass", "EnumType"};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
      size_t n = strlen(suffixes[i]);
      if (len >= n && memcmp(s + len - n, suffixes[i], n) == 0) return true;
    }
  }
  return false;
}

uint32_t sg_classes_method(const SemanticModel *m, const ClassInfo *cls, const char *name) {
  const FlatTree *t = m->tree;
  uint32_t id = sg_names_find(&t->names, name, (uint32_t)strlen(name));
  if (id == SG_NONE) return SG_NONE;
  uint32_t sym = sg_model_symbol(m, cls->scope, id);
  if (sym == SG_NONE) return SG_NONE;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind == BINDING_KIND_DEF) return m->node_own_scope[m->bindings.items[b].context];
  return SG_NONE;
}

uint32_t sg_classes_instance_class(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  e = e == SG_NONE ? SG_NONE : sg_flat_unparen(t, e);
  if (e == SG_NONE) return SG_NONE;
  if (t->kind[e] == KIND_IDENTIFIER) {
    uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
    uint32_t sym = sg_model_node_symbol(m, e);
    if (fs != SG_NONE && sym != SG_NONE && sym == sg_classes_self(m, fs)) return m->scopes.items[fs].parent;
    const Binding *bd = sg_value_sole_binding(m, e);
    uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_value_bound_value(m, bd) : SG_NONE;
    e = v == SG_NONE ? SG_NONE : sg_flat_unparen(t, v);
  }
  uint32_t cf = e != SG_NONE && t->kind[e] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION)) : SG_NONE;
  const Binding *cb = cf != SG_NONE && t->kind[cf] == KIND_IDENTIFIER ? sg_value_sole_binding(m, cf) : NULL;
  return cb && cb->kind == BINDING_KIND_CLASS ? m->node_own_scope[cb->context] : SG_NONE;
}

uint32_t sg_classes_self(const SemanticModel *m, uint32_t method) {
  const FlatTree *t = m->tree;
  if (method == SG_NONE) return SG_NONE;
  uint32_t def = m->scopes.items[method].node;
  uint32_t dd = t->parent[def];
  if (dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION)
    for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d])
      if (t->kind[d] == KIND_DECORATOR) {
        uint32_t e = sg_flat_named_child(t, d);
        if (e != SG_NONE && (sg_classes__last_name_is(t, e, "staticmethod") ||
                             sg_classes__last_name_is(t, e, "classmethod")))
          return SG_NONE;
      }
  /* implicit static/class methods: the first parameter is the class */
  uint32_t fname = sg_flat_field(t, def, FIELD_NAME);
  if (fname != SG_NONE && (sg_flat_text_is(t, fname, "__new__") ||
                           sg_flat_text_is(t, fname, "__init_subclass__") ||
                           sg_flat_text_is(t, fname, "__class_getitem__")))
    return SG_NONE;
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t first = sg_flat_named_child(t, params);
  if (first == SG_NONE) return SG_NONE;
  if (t->kind[first] == KIND_TYPED_PARAMETER) first = sg_flat_named_child(t, first);
  if (first == SG_NONE || t->kind[first] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t b = m->node_binding[first];
  return b == SG_NONE ? SG_NONE : m->bindings.items[b].symbol;
}

static bool sg_classes__is_classvar(const FlatTree *t, uint32_t type) {
  if (type == SG_NONE) return false;
  for (uint32_t i = type; i <= t->subtree_end[type]; i++)
    if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "ClassVar")) return true;
  /* a string annotation: "ClassVar[...]" */
  uint32_t len;
  const char *s = sg_flat_text(t, type, &len);
  for (uint32_t i = 0; i + 8 <= len; i++)
    if (!memcmp(s + i, "ClassVar", 8)) return true;
  return false;
}

/* A statement directly in the method's body? */
static bool sg_classes__top_level(const SemanticModel *m, uint32_t method, uint32_t node) {
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[method].body;
  uint32_t s = node;
  while (s != SG_NONE && t->parent[s] != body) {
    s = t->parent[s];
    if (s == SG_NONE) return false;
    uint16_t k = t->kind[s];
    if (k == KIND_IF_STATEMENT || k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT ||
        k == KIND_TRY_STATEMENT || k == KIND_MATCH_STATEMENT || k == KIND_FUNCTION_DEFINITION ||
        k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION || k == KIND_CONDITIONAL_EXPRESSION ||
        k == KIND_BOOLEAN_OPERATOR)
      return false;
  }
  return s != SG_NONE;
}

/* `@property def rules(self): return self._rules` in class scope cls: the
 * name id of the attribute every return of the getter hands out
 * (`_rules`), else SG_NONE. A change through `self.rules` changes it. */
static uint32_t sg_classes__property_alias(const SemanticModel *m, uint32_t cls, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t sym = sg_model_symbol(m, cls, name);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_DEF) return SG_NONE;
  uint32_t def = bd->context, dd = t->parent[def];
  bool property = false;
  for (uint32_t d = dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION ? t->first_child[dd] : SG_NONE;
       d != SG_NONE; d = t->next_sibling[d]) {
    uint32_t e = t->kind[d] == KIND_DECORATOR ? sg_flat_named_child(t, d) : SG_NONE;
    property |= e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && sg_flat_text_is(t, e, "property");
  }
  uint32_t fs = m->node_own_scope[def];
  if (!property || fs == SG_NONE) return SG_NONE;
  uint32_t self = sg_classes_self(m, fs), alias = SG_NONE, body = m->scopes.items[fs].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_RETURN_STATEMENT || sg_model_function_scope(m, m->node_scope[i]) != fs) continue;
    uint32_t v = sg_flat_unparen(t, sg_flat_named_child(t, i));
    uint32_t obj = v != SG_NONE && t->kind[v] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT)) : SG_NONE;
    uint32_t a = v != SG_NONE && t->kind[v] == KIND_ATTRIBUTE ? sg_flat_field(t, v, FIELD_ATTRIBUTE) : SG_NONE;
    if (obj == SG_NONE || a == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || m->node_reference[obj] == SG_NONE ||
        m->references.items[m->node_reference[obj]].symbol != self || (alias != SG_NONE && alias != t->name_id[a]))
      return SG_NONE;
    alias = t->name_id[a];
  }
  return alias == name ? SG_NONE : alias;
}

/* Uses of `<self>.<attr>` in one method. In `__new__` any name's
 * attribute store counts as a per-instance binding. */
static void sg_classes__uses(const SemanticModel *m, ClassInfo *ci, uint32_t method) {
  const FlatTree *t = m->tree;
  const Scope *sc = &m->scopes.items[method];
  /* a metaclass's methods get a class: a write through it is that class's own state */
  uint32_t self = ci->is_metaclass ? SG_NONE : sg_classes_self(m, method);
  uint32_t name = sg_flat_field(t, sc->node, FIELD_NAME);
  bool is_new = name != SG_NONE && sg_flat_text_is(t, name, "__new__");
  if (self == SG_NONE && !is_new) return;
  FlatView view = sg_flat_view(t);
  for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT));
    uint32_t attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) continue;
    uint32_t r = m->node_reference[obj];
    bool on_self = r != SG_NONE && self != SG_NONE && m->references.items[r].symbol == self;
    if (!on_self && !is_new) continue;
    uint32_t p = t->parent[i];
    SelfUse use = {SELF_USE_REBIND, t->name_id[attr], SG_NONE, method, false, SG_NONE};
    if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_LEFT) {
      use.kind = SELF_USE_REBIND;
      use.node = p;
    } else if (!on_self) {
      continue;
    } else {
      /* self.x += v, self.x.append(v), self.x[k] = v, del self.x[k], self.x[k].append(v) */
      uint32_t where = sg_classes_mutation_of(&view, i);
      if (where == SG_NONE) continue;
      use.kind = SELF_USE_MUTATE;
      use.node = where;
      /* through a property that hands out another attribute: that one changes */
      uint32_t alias = sg_classes__property_alias(m, sc->parent, use.name);
      if (alias != SG_NONE) use.via = use.name, use.name = alias;
    }
    use.top_level = sg_classes__top_level(m, method, use.node);
    array_push(&ci->uses, use);
  }
}

/* Makes the same-file bases a forest and numbers it. Broken code can name
 * its bases in a loop (`class A(B)` and `class B(A)`: a NameError when
 * run): each loop is cut once, at its first class, so every walk up `base`
 * ends. A chain deeper than SG_CLASSES_MAX_DEPTH starts anew there. Then
 * `order` lists each class before its subclasses, and pre/pre_end give
 * each class's range in it. Linear in the number of classes. */
static void sg_classes__forest(ClassSet *set) {
  uint32_t n = set->classes.len;
  ClassInfo *c = set->classes.items;
  uint32_t *state = sg_calloc(n + 1, sizeof(uint32_t));  /* 0 new, 1 on the walk, 2 done */
  uint32_t *walk = sg_malloc(sizeof(uint32_t) * (n + 1));
  for (uint32_t i = 0; i < n; i++) {
    uint32_t len = 0, x = i;
    while (x != SG_NONE && state[x] == 0) {
      state[x] = 1;
      walk[len++] = x;
      x = c[x].base;
    }
    if (x != SG_NONE && state[x] == 1) {
      /* a loop through x: cut it at its first class */
      uint32_t first = x;
      for (uint32_t y = c[x].base; y != x; y = c[y].base)
        if (y < first) first = y;
      c[first].base = SG_NONE;
    }
    for (uint32_t k = 0; k < len; k++) state[walk[k]] = 2;
  }
  /* children lists, each in index order */
  uint32_t *child = state, *sibling = walk, *depth = sg_malloc(sizeof(uint32_t) * (n + 1));
  memset(child, 0xff, sizeof(uint32_t) * (n + 1));
  for (uint32_t i = n; i-- > 0;)
    if (c[i].base != SG_NONE) {
      sibling[i] = child[c[i].base];
      child[c[i].base] = i;
    }
  /* preorder from each root; a class too deep becomes a root of its own,
   * numbered after the others */
  set->order = sg_malloc(sizeof(uint32_t) * (n + 1));
  uint32_t *stack = sg_malloc(sizeof(uint32_t) * (n + 1)), *roots = sg_malloc(sizeof(uint32_t) * (n + 1));
  uint32_t at = 0, nroots = 0;
  for (uint32_t i = 0; i < n; i++)
    if (c[i].base == SG_NONE) roots[nroots++] = i;
  for (uint32_t r = 0; r < nroots; r++) {
    uint32_t sp = 0;
    depth[roots[r]] = 0;
    stack[sp++] = roots[r];
    while (sp) {
      uint32_t x = stack[--sp];
      c[x].pre = at;
      set->order[at++] = x;
      /* pushed last child first: popped in index order */
      uint32_t kids = 0;
      for (uint32_t y = child[x]; y != SG_NONE; y = sibling[y]) {
        if (depth[x] + 1 > SG_CLASSES_MAX_DEPTH) {
          c[y].base = SG_NONE;
          roots[nroots++] = y;
          continue;
        }
        depth[y] = depth[x] + 1;
        stack[sp++] = y;
        kids++;
      }
      for (uint32_t a = sp - kids, b = sp - 1; kids && a < b; a++, b--) {
        uint32_t tmp = stack[a];
        stack[a] = stack[b];
        stack[b] = tmp;
      }
    }
  }
  /* subtree ends: children come after their class in order */
  for (uint32_t i = 0; i < n; i++) c[i].pre_end = 1;  /* sizes first */
  for (uint32_t k = n; k-- > 0;) {
    uint32_t x = set->order[k];
    if (c[x].base != SG_NONE) c[c[x].base].pre_end += c[x].pre_end;
  }
  for (uint32_t i = 0; i < n; i++) c[i].pre_end += c[i].pre;
  sg_free(state);
  sg_free(walk);
  sg_free(depth);
  sg_free(stack);
  sg_free(roots);
}

ClassSet *sg_classes_build(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  ClassSet *set = sg_calloc(1, sizeof(ClassSet));
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_CLASS || sc->body == SG_NONE) continue;
    ClassInfo ci = {0};
    ci.node = sc->node;
    ci.scope = s;
    ci.base = SG_NONE;
    ci.is_model = sg_classes__is_model(t, sc->node);
    ci.is_attrs = sg_classes__is_attrs(t, sc->node);
    ci.is_namedtuple = sg_classes__is_namedtuple(t, sc->node);
    /* class-level bindings: direct statements of the body */
    for (uint32_t st = sg_flat_named_child(t, sc->body); st != SG_NONE; st = sg_flat_next_named(t, st)) {
      if (t->kind[st] != KIND_EXPRESSION_STATEMENT) continue;
      uint32_t as = sg_flat_named_child(t, st);
      if (as == SG_NONE || t->kind[as] != KIND_ASSIGNMENT) continue;
      uint32_t left = sg_flat_field(t, as, FIELD_LEFT);
      if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER) continue;
      uint32_t b = m->node_binding[left];
      ClassAttribute a = {t->name_id[left], left, b == SG_NONE ? SG_NONE : m->bindings.items[b].value,
                          VALUE_UNKNOWN, false, false};
      uint32_t type = sg_flat_field(t, as, FIELD_TYPE);
      a.annotated = type != SG_NONE;
      a.classvar = sg_classes__is_classvar(t, type);
      if (a.value != SG_NONE) a.kind = sg_value_of(m, a.value);
      array_push(&ci.attributes, a);
    }
    bool get = sg_classes_method(m, &ci, "__get__") != SG_NONE;
    ci.is_descriptor = get && (sg_classes_method(m, &ci, "__set__") != SG_NONE ||
                               sg_classes_method(m, &ci, "__delete__") != SG_NONE);
    array_push(&set->classes, ci);
  }
  /* same-file bases: the first base that names a class of this file */
  uint32_t n = set->classes.len;
  uint32_t *of_scope = sg_malloc(sizeof(uint32_t) * (m->scopes.len + 1));
  memset(of_scope, 0xff, sizeof(uint32_t) * (m->scopes.len + 1));
  for (uint32_t i = 0; i < n; i++) of_scope[set->classes.items[i].scope] = i;
  for (uint32_t i = 0; i < n; i++) {
    ClassInfo *ci = &set->classes.items[i];
    uint32_t supers = sg_flat_field(t, ci->node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && ci->base == SG_NONE; b = sg_flat_next_named(t, b)) {
      if (t->kind[b] != KIND_IDENTIFIER) continue;
      uint32_t r = m->node_reference[b];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
      const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
      if (bd->kind != BINDING_KIND_CLASS || bd->context == SG_NONE) continue;
      uint32_t scope = m->node_own_scope[bd->context];
      uint32_t k = scope == SG_NONE ? SG_NONE : of_scope[scope];
      if (k != SG_NONE && k != i) ci->base = k;
    }
  }
  sg_classes__forest(set);
  /* metaclasses: a base is `type`, a `...Meta`/`...Metaclass`/`EnumType`
   * name, or a same-file metaclass (a base comes first in `order`) */
  for (uint32_t k = 0; k < n; k++) {
    ClassInfo *ci = &set->classes.items[set->order[k]];
    ci->is_metaclass = (ci->base != SG_NONE && set->classes.items[ci->base].is_metaclass) ||
                       sg_classes__is_metaclass_node(m, ci->node);
  }
  /* methods: function scopes whose parent is a class */
  for (uint32_t f = 0; f < m->scopes.len; f++) {
    const Scope *sc = &m->scopes.items[f];
    if (sc->kind != SCOPE_FUNCTION || sc->parent == SG_NONE || of_scope[sc->parent] == SG_NONE) continue;
    sg_classes__uses(m, &set->classes.items[of_scope[sc->parent]], f);
  }
  sg_free(of_scope);
  return set;
}

void sg_classes_delete(ClassSet *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->classes.len; i++) {
    array_free(&self->classes.items[i].attributes);
    array_free(&self->classes.items[i].uses);
  }
  array_free(&self->classes);
  sg_free(self->order);
  sg_free(self);
}

/* ---- how a class attribute is meant to be shared --------------------------- */

/* Is `node`, inside function node `fn`, in a loop of that
 * function (a for/while body or a comprehension)? */
static bool sg_classes__in_loop(const FlatTree *t, uint32_t node, uint32_t fn) {
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != fn; p = t->parent[p]) {
    switch (t->kind[p]) {
      case KIND_FOR_STATEMENT: case KIND_WHILE_STATEMENT: case KIND_LIST_COMPREHENSION:
      case KIND_SET_COMPREHENSION: case KIND_DICTIONARY_COMPREHENSION:
      case KIND_GENERATOR_EXPRESSION:
        return true;
      case KIND_FUNCTION_DEFINITION: case KIND_LAMBDA:
        return true;  /* a nested function may run any number of times */
      default:
        break;
    }
  }
  return false;
}

bool sg_classes_local_single(const SemanticModel *m, const ClassInfo *cls) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_scope[cls->node];
  if (scope == SG_NONE || m->scopes.items[scope].kind != SCOPE_FUNCTION) return false;
  uint32_t fn = m->scopes.items[scope].node;
  uint32_t name = sg_flat_field(t, cls->node, FIELD_NAME);
  uint32_t b = name == SG_NONE ? SG_NONE : m->node_binding[name];
  if (b == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[m->bindings.items[b].symbol];
  uint32_t instances = 0;
  for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t id = m->references.items[r].node;
    uint32_t p = t->parent[id];
    if (p != SG_NONE && t->kind[p] == KIND_CALL && t->field[id] == FIELD_FUNCTION)
      instances += sg_classes__in_loop(t, id, fn) ? 2 : 1;
  }
  return instances < 2;
}

bool sg_classes_private_singleton(const SemanticModel *m, const ClassSet *set, uint32_t c) {
  const FlatTree *t = m->tree;
  const ClassInfo *cls = &set->classes.items[c];
  uint32_t scope = m->node_scope[cls->node];
  if (scope == SG_NONE || m->scopes.items[scope].kind != SCOPE_MODULE) return false;
  uint32_t name = sg_flat_field(t, cls->node, FIELD_NAME);
  if (name == SG_NONE || sg_flat_name(t, name)[0] != '_') return false;
  if (cls->pre_end - cls->pre > 1) return false;  /* a same-file subclass */
  uint32_t b = m->node_binding[name];
  if (b == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[m->bindings.items[b].symbol];
  if (sym->binding_count != 1) return false;
  uint32_t instances = 0;
  for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t id = m->references.items[r].node;
    uint32_t p = t->parent[id];
    if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[id] == FIELD_OBJECT) continue;
    if (p == SG_NONE || t->kind[p] != KIND_CALL || t->field[id] != FIELD_FUNCTION) return false;
    if (m->references.items[r].scope != scope) return false;  /* made inside a function */
    for (uint32_t q = t->parent[p]; q != SG_NONE; q = t->parent[q])
      if (t->kind[q] == KIND_FOR_STATEMENT || t->kind[q] == KIND_WHILE_STATEMENT) return false;
    instances++;
  }
  return instances == 1;
}

/* ---- reaching an attribute through the class ------------------------------ */

/* What the object of `<obj>.<name>` says about the class it may name:
 * any class (`type(x)`, `x.__class__`), the class around it (`cls`), or
 * the classes with a given name (`Registry`, `self.Handler`: by the last
 * name). */
#define SG_CLASSES__ANY_CLASS 0xfffffffeu
#define SG_CLASSES__CLS 0xfffffffdu

typedef struct ClassAccess {
  uint32_t name;   /* the attribute's name id */
  uint32_t key;    /* a class name id, SG_CLASSES__ANY_CLASS or SG_CLASSES__CLS */
  uint32_t node;   /* the attribute node */
} ClassAccess;

struct ClassAccesses {
  Array(ClassAccess) items;  /* sorted by name, key, node */
};

static int sg_classes__access_order(const void *a, const void *b) {
  const ClassAccess *x = a, *y = b;
  if (x->name != y->name) return x->name < y->name ? -1 : 1;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

ClassAccesses *sg_classes_accesses_new(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  ClassAccesses *self = sg_calloc(1, sizeof(ClassAccesses));
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT));
    if (a == SG_NONE || t->name_id[a] == SG_NONE || obj == SG_NONE) continue;
    ClassAccess e = {t->name_id[a], SG_NONE, i};
    if (t->kind[obj] == KIND_CALL) {
      if (sg_resolve_is(m, sg_flat_field(t, obj, FIELD_FUNCTION), "builtins.type")) e.key = SG_CLASSES__ANY_CLASS;
    } else if (t->kind[obj] == KIND_ATTRIBUTE) {
      /* x.__class__, or a nested class reached as `self.Handler`, `Outer.Handler` */
      uint32_t last = sg_flat_field(t, obj, FIELD_ATTRIBUTE);
      if (last != SG_NONE)
        e.key = t->name_id[last] == NAME_DUNDER_CLASS ? SG_CLASSES__ANY_CLASS : t->name_id[last];
    } else if (t->kind[obj] == KIND_IDENTIFIER) {
      e.key = t->name_id[obj];
      if (t->name_id[obj] == NAME_CLS) {
        ClassAccess cls = {e.name, SG_CLASSES__CLS, i};
        array_push(&self->items, cls);
      }
    }
    if (e.key != SG_NONE) array_push(&self->items, e);
  }
  if (self->items.len) qsort(self->items.items, self->items.len, sizeof(ClassAccess), sg_classes__access_order);
  return self;
}

void sg_classes_accesses_delete(ClassAccesses *self) {
  if (!self) return;
  array_free(&self->items);
  sg_free(self);
}

/* The first access of `name` with `key` at or after node `from`, or SG_NONE. */
static uint32_t sg_classes__first_access(const ClassAccesses *self, uint32_t name, uint32_t key, uint32_t from) {
  ClassAccess want = {name, key, from};
  uint32_t lo = 0, hi = self->items.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (sg_classes__access_order(&self->items.items[mid], &want) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo == self->items.len) return SG_NONE;
  const ClassAccess *e = &self->items.items[lo];
  return e->name == name && e->key == key ? e->node : SG_NONE;
}

uint32_t sg_classes_access_through(const ClassAccesses *index, uint32_t name, uint32_t class_name) {
  return class_name == SG_NONE || name == SG_NONE ? SG_NONE : sg_classes__first_access(index, name, class_name, 0);
}

uint32_t sg_classes_class_access(const SemanticModel *m, const ClassSet *set, const ClassAccesses *index,
                                 uint32_t c, uint32_t name) {
  const FlatTree *t = m->tree;
  const ClassInfo *ci = &set->classes.items[c];
  uint32_t best = sg_classes__first_access(index, name, SG_CLASSES__ANY_CLASS, 0);
  /* `cls` inside the class */
  uint32_t in = sg_classes__first_access(index, name, SG_CLASSES__CLS, ci->node);
  if (in != SG_NONE && in <= t->subtree_end[ci->node] && in < best) best = in;
  /* the class's name or a same-file subclass's */
  for (uint32_t k = ci->pre; k < ci->pre_end; k++) {
    uint32_t cname = sg_flat_field(t, set->classes.items[set->order[k]].node, FIELD_NAME);
    if (cname == SG_NONE || t->name_id[cname] == SG_NONE) continue;
    uint32_t at = sg_classes__first_access(index, name, t->name_id[cname], 0);
    if (at < best) best = at;
  }
  return best;
}

bool sg_classes_initializer(const FlatTree *t, uint32_t def) {
  static const char *const inits[] = {"__init__", "__new__", "__post_init__", "__attrs_post_init__", "setUp"};
  uint32_t name = def == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_NAME);
  for (size_t k = 0; k < sizeof inits / sizeof *inits && name != SG_NONE; k++)
    if (sg_flat_text_is(t, name, inits[k])) return true;
  return false;
}

uint32_t sg_classes_init_keeps(const SemanticModel *m, uint32_t cls, uint32_t attr, bool only) {
  const FlatTree *t = m->tree;
  uint32_t isym = sg_model_symbol(m, cls, NAME_DUNDER_INIT);
  const Binding *ib = isym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[isym].first_binding];
  uint32_t init = ib && ib->kind == BINDING_KIND_DEF ? m->node_own_scope[ib->context] : SG_NONE;
  if (init == SG_NONE) return SG_NONE;
  /* the whole class when the assignment must be the only one, else the __init__ */
  uint32_t from = only ? m->scopes.items[cls].node : m->scopes.items[init].body, kept = SG_NONE;
  for (uint32_t i = from; from != SG_NONE && i <= t->subtree_end[from]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT && t->kind[i] != KIND_AUGMENTED_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    uint32_t la = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_ATTRIBUTE) : SG_NONE;
    if (la == SG_NONE || t->name_id[la] != attr) continue;
    uint32_t rs = right != SG_NONE && t->kind[right] == KIND_IDENTIFIER ? sg_model_node_symbol(m, right) : SG_NONE;
    bool param = t->kind[i] == KIND_ASSIGNMENT && m->node_scope[i] == init && rs != SG_NONE &&
                 (m->symbols.items[rs].flags & SYMBOL_PARAMETER) && m->symbols.items[rs].scope == init;
    if (!only && param) return right;
    if (only && (kept != SG_NONE || !param)) return SG_NONE;
    kept = right;
  }
  return only ? kept : SG_NONE;
}

bool sg_classes_pickles_itself(const SemanticModel *m, uint32_t cls) {
  static const char *const custom[] = {"__getstate__", "__reduce__", "__reduce_ex__", "__getnewargs__",
                                       "__deepcopy__"};
  for (size_t k = 0; k < sizeof custom / sizeof *custom; k++) {
    uint32_t id = sg_names_find(&m->tree->names, custom[k], (uint32_t)strlen(custom[k]));
    if (id != SG_NONE && sg_model_symbol(m, cls, id) != SG_NONE) return true;
  }
  return false;
}

/* Is obj an object of class scope cls: `self`/`cls` in one of its methods,
 * `C(...)`, or a name bound once to `C(...)`? */
static bool sg_classes__object_of(const SemanticModel *m, uint32_t obj, uint32_t cls) {
  const FlatTree *t = m->tree;
  obj = sg_flat_unparen(t, obj);
  if (obj == SG_NONE) return false;
  if (t->kind[obj] == KIND_IDENTIFIER) {
    uint32_t fs = sg_model_function_scope(m, m->node_scope[obj]);
    uint32_t sym = sg_model_node_symbol(m, obj);
    if (fs != SG_NONE && m->scopes.items[fs].parent == cls && sym != SG_NONE && sym == sg_classes_self(m, fs))
      return true;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    obj = bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
    if (obj == SG_NONE) return false;
  }
  if (t->kind[obj] != KIND_CALL) return false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, obj, FIELD_FUNCTION));
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  return fn != SG_NONE && cname != SG_NONE && t->kind[fn] == KIND_IDENTIFIER && t->name_id[fn] == t->name_id[cname];
}

/* How many times the file calls function scope fs, 0, 1 or 2 (a call in a
 * loop counts two): `f(...)` for a module-level function, `x.f(...)` for a
 * method (any object: the name is what the file can see). */
static uint32_t sg_classes__calls_of(const SemanticModel *m, uint32_t fs) {
  const FlatTree *t = m->tree;
  const Scope *sc = &m->scopes.items[fs];
  if (sc->kind != SCOPE_FUNCTION || sc->parent == SG_NONE) return 0;
  uint32_t name = sg_flat_field(t, sc->node, FIELD_NAME);
  if (name == SG_NONE || sg_flat_text_is(t, name, "__init__")) return 0;
  bool method = m->scopes.items[sc->parent].kind == SCOPE_CLASS;
  uint32_t first, end, n = 0;
  sg_model_calls_named(m, t->name_id[name], &first, &end);
  for (uint32_t k = first; k < end && n < 2; k++) {
    uint32_t call = m->calls.items[2 * k + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE || (t->kind[fn] == KIND_ATTRIBUTE) != method) continue;
    if (sg_model_function_scope(m, m->node_scope[call]) == fs) continue;  /* recursion */
    /* `f(...)` naming this def; `x.f(...)` on an object of its class */
    if (!method) {
      uint32_t sym = sg_model_node_symbol(m, fn);
      const Binding *bd = sym == SG_NONE || m->symbols.items[sym].binding_count != 1
                              ? NULL : &m->bindings.items[m->symbols.items[sym].first_binding];
      if (!bd || bd->kind != BINDING_KIND_DEF || bd->context != sc->node) continue;
    } else if (!sg_classes__object_of(m, sg_flat_field(t, fn, FIELD_OBJECT), sc->parent)) {
      continue;
    }
    n = sg_flat_enclosing_loop(t, call) != SG_NONE ? 2 : n + 1;
  }
  return n;
}

static uint32_t sg_classes__instances_at(const SemanticModel *m, uint32_t cls, int depth) {
  const FlatTree *t = m->tree;
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t b = cname == SG_NONE ? SG_NONE : m->node_binding[cname];
  if (b == SG_NONE) return 0;
  uint32_t sym = m->bindings.items[b].symbol, n = 0;
  if (m->symbols.items[sym].binding_count != 1) return 0;
  for (uint32_t r = m->symbols.items[sym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, call = t->parent[use];
    if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) continue;
    n = sg_flat_enclosing_loop(t, call) != SG_NONE ? 2 : n + 1;
    if (n >= 2) return 2;
    /* made by a method of a class the file makes several of (`self.stats =
     * WorkerStats(...)` in `Worker.__init__`, Workers made in a loop) */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
    uint32_t owner = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    if (depth < 3 && owner != SG_NONE && owner != cls && m->scopes.items[owner].kind == SCOPE_CLASS &&
        sg_classes__instances_at(m, owner, depth + 1) >= 2)
      return 2;
    /* made by a function or method (not `__init__`) the file calls twice,
     * or in a loop: `def open_room(self, name): self.rooms[name] = Room(name)` */
    if (depth < 3 && fs != SG_NONE && fs != 0 && sg_classes__calls_of(m, fs) >= 2) return 2;
  }
  return n;
}

uint32_t sg_classes_instances(const SemanticModel *m, uint32_t cls) {
  return sg_classes__instances_at(m, cls, 0);
}

uint32_t sg_classes_base_init_call(const SemanticModel *m, uint32_t def, uint32_t base, bool *passes_self) {
  const FlatTree *t = m->tree;
  uint32_t body = sg_flat_field(t, def, FIELD_BODY);
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
    uint32_t a = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
    if (a == SG_NONE || t->name_id[a] != NAME_DUNDER_INIT) continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
    uint32_t of = o != SG_NONE && t->kind[o] == KIND_CALL ? sg_flat_field(t, o, FIELD_FUNCTION) : SG_NONE;
    if (of != SG_NONE && sg_flat_text_is(t, of, "super")) {
      *passes_self = false;
      return i;
    }
    if (o != SG_NONE && base != SG_NONE && sg_flat_same_text(t, o, base)) {
      *passes_self = true;
      return i;
    }
  }
  return SG_NONE;
}
