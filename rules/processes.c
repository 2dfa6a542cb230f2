/* Helpers shared by the SNG6xx rules (see processes.h). */
#include <string.h>

#include "analyses/concurrency.h"
#include "analyses/resolve.h"
#include "analyses/stdlib.h"
#include "analyses/values.h"
#include "rules/processes.h"

const char *sg_processes_when(const RuleContext *ctx, const ProcessHandoff *h) {
  if (h->channel) return "a multiprocessing Pipe or Queue pickles everything sent through it";
  if (h->pool) return "a Pool or ProcessPoolExecutor pickles every task, whatever the start method";
  if (ctx->settings->target_minor >= 14)
    return "it fails under spawn and forkserver, the defaults on every platform from Python 3.14";
  return "it fails under spawn (macOS, Windows) and forkserver (the Linux default from Python 3.14); only fork works";
}

/* The nested function or lambda a same-file module-level function returns
 * (`def factory(k): def inner(x): ...; return inner`): every call makes a
 * new local function, `factory.<locals>.inner`. SG_NONE if it returns
 * anything else somewhere. */
static uint32_t sg_proc_rules__factory_product_at(const SemanticModel *m, uint32_t fn, int depth);

static uint32_t sg_proc_rules__factory_product(const SemanticModel *m, uint32_t fn) {
  return sg_proc_rules__factory_product_at(m, fn, 0);
}

static uint32_t sg_proc_rules__factory_product_at(const SemanticModel *m, uint32_t fn, int depth) {
  const FlatTree *t = m->tree;
  fn = sg_flat_unparen(t, fn);
  if (fn == SG_NONE) return SG_NONE;
  uint32_t def = SG_NONE;
  if (t->kind[fn] == KIND_ATTRIBUTE) {
    /* `self.plan.router()`: the one method of that name the file's classes
     * define, not called on a module */
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    const Binding *ob = obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER ? sg_value_sole_binding(m, obj) : NULL;
    if (attr == SG_NONE || (ob && sg_binding_is_import(ob)) || (def = sg_model_only_method(m, t->name_id[attr])) == SG_NONE)
      return SG_NONE;
  } else if (t->kind[fn] == KIND_IDENTIFIER) {
    const Binding *bd = sg_value_sole_binding(m, fn);
    if (!bd || bd->kind != BINDING_KIND_DEF || m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE)
      return SG_NONE;
    def = bd->context;
  } else {
    return SG_NONE;
  }
  uint32_t scope = m->node_own_scope[def];
  if (m->scopes.items[scope].flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC)) return SG_NONE;
  bool every;
  uint32_t made = sg_value_returned_function(m, scope, &every);
  if (made == SG_NONE && depth < 2) {
    /* `return surge(1.2)`: what another factory makes, on every path */
    uint32_t cursor = 0, product = SG_NONE;
    for (uint32_t v; (v = sg_model_next_return_value(m, scope, &cursor)) != SG_NONE;) {
      v = sg_flat_unparen(t, v);
      uint32_t p = t->kind[v] == KIND_CALL ? sg_proc_rules__factory_product_at(m, sg_flat_field(t, v, FIELD_FUNCTION), depth + 1)
                                          : SG_NONE;
      if (p == SG_NONE) return SG_NONE;
      if (product == SG_NONE) product = p;
    }
    return product;
  }
  if (made == SG_NONE || !every) return SG_NONE;
  return t->kind[made] == KIND_LAMBDA ? made : sg_flat_field(t, made, FIELD_NAME);
}

/* A function of another file of the program, replaced there by a
 * decorator (of that file, or one it imports): why it cannot be unpickled. */
static const char *sg_proc_rules__elsewhere(const RuleContext *ctx, uint32_t expr) {
  if (!ctx->summaries || !sg_summaries_in_program(ctx->summaries, ctx->model, expr)) return NULL;
  return sg_summaries_external_unpicklable(ctx->summaries, ctx->model, expr);
}

const char *sg_processes_unpicklable_callable(const RuleContext *ctx, uint32_t expr, uint32_t *made) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  expr = sg_flat_unparen(t, expr);
  *made = expr;
  if (expr == SG_NONE) return NULL;
  if (t->kind[expr] == KIND_LAMBDA) return "a lambda";
  if (t->kind[expr] == KIND_ATTRIBUTE) {
    const char *why = sg_proc_rules__elsewhere(ctx, expr);  /* `geo.haversine` */
    if (why) return why;
    /* a method of a class defined inside a function: `obj.m` with obj =
     * Local(), `Local().m`, `Local.m` */
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_OBJECT));
    uint32_t cls = SG_NONE;
    if (obj != SG_NONE && t->kind[obj] == KIND_CALL) {
      cls = sg_flat_field(t, obj, FIELD_FUNCTION);
    } else if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER) {
      const Binding *ob = sg_value_sole_binding(m, obj);
      if (ob && ob->kind == BINDING_KIND_CLASS) {
        cls = obj;
      } else {
        uint32_t v = ob ? sg_flat_unparen(t, ob->value) : SG_NONE;
        if (v == SG_NONE || t->kind[v] != KIND_CALL) return NULL;
        cls = sg_flat_field(t, v, FIELD_FUNCTION);
      }
    }
    const Binding *cb = cls != SG_NONE && t->kind[cls] == KIND_IDENTIFIER ? sg_value_sole_binding(m, cls) : NULL;
    if (!cb || cb->kind != BINDING_KIND_CLASS) return NULL;
    if (m->scopes.items[m->symbols.items[cb->symbol].scope].kind != SCOPE_MODULE) {
      *made = cb->node;
      return "a method of a class defined inside a function";
    }
    return NULL;
  }
  if (t->kind[expr] == KIND_SUBSCRIPT) {
    /* `STAGES[name]`: an entry of a registry filled with nested functions,
     * here or in the file it is imported from */
    uint32_t reg = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_VALUE));
    const Binding *rb = reg != SG_NONE && t->kind[reg] == KIND_IDENTIFIER ? sg_value_sole_binding(m, reg) : NULL;
    if (!rb) return NULL;
    if (sg_binding_is_import(rb)) return sg_proc_rules__elsewhere(ctx, reg);
    return sg_processes_registry_of_locals(m, rb->symbol);
  }
  if (t->kind[expr] == KIND_CALL) {
    /* factory(3): the local function a same-file factory returns */
    uint32_t product = sg_proc_rules__factory_product(m, sg_flat_field(t, expr, FIELD_FUNCTION));
    uint32_t callee = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_FUNCTION));
    if (product == SG_NONE && callee != SG_NONE && ctx->summaries && sg_summaries_in_program(ctx->summaries, m, callee) &&
        sg_summaries_external_makes_local(ctx->summaries, m, callee))
      return "a nested function made by a function of another file of the program (`<locals>`)";
    if (product == SG_NONE) return NULL;
    *made = product;
    return t->kind[product] == KIND_LAMBDA ? "a lambda made inside the function called here"
                                           : "a nested function made by the function called here (`<locals>`)";
  }
  if (t->kind[expr] != KIND_IDENTIFIER) return NULL;
  const Binding *bd = sg_value_sole_binding(m, expr);
  if (!bd) return NULL;
  if (sg_binding_is_import(bd)) return sg_proc_rules__elsewhere(ctx, expr);
  *made = bd->node;
  const Scope *where = &m->scopes.items[m->symbols.items[bd->symbol].scope];
  if (bd->kind == BINDING_KIND_DEF) {
    if (where->kind != SCOPE_MODULE) return "a nested function";
    if (sg_processes_under_main_guard(t, bd->context))
      return "a function defined only under `if __name__ == \"__main__\":` (the child imports the module as `__mp_main__`, where it does not exist)";
    uint32_t dd = t->parent[bd->context];
    if (dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION)
      for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d]) {
        if (t->kind[d] != KIND_DECORATOR) continue;
        const char *why = sg_processes_decorator_product(m, sg_flat_named_child(t, d));
        if (why) return why;
      }
    return NULL;
  }
  if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE) {
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (t->kind[v] == KIND_LAMBDA) return "a lambda";
    if (t->kind[v] == KIND_SUBSCRIPT) return sg_processes_unpicklable_callable(ctx, v, made);  /* f = STAGES[k] */
    if (where->kind == SCOPE_MODULE && t->kind[v] == KIND_CALL &&
        sg_processes_decorator_product(m, sg_flat_field(t, v, FIELD_FUNCTION)) == SG_PROCESSES_INNER_WRAPPER)
      return "what a same-file decorator returns: an inner function without `functools.wraps` (pickle looks for `deco.<locals>.wrapper`)";
    if (t->kind[v] == KIND_CALL) {
      /* f = factory(3) */
      uint32_t vf = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
      if (vf != SG_NONE && ctx->summaries && sg_summaries_in_program(ctx->summaries, m, vf) &&
          sg_proc_rules__factory_product(m, vf) == SG_NONE && sg_summaries_external_makes_local(ctx->summaries, m, vf))
        return "a nested function made by a function of another file of the program (`<locals>`)";
      uint32_t product = sg_proc_rules__factory_product(m, sg_flat_field(t, v, FIELD_FUNCTION));
      if (product != SG_NONE) {
        *made = product;
        return t->kind[product] == KIND_LAMBDA ? "a lambda made inside a same-file factory function"
                                               : "a nested function made by a same-file factory function (`<locals>`)";
      }
    }
  }
  return NULL;
}

