/* Values: light local inference of what kind of object an expression makes
 * (list/dict/set displays and constructors, collections containers,
 * immutables), and how a name's object is used at one read — mutated in
 * place, escaping the function, aliased, or only read. Stateless queries on
 * the model; nothing to free. */
#ifndef SG_VALUES_H
#define SG_VALUES_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/hostdev.h"

/* The node kinds whose value is an immutable literal (None, True, False,
 * numbers, strings, `...`): sg_value_of's VALUE_IMMUTABLE leaves, and the
 * GPU candidate predicates' "never mutable" test (rules/candidates.h). */
SG_HOSTDEV static inline bool sg_value_literal_kind(uint16_t kind) {
  return kind == KIND_NONE || kind == KIND_TRUE || kind == KIND_FALSE || kind == KIND_INTEGER ||
         kind == KIND_FLOAT || kind == KIND_STRING || kind == KIND_CONCATENATED_STRING ||
         kind == KIND_ELLIPSIS;
}

typedef enum ValueKind {
  VALUE_UNKNOWN,
  VALUE_IMMUTABLE,      /* None, numbers, strings, bytes, tuples of immutables, frozenset */
  VALUE_LAMBDA,         /* a lambda expression */
  VALUE_FUNCTION,       /* a same-file function (nested or not) */
  VALUE_GENERATOR,      /* a generator expression, or a call of a same-file generator function */
  VALUE_LIST,
  VALUE_DICT,
  VALUE_SET,
  VALUE_BYTEARRAY,
  VALUE_DEQUE,
  VALUE_DEFAULTDICT,
  VALUE_ORDEREDDICT,
  VALUE_COUNTER,
  VALUE_MAPPING,        /* a dict made by a class not known (`cls.fromkeys(...)`): dict, a
                           subclass, or an OrderedDict, whose errors differ */
} ValueKind;

static inline bool sg_value_is_mutable(ValueKind kind) { return kind >= VALUE_LIST; }
static inline bool sg_value_is_callable(ValueKind kind) {
  return kind == VALUE_LAMBDA || kind == VALUE_FUNCTION;
}
/* What to call the value in a message: the class of a call that the
 * kinds fold into another (`UserDict()` is a dict, `array.array("i")` a
 * list to the analyses: "UserDict", "array"), else sg_value_kind_name. */
const char *sg_value_display_name(const SemanticModel *m, uint32_t value, ValueKind kind);
const char *sg_value_kind_name(ValueKind kind);

/* What the expression itself creates (displays, comprehensions, calls of
 * known constructors and copies like `list(x)`/`sorted(x)`, `list * n`,
 * lambdas, generator expressions), or what a name bound to a same-file
 * function or a call of a same-file generator function holds. */
ValueKind sg_value_of(const SemanticModel *model, uint32_t expr);
static inline bool sg_value_is_list_like(ValueKind kind) {
  return kind == VALUE_LIST || kind == VALUE_DEQUE || kind == VALUE_BYTEARRAY;
}
static inline bool sg_value_is_dict_like(ValueKind kind) {
  return kind == VALUE_DICT || kind == VALUE_DEFAULTDICT || kind == VALUE_ORDEREDDICT ||
         kind == VALUE_COUNTER || kind == VALUE_MAPPING;
}

/* sg_value_of, and dicts known from where they come from: `X.__dict__`,
 * `X.__dict__.copy()`, `vars(X)`, `X.fromkeys(...)` (a dict class method),
 * `d.copy()` of a name bound only to dicts of one kind, and a call of a
 * same-file function whose every `return` gives a dict display or a local
 * bound only to dict displays. */
ValueKind sg_value_of_source(const SemanticModel *model, uint32_t expr);
/* Like sg_value_of, and a module-level name bound only to values of one
 * mutable kind counts as that kind. */
ValueKind sg_value_of_default(const SemanticModel *model, uint32_t expr);

/* Is `call` a method call `x.m(...)` on a plain list, dict or set (known by
 * sg_value_of) whose type has no method `m`? Then it always raises
 * AttributeError: Python 2 leftovers such as `d.iteritems()`, `d.has_key(k)`. */
