/* Sites: the semantic model's collect pass (analyses/model.c) restated as
 * per-node functions over a FlatView, so that a batch of files gets its
 * scopes, binding sites and references with data-parallel steps (gpu/,
 * Co-dfns style) instead of one walk with a scope stack:
 *
 *   1. every node links to where its scope comes from — a scope it starts
 *      (a def's body, a comprehension's parts, PEP 695 regions) or the node
 *      it inherits from (its parent; the first iterable of a comprehension
 *      takes the comprehension's own, outer, scope) — and pointer jumping
 *      resolves the links to each node's scope in O(log depth) rounds;
 *   2. scopes are named by the node that opens them; each scope's parent
 *      is read off the resolved links;
 *   3. every identifier is classified as a binding site (the scope and
 *      symbol flags it binds) and/or a reference (the scope it is read in).
 *
 * The binding sites, sorted by (scope, name) and reduced, are the model's
 * symbol table at the end of collect; analyses/lookup.h resolves the
 * references against it. `snag debug lookup --sites` checks every scope,
 * symbol and reference against sg_model_build. SG_HOSTDEV throughout: the
 * device and the host reference call the very same functions. */
#ifndef SG_SITES_H
#define SG_SITES_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "parser/flatview.h"

#define SG_SITES_NO_SCOPE 0xffu
#define SG_SITES_RESOLVED 0x80000000u  /* a link that is already a scope (node ids < 2^31) */

SG_HOSTDEV static inline bool sg_sites__comprehension(uint16_t k) {
  return k == KIND_LIST_COMPREHENSION || k == KIND_SET_COMPREHENSION || k == KIND_DICTIONARY_COMPREHENSION ||
         k == KIND_GENERATOR_EXPRESSION;
}

/* sg_model__declares_type_params: `def f[T]`, `class C[T]`, `type A[T] = ...`
 * rather than a subscript `list[int]` (the same node kind). */
SG_HOSTDEV static inline bool sg_sites__declares_type_params(const FlatView *v, uint32_t tp) {
  if (tp == SG_NONE || v->kind[tp] != KIND_TYPE_PARAMETER) return false;
  if (v->field[tp] == FIELD_TYPE_PARAMETERS) return true;
  uint32_t g = v->parent[tp];
  if (g == SG_NONE || v->kind[g] != KIND_GENERIC_TYPE || sg_view_named_child(v, g) == tp) return false;
  uint32_t left = v->parent[g];
  return left != SG_NONE && v->kind[left] == KIND_TYPE && v->field[left] == FIELD_LEFT &&
         v->parent[left] != SG_NONE && v->kind[v->parent[left]] == KIND_TYPE_ALIAS_STATEMENT;
}

/* The type parameter list of a generic def/class/type alias, or SG_NONE. */
SG_HOSTDEV static inline uint32_t sg_sites_type_params_of(const FlatView *v, uint32_t node) {
  uint16_t k = v->kind[node];
  if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION) return sg_view_field(v, node, FIELD_TYPE_PARAMETERS);
  if (k != KIND_TYPE_ALIAS_STATEMENT) return SG_NONE;
  uint32_t left = sg_view_field(v, node, FIELD_LEFT);
  uint32_t g = left == SG_NONE ? SG_NONE : sg_view_named_child(v, left);
  if (g == SG_NONE || v->kind[g] != KIND_GENERIC_TYPE) return SG_NONE;
  uint32_t tp = sg_view_next_named(v, sg_view_named_child(v, g));
  return sg_sites__declares_type_params(v, tp) ? tp : SG_NONE;
}

/* The generic def/class/alias a type parameter list belongs to, or SG_NONE
 * when tp opens no scope. */
SG_HOSTDEV static inline uint32_t sg_sites__type_params_owner(const FlatView *v, uint32_t tp) {
  if (v->kind[tp] != KIND_TYPE_PARAMETER || v->parent[tp] == SG_NONE) return SG_NONE;
  uint32_t p = v->parent[tp];
  if (v->kind[p] == KIND_FUNCTION_DEFINITION || v->kind[p] == KIND_CLASS_DEFINITION)
    return sg_sites_type_params_of(v, p) == tp ? p : SG_NONE;
  if (v->kind[p] != KIND_GENERIC_TYPE || v->parent[p] == SG_NONE) return SG_NONE;
  uint32_t stmt = v->parent[v->parent[p]];
  return stmt != SG_NONE && v->kind[stmt] == KIND_TYPE_ALIAS_STATEMENT && sg_sites_type_params_of(v, stmt) == tp
             ? stmt : SG_NONE;
}

