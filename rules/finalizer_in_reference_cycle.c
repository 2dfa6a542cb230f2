/* SNG701 finalizer-in-reference-cycle. */
#include <stdio.h>
#include <string.h>

#include "analyses/resolve.h"
#include "analyses/stdlib.h"
#include "rules/finalizers.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_finalizer_in_reference_cycle = {
  .summary = "A class with `__del__` puts its own instances in a reference cycle",
  .what =
    "Reports a class that defines `__del__` (or inherits it from a same-file base, or from "
    "a class of another file of the program: then the report is on the class) and "
    "whose code — its own or a same-file base's or mixin's — stores on `self` something "
    "that leads back to `self`: `self` itself; a bound method of `self` (also inside a "
    "dict or list of handlers); a lambda, nested function or generator expression that "
    "reads `self`; a caught exception (its traceback holds the frame that holds `self`); "
    "a child object that points back (`child.parent = self` with the child kept on "
    "`self`, or a same-file class whose `__init__` keeps the `self` it is given); a "
    "generator or coroutine made by one of self's methods (its frame holds `self`); what "
    "a same-file helper or decorator returns when it keeps its argument (`self.fetch = "
    "retry(self._fetch)`); and a standard-library object built from one of these, from a "
    "table of what each call keeps (`threading.Thread(target=self.run)`, `Timer`, "
    "`functools.partial`/`lru_cache`/`wraps`, `types.MethodType(f, self)`, a lazy `map`, "
    "`ExitStack.callback(self.close)`, `future.add_done_callback(self.on_done)` on an "
    "object kept on `self`), or what a function of another file of the program returns when "
    "a closure it returns reads the argument (`self.log = journal.make_logger(self, p)`). A "
    "method the file defines decides for its own name: a `subscribe` storing "
    "`weakref.WeakMethod(m)` keeps nothing. A value that may be one of these counts: either "
    "branch of `a if c else b` or `a or b`, each item a list comprehension makes (`[String(self, "
    "n) for n in notes]`). Also one of these handed to a method of self — of the class, a "
    "same-file base, or a base from another file of the program — that keeps its argument "
    "on `self` by a statement every call runs (`self.on(\"flush\", self.write_out)` with "
    "`def on(self, event, h): self.handlers.setdefault(event, []).append(h)`, also into a "
    "container another method of self returns, or handed to a method of a same-file object kept "
    "on `self` that keeps it there: `self.events = Emitter()` then `self.events.on(\"segment\", "
    "lambda m: self._bill(m))`); and a same-file object given `self` that "
    "keeps it and whose method then adds the object to a container reached through it "
    "(`Connection(self, i).release()` with `self.pool.idle.append(self)`). And, outside the "
    "class, a callable that captures an object of such a class handed to a method of the "
    "object that keeps its argument on `self` (`conn.on_close(lambda: log(conn.peer))`, "
    "`conn` made by `Connection(...)` here or passed by the file's call for a helper's "
    "parameter): reported at that call.",
  .why =
    "Since Python 3.4 such cycles are collected, so this is not a leak. But the finalizer "
    "then runs only when the cyclic garbage collector gets to the cycle — maybe much later, "
    "maybe never before exit — in no particular order, possibly after the objects it "
    "needs were finalized. Code that relies on `__del__` to close or flush runs late or "
    "not at all.",
  .example =
    "class Connection:\n    def __init__(self):\n        self.on_close = self.close\n\n"
    "    def close(self):\n        pass\n\n    def __del__(self):\n        self.close()\n",
  .instead =
    "import weakref\n\nclass Connection:\n    def __init__(self):\n        self.on_close = weakref.WeakMethod(self.close)\n\n"
    "    def close(self):\n        pass\n\n    def __del__(self):\n        self.close()\n",
  .limits = "Cycles through objects of other files, or built by callers, are not seen. A value "
            "computed from `self` by a builtin (`id(self)`, `hash(self)`, `str(self)`, `len(self)`) "
            "or a `weakref` is not a reference to it. A container that is a class attribute never "
            "rebound per instance (`self.registry.append(self)` with `registry = []` in the class) "
            "keeps what it holds alive through the class, not through a cycle: not reported here. "
            "Holds that end by themselves are not reported: a callback handed to an event loop "
            "(`loop.call_soon(self.cb)`, tkinter's `after`), an item put on a queue, a thread "
            "the same function joins (it drops its target when it ends). A decorated method "
            "(`@staticmethod`, `@property`, ...) is not taken for a bound method.",
};

/* ---- shared with SNG702/SNG703 -------------------------------------------------------- */

uint32_t sg_finalizers_report_node(const SemanticModel *m, uint32_t del_scope) {
  uint32_t def = m->scopes.items[del_scope].node;
  uint32_t name = sg_flat_field(m->tree, def, FIELD_NAME);
  return name == SG_NONE ? def : name;
}

/* ---- SNG701 ---------------------------------------------------------------------------- */

/* What one class's check needs: the class, its same-file ancestors (for
 * methods defined in a subclass or a mixin) and a budget of steps, so
 * that the search through calls, returns and constructors stays linear in
 * the file however the code is shaped. */
typedef struct CycleCheck {
  const SemanticModel *m;
  const ClassSet *set;
  uint32_t cls;
  Array(uint32_t) mro;  /* cls first, then its same-file ancestors, each once */
  uint32_t budget;      /* steps left */
  const Summaries *sums;  /* for methods of bases in other files of the program; may be NULL */
} CycleCheck;

#define SG_CYCLE__DEPTH 6       /* calls, returns and containers followed */
#define SG_CYCLE__MRO_MAX 64    /* ancestors looked at */

/* The same-file class a base expression names (one class binding), or SG_NONE. */
static uint32_t sg_cycle__class_of(const SemanticModel *m, const ClassSet *set, uint32_t e) {
  const FlatTree *t = m->tree;
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t r = m->node_reference[e];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_CLASS) return SG_NONE;
  return sg_classes_of_node(set, bd->context);
}

/* cls and its same-file ancestors, breadth first (close to the MRO for the
 * method lookups here), each once, at most SG_CYCLE__MRO_MAX. */
static void sg_cycle__mro(CycleCheck *c) {
  const FlatTree *t = c->m->tree;
  c->mro.len = 0;
  array_push(&c->mro, c->cls);
  for (uint32_t k = 0; k < c->mro.len && c->mro.len < SG_CYCLE__MRO_MAX; k++) {
    uint32_t supers = sg_flat_field(t, c->set->classes.items[c->mro.items[k]].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && c->mro.len < SG_CYCLE__MRO_MAX;
         b = sg_flat_next_named(t, b)) {
      uint32_t base = sg_cycle__class_of(c->m, c->set, b);
      bool seen = base == SG_NONE;
      for (uint32_t j = 0; j < c->mro.len && !seen; j++) seen = c->mro.items[j] == base;
      if (!seen) array_push(&c->mro, base);
    }
  }
}

/* The method scope `name` (name id) of the checked class or an ancestor:
 * a plain def, whose `self.name` is a bound method (a decorated one may be
 * a staticmethod, a property, a classmethod: not bound to the instance). */
static uint32_t sg_cycle__method(const CycleCheck *c, uint32_t name) {
  const FlatTree *t = c->m->tree;
  for (uint32_t k = 0; k < c->mro.len; k++) {
    uint32_t sym = sg_model_symbol(c->m, c->set->classes.items[c->mro.items[k]].scope, name);
    if (sym == SG_NONE) continue;
    const Binding *bd = &c->m->bindings.items[c->m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_DEF || c->m->symbols.items[sym].binding_count != 1) return SG_NONE;
    uint32_t up = t->parent[bd->context];
    return up != SG_NONE && t->kind[up] == KIND_DECORATED_DEFINITION ? SG_NONE : c->m->node_own_scope[bd->context];
  }
  return SG_NONE;
}

static bool sg_cycle__is_self(const FlatTree *t, uint32_t e) {
  e = sg_flat_unparen(t, e);
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && t->name_id[e] == NAME_SELF;
}

/* Is e the value looked for: `self` (target SG_NONE), or a read of symbol target? */
static bool sg_cycle__is(const SemanticModel *m, uint32_t e, uint32_t target) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER) return false;
  if (target == SG_NONE) return t->name_id[e] == NAME_SELF;
  uint32_t r = m->node_reference[e];
  return r != SG_NONE && m->references.items[r].symbol == target;
}

/* Does the subtree of node read the value looked for — only as a free
 * variable (a closure cell) when free_only? */