/* An argument is followed 3 levels down (a bound method's object, a class's
 * `self.x = ...` values, their classes...), and each level may fan out to
 * every assignment of a class: at most this many expressions per argument,
 * past which it is not known to be unpicklable. */
#define SG_PROC_RULES__STEPS 1000
/* levels: a bound method's object, a class's values, a parameter's
 * callers, a container's items, a function's returns */
#define SG_PROC_RULES__DEPTH 6

static const char *sg_proc_rules__argument(const RuleContext *ctx, uint32_t expr, uint32_t *made, int depth,
                                           uint32_t *steps);
static const char *sg_proc_rules__items(const RuleContext *ctx, uint32_t e, uint32_t *made, int depth,
                                        uint32_t *steps);
static uint32_t sg_proc_rules__param_arg(const SemanticModel *m, uint32_t psym, uint32_t *k, uint32_t *call_out);

/* Does the same-file class (or any of its same-file bases, a few levels
 * up) bind `name` (name id) in its body? */
static bool sg_proc_rules__has_method(const SemanticModel *m, uint32_t class_def, uint32_t name, int depth) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_own_scope[class_def];
  if (scope == SG_NONE || depth > 8) return false;
  if (sg_model_symbol(m, scope, name) != SG_NONE) return true;
  uint32_t supers = sg_flat_field(t, class_def, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    const Binding *bb = t->kind[b] == KIND_IDENTIFIER ? sg_value_sole_binding(m, b) : NULL;
    if (bb && bb->kind == BINDING_KIND_CLASS && bb->context != class_def &&
        sg_proc_rules__has_method(m, bb->context, name, depth + 1))
      return true;
  }
  return false;
}

/* The argument a call passes for parameter psym (at index, or by name). */
uint32_t sg_processes_argument_for(const SemanticModel *m, uint32_t call, uint32_t index, uint32_t psym) {
  const FlatTree *t = m->tree;
  uint32_t arg = index == SG_NONE ? SG_NONE : sg_flat_call_arg(t, call, (int)index, NULL);
  if (arg == SG_NONE && m->symbols.items[psym].name != SG_NONE)
    arg = sg_flat_call_arg(t, call, -1, sg_names_text(&t->names, m->symbols.items[psym].name));
  return arg;
}

/* What `self.<name>` holds in class scope cls, from its one binding there,
 * which must be in `__init__` (`self.transform = transform`, `self.scorer =
 * make_scorer(w)`): false when bound elsewhere or twice. On true, *param is
 * the `__init__` parameter it is (SG_NONE when it is something else, then
 * *value is that expression) and *index that parameter's position among an
 * instantiation's arguments (self not counted; SG_NONE keyword-only). */
/* `self.x = pickle.loads(blob)`, `copy.deepcopy(...)`, `self.backup`: a
 * copy of what the attribute held put back (an undo, a rollback). */
static bool sg_proc_rules__restore(const SemanticModel *m, uint32_t value) {
  const FlatTree *t = m->tree;
  value = sg_flat_unparen(t, value);
  if (value == SG_NONE) return false;
  if (t->kind[value] == KIND_ATTRIBUTE) {
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, value, FIELD_OBJECT));
    return o != SG_NONE && t->kind[o] == KIND_IDENTIFIER && t->name_id[o] == NAME_SELF;
  }
  if (t->kind[value] != KIND_CALL) return false;
  char buf[64];
  const char *q = sg_resolve_qualified(m, sg_flat_field(t, value, FIELD_FUNCTION), buf, sizeof buf);
  return q && (!strcmp(q, "pickle.loads") || !strcmp(q, "copy.deepcopy") || !strcmp(q, "copy.copy"));
}

bool sg_processes_kept(const SemanticModel *m, uint32_t cls, uint32_t name, uint32_t *value, uint32_t *param,
                       uint32_t *index) {
  return sg_processes_kept_restored(m, cls, name, value, param, index, false);
}

bool sg_processes_kept_restored(const SemanticModel *m, uint32_t cls, uint32_t name, uint32_t *value, uint32_t *param,
                                uint32_t *index, bool restores) {
  const FlatTree *t = m->tree;
  uint32_t first, end, bindings = 0, init = SG_NONE;
  *value = *param = *index = SG_NONE;
  sg_model_attributes_named(m, name, &first, &end);
  for (uint32_t j = first; j < end; j++) {
    uint32_t o = m->attributes.items[2 * j + 1], p = t->parent[o];
    if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[o] != FIELD_LEFT) continue;
    uint32_t oo = sg_flat_unparen(t, sg_flat_field(t, o, FIELD_OBJECT));
    uint32_t ofs = sg_model_function_scope(m, m->node_scope[o]);
    if (oo == SG_NONE || t->kind[oo] != KIND_IDENTIFIER || ofs == SG_NONE || m->scopes.items[ofs].parent != cls ||
        m->node_reference[oo] == SG_NONE || m->references.items[m->node_reference[oo]].symbol != sg_classes_self(m, ofs))
      continue;
    uint32_t oname = sg_flat_field(t, m->scopes.items[ofs].node, FIELD_NAME);
    if (restores && oname != SG_NONE && !sg_flat_text_is(t, oname, "__init__") &&
        sg_proc_rules__restore(m, sg_flat_field(t, p, FIELD_RIGHT)))
      continue;
    if (++bindings > 1 || oname == SG_NONE || !sg_flat_text_is(t, oname, "__init__")) return false;
    *value = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_RIGHT));
    init = ofs;
  }
  if (*value == SG_NONE) return false;
  uint32_t r = t->kind[*value] == KIND_IDENTIFIER ? m->node_reference[*value] : SG_NONE;
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym != SG_NONE && (m->symbols.items[sym].flags & SYMBOL_PARAMETER) && m->symbols.items[sym].scope == init) {
    uint32_t at = sg_value_param_index(m, m->scopes.items[init].node, sym);
    if (at == 0) return false;  /* self */
    *param = sym;
    *index = at == SG_NONE ? SG_NONE : at - 1;
  }
  return true;
}

uint32_t sg_processes_instantiation_arg(const SemanticModel *m, uint32_t cls, uint32_t param, uint32_t index,
                                        uint32_t *cursor, uint32_t *call_out) {
  const FlatTree *t = m->tree;
  if (*cursor == SG_NONE) {
    uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
    uint32_t cb = cname == SG_NONE ? SG_NONE : m->node_binding[cname];
    uint32_t csym = cb == SG_NONE ? SG_NONE : m->bindings.items[cb].symbol;
    if (csym == SG_NONE || m->symbols.items[csym].binding_count != 1) return SG_NONE;
    *cursor = m->symbols.items[csym].first_reference;
  } else {
    *cursor = m->references.items[*cursor].next;
  }
  for (; *cursor != SG_NONE; *cursor = m->references.items[*cursor].next) {
    uint32_t use = m->references.items[*cursor].node, call = t->parent[use];
    if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) continue;
    uint32_t arg = sg_processes_argument_for(m, call, index, param);
    if (arg == SG_NONE) continue;
    *call_out = call;
    return arg;
  }
  return SG_NONE;
}

/* Is call `self.m(...)` a call of a method of the enclosing class (or a
 * same-file base) whose body yields: it returns a generator? */
static bool sg_proc_rules__generator_method(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
  if (obj == SG_NONE || name == SG_NONE || fs == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ||
      m->node_reference[obj] == SG_NONE || m->references.items[m->node_reference[obj]].symbol != sg_classes_self(m, fs))
    return false;
  uint32_t ms = sg_summaries_method(m, m->scopes.items[fs].parent, t->name_id[name]);
  if (ms == SG_NONE) return false;
  uint32_t body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++)
    if (t->kind[i] == KIND_YIELD && sg_model_function_scope(m, m->node_scope[i]) == ms) return true;
  return false;
}


