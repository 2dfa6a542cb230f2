#include "analyses/summaries.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/classes.h"
#include "analyses/concurrency.h"
#include "analyses/processes.h"
#include "analyses/resolve.h"
#include "analyses/stdlib.h"
#include "analyses/values.h"

/* The fixpoint stops after this many passes even if something still
 * changes (effects only grow, so it ends anyway; this bounds the cost). */
#define SG_SUMMARIES_MAX_PASSES 8
/* Same-file bases followed when looking a method up. */
#define SG_SUMMARIES_MAX_BASES 16

bool sg_summaries_sure(const FlatTree *t, uint32_t node, uint32_t def) {
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != def; p = t->parent[p]) {
    switch (t->kind[p]) {
      case KIND_IF_STATEMENT: case KIND_ELSE_CLAUSE: case KIND_MATCH_STATEMENT:
      case KIND_EXCEPT_CLAUSE: case KIND_CONDITIONAL_EXPRESSION: case KIND_BOOLEAN_OPERATOR:
      case KIND_IF_CLAUSE: case KIND_FUNCTION_DEFINITION: case KIND_LAMBDA:
      case KIND_CLASS_DEFINITION:
        return false;
      default:
        break;
    }
  }
  return true;
}

/* Like sg_summaries_sure, letting through `if` tests that an empty
 * container passes: the mutation of parameter psym at node runs on the
 * first call that hands the function an empty one (`if k not in p:
 * p[k] = v`, `if not p: p.append(x)`): a default `{}` is filled so. */
static bool sg_summaries__sure_when_empty(const SemanticModel *m, uint32_t node, uint32_t def, uint32_t psym) {
  const FlatTree *t = m->tree;
  for (uint32_t c = node, p = t->parent[node]; p != SG_NONE && p != def; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_BLOCK || t->kind[p] == KIND_EXPRESSION_STATEMENT) continue;
    if (t->kind[p] != KIND_IF_STATEMENT || t->field[c] != FIELD_CONSEQUENCE) {
      if (!sg_summaries_sure(t, c, p)) return false;
      switch (t->kind[p]) {
        case KIND_IF_STATEMENT: case KIND_ELSE_CLAUSE: case KIND_MATCH_STATEMENT: case KIND_EXCEPT_CLAUSE:
        case KIND_CONDITIONAL_EXPRESSION: case KIND_BOOLEAN_OPERATOR: case KIND_IF_CLAUSE:
        case KIND_FUNCTION_DEFINITION: case KIND_LAMBDA: case KIND_CLASS_DEFINITION:
          return false;
        default:
          continue;
      }
    }
    uint32_t cond = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_CONDITION)), tested = SG_NONE;
    if (cond != SG_NONE && t->kind[cond] == KIND_COMPARISON_OPERATOR && sg_flat_has_token(t, cond, "not in")) {
      uint32_t a = sg_flat_named_child(t, cond);
      tested = a == SG_NONE ? SG_NONE : sg_flat_unparen(t, sg_flat_next_named(t, a));
    } else if (cond != SG_NONE && t->kind[cond] == KIND_NOT_OPERATOR) {
      tested = sg_flat_unparen(t, sg_flat_field(t, cond, FIELD_ARGUMENT));
    }
    if (tested == SG_NONE || t->kind[tested] != KIND_IDENTIFIER || sg_model_node_symbol(m, tested) != psym) return false;
  }
  return true;
}

/* The class scope of the first base of class definition `cls` that names
 * a same-file class, or SG_NONE. */
static uint32_t sg_summaries__base(const SemanticModel *m, uint32_t cls) {
  const FlatTree *t = m->tree;
  uint32_t supers = sg_flat_field(t, cls, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (t->kind[b] != KIND_IDENTIFIER) continue;
    const Binding *bd = sg_value_sole_binding(m, b);
    if (bd && bd->kind == BINDING_KIND_CLASS && bd->context != cls) return m->node_own_scope[bd->context];
  }
  return SG_NONE;
}

uint32_t sg_summaries_method(const SemanticModel *m, uint32_t cls, uint32_t name) {
  for (int up = 0; cls != SG_NONE && up < SG_SUMMARIES_MAX_BASES; up++) {
    uint32_t sym = sg_model_symbol(m, cls, name);
    if (sym != SG_NONE) {
      /* a name the class body binds only by `def` (a property setter too) */
      uint32_t found = SG_NONE;
      for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        if (bd->kind != BINDING_KIND_DEF) return SG_NONE;
        found = m->node_own_scope[bd->context];
      }
      return found;
    }
    cls = sg_summaries__base(m, m->scopes.items[cls].node);
  }
  return SG_NONE;
}

const FunctionSummary *sg_summaries_function(const Summaries *self, uint32_t scope) {
  if (!self || scope == SG_NONE || scope >= self->scope_count || self->of_scope[scope] == SG_NONE) return NULL;
  return &self->functions.items[self->of_scope[scope]];
}

const ParamSummary *sg_summaries_param(const Summaries *self, const SemanticModel *m, uint32_t symbol) {
  if (!self || symbol == SG_NONE) return NULL;
  const FunctionSummary *f = sg_summaries_function(self, m->symbols.items[symbol].scope);
  for (uint32_t i = 0; f && i < f->param_count; i++)
    if (self->params.items[f->first_param + i].symbol == symbol) return &self->params.items[f->first_param + i];
  return NULL;
}

/* Is the function decorated `@<name>` (its last dotted part)? */
static bool sg_summaries__decorated(const FlatTree *t, uint32_t def, const char *name) {
  uint32_t dd = t->parent[def];
  if (dd == SG_NONE || t->kind[dd] != KIND_DECORATED_DEFINITION) return false;
  size_t n = strlen(name);
  for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d]) {
    if (t->kind[d] != KIND_DECORATOR) continue;
    uint32_t e = sg_flat_named_child(t, d);
    if (e == SG_NONE || (t->kind[e] != KIND_IDENTIFIER && t->kind[e] != KIND_ATTRIBUTE)) continue;
    uint32_t len;
    const char *s = sg_flat_text(t, e, &len);
    if (len >= n && memcmp(s + len - n, name, n) == 0 && (len == n || s[len - n - 1] == '.')) return true;
  }
  return false;
}

/* ---- building ------------------------------------------------------------- */

/* What `self.<name>` holds in a class's instances: the class scope of
 * the same-file class every `self.<name> = C(...)` in its methods makes,
 * or SG_NONE when some assignment gives anything else. */
typedef struct SelfValue {
  uint32_t cls;            /* the class scope whose methods assign it */
  uint32_t name;           /* attribute name id */
  uint32_t value;          /* class scope of the value, or SG_NONE */
  uint32_t made;           /* else the function of the `F(...)` call every assignment
                              makes (same text: a class of another file), or SG_NONE */
} SelfValue;

typedef struct Builder {
  const SemanticModel *m;
  const FlatTree *t;
  Summaries *s;
  FlatView view;
  Array(SelfValue) self_values;  /* sorted by (cls, name), one per pair */
  /* the functions of other files added so far (open addressing on the
   * export's address; cap a power of two or 0) */
  const ExportFunction **ext_keys;
  uint32_t *ext_index;
  uint32_t ext_cap;
  /* sg_summaries_argument: nothing is added; an external callee not added
   * during the build is left here */
  bool frozen;
  const ExportFunction *ext_hit;
  /* during the build, calls into other files wait here until it is known
   * whether anything asks what they do (their files are read only then) */
  bool deferring;
  uint32_t pending_fn;           /* set by sg_summaries__callee: the callee expression */
  uint32_t pending_method;       /* ... and the method name id, or SG_NONE */
  Array(struct PendingEdge) pending;
} Builder;

/* A call handing a parameter (or `<param>.<attr>`) to a function of
 * another file, not resolved yet. */
typedef struct PendingEdge {
  uint32_t fi, call, arg, from, attr, fn, method;
} PendingEdge;

static void sg_summaries__params(Builder *b, FunctionSummary *f, uint32_t def) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t at = 0;
  bool keyword_only = false;
  f->first_param = b->s->params.len;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE; p = sg_flat_next_named(t, p)) {
    uint16_t k = t->kind[p];
    bool splat = k == KIND_LIST_SPLAT_PATTERN || k == KIND_DICTIONARY_SPLAT_PATTERN;
    if (k == KIND_KEYWORD_SEPARATOR || splat) keyword_only = true;
    if (k == KIND_KEYWORD_SEPARATOR || k == KIND_POSITIONAL_SEPARATOR || k == KIND_COMMENT) continue;
    uint32_t id = p;
    while (id != SG_NONE && t->kind[id] != KIND_IDENTIFIER) id = sg_flat_named_child(t, id);
    uint32_t bd = id == SG_NONE ? SG_NONE : m->node_binding[id];
    if (bd == SG_NONE) continue;
    ParamSummary ps = {m->bindings.items[bd].symbol, t->name_id[id], keyword_only ? SG_NONE : at, 0,
                       SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, NULL, 0,
                       SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE};
    if (!splat) at++;
    array_push(&b->s->params, ps);
  }
  f->param_count = b->s->params.len - f->first_param;
}

/* The function index of external function g, added (with its parameters
 * as the exports give them) on first use; SG_NONE when frozen and not
 * there (then b->ext_hit is g). */
static uint32_t sg_summaries__external_index(Builder *b, const ExportFunction *g) {
  if (b->ext_cap) {
    uint32_t mask = b->ext_cap - 1;
    for (uint32_t i = (uint32_t)(((uintptr_t)g >> 4) * 2654435761u) & mask; b->ext_keys[i]; i = (i + 1) & mask)
      if (b->ext_keys[i] == g) return b->ext_index[i];
  }
  if (b->frozen) {
    b->ext_hit = g;
    return SG_NONE;
  }
  if ((b->s->externals + 1) * 2 > b->ext_cap) {
    uint32_t cap = b->ext_cap ? b->ext_cap * 2 : 16;
    const ExportFunction **keys = sg_calloc(cap, sizeof *keys);
    uint32_t *index = sg_malloc(cap * sizeof *index);
    for (uint32_t j = 0; j < b->ext_cap; j++) {
      if (!b->ext_keys[j]) continue;
      uint32_t i = (uint32_t)(((uintptr_t)b->ext_keys[j] >> 4) * 2654435761u) & (cap - 1);
      while (keys[i]) i = (i + 1) & (cap - 1);
      keys[i] = b->ext_keys[j];
      index[i] = b->ext_index[j];
    }
    sg_free(b->ext_keys);
    sg_free(b->ext_index);
    b->ext_keys = keys;
    b->ext_index = index;
    b->ext_cap = cap;
  }
  FunctionSummary f = {0};
  f.scope = f.cls = f.receiver = SG_NONE;
  f.external = g;
  f.staticmethod = g->staticmethod;
  f.classmethod = g->classmethod;
  f.first_param = b->s->params.len;
  f.first_edge = b->s->edges.len;
  for (uint32_t k = 0; k < g->param_count; k++) {
    const ExportParam *e = &g->params[k];
    ParamSummary ps = {SG_NONE, sg_names_find(&b->t->names, e->name, (uint32_t)strlen(e->name)),
                       e->index == UINT32_MAX ? SG_NONE : e->index, e->effects,
                       SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, g, e->line,
                       SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE};
    array_push(&b->s->params, ps);
  }
  f.param_count = g->param_count;
  uint32_t fi = b->s->functions.len;
  array_push(&b->s->functions, f);
  b->s->externals++;
  uint32_t i = (uint32_t)(((uintptr_t)g >> 4) * 2654435761u) & (b->ext_cap - 1);
  while (b->ext_keys[i]) i = (i + 1) & (b->ext_cap - 1);
  b->ext_keys[i] = g;
  b->ext_index[i] = fi;
  return fi;
}

/* The exports of the program's file that expression `e` (a name or
 * attribute chain through an import) leads to, and in *rest the name in
 * it (inside buf, which holds the qualified name); NULL when it leads
 * nowhere in the program. */
static const ModuleExports *sg_summaries__exports(const Builder *b, uint32_t e, char *buf, size_t cap,
                                                  const char **rest) {
  const SummaryImports *im = b->s->imports;
  if (!im || !im->project) return NULL;
  const char *q = sg_resolve_qualified(b->m, e, buf, cap);
  if (!q || !strncmp(q, "builtins.", 9)) return NULL;
  return sg_project_lookup(im->project, im->path, q, rest);
}

bool sg_summaries_in_program(const Summaries *self, const SemanticModel *model, uint32_t expr) {
  if (!self || !self->imports || !self->imports->project) return false;
  char buf[512];
  const char *q = sg_resolve_qualified(model, expr, buf, sizeof buf);
  return q && strncmp(q, "builtins.", 9) && sg_project_has(self->imports->project, self->imports->path, q);
}