/* The kind of scope node i opens (ScopeKind), or SG_SITES_NO_SCOPE. */
SG_HOSTDEV static inline uint8_t sg_sites_opens(const FlatView *v, uint32_t i) {
  uint16_t k = v->kind[i];
  if (v->parent[i] == SG_NONE) return SCOPE_MODULE;
  if (k == KIND_FUNCTION_DEFINITION) return SCOPE_FUNCTION;
  if (k == KIND_CLASS_DEFINITION) return SCOPE_CLASS;
  if (k == KIND_LAMBDA) return SCOPE_LAMBDA;
  if (sg_sites__comprehension(k)) return SCOPE_COMPREHENSION;
  if (sg_sites__type_params_owner(v, i) != SG_NONE) return SCOPE_TYPE_PARAMS;
  return SG_SITES_NO_SCOPE;
}

/* Step 1: where node i's scope comes from — a scope node with
 * SG_SITES_RESOLVED set when i starts a region of that scope, else the
 * node to inherit from (an ancestor). */
SG_HOSTDEV static inline uint32_t sg_sites_scope_link(const FlatView *v, uint32_t i) {
  uint32_t p = v->parent[i];
  if (p == SG_NONE) return i | SG_SITES_RESOLVED;  /* a module */
  uint16_t pk = v->kind[p];
  uint8_t f = v->field[i];
  if ((pk == KIND_FUNCTION_DEFINITION || pk == KIND_CLASS_DEFINITION || pk == KIND_LAMBDA) && f == FIELD_BODY &&
      sg_view_field(v, p, FIELD_BODY) == i)
    return p | SG_SITES_RESOLVED;
  if (v->kind[i] == KIND_TYPE_PARAMETER && sg_sites__type_params_owner(v, i) != SG_NONE)
    return i | SG_SITES_RESOLVED;
  /* PEP 695: a generic def's annotations and return type, a class's bases,
   * an alias's value are evaluated in the annotation scope */
  uint32_t owner = SG_NONE;
  if (pk == KIND_FUNCTION_DEFINITION && f == FIELD_RETURN_TYPE) owner = p;
  else if (pk == KIND_CLASS_DEFINITION && f == FIELD_SUPERCLASSES) owner = p;
  else if (pk == KIND_TYPE_ALIAS_STATEMENT && f == FIELD_RIGHT) owner = p;
  else if ((pk == KIND_TYPED_PARAMETER || pk == KIND_TYPED_DEFAULT_PARAMETER) && f == FIELD_TYPE) {
    uint32_t params = v->parent[p];
    uint32_t def = params == SG_NONE ? SG_NONE : v->parent[params];
    if (def != SG_NONE && v->kind[def] == KIND_FUNCTION_DEFINITION && sg_view_field(v, def, FIELD_PARAMETERS) == params)
      owner = def;
  }
  /* the field's first node (as the model's sg_flat_field finds it) */
  uint32_t holder = owner != SG_NONE && v->kind[owner] == KIND_FUNCTION_DEFINITION && f == FIELD_TYPE ? p : owner;
  if (owner != SG_NONE && sg_view_field(v, holder, (uint8_t)f) == i) {
    uint32_t tp = sg_sites_type_params_of(v, owner);
    if (tp != SG_NONE) return tp | SG_SITES_RESOLVED;
  }
  if (sg_sites__comprehension(pk)) return p | SG_SITES_RESOLVED;
  /* the first iterable of a comprehension: the comprehension's own scope
   * (the enclosing one) */
  if (pk == KIND_FOR_IN_CLAUSE && f == FIELD_RIGHT && sg_view_field(v, p, FIELD_RIGHT) == i) {
    uint32_t comp = v->parent[p];
    if (comp != SG_NONE && sg_sites__comprehension(v->kind[comp])) {
      uint32_t first = v->first_child[comp];
      while (first != SG_NONE && v->kind[first] != KIND_FOR_IN_CLAUSE) first = v->next_sibling[first];
      if (first == p) return comp;
    }
  }
  return p;
}