static bool sg_cycle__reads(const SemanticModel *m, uint32_t node, uint32_t target, bool free_only) {
  const FlatTree *t = m->tree;
  for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER || !sg_cycle__is(m, i, target)) continue;
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE) continue;  /* a binding, not a read */
    if (!free_only || m->references.items[r].kind == REFERENCE_FREE) return true;
  }
  return false;
}

/* A call of a builtin that makes a new value out of its argument and keeps
 * no reference to it (`id(self)`, `hash(self)`, `str(self)`, `len(self)`):
 * what it returns does not lead back to the argument. */
static bool sg_cycle__value_of_call(const SemanticModel *m, uint32_t call) {
  static const char *const value_builtins[] = {
    "id", "hash", "str", "repr", "ascii", "len", "bool", "int", "float", "complex", "format",
    "type", "isinstance", "issubclass", "callable", "hasattr", "hex", "oct", "bin", "ord", "chr",
    "abs", "round", "divmod", "pow", "min", "max", "sum", "bytes", NULL,
  };
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return false;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    uint32_t r = m->node_reference[fn];
    if (r == SG_NONE || m->references.items[r].kind != REFERENCE_BUILTIN) return false;
    const char *name = sg_flat_name(t, fn);
    for (int k = 0; value_builtins[k]; k++)
      if (!strcmp(name, value_builtins[k])) return true;
    return false;
  }
  char buf[96];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  return q && !strncmp(q, "weakref.", 8);
}

/* The parameter symbol of function scope fs that receives argument arg of
 * a call (its position among the positional ones, or its keyword), first
 * skipping `skip` parameters (a bound method's self); SG_NONE if none. */
static uint32_t sg_cycle__param_for(const SemanticModel *m, uint32_t fs, uint32_t skip, uint32_t args, uint32_t arg) {
  const FlatTree *t = m->tree;
  uint32_t index = 0, keyword = SG_NONE;
  if (t->kind[arg] == KIND_KEYWORD_ARGUMENT) {
    uint32_t kw = sg_flat_field(t, arg, FIELD_NAME);
    if (kw == SG_NONE) return SG_NONE;
    keyword = t->name_id[kw];
  } else {
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && a != arg; a = sg_flat_next_named(t, a)) {
      if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) return SG_NONE;
      if (t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT) index++;
    }
  }
  uint32_t params = sg_flat_field(t, m->scopes.items[fs].node, FIELD_PARAMETERS);
  uint32_t id = sg_value_callee_param(t, params, skip, keyword == SG_NONE ? index : SG_NONE, keyword);
  uint32_t b = id == SG_NONE ? SG_NONE : m->node_binding[id];
  return b == SG_NONE ? SG_NONE : m->bindings.items[b].symbol;
}

/* What a call invokes, when this file shows it: a function or method
 * scope (bound: called on `self`, which its frame then holds), or a
 * same-file class. */
typedef struct Callee {
  uint32_t scope;  /* function scope, or SG_NONE */
  uint32_t cls;    /* class index, or SG_NONE */
  bool bound;
} Callee;

static bool sg_cycle__holds(CycleCheck *c, uint32_t v, uint32_t target, int depth, char *why, size_t cap);

/* The nested def a function returns by name (`return wrapper`), or SG_NONE. */
static uint32_t sg_cycle__returned_def(CycleCheck *c, uint32_t fs) {
  const SemanticModel *m = c->m;
  bool every;
  uint32_t made = sg_value_returned_function(m, fs, &every);
  uint32_t span = m->scopes.items[fs].body == SG_NONE ? 1 : m->tree->subtree_end[m->scopes.items[fs].body] - m->scopes.items[fs].body + 1;
  c->budget = c->budget > span ? c->budget - span : 0;
  return made == SG_NONE || m->tree->kind[made] != KIND_FUNCTION_DEFINITION ? SG_NONE : m->node_own_scope[made];
}

static Callee sg_cycle__callee(CycleCheck *c, uint32_t fn, int depth) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  Callee out = {SG_NONE, SG_NONE, false};
  fn = sg_flat_unparen(t, fn);
  if (fn == SG_NONE || depth > SG_CYCLE__DEPTH) return out;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    uint32_t r = m->node_reference[fn];
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return out;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind == BINDING_KIND_DEF) out.scope = m->node_own_scope[bd->context];
    else if (bd->kind == BINDING_KIND_CLASS) out.cls = sg_cycle__class_of(m, c->set, fn);
  } else if (t->kind[fn] == KIND_ATTRIBUTE && sg_cycle__is_self(t, sg_flat_field(t, fn, FIELD_OBJECT))) {
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    out.scope = attr == SG_NONE ? SG_NONE : sg_cycle__method(c, t->name_id[attr]);
    out.bound = out.scope != SG_NONE;
  } else if (t->kind[fn] == KIND_CALL) {
    /* a decorator factory applied: `retry(3)(f)` calls what `retry` returns */
    Callee inner = sg_cycle__callee(c, sg_flat_field(t, fn, FIELD_FUNCTION), depth + 1);
    if (inner.scope != SG_NONE) out.scope = sg_cycle__returned_def(c, inner.scope);
  }
  if (out.scope != SG_NONE && m->scopes.items[out.scope].kind != SCOPE_FUNCTION) out.scope = SG_NONE;
  return out;
}

/* Does method `name` (name id), found in a base from another file of the
 * program, keep argument `arg` of `call` on self on every call
 * (EFFECT_KEPT_ON_SELF in that file's exports)? Only the bases this file
 * names itself, one file far. */
static bool sg_cycle__external_keeps(CycleCheck *c, uint32_t name, uint32_t call, uint32_t arg) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  if (!c->sums || !c->sums->imports) return false;
  uint32_t index = 1, keyword = SG_NONE;  /* self counts */
  if (t->kind[arg] == KIND_KEYWORD_ARGUMENT) {
    uint32_t kw = sg_flat_field(t, arg, FIELD_NAME);
    if (kw == SG_NONE) return false;
    keyword = t->name_id[kw];
  } else {
    for (uint32_t a = sg_flat_named_child(t, sg_flat_field(t, call, FIELD_ARGUMENTS)); a != SG_NONE && a != arg;
         a = sg_flat_next_named(t, a)) {
      if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT || t->kind[a] == KIND_KEYWORD_ARGUMENT)
        return false;
      if (t->kind[a] != KIND_COMMENT) index++;
    }
  }
  const char *mname = sg_names_text(&t->names, name);
  for (uint32_t j = 0; j < c->mro.len; j++) {
    uint32_t supers = sg_flat_field(t, c->set->classes.items[c->mro.items[j]].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
      if ((t->kind[b] != KIND_IDENTIFIER && t->kind[b] != KIND_ATTRIBUTE) || sg_cycle__class_of(m, c->set, b) != SG_NONE ||
          !sg_summaries_in_program(c->sums, m, b))
        continue;
      const ModuleExports *module = NULL;
      const ExportClass *ec = sg_summaries_external_class(c->sums, m, b, &module);
      if (!ec || !module) continue;
      char full[512];
      int n = snprintf(full, sizeof full, "%s.%s", ec->name, mname);
      if (n <= 0 || (size_t)n >= sizeof full) continue;
      const ExportFunction *g = sg_exports_function(module, full, (size_t)n);
      for (uint32_t k = 0; g && !g->staticmethod && !g->classmethod && k < g->param_count; k++) {
        const ExportParam *ep = &g->params[k];
        bool match = keyword != SG_NONE ? !strcmp(ep->name, sg_names_text(&t->names, keyword)) : ep->index == index;
        if (match) return (ep->effects & EFFECT_KEPT_ON_SELF) != 0;
      }
    }
  }
  return false;
}

/* Does `__init__` (of class k or its ancestors) store parameter sym on the
 * object: `self.x = p`, `self.x = [p]`, `self.x.append(p)`,
 * `self.x[k].append(p)`? */
static bool sg_cycle__init_stores(CycleCheck *c, uint32_t init, uint32_t sym, int depth) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[init].body;
  char tmp[8];
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && c->budget; i++, c->budget--) {
    if (m->node_scope[i] != init) continue;
    if (t->kind[i] == KIND_ASSIGNMENT) {
      uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_field(t, i, FIELD_RIGHT);
      if (left != SG_NONE && right != SG_NONE && sg_summaries_self_container(c->sums, m, init, left) &&
          sg_cycle__holds(c, right, sym, depth + 1, tmp, sizeof tmp))
        return true;
    } else if (t->kind[i] == KIND_CALL) {
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (obj == SG_NONE || !sg_summaries_self_container(c->sums, m, init, obj) || attr == SG_NONE ||
          !sg_value_is_mutating_method(t->name_id[attr]))
        continue;
      uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
        if (sg_cycle__holds(c, a, sym, depth + 1, tmp, sizeof tmp)) return true;
    }
  }
  return false;
}