bool sg_summaries_mentions(const Summaries *self, const SemanticModel *model, uint32_t expr, const char *word) {
  if (!self || !self->imports || !self->imports->project) return false;
  char buf[512];
  const char *q = sg_resolve_qualified(model, expr, buf, sizeof buf);
  return q && strncmp(q, "builtins.", 9) && sg_project_mentions(self->imports->project, self->imports->path, q, word);
}

const ExportClass *sg_summaries_external_class(const Summaries *self, const SemanticModel *model, uint32_t expr,
                                               const ModuleExports **module) {
  if (!self || !self->imports) return NULL;
  Builder b = {.m = model, .t = model->tree, .s = (Summaries *)self, .frozen = true};
  const char *rest;
  char buf[512];
  const ModuleExports *ex = sg_summaries__exports(&b, expr, buf, sizeof buf, &rest);
  const ExportClass *c = ex && *rest ? sg_exports_class(ex, rest, strlen(rest)) : NULL;
  if (c && module) *module = ex;
  return c;
}

const ModuleExports *sg_summaries_external_exports(const Summaries *self, const SemanticModel *model, uint32_t expr,
                                                   const char **rest, char *buf, size_t cap) {
  if (!self || !self->imports) return NULL;
  Builder b = {.m = model, .t = model->tree, .s = (Summaries *)self, .frozen = true};
  return sg_summaries__exports(&b, expr, buf, cap, rest);
}

const ModuleExports *sg_summaries_external_module(const Summaries *self, const SemanticModel *model, uint32_t expr) {
  if (!self || !self->imports) return NULL;
  Builder b = {.m = model, .t = model->tree, .s = (Summaries *)self, .frozen = true};
  const char *rest;
  char buf[512];
  const ModuleExports *ex = sg_summaries__exports(&b, expr, buf, sizeof buf, &rest);
  return ex && !*rest ? ex : NULL;
}

static const ExportCallable *sg_summaries__callable(const ModuleExports *ex, const char *name, bool decorator) {
  for (uint32_t i = 0; ex && i < ex->callable_count; i++)
    if (ex->callables[i].is_decorator == decorator && !strcmp(ex->callables[i].name, name)) return &ex->callables[i];
  return NULL;
}

bool sg_summaries_external_makes_local(const Summaries *self, const SemanticModel *model, uint32_t expr) {
  if (!self || !self->imports || !self->imports->project) return false;
  Builder b = {.m = model, .t = model->tree, .s = (Summaries *)self, .frozen = true};
  const char *rest;
  char buf[512];
  const ModuleExports *ex = sg_summaries__exports(&b, expr, buf, sizeof buf, &rest);
  return ex && *rest && sg_summaries__callable(ex, rest, true) != NULL;
}

const char *sg_summaries_external_unpicklable(const Summaries *self, const SemanticModel *model, uint32_t expr) {
  if (!self || !self->imports || !self->imports->project) return NULL;
  Builder b = {.m = model, .t = model->tree, .s = (Summaries *)self, .frozen = true};
  const char *rest;
  char buf[512];
  const ModuleExports *ex = sg_summaries__exports(&b, expr, buf, sizeof buf, &rest);
  const ExportCallable *c = ex && *rest ? sg_summaries__callable(ex, rest, false) : NULL;
  if (!c) return NULL;
  if (c->unpicklable) return c->unpicklable;
  /* the decorator it imports, looked up from its own file */
  const char *drest;
  const ModuleExports *dx = sg_project_lookup(self->imports->project, ex->path, c->decorator, &drest);
  const ExportCallable *d = dx && *drest ? sg_summaries__callable(dx, drest, true) : NULL;
  return d && d->factory == c->factory ? d->unpicklable : NULL;
}

/* The callee in another file of the program that `fn` (a call's function)
 * names: a function, a class (its `__init__`), `C.m` through a class, or
 * with `method` set, method `method` of an instance of class `fn`. Its
 * function index and the leading parameters the call fills; SG_NONE when
 * none. */
static uint32_t sg_summaries__external(Builder *b, uint32_t fn, const char *method, uint32_t *skip) {
  if (b->deferring) {
    b->pending_fn = fn;
    b->pending_method = method ? sg_names_find(&b->t->names, method, (uint32_t)strlen(method)) : SG_NONE;
    return SG_NONE;
  }
  const char *rest;
  char buf[512];
  const ModuleExports *ex = sg_summaries__exports(b, fn, buf, sizeof buf, &rest);
  if (!ex || !*rest) return SG_NONE;
  char name[512];
  const ExportFunction *g = NULL;
  if (sg_exports_class(ex, rest, strlen(rest))) {
    snprintf(name, sizeof name, "%s.%s", rest, method ? method : "__init__");
    g = sg_exports_function(ex, name, strlen(name));
    if (!g) return SG_NONE;
    *skip = g->staticmethod ? 0 : 1;
  } else {
    if (method) return SG_NONE;
    g = sg_exports_function(ex, rest, strlen(rest));
    if (!g) return SG_NONE;
    /* `mod.C.m(x)`: an instance method through its class takes self explicitly */
    *skip = g->classmethod ? 1 : 0;
  }
  return sg_summaries__external_index(b, g);
}

/* The class scope of `C(...)`, a call of a same-file class, or SG_NONE. */
static uint32_t sg_summaries__instantiated(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || t->kind[e] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
  const Binding *bd = fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER ? NULL : sg_value_sole_binding(m, fn);
  return bd && bd->kind == BINDING_KIND_CLASS ? m->node_own_scope[bd->context] : SG_NONE;
}

/* `C.m(...)` for a same-file class C, or `obj.m(...)` for a name bound
 * only to `C(...)`: the method's function index, and the leading
 * parameters the call fills (cls for a classmethod, self through an
 * instance; an instance method through the class takes self explicitly). */
uint32_t sg_summaries_passed_name(const SemanticModel *m, const Binding *pb) {
  const FlatTree *t = m->tree;
  uint32_t fs = m->symbols.items[pb->symbol].scope;
  if (fs == SG_NONE || m->scopes.items[fs].kind != SCOPE_FUNCTION) return SG_NONE;
  uint32_t owner = m->scopes.items[fs].parent;
  /* a module-level function called by name, or a method called on an object */
  bool method = owner != 0 && owner != SG_NONE && m->scopes.items[owner].kind == SCOPE_CLASS;
  if (owner != 0 && !method) return SG_NONE;
  uint32_t def = m->scopes.items[fs].node, fname = sg_flat_field(t, def, FIELD_NAME);
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  if (fname == SG_NONE || params == SG_NONE) return SG_NONE;
  int index = 0;
  bool found = false;
  for (uint32_t q = sg_flat_named_child(t, params); q != SG_NONE && !found; q = sg_flat_next_named(t, q)) {
    if (t->kind[q] != KIND_IDENTIFIER) return SG_NONE;  /* plain parameters only */
    if (q == pb->node) found = true;
    else index++;
  }
  if (!found || (method && index == 0)) return SG_NONE;
  if (method) index--;  /* self */
  uint32_t first, end;
  sg_model_calls_named(m, t->name_id[fname], &first, &end);
  for (uint32_t c = first; c < end; c++) {
    uint32_t call = m->calls.items[2 * c + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE || t->kind[fn] != (method ? KIND_ATTRIBUTE : KIND_IDENTIFIER)) continue;
    if (method) {
      uint32_t o = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
      if (o != SG_NONE && t->kind[o] == KIND_IDENTIFIER && (t->name_id[o] == NAME_SELF || t->name_id[o] == NAME_CLS))
        continue;  /* its class's own calls pass their own values */
    }
    uint32_t a = sg_flat_call_arg(t, call, index, sg_names_text(&t->names, m->symbols.items[pb->symbol].name));
    a = a == SG_NONE ? SG_NONE : sg_flat_unparen(t, a);
    if (a != SG_NONE && t->kind[a] == KIND_KEYWORD_ARGUMENT) a = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_VALUE));
    if (a == SG_NONE || t->kind[a] != KIND_IDENTIFIER) return SG_NONE;
    const Binding *ab = sg_value_assigned_once(m, a);
    return ab && ab->kind == BINDING_KIND_ASSIGNMENT ? a : SG_NONE;
  }
  return SG_NONE;
}

static uint32_t sg_summaries__named_method(Builder *b, uint32_t obj, uint32_t name, uint32_t *skip) {
  const SemanticModel *m = b->m;
  const Binding *bd = sg_value_sole_binding(m, obj);
  if (!bd || bd->context == SG_NONE) return SG_NONE;
  if (bd->kind == BINDING_KIND_PARAMETER) {
    /* a helper's parameter: what the file passes for it */
    uint32_t passed = sg_summaries_passed_name(m, bd);
    bd = passed == SG_NONE ? NULL : sg_value_sole_binding(m, passed);
    if (!bd || bd->context == SG_NONE) return SG_NONE;
  }
  bool through_class = bd->kind == BINDING_KIND_CLASS;
  uint32_t cls = through_class ? m->node_own_scope[bd->context]
                 : bd->kind == BINDING_KIND_ASSIGNMENT ? sg_summaries__instantiated(m, bd->value)
                                                       : SG_NONE;
  if (cls == SG_NONE && bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE) {
    /* obj = C(...) for a class C of another file of the program */
    const FlatTree *t = b->t;
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (v == SG_NONE || t->kind[v] != KIND_CALL) return SG_NONE;
    return sg_summaries__external(b, sg_flat_field(t, v, FIELD_FUNCTION), sg_names_text(&t->names, name), skip);
  }
  const FunctionSummary *g = sg_summaries_function(b->s, sg_summaries_method(m, cls, name));
  if (!g) return SG_NONE;
  *skip = g->classmethod || (!through_class && !g->staticmethod) ? 1 : 0;
  return b->s->of_scope[g->scope];
}

static int sg_summaries__self_value_order(const void *a, const void *b) {
  const SelfValue *x = a, *y = b;
  if (x->cls != y->cls) return x->cls < y->cls ? -1 : 1;
  return x->name < y->name ? -1 : x->name > y->name;
}

/* Every `self.<name> = value` of the file's instance methods, merged per
 * (class, name) into Builder.self_values. */
static void sg_summaries__self_values(Builder *b) {
  const SemanticModel *m = b->m;
  const FlatTree *t = b->t;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT));
    uint32_t attr = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) continue;
    const FunctionSummary *f = sg_summaries_function(b->s, sg_model_function_scope(m, m->node_scope[i]));
    if (!f || f->receiver == SG_NONE || f->classmethod || sg_model_node_symbol(m, obj) != f->receiver) continue;
    uint32_t right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    SelfValue v = {f->cls, t->name_id[attr], sg_summaries__instantiated(m, right), SG_NONE};
    if (v.value == SG_NONE && right != SG_NONE && t->kind[right] == KIND_CALL)
      v.made = sg_flat_unparen(t, sg_flat_field(t, right, FIELD_FUNCTION));
    array_push(&b->self_values, v);
  }
  SelfValue *items = b->self_values.items;
  uint32_t n = b->self_values.len, out = 0;
  if (n) qsort(items, n, sizeof *items, sg_summaries__self_value_order);
  for (uint32_t i = 0; i < n; i++) {
    if (out && items[out - 1].cls == items[i].cls && items[out - 1].name == items[i].name) {
      SelfValue *v = &items[out - 1];
      if (v->value != items[i].value) v->value = SG_NONE;
      uint32_t la, lb;
      const char *a = v->made == SG_NONE ? NULL : sg_flat_text(t, v->made, &la);
      const char *c = items[i].made == SG_NONE ? NULL : sg_flat_text(t, items[i].made, &lb);
      if (!a || !c || la != lb || memcmp(a, c, la)) v->made = SG_NONE;
      continue;
    }
    items[out++] = items[i];
  }
  b->self_values.len = out;
}

/* What `self.<name>` holds in instances of class scope cls (or its
 * same-file bases), or NULL. */
static const SelfValue *sg_summaries__self_value(const Builder *b, uint32_t cls, uint32_t name) {
  for (int up = 0; cls != SG_NONE && up < SG_SUMMARIES_MAX_BASES; up++) {
    uint32_t lo = 0, hi = b->self_values.len;
    while (lo < hi) {
      uint32_t mid = lo + (hi - lo) / 2;
      const SelfValue *v = &b->self_values.items[mid];
      if (v->cls < cls || (v->cls == cls && v->name < name)) lo = mid + 1;
      else hi = mid;
    }
    if (lo < b->self_values.len && b->self_values.items[lo].cls == cls && b->self_values.items[lo].name == name)
      return &b->self_values.items[lo];
    cls = sg_summaries__base(b->m, b->m->scopes.items[cls].node);
  }
  return NULL;
}

