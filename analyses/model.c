#include "analyses/model.h"
#include "analyses/sites.h"

#include <stdlib.h>
#include <string.h>

/* ---- builtins ------------------------------------------------------------ */

static const char *const sg_model__builtins[] = {
#define BUILTIN(name) name,
#include "analyses/builtins.def"
#undef BUILTIN
};


bool sg_model_is_builtin(uint32_t len, const char *name) {
  /* The list is short; a linear scan with a length check is fast enough
   * because resolution caches per symbol-less name (see resolve pass). */
  for (size_t i = 0; i < sizeof sg_model__builtins / sizeof *sg_model__builtins; i++)
    if (strlen(sg_model__builtins[i]) == len && memcmp(sg_model__builtins[i], name, len) == 0)
      return true;
  return false;
}

/* ---- names for dumps ------------------------------------------------------ */

const char *sg_scope_kind_name(ScopeKind kind) {
  static const char *const names[] = {"module", "class", "function", "lambda", "comprehension",
                                      "type-params"};
  return kind <= SCOPE_TYPE_PARAMS ? names[kind] : "?";
}

const char *sg_binding_kind_name(BindingKind kind) {
  static const char *const names[] = {
    "assignment", "augmented", "annotated", "declaration", "parameter", "for-target",
    "with-as", "except-as", "import", "import-from", "def", "class", "del",
    "global-decl", "nonlocal-decl", "walrus", "match-capture", "type-param"};
  return kind < BINDING_KIND__COUNT ? names[kind] : "?";
}

const char *sg_reference_kind_name(ReferenceKind kind) {
  static const char *const names[] = {"local", "free", "global", "builtin", "unresolved"};
  return kind <= REFERENCE_UNRESOLVED ? names[kind] : "?";
}

/* ---- symbol table ---------------------------------------------------------- */

static uint32_t sg_model__hash(uint32_t scope, uint32_t name) {
  uint64_t k = ((uint64_t)scope << 32) | name;
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return (uint32_t)k;
}

uint32_t sg_model_symbol(const SemanticModel *self, uint32_t scope, uint32_t name) {
  if (!self->symbol_slot_count) return SG_NONE;
  uint32_t mask = self->symbol_slot_count - 1;
  for (uint32_t i = sg_model__hash(scope, name) & mask; self->symbol_slots[i]; i = (i + 1) & mask) {
    const Symbol *s = &self->symbols.items[self->symbol_slots[i] - 1];
    if (s->scope == scope && s->name == name) return self->symbol_slots[i] - 1;
  }
  return SG_NONE;
}

uint32_t sg_model_class_methods(const SemanticModel *self, uint32_t name, uint32_t *out, uint32_t cap, bool *other) {
  uint32_t n = 0;
  *other = false;
  for (uint32_t sc = 0; sc < self->scopes.len; sc++) {
    if (self->scopes.items[sc].kind != SCOPE_CLASS) continue;
    uint32_t sym = sg_model_symbol(self, sc, name);
    if (sym == SG_NONE) continue;
    const Symbol *sy = &self->symbols.items[sym];
    const Binding *bd = sy->binding_count == 1 ? &self->bindings.items[sy->first_binding] : NULL;
    if (!bd || bd->kind != BINDING_KIND_DEF || self->tree->kind[bd->context] != KIND_FUNCTION_DEFINITION || n == cap) {
      *other = true;
      continue;
    }
    out[n++] = bd->context;
  }
  return n;
}

uint32_t sg_model_only_method(const SemanticModel *self, uint32_t name) {
  uint32_t def;
  bool other = false;
  return sg_model_class_methods(self, name, &def, 1, &other) == 1 && !other ? def : SG_NONE;
}

static void sg_model__rehash(SemanticModel *self) {
  uint32_t count = self->symbol_slot_count ? self->symbol_slot_count * 2 : 1024;
  sg_free(self->symbol_slots);
  self->symbol_slots = sg_calloc(count, sizeof(uint32_t));
  self->symbol_slot_count = count;
  for (uint32_t id = 0; id < self->symbols.len; id++) {
    const Symbol *s = &self->symbols.items[id];
    for (uint32_t i = sg_model__hash(s->scope, s->name) & (count - 1);; i = (i + 1) & (count - 1))
      if (!self->symbol_slots[i]) { self->symbol_slots[i] = id + 1; break; }
  }
}

static uint32_t sg_model__symbol_get(SemanticModel *self, uint32_t scope, uint32_t name) {
  uint32_t id = sg_model_symbol(self, scope, name);
  if (id != SG_NONE) return id;
  if ((self->symbols.len + 1) * 2 > self->symbol_slot_count) sg_model__rehash(self);
  id = self->symbols.len;
  Symbol s = {scope, name, 0, SG_NONE, 0, SG_NONE, SG_NONE, NULL};
  array_push(&self->symbols, s);
  uint32_t mask = self->symbol_slot_count - 1;
  for (uint32_t i = sg_model__hash(scope, name) & mask;; i = (i + 1) & mask)
    if (!self->symbol_slots[i]) { self->symbol_slots[i] = id + 1; break; }
  return id;
}

/* ---- building ---------------------------------------------------------------- */

