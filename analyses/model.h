/* SemanticModel: scopes, symbols, bindings and references of one file, built
 * once from its FlatTree and read-only to rules. Follows Python's symtable
 * rules: a name bound anywhere in a function is local to all of it unless
 * declared global/nonlocal; class scopes are skipped by nested scopes;
 * a comprehension's first iterable is evaluated in the enclosing scope; a
 * walrus in a comprehension binds in the enclosing function. Everything is
 * owned by the model; free it with sg_model_delete. */
#ifndef SG_MODEL_H
#define SG_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/flat.h"

typedef enum ScopeKind {
  SCOPE_MODULE,
  SCOPE_CLASS,
  SCOPE_FUNCTION,
  SCOPE_LAMBDA,
  SCOPE_COMPREHENSION,
  SCOPE_TYPE_PARAMS,   /* PEP 695 annotation scope of a generic def, class or type alias:
                          holds the type parameters; a def's annotations (not its
                          defaults), a class's bases and an alias's value read in it */
} ScopeKind;

enum {
  SCOPE_FLAG_DYNAMIC = 1 << 0,    /* star import, exec/eval/locals/vars: names can't be known */
  SCOPE_FLAG_SYNTAX_ERROR = 1 << 1,
  SCOPE_FLAG_ASYNC = 1 << 2,
  SCOPE_FLAG_GENERATOR = 1 << 3,  /* contains yield */
};

typedef struct Scope {
  ScopeKind kind;
  uint8_t flags;
  uint32_t node;     /* module, function_definition, class_definition, lambda,
                        comprehension; type_parameter for SCOPE_TYPE_PARAMS */
  uint32_t parent;   /* enclosing scope; SG_NONE for the module */
  uint32_t body;     /* the node whose subtree is evaluated in this scope */
} Scope;

typedef enum BindingKind {
  BINDING_KIND_ASSIGNMENT,    /* also the name of `type X = ...` (value SG_NONE) */
  BINDING_KIND_AUGMENTED,
  BINDING_KIND_ANNOTATED,     /* x: T = v (with a value) */
  BINDING_KIND_DECLARATION,   /* x: T (no value: makes x local, binds nothing) */
  BINDING_KIND_PARAMETER,
  BINDING_KIND_FOR_TARGET,
  BINDING_KIND_WITH_AS,
  BINDING_KIND_EXCEPT_AS,
  BINDING_KIND_IMPORT,
  BINDING_KIND_IMPORT_FROM,
  BINDING_KIND_DEF,
  BINDING_KIND_CLASS,
  BINDING_KIND_DEL,
  BINDING_KIND_GLOBAL_DECL,
  BINDING_KIND_NONLOCAL_DECL,
  BINDING_KIND_WALRUS,
  BINDING_KIND_MATCH_CAPTURE,
  BINDING_KIND_TYPE_PARAM,
  BINDING_KIND__COUNT
} BindingKind;

enum {
  SYMBOL_BOUND = 1 << 0,       /* some binding other than a declaration */
  SYMBOL_GLOBAL = 1 << 1,      /* declared `global` in this scope */
  SYMBOL_NONLOCAL = 1 << 2,    /* declared `nonlocal` in this scope */
  SYMBOL_PARAMETER = 1 << 3,
  SYMBOL_ANNOTATED = 1 << 4,
  SYMBOL_USED = 1 << 5,        /* read somewhere (this or a nested scope) */
  SYMBOL_LOCAL = 1 << 6,       /* local to its scope (bound or annotated, not declared) */
  SYMBOL_BOUND_IN_FUNCTION = 1 << 7,  /* module symbol bound by a nested scope through
                                         `global` (its bindings are on that scope's symbol) */
};

typedef struct Symbol {
  uint32_t scope;
  uint32_t name;
  uint16_t flags;
  uint32_t first_binding;      /* bindings in source order via Binding.next */
  uint32_t binding_count;
  uint32_t first_reference;    /* loads resolved to this symbol via Reference.next */
  uint32_t decl_node;          /* the global/nonlocal statement, or SG_NONE */
  const char *import;          /* the qualified name all its bindings import (declarations
                                  aside: what sg_resolve_qualified reads), or NULL: set
                                  once when the model is built, not walked per read */
} Symbol;

typedef struct Binding {
  BindingKind kind;
  uint32_t symbol;
  uint32_t node;       /* the bound identifier */
  uint32_t context;    /* assignment, for_statement, with_item, import, def, ... */
  uint32_t value;      /* the value when the target is the whole left side,
                          a parameter's default; SG_NONE otherwise */
  uint32_t next;       /* next binding of the same symbol */
  const char *qualified;  /* imports: "multiprocessing.Process", relative ".m.x" */
} Binding;

/* `import m` or `from m import x`: the name stands for something of another module. */
static inline bool sg_binding_is_import(const Binding *b) {
  return b->kind == BINDING_KIND_IMPORT || b->kind == BINDING_KIND_IMPORT_FROM;
}

typedef enum ReferenceKind {
  REFERENCE_LOCAL,       /* bound in the reading scope */
  REFERENCE_FREE,        /* bound in an enclosing function (closure); symbol is
                            SG_NONE only for `__class__` in a method */
  REFERENCE_GLOBAL,      /* a module-level name */
  REFERENCE_BUILTIN,
  REFERENCE_UNRESOLVED,
} ReferenceKind;