/* How a value found inside another reads in a message: "`self`", not
 * "`self` itself". */
static const char *sg_cycle__inner(const char *why) {
  return strcmp(why, "`self` itself") ? why : "`self`";
}

/* The short name to show for a call's callee: its last dotted part. */
static const char *sg_cycle__short(const char *q) {
  const char *dot = strrchr(q, '.');
  return dot ? dot + 1 : q;
}

/* Does an argument of call that entry e means (a position or keyword of
 * analyses/stdlib.def) hold the value looked for? */
static bool sg_cycle__meant_arg_holds(CycleCheck *c, uint32_t call, const StdEntry *e, uint32_t target, int depth,
                                      char *why, size_t cap) {
  const FlatTree *t = c->m->tree;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS), index = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    uint32_t value = a, len = 0;
    const char *kw = NULL;
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
      uint32_t name = sg_flat_field(t, a, FIELD_NAME);
      value = sg_flat_field(t, a, FIELD_VALUE);
      kw = name == SG_NONE ? "" : sg_flat_text(t, name, &len);
    } else if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) {
      break;
    }
    bool meant = sg_stdlib_means(e, index, kw, len);
    if (!kw) index++;
    if (meant && value != SG_NONE && sg_cycle__holds(c, value, target, depth, why, cap)) return true;
  }
  return false;
}

/* Does what call returns hold the value looked for? */
static bool sg_cycle__call_holds(CycleCheck *c, uint32_t call, uint32_t target, int depth, char *why, size_t cap) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  if (fn == SG_NONE || args == SG_NONE || sg_cycle__value_of_call(m, call)) return false;
  char inner[160], buf[96];
  /* the standard library: the object returned holds some of the arguments */
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  const StdEntry *e = q ? sg_stdlib_function(q) : NULL;
  if (!e && t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    uint32_t len;
    const char *name = attr == SG_NONE ? NULL : sg_flat_text(t, attr, &len);
    e = name ? sg_stdlib_method(name, len) : NULL;
    if (e && !(e->what & STD_HOLDS)) e = NULL;
  }
  if (e && (e->what & STD_HOLDS)) {
    if (!sg_cycle__meant_arg_holds(c, call, e, target, depth + 1, inner, sizeof inner)) return false;
    snprintf(why, cap, "a `%s` that holds %s", sg_cycle__short(e->name), sg_cycle__inner(inner));
    return true;
  }
  /* `functools.wraps(f)(g)`, `lru_cache(maxsize=32)(f)`: the decorated result */
  if (t->kind[fn] == KIND_CALL) {
    uint32_t dfn = sg_flat_field(t, fn, FIELD_FUNCTION);
    const char *dq = sg_resolve_qualified(m, dfn, buf, sizeof buf);
    const StdEntry *de = dq ? sg_stdlib_function(dq) : NULL;
    if (de && (de->what & STD_DECORATES)) {
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
        if (t->kind[a] != KIND_KEYWORD_ARGUMENT && sg_cycle__holds(c, a, target, depth + 1, inner, sizeof inner)) {
          snprintf(why, cap, "a function decorated by `%s` that holds %s", sg_cycle__short(de->name), sg_cycle__inner(inner));
          return true;
        }
      uint32_t dargs = sg_flat_field(t, fn, FIELD_ARGUMENTS), index = 0;
      for (uint32_t a = sg_flat_named_child(t, dargs); a != SG_NONE; a = sg_flat_next_named(t, a)) {
        if (t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) break;
        if (sg_stdlib_means(de, index++, NULL, 0) && sg_cycle__holds(c, a, target, depth + 1, inner, sizeof inner)) {
          snprintf(why, cap, "a function decorated by `%s` that holds %s", sg_cycle__short(de->name), sg_cycle__inner(inner));
          return true;
        }
      }
      return false;
    }
  }
  Callee callee = sg_cycle__callee(c, fn, depth);
  uint32_t len;
  const char *shown = sg_flat_text(t, fn, &len);
  int shown_len = len > 40 ? 40 : (int)len;
  if (callee.scope != SG_NONE) {
    const Scope *fs = &m->scopes.items[callee.scope];
    bool frame = fs->flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC);
    const char *what = fs->flags & SCOPE_FLAG_GENERATOR ? "generator" : "coroutine";
    /* the frame of a generator or coroutine holds its arguments (and a
     * bound method's self) from the call on */
    if (frame && callee.bound && target == SG_NONE) {
      snprintf(why, cap, "the %s `%.*s()` (its frame holds `self`)", what, shown_len, shown);
      return true;
    }
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t value = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      if (value == SG_NONE || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) continue;
      if (!sg_cycle__holds(c, value, target, depth + 1, inner, sizeof inner)) continue;
      if (frame) {
        snprintf(why, cap, "the %s `%.*s()`, whose frame holds %s", what, shown_len, shown, sg_cycle__inner(inner));
        return true;
      }
      /* a function that returns what holds the parameter it got */
      uint32_t param = sg_cycle__param_for(m, callee.scope, callee.bound ? 1 : 0, args, a);
      uint32_t body = fs->body;
      char tmp[8];
      for (uint32_t i = body; param != SG_NONE && body != SG_NONE && i <= t->subtree_end[body] && c->budget;
           i++, c->budget--)
        if (t->kind[i] == KIND_RETURN_STATEMENT && m->node_scope[i] == callee.scope &&
            sg_flat_named_child(t, i) != SG_NONE &&
            sg_cycle__holds(c, sg_flat_named_child(t, i), param, depth + 1, tmp, sizeof tmp)) {
          snprintf(why, cap, "what `%.*s()` returns, which holds %s", shown_len, shown, sg_cycle__inner(inner));
          return true;
        }
    }
    /* a method of self that returns something that holds self */
    if (callee.bound && target == SG_NONE) {
      uint32_t body = fs->body;
      for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && c->budget; i++, c->budget--)
        if (t->kind[i] == KIND_RETURN_STATEMENT && m->node_scope[i] == callee.scope &&
            sg_flat_named_child(t, i) != SG_NONE &&
            sg_cycle__holds(c, sg_flat_named_child(t, i), SG_NONE, depth + 1, inner, sizeof inner)) {
          snprintf(why, cap, "what `%.*s()` returns (%s)", shown_len, shown, inner);
          return true;
        }
    }
    return false;
  }
  if (callee.cls == SG_NONE && c->sums && sg_summaries_in_program(c->sums, m, fn)) {
    /* a function of another file of the program that returns what holds
     * the argument (a closure over it: `journal.make_logger(self, ...)`) */
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t value = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      if (value == SG_NONE || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) continue;
      if (!sg_cycle__holds(c, value, target, depth + 1, inner, sizeof inner)) continue;
      /* (the file says `return` of something nested: `def ` twice at least) */
      if (!sg_summaries_mentions(c->sums, m, fn, "    def ")) continue;
      const ParamSummary *ps = sg_summaries_argument(c->sums, m, call, value);
      if (!ps || ps->symbol != SG_NONE || !(ps->effects & EFFECT_RETURNED)) continue;
      snprintf(why, cap, "what `%.*s()` (another file of the program) returns, which holds %s", shown_len, shown,
               sg_cycle__inner(inner));
      return true;
    }
  }
  if (callee.cls != SG_NONE) {
    /* a same-file class whose `__init__` keeps an argument on the new object */
    const ClassInfo *ci = &c->set->classes.items[callee.cls];
    bool record = sg_classes_is_record(t, ci->node);
    uint32_t init = SG_NONE;
    for (uint32_t k = callee.cls, steps = 0; k != SG_NONE && init == SG_NONE && steps++ < SG_CYCLE__MRO_MAX;
         k = c->set->classes.items[k].base)
      init = sg_classes_method(m, &c->set->classes.items[k], "__init__");
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t value = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      if (value == SG_NONE || t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) continue;
      if (!sg_cycle__holds(c, value, target, depth + 1, inner, sizeof inner)) continue;
      uint32_t param = init == SG_NONE ? SG_NONE : sg_cycle__param_for(m, init, 1, args, a);
      if ((record && init == SG_NONE) || (param != SG_NONE && sg_cycle__init_stores(c, init, param, depth + 1))) {
        snprintf(why, cap, "a `%.*s` object that keeps %s", shown_len, shown, sg_cycle__inner(inner));
        return true;
      }
    }
  }
  return false;
}