/* The callee of `call` made in function f, and how many of its leading
 * parameters the call fills implicitly (self, cls): a same-file function
 * named directly, a same-file class (its `__init__`), or a method through
 * f's receiver (`self.m(...)`, `cls.m(...)`). SG_NONE when unknown. */
static uint32_t sg_summaries__callee(Builder *b, const FunctionSummary *f, uint32_t call, uint32_t *skip,
                                     bool *receiver) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  *skip = 0;
  *receiver = false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return SG_NONE;
  uint32_t scope = SG_NONE;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    const Binding *bd = sg_value_sole_binding(m, fn);
    if (!bd || bd->context == SG_NONE) return SG_NONE;
    if (sg_binding_is_import(bd))
      return sg_summaries__external(b, fn, NULL, skip);
    if (bd->kind == BINDING_KIND_DEF) {
      scope = m->node_own_scope[bd->context];
    } else if (bd->kind == BINDING_KIND_CLASS && !sg_classes_is_record(t, bd->context)) {
      uint32_t init = sg_summaries_method(m, m->node_own_scope[bd->context], NAME_DUNDER_INIT);
      if (init == SG_NONE) return SG_NONE;
      scope = init;
      *skip = 1;
    }
  } else if (t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT));
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (obj != SG_NONE && attr != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE && f->receiver != SG_NONE &&
        !f->classmethod) {
      /* self.store.put(...), where every `self.store = ...` is `Store(...)` */
      uint32_t inner = sg_flat_unparen(t, sg_flat_field(t, obj, FIELD_OBJECT));
      uint32_t held = sg_flat_field(t, obj, FIELD_ATTRIBUTE);
      if (inner == SG_NONE || held == SG_NONE || t->kind[inner] != KIND_IDENTIFIER ||
          sg_model_node_symbol(m, inner) != f->receiver)
        return sg_summaries__external(b, fn, NULL, skip);  /* pkg.mod.f(...) */
      const SelfValue *held_value = sg_summaries__self_value(b, f->cls, t->name_id[held]);
      if (held_value && held_value->value == SG_NONE && held_value->made != SG_NONE)
        return sg_summaries__external(b, held_value->made, sg_flat_name(t, attr), skip);  /* a class of another file */
      uint32_t cls = held_value ? held_value->value : SG_NONE;
      const FunctionSummary *g = sg_summaries_function(b->s, sg_summaries_method(m, cls, t->name_id[attr]));
      if (!g) return SG_NONE;
      *skip = g->staticmethod ? 0 : 1;
      return b->s->of_scope[g->scope];
    }
    if (obj != SG_NONE && attr != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE)
      return sg_summaries__external(b, fn, NULL, skip);  /* pkg.mod.f(...) */
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return SG_NONE;
    const Binding *ob = sg_value_sole_binding(m, obj);
    if (ob && sg_binding_is_import(ob))
      return sg_summaries__external(b, fn, NULL, skip);  /* mod.f(...) */
    if (f->receiver == SG_NONE || sg_model_node_symbol(m, obj) != f->receiver)
      return sg_summaries__named_method(b, obj, t->name_id[attr], skip);
    scope = sg_summaries_method(m, f->cls, t->name_id[attr]);
    if (scope == SG_NONE) return SG_NONE;
    const FunctionSummary *g = sg_summaries_function(b->s, scope);
    if (!g) return SG_NONE;
    if (!g->staticmethod) {
      /* an instance method through cls gets no self: not followed */
      if (f->classmethod && !g->classmethod) return SG_NONE;
      *skip = 1;
      *receiver = true;
    }
  }
  if (scope == SG_NONE || scope >= b->s->scope_count) return SG_NONE;
  return b->s->of_scope[scope];
}

/* The callee's parameter (index into params) that receives argument `arg`
 * (a direct child of the call's argument list, or a keyword_argument). */
static uint32_t sg_summaries__receiving(Builder *b, uint32_t callee, uint32_t skip, uint32_t arg) {
  const FlatTree *t = b->t;
  const FunctionSummary *g = &b->s->functions.items[callee];
  uint32_t index = SG_NONE, name = SG_NONE;
  if (t->kind[arg] == KIND_KEYWORD_ARGUMENT) {
    uint32_t kw = sg_flat_field(t, arg, FIELD_NAME);
    if (kw == SG_NONE) return SG_NONE;
    name = t->name_id[kw];
  } else {
    index = skip;
    for (uint32_t a = sg_flat_named_child(t, t->parent[arg]); a != SG_NONE && a != arg; a = sg_flat_next_named(t, a)) {
      if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) return SG_NONE;
      if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_COMMENT) continue;
      index++;
    }
  }
  for (uint32_t i = 0; i < g->param_count; i++) {
    const ParamSummary *p = &b->s->params.items[g->first_param + i];
    if (index != SG_NONE && p->index == index) return g->first_param + i;
    if (name != SG_NONE && p->name == name && (p->index == SG_NONE || p->index >= skip)) return g->first_param + i;
  }
  return SG_NONE;
}

/* If expression node `e` is an argument of a call (positional or keyword
 * value), the argument node and the call; else SG_NONE. */
static uint32_t sg_summaries__argument_of(const FlatTree *t, uint32_t e, uint32_t *call) {
  uint32_t arg = e, args = t->parent[e];
  if (args != SG_NONE && t->kind[args] == KIND_KEYWORD_ARGUMENT && t->field[e] == FIELD_VALUE) {
    arg = args;
    args = t->parent[args];
  }
  if (args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) return SG_NONE;
  *call = t->parent[args];
  return *call == SG_NONE ? SG_NONE : arg;
}

static uint32_t sg_summaries__def(const Builder *b, const FunctionSummary *f) {
  return b->m->scopes.items[f->scope].node;
}

/* `step(...)` with step a loop variable over a display of same-file
 * functions (`for step in PIPELINE`, PIPELINE bound once to `[_add_base,
 * _add_extras]`, or the display itself): their summaries' indexes, into
 * out[] (up to cap); returns how many. */
static uint32_t sg_summaries__loop_callees(Builder *b, uint32_t call, uint32_t *out, uint32_t cap) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  const Binding *bd = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
  if (!bd || bd->kind != BINDING_KIND_FOR_TARGET || bd->context == SG_NONE || t->kind[bd->context] != KIND_FOR_STATEMENT ||
      sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_LEFT)) != bd->node)
    return 0;
  uint32_t d = sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_RIGHT));
  const Binding *db = d != SG_NONE && t->kind[d] == KIND_IDENTIFIER ? sg_value_sole_binding(m, d) : NULL;
  if (db && (db->kind == BINDING_KIND_ASSIGNMENT || db->kind == BINDING_KIND_ANNOTATED)) d = sg_flat_unparen(t, db->value);
  if (d == SG_NONE || (t->kind[d] != KIND_LIST && t->kind[d] != KIND_TUPLE)) return 0;
  uint32_t n = 0;
  for (uint32_t e = sg_flat_named_child(t, d); e != SG_NONE && n < cap; e = sg_flat_next_named(t, e)) {
    const Binding *eb = t->kind[e] == KIND_IDENTIFIER ? sg_value_sole_binding(m, e) : NULL;
    if (!eb || eb->kind != BINDING_KIND_DEF) continue;
    uint32_t scope = m->node_own_scope[eb->context];
    if (scope == SG_NONE || scope >= b->s->scope_count || b->s->of_scope[scope] == SG_NONE) continue;
    out[n++] = b->s->of_scope[scope];
  }
  return n;
}

/* An edge for expression `e` (a parameter's read, or `self.<attr>`) when
 * it is an argument of a call to a known callee. */
static void sg_summaries__edge(Builder *b, uint32_t fi, uint32_t e, uint32_t from, uint32_t attr) {
  const FlatTree *t = b->t;
  const FunctionSummary f = b->s->functions.items[fi];  /* a copy: the callee may add functions */
  uint32_t call, arg = sg_summaries__argument_of(t, e, &call);
  if (arg == SG_NONE) return;
  uint32_t skip;
  bool receiver;
  b->pending_fn = SG_NONE;
  uint32_t callee = sg_summaries__callee(b, &f, call, &skip, &receiver);
  if (callee == SG_NONE && b->pending_fn != SG_NONE) {
    PendingEdge pe = {fi, call, arg, from, attr, b->pending_fn, b->pending_method};
    array_push(&b->pending, pe);
    return;
  }
  if (callee == SG_NONE) {
    /* each function of the display a loop calls through (never sure: which
     * one changes it runs on its own turn) */
    uint32_t many[8], n = sg_summaries__loop_callees(b, call, many, 8);
    for (uint32_t q = 0; q < n; q++) {
      uint32_t to = sg_summaries__receiving(b, many[q], 0, arg);
      if (to == SG_NONE) continue;
      SummaryEdge edge = {many[q], call, from, attr, to, false};
      array_push(&b->s->edges, edge);
    }
    return;
  }
  uint32_t to = sg_summaries__receiving(b, callee, skip, arg);
  if (to == SG_NONE) return;
  SummaryEdge edge = {callee, call, from, attr, to, sg_summaries_sure(t, call, sg_summaries__def(b, &f))};
  array_push(&b->s->edges, edge);
}

static bool sg_summaries__mark(ParamSummary *p, uint32_t where, uint32_t origin, bool sure) {
  bool changed = false;
  if (!(p->effects & EFFECT_MUTATED)) {
    p->effects |= EFFECT_MUTATED;
    p->mutation = where;
    p->origin = origin;
    changed = true;
  }
  if (sure && !(p->effects & EFFECT_MUTATED_SURE)) {
    p->effects |= EFFECT_MUTATED_SURE;
    p->sure_mutation = where;
    p->sure_origin = origin;
    changed = true;
  }
  return changed;
}

/* Adds a change of `<param>.<name>` (param: index into params): one per
 * (param, name, kind, via), a sure one replacing an unsure one. True when
 * something changed. */
static bool sg_summaries__attr(FunctionSummary *f, uint32_t param, uint32_t name, AttrEffectKind kind,
                               AttrEffectVia via, bool sure, uint32_t where, uint32_t origin) {
  for (uint32_t i = 0; i < f->attrs.len; i++) {
    AttrEffect *a = &f->attrs.items[i];
    if (a->param != param || a->name != name || a->kind != kind || a->via != via) continue;
    if (a->sure || !sure) return false;
    a->sure = true;
    a->where = where;
    a->origin = origin;
    return true;
  }
  AttrEffect a = {param, name, kind, via, sure, where, origin};
  array_push(&f->attrs, a);
  return true;
}

/* Does expression `e` read a parameter of f other than `self` (symbol)? */
static bool sg_summaries__reads_param(const Builder *b, const FunctionSummary *f, uint32_t self, uint32_t e) {
  const FlatTree *t = b->t;
  for (uint32_t i = e; e != SG_NONE && i <= t->subtree_end[e]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER || b->m->node_reference[i] == SG_NONE) continue;
    uint32_t sym = b->m->references.items[b->m->node_reference[i]].symbol;
    if (sym == SG_NONE || sym == self) continue;
    for (uint32_t k = 0; k < f->param_count; k++)
      if (b->s->params.items[f->first_param + k].symbol == sym) return true;
  }
  return false;
}

/* `<p>.<attr>` read in f (attribute node `at`, p the parameter at index
 * pi): changed in place, set from another parameter, handed to a call, or
 * (p the receiver) a method called through it. */
static void sg_summaries__attribute_read(Builder *b, uint32_t fi, uint32_t pi, uint32_t at, uint32_t def) {
  const SemanticModel *m = b->m;
  const FlatTree *t = b->t;
  FunctionSummary *f = &b->s->functions.items[fi];
  uint32_t attr = sg_flat_field(t, at, FIELD_ATTRIBUTE), p = t->parent[at];
  if (attr == SG_NONE) return;
  uint32_t name = t->name_id[attr], symbol = b->s->params.items[pi].symbol;
  uint32_t where = sg_classes_mutation_of(&b->view, at);
  if (where != SG_NONE) {
    bool augmented = p == where && t->kind[where] == KIND_AUGMENTED_ASSIGNMENT;
    AttrEffectKind kind = augmented                           ? ATTR_EFFECT_AUGMENTED
                          : sg_value_is_removal(m, where) ? ATTR_EFFECT_REMOVED
                                                          : ATTR_EFFECT_MUTATED;
    sg_summaries__attr(f, pi, name, kind, ATTR_VIA_DIRECT, sg_summaries_sure(t, where, def), where, where);
    return;
  }
  if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[at] == FIELD_LEFT) {
    if (sg_summaries__reads_param(b, f, symbol, sg_flat_field(t, p, FIELD_RIGHT)))
      sg_summaries__attr(f, pi, name, ATTR_EFFECT_SET, ATTR_VIA_DIRECT, sg_summaries_sure(t, p, def), p, p);
    return;
  }
  if (p != SG_NONE && t->kind[p] == KIND_CALL && t->field[at] == FIELD_FUNCTION) {
    if (symbol != f->receiver) return;
    uint32_t skip;
    bool receiver;
    uint32_t callee = sg_summaries__callee(b, f, p, &skip, &receiver);
    if (callee != SG_NONE && receiver) {
      SummaryEdge edge = {callee, p, pi, SG_NONE, SG_NONE, sg_summaries_sure(t, p, def)};
      array_push(&b->s->edges, edge);
    }
    return;
  }
  sg_summaries__edge(b, fi, at, pi, name);
}