typedef struct ModelBuilder {
  SemanticModel *model;
  const FlatTree *tree;
  Array(uint32_t) last_binding;   /* [symbol] tail of its binding list */
} ModelBuilder;

static uint32_t sg_model__new_scope(SemanticModel *self, ScopeKind kind, uint32_t node,
                                    uint32_t parent, uint32_t body) {
  Scope s = {kind, 0, node, parent, body};
  if (self->tree->flags[node] & FLAT_HAS_ERROR) s.flags |= SCOPE_FLAG_SYNTAX_ERROR;
  array_push(&self->scopes, s);
  self->node_own_scope[node] = self->scopes.len - 1;
  return self->scopes.len - 1;
}

static uint32_t sg_model__bind(ModelBuilder *b, uint32_t scope, uint32_t ident, BindingKind kind,
                               uint32_t context, uint32_t value) {
  SemanticModel *m = b->model;
  uint32_t name = b->tree->name_id[ident];
  if (name == SG_NONE) return SG_NONE;
  uint32_t sym = sg_model__symbol_get(m, scope, name);
  while (b->last_binding.len < m->symbols.len) array_push(&b->last_binding, SG_NONE);
  Binding bd = {kind, sym, ident, context, value, SG_NONE, NULL};
  uint32_t id = m->bindings.len;
  array_push(&m->bindings, bd);
  Symbol *s = &m->symbols.items[sym];
  if (b->last_binding.items[sym] == SG_NONE) s->first_binding = id;
  else m->bindings.items[b->last_binding.items[sym]].next = id;
  b->last_binding.items[sym] = id;
  s->binding_count++;
  switch (kind) {
    case BINDING_KIND_GLOBAL_DECL: s->flags |= SYMBOL_GLOBAL; s->decl_node = context; break;
    case BINDING_KIND_NONLOCAL_DECL: s->flags |= SYMBOL_NONLOCAL; s->decl_node = context; break;
    case BINDING_KIND_DECLARATION: s->flags |= SYMBOL_ANNOTATED; break;
    case BINDING_KIND_PARAMETER: s->flags |= SYMBOL_PARAMETER | SYMBOL_BOUND; break;
    case BINDING_KIND_ANNOTATED: s->flags |= SYMBOL_ANNOTATED | SYMBOL_BOUND; break;
    default: s->flags |= SYMBOL_BOUND; break;
  }
  if (ident < b->tree->count && m->node_binding[ident] == SG_NONE) m->node_binding[ident] = id;
  /* `global x; x = 1` in a function binds the module's x: other scopes
   * reading x must find a module symbol, even when the module never binds
   * it itself. The binding stays on the declaring scope's symbol. */
  if (scope != 0 && (s->flags & SYMBOL_GLOBAL) && kind != BINDING_KIND_GLOBAL_DECL &&
      kind != BINDING_KIND_DECLARATION) {
    uint32_t g = sg_model__symbol_get(m, 0, name);
    m->symbols.items[g].flags |= SYMBOL_BOUND_IN_FUNCTION;
  }
  return id;
}

static void sg_model__reference(ModelBuilder *b, uint32_t scope, uint32_t ident) {
  SemanticModel *m = b->model;
  if (b->tree->name_id[ident] == SG_NONE) return;
  Reference r = {REFERENCE_UNRESOLVED, ident, scope, SG_NONE, SG_NONE};
  m->node_reference[ident] = m->references.len;
  array_push(&m->references, r);
}

/* `(x)`: parentheses around one target. A left side `(x)` parses as a
 * tuple_pattern, told apart from the tuple `(x,)` by its missing comma. */
static bool sg_model__is_parenthesised(const FlatTree *t, uint32_t node) {
  if (t->kind[node] == KIND_PARENTHESIZED_EXPRESSION) return true;
  if (t->kind[node] != KIND_TUPLE_PATTERN && t->kind[node] != KIND_TUPLE) return false;
  uint32_t named = 0;
  for (uint32_t c = t->first_child[node]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_TOKEN && sg_flat_text_is(t, c, ",")) return false;
    named += (t->flags[c] & FLAT_NAMED) && !(t->flags[c] & FLAT_EXTRA);
  }
  return named == 1;
}

uint32_t sg_model_node_symbol(const SemanticModel *self, uint32_t ident) {
  uint32_t r = self->node_reference[ident];
  if (r != SG_NONE) return self->references.items[r].symbol;
  uint32_t b = self->node_binding[ident];
  return b == SG_NONE ? SG_NONE : self->bindings.items[b].symbol;
}

bool sg_model_same_attributes(const SemanticModel *self, uint32_t *pa, uint32_t *pb) {
  const FlatTree *t = self->tree;
  uint32_t a = sg_flat_unparen(t, *pa), b = sg_flat_unparen(t, *pb);
  if (a == SG_NONE || b == SG_NONE) return false;
  while (t->kind[a] == KIND_ATTRIBUTE && t->kind[b] == KIND_ATTRIBUTE) {
    uint32_t aa = sg_flat_field(t, a, FIELD_ATTRIBUTE), ba = sg_flat_field(t, b, FIELD_ATTRIBUTE);
    if (aa == SG_NONE || ba == SG_NONE || t->name_id[aa] != t->name_id[ba]) return false;
    a = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_OBJECT));
    b = sg_flat_unparen(t, sg_flat_field(t, b, FIELD_OBJECT));
    if (a == SG_NONE || b == SG_NONE) return false;
  }
  *pa = a;
  *pb = b;
  return true;
}