/* One round of pointer jumping over the links (in: from, out: to); returns
 * whether any link is still unresolved. */
SG_HOSTDEV static inline bool sg_sites_jump(const uint32_t *from, uint32_t *to, uint32_t i) {
  uint32_t l = from[i];
  if (l & SG_SITES_RESOLVED) {
    to[i] = l;
    return false;
  }
  to[i] = from[l];
  return !(from[l] & SG_SITES_RESOLVED);
}

/* Step 2: the node whose scope is scope node s's parent scope (read
 * scope_of there), or SG_NONE for a module. */
SG_HOSTDEV static inline uint32_t sg_sites_parent_from(const FlatView *v, uint32_t s) {
  if (v->parent[s] == SG_NONE) return SG_NONE;
  uint16_t k = v->kind[s];
  if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION) {
    uint32_t tp = sg_sites_type_params_of(v, s);
    if (tp != SG_NONE) return tp;
  }
  if (k == KIND_TYPE_PARAMETER) return sg_sites__type_params_owner(v, s);
  return s;
}

/* The arrays steps 1-2 give (indexed by node). */
typedef struct SitesScopes {
  const uint32_t *scope_of;     /* the scope node each node is evaluated in */
  const uint8_t *scope_kind;    /* ScopeKind of a scope node, else SG_SITES_NO_SCOPE */
  const uint32_t *scope_parent; /* parent scope node of a scope node, SG_NONE for a module */
} SitesScopes;

/* What step 3 says of one identifier. */
typedef struct Site {
  uint32_t scope;    /* the scope it binds in, or SG_NONE when it binds nothing */
  uint16_t flags;    /* SYMBOL_* the binding sets */
  bool decl;         /* a `global` declaration or a bare annotation: binds no value */
  bool reference;    /* also (or only) a read, in scope_of[i] */
} Site;

SG_HOSTDEV static inline bool sg_sites__in_case_pattern(const FlatView *v, uint32_t node) {
  for (uint32_t p = v->parent[node]; p != SG_NONE; p = v->parent[p]) {
    if (v->kind[p] == KIND_CASE_PATTERN) return true;
    if (v->kind[p] == KIND_CASE_CLAUSE || v->kind[p] == KIND_BLOCK) return false;
  }
  return false;
}

SG_HOSTDEV static inline bool sg_sites__container(uint16_t kind) {
  return kind == KIND_PATTERN_LIST || kind == KIND_TUPLE_PATTERN || kind == KIND_LIST_PATTERN || kind == KIND_TUPLE ||
         kind == KIND_LIST || kind == KIND_PARENTHESIZED_EXPRESSION || kind == KIND_LIST_SPLAT_PATTERN ||
         kind == KIND_LIST_SPLAT || kind == KIND_EXPRESSION_LIST;
}

/* Is identifier i a type parameter's name (T in [T], [T: int], [*Ts], [**P])? */
SG_HOSTDEV static inline bool sg_sites__type_param_name(const FlatView *v, uint32_t i) {
  uint32_t p = v->parent[i];
  if (p == SG_NONE) return false;
  uint32_t item;
  if (v->kind[p] == KIND_TYPE) {
    uint32_t pp = v->parent[p];
    if (pp == SG_NONE) return false;
    if (v->kind[pp] == KIND_TYPE_PARAMETER) item = p;
    else if (v->kind[pp] == KIND_OTHER && sg_view_named_child(v, pp) == p) item = v->parent[pp];
    else return false;
  } else if (v->kind[p] == KIND_OTHER && sg_view_named_child(v, p) == i) {
    item = v->parent[p];
  } else {
    return false;
  }
  return item != SG_NONE && v->kind[item] == KIND_TYPE && sg_sites__declares_type_params(v, v->parent[item]);
}

SG_HOSTDEV static inline bool sg_sites__type_alias_name(const FlatView *v, uint32_t i) {
  uint32_t p = v->parent[i];
  if (p != SG_NONE && v->kind[p] == KIND_GENERIC_TYPE && sg_view_named_child(v, p) == i) p = v->parent[p];
  return p != SG_NONE && v->kind[p] == KIND_TYPE && v->field[p] == FIELD_LEFT && v->parent[p] != SG_NONE &&
         v->kind[v->parent[p]] == KIND_TYPE_ALIAS_STATEMENT;
}