/* `self.log = log if log is not None else open_log(name)` (`log or X()`)
 * in class scope cls, with log an `__init__` parameter: is it given by
 * some instantiation in the file? Then the fallback may not be made: not
 * known to be unpicklable. */
static bool sg_proc_rules__fallback_given(const SemanticModel *m, uint32_t cls, uint32_t e) {
  uint32_t sym = sg_summaries_fallback_param(m, e);
  if (sym == SG_NONE) return false;
  uint32_t at = sg_value_param_index(m, m->scopes.items[m->symbols.items[sym].scope].node, sym), cursor = SG_NONE, call;
  uint32_t index = at == SG_NONE || at == 0 ? SG_NONE : at - 1;
  return sg_processes_instantiation_arg(m, cls, sym, index, &cursor, &call) != SG_NONE;
}

static const char *sg_proc_rules__class_holds(const RuleContext *ctx, uint32_t class_def, int depth,
                                              uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t scope = m->node_own_scope[class_def];
  if (scope == SG_NONE || depth > SG_PROC_RULES__DEPTH) return NULL;
  /* the bases first: a custom pickling method there covers this class too
   * only when it is on the class itself (checked below) */
  const char *from_base = NULL;
  uint32_t supers = sg_flat_field(t, class_def, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && !from_base; b = sg_flat_next_named(t, b)) {
    const Binding *bb = t->kind[b] == KIND_IDENTIFIER ? sg_value_sole_binding(m, b) : NULL;
    if (bb && bb->kind == BINDING_KIND_CLASS && bb->context != class_def)
      from_base = sg_proc_rules__class_holds(ctx, bb->context, depth + 1, steps);
    else if (t->kind[b] == KIND_IDENTIFIER || t->kind[b] == KIND_ATTRIBUTE) {
      const ExportClass *ec = sg_summaries_external_class(ctx->summaries, m, b, NULL);
      if (ec && ec->unpicklable && !ec->unless)  /* (a fallback the subclass may not use: not known) */
        from_base = "an instance whose class keeps an unpicklable object on `self`";
    }
  }
  /* a class that says how to pickle itself */
  if (sg_classes_pickles_itself(m, scope)) return NULL;
  if (from_base) return from_base;
  uint32_t body = m->scopes.items[scope].body;
  uint32_t dummy;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, i, FIELD_LEFT);
    uint32_t obj = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_OBJECT) : SG_NONE;
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != NAME_SELF) continue;
    uint32_t right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    if (right == SG_NONE) continue;
    uint16_t rk = t->kind[right];
    /* `self.ordering = {"year": lambda p: ..., ...}[order_by]`: a value of the display */
    if (rk == KIND_SUBSCRIPT) {
      const char *inner = sg_proc_rules__argument(ctx, right, &dummy, depth + 1, steps);
      if (inner)
        return sg_processes_copied_as_is(inner)
                   ? "an instance whose class keeps a lambda or nested function on `self`"
                   : "an instance whose class keeps an unpicklable object on `self`";
      continue;
    }
    /* `self.convert = lambda c: ...`, `self.converters = {"temp": lambda c: ...}`
     * (pickle fails on them; deepcopy copies functions as they are) */
    if (rk == KIND_LAMBDA) return "an instance whose class keeps a lambda or nested function on `self`";
    if (rk == KIND_DICTIONARY || rk == KIND_LIST || rk == KIND_TUPLE) {
      for (uint32_t e = sg_flat_named_child(t, right); e != SG_NONE; e = sg_flat_next_named(t, e)) {
        uint32_t v = sg_flat_unparen(t, t->kind[e] == KIND_PAIR ? sg_flat_field(t, e, FIELD_VALUE) : e);
        const Binding *vb = v != SG_NONE && t->kind[v] == KIND_IDENTIFIER ? sg_value_sole_binding(m, v) : NULL;
        if (v != SG_NONE && (t->kind[v] == KIND_LAMBDA ||
                             (vb && vb->kind == BINDING_KIND_DEF &&
                              m->scopes.items[m->symbols.items[vb->symbol].scope].kind == SCOPE_FUNCTION)))
          return "an instance whose class keeps a lambda or nested function on `self`";
      }
      continue;
    }
    if ((rk == KIND_CALL || rk == KIND_BOOLEAN_OPERATOR || rk == KIND_CONDITIONAL_EXPRESSION) &&
        sg_proc_rules__argument(ctx, right, &dummy, depth + 1, steps) && !sg_proc_rules__fallback_given(m, scope, right))
      return "an instance whose class keeps an unpicklable object on `self`";
    /* `self.hosts = hosts` in __init__: what the file's instantiations pass */
    uint32_t value, param, index, cursor = SG_NONE, call;
    uint32_t aname = sg_flat_field(t, left, FIELD_ATTRIBUTE);
    if (rk == KIND_IDENTIFIER && aname != SG_NONE &&
        sg_processes_kept(m, scope, t->name_id[aname], &value, &param, &index) && param != SG_NONE && value == right)
      for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, scope, param, index, &cursor, &call)) != SG_NONE;)
        if (sg_proc_rules__argument(ctx, arg, &dummy, depth + 1, steps))
          return "an instance whose class keeps an unpicklable object on `self`";
  }
  /* a dataclass: its fields' defaults become each instance's attributes
   * (`stemmer: Callable = field(default=lambda w: w)`) */
  int field_index = -1;
  if (sg_classes_is_dataclass(t, class_def))
    for (uint32_t st = t->first_child[body]; body != SG_NONE && st != SG_NONE; st = t->next_sibling[st]) {
      uint32_t a = t->kind[st] == KIND_EXPRESSION_STATEMENT ? t->first_child[st] : SG_NONE;
      if (a == SG_NONE || t->kind[a] != KIND_ASSIGNMENT || sg_flat_field(t, a, FIELD_TYPE) == SG_NONE) continue;
      field_index++;
      uint32_t v = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_RIGHT));
      if (v == SG_NONE) {
        /* a field without a default: what the file's instantiations pass for
         * it (`RotationJob("bistro", policy)`: policy a dataclass whose
         * field default is a lambda) */
        uint32_t fname = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_LEFT));
        uint32_t cname = sg_flat_field(t, class_def, FIELD_NAME);
        uint32_t cb = cname == SG_NONE ? SG_NONE : m->node_binding[cname];
        uint32_t csym = cb == SG_NONE ? SG_NONE : m->bindings.items[cb].symbol;
        if (fname == SG_NONE || t->kind[fname] != KIND_IDENTIFIER || csym == SG_NONE || m->symbols.items[csym].binding_count != 1)
          continue;
        char kw[128];
        uint32_t klen;
        const char *ktext = sg_flat_text(t, fname, &klen);
        if (klen >= sizeof kw) continue;
        memcpy(kw, ktext, klen);
        kw[klen] = 0;
        for (uint32_t r = m->symbols.items[csym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
          uint32_t use = m->references.items[r].node, call = t->parent[use];
          if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) continue;
          uint32_t arg = sg_flat_call_arg(t, call, field_index, kw);
          const char *inner = arg == SG_NONE ? NULL : sg_proc_rules__argument(ctx, arg, &dummy, depth + 1, steps);
          if (inner)  /* (what deepcopy copies as it is stays named: a lambda, a function, a local class) */
            return sg_processes_copied_as_is(inner)
                       ? "an instance of a dataclass holding a lambda, a function or an instance of a class defined "
                         "inside a function"
                       : "an instance of a dataclass holding a value that cannot be pickled";
        }
        continue;
      }
      if (t->kind[v] == KIND_CALL && sg_resolve_is(m, sg_flat_field(t, v, FIELD_FUNCTION), "dataclasses.field")) {
        /* `field(default_factory=threading.Lock)`: each instance gets what it makes */
        uint32_t fac = sg_flat_unparen(t, sg_flat_call_arg(t, v, -1, "default_factory"));
        char fb[128];
        const char *fq = fac == SG_NONE ? NULL : sg_resolve_qualified(m, fac, fb, sizeof fb);
        if (fq && sg_stdlib_unpicklable(fq)) return "an instance of a dataclass whose field's default factory makes an object that cannot be pickled";
        v = sg_flat_call_arg(t, v, -1, "default");
      }
      const char *dwhy = v == SG_NONE ? NULL : sg_proc_rules__argument(ctx, v, &dummy, depth + 1, steps);
      if (dwhy)  /* (deepcopy copies a lambda default as it is: keep it named) */
        return sg_processes_copied_as_is(dwhy)
                   ? "an instance of a dataclass whose field default is a lambda or function that cannot be pickled"
                   : "an instance of a dataclass whose field default cannot be pickled";
    }
  return NULL;
}