uint32_t sg_model_next_self_assignment(const SemanticModel *self, uint32_t x, uint32_t *cursor) {
  const FlatTree *t = self->tree;
  uint32_t obj = sg_flat_field(t, x, FIELD_OBJECT), attr = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF)
    return SG_NONE;
  uint32_t fs = sg_model_function_scope(self, self->node_scope[x]);
  uint32_t cls = fs == SG_NONE ? SG_NONE : self->scopes.items[fs].parent;
  if (cls == SG_NONE || self->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
  uint32_t body = self->scopes.items[cls].body;
  if (body == SG_NONE) return SG_NONE;
  /* the first (name, node >= from) pair: a binary search, not a walk over
   * the class for every `self.<name>` asked about */
  uint32_t name = t->name_id[attr], from = *cursor > body ? *cursor : body;
  const uint32_t *pairs = self->self_assignments.items;
  uint32_t lo = 0, hi = self->self_assignments.len / 2;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (pairs[2 * mid] < name || (pairs[2 * mid] == name && pairs[2 * mid + 1] < from)) lo = mid + 1;
    else hi = mid;
  }
  if (lo < self->self_assignments.len / 2 && pairs[2 * lo] == name && pairs[2 * lo + 1] <= t->subtree_end[body]) {
    *cursor = pairs[2 * lo + 1] + 1;
    return pairs[2 * lo + 1];
  }
  *cursor = t->subtree_end[body] + 1;
  return SG_NONE;
}

static int sg_model__pair_order(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The range [*first, *end) of the sorted (name, node) pairs whose name is name. */
static void sg_model__pairs_named(const uint32_t *pairs, uint32_t len, uint32_t name, uint32_t *first,
                                  uint32_t *end) {
  uint32_t n = len / 2, lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (pairs[2 * mid] < name) lo = mid + 1;
    else hi = mid;
  }
  *first = lo;
  hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (pairs[2 * mid] <= name) lo = mid + 1;
    else hi = mid;
  }
  *end = lo;
}

void sg_model_attributes_named(const SemanticModel *self, uint32_t name, uint32_t *first, uint32_t *end) {
  sg_model__pairs_named(self->attributes.items, self->attributes.len, name, first, end);
}

void sg_model_calls_named(const SemanticModel *self, uint32_t name, uint32_t *first, uint32_t *end) {
  sg_model__pairs_named(self->calls.items, self->calls.len, name, first, end);
}

/* Indexes the attribute nodes and the assignments `self.<name> = v` of
 * the file (ModelBuilder's last step): pairs (name id, node), sorted. */
static void sg_model__self_assignments(SemanticModel *self) {
  const FlatTree *t = self->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE) continue;
    array_push(&self->attributes, t->name_id[a]);
    array_push(&self->attributes, i);
  }
  if (self->attributes.len)
    qsort(self->attributes.items, self->attributes.len / 2, 2 * sizeof(uint32_t), sg_model__pair_order);
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
    if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) fn = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) continue;
    array_push(&self->calls, t->name_id[fn]);
    array_push(&self->calls, i);
  }
  if (self->calls.len)
    qsort(self->calls.items, self->calls.len / 2, 2 * sizeof(uint32_t), sg_model__pair_order);
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE) continue;
    uint32_t lo = sg_flat_field(t, left, FIELD_OBJECT), la = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (lo == SG_NONE || la == SG_NONE || t->kind[lo] != KIND_IDENTIFIER || t->name_id[lo] != NAME_SELF)
      continue;
    array_push(&self->self_assignments, t->name_id[la]);
    array_push(&self->self_assignments, i);
  }
  if (self->self_assignments.len)
    qsort(self->self_assignments.items, self->self_assignments.len / 2, 2 * sizeof(uint32_t), sg_model__pair_order);
}

uint32_t sg_model_function_scope(const SemanticModel *self, uint32_t scope) {
  while (scope != SG_NONE && self->scopes.items[scope].kind == SCOPE_COMPREHENSION)
    scope = self->scopes.items[scope].parent;
  return scope;
}

/* The value bound by `target = value` when target is the whole left side;
 * for chains (a = b = v) the innermost value. */
static uint32_t sg_model__assigned_value(const FlatTree *t, uint32_t assignment) {
  uint32_t v = sg_flat_field(t, assignment, FIELD_RIGHT);
  while (v != SG_NONE && t->kind[v] == KIND_ASSIGNMENT) v = sg_flat_field(t, v, FIELD_RIGHT);
  return v;
}

/* Python's own qualified text of a dotted_name / relative_import, without
 * whitespace or comments. */