/* Is e (the target of a store, or the object a storing method is called
 * on) a container on f's receiver: `self.x`, `self.x[k]`, or what a method
 * of the class returns when it returns `self.<attr>` (`self._handlers()`)? */
static bool sg_summaries__on_receiver(const SemanticModel *m, const Summaries *s, const FunctionSummary *f, uint32_t e) {
  const FlatTree *t = m->tree;
  bool through = false;
  for (int k = 0; k < 16 && e != SG_NONE; k++) {
    e = sg_flat_unparen(t, e);
    if (e == SG_NONE) return false;
    if (t->kind[e] == KIND_ATTRIBUTE) {
      e = sg_flat_field(t, e, FIELD_OBJECT), through = true;
    } else if (t->kind[e] == KIND_SUBSCRIPT) {
      e = sg_flat_field(t, e, FIELD_VALUE), through = true;
    } else if (t->kind[e] == KIND_CALL) {
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE || f->cls == SG_NONE) return false;
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (name != SG_NONE && t->name_id[name] == NAME_SETDEFAULT) {  /* d.setdefault(k, []): an item of d */
        e = obj, through = true;
        continue;
      }
      uint32_t r = obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ? SG_NONE : m->node_reference[obj];
      if (r == SG_NONE || m->references.items[r].symbol != f->receiver || name == SG_NONE) return false;
      uint32_t ms = sg_summaries_method(m, f->cls, t->name_id[name]);
      if (ms == SG_NONE) return false;
      const FunctionSummary *g = sg_summaries_function(s, ms);
      uint32_t body = m->scopes.items[ms].body;
      for (uint32_t i = body; g && g->receiver != SG_NONE && body != SG_NONE && i <= t->subtree_end[body]; i++) {
        if (t->kind[i] != KIND_RETURN_STATEMENT || m->node_scope[i] != ms) continue;
        uint32_t v = sg_flat_unparen(t, sg_flat_named_child(t, i));
        uint32_t vo = v != SG_NONE && t->kind[v] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT))
                                                                    : SG_NONE;
        uint32_t vr = vo != SG_NONE && t->kind[vo] == KIND_IDENTIFIER ? m->node_reference[vo] : SG_NONE;
        if (vr != SG_NONE && m->references.items[vr].symbol == g->receiver) return true;
      }
      return false;
    } else {
      uint32_t r = t->kind[e] == KIND_IDENTIFIER ? m->node_reference[e] : SG_NONE;
      return through && r != SG_NONE && f->receiver != SG_NONE && m->references.items[r].symbol == f->receiver;
    }
  }
  return false;
}

bool sg_summaries_self_container(const Summaries *self, const SemanticModel *model, uint32_t method, uint32_t e) {
  const FunctionSummary *f = sg_summaries_function(self, method);
  return f && f->receiver != SG_NONE && !f->classmethod && sg_summaries__on_receiver(model, self, f, e);
}

/* Does the store `where` (a USE_STORE: an assignment, or a storing call)
 * keep its value on f's receiver on every call? */
static bool sg_summaries__kept_on_self(Builder *b, const FunctionSummary *f, uint32_t where, uint32_t def) {
  const FlatTree *t = b->t;
  if (f->receiver == SG_NONE || f->classmethod || !sg_summaries_sure(t, where, def)) return false;
  if (t->kind[where] == KIND_ASSIGNMENT) return sg_summaries__on_receiver(b->m, b->s, f, sg_flat_field(t, where, FIELD_LEFT));
  if (t->kind[where] != KIND_CALL) return false;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, where, FIELD_FUNCTION));
  return fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE &&
         sg_summaries__on_receiver(b->m, b->s, f, sg_flat_field(t, fn, FIELD_OBJECT));
}

/* What f does itself to its parameters and their attributes; its calls
 * that hand them on. */
static void sg_summaries__local(Builder *b, uint32_t fi) {
  const SemanticModel *m = b->m;
  const FlatTree *t = b->t;
  uint32_t def = sg_summaries__def(b, &b->s->functions.items[fi]);
  uint32_t first = b->s->functions.items[fi].first_param, count = b->s->functions.items[fi].param_count;
  for (uint32_t k = 0; k < count; k++) {
    uint32_t pi = first + k, symbol = b->s->params.items[pi].symbol;
    uint32_t origin = sg_value_parameter_origin(m, symbol);
    for (uint32_t r = sg_value_next_read(m, symbol, origin, SG_NONE); r != SG_NONE;
         r = sg_value_next_read(m, symbol, origin, r)) {
      uint32_t node = m->references.items[r].node, where, up = t->parent[node];
      ParamSummary *p = &b->s->params.items[pi];
      switch (sg_value_use(m, node, &where, NULL)) {
        case USE_MUTATE:
          if (!sg_value_is_removal(m, where)) {
            sg_summaries__mark(p, where, where,
                               sg_summaries_sure(t, where, def) || sg_summaries__sure_when_empty(m, where, def, symbol));
          } else if (!(p->effects & EFFECT_REMOVED)) {
            p->effects |= EFFECT_REMOVED;
            p->removed = p->removed_origin = where;
          }
          break;
        case USE_STORE:
          if (!(p->effects & EFFECT_STORED)) p->stored = where;
          p->effects |= EFFECT_STORED;
          if (sg_summaries__kept_on_self(b, &b->s->functions.items[fi], where, def)) p->effects |= EFFECT_KEPT_ON_SELF;
          break;
        case USE_RETURN: case USE_YIELD:
          if (!(p->effects & EFFECT_RETURNED)) p->returned = where;
          p->effects |= EFFECT_RETURNED;
          break;
        default:
          if (up != SG_NONE && (t->kind[up] == KIND_FOR_STATEMENT || t->kind[up] == KIND_FOR_IN_CLAUSE) &&
              t->field[node] == FIELD_RIGHT) {
            if (!(p->effects & EFFECT_ITERATED)) p->iterated = up;
            p->effects |= EFFECT_ITERATED;
          }
          break;
      }
      if (up != SG_NONE && t->kind[up] == KIND_ATTRIBUTE && t->field[node] == FIELD_OBJECT)
        sg_summaries__attribute_read(b, fi, pi, up, def);
      else  /* an argument of a known callee (`q.put(p)` reads as a store too) */
        sg_summaries__edge(b, fi, node, pi, SG_NONE);
    }
  }
}

/* Copies callee g's changes of its parameter `to`'s attributes to f's
 * parameter `from`, made at `call`. */
static bool sg_summaries__carry(Summaries *s, uint32_t fi, uint32_t gi, uint32_t from, uint32_t to, AttrEffectVia via,
                                const SummaryEdge *e) {
  bool changed = false;
  uint32_t len = s->functions.items[gi].attrs.len;  /* f may be g: not what this adds */
  for (uint32_t a = 0; a < len; a++) {
    AttrEffect ae = s->functions.items[gi].attrs.items[a];
    if (ae.param != to) continue;
    changed |= sg_summaries__attr(&s->functions.items[fi], from, ae.name, ae.kind, via, e->sure && ae.sure, e->call,
                                  ae.origin);
  }
  return changed;
}

/* Carries the callees' effects over f's edges; true when f changed. */
static bool sg_summaries__propagate(Summaries *s, uint32_t fi) {
  bool changed = false;
  uint32_t first = s->functions.items[fi].first_edge, count = s->functions.items[fi].edge_count;
  for (uint32_t k = 0; k < count; k++) {
    const SummaryEdge *e = &s->edges.items[first + k];
    if (e->to == SG_NONE) {
      /* self.m(...): the method's changes of its self are the caller's */
      if (e->callee != fi)
        changed |= sg_summaries__carry(s, fi, e->callee, e->from, s->functions.items[e->callee].first_param,
                                       ATTR_VIA_METHOD, e);
      continue;
    }
    ParamSummary to = s->params.items[e->to];
    bool sure = (to.effects & EFFECT_MUTATED_SURE) != 0;
    if (s->functions.items[e->callee].external)  /* another file: the call stands for it */
      to.origin = to.sure_origin = to.removed_origin = e->call;
    uint32_t origin = sure ? to.sure_origin : to.origin;
    if (e->attr != SG_NONE) {
      /* helper(self.x): what the helper does to its parameter, it does to self.x */
      if (to.effects & EFFECT_MUTATED)
        changed |= sg_summaries__attr(&s->functions.items[fi], e->from, e->attr, ATTR_EFFECT_MUTATED,
                                      ATTR_VIA_HELPER, sure && e->sure, e->call, origin);
      if (to.effects & EFFECT_REMOVED)
        changed |= sg_summaries__attr(&s->functions.items[fi], e->from, e->attr, ATTR_EFFECT_REMOVED,
                                      ATTR_VIA_HELPER, false, e->call, to.removed_origin);
      continue;
    }
    ParamSummary *p = &s->params.items[e->from];
    if ((to.effects & EFFECT_REMOVED) && !(p->effects & EFFECT_REMOVED)) {
      p->effects |= EFFECT_REMOVED;
      p->removed = e->call;
      p->removed_origin = to.removed_origin;
      changed = true;
    }
    if ((to.effects & EFFECT_STORED) && !(p->effects & EFFECT_STORED)) {
      p->effects |= EFFECT_STORED;
      p->stored = e->call;
      changed = true;
    }
    if (to.effects & EFFECT_MUTATED) {
      changed |= sg_summaries__mark(p, e->call, origin, sure && e->sure);
      if (sure && p->helper_call == SG_NONE) {
        p->helper_call = e->call;
        p->helper_origin = origin;
        p->elsewhere = to.elsewhere;
        p->elsewhere_line = to.elsewhere_line;
        changed = true;
      }
    }
    /* helper(p): the helper's changes of its parameter's attributes are p's */
    changed |= sg_summaries__carry(s, fi, e->callee, e->from, e->to, ATTR_VIA_HELPER, e);
  }
  return changed;
}

/* Is parameter pi one whose effects a rule asks about: one with a mutable
 * default (SNG201)? */
static bool sg_summaries__asked_param(const Builder *b, uint32_t pi) {
  const SemanticModel *m = b->m;
  uint32_t sym = b->s->params.items[pi].symbol;
  if (sym == SG_NONE) return false;
  for (uint32_t k = m->symbols.items[sym].first_binding; k != SG_NONE; k = m->bindings.items[k].next) {
    const Binding *bd = &m->bindings.items[k];
    if (bd->kind == BINDING_KIND_PARAMETER && bd->value != SG_NONE &&
        sg_value_is_mutable(sg_value_of_default(m, bd->value)))
      return true;
  }
  return false;
}

/* Is `<receiver>.<name>` in a method of class scope cls a class-level
 * attribute bound to a mutable value (SNG203)? */
static bool sg_summaries__asked_attr(const Builder *b, uint32_t cls, uint32_t name) {
  const SemanticModel *m = b->m;
  uint32_t sym = cls == SG_NONE ? SG_NONE : sg_model_symbol(m, cls, name);
  if (sym == SG_NONE) return false;
  for (uint32_t k = m->symbols.items[sym].first_binding; k != SG_NONE; k = m->bindings.items[k].next) {
    const Binding *bd = &m->bindings.items[k];
    if (bd->value != SG_NONE && sg_value_is_mutable(sg_value_of(m, bd->value))) return true;
  }
  return false;
}

/* The pending calls into other files whose answer some rule can ask for:
 * from a parameter with a mutable default, or from one such a parameter is
 * handed to through same-file calls, or handing on a mutable class-level
 * attribute through the receiver. Only those files are read; their edges
 * join the others (grouped per function again). */