/* Does callee (what a call calls) stand for a class defined inside a
 * function: its name there, a name or `self.<x>` bound to one, or what a
 * same-file function returns (`Record = make_record_type(fields)`)? */
/* Does pickle fail on instances of class_def, a class defined inside a
 * function? Not when it says how to pickle itself, derives from a class
 * of elsewhere (which may: an Enum, a NamedTuple's tuple), or the file
 * renames some class (`Local.__qualname__ = ...`, `__module__`). */
static bool sg_proc_rules__local_fails(const SemanticModel *m, uint32_t class_def) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_own_scope[class_def];
  if (scope == SG_NONE || sg_classes_pickles_itself(m, scope)) return false;
  uint32_t supers = sg_flat_field(t, class_def, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (t->kind[b] == KIND_IDENTIFIER && sg_flat_text_is(t, b, "object")) continue;
    const Binding *bb = t->kind[b] == KIND_IDENTIFIER ? sg_value_sole_binding(m, b) : NULL;
    if (!bb || bb->kind != BINDING_KIND_CLASS || sg_classes_pickles_itself(m, m->node_own_scope[bb->context]))
      return false;
  }
  static const char *const renames[] = {"__qualname__", "__module__", "__reduce__", "__reduce_ex__"};
  for (size_t k = 0; k < sizeof renames / sizeof *renames; k++) {
    uint32_t id = sg_names_find(&t->names, renames[k], (uint32_t)strlen(renames[k])), first, end;
    if (id == SG_NONE) continue;
    sg_model_attributes_named(m, id, &first, &end);
    for (uint32_t j = first; j < end; j++) {
      uint32_t a = m->attributes.items[2 * j + 1];
      if (t->parent[a] != SG_NONE && t->kind[t->parent[a]] == KIND_ASSIGNMENT && t->field[a] == FIELD_LEFT)
        return false;
    }
  }
  return true;
}

static bool sg_proc_rules__local_class(const SemanticModel *m, uint32_t callee, int depth, uint32_t *steps) {
  const FlatTree *t = m->tree;
  callee = sg_flat_unparen(t, callee);
  if (callee == SG_NONE || depth > 4 || ++*steps > SG_PROC_RULES__STEPS) return false;
  if (t->kind[callee] == KIND_IDENTIFIER) {
    const Binding *bd = sg_value_sole_binding(m, callee);
    if (!bd) return false;
    if (bd->kind == BINDING_KIND_CLASS) {
      uint32_t sc = m->symbols.items[bd->symbol].scope;
      return sc != 0 && m->scopes.items[sc].kind == SCOPE_FUNCTION && sg_proc_rules__local_fails(m, bd->context);
    }
    return bd->kind == BINDING_KIND_ASSIGNMENT && sg_proc_rules__local_class(m, bd->value, depth + 1, steps);
  }
  if (t->kind[callee] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, callee, FIELD_ATTRIBUTE);
    uint32_t fs = sg_model_function_scope(m, m->node_scope[callee]);
    uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, callee, FIELD_OBJECT));
    if (attr == SG_NONE || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS || obj == SG_NONE ||
        t->kind[obj] != KIND_IDENTIFIER || m->node_reference[obj] == SG_NONE ||
        m->references.items[m->node_reference[obj]].symbol != sg_classes_self(m, fs))
      return false;
    uint32_t value, param, index;
    if (!sg_processes_kept(m, cls, t->name_id[attr], &value, &param, &index)) return false;
    if (param == SG_NONE) return sg_proc_rules__local_class(m, value, depth + 1, steps);
    /* `self.booking_type = booking_type`: what the instantiations pass */
    uint32_t cursor = SG_NONE, call;
    for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, cls, param, index, &cursor, &call)) != SG_NONE;)
      if (sg_proc_rules__local_class(m, arg, depth + 1, steps)) return true;
    return false;
  }
  if (t->kind[callee] == KIND_CALL) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, callee, FIELD_FUNCTION));
    const Binding *bd = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
    if (!bd || bd->kind != BINDING_KIND_DEF) return false;
    uint32_t fs = m->node_own_scope[bd->context], cursor = 0;
    for (uint32_t v; fs != SG_NONE && (v = sg_model_next_return_value(m, fs, &cursor)) != SG_NONE;)
      if (sg_proc_rules__local_class(m, v, depth + 1, steps)) return true;
  }
  return false;
}

/* Is obj (the object of `obj.m(...)`) an instance of class scope cls:
 * `self` in one of its methods, `Cls(...)`, or a name bound once to that? */
static bool sg_proc_rules__instance_of(const SemanticModel *m, uint32_t obj, uint32_t cls) {
  return obj != SG_NONE && sg_classes_instance_class(m, obj) == cls;
}

/* The next same-file call that passes parameter psym of its function (a
 * module-level function called by name, or a method called on an
 * instance of its class), and the argument it passes; SG_NONE when no
 * more. *k starts at 0. */
static uint32_t sg_proc_rules__param_arg(const SemanticModel *m, uint32_t psym, uint32_t *k, uint32_t *call_out) {
  const FlatTree *t = m->tree;
  const Symbol *ps = &m->symbols.items[psym];
  if (!(ps->flags & SYMBOL_PARAMETER) || ps->binding_count != 1) return SG_NONE;
  const Scope *fsc = &m->scopes.items[ps->scope];
  if (fsc->kind != SCOPE_FUNCTION || fsc->parent == SG_NONE) return SG_NONE;
  uint32_t def = fsc->node, name = sg_flat_field(t, def, FIELD_NAME);
  if (name == SG_NONE) return SG_NONE;
  uint32_t index = sg_value_param_index(m, def, psym);
  bool method = m->scopes.items[fsc->parent].kind == SCOPE_CLASS;
  /* a staticmethod's parameters are its arguments; other methods' first is self/cls */
  bool bound = method;
  uint32_t dd = t->parent[def];
  for (uint32_t d = dd != SG_NONE && t->kind[dd] == KIND_DECORATED_DEFINITION ? t->first_child[dd] : SG_NONE;
       d != SG_NONE; d = t->next_sibling[d]) {
    uint32_t e = t->kind[d] == KIND_DECORATOR ? sg_flat_named_child(t, d) : SG_NONE;
    if (e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && sg_flat_text_is(t, e, "staticmethod")) bound = false;
  }
  if (bound) {
    if (index == 0) return SG_NONE;  /* self */
    if (index != SG_NONE) index--;
  } else if (!method && m->scopes.items[fsc->parent].kind != SCOPE_MODULE) {
    return SG_NONE;
  }
  uint32_t first, end;
  sg_model_calls_named(m, t->name_id[name], &first, &end);
  for (; first + *k < end; (*k)++) {
    uint32_t call = m->calls.items[2 * (first + *k) + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE) continue;
    if (method) {
      /* on an instance of its class, or on anything when no other class of
       * the file defines a method of that name (`book.save(record)`) */
      char lib[128];
      uint32_t recv = t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_OBJECT) : SG_NONE;
      if (recv == SG_NONE ||
          (!sg_proc_rules__instance_of(m, recv, fsc->parent) &&
           (sg_model_only_method(m, t->name_id[name]) != def || sg_concurrency_made_by(m, recv, lib, sizeof lib))))
        continue;
    } else {
      const Binding *bd = t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
      if (!bd || bd->kind != BINDING_KIND_DEF || bd->context != def) continue;
    }
    uint32_t arg = sg_processes_argument_for(m, call, index, psym);
    if (arg == SG_NONE) continue;
    (*k)++;
    *call_out = call;
    return arg;
  }
  return SG_NONE;
}

/* Why some item of iterable e cannot be pickled: each element of a
 * display, a comprehension's body, through a name bound once, a parameter
 * (what the file's calls pass), or what a same-file function returns. */