static const char *sg_model__dotted(ModelBuilder *b, uint32_t node) {
  const FlatTree *t = b->tree;
  char buf[512];
  size_t n = 0;
  for (uint32_t i = node; i <= t->subtree_end[node] && n < sizeof buf - 1; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_IDENTIFIER || k == KIND_IMPORT_PREFIX) {
      uint32_t len;
      const char *s = sg_flat_text(t, i, &len);
      if (k == KIND_IDENTIFIER && n && buf[n - 1] != '.') buf[n++] = '.';
      for (uint32_t c = 0; c < len && n < sizeof buf - 1; c++)
        if (s[c] != ' ' && s[c] != '\t') buf[n++] = s[c];
      if (k == KIND_IMPORT_PREFIX) i = t->subtree_end[i];
    }
  }
  return sg_arena_strndup(&b->model->arena, buf, n);
}

static void sg_model__imports(ModelBuilder *b, uint32_t scope, uint32_t stmt) {
  const FlatTree *t = b->tree;
  bool from = t->kind[stmt] == KIND_IMPORT_FROM_STATEMENT;
  const char *module = "";
  if (from) {
    uint32_t mod = sg_flat_field(t, stmt, FIELD_MODULE_NAME);
    if (mod != SG_NONE) module = sg_model__dotted(b, mod);
  }
  for (uint32_t c = t->first_child[stmt]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_WILDCARD_IMPORT) {
      b->model->scopes.items[scope].flags |= SCOPE_FLAG_DYNAMIC;
      continue;
    }
    if (t->field[c] != FIELD_NAME) continue;
    uint32_t dotted = c, ident;
    if (t->kind[c] == KIND_ALIASED_IMPORT) {
      dotted = sg_flat_field(t, c, FIELD_NAME);
      ident = sg_flat_field(t, c, FIELD_ALIAS);
    } else {
      /* import a.b.c binds `a`; from m import x binds `x` */
      ident = sg_flat_named_child(t, c);
    }
    if (dotted == SG_NONE || ident == SG_NONE || t->kind[ident] != KIND_IDENTIFIER) continue;
    const char *path = sg_model__dotted(b, dotted);
    const char *qualified = path;
    if (from) {
      size_t ml = strlen(module), pl = strlen(path);
      bool dots_only = ml && module[ml - 1] == '.';
      char *q = sg_arena_alloc(&b->model->arena, ml + pl + 2);
      memcpy(q, module, ml);
      size_t n = ml;
      if (ml && !dots_only) q[n++] = '.';
      memcpy(q + n, path, pl + 1);
      qualified = q;
    } else if (t->kind[c] != KIND_ALIASED_IMPORT) {
      /* `import a.b.c` binds `a`, which refers to the top package */
      const char *dot = strchr(path, '.');
      if (dot) qualified = sg_arena_strndup(&b->model->arena, path, (size_t)(dot - path));
    }
    uint32_t id = sg_model__bind(b, scope, ident, from ? BINDING_KIND_IMPORT_FROM : BINDING_KIND_IMPORT,
                                 stmt, SG_NONE);
    if (id != SG_NONE) b->model->bindings.items[id].qualified = qualified;
  }
}

