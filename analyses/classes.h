/* Classes: per class of a file — its class-level attribute bindings (with
 * their annotation and `ClassVar`), its methods and their first parameter,
 * the same-file base classes, whether a decorator or base makes it a
 * dataclass/pydantic/msgspec model (or an attrs class), whether it is a descriptor, and
 * every use of `self.<attr>` in its methods: a per-instance rebinding or an
 * in-place mutation. Built once per file; free with sg_classes_delete. */
#ifndef SG_CLASSES_H
#define SG_CLASSES_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "analyses/values.h"
#include "parser/flatview.h"

typedef struct ClassAttribute {
  uint32_t name;        /* name id */
  uint32_t target;      /* the identifier bound in the class body */
  uint32_t value;       /* its value, or SG_NONE */
  ValueKind kind;
  bool annotated;
  bool classvar;        /* annotated ClassVar[...] */
} ClassAttribute;

typedef enum SelfUseKind {
  SELF_USE_REBIND,      /* self.x = v */
  SELF_USE_MUTATE,      /* self.x.append(v), self.x[k] = v, del self.x[k], self.x += v */
} SelfUseKind;

typedef struct SelfUse {
  SelfUseKind kind;
  uint32_t name;        /* attribute name id */
  uint32_t node;        /* the statement or call that shows it */
  uint32_t method;      /* the method's scope */
  bool top_level;       /* a statement directly in the method's body (runs on every path) */
  uint32_t via;         /* a change through a property that hands `name` out: the
                           property's name id (`self.rules.append(x)` for `_rules`);
                           else SG_NONE */
} SelfUse;

typedef struct ClassInfo {
  uint32_t node;        /* class_definition */
  uint32_t scope;
  uint32_t base;        /* a same-file base class (index into ClassSet.classes), or SG_NONE:
                           loops are cut, and chains at most SG_CLASSES_MAX_DEPTH deep */
  uint32_t pre, pre_end; /* the class and its same-file subclasses (through base):
                           ClassSet.order[pre .. pre_end), the class first */
  bool is_model;        /* dataclass, pydantic BaseModel, msgspec Struct: they copy
                           or reject a mutable field default */
  bool is_attrs;        /* @attr.s / @attrs.define...: keeps the default object as is */
  bool is_descriptor;   /* defines __get__ and __set__ or __delete__ */
  bool is_namedtuple;   /* based on typing.NamedTuple: a field's default is shared by
                           every instance created without it, and cannot be rebound */
  bool is_metaclass;    /* derives from `type` (or a `...Meta` base): its methods'
                           first parameter is a class, not an instance */
  Array(ClassAttribute) attributes;
  Array(SelfUse) uses;
} ClassInfo;

typedef struct ClassSet {
  Array(ClassInfo) classes;
  uint32_t *order;      /* class indices, each class before its subclasses (preorder) */
} ClassSet;

/* Same-file bases deeper than this start a chain of their own: walks up
 * `base` are short, and a class has at most this many same-file bases
 * (Python code rarely nests a dozen in one file; a generated
 * `class C{i}(C{i-1})` of 20,000 classes is not walked 20,000 deep). */
#define SG_CLASSES_MAX_DEPTH 100

/* Where attribute node `attr` (`<obj>.<name>`) changes the object it reads
 * in place — `obj.name += v`, `obj.name.append(v)` (a mutating method),
 * `obj.name[k] = v`, `obj.name[k], j = ...`, `del obj.name[k]`,
 * `obj.name[k].append(v)` — the statement or call, else SG_NONE.
 * SG_HOSTDEV: sg_classes_build asks it for `self.<name>`, and the GPU
 * path's SNG203 join (rules/candidates.h) for every attribute node. */