static void sg_summaries__resolve_pending(Builder *b) {
  Summaries *s = b->s;
  if (!b->pending.len) return;
  uint32_t np = s->params.len, ne = s->edges.len;
  uint8_t *needed = sg_calloc(np ? np : 1, 1);
  uint32_t *queue = sg_malloc((np ? np : 1) * sizeof *queue), head = 0, tail = 0;
  for (uint32_t pi = 0; pi < np; pi++)
    if (sg_summaries__asked_param(b, pi)) needed[pi] = 1, queue[tail++] = pi;
  /* edges by their caller's parameter (CSR), for the walk */
  uint32_t *start = sg_calloc(np + 1, sizeof *start), *by = sg_malloc((ne ? ne : 1) * sizeof *by);
  for (uint32_t e = 0; e < ne; e++) start[s->edges.items[e].from + 1]++;
  for (uint32_t pi = 0; pi < np; pi++) start[pi + 1] += start[pi];
  uint32_t *fill = sg_malloc((np ? np : 1) * sizeof *fill);
  memcpy(fill, start, np * sizeof *fill);
  for (uint32_t e = 0; e < ne; e++) by[fill[s->edges.items[e].from]++] = e;
  while (head < tail) {
    uint32_t pi = queue[head++];
    for (uint32_t k = start[pi]; k < start[pi + 1]; k++) {
      const SummaryEdge *e = &s->edges.items[by[k]];
      if (e->attr != SG_NONE || e->to == SG_NONE || needed[e->to]) continue;
      needed[e->to] = 1;
      queue[tail++] = e->to;
    }
  }
  /* the new edges, per function */
  Array(SummaryEdge) added = {NULL, 0, 0};
  Array(uint32_t) owner = {NULL, 0, 0};
  b->deferring = false;
  for (uint32_t k = 0; k < b->pending.len; k++) {
    const PendingEdge *pe = &b->pending.items[k];
    bool asked = pe->attr == SG_NONE ? needed[pe->from] != 0
                 : s->params.items[pe->from].symbol == s->functions.items[pe->fi].receiver &&
                       sg_summaries__asked_attr(b, s->functions.items[pe->fi].cls, pe->attr);
    if (!asked) continue;
    uint32_t skip = 0;
    const char *method = pe->method == SG_NONE ? NULL : sg_names_text(&b->t->names, pe->method);
    uint32_t callee = sg_summaries__external(b, pe->fn, method, &skip);
    uint32_t to = callee == SG_NONE ? SG_NONE : sg_summaries__receiving(b, callee, skip, pe->arg);
    if (to == SG_NONE) continue;
    uint32_t def = b->m->scopes.items[s->functions.items[pe->fi].scope].node;
    SummaryEdge edge = {callee, pe->call, pe->from, pe->attr, to, sg_summaries_sure(b->t, pe->call, def)};
    array_push(&added, edge);
    array_push(&owner, pe->fi);
  }
  if (added.len) {
    Array(SummaryEdge) merged = {NULL, 0, 0};
    for (uint32_t fi = 0; fi < s->functions.len; fi++) {
      FunctionSummary *f = &s->functions.items[fi];
      uint32_t first = merged.len;
      for (uint32_t k = 0; k < f->edge_count; k++) array_push(&merged, s->edges.items[f->first_edge + k]);
      for (uint32_t k = 0; k < added.len; k++)
        if (owner.items[k] == fi) array_push(&merged, added.items[k]);
      f->first_edge = first;
      f->edge_count = merged.len - first;
    }
    array_free(&s->edges);
    s->edges.items = merged.items;
    s->edges.len = merged.len;
    s->edges.cap = merged.cap;
  }
  array_free(&added);
  array_free(&owner);
  sg_free(needed);
  sg_free(queue);
  sg_free(start);
  sg_free(by);
  sg_free(fill);
}

/* Function indices, callees before callers (a depth-first post-order over
 * the edges, with an explicit stack; a cycle is cut where it closes). */
static uint32_t *sg_summaries__order(const Summaries *s) {
  uint32_t n = s->functions.len;
  uint32_t *order = sg_malloc((n ? n : 1) * sizeof *order);
  uint32_t *stack = sg_malloc((n ? n : 1) * sizeof *stack);
  uint32_t *next = sg_calloc(n ? n : 1, sizeof *next);  /* next edge to follow */
  uint8_t *state = sg_calloc(n ? n : 1, 1);             /* 0 new, 1 on the stack, 2 done */
  uint32_t out = 0;
  for (uint32_t root = 0; root < n; root++) {
    if (state[root]) continue;
    uint32_t depth = 0;
    stack[depth++] = root;
    state[root] = 1;
    while (depth) {
      uint32_t f = stack[depth - 1];
      const FunctionSummary *fs = &s->functions.items[f];
      if (next[f] < fs->edge_count) {
        uint32_t g = s->edges.items[fs->first_edge + next[f]++].callee;
        if (!state[g]) {
          state[g] = 1;
          stack[depth++] = g;
        }
        continue;
      }
      state[f] = 2;
      order[out++] = f;
      depth--;
    }
  }
  sg_free(stack);
  sg_free(next);
  sg_free(state);
  return order;
}

Summaries *sg_summaries_build(const SemanticModel *m, const SummaryImports *imports) {
  const FlatTree *t = m->tree;
  Summaries *s = sg_calloc(1, sizeof(Summaries));
  s->scope_count = m->scopes.len;
  s->of_scope = sg_malloc((m->scopes.len ? m->scopes.len : 1) * sizeof *s->of_scope);
  s->imports = imports;
  Builder b = {m, t, s, sg_flat_view(t), {NULL, 0, 0}, NULL, NULL, 0, false, NULL, imports != NULL, SG_NONE, SG_NONE,
               {NULL, 0, 0}};
  /* the functions, their parameters and receivers */
  for (uint32_t sc = 0; sc < m->scopes.len; sc++) {
    s->of_scope[sc] = SG_NONE;
    const Scope *scope = &m->scopes.items[sc];
    if (scope->kind != SCOPE_FUNCTION || t->kind[scope->node] != KIND_FUNCTION_DEFINITION) continue;
    FunctionSummary f = {0};
    f.scope = sc;
    f.cls = SG_NONE;
    f.receiver = SG_NONE;
    sg_summaries__params(&b, &f, scope->node);
    uint32_t parent = scope->parent;
    if (parent != SG_NONE && m->scopes.items[parent].kind == SCOPE_CLASS) {
      f.cls = parent;
      f.staticmethod = sg_summaries__decorated(t, scope->node, "staticmethod");
      f.classmethod = sg_summaries__decorated(t, scope->node, "classmethod");
      if (f.classmethod && f.param_count) f.receiver = s->params.items[f.first_param].symbol;
      else if (!f.staticmethod) f.receiver = sg_classes_self(m, sc);
    }
    s->of_scope[sc] = s->functions.len;
    array_push(&s->functions, f);
  }
  /* what `self.<name>` holds, for calls through it */
  sg_summaries__self_values(&b);
  /* what each does itself, and the calls that hand something on */
  uint32_t own = s->functions.len;  /* the functions of other files come after */
  for (uint32_t fi = 0; fi < own; fi++) {
    s->functions.items[fi].first_edge = s->edges.len;
    sg_summaries__local(&b, fi);
    s->functions.items[fi].edge_count = s->edges.len - s->functions.items[fi].first_edge;
  }
  sg_summaries__resolve_pending(&b);
  array_free(&b.pending);
  sg_free(b.ext_keys);
  sg_free(b.ext_index);
  /* callees first; passes until nothing changes (recursion), bounded */
  uint32_t *order = sg_summaries__order(s);
  bool changed = s->edges.len > 0;
  while (changed && s->passes < SG_SUMMARIES_MAX_PASSES) {
    changed = false;
    s->passes++;
    for (uint32_t i = 0; i < s->functions.len; i++) changed |= sg_summaries__propagate(s, order[i]);
  }
  sg_free(order);
  /* kept for sg_summaries_argument */
  s->self_values = b.self_values.items;
  s->self_value_count = b.self_values.len;
  return s;
}

void sg_summaries_delete(Summaries *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->functions.len; i++) array_free(&self->functions.items[i].attrs);
  array_free(&self->functions);
  array_free(&self->params);
  array_free(&self->edges);
  sg_free(self->of_scope);
  sg_free(self->self_values);
  sg_free(self);
}

const ParamSummary *sg_summaries_argument(const Summaries *self, const SemanticModel *model, uint32_t call,
                                          uint32_t arg) {
  const FlatTree *t = model->tree;
  if (call == SG_NONE || arg == SG_NONE || t->kind[call] != KIND_CALL) return NULL;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (args == SG_NONE || t->parent[arg] != args) return NULL;
  Summaries *s = (Summaries *)self;  /* only its scratch answer changes */
  Builder b = {.m = model, .t = t, .s = s, .frozen = true};
  b.self_values.items = self->self_values;  /* borrowed: never grown here */
  b.self_values.len = b.self_values.cap = self->self_value_count;
  uint32_t fs = sg_model_function_scope(model, model->node_scope[call]);
  const FunctionSummary *f = fs == SG_NONE ? NULL : sg_summaries_function(self, fs);
  FunctionSummary outside = {.scope = SG_NONE, .cls = SG_NONE, .receiver = SG_NONE};
  uint32_t skip = 0;
  bool receiver;
  uint32_t callee = sg_summaries__callee(&b, f ? f : &outside, call, &skip, &receiver);
  if (callee == SG_NONE && b.ext_hit) {
    /* a function of another file this file's build did not need: its
     * parameter as the exports give it */
    const ExportFunction *g = b.ext_hit;
    uint32_t index = SG_NONE;
    const char *kw = NULL;
    uint32_t kwlen = 0;
    if (t->kind[arg] == KIND_KEYWORD_ARGUMENT) {
      uint32_t k = sg_flat_field(t, arg, FIELD_NAME);
      if (k == SG_NONE) return NULL;
      kw = sg_flat_text(t, k, &kwlen);
    } else {
      index = skip;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && a != arg; a = sg_flat_next_named(t, a)) {
        if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) return NULL;
        if (t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT) index++;
      }
    }
    for (uint32_t k = 0; k < g->param_count; k++) {
      const ExportParam *e = &g->params[k];
      bool hit = kw ? strlen(e->name) == kwlen && !memcmp(e->name, kw, kwlen) && (e->index == UINT32_MAX || e->index >= skip)
                    : e->index == index;
      if (!hit) continue;
      ParamSummary ps = {SG_NONE, SG_NONE, e->index == UINT32_MAX ? SG_NONE : e->index, e->effects,
                         SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE, g, e->line,
                         SG_NONE, SG_NONE, SG_NONE, SG_NONE, SG_NONE};
      s->scratch = ps;
      s->scratch_from = g;
      s->scratch_line = e->line;
      return &s->scratch;
    }
    return NULL;
  }
  if (callee == SG_NONE) return NULL;
  uint32_t to = sg_summaries__receiving(&b, callee, skip, arg);
  return to == SG_NONE ? NULL : &self->params.items[to];
}

/* ---- exports ------------------------------------------------------------- */

static int sg_summaries__export_order(const void *a, const void *b) {
  return strcmp(((const ExportFunction *)a)->name, ((const ExportFunction *)b)->name);
}

static int sg_summaries__class_order(const void *a, const void *b) {
  return strcmp(((const ExportClass *)a)->name, ((const ExportClass *)b)->name);
}

/* The export of function f under `name` when it does something to a
 * parameter (else false: nothing to say about it). */
/* The parameters a file hands to a child process, by symbol, each with
 * the line of its hand-off (sorted pairs). */
typedef Array(uint32_t) SentParams;

/* `self.<x>` in a method of a class whose `__init__` keeps a parameter as
 * `self.<x>` by its only assignment of `<anything>.<x>` in the class: that
 * parameter's name in the `__init__` (`self.task = task`), else SG_NONE. */
static uint32_t sg_summaries__kept_from(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT)), a = sg_flat_field(t, e, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || a == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) return SG_NONE;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
  return sg_classes_init_keeps(m, cls, t->name_id[a], true);
}

static void sg_summaries__sent(const SemanticModel *m, const Source *src, SentParams *out) {
  const FlatTree *t = m->tree;
  Processes *p = sg_processes_build(m, NULL, 0);
  for (uint32_t i = 0; i < p->handoffs.len; i++) {
    const ProcessHandoff *h = &p->handoffs.items[i];
    if (h->fork) continue;
    for (uint32_t a = 0; a <= h->args.len; a++) {
      uint32_t e = sg_flat_unparen(t, a < h->args.len ? h->args.items[a] : h->callable);
      if (e != SG_NONE && t->kind[e] == KIND_ATTRIBUTE) e = sg_summaries__kept_from(m, e);  /* `self.task` */
      uint32_t r = e != SG_NONE && t->kind[e] == KIND_IDENTIFIER ? m->node_reference[e] : SG_NONE;
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym == SG_NONE || !(m->symbols.items[sym].flags & SYMBOL_PARAMETER)) continue;  /* also from a comprehension */
      array_push(out, sym);
      array_push(out, sg_source_line_of(src, t->start_byte[h->call]) + 1);
    }
  }
  sg_processes_delete(p);
}