/* Classify one identifier: a binding, a declaration, a load, or not a name. */
static void sg_model__identifier(ModelBuilder *b, uint32_t scope, uint32_t i) {
  const FlatTree *t = b->tree;
  SemanticModel *m = b->model;
  FlatView v = sg_flat_view(t);
  uint32_t p = t->parent[i];
  if (p == SG_NONE) return;
  uint16_t pk = t->kind[p];
  uint8_t f = t->field[i];

  switch (pk) {
    case KIND_ATTRIBUTE:
      if (f == FIELD_ATTRIBUTE) return;
      break;
    case KIND_KEYWORD_ARGUMENT:
      if (f == FIELD_NAME) return;
      break;
    case KIND_KEYWORD_PATTERN:
      if (sg_flat_named_child(t, p) == i) return;
      break;
    case KIND_FUNCTION_DEFINITION:
      if (f == FIELD_NAME) { sg_model__bind(b, scope, i, BINDING_KIND_DEF, p, p); return; }
      break;
    case KIND_CLASS_DEFINITION:
      if (f == FIELD_NAME) { sg_model__bind(b, scope, i, BINDING_KIND_CLASS, p, p); return; }
      break;
    case KIND_GLOBAL_STATEMENT:
      sg_model__bind(b, scope, i, BINDING_KIND_GLOBAL_DECL, p, SG_NONE);
      return;
    case KIND_NONLOCAL_STATEMENT:
      sg_model__bind(b, scope, i, BINDING_KIND_NONLOCAL_DECL, p, SG_NONE);
      return;
    case KIND_ALIASED_IMPORT:
    case KIND_IMPORT_STATEMENT:
    case KIND_IMPORT_FROM_STATEMENT:
    case KIND_FUTURE_IMPORT_STATEMENT:
      return;  /* handled at the statement */
    case KIND_DOTTED_NAME: {
      uint32_t gp = t->parent[p];
      uint16_t gk = gp == SG_NONE ? KIND_OTHER : t->kind[gp];
      if (gk == KIND_IMPORT_STATEMENT || gk == KIND_IMPORT_FROM_STATEMENT ||
          gk == KIND_ALIASED_IMPORT || gk == KIND_RELATIVE_IMPORT ||
          gk == KIND_FUTURE_IMPORT_STATEMENT)
        return;
      if (gk == KIND_CASE_PATTERN || gk == KIND_KEYWORD_PATTERN) {
        if (sg_flat_named_child_count(t, p) == 1) {
          sg_model__bind(b, scope, i, BINDING_KIND_MATCH_CAPTURE, gp, SG_NONE);
          return;
        }
      }
      /* a value pattern (Color.RED) or a class pattern's class: only the
       * first identifier is a name */
      if (sg_flat_named_child(t, p) != i) return;
      sg_model__reference(b, scope, i);
      return;
    }
    case KIND_SPLAT_PATTERN:
      if (sg_sites__in_case_pattern(&v, p)) {
        sg_model__bind(b, scope, i, BINDING_KIND_MATCH_CAPTURE, p, SG_NONE);
        return;
      }
      break;
    case KIND_AS_PATTERN:
      if (sg_flat_named_child(t, p) != i && sg_sites__in_case_pattern(&v, p)) {
        sg_model__bind(b, scope, i, BINDING_KIND_MATCH_CAPTURE, p, SG_NONE);
        return;
      }
      break;
    case KIND_NAMED_EXPRESSION:
      if (f == FIELD_NAME) {
        uint32_t target = sg_model_function_scope(m, scope);
        if (target != SG_NONE && m->scopes.items[target].kind == SCOPE_CLASS) target = scope;
        sg_model__bind(b, target, i, BINDING_KIND_WALRUS, p, sg_flat_field(t, p, FIELD_VALUE));
        return;
      }
      break;
    default:
      break;
  }

  if (sg_sites__type_param_name(&v, i)) {
    sg_model__bind(b, scope, i, BINDING_KIND_TYPE_PARAM, t->parent[i], SG_NONE);
    return;
  }
  if (sg_sites__type_alias_name(&v, i)) {
    uint32_t stmt = t->parent[i];
    while (t->kind[stmt] != KIND_TYPE_ALIAS_STATEMENT) stmt = t->parent[stmt];
    sg_model__bind(b, scope, i, BINDING_KIND_ASSIGNMENT, stmt, SG_NONE);
    return;
  }

  /* parameters */
  if (pk == KIND_PARAMETERS || pk == KIND_LAMBDA_PARAMETERS || pk == KIND_DEFAULT_PARAMETER ||
      pk == KIND_TYPED_DEFAULT_PARAMETER || pk == KIND_TYPED_PARAMETER ||
      pk == KIND_LIST_SPLAT_PATTERN || pk == KIND_DICTIONARY_SPLAT_PATTERN) {
    uint32_t def = sg_sites__param_owner(&v, i);
    uint32_t owner = def == SG_NONE ? SG_NONE : m->node_own_scope[def];
    if (owner != SG_NONE) {
      uint32_t value = SG_NONE;
      if (pk == KIND_DEFAULT_PARAMETER || pk == KIND_TYPED_DEFAULT_PARAMETER)
        value = sg_flat_field(t, p, FIELD_VALUE);
      sg_model__bind(b, owner, i, BINDING_KIND_PARAMETER, p, value);
      return;
    }
    if (pk != KIND_LIST_SPLAT_PATTERN) {
      /* a default or annotation: a load in the enclosing scope */
      sg_model__reference(b, scope, i);
      return;
    }
  }

  /* assignment-like targets, through tuple/list/starred/parenthesised */
  uint32_t c = i;
  bool whole = true;  /* the target is the whole side: `x` or `(x)`, not `x, y` */
  while (t->parent[c] != SG_NONE && sg_sites__container(t->kind[t->parent[c]])) {
    c = t->parent[c];
    whole &= sg_model__is_parenthesised(t, c);
  }
  uint32_t q = t->parent[c];
  uint16_t qk = q == SG_NONE ? KIND_OTHER : t->kind[q];
  uint8_t cf = t->field[c];
  switch (qk) {
    case KIND_ASSIGNMENT:
      if (cf == FIELD_LEFT) {
        bool has_value = sg_flat_field(t, q, FIELD_RIGHT) != SG_NONE;
        bool annotated = sg_flat_field(t, q, FIELD_TYPE) != SG_NONE;
        /* `(x): int` is not a simple target: Python neither binds nor
         * declares x (nor reads it) */
        if (!has_value && c != i) return;
        BindingKind kind = !has_value ? BINDING_KIND_DECLARATION
                           : annotated ? BINDING_KIND_ANNOTATED : BINDING_KIND_ASSIGNMENT;
        sg_model__bind(b, scope, i, kind, q, whole ? sg_model__assigned_value(t, q) : SG_NONE);
        return;
      }
      break;
    case KIND_AUGMENTED_ASSIGNMENT:
      if (cf == FIELD_LEFT) {
        sg_model__reference(b, scope, i);
        sg_model__bind(b, scope, i, BINDING_KIND_AUGMENTED, q, sg_flat_field(t, q, FIELD_RIGHT));
        return;
      }
      break;
    case KIND_FOR_STATEMENT:
    case KIND_FOR_IN_CLAUSE:
      if (cf == FIELD_LEFT) {
        sg_model__bind(b, scope, i, BINDING_KIND_FOR_TARGET, q, SG_NONE);
        return;
      }
      break;
    case KIND_DELETE_STATEMENT:
      sg_model__bind(b, scope, i, BINDING_KIND_DEL, q, SG_NONE);
      return;
    case KIND_AS_PATTERN_TARGET: {
      uint32_t ap = t->parent[q];
      uint32_t ctx = ap == SG_NONE ? SG_NONE : t->parent[ap];
      uint16_t ck = ctx == SG_NONE ? KIND_OTHER : t->kind[ctx];
      BindingKind kind = ck == KIND_EXCEPT_CLAUSE ? BINDING_KIND_EXCEPT_AS
                         : ck == KIND_WITH_ITEM ? BINDING_KIND_WITH_AS
                         : BINDING_KIND_MATCH_CAPTURE;
      sg_model__bind(b, scope, i, kind, ctx == SG_NONE ? q : ctx, SG_NONE);
      return;
    }
    default:
      break;
  }
  sg_model__reference(b, scope, i);
}

