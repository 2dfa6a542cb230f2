/* Helpers shared by the SNG6xx rules (see processes.h). */
#include <string.h>

#include "analyses/concurrency.h"
#include "analyses/resolve.h"
#include "analyses/values.h"
#include "rules/processes.h"

const char *sg_processes_when(const RuleContext *ctx, const ProcessHandoff *h) {
  if (h->pool) return "a Pool or ProcessPoolExecutor pickles every task, whatever the start method";
  if (ctx->settings->target_minor >= 14)
    return "it fails under spawn and forkserver, the defaults on every platform from Python 3.14";
  return "it fails under spawn (macOS, Windows) and forkserver (the Linux default from Python 3.14); only fork works";
}

static const Binding *sg_proc_rules__only_binding(const SemanticModel *m, uint32_t ident) {
  uint32_t r = m->node_reference[ident];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return NULL;
  return &m->bindings.items[m->symbols.items[sym].first_binding];
}

/* A same-file decorator that returns an inner function without functools.wraps. */
static bool sg_proc_rules__unwrapped_decorator(const SemanticModel *m, uint32_t deco_expr) {
  const FlatTree *t = m->tree;
  deco_expr = sg_flat_unparen(t, deco_expr);
  if (deco_expr == SG_NONE || t->kind[deco_expr] != KIND_IDENTIFIER) return false;
  const Binding *bd = sg_proc_rules__only_binding(m, deco_expr);
  if (!bd || bd->kind != BINDING_KIND_DEF) return false;
  uint32_t scope = m->node_own_scope[bd->context];
  const Scope *sc = &m->scopes.items[scope];
  bool inner = false, wraps = false;
  for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
    if (t->kind[i] == KIND_FUNCTION_DEFINITION) inner = true;
    if (t->kind[i] == KIND_IDENTIFIER && (sg_flat_text_is(t, i, "wraps") || sg_flat_text_is(t, i, "update_wrapper")))
      wraps = true;
  }
  return inner && !wraps;
}

const char *sg_processes_unpicklable_callable(const RuleContext *ctx, uint32_t expr, uint32_t *made) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  expr = sg_flat_unparen(t, expr);
  *made = expr;
  if (expr == SG_NONE) return NULL;
  if (t->kind[expr] == KIND_LAMBDA) return "a lambda";
  if (t->kind[expr] == KIND_ATTRIBUTE) {
    /* a method of a class defined inside a function: `obj.m` with obj =
     * Local(), `Local().m`, `Local.m` */
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_OBJECT));
    uint32_t cls = SG_NONE;
    if (obj != SG_NONE && t->kind[obj] == KIND_CALL) {
      cls = sg_flat_field(t, obj, FIELD_FUNCTION);
    } else if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER) {
      const Binding *ob = sg_proc_rules__only_binding(m, obj);
      if (ob && ob->kind == BINDING_KIND_CLASS) {
        cls = obj;
      } else {
        uint32_t v = ob ? sg_flat_unparen(t, ob->value) : SG_NONE;
        if (v == SG_NONE || t->kind[v] != KIND_CALL) return NULL;
        cls = sg_flat_field(t, v, FIELD_FUNCTION);
      }
    }
    const Binding *cb = cls != SG_NONE && t->kind[cls] == KIND_IDENTIFIER ? sg_proc_rules__only_binding(m, cls) : NULL;
    if (!cb || cb->kind != BINDING_KIND_CLASS) return NULL;
    if (m->scopes.items[m->symbols.items[cb->symbol].scope].kind != SCOPE_MODULE) {
      *made = cb->node;
      return "a method of a class defined inside a function";
    }
    return NULL;
  }
  if (t->kind[expr] != KIND_IDENTIFIER) return NULL;
  const Binding *bd = sg_proc_rules__only_binding(m, expr);
  if (!bd) return NULL;
  *made = bd->node;
  const Scope *where = &m->scopes.items[m->symbols.items[bd->symbol].scope];
  if (bd->kind == BINDING_KIND_DEF) {
    if (where->kind != SCOPE_MODULE) return "a nested function";
    if (sg_processes_under_main_guard(t, bd->context))
      return "a function defined only under `if __name__ == \"__main__\":` (the child imports the module as `__mp_main__`, where it does not exist)";
    uint32_t dd = t->parent[bd->context];
    if (dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION)
      for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d])
        if (t->kind[d] == KIND_DECORATOR && sg_proc_rules__unwrapped_decorator(m, sg_flat_named_child(t, d)))
          return "a function replaced by its decorator's inner `wrapper` (no `functools.wraps`: pickle looks for `deco.<locals>.wrapper`)";
    return NULL;
  }
  if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE) {
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (t->kind[v] == KIND_LAMBDA) return "a lambda";
    if (where->kind == SCOPE_MODULE && t->kind[v] == KIND_CALL &&
        sg_proc_rules__unwrapped_decorator(m, sg_flat_field(t, v, FIELD_FUNCTION)))
      return "what a same-file decorator returns: an inner function without `functools.wraps` (pickle looks for `deco.<locals>.wrapper`)";
  }
  return NULL;
}