SG_HOSTDEV static inline uint32_t sg_classes_mutation_of(const FlatView *v, uint32_t attr) {
  uint32_t p = v->parent[attr];
  if (p == SG_NONE) return SG_NONE;
  if (v->kind[p] == KIND_AUGMENTED_ASSIGNMENT && v->field[attr] == FIELD_LEFT) return p;
  if (v->kind[p] == KIND_ATTRIBUTE && v->field[attr] == FIELD_OBJECT) {
    uint32_t call = v->parent[p], a2 = sg_view_field(v, p, FIELD_ATTRIBUTE);
    bool mutates = call != SG_NONE && v->kind[call] == KIND_CALL && v->field[p] == FIELD_FUNCTION &&
                   a2 != SG_NONE && sg_value_is_mutating_method(v->name_id[a2]);
    return mutates ? call : SG_NONE;
  }
  if (v->kind[p] != KIND_SUBSCRIPT || v->field[attr] != FIELD_VALUE) return SG_NONE;
  /* the subscript stored to or deleted, or an item mutated in place */
  uint32_t c = p, q = v->parent[p];
  while (q != SG_NONE && (v->kind[q] == KIND_PATTERN_LIST || v->kind[q] == KIND_TUPLE_PATTERN ||
                          v->kind[q] == KIND_EXPRESSION_LIST))
    c = q, q = v->parent[q];
  if (q == SG_NONE) return SG_NONE;
  if ((v->kind[q] == KIND_ASSIGNMENT && v->field[c] == FIELD_LEFT) ||
      (v->kind[q] == KIND_AUGMENTED_ASSIGNMENT && v->field[c] == FIELD_LEFT) || v->kind[q] == KIND_DELETE_STATEMENT)
    return q;
  if (v->kind[q] == KIND_ATTRIBUTE && v->field[p] == FIELD_OBJECT) {
    uint32_t call = v->parent[q], a2 = sg_view_field(v, q, FIELD_ATTRIBUTE);
    if (call != SG_NONE && v->kind[call] == KIND_CALL && v->field[q] == FIELD_FUNCTION && a2 != SG_NONE &&
        sg_value_is_mutating_method(v->name_id[a2]))
      return call;
  }
  return SG_NONE;
}

ClassSet *sg_classes_build(const SemanticModel *model);
void sg_classes_delete(ClassSet *self);
/* The index of the class whose class_definition is `node` (classes are
 * in file order: a binary search), or SG_NONE. */
static inline uint32_t sg_classes_of_node(const ClassSet *self, uint32_t node) {
  uint32_t lo = 0, hi = self->classes.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (self->classes.items[mid].node < node) lo = mid + 1;
    else hi = mid;
  }
  return lo < self->classes.len && self->classes.items[lo].node == node ? lo : SG_NONE;
}

/* Is class `sub` the class `base` or derived from it (through same-file
 * bases)? Indices into self->classes. */
static inline bool sg_classes_derives(const ClassSet *self, uint32_t sub, uint32_t base) {
  const ClassInfo *b = &self->classes.items[base];
  uint32_t at = self->classes.items[sub].pre;
  return b->pre <= at && at < b->pre_end;
}

/* Is the attribute one mutable object every instance shares: a mutable
 * value, not `ClassVar`, and not a field a model class (dataclass,
 * pydantic, msgspec) turns into a per-instance default? (attrs does not.) */
static inline bool sg_classes_shared_mutable(const ClassInfo *cls, const ClassAttribute *attr) {
  return sg_value_is_mutable(attr->kind) && !attr->classvar && !(cls->is_model && attr->annotated);
}

/* Is class_def decorated `@dataclass` / `@dataclasses.dataclass(...)`? */
bool sg_classes_is_dataclass(const FlatTree *tree, uint32_t class_def);
/* Is class definition `cls` decorated as a dataclass or attrs class
 * (`@dataclass`, `@attr.s`, `@attrs.define`, `@frozen`...): its generated
 * constructor stores every argument? */
bool sg_classes_is_record(const FlatTree *tree, uint32_t cls);
/* The method `name` defined in the class body, or SG_NONE (its scope). */
uint32_t sg_classes_method(const SemanticModel *model, const ClassInfo *cls, const char *name);
/* The first parameter's symbol of a method scope when it is an instance
 * (self), or SG_NONE: static methods, class methods, `__new__`,
 * `__init_subclass__`, `__class_getitem__` (their first parameter is the
 * class), functions without parameters. Methods of a metaclass are
 * excluded by sg_classes_build (ClassInfo.is_metaclass), not here. */