typedef struct Region { uint32_t scope, end; } Region;

/* A generic def/class/type alias opens an annotation scope for its type
 * parameters. The parts of the statement evaluated in it (a def's
 * annotations and return type, a class's bases and keywords, an alias's
 * value) start regions there; defaults and decorators stay outside.
 * Returns the scope the def/class itself hangs under. */
static uint32_t sg_model__type_params(ModelBuilder *b, uint32_t scope, uint32_t node,
                                      uint32_t *region_start) {
  const FlatTree *t = b->tree;
  FlatView v = sg_flat_view(t);
  uint32_t tp = sg_sites_type_params_of(&v, node);
  if (tp == SG_NONE) return scope;
  uint32_t s = sg_model__new_scope(b->model, SCOPE_TYPE_PARAMS, tp, scope, tp);
  region_start[tp] = s;
  switch (t->kind[node]) {
    case KIND_FUNCTION_DEFINITION: {
      uint32_t params = sg_flat_field(t, node, FIELD_PARAMETERS);
      for (uint32_t c = params == SG_NONE ? SG_NONE : t->first_child[params]; c != SG_NONE;
           c = t->next_sibling[c]) {
        uint32_t type = t->kind[c] == KIND_TYPED_PARAMETER || t->kind[c] == KIND_TYPED_DEFAULT_PARAMETER
                            ? sg_flat_field(t, c, FIELD_TYPE) : SG_NONE;
        if (type != SG_NONE) region_start[type] = s;
      }
      uint32_t ret = sg_flat_field(t, node, FIELD_RETURN_TYPE);
      if (ret != SG_NONE) region_start[ret] = s;
      break;
    }
    case KIND_CLASS_DEFINITION: {
      uint32_t bases = sg_flat_field(t, node, FIELD_SUPERCLASSES);
      if (bases != SG_NONE) region_start[bases] = s;
      break;
    }
    default: {  /* type alias */
      uint32_t value = sg_flat_field(t, node, FIELD_RIGHT);
      if (value != SG_NONE) region_start[value] = s;
      break;
    }
  }
  return s;
}

static void sg_model__collect(ModelBuilder *b) {
  const FlatTree *t = b->tree;
  SemanticModel *m = b->model;
  uint32_t *region_start = sg_malloc(sizeof(uint32_t) * (t->count ? t->count : 1));
  memset(region_start, 0xff, sizeof(uint32_t) * (t->count ? t->count : 1));
  Array(Region) stack = {0};
  sg_model__new_scope(m, SCOPE_MODULE, 0, SG_NONE, 0);
  array_push(&stack, ((Region){0, t->count ? t->subtree_end[0] : 0}));

  for (uint32_t i = 0; i < t->count; i++) {
    while (stack.len > 1 && i > array_last(&stack).end) stack.len--;
    if (region_start[i] != SG_NONE) array_push(&stack, ((Region){region_start[i], t->subtree_end[i]}));
    uint32_t scope = array_last(&stack).scope;
    m->node_scope[i] = scope;
    uint16_t k = t->kind[i];
    switch (k) {
      case KIND_FUNCTION_DEFINITION:
      case KIND_CLASS_DEFINITION:
      case KIND_LAMBDA: {
        uint32_t body = sg_flat_field(t, i, FIELD_BODY);
        ScopeKind sk = k == KIND_CLASS_DEFINITION ? SCOPE_CLASS
                       : k == KIND_LAMBDA ? SCOPE_LAMBDA : SCOPE_FUNCTION;
        uint32_t outer = k == KIND_LAMBDA ? scope : sg_model__type_params(b, scope, i, region_start);
        uint32_t s = sg_model__new_scope(m, sk, i, outer, body);
        if (k == KIND_FUNCTION_DEFINITION && t->first_child[i] != SG_NONE &&
            t->kind[t->first_child[i]] == KIND_TOKEN_ASYNC)
          m->scopes.items[s].flags |= SCOPE_FLAG_ASYNC;
        if (body != SG_NONE) region_start[body] = s;
        break;
      }
      case KIND_LIST_COMPREHENSION:
      case KIND_SET_COMPREHENSION:
      case KIND_DICTIONARY_COMPREHENSION:
      case KIND_GENERATOR_EXPRESSION: {
        uint32_t s = sg_model__new_scope(m, SCOPE_COMPREHENSION, i, scope, i);
        array_push(&stack, ((Region){s, t->subtree_end[i]}));
        m->node_scope[i] = scope;  /* the comprehension itself is evaluated outside */
        /* the first iterable is evaluated in the enclosing scope */
        for (uint32_t c = t->first_child[i]; c != SG_NONE; c = t->next_sibling[c])
          if (t->kind[c] == KIND_FOR_IN_CLAUSE) {
            uint32_t right = sg_flat_field(t, c, FIELD_RIGHT);
            if (right != SG_NONE) region_start[right] = scope;
            break;
          }
        break;
      }
      case KIND_TYPE_ALIAS_STATEMENT:
        sg_model__type_params(b, scope, i, region_start);
        break;
      case KIND_IMPORT_STATEMENT:
      case KIND_IMPORT_FROM_STATEMENT:
        sg_model__imports(b, scope, i);
        break;
      case KIND_YIELD: {
        uint32_t fs = sg_model_function_scope(m, scope);
        if (fs != SG_NONE) m->scopes.items[fs].flags |= SCOPE_FLAG_GENERATOR;
        break;
      }
      case KIND_IDENTIFIER:
        sg_model__identifier(b, scope, i);
        break;
      default:
        break;
    }
  }
  array_free(&stack);
  sg_free(region_start);
}