bool sg_value_lacks_method(const SemanticModel *model, uint32_t call);

typedef enum UseKind {
  USE_READ,             /* read, iterated, passed to an unknown call */
  USE_MUTATE,           /* mutating method, item/attribute store or delete, `+=` */
  USE_RETURN,           /* returned (alone or inside a display) */
  USE_YIELD,
  USE_STORE,            /* stored where it outlives the call: attribute,
                           another container, a global */
  USE_ALIAS,            /* bound to another local name: `q = p` */
} UseKind;

/* How the object is used at one identifier read. *where is the node that
 * shows it (the call, the statement); *alias the aliasing identifier. */
UseKind sg_value_use(const SemanticModel *model, uint32_t ident, uint32_t *where, uint32_t *alias);
/* Does a method of this name mutate its list/dict/set/deque in place?
 * (SG_HOSTDEV: the GPU path's SNG203 join asks it per node.) */
SG_HOSTDEV static inline bool sg_value_is_mutating_method(uint32_t name) {
  switch (name) {
    case NAME_APPEND: case NAME_EXTEND: case NAME_INSERT: case NAME_REMOVE: case NAME_POP:
    case NAME_POPITEM: case NAME_CLEAR: case NAME_SORT: case NAME_REVERSE: case NAME_UPDATE:
    case NAME_SETDEFAULT: case NAME_ADD: case NAME_DISCARD: case NAME_DIFFERENCE_UPDATE:
    case NAME_INTERSECTION_UPDATE: case NAME_SYMMETRIC_DIFFERENCE_UPDATE:
    case NAME_APPENDLEFT: case NAME_EXTENDLEFT: case NAME_POPLEFT: case NAME_ROTATE:
    case NAME_MOVE_TO_END: case NAME_SUBTRACT:
      return true;
    default:
      return false;
  }
}


/* A parameter's object and the evidence that it is changed in place. */
typedef struct ValueEscape {
  UseKind use;          /* USE_READ when it neither escapes nor is mutated */
  uint32_t where;       /* the mutation or escape */
  uint32_t mutation;    /* where the object is seen mutated (== where for
                           USE_MUTATE; for an escape, the later mutation of
                           the escaped object), or SG_NONE */
} ValueEscape;
/* How a parameter's object is mutated or escapes (USE_MUTATE/RETURN/
 * YIELD/STORE) in its function, following one level of local aliases and
 * ignoring reads where the name has surely been rebound first. Prefers
 * evidence of mutation: the first in-place mutation; else the first escape
 * whose object is seen mutated later in the file (stored under an
 * attribute name or global that is mutated, or returned to a same-file
 * caller that mutates the result); else the first escape. With
 * ignore_removals, removing or reordering mutations (del p[k], pop,
 * remove, discard, clear, sort, reverse) do not count: on an empty object
 * they change nothing. */
void sg_value_escape_of(const SemanticModel *model, uint32_t symbol, bool ignore_removals,
                        ValueEscape *out);
/* The first place in the file where an attribute `<x>.<name>` (name id)
 * is mutated in place (`x.name.append(v)`, `x.name[k] = v`, `x.name += v`),
 * counting only places inside class definition `within`, outside every
 * class, or in another class on an object other than its method's receiver
 * (`self._routes[p].<name>`, not `self.<name>`); within == SG_NONE:
 * anywhere. */
uint32_t sg_value_attribute_mutation(const SemanticModel *model, uint32_t name, uint32_t within);
/* Is expr surely an int: an integer literal, `len(...)`/`int(...)`, int
 * arithmetic of such, or a name every binding of which is one (a `for`
 * target over `range(...)`, a parameter annotated `int` or defaulting to
 * an integer literal)? The search stops 6 levels down. */