static const char *sg_proc_rules__items(const RuleContext *ctx, uint32_t e, uint32_t *made, int depth,
                                        uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || depth > SG_PROC_RULES__DEPTH || ++*steps > SG_PROC_RULES__STEPS) return NULL;
  switch (t->kind[e]) {
    case KIND_LIST_COMPREHENSION: case KIND_GENERATOR_EXPRESSION: case KIND_SET_COMPREHENSION:
      return sg_proc_rules__argument(ctx, sg_flat_field(t, e, FIELD_BODY), made, depth + 1, steps);
    case KIND_LIST: case KIND_TUPLE: case KIND_SET:
      for (uint32_t a = sg_flat_named_child(t, e); a != SG_NONE; a = sg_flat_next_named(t, a)) {
        if (t->kind[a] == KIND_COMMENT || t->kind[a] == KIND_LIST_SPLAT) continue;
        const char *why = sg_proc_rules__argument(ctx, a, made, depth + 1, steps);
        if (why) return why;
      }
      return NULL;
    case KIND_IDENTIFIER: {
      uint32_t r = m->node_reference[e];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym == SG_NONE) return NULL;
      const Binding *bd = sg_value_sole_binding(m, e);
      if (bd && bd->kind == BINDING_KIND_ASSIGNMENT) {
        const char *why = sg_proc_rules__items(ctx, bd->value, made, depth + 1, steps);
        if (why) return why;
        /* a list built by `name.append(x)` (add, insert, appendleft; extend: its items) */
        for (uint32_t u = m->symbols.items[sym].first_reference; u != SG_NONE; u = m->references.items[u].next) {
          uint32_t at = t->parent[m->references.items[u].node], call = at == SG_NONE ? SG_NONE : t->parent[at];
          if (at == SG_NONE || t->kind[at] != KIND_ATTRIBUTE || call == SG_NONE || t->kind[call] != KIND_CALL) continue;
          uint32_t name = sg_flat_field(t, at, FIELD_ATTRIBUTE);
          bool extend = name != SG_NONE && sg_flat_text_is(t, name, "extend");
          bool one = name != SG_NONE && (sg_flat_text_is(t, name, "append") || sg_flat_text_is(t, name, "add") ||
                                         sg_flat_text_is(t, name, "appendleft"));
          uint32_t arg = sg_flat_call_arg(t, call, 0, NULL);
          if (name != SG_NONE && sg_flat_text_is(t, name, "insert")) one = true, arg = sg_flat_call_arg(t, call, 1, NULL);
          if (arg == SG_NONE || !(one || extend)) continue;
          why = one ? sg_proc_rules__argument(ctx, arg, made, depth + 1, steps)
                    : sg_proc_rules__items(ctx, arg, made, depth + 1, steps);
          if (why) return why;
        }
        return NULL;
      }
      if (!(m->symbols.items[sym].flags & SYMBOL_PARAMETER)) return NULL;
      uint32_t k = 0, call;
      for (uint32_t arg; (arg = sg_proc_rules__param_arg(m, sym, &k, &call)) != SG_NONE;) {
        const char *why = sg_proc_rules__items(ctx, arg, made, depth + 1, steps);
        if (why) return why;
      }
      return NULL;
    }
    case KIND_ATTRIBUTE: {
      /* `self.stages`: what the class's methods put in it (`self.stages.append(fn)`,
       * `self.stages[k] = fn`), a parameter followed to what the file's calls pass */
      uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_OBJECT)), name = sg_flat_field(t, e, FIELD_ATTRIBUTE);
      uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
      uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
      if (obj == SG_NONE || name == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || cls == SG_NONE ||
          m->scopes.items[cls].kind != SCOPE_CLASS || m->node_reference[obj] == SG_NONE ||
          m->references.items[m->node_reference[obj]].symbol != sg_classes_self(m, fs))
        return NULL;
      uint32_t first, end;
      sg_model_attributes_named(m, t->name_id[name], &first, &end);
      for (uint32_t j = first; j < end; j++) {
        uint32_t a = m->attributes.items[2 * j + 1], p = t->parent[a];
        uint32_t afs = sg_model_function_scope(m, m->node_scope[a]);
        uint32_t ao = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_OBJECT));
        if (afs == SG_NONE || m->scopes.items[afs].parent != cls || ao == SG_NONE || t->kind[ao] != KIND_IDENTIFIER ||
            m->node_reference[ao] == SG_NONE || m->references.items[m->node_reference[ao]].symbol != sg_classes_self(m, afs) ||
            p == SG_NONE)
          continue;
        uint32_t v = SG_NONE;
        bool many = false;
        if (t->kind[p] == KIND_ATTRIBUTE && t->field[a] == FIELD_OBJECT && t->parent[p] != SG_NONE &&
            t->kind[t->parent[p]] == KIND_CALL) {
          uint32_t mname = sg_flat_field(t, p, FIELD_ATTRIBUTE), call = t->parent[p];
          if (mname != SG_NONE && (sg_flat_text_is(t, mname, "append") || sg_flat_text_is(t, mname, "add") ||
                                   sg_flat_text_is(t, mname, "appendleft")))
            v = sg_flat_call_arg(t, call, 0, NULL);
          else if (mname != SG_NONE && sg_flat_text_is(t, mname, "insert"))
            v = sg_flat_call_arg(t, call, 1, NULL);
          else if (mname != SG_NONE && sg_flat_text_is(t, mname, "extend"))
            v = sg_flat_call_arg(t, call, 0, NULL), many = true;
        } else if (t->kind[p] == KIND_SUBSCRIPT && t->field[a] == FIELD_VALUE && t->parent[p] != SG_NONE &&
                   t->kind[t->parent[p]] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT) {
          v = sg_flat_field(t, t->parent[p], FIELD_RIGHT);
        } else if (t->kind[p] == KIND_ASSIGNMENT && t->field[a] == FIELD_LEFT) {
          /* `self.steps = [TRANSFORMS[n] for n in names]`: its items */
          v = sg_flat_field(t, p, FIELD_RIGHT), many = true;
        }
        if (v == SG_NONE) continue;
        const char *why = many ? sg_proc_rules__items(ctx, v, made, depth + 1, steps)
                               : sg_proc_rules__argument(ctx, v, made, depth + 1, steps);
        if (why) return why;
      }
      return NULL;
    }
    case KIND_CALL: {
      /* what a same-file function (or a method through self) returns: its items */
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION)), fs = SG_NONE;
      if (fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER) {
        const Binding *bd = sg_value_sole_binding(m, fn);
        if (bd && bd->kind == BINDING_KIND_DEF) fs = m->node_own_scope[bd->context];
      } else if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
        uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        uint32_t at = sg_model_function_scope(m, m->node_scope[e]);
        if (obj != SG_NONE && name != SG_NONE && at != SG_NONE && t->kind[obj] == KIND_IDENTIFIER &&
            m->node_reference[obj] != SG_NONE && m->references.items[m->node_reference[obj]].symbol == sg_classes_self(m, at))
          fs = sg_summaries_method(m, m->scopes.items[at].parent, t->name_id[name]);
      }
      /* `parametrize(name, cases)(check)`: the function a same-file
       * factory returns, called */
      if (fn != SG_NONE && t->kind[fn] == KIND_CALL) {
        uint32_t ff = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_FUNCTION));
        const Binding *fb = ff != SG_NONE && t->kind[ff] == KIND_IDENTIFIER ? sg_value_sole_binding(m, ff) : NULL;
        uint32_t outer = fb && fb->kind == BINDING_KIND_DEF ? m->node_own_scope[fb->context] : SG_NONE;
        bool every;
        uint32_t inner = outer == SG_NONE ? SG_NONE : sg_value_returned_function(m, outer, &every);
        if (inner != SG_NONE) fs = m->node_own_scope[inner];
      }
      if (fs == SG_NONE || (m->scopes.items[fs].flags & SCOPE_FLAG_ASYNC)) return NULL;
      if (m->scopes.items[fs].flags & SCOPE_FLAG_GENERATOR) {
        /* a generator: its items are what it yields */
        uint32_t body = m->scopes.items[fs].body;
        for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
          uint16_t k = t->kind[i];
          if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
            i = t->subtree_end[i];
            continue;
          }
          if (k != KIND_YIELD) continue;
          uint32_t v = sg_flat_named_child(t, i);
          if (v == SG_NONE) continue;
          const char *why = sg_flat_has_token(t, i, "from") ? sg_proc_rules__items(ctx, v, made, depth + 1, steps)
                                                            : sg_proc_rules__argument(ctx, v, made, depth + 1, steps);
          if (why) return why;
        }
        return NULL;
      }
      uint32_t cursor = 0;
      for (uint32_t v; (v = sg_model_next_return_value(m, fs, &cursor)) != SG_NONE;) {
        const char *why = sg_proc_rules__items(ctx, v, made, depth + 1, steps);
        if (why) return why;
      }
      return NULL;
    }
    default:
      return NULL;
  }
}