/* An argument is followed 3 levels down (a bound method's object, a class's
 * `self.x = ...` values, their classes...), and each level may fan out to
 * every assignment of a class: at most this many expressions per argument,
 * past which it is not known to be unpicklable. */
#define SG_PROC_RULES__STEPS 1000

static const char *sg_proc_rules__argument(const RuleContext *ctx, uint32_t expr, uint32_t *made, int depth,
                                           uint32_t *steps);

/* A same-file class whose methods store a lock, file, socket... on self. */
static const char *sg_proc_rules__class_holds(const RuleContext *ctx, uint32_t class_def, int depth,
                                              uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t scope = m->node_own_scope[class_def];
  if (scope == SG_NONE) return NULL;
  /* a class that says how to pickle itself */
  static const char *const custom[] = {"__getstate__", "__reduce__", "__reduce_ex__", "__getnewargs__"};
  for (size_t k = 0; k < sizeof custom / sizeof *custom; k++) {
    uint32_t id = sg_names_find(&t->names, custom[k], (uint32_t)strlen(custom[k]));
    if (id != SG_NONE && sg_model_symbol(m, scope, id) != SG_NONE) return NULL;
  }
  uint32_t body = m->scopes.items[scope].body;
  uint32_t dummy;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, i, FIELD_LEFT);
    uint32_t obj = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_OBJECT) : SG_NONE;
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) continue;
    uint32_t right = sg_flat_field(t, i, FIELD_RIGHT);
    if (right != SG_NONE && t->kind[sg_flat_unparen(t, right)] == KIND_CALL &&
        sg_proc_rules__argument(ctx, right, &dummy, depth + 1, steps))
      return "an instance whose class keeps an unpicklable object on `self`";
  }
  return NULL;
}

const char *sg_processes_unpicklable_argument(const RuleContext *ctx, uint32_t expr, uint32_t *made) {
  uint32_t steps = 0;
  return sg_proc_rules__argument(ctx, expr, made, 0, &steps);
}

static const char *sg_proc_rules__argument(const RuleContext *ctx, uint32_t expr, uint32_t *made, int depth,
                                           uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  expr = sg_flat_unparen(t, expr);
  *made = expr;
  if (expr == SG_NONE || depth > 3 || ++*steps > SG_PROC_RULES__STEPS) return NULL;
  if (t->kind[expr] == KIND_LAMBDA) return "a lambda";
  if (t->kind[expr] == KIND_GENERATOR_EXPRESSION) return "a generator";
  char buf[128];
  const char *q = sg_concurrency_made_by(m, expr, buf, sizeof buf);
  if (q) {
    static const struct { const char *name, *what; } kinds[] = {
      {"threading.Lock", "a `threading` lock"}, {"threading.RLock", "a `threading` lock"},
      {"threading.Condition", "a `threading.Condition`"}, {"threading.Event", "a `threading.Event`"},
      {"threading.Semaphore", "a `threading` semaphore"}, {"threading.BoundedSemaphore", "a `threading` semaphore"},
      {"threading.local", "a `threading.local`"}, {"builtins.open", "an open file"},
      {"io.open", "an open file"},
      {"sqlite3.connect", "a database connection"}, {"_thread.allocate_lock", "a `threading` lock"}};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
      if (!strcmp(q, kinds[i].name)) return kinds[i].what;
  }
  /* a call of a same-file generator function, a nested function */
  ValueKind k = sg_value_of(m, expr);
  if (k == VALUE_GENERATOR) return "a generator";
  if (t->kind[expr] == KIND_IDENTIFIER) {
    const Binding *bd = sg_proc_rules__only_binding(m, expr);
    if (bd && bd->kind == BINDING_KIND_DEF && m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE)
      return "a nested function";
    /* x = Holder(): an instance of a class holding a lock */
    uint32_t v = bd ? sg_flat_unparen(t, bd->value) : SG_NONE;
    if (v != SG_NONE && t->kind[v] == KIND_GENERATOR_EXPRESSION) return "a generator";
    if (v != SG_NONE && t->kind[v] == KIND_LAMBDA) return "a lambda";
    if (v != SG_NONE && t->kind[v] == KIND_CALL) expr = v;
  }
  if (t->kind[expr] == KIND_ATTRIBUTE) {
    /* a bound method of such an instance */
    uint32_t obj = sg_flat_field(t, expr, FIELD_OBJECT);
    return obj != SG_NONE ? sg_proc_rules__argument(ctx, obj, made, depth + 1, steps) : NULL;
  }
  if (t->kind[expr] == KIND_CALL) {
    uint32_t cls = sg_flat_field(t, expr, FIELD_FUNCTION);
    if (cls != SG_NONE && t->kind[cls] == KIND_IDENTIFIER) {
      const Binding *cb = sg_proc_rules__only_binding(m, cls);
      if (cb && cb->kind == BINDING_KIND_CLASS) return sg_proc_rules__class_holds(ctx, cb->context, depth, steps);
    }
  }
  return NULL;
}