/* Does value v hold (lead back to) the value looked for: `self` when
 * target is SG_NONE, else symbol target? Writes why. */
static bool sg_cycle__holds(CycleCheck *c, uint32_t v, uint32_t target, int depth, char *why, size_t cap) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  v = sg_flat_unparen(t, v);
  if (v == SG_NONE || depth > SG_CYCLE__DEPTH || !c->budget) return false;
  c->budget--;
  if (sg_cycle__is(m, v, target)) {
    snprintf(why, cap, target == SG_NONE ? "`self` itself" : "it");
    return true;
  }
  switch (t->kind[v]) {
    case KIND_ATTRIBUTE: {
      /* self.method: a bound method holds self */
      uint32_t attr = sg_flat_field(t, v, FIELD_ATTRIBUTE);
      if (target != SG_NONE || !sg_cycle__is_self(t, sg_flat_field(t, v, FIELD_OBJECT)) || attr == SG_NONE ||
          sg_cycle__method(c, t->name_id[attr]) == SG_NONE)
        return false;
      snprintf(why, cap, "a bound method of `self`");
      return true;
    }
    case KIND_LAMBDA:
      if (!sg_cycle__reads(m, v, target, false)) return false;
      snprintf(why, cap, target == SG_NONE ? "a lambda that captures `self`" : "a lambda that captures it");
      return true;
    case KIND_LIST_COMPREHENSION: case KIND_SET_COMPREHENSION: case KIND_DICTIONARY_COMPREHENSION: {
      /* `[PianoString(self, n) for n in notes]`: each element made here */
      uint32_t body = sg_flat_field(t, v, FIELD_BODY);
      if (body != SG_NONE && t->kind[body] == KIND_PAIR) body = sg_flat_field(t, body, FIELD_VALUE);
      char inner[160];
      if (body == SG_NONE || !sg_cycle__holds(c, body, target, depth + 1, inner, sizeof inner)) return false;
      snprintf(why, cap, "a list made item by item, each %s", sg_cycle__inner(inner));
      return true;
    }
    case KIND_CONDITIONAL_EXPRESSION: case KIND_BOOLEAN_OPERATOR:
      /* `self._a if classic else self._b`, `handler or self._default`: every
       * value it may take, the test aside */
      for (uint32_t b = sg_flat_named_child(t, v); b != SG_NONE; b = sg_flat_next_named(t, b))
        if (t->field[b] != FIELD_CONDITION && t->kind[b] != KIND_COMMENT && sg_cycle__holds(c, b, target, depth + 1, why, cap))
          return true;
      return false;
    case KIND_GENERATOR_EXPRESSION:
      /* its first iterable is evaluated at once; the rest runs lazily in
       * the generator's frame, which holds what it reads */
      if (!sg_cycle__reads(m, v, target, true)) return false;
      snprintf(why, cap, target == SG_NONE ? "a generator expression that reads `self`" : "a generator expression that reads it");
      return true;
    case KIND_LIST: case KIND_TUPLE: case KIND_SET: case KIND_DICTIONARY:
      for (uint32_t i = sg_flat_named_child(t, v); i != SG_NONE; i = sg_flat_next_named(t, i)) {
        uint32_t item = t->kind[i] == KIND_PAIR ? sg_flat_field(t, i, FIELD_VALUE) : i;
        if (item != SG_NONE && sg_cycle__holds(c, item, target, depth + 1, why, cap)) return true;
      }
      return false;
    case KIND_SUBSCRIPT: {
      /* `{"a": self._a, "b": self._b}[style]`: a value of the display */
      uint32_t d = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_VALUE));
      return d != SG_NONE && t->kind[d] == KIND_DICTIONARY && sg_cycle__holds(c, d, target, depth + 1, why, cap);
    }
    case KIND_CALL: {
      /* `{...}.get(style, self._default)`: a value of the display, or the default */
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
      uint32_t d = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
      uint32_t name = d != SG_NONE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
      if (d != SG_NONE && t->kind[d] == KIND_DICTIONARY && name != SG_NONE && sg_flat_text_is(t, name, "get")) {
        uint32_t dflt = sg_flat_call_arg(t, v, 1, NULL);
        return sg_cycle__holds(c, d, target, depth + 1, why, cap) ||
               (dflt != SG_NONE && sg_cycle__holds(c, dflt, target, depth + 1, why, cap));
      }
      return sg_cycle__call_holds(c, v, target, depth, why, cap);
    }
    case KIND_IDENTIFIER: {
      uint32_t r = m->node_reference[v];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym == SG_NONE) return false;
      const Symbol *s = &m->symbols.items[sym];
      for (uint32_t b = s->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        if (bd->kind == BINDING_KIND_EXCEPT_AS && target == SG_NONE) {
          snprintf(why, cap, "a caught exception (its traceback holds the frame that holds `self`)");
          return true;
        }
        if (bd->kind == BINDING_KIND_DEF) {
          uint32_t scope = m->node_own_scope[bd->context];
          uint32_t body = scope == SG_NONE ? SG_NONE : m->scopes.items[scope].body;
          if (body != SG_NONE && sg_cycle__reads(m, body, target, true)) {
            snprintf(why, cap, target == SG_NONE ? "a nested function that captures `self`" : "a nested function that captures it");
            return true;
          }
        }
      }
      /* a local name given one value: `t = Thread(target=self.run); self.t = t` */
      const Binding *only = &m->bindings.items[s->first_binding];
      if (s->binding_count == 1 && only->kind == BINDING_KIND_ASSIGNMENT && only->value != SG_NONE &&
          only->value != v && !(only->value <= v && v <= t->subtree_end[only->value]))
        return sg_cycle__holds(c, only->value, target, depth + 1, why, cap);
      return false;
    }
    default:
      return false;
  }
}

/* `self.X` where X is a class attribute no method rebinds per instance: one
 * container shared by the class. What goes in it is kept alive by the class
 * (a leak or a resurrection), not by a cycle through the instance. */
static bool sg_cycle__class_container(const CycleCheck *c, uint32_t x) {
  const FlatTree *t = c->m->tree;
  x = sg_flat_unparen(t, x);
  if (x == SG_NONE || t->kind[x] != KIND_ATTRIBUTE || !sg_cycle__is_self(t, sg_flat_field(t, x, FIELD_OBJECT)))
    return false;
  uint32_t attr = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  if (attr == SG_NONE) return false;
  uint32_t name = t->name_id[attr];
  bool in_class = false;
  for (uint32_t k = 0; k < c->mro.len; k++) {
    const ClassInfo *ci = &c->set->classes.items[c->mro.items[k]];
    for (uint32_t j = 0; j < ci->attributes.len; j++) in_class |= ci->attributes.items[j].name == name;
    for (uint32_t j = 0; j < ci->uses.len; j++)
      if (ci->uses.items[j].kind == SELF_USE_REBIND && ci->uses.items[j].name == name) return false;
  }
  return in_class;
}

/* `other.attr = self` where `other` is also kept on self. */
static bool sg_cycle__kept_on_self(const SemanticModel *m, uint32_t body, uint32_t other_sym) {
  const FlatTree *t = m->tree;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE || m->references.items[r].symbol != other_sym) continue;
    uint32_t p = t->parent[i];
    /* self.x = other, self.children.append(other), self.d[k] = other */
    if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_RIGHT) {
      uint32_t left = sg_flat_field(t, p, FIELD_LEFT);
      while (left != SG_NONE && (t->kind[left] == KIND_ATTRIBUTE || t->kind[left] == KIND_SUBSCRIPT))
        left = t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_OBJECT) : sg_flat_field(t, left, FIELD_VALUE);
      if (sg_cycle__is_self(t, left)) return true;
    }
    if (p != SG_NONE && t->kind[p] == KIND_ARGUMENT_LIST) {
      uint32_t call = t->parent[p];
      uint32_t fn = call == SG_NONE ? SG_NONE : sg_flat_field(t, call, FIELD_FUNCTION);
      uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_OBJECT) : SG_NONE;
      while (obj != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE) obj = sg_flat_field(t, obj, FIELD_OBJECT);
      if (sg_cycle__is_self(t, obj)) return true;
    }
  }
  return false;
}

/* Does `obj.<attr>(...)` store its arguments in obj: a mutating method of
 * the builtin containers, or a callback registry of the standard library? */