/* Why what a same-file module-level function (not a generator) returns
 * cannot be pickled, on some `return`: `def add_column(...): class
 * AddColumn: ...; return AddColumn()`. */
static const char *sg_proc_rules__returned(const RuleContext *ctx, uint32_t call, uint32_t *made, int depth,
                                           uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION)), fs = SG_NONE;
  if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
    /* `self.scorer()`: a method of the class the call is made in */
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), name = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    uint32_t here = sg_model_function_scope(m, m->node_scope[call]);
    if (obj == SG_NONE || name == SG_NONE || here == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ||
        sg_model_node_symbol(m, obj) != sg_classes_self(m, here))
      return NULL;
    fs = sg_summaries_method(m, m->scopes.items[here].parent, t->name_id[name]);
  } else {
    const Binding *bd = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_value_sole_binding(m, fn) : NULL;
    if (!bd || bd->kind != BINDING_KIND_DEF || m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE)
      return NULL;
    fs = m->node_own_scope[bd->context];
  }
  if (fs == SG_NONE || (m->scopes.items[fs].flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC))) return NULL;
  uint32_t cursor = 0;
  for (uint32_t v; (v = sg_model_next_return_value(m, fs, &cursor)) != SG_NONE;) {
    const char *why = sg_proc_rules__argument(ctx, v, made, depth + 1, steps);
    if (why) return why;
  }
  return NULL;
}

const char *sg_processes_unpicklable_item(const RuleContext *ctx, uint32_t iterable, uint32_t *made) {
  uint32_t steps = 0;
  *made = SG_NONE;
  return sg_proc_rules__items(ctx, iterable, made, 0, &steps);
}

const char *sg_processes_unpicklable_argument(const RuleContext *ctx, uint32_t expr, uint32_t *made) {
  uint32_t steps = 0;
  return sg_proc_rules__argument(ctx, expr, made, 0, &steps);
}

bool sg_processes_copied_as_is(const char *why) {
  return why && (strstr(why, "lambda") || strstr(why, "function") || strstr(why, "class defined inside"));
}

const char *sg_processes_unpicklable_value(const RuleContext *ctx, uint32_t expr, uint32_t *made) {
  uint32_t steps = 0;
  return sg_proc_rules__argument(ctx, expr, made, 1, &steps);
}