typedef struct Reference {
  ReferenceKind kind;
  uint32_t node;       /* the identifier read */
  uint32_t scope;      /* where the read happens */
  uint32_t symbol;     /* SG_NONE for builtins and unresolved names */
  uint32_t next;       /* next reference to the same symbol */
} Reference;

typedef struct SemanticModel {
  const FlatTree *tree;
  Array(Scope) scopes;          /* scope 0 is the module */
  Array(Symbol) symbols;
  Array(Binding) bindings;
  Array(Reference) references;
  uint32_t *node_scope;         /* [node] scope the node is evaluated in */
  uint32_t *node_binding;       /* [node] binding made by this identifier, or SG_NONE */
  uint32_t *node_reference;     /* [node] reference made by this identifier, or SG_NONE */
  uint32_t *node_own_scope;     /* [node] scope a def/class/lambda/comprehension opens */
  uint32_t *symbol_slots;       /* hash (scope, name) -> symbol + 1 */
  uint32_t symbol_slot_count;
  /* every assignment `self.<name> = v`, sorted by name, then node: what
   * sg_model_next_self_assignment looks up (pairs: name id, node) */
  Array(uint32_t) self_assignments;
  /* every attribute node `<x>.<name>`, sorted by name, then node (pairs:
   * name id, node): the places one attribute name is used */
  Array(uint32_t) attributes;
  /* every call, by the name it calls (`f(...)`: f; `x.m(...)`: m), sorted by
   * name, then node (pairs: name id, call node) */
  Array(uint32_t) calls;
  Arena arena;
} SemanticModel;

SemanticModel *sg_model_build(const FlatTree *tree);
/* sg_model_build in two steps, for the GPU path: collect scopes, symbols,
 * bindings and (unresolved) references; then resolve the references —
 * with sg_model_lookup when kinds is NULL, else taking each reference's
 * kind and (model-local) symbol from the arrays, as analyses/lookup.h
 * computes them for a batch of files. */
SemanticModel *sg_model_collect(const FlatTree *tree);
void sg_model_resolve(SemanticModel *self, const uint8_t *kinds, const uint32_t *symbols);
void sg_model_delete(SemanticModel *self);

/* The symbol `name` has in `scope` itself, or SG_NONE. */
uint32_t sg_model_symbol(const SemanticModel *self, uint32_t scope, uint32_t name);
/* The methods named `name` (name id) of the file's classes: the
 * function_definition of each class body that binds the name once, by a
 * `def` (decorated or not), into out[] (up to cap; returns how many). With
 * *other: set when some class binds the name otherwise (an assignment, two
 * defs) or more classes than cap define it. */
uint32_t sg_model_class_methods(const SemanticModel *self, uint32_t name, uint32_t *out, uint32_t cap, bool *other);
/* The file's one method `name` (name id): the function_definition when
 * exactly one class of the file defines it, once, by a `def`; else SG_NONE
 * (the receiver of `x.name(...)` is then known to be of that class, or of
 * no class of the file). */
uint32_t sg_model_only_method(const SemanticModel *self, uint32_t name);
/* Resolve a read of `name` in `scope` the way Python does; sets *kind.
 * Returns the symbol, or SG_NONE for builtins and unresolved names, and for
 * `__class__` read in a method (FREE: the class's implicit cell). */
uint32_t sg_model_lookup(const SemanticModel *self, uint32_t scope, uint32_t name,
                         ReferenceKind *kind);
/* The symbol an identifier node reads or binds, or SG_NONE. */
uint32_t sg_model_node_symbol(const SemanticModel *self, uint32_t ident);
/* Walks two expressions' attribute chains (`a.b.c`, `x.b.c`) down to their
 * bases, skipping parentheses; false when an attribute name differs or a
 * chain ends early. On true, *a and *b are the two bases. */
bool sg_model_same_attributes(const SemanticModel *self, uint32_t *a, uint32_t *b);
/* The attribute nodes `<x>.<name>` of the file, in file order:
 * self->attributes.items[2 * k + 1] for k in [*first, *end). */
void sg_model_attributes_named(const SemanticModel *self, uint32_t name, uint32_t *first, uint32_t *end);
/* The calls of the file that call a name `name` (`name(...)`, `x.name(...)`),
 * in file order: self->calls.items[2 * k + 1] for k in [*first, *end). */
void sg_model_calls_named(const SemanticModel *self, uint32_t name, uint32_t *first, uint32_t *end);
/* For `self.attr` read inside a method: the next assignment `self.attr = v`
 * anywhere in that class's body, after *cursor (start at 0). SG_NONE when
 * there is no more, or when x is not `self.<name>` in a method. */
uint32_t sg_model_next_self_assignment(const SemanticModel *self, uint32_t x, uint32_t *cursor);
/* The value of the next `return` of function scope `scope` itself (not
 * of functions nested in it) after node *cursor (start at 0), or SG_NONE
 * when no more; bare `return`s are skipped. */
uint32_t sg_model_next_return_value(const SemanticModel *self, uint32_t scope, uint32_t *cursor);
/* The enclosing function/lambda/module scope (skipping comprehensions). */
uint32_t sg_model_function_scope(const SemanticModel *self, uint32_t scope);
bool sg_model_is_builtin(uint32_t name_len, const char *name);

const char *sg_scope_kind_name(ScopeKind kind);
const char *sg_binding_kind_name(BindingKind kind);
const char *sg_reference_kind_name(ReferenceKind kind);

#endif