/* The def or lambda whose parameter identifier i names, or SG_NONE. */
SG_HOSTDEV static inline uint32_t sg_sites__param_owner(const FlatView *v, uint32_t i) {
  uint32_t p = v->parent[i];
  uint16_t pk = v->kind[p];
  if (pk == KIND_DEFAULT_PARAMETER || pk == KIND_TYPED_DEFAULT_PARAMETER) {
    if (v->field[i] != FIELD_NAME) return SG_NONE;
    p = v->parent[p];
  } else if (pk == KIND_TYPED_PARAMETER) {
    if (v->field[i] == FIELD_TYPE) return SG_NONE;
    p = v->parent[p];
  } else if (pk == KIND_LIST_SPLAT_PATTERN || pk == KIND_DICTIONARY_SPLAT_PATTERN) {
    p = v->parent[p];
    if (p != SG_NONE && v->kind[p] == KIND_TYPED_PARAMETER) p = v->parent[p];
  }
  if (p == SG_NONE || (v->kind[p] != KIND_PARAMETERS && v->kind[p] != KIND_LAMBDA_PARAMETERS)) return SG_NONE;
  uint32_t owner = v->parent[p];
  return owner != SG_NONE && (v->kind[owner] == KIND_FUNCTION_DEFINITION || v->kind[owner] == KIND_LAMBDA)
             ? owner : SG_NONE;
}

/* Is identifier i the name an import statement binds (`import a.b` binds
 * a, `import a.b as c` c, `from m import x` x)? */
SG_HOSTDEV static inline bool sg_sites__import_name(const FlatView *v, uint32_t i) {
  uint32_t p = v->parent[i];
  uint32_t c = p;  /* the statement's child with field `name` */
  if (v->kind[p] == KIND_ALIASED_IMPORT) {
    if (v->field[i] != FIELD_ALIAS || sg_view_field(v, p, FIELD_ALIAS) != i || sg_view_field(v, p, FIELD_NAME) == SG_NONE)
      return false;
  } else if (v->kind[p] != KIND_DOTTED_NAME || sg_view_named_child(v, p) != i) {
    return false;
  }
  uint32_t stmt = v->parent[c];
  return v->field[c] == FIELD_NAME && stmt != SG_NONE &&
         (v->kind[stmt] == KIND_IMPORT_STATEMENT || v->kind[stmt] == KIND_IMPORT_FROM_STATEMENT);
}

SG_HOSTDEV static inline Site sg_sites__bind(uint32_t scope, uint16_t flags) {
  Site s = {scope, flags, false, false};
  return s;
}