static const StdEntry *sg_cycle__storing_method(const FlatTree *t, uint32_t attr) {
  static const StdEntry all = {"", STD_STORES, STD_ALL, "*"};
  if (sg_value_is_mutating_method(t->name_id[attr])) return &all;
  uint32_t len;
  const char *name = sg_flat_text(t, attr, &len);
  const StdEntry *e = sg_stdlib_method(name, len);
  return e && (e->what & STD_STORES) ? e : NULL;
}

/* The first argument of call, among those entry e means, that holds self. */
static bool sg_cycle__stored_arg_holds(CycleCheck *c, uint32_t call, const StdEntry *e, char *why, size_t cap) {
  return sg_cycle__meant_arg_holds(c, call, e, SG_NONE, 0, why, cap);
}

/* `self.t = Thread(target=self.run)` (or through a local name) where the
 * same function joins the thread: it dropped its target when it ended,
 * so the cycle is gone by the time the function returns. */
static bool sg_cycle__joined_here(const CycleCheck *c, uint32_t assignment, uint32_t left, uint32_t right) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t value = sg_flat_unparen(t, right);
  const Binding *only = NULL;
  if (value != SG_NONE && t->kind[value] == KIND_IDENTIFIER && m->node_reference[value] != SG_NONE) {
    uint32_t sym = m->references.items[m->node_reference[value]].symbol;
    if (sym != SG_NONE && m->symbols.items[sym].binding_count == 1) {
      only = &m->bindings.items[m->symbols.items[sym].first_binding];
      if (only->kind == BINDING_KIND_ASSIGNMENT && only->value != SG_NONE) value = sg_flat_unparen(t, only->value);
    }
  }
  if (value == SG_NONE || t->kind[value] != KIND_CALL) return false;
  char buf[96];
  const char *q = sg_resolve_qualified(m, sg_flat_field(t, value, FIELD_FUNCTION), buf, sizeof buf);
  const StdEntry *e = q ? sg_stdlib_function(q) : NULL;
  if (!e || !(e->what & STD_UNTIL_RUN)) return false;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[assignment]);
  uint32_t body = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].body;
  uint32_t left_len, right_len;
  const char *left_text = sg_flat_text(t, left, &left_len), *right_text = sg_flat_text(t, right, &right_len);
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE || !sg_flat_text_is(t, sg_flat_field(t, fn, FIELD_ATTRIBUTE), "join"))
      continue;
    uint32_t len;
    const char *recv = sg_flat_text(t, sg_flat_field(t, fn, FIELD_OBJECT), &len);
    if ((len == left_len && !memcmp(recv, left_text, len)) || (len == right_len && !memcmp(recv, right_text, len)))
      return true;
  }
  return false;
}

/* The first place in class k's body (not `__del__`'s) that stores on
 * `self` something leading back to it; writes why. */
/* `Connection(self, i).release()` (or `conn = Connection(self, i)` then
 * `conn.release()`): a same-file class given `self`, whose `__init__` keeps
 * it as `self.<a>` and whose method then puts its own object into a
 * container reached through that attribute (`self.pool._idle.append(self)`):
 * the child is kept by the checked object and points back to it. */
/* `crate.load_onto(self)`: the file's one method of that name keeps its
 * parameter (self here) on its own object (`self.truck = truck`) and adds
 * that object to a container reached through the parameter
 * (`truck.crates.append(self)`): each holds the other. */
static bool sg_cycle__joins_given(CycleCheck *c, uint32_t call, uint32_t mname) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t def = sg_model_only_method(m, t->name_id[mname]);
  if (def == SG_NONE) return false;
  uint32_t method = m->node_own_scope[def], mself = method == SG_NONE ? SG_NONE : sg_classes_self(m, method);
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && mself != SG_NONE; a = sg_flat_next_named(t, a)) {
    uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
    if (v == SG_NONE || !sg_cycle__is_self(t, v)) continue;
    uint32_t psym = sg_cycle__param_for(m, method, 1, args, a);
    if (psym == SG_NONE) continue;
    bool kept = false, joined = false;
    uint32_t body = m->scopes.items[method].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && c->budget; i++, c->budget--) {
      if (m->node_scope[i] != method) continue;
      if (t->kind[i] == KIND_ASSIGNMENT) {
        /* `self.truck = truck` */
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
        uint32_t lo = left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT)) : SG_NONE;
        kept |= lo != SG_NONE && t->kind[lo] == KIND_IDENTIFIER && sg_model_node_symbol(m, lo) == mself && right != SG_NONE &&
                sg_cycle__is(m, right, psym);
      } else if (t->kind[i] == KIND_CALL) {
        /* `truck.crates.append(self)` */
        uint32_t f = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
        uint32_t fa = f != SG_NONE && t->kind[f] == KIND_ATTRIBUTE ? sg_flat_field(t, f, FIELD_ATTRIBUTE) : SG_NONE;
        if (fa == SG_NONE || !sg_value_is_mutating_method(t->name_id[fa])) continue;
        uint32_t e = sg_flat_unparen(t, sg_flat_field(t, f, FIELD_OBJECT));
        if (e == SG_NONE || t->kind[e] != KIND_ATTRIBUTE) continue;
        while (e != SG_NONE && (t->kind[e] == KIND_ATTRIBUTE || t->kind[e] == KIND_SUBSCRIPT))
          e = sg_flat_unparen(t, t->kind[e] == KIND_ATTRIBUTE ? sg_flat_field(t, e, FIELD_OBJECT) : sg_flat_field(t, e, FIELD_VALUE));
        bool gives = false;
        for (uint32_t b = sg_flat_named_child(t, sg_flat_field(t, i, FIELD_ARGUMENTS)); b != SG_NONE; b = sg_flat_next_named(t, b))
          gives |= t->kind[b] == KIND_IDENTIFIER && sg_model_node_symbol(m, b) == mself;
        joined |= gives && e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && sg_model_node_symbol(m, e) == psym;
      }
    }
    if (kept && joined) return true;
  }
  return false;
}

static bool sg_cycle__child_registers(CycleCheck *c, uint32_t call) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), mname = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (mname != SG_NONE && obj != SG_NONE && !sg_cycle__is_self(t, obj) && sg_cycle__joins_given(c, call, mname)) return true;
  if (obj != SG_NONE && t->kind[obj] == KIND_IDENTIFIER) {
    const Binding *bd = sg_value_sole_binding(m, obj);
    obj = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  }
  if (obj == SG_NONE || mname == SG_NONE || t->kind[obj] != KIND_CALL) return false;
  uint32_t k = sg_cycle__class_of(m, c->set, sg_flat_field(t, obj, FIELD_FUNCTION));
  if (k == SG_NONE) return false;
  const ClassInfo *ki = &c->set->classes.items[k];
  uint32_t init = sg_classes_method(m, ki, "__init__"), method = sg_classes_method(m, ki, sg_flat_name(t, mname));
  if (init == SG_NONE || method == SG_NONE) return false;
  uint32_t args = sg_flat_field(t, obj, FIELD_ARGUMENTS);
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
    if (v == SG_NONE || !sg_cycle__is_self(t, v)) continue;
    uint32_t psym = sg_cycle__param_for(m, init, 1, args, a);
    if (psym == SG_NONE) continue;
    /* the attribute __init__ keeps it in: `self.pool = pool` */
    uint32_t attr = SG_NONE, ibody = m->scopes.items[init].body;
    for (uint32_t i = ibody; ibody != SG_NONE && i <= t->subtree_end[ibody] && attr == SG_NONE; i++) {
      if (t->kind[i] != KIND_ASSIGNMENT || m->node_scope[i] != init) continue;
      uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
      if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE || !sg_cycle__is_self(t, sg_flat_field(t, left, FIELD_OBJECT)) ||
          right == SG_NONE || !sg_cycle__is(m, right, psym))
        continue;
      uint32_t an = sg_flat_field(t, left, FIELD_ATTRIBUTE);
      attr = an == SG_NONE ? SG_NONE : t->name_id[an];
    }
    if (attr == SG_NONE) continue;
    /* the method: `<self.attr ...>.append(self)`, `<self.attr ...>[k] = self` */
    uint32_t body = m->scopes.items[method].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && c->budget; i++, c->budget--) {
      if (m->node_scope[i] != method) continue;
      uint32_t container = SG_NONE;
      bool gives_self = false;
      if (t->kind[i] == KIND_CALL) {
        uint32_t f = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
        uint32_t fa = f != SG_NONE && t->kind[f] == KIND_ATTRIBUTE ? sg_flat_field(t, f, FIELD_ATTRIBUTE) : SG_NONE;
        if (fa == SG_NONE || !sg_value_is_mutating_method(t->name_id[fa])) continue;
        container = sg_flat_field(t, f, FIELD_OBJECT);
        for (uint32_t b = sg_flat_named_child(t, sg_flat_field(t, i, FIELD_ARGUMENTS)); b != SG_NONE; b = sg_flat_next_named(t, b))
          gives_self |= sg_cycle__is_self(t, b);
      } else if (t->kind[i] == KIND_ASSIGNMENT) {
        uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
        if (left == SG_NONE || t->kind[left] != KIND_SUBSCRIPT) continue;
        container = sg_flat_field(t, left, FIELD_VALUE);
        gives_self = sg_cycle__is_self(t, sg_flat_field(t, i, FIELD_RIGHT));
      }
      if (!gives_self || container == SG_NONE) continue;
      /* the container's chain starts at `self.<attr>` */
      uint32_t e = sg_flat_unparen(t, container), below = SG_NONE;
      while (e != SG_NONE && (t->kind[e] == KIND_ATTRIBUTE || t->kind[e] == KIND_SUBSCRIPT)) {
        below = e;
        e = sg_flat_unparen(t, t->kind[e] == KIND_ATTRIBUTE ? sg_flat_field(t, e, FIELD_OBJECT) : sg_flat_field(t, e, FIELD_VALUE));
      }
      if (e != SG_NONE && sg_cycle__is_self(t, e) && below != SG_NONE && t->kind[below] == KIND_ATTRIBUTE &&
          below != sg_flat_unparen(t, container) && t->name_id[sg_flat_field(t, below, FIELD_ATTRIBUTE)] == attr)
        return true;
    }
  }
  return false;
}