/* ---- resolution ---------------------------------------------------------------- */

static uint32_t sg_model__global(const SemanticModel *self, uint32_t name, ReferenceKind *kind) {
  uint32_t sym = sg_model_symbol(self, 0, name);
  if (sym != SG_NONE && (self->symbols.items[sym].flags & (SYMBOL_BOUND | SYMBOL_BOUND_IN_FUNCTION))) {
    *kind = REFERENCE_GLOBAL;
    return sym;
  }
  const char *text = sg_names_text(&self->tree->names, name);
  *kind = sg_model_is_builtin((uint32_t)strlen(text), text) ? REFERENCE_BUILTIN : REFERENCE_UNRESOLVED;
  /* A global declared but only bound in functions is still a global. */
  if (*kind == REFERENCE_UNRESOLVED && sym != SG_NONE) *kind = REFERENCE_GLOBAL;
  return *kind == REFERENCE_GLOBAL ? sym : SG_NONE;
}

uint32_t sg_model_lookup(const SemanticModel *self, uint32_t scope, uint32_t name,
                         ReferenceKind *kind) {
  ReferenceKind dummy;
  if (!kind) kind = &dummy;
  bool first = true, skipped_class = false;
  /* class scopes are not enclosing, except to a read in the annotation scope
   * of a generic method or nested class directly inside them (PEP 695) */
  uint32_t visible_class = SG_NONE;
  if (scope != SG_NONE && self->scopes.items[scope].kind == SCOPE_TYPE_PARAMS)
    visible_class = self->scopes.items[scope].parent;
  for (uint32_t s = scope; s != SG_NONE; s = self->scopes.items[s].parent, first = false) {
    const Scope *sc = &self->scopes.items[s];
    if (!first && sc->kind == SCOPE_CLASS && s != visible_class) {
      skipped_class = true;
      continue;
    }
    if (sc->kind == SCOPE_MODULE) {
      if (skipped_class && name == NAME_DUNDER_CLASS) {
        /* the implicit cell a class gives its methods (zero-argument super) */
        *kind = REFERENCE_FREE;
        return SG_NONE;
      }
      return sg_model__global(self, name, kind);
    }
    uint32_t sym = sg_model_symbol(self, s, name);
    if (sym == SG_NONE) continue;
    uint16_t fl = self->symbols.items[sym].flags;
    if (fl & SYMBOL_GLOBAL) return sg_model__global(self, name, kind);
    if (fl & SYMBOL_NONLOCAL) {
      /* continue outwards to the binding the declaration names */
      continue;
    }
    if (fl & (SYMBOL_BOUND | SYMBOL_ANNOTATED)) {
      if (first) {
        /* a class body reads its own names, else falls back to globals */
        *kind = REFERENCE_LOCAL;
      } else {
        *kind = REFERENCE_FREE;
      }
      return sym;
    }
  }
  *kind = REFERENCE_UNRESOLVED;
  return SG_NONE;
}

/* Records reference r's resolution and what follows from it: the symbol's
 * reference chain and USED flag, and a dynamic function scope for a call of
 * the builtin exec/eval/locals/vars. */
static void sg_model__apply(SemanticModel *self, uint32_t r, ReferenceKind kind, uint32_t symbol,
                            uint32_t *last_ref) {
  const FlatTree *t = self->tree;
  Reference *ref = &self->references.items[r];
  uint32_t name = t->name_id[ref->node];
  ref->kind = kind;
  ref->symbol = symbol;
  if (ref->kind == REFERENCE_BUILTIN &&
      (name == NAME_EXEC || name == NAME_EVAL || name == NAME_LOCALS || name == NAME_VARS)) {
    uint32_t fs = sg_model_function_scope(self, ref->scope);
    self->scopes.items[fs].flags |= SCOPE_FLAG_DYNAMIC;
  }
  if (ref->symbol == SG_NONE) return;
  Symbol *sym = &self->symbols.items[ref->symbol];
  sym->flags |= SYMBOL_USED;
  if (last_ref[ref->symbol] == SG_NONE) sym->first_reference = r;
  else self->references.items[last_ref[ref->symbol]].next = r;
  last_ref[ref->symbol] = r;
}