static const char *sg_proc_rules__argument(const RuleContext *ctx, uint32_t expr, uint32_t *made, int depth,
                                           uint32_t *steps) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  expr = sg_flat_unparen(t, expr);
  *made = expr;
  if (expr == SG_NONE || depth > SG_PROC_RULES__DEPTH || ++*steps > SG_PROC_RULES__STEPS) return NULL;
  if (t->kind[expr] == KIND_LAMBDA) return "a lambda";
  if (t->kind[expr] == KIND_GENERATOR_EXPRESSION) return "a generator";
  /* `*self._task(c)`: the items of what is unpacked into the arguments
   * (what the method returns, item by item) */
  if (t->kind[expr] == KIND_LIST_SPLAT) {
    uint32_t inner = sg_flat_unparen(t, sg_flat_named_child(t, expr));
    if (inner == SG_NONE) return NULL;
    if (t->kind[inner] == KIND_CALL) {
      const char *why = sg_proc_rules__returned(ctx, inner, made, depth, steps);
      if (why) return why;
    }
    return sg_proc_rules__argument(ctx, inner, made, depth + 1, steps);
  }
  /* a tuple or list of arguments (`(self.analyzer, doc_id, text)` for
   * starmap): pickled item by item */
  if (t->kind[expr] == KIND_TUPLE || t->kind[expr] == KIND_LIST || t->kind[expr] == KIND_SET) {
    uint32_t inner;
    if (!sg_proc_rules__items(ctx, expr, &inner, depth, steps)) return NULL;
    *made = inner;
    return t->kind[expr] == KIND_TUPLE ? "a tuple with an unpicklable item (see where it was made)"
                                       : "a container with an unpicklable item (see where it was made)";
  }
  /* `analyzer or Analyzer()`, `a if c else b`: either */
  if (t->kind[expr] == KIND_BOOLEAN_OPERATOR || t->kind[expr] == KIND_CONDITIONAL_EXPRESSION) {
    for (uint32_t c = sg_flat_named_child(t, expr); c != SG_NONE; c = sg_flat_next_named(t, c)) {
      if (t->kind[expr] == KIND_CONDITIONAL_EXPRESSION && c != sg_flat_named_child(t, expr) &&
          sg_flat_next_named(t, c) != SG_NONE)
        continue;  /* the test */
      const char *why = sg_proc_rules__argument(ctx, c, made, depth + 1, steps);
      if (why) return why;
    }
    return NULL;
  }
  /* `TRANSFORMS[name]`: a value of a dict display bound once (the one under
   * a literal key, else any) */
  if (t->kind[expr] == KIND_SUBSCRIPT) {
    uint32_t d = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_VALUE));
    uint32_t key = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_SUBSCRIPT));
    /* `self.jobs[ticket]`: what the class's methods store in it */
    if (d != SG_NONE && t->kind[d] == KIND_ATTRIBUTE && key != SG_NONE && t->kind[key] != KIND_SLICE)
      return sg_proc_rules__items(ctx, d, made, depth + 1, steps);
    const Binding *db = d != SG_NONE && t->kind[d] == KIND_IDENTIFIER ? sg_value_sole_binding(m, d) : NULL;
    uint32_t dv = db && db->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, db->value) : SG_NONE;
    if (d != SG_NONE && t->kind[d] == KIND_DICTIONARY) dv = d;  /* `{"year": lambda p: ...}[order_by]` */
    if (dv == SG_NONE || t->kind[dv] != KIND_DICTIONARY || key == SG_NONE) return NULL;
    bool literal = t->kind[key] == KIND_STRING || t->kind[key] == KIND_INTEGER;
    for (uint32_t pr = sg_flat_named_child(t, dv); pr != SG_NONE; pr = sg_flat_next_named(t, pr)) {
      if (t->kind[pr] != KIND_PAIR) continue;
      uint32_t k = sg_flat_field(t, pr, FIELD_KEY), v = sg_flat_field(t, pr, FIELD_VALUE);
      if (literal && (k == SG_NONE || !sg_flat_same_text(t, k, key))) continue;
      const char *why = v == SG_NONE ? NULL : sg_proc_rules__argument(ctx, v, made, depth + 1, steps);
      if (why) return why;
    }
    return NULL;
  }
  char buf[128];
  const char *q = sg_concurrency_made_by(m, expr, buf, sizeof buf);
  const char *what = q ? sg_stdlib_unpicklable(q) : NULL;
  if (what) return what;
  /* functools.partial(f, lock): pickles what it holds */
  if (q && !strcmp(q, "functools.partial") && t->kind[expr] == KIND_CALL) {
    uint32_t al = sg_flat_field(t, expr, FIELD_ARGUMENTS);
    /* the function it wraps: pickled by name like a task (`partial(retime)`, retime
     * replaced by a decorator here or in the file it comes from) */
    uint32_t f0 = sg_flat_call_arg(t, expr, 0, NULL), fmade;
    if (f0 != SG_NONE && t->kind[f0] != KIND_KEYWORD_ARGUMENT && sg_processes_unpicklable_callable(ctx, f0, &fmade)) {
      *made = fmade != SG_NONE ? fmade : expr;
      return "a `functools.partial` of a function that cannot be pickled";
    }
    for (uint32_t a = sg_flat_named_child(t, al); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      uint32_t inner;
      if (v == SG_NONE || t->kind[v] == KIND_LIST_SPLAT || t->kind[v] == KIND_DICTIONARY_SPLAT) continue;
      if (sg_proc_rules__argument(ctx, v, &inner, depth + 1, steps)) {
        *made = expr;
        return "a `functools.partial` holding an argument that cannot be pickled";
      }
    }
    return NULL;
  }
  /* `self._pages()` where `_pages` is a generator method of the class */
  if (t->kind[expr] == KIND_CALL && sg_proc_rules__generator_method(m, expr)) return "a generator";
  /* a call of a same-file generator function, a nested function */
  ValueKind k = sg_value_of(m, expr);
  if (k == VALUE_GENERATOR) return "a generator";
  if (t->kind[expr] == KIND_IDENTIFIER) {
    /* `self` in a method: an instance of the enclosing class */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[expr]);
    uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    if (cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS && m->node_reference[expr] != SG_NONE &&
        m->references.items[m->node_reference[expr]].symbol != SG_NONE &&
        m->references.items[m->node_reference[expr]].symbol == sg_classes_self(m, fs))
      return sg_proc_rules__class_holds(ctx, m->scopes.items[cls].node, depth, steps);
    const Binding *bd = sg_value_sole_binding(m, expr);
    if (bd && bd->kind == BINDING_KIND_DEF && m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE)
      return "a nested function";
    /* `for job in jobs`: an item of what it iterates */
    if (bd && bd->kind == BINDING_KIND_FOR_TARGET && bd->context != SG_NONE &&
        sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_LEFT)) == bd->node)
      return sg_proc_rules__items(ctx, sg_flat_field(t, bd->context, FIELD_RIGHT), made, depth, steps);
    /* a parameter: what the file's calls pass for it */
    if (!bd || bd->kind == BINDING_KIND_PARAMETER) {
      uint32_t r = m->node_reference[expr];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym != SG_NONE && (m->symbols.items[sym].flags & SYMBOL_PARAMETER) &&
          m->symbols.items[sym].binding_count == 1) {
        uint32_t site = 0, call;
        for (uint32_t arg; (arg = sg_proc_rules__param_arg(m, sym, &site, &call)) != SG_NONE;) {
          const char *why = sg_proc_rules__argument(ctx, arg, made, depth + 1, steps);
          if (why) return why;
        }
        /* an `__init__` parameter: what the file's instantiations pass */
        uint32_t ps = m->symbols.items[sym].scope, pcls = m->scopes.items[ps].parent;
        uint32_t pname = sg_flat_field(t, m->scopes.items[ps].node, FIELD_NAME);
        uint32_t at = sg_value_param_index(m, m->scopes.items[ps].node, sym);
        if (pcls != SG_NONE && m->scopes.items[pcls].kind == SCOPE_CLASS && pname != SG_NONE &&
            t->name_id[pname] == NAME_DUNDER_INIT && at != SG_NONE && at > 0) {
          uint32_t cursor = SG_NONE;
          for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, pcls, sym, at - 1, &cursor, &call)) != SG_NONE;) {
            const char *why = sg_proc_rules__argument(ctx, arg, made, depth + 1, steps);
            if (why) return why;
          }
        }
        return NULL;
      }
    }
    /* x = Holder(): an instance of a class holding a lock */
    uint32_t v = bd ? sg_flat_unparen(t, bd->value) : SG_NONE;
    /* `record = HorseRecord(...)` then `record.feed_rule = lambda h: ...`:
     * an attribute the code that made it sets to something unpicklable; or
     * `quote.add_rule(code, lambda a: ...)`, a method that keeps what it is
     * handed on the object */
    if (bd && bd->kind == BINDING_KIND_ASSIGNMENT && v != SG_NONE && t->kind[v] == KIND_CALL) {
      uint32_t sym = bd->symbol;
      for (uint32_t r = m->symbols.items[sym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
        uint32_t use = m->references.items[r].node, at = t->parent[use], as = at == SG_NONE ? SG_NONE : t->parent[at];
        if (at != SG_NONE && t->kind[at] == KIND_ATTRIBUTE && t->field[use] == FIELD_OBJECT && as != SG_NONE &&
            t->kind[as] == KIND_CALL && t->field[at] == FIELD_FUNCTION && ctx->summaries) {
          uint32_t args = sg_flat_field(t, as, FIELD_ARGUMENTS);
          for (uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
            uint32_t av = sg_flat_unparen(t, t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a);
            if (av == SG_NONE || t->kind[av] != KIND_LAMBDA) continue;
            const ParamSummary *ps = sg_summaries_argument(ctx->summaries, m, as, a);
            if (!ps || !(ps->effects & (EFFECT_KEPT_ON_SELF | EFFECT_STORED))) continue;
            *made = av;
            return "an object a method of which keeps a lambda handed to it";
          }
          continue;
        }
        if (at == SG_NONE || t->kind[at] != KIND_ATTRIBUTE || t->field[use] != FIELD_OBJECT || as == SG_NONE ||
            t->kind[as] != KIND_ASSIGNMENT || t->field[at] != FIELD_LEFT)
          continue;
        uint32_t inner, set = sg_flat_unparen(t, sg_flat_field(t, as, FIELD_RIGHT));
        if (set == SG_NONE || (t->kind[set] != KIND_LAMBDA && t->kind[set] != KIND_CALL && t->kind[set] != KIND_IDENTIFIER &&
                               t->kind[set] != KIND_GENERATOR_EXPRESSION))
          continue;
        if (t->kind[set] == KIND_IDENTIFIER && sg_model_node_symbol(m, set) == sym) continue;  /* `x.me = x` */
        const char *why = sg_proc_rules__argument(ctx, set, &inner, depth + 1, steps);
        if (why) {
          *made = as;
          /* (what deepcopy copies as it is stays named: a lambda, a function, a local class) */
          return sg_processes_copied_as_is(why)
                     ? "an object with an attribute set to a lambda, a function or an instance of a class defined "
                       "inside a function"
                     : "an object with an attribute set to a value that cannot be pickled";
        }
      }
    }
    if (v != SG_NONE && t->kind[v] == KIND_GENERATOR_EXPRESSION) return "a generator";
    if (v != SG_NONE && t->kind[v] == KIND_LAMBDA) return "a lambda";
    if (v != SG_NONE && t->kind[v] == KIND_CALL) expr = v;
  }
  if (t->kind[expr] == KIND_ATTRIBUTE) {
    /* a bound method of such an instance; on `self`, only a method of the
     * class (`self._queue` is a value, not the instance) */
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, expr, FIELD_OBJECT));
    uint32_t attr = sg_flat_field(t, expr, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE) return NULL;
    uint32_t fs = sg_model_function_scope(m, m->node_scope[expr]);
    uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    if (t->kind[obj] == KIND_IDENTIFIER && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS &&
        m->node_reference[obj] != SG_NONE &&
        m->references.items[m->node_reference[obj]].symbol == sg_classes_self(m, fs) &&
        !sg_proc_rules__has_method(m, m->scopes.items[cls].node, t->name_id[attr], 0)) {
      /* `self.resizer` (a value on self) as the object of `self.resizer.resize`:
       * what the class's one `self.resizer = ...` makes, when it is an
       * instance (a call), or what the instantiations pass for it. (A task
       * `self.transform` itself is SNG601's: depth 0 is not followed.) */
      if (depth == 0) return NULL;
      uint32_t value, param, index, cursor = SG_NONE, call;
      if (!sg_processes_kept_restored(m, cls, t->name_id[attr], &value, &param, &index, true)) return NULL;
      /* `self.current = []`: what the class's methods put in it */
      if (param == SG_NONE && value != SG_NONE) {
        uint16_t vk = t->kind[sg_flat_unparen(t, value)];
        if (vk == KIND_LIST || vk == KIND_DICTIONARY || vk == KIND_SET) return sg_proc_rules__items(ctx, expr, made, depth + 1, steps);
      }
      if (param == SG_NONE) return sg_proc_rules__argument(ctx, value, made, depth + 1, steps);
      /* `self.resizer = resizer`: what the file's instantiations pass for it */
      for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, cls, param, index, &cursor, &call)) != SG_NONE;) {
        uint32_t inner;
        const char *why = sg_proc_rules__argument(ctx, arg, &inner, depth + 1, steps);
        if (why) return why;
      }
      return NULL;
    }
    /* `self.out_of_order`, a class attribute that is data: its value */
    if (t->kind[obj] == KIND_IDENTIFIER && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS &&
        m->node_reference[obj] != SG_NONE && m->references.items[m->node_reference[obj]].symbol == sg_classes_self(m, fs)) {
      uint32_t csym = sg_model_symbol(m, cls, t->name_id[attr]);
      const Binding *cb = csym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[csym].first_binding];
      if (cb && cb->kind != BINDING_KIND_DEF) {
        if (m->symbols.items[csym].binding_count != 1 || cb->kind != BINDING_KIND_ASSIGNMENT || cb->value == SG_NONE)
          return NULL;
        return sg_proc_rules__argument(ctx, cb->value, made, depth + 1, steps);
      }
    }
    /* `job.ticket` handed on (not a task): a bound method only when some
     * class of the file defines a method of that name */
    bool other = false;
    uint32_t def;
    if (depth > 0 && !sg_model_class_methods(m, t->name_id[attr], &def, 1, &other) && !other) {
      /* a value kept on an instance of a same-file class (`engine.options`,
       * engine = Engine()): what that class keeps there */
      uint32_t inst = sg_flat_unparen(t, obj);
      const Binding *ib = inst != SG_NONE && t->kind[inst] == KIND_IDENTIFIER ? sg_value_sole_binding(m, inst) : NULL;
      if (ib && ib->kind == BINDING_KIND_ASSIGNMENT) inst = sg_flat_unparen(t, ib->value);
      uint32_t ocls = inst != SG_NONE && t->kind[inst] == KIND_CALL ? sg_classes_instance_class(m, inst) : SG_NONE;
      uint32_t value, param, index;
      if (ocls == SG_NONE || !sg_processes_kept(m, ocls, t->name_id[attr], &value, &param, &index)) return NULL;
      if (param == SG_NONE) return sg_proc_rules__argument(ctx, value, made, depth + 1, steps);
      uint32_t arg = sg_processes_argument_for(m, inst, index, param);
      return arg == SG_NONE ? NULL : sg_proc_rules__argument(ctx, arg, made, depth + 1, steps);
    }
    return sg_proc_rules__argument(ctx, obj, made, depth + 1, steps);
  }
  if (t->kind[expr] == KIND_CALL) {
    uint32_t cls = sg_flat_field(t, expr, FIELD_FUNCTION);
    if (cls != SG_NONE && t->kind[cls] == KIND_IDENTIFIER) {
      const Binding *cb = sg_value_sole_binding(m, cls);
      /* a class defined inside a function: pickle finds classes by name */
      if (cb && cb->kind == BINDING_KIND_CLASS && m->symbols.items[cb->symbol].scope != 0 &&
          m->scopes.items[m->symbols.items[cb->symbol].scope].kind == SCOPE_FUNCTION) {
        if (!sg_proc_rules__local_fails(m, cb->context)) return NULL;
        return "an instance of a class defined inside a function (pickle looks classes up by name)";
      }
      if (cb && cb->kind == BINDING_KIND_CLASS) return sg_proc_rules__class_holds(ctx, cb->context, depth, steps);
    }
    if (cls != SG_NONE && sg_proc_rules__local_class(m, cls, 0, steps))
      return "an instance of a class defined inside a function (pickle looks classes up by name)";
    /* a class of another file of the program that keeps one on `self` */
    const ExportClass *ec = cls == SG_NONE ? NULL : sg_summaries_external_class(ctx->summaries, m, cls, NULL);
    /* (a fallback for a parameter this call gives is not made) */
    bool given = false;
    if (ec && ec->unpicklable && ec->unless) {
      uint32_t args = sg_flat_field(t, expr, FIELD_ARGUMENTS), positional = 0;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
        given |= t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT;
        positional += t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT;
      }
      given |= (ec->unless_index != UINT32_MAX && positional > ec->unless_index) ||
               sg_flat_call_arg(t, expr, -1, ec->unless) != SG_NONE;
    }
    if (ec && ec->unpicklable && !given)
      return "an instance whose class (in another file of the program) keeps an unpicklable object on `self`";
    /* what a same-file function returns */
    return sg_proc_rules__returned(ctx, expr, made, depth, steps);
  }
  return NULL;
}