static uint32_t sg_cycle__scan(CycleCheck *c, uint32_t k, uint32_t del_body, char *why, size_t cap) {
  const SemanticModel *m = c->m;
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[c->set->classes.items[k].scope].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && c->budget; i++, c->budget--) {
    /* what `__del__` itself stores happens while finalizing (resurrection is SNG703's) */
    if (del_body != SG_NONE && i == del_body) {
      i = t->subtree_end[del_body];
      continue;
    }
    /* stores on self: self.x = V; self.x.append(V); self.x[k] = V */
    if (t->kind[i] == KIND_ASSIGNMENT) {
      uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_field(t, i, FIELD_RIGHT);
      if (left == SG_NONE || right == SG_NONE) continue;
      uint32_t base = left;
      while (base != SG_NONE && (t->kind[base] == KIND_ATTRIBUTE || t->kind[base] == KIND_SUBSCRIPT))
        base = t->kind[base] == KIND_ATTRIBUTE ? sg_flat_field(t, base, FIELD_OBJECT) : sg_flat_field(t, base, FIELD_VALUE);
      if (base == left) continue;
      if (sg_cycle__is_self(t, base)) {
        if (t->kind[left] == KIND_SUBSCRIPT && sg_cycle__class_container(c, sg_flat_field(t, left, FIELD_VALUE)))
          continue;
        if (sg_cycle__joined_here(c, i, left, right)) continue;
        if (sg_cycle__holds(c, right, SG_NONE, 0, why, cap)) return i;
      } else if (base != SG_NONE && t->kind[base] == KIND_IDENTIFIER && sg_cycle__is_self(t, right)) {
        /* child.parent = self, with child kept on self */
        uint32_t r = m->node_reference[base];
        uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
        if (sym != SG_NONE && sg_cycle__kept_on_self(m, body, sym)) {
          snprintf(why, cap, "an object kept on `self` that points back to it");
          return i;
        }
      }
    } else if (t->kind[i] == KIND_CALL) {
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (attr == SG_NONE) continue;
      /* Connection(self, i).release(), the child adding itself to our container */
      if (sg_cycle__child_registers(c, i)) {
        snprintf(why, cap, "an object given `self`, which it keeps (its own method adds it there),");
        return i;
      }
      /* self.on("flush", self.write_out), where the method `on` keeps its
       * argument on self (self.handlers[event].append(handler)) */
      if (sg_cycle__is_self(t, obj)) {
        uint32_t ms = sg_cycle__method(c, t->name_id[attr]);
        uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
        for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
          uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
          char inner[160];
          if (v == SG_NONE || sg_cycle__is_self(t, v) || !sg_cycle__holds(c, v, SG_NONE, 1, inner, sizeof inner)) continue;
          if (ms == SG_NONE) {
            /* a method of a base in another file of the program */
            if (!sg_cycle__external_keeps(c, t->name_id[attr], i, a)) continue;
          } else {
            /* the summaries' one test, as for a base in another file */
            const ParamSummary *ps = sg_summaries_param(c->sums, m, sg_cycle__param_for(m, ms, 1, args, a));
            if (!ps || !(ps->effects & EFFECT_KEPT_ON_SELF)) continue;
          }
          snprintf(why, cap, "%s (handed to `self.%s()`, which keeps it)", sg_cycle__inner(inner),
                   sg_flat_name(t, attr));
          return i;
        }
      }
      /* self.events.on("segment", lambda m: self._bill(m)), where `self.events =
       * Emitter()` (a same-file class) and `Emitter.on` keeps its argument on
       * the emitter: self -> emitter -> the callable -> self */
      {
        uint32_t held = sg_flat_unparen(t, obj);
        uint32_t hobj = held != SG_NONE && t->kind[held] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, held, FIELD_OBJECT)) : SG_NONE;
        uint32_t hattr = hobj != SG_NONE && sg_cycle__is_self(t, hobj) ? sg_flat_field(t, held, FIELD_ATTRIBUTE) : SG_NONE;
        uint32_t value, param, index;
        uint32_t cscope = c->set->classes.items[c->cls].scope;
        if (hattr != SG_NONE && c->sums && sg_processes_kept(m, cscope, t->name_id[hattr], &value, &param, &index) &&
            param == SG_NONE && value != SG_NONE && t->kind[value] == KIND_CALL) {
          uint32_t hc = sg_cycle__class_of(m, c->set, sg_flat_unparen(t, sg_flat_field(t, value, FIELD_FUNCTION)));
          uint32_t ms = hc == SG_NONE ? SG_NONE : sg_summaries_method(m, c->set->classes.items[hc].scope, t->name_id[attr]);
          uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
          for (uint32_t a = ms == SG_NONE ? SG_NONE : sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
            uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
            char inner[160];
            if (v == SG_NONE || !sg_cycle__holds(c, v, SG_NONE, 1, inner, sizeof inner)) continue;
            const ParamSummary *ps = sg_summaries_param(c->sums, m, sg_cycle__param_for(m, ms, 1, args, a));
            if (!ps || !(ps->effects & EFFECT_KEPT_ON_SELF)) continue;
            snprintf(why, cap, "%s (handed to `self.%s.%s()`, which keeps it on that object, kept on `self`)",
                     sg_cycle__inner(inner), sg_flat_name(t, hattr), sg_flat_name(t, attr));
            return i;
          }
        }
      }
      const StdEntry *stores = sg_cycle__storing_method(t, attr);
      bool mutating = sg_value_is_mutating_method(t->name_id[attr]);
      if (!stores) continue;
      /* a method the file defines (`notifier.subscribe(self.on_x)` with
       * `def subscribe(self, m): self._callbacks.append(weakref.WeakMethod(m))`):
       * what it does decides, not what such a name usually does */
      if (!mutating && c->sums) {
        uint32_t only = sg_model_only_method(m, t->name_id[attr]);
        if (only != SG_NONE) {
          uint32_t ms2 = m->node_own_scope[only], margs = sg_flat_field(t, i, FIELD_ARGUMENTS);
          bool keeps = false;
          for (uint32_t a = sg_flat_named_child(t, margs); a != SG_NONE && !keeps; a = sg_flat_next_named(t, a)) {
            const ParamSummary *ps = sg_summaries_param(c->sums, m, sg_cycle__param_for(m, ms2, 1, margs, a));
            keeps = ps && (ps->effects & (EFFECT_KEPT_ON_SELF | EFFECT_STORED));
          }
          if (!keeps) continue;
        }
      }
      uint32_t base = obj;
      while (base != SG_NONE && (t->kind[base] == KIND_ATTRIBUTE || t->kind[base] == KIND_SUBSCRIPT))
        base = t->kind[base] == KIND_ATTRIBUTE ? sg_flat_field(t, base, FIELD_OBJECT) : sg_flat_field(t, base, FIELD_VALUE);
      uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
      /* bus.listeners.append(self), stack.callback(self.close): `bus`, `stack` kept on self */
      if (base != SG_NONE && t->kind[base] == KIND_IDENTIFIER && !sg_cycle__is_self(t, base)) {
        uint32_t r = m->node_reference[base];
        uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
        if (sym == SG_NONE || !sg_cycle__kept_on_self(m, body, sym)) continue;
        bool gives_self = false;
        for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
          gives_self |= sg_cycle__is_self(t, a);
        if (mutating && gives_self) {
          snprintf(why, cap, "an object kept on `self` that is given `self` (it registers itself there)");
          return i;
        }
        char inner[160];
        if (sg_cycle__stored_arg_holds(c, i, stores, inner, sizeof inner)) {
          snprintf(why, cap, "an object kept on `self` that stores %s", sg_cycle__inner(inner));
          return i;
        }
        continue;
      }
      if (!sg_cycle__is_self(t, base) || sg_cycle__class_container(c, obj)) continue;
      /* self.x.append(V), self._stack.callback(self.close), self._fut.add_done_callback(self.on_done) */
      if (base != obj && sg_cycle__stored_arg_holds(c, i, stores, why, cap)) return i;
      /* self.children.append(Child(self)) */
      if (base == obj || !mutating) continue;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
        if (t->kind[a] != KIND_CALL || sg_cycle__value_of_call(m, a)) continue;
        for (uint32_t b = sg_flat_named_child(t, sg_flat_field(t, a, FIELD_ARGUMENTS)); b != SG_NONE; b = sg_flat_next_named(t, b))
          if (sg_cycle__is_self(t, b)) {
            snprintf(why, cap, "an object kept on `self` that is given `self` (a back-reference)");
            return i;
          }
      }
    }
  }
  return SG_NONE;
}