bool sg_value_is_int(const SemanticModel *model, uint32_t expr);
/* Where an item of the container that `expr` evaluates to is changed in
 * place through the container, following the local name or the attribute
 * name it is assigned to (also through `[a] + expr`): `x[i].append(v)`,
 * `x[i][j] = v`, `x[i] += v`, `for row in x: row.append(v)`. Replacing a
 * slot (`x[i] = v`) does not count, and when a slot is replaced anywhere
 * the mutated one may hold its own object: SG_NONE then too, as when no
 * mutation is seen. */
uint32_t sg_value_item_mutation(const SemanticModel *model, uint32_t expr);
/* Is the mutation at `where` (as sg_value_use reports it) a removal or a
 * reordering (`sort`, `reverse`, `rotate`): one that changes nothing in an
 * empty object? */
bool sg_value_is_removal(const SemanticModel *model, uint32_t where);
/* Is expr an empty display or a constructor call without arguments? */
bool sg_value_is_empty(const SemanticModel *model, uint32_t expr);

/* The next reference of `symbol` after reference r (SG_NONE: from its
 * first) that reads the object bound at binding `origin`: not before it,
 * and not where the name may have been rebound first (a closure's read:
 * after any rebinding). With origin SG_NONE, every reference. */
uint32_t sg_value_next_read(const SemanticModel *model, uint32_t symbol, uint32_t origin, uint32_t r);
/* The parameter binding of a parameter's symbol, or SG_NONE. */
uint32_t sg_value_parameter_origin(const SemanticModel *model, uint32_t symbol);
/* The value a binding gives its name: bd->value when the name is the
 * whole target, else, for a name in a tuple target unpacking a display of
 * the same shape (`a, b = Node(), Node()`), the element in its place;
 * SG_NONE when not known. */
uint32_t sg_value_bound_value(const SemanticModel *m, const Binding *bd);
/* The only binding of the name identifier `ident` reads, or NULL (not a
 * read, unresolved, or bound more than once). */
const Binding *sg_value_sole_binding(const SemanticModel *model, uint32_t ident);
/* The one binding of the name other than `del` statements (`conn = C()` ...
 * `del conn`: the object it held was that one), or NULL. */
const Binding *sg_value_assigned_once(const SemanticModel *model, uint32_t ident);
/* A lookup tested for absence: cond tests `v is None` or `not v`, and v is
 * a local of cond's function bound before it from `X.get(...)`. The next
 * such `.get` call after binding *cursor (start with SG_NONE; it is set to
 * the binding), or SG_NONE. Under the test, the key was not in X. */
uint32_t sg_value_none_tested_get(const SemanticModel *model, uint32_t cond, uint32_t *cursor);
/* The function a `return` of function scope `scope` first hands back that
 * is made in it — a lambda (its node), or a nested def returned by name
 * (the function_definition) — or SG_NONE; *every: each of its returns
 * hands back such a function (a factory: `def make(k): def f(x): ...;
 * return f`). */
uint32_t sg_value_returned_function(const SemanticModel *model, uint32_t scope, bool *every);

/* The parameter identifier of `params` (a def's parameter list) that
 * receives positional argument `index` or keyword `name` (name id; either
 * may be SG_NONE), after skipping `skip` leading parameters (a bound
 * method's self); SG_NONE when none (keyword-only, *args...). */
uint32_t sg_value_callee_param(const FlatTree *tree, uint32_t params, uint32_t skip, uint32_t index, uint32_t name);
/* Where the parameter's object is passed as an argument to a same-file
 * function, or a same-file class (its `__init__`, or every argument of a
 * dataclass/attrs class), whose receiving parameter is mutated or escapes
 * there (its first mutation or escape; one level, not the callee's callees).
 * Returns the passing identifier, *callee the call and *use the callee's
 * use (USE_STORE for a record class); SG_NONE when no such call. */
uint32_t sg_value_call_escape(const SemanticModel *model, uint32_t symbol, uint32_t *callee,
                              UseKind *use);

/* The position of parameter psym among def's positional parameters (self
 * counted), or SG_NONE (keyword-only, `*args`, or not found). */
uint32_t sg_value_param_index(const SemanticModel *model, uint32_t def, uint32_t psym);

#endif