static void sg_model__finish(SemanticModel *self) {
  for (uint32_t s = 0; s < self->symbols.len; s++) {
    Symbol *sym = &self->symbols.items[s];
    if ((sym->flags & (SYMBOL_BOUND | SYMBOL_ANNOTATED)) && !(sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL)))
      sym->flags |= SYMBOL_LOCAL;
    /* the one import every binding makes; none when a function rebinds it
     * through `global`, or any binding is not that import */
    const char *qualified = NULL;
    bool only_imports = !(sym->flags & SYMBOL_BOUND_IN_FUNCTION);
    for (uint32_t b = sym->first_binding; b != SG_NONE && only_imports; b = self->bindings.items[b].next) {
      const Binding *bd = &self->bindings.items[b];
      if (bd->kind == BINDING_KIND_GLOBAL_DECL || bd->kind == BINDING_KIND_NONLOCAL_DECL) continue;
      if (!sg_binding_is_import(bd) ||
          (qualified && strcmp(qualified, bd->qualified) != 0))
        only_imports = false;
      qualified = bd->qualified;
    }
    sym->import = only_imports ? qualified : NULL;
  }
}

void sg_model_resolve(SemanticModel *self, const uint8_t *kinds, const uint32_t *symbols) {
  const FlatTree *t = self->tree;
  uint32_t *last_ref = sg_malloc(sizeof(uint32_t) * (self->symbols.len + 1));
  for (uint32_t s = 0; s < self->symbols.len; s++) last_ref[s] = SG_NONE;
  for (uint32_t r = 0; r < self->references.len; r++) {
    ReferenceKind kind;
    uint32_t symbol;
    if (kinds) {
      kind = (ReferenceKind)kinds[r];
      symbol = symbols[r];
    } else {
      /* A name that is local to the reading scope resolves to the local
       * symbol even when only annotated (reading it is an UnboundLocalError). */
      const Reference *ref = &self->references.items[r];
      symbol = sg_model_lookup(self, ref->scope, t->name_id[ref->node], &kind);
    }
    sg_model__apply(self, r, kind, symbol, last_ref);
  }
  sg_free(last_ref);
  sg_model__finish(self);
}

SemanticModel *sg_model_build(const FlatTree *tree) {
  SemanticModel *self = sg_model_collect(tree);
  sg_model_resolve(self, NULL, NULL);
  return self;
}

SemanticModel *sg_model_collect(const FlatTree *tree) {
  SemanticModel *self = sg_calloc(1, sizeof(SemanticModel));
  self->tree = tree;
  size_t n = tree->count ? tree->count : 1;
  self->node_scope = sg_malloc(sizeof(uint32_t) * n);
  self->node_binding = sg_malloc(sizeof(uint32_t) * n);
  self->node_reference = sg_malloc(sizeof(uint32_t) * n);
  self->node_own_scope = sg_malloc(sizeof(uint32_t) * n);
  memset(self->node_binding, 0xff, sizeof(uint32_t) * n);
  memset(self->node_reference, 0xff, sizeof(uint32_t) * n);
  memset(self->node_own_scope, 0xff, sizeof(uint32_t) * n);
  if (tree->count == 0) {
    self->node_scope[0] = 0;
    Scope s = {SCOPE_MODULE, 0, 0, SG_NONE, 0};
    array_push(&self->scopes, s);
    return self;
  }
  ModelBuilder b = {self, tree, {0}};
  sg_model__collect(&b);
  array_free(&b.last_binding);
  sg_model__self_assignments(self);
  return self;
}

void sg_model_delete(SemanticModel *self) {
  if (!self) return;
  array_free(&self->scopes);
  array_free(&self->symbols);
  array_free(&self->bindings);
  array_free(&self->references);
  sg_free(self->node_scope);
  sg_free(self->node_binding);
  sg_free(self->node_reference);
  sg_free(self->node_own_scope);
  sg_free(self->symbol_slots);
  array_free(&self->self_assignments);
  array_free(&self->attributes);
  array_free(&self->calls);
  sg_arena_free(&self->arena);
  sg_free(self);
}

uint32_t sg_model_next_return_value(const SemanticModel *self, uint32_t scope, uint32_t *cursor) {
  const FlatTree *t = self->tree;
  uint32_t body = self->scopes.items[scope].body;
  if (body == SG_NONE) return SG_NONE;
  uint32_t i = *cursor < body ? body : *cursor + 1;
  for (; i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_RETURN_STATEMENT || sg_model_function_scope(self, self->node_scope[i]) != scope) continue;
    uint32_t v = sg_flat_named_child(t, i);
    if (v == SG_NONE || t->kind[v] == KIND_COMMENT) continue;
    *cursor = i;
    return v;
  }
  *cursor = t->subtree_end[body];
  return SG_NONE;
}