static uint32_t sg_summaries__sent_line(const SentParams *sent, uint32_t symbol) {
  for (uint32_t i = 0; i + 1 < sent->len; i += 2)
    if (sent->items[i] == symbol) return sent->items[i + 1];
  return 0;
}

/* Does the function (scope fs) return a nested function or lambda that
 * reads parameter symbol psym (`def make_logger(owner): def log(m):
 * owner.history.append(m); return log`)? What it returns then holds it. */
static bool sg_summaries__captured(const SemanticModel *m, uint32_t fs, uint32_t psym) {
  const FlatTree *t = m->tree;
  bool every;
  uint32_t inner = psym == SG_NONE ? SG_NONE : sg_value_returned_function(m, fs, &every);
  for (uint32_t k = inner; inner != SG_NONE && k <= t->subtree_end[inner]; k++)
    if (t->kind[k] == KIND_IDENTIFIER && m->node_reference[k] != SG_NONE &&
        m->references.items[m->node_reference[k]].symbol == psym)
      return true;
  return false;
}

/* For an `__init__` parameter psym with a mutable default that the
 * method keeps as `self.<x> = <param>`: x, and the default's kind in kind
 * (a display's, or "`C()` object" for a call of a class); else NULL. */
static const char *sg_summaries__kept_default(const SemanticModel *m, const FunctionSummary *f, uint32_t psym,
                                              char *kind, size_t cap, uint32_t *at) {
  const FlatTree *t = m->tree;
  if (psym == SG_NONE || f->receiver == SG_NONE) return NULL;
  uint32_t def = m->scopes.items[f->scope].node, name = sg_flat_field(t, def, FIELD_NAME);
  if (name == SG_NONE || t->name_id[name] != NAME_DUNDER_INIT) return NULL;
  const Binding *pb = m->symbols.items[psym].binding_count == 1 ? &m->bindings.items[m->symbols.items[psym].first_binding]
                                                                 : NULL;
  uint32_t dv = pb && pb->kind == BINDING_KIND_PARAMETER ? sg_flat_unparen(t, pb->value) : SG_NONE;
  if (dv == SG_NONE) return NULL;
  ValueKind vk = sg_value_of_default(m, dv);
  if (sg_value_is_mutable(vk)) {
    snprintf(kind, cap, "%s", sg_value_kind_name(vk));
  } else if (t->kind[dv] == KIND_CALL && sg_flat_named_child(t, sg_flat_field(t, dv, FIELD_ARGUMENTS)) == SG_NONE) {
    /* `AddonSet()`: an object of a class (capitalised by convention) */
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, dv, FIELD_FUNCTION)), len;
    const char *text = fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER ? NULL : sg_flat_text(t, fn, &len);
    if (!text || text[0] < 'A' || text[0] > 'Z' || len > 40) return NULL;
    snprintf(kind, cap, "`%.*s()` object", (int)len, text);
  } else {
    return NULL;
  }
  uint32_t body = m->scopes.items[f->scope].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    if (left == SG_NONE || right == SG_NONE || t->kind[left] != KIND_ATTRIBUTE || t->kind[right] != KIND_IDENTIFIER ||
        sg_model_node_symbol(m, right) != psym)
      continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT)), a = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (o == SG_NONE || a == SG_NONE || t->kind[o] != KIND_IDENTIFIER || sg_model_node_symbol(m, o) != f->receiver) continue;
    *at = dv;
    return sg_flat_name(t, a);
  }
  return NULL;
}

static bool sg_summaries__export_one(const Summaries *s, const SemanticModel *m, const FunctionSummary *f,
                                     const Source *src, char *name, ExportFunction *out, const SentParams *sent) {
  const FlatTree *t = m->tree;
  uint8_t any = 0, captured[64] = {0};
  for (uint32_t k = 0; k < f->param_count; k++) {
    any |= s->params.items[f->first_param + k].effects;
    if (sg_summaries__sent_line(sent, s->params.items[f->first_param + k].symbol)) any |= EFFECT_SENT;
    /* exported as returned: what the call gives back holds the argument */
    if (k < 64 && sg_summaries__captured(m, f->scope, s->params.items[f->first_param + k].symbol))
      captured[k] = EFFECT_RETURNED, any |= EFFECT_RETURNED;
  }
  /* attributes of a parameter (not the receiver) changed in place */
  bool changes_attrs = false;
  for (uint32_t e = 0; e < f->attrs.len && !changes_attrs; e++)
    changes_attrs = f->attrs.items[e].kind == ATTR_EFFECT_MUTATED &&
                    s->params.items[f->attrs.items[e].param].symbol != f->receiver;
  if (!(any & (EFFECT_MUTATED | EFFECT_REMOVED | EFFECT_STORED | EFFECT_ITERATED | EFFECT_SENT)) &&
      !(any & EFFECT_RETURNED && memchr(captured, EFFECT_RETURNED, sizeof captured)) && !changes_attrs) {
    sg_free(name);
    return false;
  }
  out->name = name;
  out->staticmethod = f->staticmethod;
  out->classmethod = f->classmethod;
  out->param_count = f->param_count;
  out->params = sg_calloc(f->param_count ? f->param_count : 1, sizeof(ExportParam));
  for (uint32_t e = 0; e < f->attrs.len; e++) {
    const AttrEffect *a = &f->attrs.items[e];
    if (a->kind != ATTR_EFFECT_MUTATED || s->params.items[a->param].symbol == f->receiver) continue;
    const char *an = sg_names_text(&t->names, a->name);
    bool dup = false;
    for (uint32_t k = 0; k < out->changed_attr_count && !dup; k++) dup = !strcmp(out->changed_attrs[k], an);
    if (dup || out->changed_attr_count >= 16) continue;
    out->changed_attrs = sg_realloc(out->changed_attrs, (out->changed_attr_count + 1) * sizeof(char *));
    out->changed_attrs[out->changed_attr_count++] = sg_strdup(an);
  }
  for (uint32_t k = 0; k < f->param_count; k++) {
    const ParamSummary *p = &s->params.items[f->first_param + k];
    uint32_t at = p->effects & EFFECT_MUTATED_SURE ? p->sure_origin
                  : p->effects & EFFECT_MUTATED    ? p->origin
                  : p->effects & EFFECT_REMOVED    ? p->removed_origin
                  : p->effects & EFFECT_STORED     ? p->stored
                                                   : p->iterated;
    uint32_t sent_line = sg_summaries__sent_line(sent, p->symbol);
    ExportParam e = {sg_strdup(sg_names_text(&t->names, p->name)), p->index == SG_NONE ? UINT32_MAX : p->index,
                     (uint8_t)(p->effects | (sent_line ? EFFECT_SENT : 0) | (k < 64 ? captured[k] : 0)),
                     at == SG_NONE ? sent_line : sg_source_line_of(src, t->start_byte[at]) + 1, NULL, NULL, 0};
    char kind[64];
    uint32_t dv = SG_NONE;
    const char *kept = sg_summaries__kept_default(m, f, p->symbol, kind, sizeof kind, &dv);
    if (kept) {
      e.kept_as = sg_strdup(kept);
      e.default_kind = sg_strdup(kind);
      e.default_line = sg_source_line_of(src, t->start_byte[dv]) + 1;
    }
    out->params[k] = e;
  }
  return true;
}

/* Does a decorator other than @staticmethod/@classmethod wrap the def
 * (so a call may not reach its parameters as written)? */
static bool sg_summaries__wrapped(const FlatTree *t, uint32_t def) {
  uint32_t dd = t->parent[def];
  if (dd == SG_NONE || t->kind[dd] != KIND_DECORATED_DEFINITION) return false;
  for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d]) {
    if (t->kind[d] != KIND_DECORATOR) continue;
    uint32_t e = sg_flat_named_child(t, d);
    if (e == SG_NONE || !(sg_flat_text_is(t, e, "staticmethod") || sg_flat_text_is(t, e, "classmethod")))
      return true;
  }
  return false;
}

static char *sg_summaries__joined(const char *cls, const char *name) {
  size_t n = strlen(cls) + strlen(name) + 2;
  char *out = sg_malloc(n);
  snprintf(out, n, "%s%s%s", cls, *cls ? "." : "", name);
  return out;
}

/* What unpicklable object (sg_stdlib_unpicklable) the methods of class
 * scope cls keep on `self` (`self.lock = threading.Lock()`), or NULL; NULL
 * too when the class says how to pickle itself. */
/* What standard-library object that cannot be pickled value e makes: a
 * constructor call, either branch of `a if c else b`, or a call of a
 * same-file module-level function that returns one on every path
 * (`open_log(name)` returning `io.TextIOWrapper(...)`). */
static const char *sg_summaries__unpicklable_value(const SemanticModel *m, uint32_t e, int depth) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || depth > 2) return NULL;
  if (t->kind[e] == KIND_CONDITIONAL_EXPRESSION) {
    for (uint32_t c = sg_flat_named_child(t, e); c != SG_NONE; c = sg_flat_next_named(t, c)) {
      const char *what = t->field[c] == FIELD_CONDITION || t->kind[c] == KIND_COMMENT ? NULL
                         : sg_summaries__unpicklable_value(m, c, depth + 1);
      if (what) return what;
    }
    return NULL;
  }
  if (t->kind[e] != KIND_CALL) return NULL;
  char buf[128];
  const char *q = sg_concurrency_made_by(m, e, buf, sizeof buf);
  const char *what = q ? sg_stdlib_unpicklable(q) : NULL;
  if (what) return what;
  const Binding *fb = sg_value_sole_binding(m, sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION)));
  if (!fb || fb->kind != BINDING_KIND_DEF || m->symbols.items[fb->symbol].scope != 0) return NULL;
  uint32_t fs = m->node_own_scope[fb->context], cursor = 0;
  const char *every = NULL;
  for (uint32_t v; (v = sg_model_next_return_value(m, fs, &cursor)) != SG_NONE;) {
    const char *w = sg_summaries__unpicklable_value(m, v, depth + 1);
    if (!w) return NULL;
    every = w;
  }
  return every;
}

uint32_t sg_summaries_fallback_param(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || (t->kind[e] != KIND_CONDITIONAL_EXPRESSION && t->kind[e] != KIND_BOOLEAN_OPERATOR)) return SG_NONE;
  for (uint32_t c = sg_flat_named_child(t, e); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t v = sg_flat_unparen(t, c);
    uint32_t sym = v != SG_NONE && t->kind[v] == KIND_IDENTIFIER ? sg_model_node_symbol(m, v) : SG_NONE;
    if (sym != SG_NONE && (m->symbols.items[sym].flags & SYMBOL_PARAMETER) && t->field[c] != FIELD_CONDITION) return sym;
  }
  return SG_NONE;
}

static const char *sg_summaries__unpicklable(const SemanticModel *m, uint32_t cls, char **unless, uint32_t *unless_index) {
  const FlatTree *t = m->tree;
  *unless = NULL;
  *unless_index = UINT32_MAX;
  if (sg_classes_pickles_itself(m, cls)) return NULL;
  uint32_t body = m->scopes.items[cls].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    uint32_t obj = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_OBJECT) : SG_NONE;
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF || right == SG_NONE ||
        (t->kind[right] != KIND_CALL && t->kind[right] != KIND_CONDITIONAL_EXPRESSION))
      continue;
    const char *what = sg_summaries__unpicklable_value(m, right, 0);
    if (!what) continue;
    /* the fallback for a parameter not given: unpicklable only then */
    uint32_t p = sg_summaries_fallback_param(m, right);
    if (p != SG_NONE) {
      uint32_t at = sg_value_param_index(m, m->scopes.items[m->symbols.items[p].scope].node, p);
      *unless = sg_strdup(sg_names_text(&t->names, m->symbols.items[p].name));
      *unless_index = at == SG_NONE || at == 0 ? UINT32_MAX : at - 1;  /* self not counted */
    }
    return what;
  }
  return NULL;
}

/* The shared attributes of class c (see ExportShared): for a class with
 * no bases but `object`, each mutable class-level attribute that one of
 * its methods (not an initializer) changes through `self`, when no method of the class rebinds `self.<name>`
 * and the file does not reach it through the class itself (a registry,
 * shared on purpose). *accesses: the file's index, made when first needed. */