/* Could argument v fail to pickle, by its shape alone (nothing read)? A
 * lambda or generator expression, a call's product, a nested function,
 * or an attribute of one of these (a bound method): not a literal, a
 * container display, a module-level function or a parameter. */
static bool sg_proc_rules__maybe_unpicklable(const SemanticModel *m, uint32_t v) {
  const FlatTree *t = m->tree;
  for (int depth = 0; depth < 8; depth++) {
    v = sg_flat_unparen(t, v);
    if (v == SG_NONE) return false;
    switch (t->kind[v]) {
      case KIND_LAMBDA: case KIND_GENERATOR_EXPRESSION:
        return true;
      case KIND_CALL: {
        /* what the call makes: a standard-library object that does not pickle
         * (or a partial holding one), an instance of a same-file class, what
         * a same-file function returns, an instance of an imported class
         * (by the naming convention: capitalized) */
        uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
        char buf[128];
        const char *q = sg_concurrency_made_by(m, v, buf, sizeof buf);
        if (q && (sg_stdlib_unpicklable(q) || !strcmp(q, "functools.partial"))) return true;
        if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) fn = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) return false;
        const Binding *bd = sg_value_sole_binding(m, fn);
        if (bd && (bd->kind == BINDING_KIND_CLASS || bd->kind == BINDING_KIND_DEF)) return true;
        uint32_t len;
        const char *name = sg_flat_text(t, fn, &len);
        return len && name[0] >= 'A' && name[0] <= 'Z';
      }
      case KIND_ATTRIBUTE: {
        uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_OBJECT)), a = sg_flat_field(t, v, FIELD_ATTRIBUTE);
        if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[obj] == NAME_SELF) {
          /* `self.m`, a method of the class (a bound method); `self.x` is a value */
          uint32_t fs = sg_model_function_scope(m, m->node_scope[v]);
          uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
          return a != SG_NONE && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS &&
                 sg_model_symbol(m, cls, t->name_id[a]) != SG_NONE;
        }
        v = obj;
        continue;
      }
      case KIND_IDENTIFIER: {
        const Binding *bd = sg_value_sole_binding(m, v);
        if (!bd) return false;
        /* a function imported from another file of the program, or a decorated one: maybe replaced by its decorator */
        if (sg_binding_is_import(bd)) return true;
        if (bd->kind == BINDING_KIND_DEF)
          return m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE ||
                 (t->parent[bd->context] != SG_NONE && t->kind[t->parent[bd->context]] == KIND_DECORATED_DEFINITION);
        if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return false;
        v = bd->value;
        continue;
      }
      default:
        return false;
    }
  }
  return false;
}

void sg_processes_sent_elsewhere(RuleContext *ctx, const char *(*why)(RuleContext *ctx, uint32_t arg),
                                 void (*fn)(RuleContext *ctx, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                            const char *why)) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->summaries || !ctx->summaries->imports) return;
  for (uint32_t k = 0; k + 1 < m->calls.len; k += 2) {
    uint32_t call = m->calls.items[k + 1];
    uint32_t callee = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
    if (callee == SG_NONE || args == SG_NONE || t->kind[args] != KIND_ARGUMENT_LIST) continue;
    int process = -1;  /* a file of the program that mentions a process API (unknown yet) */
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT || t->kind[a] == KIND_COMMENT) continue;
      uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      if (v == SG_NONE || !sg_proc_rules__maybe_unpicklable(m, v)) continue;
      /* cheapest first: the callee's file must mention a process API (its
       * bytes, read once per run) before it is parsed for its exports */
      if (process < 0)
        process = sg_summaries_in_program(ctx->summaries, m, callee) &&
                  (sg_summaries_mentions(ctx->summaries, m, callee, "ProcessPool") ||
                   sg_summaries_mentions(ctx->summaries, m, callee, "Pool(") ||
                   sg_summaries_mentions(ctx->summaries, m, callee, ".Process(") ||
                   sg_summaries_mentions(ctx->summaries, m, callee, "import Process"));
      if (!process) break;
      const ParamSummary *ps = sg_summaries_argument(ctx->summaries, m, call, a);
      if (!ps || !(ps->effects & EFFECT_SENT) || !ps->elsewhere) continue;
      ParamSummary copy = *ps;  /* the answer is valid until the next query */
      const char *w = why(ctx, v);  /* what fails to pickle (may read the files of its classes) */
      if (w) fn(ctx, call, v, &copy, w);
    }
  }
}

void sg_processes_report_elsewhere(RuleContext *ctx, RuleId rule, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                   const char *why) {
  const FlatTree *t = ctx->tree;
  uint32_t len;
  const char *text = sg_flat_text(t, arg, &len);
  char where[512];
  sg_project_display_path(ps->elsewhere->module, where, sizeof where);
  Diagnostic *d = sg_rule_report(ctx, rule, arg,
                                 "`%.*s%s` is %s, and `%s` (%s, line %u) sends it to a child process, which pickles "
                                 "it on the way: it cannot be pickled",
                                 (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why, ps->elsewhere->name,
                                 where, ps->elsewhere_line);
  sg_diag_related(d, t->start_byte[call], t->end_byte[call], "handed over here");
}