/* Has a class of the mro a base (not one of this file's) from another file
 * of the program? (Nothing is read yet.) */
static bool sg_cycle__base_elsewhere(const RuleContext *ctx, const CycleCheck *c) {
  const FlatTree *t = ctx->tree;
  if (!ctx->summaries || !ctx->summaries->imports) return false;
  for (uint32_t j = 0; j < c->mro.len; j++) {
    uint32_t supers = sg_flat_field(t, c->set->classes.items[c->mro.items[j]].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
      if ((t->kind[b] == KIND_IDENTIFIER || t->kind[b] == KIND_ATTRIBUTE) &&
          sg_cycle__class_of(c->m, c->set, b) == SG_NONE &&
          sg_summaries_mentions(ctx->summaries, ctx->model, b, "__del__"))
        return true;
  }
  return false;
}

/* A base of a class of the mro (not one of this file's) that is a class of
 * another file of the program with a `__del__`: that class, the module it
 * is in, and the base expression; NULL when none. */
static const ExportClass *sg_cycle__finalizer_elsewhere(const RuleContext *ctx, const CycleCheck *c,
                                                        const ModuleExports **module, uint32_t *base) {
  const FlatTree *t = ctx->tree;
  if (!ctx->summaries || !ctx->summaries->imports) return NULL;
  for (uint32_t j = 0; j < c->mro.len; j++) {
    uint32_t supers = sg_flat_field(t, c->set->classes.items[c->mro.items[j]].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
      if (t->kind[b] != KIND_IDENTIFIER && t->kind[b] != KIND_ATTRIBUTE) continue;
      if (sg_cycle__class_of(c->m, c->set, b) != SG_NONE ||
          !sg_summaries_mentions(ctx->summaries, ctx->model, b, "__del__"))
        continue;
      const ExportClass *ec = sg_summaries_external_class(ctx->summaries, ctx->model, b, module);
      if (ec && ec->finalizer) {
        *base = b;
        return ec;
      }
    }
  }
  return NULL;
}

/* The same-file class of the object a name holds: `conn = Connection(...)`,
 * or a parameter of a module-level function the file's call fills with
 * such a name (through a method's parameter: not followed). */
static uint32_t sg_cycle__object_class(const SemanticModel *m, const ClassSet *set, uint32_t name) {
  const FlatTree *t = m->tree;
  const Binding *bd = sg_value_assigned_once(m, name);
  if (bd && bd->kind == BINDING_KIND_PARAMETER) {
    uint32_t passed = sg_summaries_passed_name(m, bd);
    bd = passed == SG_NONE ? NULL : sg_value_assigned_once(m, passed);
  }
  uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  if (v == SG_NONE || t->kind[v] != KIND_CALL) return SG_NONE;
  return sg_cycle__class_of(m, set, sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)));
}

/* Outside the class: `conn.on_close(lambda: log(conn.peer))`, a callable
 * that holds the object handed to a method of the object's class that
 * keeps its argument on `self`. The object then holds itself. Reported at
 * the call, once per `__del__`. */
static void sg_cycle__handed_back(RuleContext *ctx, CycleCheck *c, uint8_t *reported) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  /* only in a file that defines `__del__` somewhere: the walk below is then worth it */
  bool finalizer = false;
  for (uint32_t k = 0; k < set->classes.len && !finalizer; k++)
    finalizer = sg_classes_method(m, &set->classes.items[k], "__del__") != SG_NONE;
  for (uint32_t i = 0; finalizer && i < t->count && c->budget; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
    uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)) : SG_NONE;
    uint32_t attr = obj != SG_NONE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : SG_NONE;
    if (attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] == NAME_SELF) continue;
    uint32_t osym = sg_model_node_symbol(m, obj);
    if (osym == SG_NONE) continue;
    uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
    bool lambda = false;
    for (uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t v = sg_flat_unparen(t, t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a);
      lambda |= v != SG_NONE && (t->kind[v] == KIND_LAMBDA || t->kind[v] == KIND_IDENTIFIER);
    }
    if (!lambda) continue;
    uint32_t k = sg_cycle__object_class(m, set, obj);
    if (k == SG_NONE) continue;
    c->cls = k;
    sg_cycle__mro(c);
    uint32_t del = SG_NONE;
    for (uint32_t j = 0; j < c->mro.len && del == SG_NONE; j++)
      del = sg_classes_method(m, &set->classes.items[c->mro.items[j]], "__del__");
    uint32_t ms = del == SG_NONE || reported[del] ? SG_NONE : sg_cycle__method(c, t->name_id[attr]);
    if (ms == SG_NONE) continue;
    for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
      char inner[160];
      if (v == SG_NONE || sg_cycle__is(m, v, osym) || !sg_cycle__holds(c, v, osym, 1, inner, sizeof inner)) continue;
      const ParamSummary *ps = sg_summaries_param(c->sums, m, sg_cycle__param_for(m, ms, 1, args, a));
      if (!ps || !(ps->effects & EFFECT_KEPT_ON_SELF)) continue;
      uint32_t cname = sg_flat_field(t, set->classes.items[k].node, FIELD_NAME);
      const char *cn = cname == SG_NONE ? "?" : sg_flat_name(t, cname), *on = sg_flat_name(t, obj);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_finalizer_in_reference_cycle, i,
          "`%s.%s()` keeps what it is given on `%s`, and this is %s (`%s`): the `%s` then holds itself, a "
          "reference cycle, so its `__del__` runs only when the cyclic garbage collector gets to it — late, "
          "in no particular order, maybe never before exit; pass a `weakref` or what the callback needs, not `%s`",
          on, sg_flat_name(t, attr), on, sg_cycle__inner(inner), on, cn, on);
      uint32_t dn = sg_finalizers_report_node(m, del);
      sg_diag_related(d, t->start_byte[dn], t->end_byte[dn], "`%s.__del__`", cn);
      reported[del] = 1;
      break;
    }
  }
}

/* The `__del__` scope of the same-file class whose instance identifier e
 * names (its own, or a same-file ancestor's), or SG_NONE. */
static uint32_t sg_cycle__instance_del(CycleCheck *c, uint32_t e) {
  uint32_t cls = sg_classes_instance_class(c->m, e);
  uint32_t k = cls == SG_NONE ? SG_NONE : sg_classes_of_node(c->set, c->m->scopes.items[cls].node);
  if (k == SG_NONE) return SG_NONE;
  c->cls = k;
  sg_cycle__mro(c);
  uint32_t del = SG_NONE;
  for (uint32_t j = 0; j < c->mro.len && del == SG_NONE; j++)
    del = sg_classes_method(c->m, &c->set->classes.items[c->mro.items[j]], "__del__");
  return del;
}

/* One `holder.attr = held` link between two names of one scope. */
typedef struct CycleLink { uint32_t holder, held, stmt; } CycleLink;

/* Cycles closed outside the class, between named instances of same-file
 * classes, by plain stores in one function or in the module's code:
 * `r.next = r`, `a.other, b.other = b, a`, `a.peer = b` ... `b.peer = a`.
 * Reported at the `__del__` of a class in the cycle, once. */