static void sg_summaries__shared(const SemanticModel *m, const ClassSet *set, uint32_t c, const Source *src,
                                 ClassAccesses **accesses, ExportClass *out) {
  const FlatTree *t = m->tree;
  const ClassInfo *ci = &set->classes.items[c];
  if (ci->is_metaclass || ci->is_namedtuple || ci->is_model || sg_classes_is_record(t, ci->node)) return;
  uint32_t supers = sg_flat_field(t, ci->node, FIELD_SUPERCLASSES);
  for (uint32_t b = supers == SG_NONE ? SG_NONE : sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
    if (t->kind[b] != KIND_IDENTIFIER || !sg_flat_text_is(t, b, "object")) return;
  for (uint32_t a = 0; a < ci->attributes.len; a++) {
    const ClassAttribute *attr = &ci->attributes.items[a];
    if (!sg_classes_shared_mutable(ci, attr)) continue;
    const SelfUse *found = NULL;
    bool own = false;
    for (uint32_t u = 0; u < ci->uses.len && !own; u++) {
      const SelfUse *use = &ci->uses.items[u];
      if (use->name != attr->name) continue;
      if (use->kind == SELF_USE_REBIND) own = true;
      if (use->kind != SELF_USE_MUTATE || use->via != SG_NONE || (found && found->top_level)) continue;
      if (!sg_classes_initializer(t, m->scopes.items[use->method].node)) found = use;  /* one on every call preferred */
    }
    if (!found || own) continue;
    if (sg_classes_local_single(m, ci) || sg_classes_private_singleton(m, set, c)) return;
    if (!*accesses) *accesses = sg_classes_accesses_new(m);
    if (sg_classes_class_access(m, set, *accesses, c, attr->name) != SG_NONE) continue;
    uint32_t mname = sg_flat_field(t, m->scopes.items[found->method].node, FIELD_NAME);
    out->shared = sg_realloc(out->shared, (out->shared_count + 1) * sizeof *out->shared);
    out->shared[out->shared_count++] = (ExportShared){
        sg_strdup(sg_names_text(&t->names, attr->name)), sg_strdup(sg_flat_name(t, mname)),
        sg_value_kind_name(attr->kind), sg_source_line_of(src, t->start_byte[attr->target]) + 1,
        sg_source_line_of(src, t->start_byte[found->node]) + 1, false};
  }
}

/* A NamedTuple's fields (annotated class-body names, in order) whose
 * default is mutable (see ExportField). */
static void sg_summaries__fields(const SemanticModel *m, const ClassSet *set, uint32_t c, const Source *src,
                                 ExportClass *out) {
  const FlatTree *t = m->tree;
  const ClassInfo *ci = &set->classes.items[c];
  if (!ci->is_namedtuple) return;
  /* the fields in order: the body's annotated names (`x: int`, `x: int = 0`) */
  uint32_t index = 0, body = m->scopes.items[ci->scope].body;
  for (uint32_t st = body == SG_NONE ? SG_NONE : t->first_child[body]; st != SG_NONE; st = t->next_sibling[st]) {
    uint32_t a = t->kind[st] == KIND_EXPRESSION_STATEMENT ? t->first_child[st] : SG_NONE;
    uint32_t left = a != SG_NONE && t->kind[a] == KIND_ASSIGNMENT && sg_flat_field(t, a, FIELD_TYPE) != SG_NONE
                        ? sg_flat_unparen(t, sg_flat_field(t, a, FIELD_LEFT)) : SG_NONE;
    if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER) continue;
    for (uint32_t k = 0; k < ci->attributes.len; k++) {
      const ClassAttribute *attr = &ci->attributes.items[k];
      if (attr->target != left || !attr->annotated || !sg_classes_shared_mutable(ci, attr)) continue;
      out->fields = sg_realloc(out->fields, (out->field_count + 1) * sizeof *out->fields);
      out->fields[out->field_count++] = (ExportField){sg_strdup(sg_names_text(&t->names, attr->name)),
                                                      sg_value_kind_name(attr->kind), index,
                                                      sg_source_line_of(src, t->start_byte[attr->target]) + 1};
    }
    index++;
  }
}

/* Does class c's body assign `<anything>.<name> = ...` (`cls.aliases =
 * set()` in `__init_subclass__`: each subclass gets its own)? */
static bool sg_summaries__rebinds(const FlatTree *t, uint32_t cls, uint32_t name) {
  for (uint32_t i = cls; i <= t->subtree_end[cls]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT && t->kind[i] != KIND_AUGMENTED_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    uint32_t a = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_ATTRIBUTE) : SG_NONE;
    if (a != SG_NONE && t->name_id[a] == name) return true;
  }
  return false;
}

/* The classmethods of class c (index ci) that fill one of its mutable
 * class-level attributes through `cls` with data other than the class
 * itself, as shared attributes with through_cls. */
static void sg_summaries__filled(const Summaries *s, const SemanticModel *m, const ClassSet *set, uint32_t ci,
                                 const Source *src, ExportClass *out) {
  const FlatTree *t = m->tree;
  const ClassInfo *c = &set->classes.items[ci];
  for (uint32_t fi = 0; fi < s->functions.len; fi++) {
    const FunctionSummary *f = &s->functions.items[fi];
    if (!f->classmethod || f->cls != c->scope || f->receiver == SG_NONE) continue;
    for (uint32_t e = 0; e < f->attrs.len; e++) {
      const AttrEffect *a = &f->attrs.items[e];
      if (a->via != ATTR_VIA_DIRECT || a->kind != ATTR_EFFECT_MUTATED || !sg_summaries_on_receiver(s, f, a)) continue;
      const ClassAttribute *attr = NULL;
      for (uint32_t k = 0; k < c->attributes.len && !attr; k++)
        if (c->attributes.items[k].name == a->name && sg_classes_shared_mutable(c, &c->attributes.items[k]))
          attr = &c->attributes.items[k];
      if (!attr || sg_summaries__rebinds(t, c->node, a->name)) continue;
      /* `cls.registry.append(cls)`, `cls._by_name[cls.name] = cls`: the class
       * itself, a registry of subclasses on purpose */
      uint32_t reads = 0;
      for (uint32_t i = a->where; i <= t->subtree_end[a->where]; i++)
        reads += t->kind[i] == KIND_IDENTIFIER && sg_model_node_symbol(m, i) == f->receiver;
      bool dup = false;
      for (uint32_t k = 0; k < out->shared_count; k++) dup |= !strcmp(out->shared[k].name, sg_names_text(&t->names, a->name));
      if (reads != 1 || dup) continue;
      uint32_t mname = sg_flat_field(t, m->scopes.items[f->scope].node, FIELD_NAME);
      out->shared = sg_realloc(out->shared, (out->shared_count + 1) * sizeof *out->shared);
      out->shared[out->shared_count++] = (ExportShared){
          sg_strdup(sg_names_text(&t->names, a->name)), sg_strdup(sg_flat_name(t, mname)),
          sg_value_kind_name(attr->kind), sg_source_line_of(src, t->start_byte[attr->target]) + 1,
          sg_source_line_of(src, t->start_byte[a->where]) + 1, true};
    }
  }
}

/* The module's decorated functions and decorators (ExportCallable), for
 * the files that send its functions to child processes. */
static void sg_summaries__callables(const SemanticModel *m, ModuleExports *out) {
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[0].body;
  Array(ExportCallable) list = {NULL, 0, 0};
  for (uint32_t c = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t def = t->kind[c] == KIND_DECORATED_DEFINITION ? sg_flat_field(t, c, FIELD_DEFINITION) : c;
    if (def == SG_NONE || (t->kind[def] != KIND_FUNCTION_DEFINITION && t->kind[def] != KIND_CLASS_DEFINITION)) continue;
    uint32_t name = sg_flat_field(t, def, FIELD_NAME);
    if (name == SG_NONE) continue;
    /* a decorator: what it makes of a function */
    bool factory;
    const char *made = sg_processes_decorator_made(m, def, &factory);
    if (made) {
      ExportCallable e = {sg_strdup(sg_flat_name(t, name)), made, NULL, true, factory};
      array_push(&list, e);
    }
    if (t->kind[c] != KIND_DECORATED_DEFINITION || t->kind[def] != KIND_FUNCTION_DEFINITION) continue;
    for (uint32_t d = t->first_child[c]; d != SG_NONE; d = t->next_sibling[d]) {
      if (t->kind[d] != KIND_DECORATOR) continue;
      uint32_t e = sg_flat_unparen(t, sg_flat_named_child(t, d));
      bool called = e != SG_NONE && t->kind[e] == KIND_CALL;  /* `@timed("label")` */
      if (called) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION));
      if (e == SG_NONE || (t->kind[e] != KIND_IDENTIFIER && t->kind[e] != KIND_ATTRIBUTE)) continue;
      const char *why = called ? NULL : sg_processes_decorator_product(m, e);
      char buf[512];
      const char *q = why ? NULL : sg_resolve_qualified(m, e, buf, sizeof buf);
      const Binding *bd = t->kind[e] == KIND_IDENTIFIER ? sg_value_sole_binding(m, e) : NULL;
      /* an imported name (not a builtin, not the standard library's own: those keep the name) */
      if (!why && (!q || !strncmp(q, "builtins.", 9) || !strncmp(q, "functools.", 10) ||
                   (bd && !sg_binding_is_import(bd))))
        continue;
      ExportCallable x = {sg_strdup(sg_flat_name(t, name)), why, why ? NULL : sg_strdup(q), false, called};
      array_push(&list, x);
      break;
    }
  }
  /* module-level registries filled with nested functions (`STAGES[name] = run_stage`) */
  for (uint32_t c = body == SG_NONE ? SG_NONE : sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    uint32_t e = t->kind[c] == KIND_EXPRESSION_STATEMENT ? sg_flat_named_child(t, c) : SG_NONE;
    uint32_t left = e != SG_NONE && t->kind[e] == KIND_ASSIGNMENT ? sg_flat_unparen(t, sg_flat_field(t, e, FIELD_LEFT)) : SG_NONE;
    uint32_t sym = left != SG_NONE && t->kind[left] == KIND_IDENTIFIER ? sg_model_node_symbol(m, left) : SG_NONE;
    const char *why = sym == SG_NONE ? NULL : sg_processes_registry_of_locals(m, sym);
    if (!why) continue;
    ExportCallable x = {sg_strdup(sg_flat_name(t, left)), why, NULL, false, false};
    array_push(&list, x);
  }
  out->callables = list.items;
  out->callable_count = list.len;
}

/* The module-level symbol a changed expression's base names (`BLANKS` in
 * `BLANKS[k]`, a `global` name), or SG_NONE. */
static uint32_t sg_summaries__global_base(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  for (e = sg_flat_unparen(t, e); e != SG_NONE && t->kind[e] == KIND_SUBSCRIPT;)
    e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE));
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t sym = sg_model_node_symbol(m, e);
  if (sym == SG_NONE) return SG_NONE;
  if (m->symbols.items[sym].scope == 0) return sym;
  return m->symbols.items[sym].flags & SYMBOL_GLOBAL ? sg_model_symbol(m, 0, m->symbols.items[sym].name) : SG_NONE;
}

/* The module's globals changed under its own module-level locks (see
 * ExportGuard): each `with <lock>:` whose lock is a module-level lock,
 * and the stores, augmented assignments and mutating calls on a global
 * in its body. */
static void sg_summaries__guards(const SemanticModel *m, const Source *src, ModuleExports *out) {
  const FlatTree *t = m->tree;
  Array(ExportGuard) list = {NULL, 0, 0};
  for (uint32_t w = 0; w < t->count; w++) {
    if (t->kind[w] != KIND_WITH_STATEMENT) continue;
    uint32_t body = sg_flat_field(t, w, FIELD_BODY), lock = SG_NONE;
    for (uint32_t i = w; i <= t->subtree_end[w] && (body == SG_NONE || i < body) && lock == SG_NONE; i++) {
      if (t->kind[i] != KIND_WITH_ITEM) continue;
      uint32_t v = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_VALUE));
      uint32_t sym = v != SG_NONE && t->kind[v] == KIND_IDENTIFIER ? sg_model_node_symbol(m, v) : SG_NONE;
      if (sym != SG_NONE && m->symbols.items[sym].scope == 0 && sg_lock_kind(m, v) != LOCK_NONE) lock = v;
    }
    if (lock == SG_NONE || body == SG_NONE) continue;
    for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
      uint32_t target = SG_NONE;
      if (t->kind[i] == KIND_ASSIGNMENT || t->kind[i] == KIND_AUGMENTED_ASSIGNMENT) {
        target = sg_flat_field(t, i, FIELD_LEFT);
      } else if (t->kind[i] == KIND_CALL) {
        uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
        uint32_t a = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
        if (a != SG_NONE && sg_value_is_mutating_method(t->name_id[a])) target = sg_flat_field(t, fn, FIELD_OBJECT);
      }
      uint32_t g = target == SG_NONE ? SG_NONE : sg_summaries__global_base(m, target);
      if (g == SG_NONE || g == sg_model_node_symbol(m, lock)) continue;
      const char *name = sg_names_text(&t->names, m->symbols.items[g].name);
      bool dup = false;
      for (uint32_t k = 0; k < list.len && !dup; k++) dup = !strcmp(list.items[k].name, name);
      if (dup) continue;
      ExportGuard eg = {sg_strdup(name), sg_strdup(sg_flat_name(t, lock)), sg_source_line_of(src, t->start_byte[i]) + 1};
      array_push(&list, eg);
    }
  }
  out->guards = list.items;
  out->guard_count = list.len;
}