uint32_t sg_classes_self(const SemanticModel *model, uint32_t method);
/* The class scope of the object expression e makes or names: `self` in a
 * method of the class, `C(...)` of a same-file class, or a name bound once
 * to that (also by unpacking a display: `a, b = C(), D()`); SG_NONE when
 * not known. */
uint32_t sg_classes_instance_class(const SemanticModel *model, uint32_t e);
/* Is def (a method's function_definition) an initializer: `__init__`,
 * `__new__`, `__post_init__`, `__attrs_post_init__`, `setUp`? */
bool sg_classes_initializer(const FlatTree *tree, uint32_t def);
/* The parameter (its identifier in the `__init__`) that class scope cls's
 * own `__init__` keeps as `<x>.<attr>` (`self.channel = channel`): the
 * first such assignment there; with only, the class's only assignment of
 * `<anything>.<attr>`, else SG_NONE. */
uint32_t sg_classes_init_keeps(const SemanticModel *model, uint32_t cls, uint32_t attr, bool only);
/* Does class scope cls say how to pickle or deep-copy itself (`__getstate__`,
 * `__reduce__`, `__reduce_ex__`, `__getnewargs__`, `__deepcopy__` in its body)? A
 * class with `__deepcopy__` only may still fail to pickle: not known, so
 * not reported. */
/* The call of a base's `__init__` in the body of an `__init__` (def):
 * `super().__init__(...)` (*passes_self false) or `<base>.__init__(self,
 * ...)` with `<base>` the same text as node base (*passes_self true); the
 * first one, or SG_NONE. */
uint32_t sg_classes_base_init_call(const SemanticModel *model, uint32_t def, uint32_t base, bool *passes_self);
bool sg_classes_pickles_itself(const SemanticModel *model, uint32_t cls);
/* Is the class defined in a function body and instantiated at most once
 * there (no call in a loop or nested function)? Each call makes a new
 * class object, so its class attributes are not shared beyond one call's
 * instance. A class the function hands out (a handler class passed to a
 * server, returned by a factory) is instantiated by code not seen here:
 * not known to be shared, so this answers true for it too. */
bool sg_classes_local_single(const SemanticModel *model, const ClassInfo *cls);
/* Is class c a module's private singleton: a module-level class whose name
 * starts with `_`, with no same-file subclass, whose name is used only for
 * one instantiation in module-level code (outside any loop) and for
 * attribute access on the class? Other modules do not instantiate a private
 * class, so there is one instance and nothing to share its attributes with. */
bool sg_classes_private_singleton(const SemanticModel *model, const ClassSet *set, uint32_t c);
/* Every `<obj>.<name>` of a file whose obj may name a class (see
 * sg_classes_class_access), indexed by name: built once for a file's
 * questions, so that each is answered without a walk over the file.
 * Caller frees with sg_classes_accesses_delete. */
typedef struct ClassAccesses ClassAccesses;
ClassAccesses *sg_classes_accesses_new(const SemanticModel *model);
void sg_classes_accesses_delete(ClassAccesses *self);
/* The first `<C>.<name>` of the file with C spelled `class_name` (a name
 * id: a class's own name, `Foot.add_alias`), or SG_NONE. */
uint32_t sg_classes_access_through(const ClassAccesses *index, uint32_t name, uint32_t class_name);
/* The first `<C>.<name>` in the file that reaches attribute `name` through
 * class `c` itself (its name or a same-file subclass's, also as the last
 * part of a dotted name like `self.Handler`, `type(x)`, `x.__class__`,
 * `cls` inside the class): a read, reset or mutation that
 * shows the attribute is shared on purpose. SG_NONE when none. */
uint32_t sg_classes_class_access(const SemanticModel *model, const ClassSet *set,
                                 const ClassAccesses *index, uint32_t c, uint32_t name);

/* How many objects the file makes of class scope cls, 0, 1 or 2 (two or
 * more): `C(...)` calls of its name, one in a loop or comprehension
 * counting two, or one in a method of a class the file makes two of, or
 * in a function or method (not `__init__`) the file calls twice. */
uint32_t sg_classes_instances(const SemanticModel *model, uint32_t cls);

#endif