static void sg_cycle__linked_outside(RuleContext *ctx, CycleCheck *c, uint8_t *reported) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  Array(CycleLink) links = {0};
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    uint32_t right = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_RIGHT));
    if (left == SG_NONE || right == SG_NONE) continue;
    /* pair the targets with the values: one, or a tuple of each */
    bool tuple = (t->kind[left] == KIND_PATTERN_LIST || t->kind[left] == KIND_TUPLE_PATTERN ||
                  t->kind[left] == KIND_TUPLE) &&
                 (t->kind[right] == KIND_EXPRESSION_LIST || t->kind[right] == KIND_TUPLE);
    uint32_t l = tuple ? sg_flat_named_child(t, left) : left, r = tuple ? sg_flat_named_child(t, right) : right;
    for (; l != SG_NONE && r != SG_NONE; l = tuple ? sg_flat_next_named(t, l) : SG_NONE,
                                         r = tuple ? sg_flat_next_named(t, r) : SG_NONE) {
      if (t->kind[l] != KIND_ATTRIBUTE || t->kind[r] != KIND_IDENTIFIER) continue;
      uint32_t obj = sg_flat_field(t, l, FIELD_OBJECT);
      if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] == NAME_SELF ||
          t->name_id[r] == NAME_SELF)
        continue;
      uint32_t hs = sg_model_node_symbol(m, obj), vs = sg_model_node_symbol(m, r);
      if (hs == SG_NONE || vs == SG_NONE) continue;
      array_push(&links, ((CycleLink){hs, vs, i}));
    }
  }
  for (uint32_t a = 0; a < links.len && c->budget; a++) {
    const CycleLink *x = &links.items[a];
    uint32_t closing = SG_NONE;
    if (x->holder == x->held) closing = a;
    for (uint32_t b = 0; b < links.len && closing == SG_NONE; b++)
      if (links.items[b].holder == x->held && links.items[b].held == x->holder) closing = b;
    if (closing == SG_NONE) continue;
    /* the instances: names bound once to a same-file class's call */
    uint32_t hn = SG_NONE, vn = SG_NONE;
    uint32_t st = x->stmt;
    for (uint32_t i = st; i <= t->subtree_end[st]; i++) {
      if (t->kind[i] != KIND_IDENTIFIER) continue;
      uint32_t y = sg_model_node_symbol(m, i);
      if (y == x->holder && hn == SG_NONE && m->node_reference[i] != SG_NONE) hn = i;
      if (y == x->held && vn == SG_NONE && m->node_reference[i] != SG_NONE) vn = i;
    }
    if (hn == SG_NONE || vn == SG_NONE) continue;
    uint32_t del = sg_cycle__instance_del(c, hn);
    if (del == SG_NONE) del = sg_cycle__instance_del(c, vn);
    if (del == SG_NONE || reported[del]) continue;
    uint32_t hclass = sg_classes_instance_class(m, hn), vclass = sg_classes_instance_class(m, vn);
    if (hclass == SG_NONE || vclass == SG_NONE) continue;
    reported[del] = 1;
    uint32_t w = links.items[closing].stmt;
    uint32_t line = sg_source_line_of(ctx->source, t->start_byte[x->stmt]) + 1;
    uint32_t line2 = sg_source_line_of(ctx->source, t->start_byte[w]) + 1;
    const char *hname = sg_names_text(&t->names, m->symbols.items[x->holder].name);
    const char *vname = sg_names_text(&t->names, m->symbols.items[x->held].name);
    Diagnostic *d;
    if (closing == a)
      d = sg_rule_report(ctx, RULE_finalizer_in_reference_cycle, sg_finalizers_report_node(m, del),
                         "an instance of this class is in a reference cycle with itself (line %u stores `%s` on "
                         "itself), so `__del__` runs only when the cyclic garbage collector gets to it — late, "
                         "maybe never before exit; use `weakref` (ref, WeakMethod) or `weakref.finalize`",
                         line, hname);
    else
      d = sg_rule_report(ctx, RULE_finalizer_in_reference_cycle, sg_finalizers_report_node(m, del),
                         "instances of this class are in a reference cycle (line %u stores `%s` on `%s`, line %u "
                         "`%s` on `%s`), so `__del__` runs only when the cyclic garbage collector gets to them — "
                         "late, in no particular order, maybe never before exit; use `weakref` (ref, WeakMethod) "
                         "or `weakref.finalize`",
                         line, vname, hname, line2, hname, vname);
    sg_diag_related(d, t->start_byte[x->stmt], t->end_byte[x->stmt], "the cycle is made here");
    if (closing != a) sg_diag_related(d, t->start_byte[w], t->end_byte[w], "and closed here");
  }
  array_free(&links);
}

void sg_rule_finalizer_in_reference_cycle(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  /* one report per `__del__` (subclasses share it) */
  uint8_t *reported = sg_calloc(m->scopes.len ? m->scopes.len : 1, 1);
  /* a linear budget for the whole file: every class's search together */
  CycleCheck c = {.m = m, .set = set, .budget = 32u * t->count + 100000u, .sums = ctx->summaries};
  for (uint32_t k = 0; k < set->classes.len && c.budget; k++) {
    c.cls = k;
    sg_cycle__mro(&c);
    uint32_t del = SG_NONE;
    for (uint32_t j = 0; j < c.mro.len && del == SG_NONE; j++)
      del = sg_classes_method(m, &set->classes.items[c.mro.items[j]], "__del__");
    if (del == SG_NONE) {
      /* `__del__` inherited from a class of another file of the program:
       * reported at the class, once per class */
      /* cheapest first: a base from a file whose text mentions `__del__`
       * (a look at its bytes, once per run), a store that closes a cycle
       * (this class's body), then the base's file read for its classes */
      if (!sg_cycle__base_elsewhere(ctx, &c)) continue;
      char why[256];
      uint32_t where = SG_NONE;
      for (uint32_t j = 0; j < c.mro.len && where == SG_NONE; j++)
        where = sg_cycle__scan(&c, c.mro.items[j], SG_NONE, why, sizeof why);
      if (where == SG_NONE) continue;
      const ModuleExports *module = NULL;
      uint32_t base = SG_NONE;
      const ExportClass *ec = sg_cycle__finalizer_elsewhere(ctx, &c, &module, &base);
      if (!ec) continue;
      uint32_t line = sg_source_line_of(ctx->source, t->start_byte[where]) + 1, blen;
      const char *btext = sg_flat_text(t, base, &blen);
      char path[512];
      uint32_t name = sg_flat_field(t, set->classes.items[k].node, FIELD_NAME);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_finalizer_in_reference_cycle, name != SG_NONE ? name : set->classes.items[k].node,
          "instances of this class are in a reference cycle (line %u stores %s on `self`), and it inherits "
          "`__del__` from `%.*s` (%s, line %u), so `__del__` runs only when the cyclic garbage collector gets to "
          "them — late, in no particular order, maybe never before exit; use `weakref` (ref, WeakMethod) or "
          "`weakref.finalize`",
          line, why, (int)(blen > 60 ? 60 : blen), btext, sg_project_display_path(module->path, path, sizeof path),
          ec->finalizer);
      sg_diag_related(d, t->start_byte[where], t->end_byte[where], "the cycle is closed here");
      continue;
    }
    if (reported[del]) continue;
    char why[256];
    uint32_t where = SG_NONE;
    /* the class's own code and its same-file ancestors' (a mixin's) */
    for (uint32_t j = 0; j < c.mro.len && where == SG_NONE; j++)
      where = sg_cycle__scan(&c, c.mro.items[j], m->scopes.items[del].body, why, sizeof why);
    if (where == SG_NONE) continue;
    uint32_t line = sg_source_line_of(ctx->source, t->start_byte[where]) + 1;
    Diagnostic *d = sg_rule_report(ctx, RULE_finalizer_in_reference_cycle, sg_finalizers_report_node(m, del),
                                   "instances of this class are in a reference cycle (line %u stores %s on `self`), "
                                   "so `__del__` runs only when the cyclic garbage collector gets to them — late, in "
                                   "no particular order, maybe never before exit; use `weakref` (ref, WeakMethod) or "
                                   "`weakref.finalize`",
                                   line, why);
    sg_diag_related(d, t->start_byte[where], t->end_byte[where], "the cycle is closed here");
    reported[del] = 1;
  }
  sg_cycle__handed_back(ctx, &c, reported);
  sg_cycle__linked_outside(ctx, &c, reported);
  array_free(&c.mro);
  sg_free(reported);
}