/* sg_summaries_reads_place, depth: locals followed so far. */
static bool sg_summaries__reads_place(const SemanticModel *m, uint32_t e, uint32_t target, int depth) {
  const FlatTree *t = m->tree;
  for (uint32_t i = e; e != SG_NONE && i <= t->subtree_end[e]; i++) {
    if (t->kind[i] == t->kind[target] && sg_flat_same_text(t, i, target)) return true;
    if (depth > 0 || t->kind[i] != KIND_IDENTIFIER) continue;
    const Binding *bd = sg_value_sole_binding(m, i);
    if (bd && bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE &&
        sg_summaries__reads_place(m, bd->value, target, depth + 1))
      return true;
  }
  return false;
}

bool sg_summaries_reads_place(const SemanticModel *m, uint32_t e, uint32_t target) {
  return sg_summaries__reads_place(m, e, target, 0);
}

/* The read-modify-writes the module's functions make to globals of
 * modules it imports, or to attributes of their parameters (see
 * ExportForeign), with the module-level (or `self`) lock of a `with`
 * around them. */
static void sg_summaries__foreign(const SemanticModel *m, const Source *src, ModuleExports *out) {
  const FlatTree *t = m->tree;
  Array(ExportForeign) list = {NULL, 0, 0};
  for (uint32_t i = 0; i < t->count; i++) {
    uint32_t target = SG_NONE;
    /* through the module's accessors: `stock.put(k, held + n)` with `held =
     * stock.current(k)` (the setter's qualified name stands for the state) */
    if (t->kind[i] == KIND_CALL) {
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
      uint32_t mod = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
      const Binding *mb = mod != SG_NONE && t->kind[mod] == KIND_IDENTIFIER ? sg_value_sole_binding(m, mod) : NULL;
      if (!mb || !sg_binding_is_import(mb)) continue;
      bool pair = false;
      uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
      for (uint32_t a = args; args != SG_NONE && a <= t->subtree_end[args] && !pair; a++) {
        if (t->kind[a] != KIND_IDENTIFIER) continue;
        const Binding *lb = sg_value_sole_binding(m, a);
        uint32_t v = lb && lb->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, lb->value) : SG_NONE;
        uint32_t gf = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)) : SG_NONE;
        uint32_t gm = gf != SG_NONE && t->kind[gf] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, gf, FIELD_OBJECT)) : SG_NONE;
        pair = gm != SG_NONE && t->kind[gm] == KIND_IDENTIFIER && sg_model_node_symbol(m, gm) == sg_model_node_symbol(m, mod) &&
               !sg_flat_same_text(t, gf, fn);
      }
      if (!pair) continue;
      target = fn;
    }
    /* a read-modify-write: `X.G[k] += n`, `X.G[k] = have - 1` with `have = X.G[k]` */
    if (target == SG_NONE && t->kind[i] != KIND_AUGMENTED_ASSIGNMENT && t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t e = target == SG_NONE ? sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)) : target;
    target = e;
    while (e != SG_NONE && t->kind[e] == KIND_SUBSCRIPT) e = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_VALUE));
    if (e == SG_NONE || t->kind[e] != KIND_ATTRIBUTE) continue;
    uint32_t mod = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT));
    /* cheap tests first: `<a module it imports>.<name>`, or `<a parameter>.<name>` */
    if (mod == SG_NONE || t->kind[mod] != KIND_IDENTIFIER || t->name_id[mod] == NAME_SELF) continue;
    uint32_t msym = sg_model_node_symbol(m, mod);
    const Binding *mb = sg_value_sole_binding(m, mod);
    bool param = msym != SG_NONE && (m->symbols.items[msym].flags & SYMBOL_PARAMETER) &&
                 m->symbols.items[msym].binding_count == 1;
    if (!param && (!mb || !sg_binding_is_import(mb))) continue;
    if (t->kind[i] == KIND_ASSIGNMENT && !sg_summaries__reads_place(m, sg_flat_field(t, i, FIELD_RIGHT), target, 0))
      continue;
    /* in a module-level function or a method of a module-level class */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[i]);
    if (fs == SG_NONE || m->scopes.items[fs].kind != SCOPE_FUNCTION) continue;
    uint32_t parent = m->scopes.items[fs].parent, fname = sg_flat_field(t, m->scopes.items[fs].node, FIELD_NAME);
    if (fname == SG_NONE || (parent != 0 && (m->scopes.items[parent].kind != SCOPE_CLASS || m->scopes.items[parent].parent != 0)))
      continue;
    char qbuf[256], name[256];
    const char *q = NULL;
    if (param) {
      /* "@<position>.<attr>": an attribute of what the caller passes there */
      uint32_t found = sg_value_param_index(m, m->scopes.items[fs].node, msym);
      uint32_t an = sg_flat_field(t, e, FIELD_ATTRIBUTE);
      if (found == SG_NONE || an == SG_NONE) continue;
      snprintf(qbuf, sizeof qbuf, "@%u.%s", found, sg_flat_name(t, an));
      q = qbuf;
    } else {
      q = sg_resolve_qualified(m, e, qbuf, sizeof qbuf);
    }
    if (!q) continue;
    if (parent != 0) {
      uint32_t cname = sg_flat_field(t, m->scopes.items[parent].node, FIELD_NAME);
      snprintf(name, sizeof name, "%s.%s", cname == SG_NONE ? "?" : sg_flat_name(t, cname), sg_flat_name(t, fname));
    } else {
      snprintf(name, sizeof name, "%s", sg_flat_name(t, fname));
    }
    /* the module-level lock of an enclosing `with` */
    const char *lock = NULL;
    for (uint32_t p = t->parent[i]; p != SG_NONE && p != m->scopes.items[fs].node && !lock; p = t->parent[p]) {
      if (t->kind[p] != KIND_WITH_STATEMENT) continue;
      uint32_t body = sg_flat_field(t, p, FIELD_BODY);
      for (uint32_t w = p; w <= t->subtree_end[p] && (body == SG_NONE || w < body) && !lock; w++) {
        if (t->kind[w] != KIND_WITH_ITEM) continue;
        uint32_t v = sg_flat_unparen(t, sg_flat_field(t, w, FIELD_VALUE));
        uint32_t sym = v != SG_NONE && t->kind[v] == KIND_IDENTIFIER ? sg_model_node_symbol(m, v) : SG_NONE;
        if (sym != SG_NONE && m->symbols.items[sym].scope == 0 && sg_lock_kind(m, v) != LOCK_NONE) lock = sg_flat_name(t, v);
        /* `with self._lock:` in a method: each object's own lock, "self" */
        uint32_t o = v != SG_NONE && t->kind[v] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT)) : SG_NONE;
        if (!lock && o != SG_NONE && t->kind[o] == KIND_IDENTIFIER && t->name_id[o] == NAME_SELF && parent != 0 &&
            sg_lock_kind(m, v) != LOCK_NONE)
          lock = "self";
      }
    }
    bool dup = false;
    for (uint32_t k = 0; k < list.len && !dup; k++)
      dup = !strcmp(list.items[k].function, name) && !strcmp(list.items[k].target, q);
    if (dup) continue;
    ExportForeign ef = {sg_strdup(name), sg_strdup(q), lock ? sg_strdup(lock) : NULL, sg_source_line_of(src, t->start_byte[i]) + 1,
                        t->kind[i] == KIND_CALL};
    array_push(&list, ef);
  }
  out->foreign = list.items;
  out->foreign_count = list.len;
}

ModuleExports *sg_summaries_export(const Summaries *s, const SemanticModel *m, const ClassSet *set, const Source *src) {
  const FlatTree *t = m->tree;
  ModuleExports *out = sg_calloc(1, sizeof(ModuleExports));
  Array(ExportFunction) fns = {NULL, 0, 0};
  Array(ExportClass) classes = {NULL, 0, 0};
  uint32_t del_name = sg_names_find(&t->names, "__del__", 7);
  SentParams sent = {NULL, 0, 0};
  ClassAccesses *accesses = NULL;
  sg_summaries__sent(m, src, &sent);
  for (uint32_t fi = 0; fi < s->functions.len; fi++) {
    const FunctionSummary *f = &s->functions.items[fi];
    if (f->external) continue;
    const Scope *scope = &m->scopes.items[f->scope];
    uint32_t parent = scope->parent, name = sg_flat_field(t, scope->node, FIELD_NAME);
    if (parent == SG_NONE || name == SG_NONE) continue;
    const char *owner = "";
    if (m->scopes.items[parent].kind == SCOPE_CLASS) {
      uint32_t cls = m->scopes.items[parent].node, cname = sg_flat_field(t, cls, FIELD_NAME);
      if (cname == SG_NONE || m->scopes.items[parent].parent != 0) continue;
      owner = sg_flat_name(t, cname);
    } else if (m->scopes.items[parent].kind != SCOPE_MODULE) {
      continue;
    }
    /* what an import of the name gets: a def bound once, not wrapped by a decorator */
    uint32_t sym = sg_model_symbol(m, parent, t->name_id[name]);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1 || sg_summaries__wrapped(t, scope->node))
      continue;
    ExportFunction e = {0};
    if (sg_summaries__export_one(s, m, f, src, sg_summaries__joined(owner, sg_flat_name(t, name)), &e, &sent))
      array_push(&fns, e);
  }
  /* the module's classes, and the `__init__` each gets from a same-file base */
  for (uint32_t sc = 1; sc < m->scopes.len; sc++) {
    const Scope *scope = &m->scopes.items[sc];
    if (scope->kind != SCOPE_CLASS || scope->parent != 0) continue;
    uint32_t cname = sg_flat_field(t, scope->node, FIELD_NAME);
    uint32_t sym = cname == SG_NONE ? SG_NONE : sg_model_symbol(m, 0, t->name_id[cname]);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) continue;
    uint32_t del = del_name == SG_NONE ? SG_NONE : sg_summaries_method(m, sc, del_name);
    char *unless;
    uint32_t unless_index;
    const char *unpicklable = sg_summaries__unpicklable(m, sc, &unless, &unless_index);
    ExportClass ec = {sg_strdup(sg_flat_name(t, cname)),
                      del == SG_NONE ? 0 : sg_source_line_of(src, t->start_byte[m->scopes.items[del].node]) + 1,
                      unpicklable, unless, unless_index, NULL, 0, NULL, 0};
    uint32_t ci = set ? sg_classes_of_node(set, scope->node) : SG_NONE;
    if (ci != SG_NONE && set->classes.items[ci].uses.len) sg_summaries__shared(m, set, ci, src, &accesses, &ec);
    if (ci != SG_NONE && set->classes.items[ci].attributes.len) sg_summaries__filled(s, m, set, ci, src, &ec);
    if (ci != SG_NONE) sg_summaries__fields(m, set, ci, src, &ec);
    array_push(&classes, ec);
    if (sg_classes_is_record(t, scope->node)) continue;
    uint32_t init = sg_summaries_method(m, sc, NAME_DUNDER_INIT);
    const FunctionSummary *f = sg_summaries_function(s, init);
    if (!f || f->cls == sc) continue;
    ExportFunction e = {0};
    if (sg_summaries__export_one(s, m, f, src, sg_summaries__joined(sg_flat_name(t, cname), "__init__"), &e, &sent))
      array_push(&fns, e);
  }
  if (fns.len) qsort(fns.items, fns.len, sizeof *fns.items, sg_summaries__export_order);
  if (classes.len) qsort(classes.items, classes.len, sizeof *classes.items, sg_summaries__class_order);
  out->functions = fns.items;
  out->count = fns.len;
  out->classes = classes.items;
  out->class_count = classes.len;
  sg_summaries__callables(m, out);
  sg_summaries__guards(m, src, out);
  sg_summaries__foreign(m, src, out);
  array_free(&sent);
  sg_classes_accesses_delete(accesses);
  return out;
}