/* Step 3: sg_model__identifier, per identifier. */
SG_HOSTDEV static inline Site sg_sites_classify(const FlatView *v, const SitesScopes *s, uint32_t i) {
  Site none = {SG_NONE, 0, false, false}, ref = {SG_NONE, 0, false, true};
  if (v->kind[i] != KIND_IDENTIFIER || v->name_id[i] == SG_NONE) return none;
  uint32_t p = v->parent[i];
  if (p == SG_NONE) return none;
  uint32_t scope = s->scope_of[i];
  uint16_t pk = v->kind[p];
  uint8_t f = v->field[i];
  if (sg_sites__import_name(v, i)) return sg_sites__bind(scope, SYMBOL_BOUND);
  switch (pk) {
    case KIND_ATTRIBUTE:
      if (f == FIELD_ATTRIBUTE) return none;
      break;
    case KIND_KEYWORD_ARGUMENT:
      if (f == FIELD_NAME) return none;
      break;
    case KIND_KEYWORD_PATTERN:
      if (sg_view_named_child(v, p) == i) return none;
      break;
    case KIND_FUNCTION_DEFINITION:
    case KIND_CLASS_DEFINITION:
      if (f == FIELD_NAME) return sg_sites__bind(scope, SYMBOL_BOUND);
      break;
    case KIND_GLOBAL_STATEMENT: {
      Site d = sg_sites__bind(scope, SYMBOL_GLOBAL);
      d.decl = true;
      return d;
    }
    case KIND_NONLOCAL_STATEMENT:
      return sg_sites__bind(scope, SYMBOL_NONLOCAL);
    case KIND_ALIASED_IMPORT:
    case KIND_IMPORT_STATEMENT:
    case KIND_IMPORT_FROM_STATEMENT:
    case KIND_FUTURE_IMPORT_STATEMENT:
      return none;
    case KIND_DOTTED_NAME: {
      uint32_t gp = v->parent[p];
      uint16_t gk = gp == SG_NONE ? KIND_OTHER : v->kind[gp];
      if (gk == KIND_IMPORT_STATEMENT || gk == KIND_IMPORT_FROM_STATEMENT || gk == KIND_ALIASED_IMPORT ||
          gk == KIND_RELATIVE_IMPORT || gk == KIND_FUTURE_IMPORT_STATEMENT)
        return none;
      if (gk == KIND_CASE_PATTERN || gk == KIND_KEYWORD_PATTERN) {
        uint32_t named = 0;
        for (uint32_t c = sg_view_named_child(v, p); c != SG_NONE; c = sg_view_next_named(v, c)) named++;
        if (named == 1) return sg_sites__bind(scope, SYMBOL_BOUND);
      }
      return sg_view_named_child(v, p) == i ? ref : none;
    }
    case KIND_SPLAT_PATTERN:
      if (sg_sites__in_case_pattern(v, p)) return sg_sites__bind(scope, SYMBOL_BOUND);
      break;
    case KIND_AS_PATTERN:
      if (sg_view_named_child(v, p) != i && sg_sites__in_case_pattern(v, p)) return sg_sites__bind(scope, SYMBOL_BOUND);
      break;
    case KIND_NAMED_EXPRESSION:
      if (f == FIELD_NAME) {
        /* the enclosing function (past comprehensions); a class's own scope */
        uint32_t target = scope;
        while (target != SG_NONE && s->scope_kind[target] == SCOPE_COMPREHENSION) target = s->scope_parent[target];
        if (target != SG_NONE && s->scope_kind[target] == SCOPE_CLASS) target = scope;
        return sg_sites__bind(target, SYMBOL_BOUND);
      }
      break;
    default:
      break;
  }
  if (sg_sites__type_param_name(v, i) || sg_sites__type_alias_name(v, i)) return sg_sites__bind(scope, SYMBOL_BOUND);
  if (pk == KIND_PARAMETERS || pk == KIND_LAMBDA_PARAMETERS || pk == KIND_DEFAULT_PARAMETER ||
      pk == KIND_TYPED_DEFAULT_PARAMETER || pk == KIND_TYPED_PARAMETER || pk == KIND_LIST_SPLAT_PATTERN ||
      pk == KIND_DICTIONARY_SPLAT_PATTERN) {
    uint32_t owner = sg_sites__param_owner(v, i);
    if (owner != SG_NONE) return sg_sites__bind(owner, SYMBOL_PARAMETER | SYMBOL_BOUND);
    if (pk != KIND_LIST_SPLAT_PATTERN) return ref;
  }
  /* assignment-like targets, through tuple/list/starred/parenthesised */
  uint32_t c = i;
  while (v->parent[c] != SG_NONE && sg_sites__container(v->kind[v->parent[c]])) c = v->parent[c];
  uint32_t q = v->parent[c];
  uint16_t qk = q == SG_NONE ? KIND_OTHER : v->kind[q];
  bool left = v->field[c] == FIELD_LEFT;
  if (qk == KIND_ASSIGNMENT && left) {
    bool has_value = sg_view_field(v, q, FIELD_RIGHT) != SG_NONE;
    bool annotated = sg_view_field(v, q, FIELD_TYPE) != SG_NONE;
    if (!has_value && c != i) return none;  /* `(x): int` binds and reads nothing */
    if (!has_value) {
      Site d = sg_sites__bind(scope, SYMBOL_ANNOTATED);
      d.decl = true;
      return d;
    }
    return sg_sites__bind(scope, annotated ? SYMBOL_ANNOTATED | SYMBOL_BOUND : SYMBOL_BOUND);
  }
  if (qk == KIND_AUGMENTED_ASSIGNMENT && left) {
    Site both = sg_sites__bind(scope, SYMBOL_BOUND);
    both.reference = true;
    return both;
  }
  if (((qk == KIND_FOR_STATEMENT || qk == KIND_FOR_IN_CLAUSE) && left) || qk == KIND_DELETE_STATEMENT ||
      qk == KIND_AS_PATTERN_TARGET)
    return sg_sites__bind(scope, SYMBOL_BOUND);
  return ref;
}

#endif
