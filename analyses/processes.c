#include "analyses/processes.h"

#include <stdio.h>
#include <string.h>

#include "analyses/classes.h"
#include "analyses/concurrency.h"
#include "analyses/resolve.h"
#include "analyses/values.h"

bool sg_processes_under_main_guard(const FlatTree *t, uint32_t node) {
  for (uint32_t c = node, p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] != KIND_IF_STATEMENT || t->field[c] != FIELD_CONSEQUENCE) continue;
    uint32_t cond = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_CONDITION));
    if (cond == SG_NONE || t->kind[cond] != KIND_COMPARISON_OPERATOR) continue;
    bool name = false, main = false;
    for (uint32_t k = cond; k <= t->subtree_end[cond]; k++) {
      if (t->kind[k] == KIND_IDENTIFIER && t->name_id[k] == NAME_DUNDER_NAME) name = true;
    }
    uint32_t len;
    const char *s = sg_flat_text(t, cond, &len);
    for (uint32_t k = 0; k + 8 <= len; k++) main |= !memcmp(s + k, "__main__", 8);
    if (name && main) return true;
  }
  return false;
}

/* Is the string literal's text exactly 'fork' / "fork"? */
static bool sg_proc__is_fork(const FlatTree *t, uint32_t node) {
  if (node == SG_NONE || t->kind[node] != KIND_STRING) return false;
  uint32_t len;
  const char *s = sg_flat_text(t, node, &len);
  return (len == 6 && (!memcmp(s, "'fork'", 6) || !memcmp(s, "\"fork\"", 6)));
}

static const char *sg_proc__made_by(const SemanticModel *m, uint32_t e, char *buf, size_t cap) {
  return sg_concurrency_made_by(m, e, buf, cap);
}

/* Is `part` one of the dotted parts of q ("concurrent.futures.ProcessPoolExecutor")? */
static bool sg_proc__has_part(const char *q, const char *part) {
  size_t n = strlen(part);
  for (const char *at = q; at && (at = strstr(at, part)); at++)
    if ((at == q || at[-1] == '.') && (at[n] == '.' || at[n] == 0)) return true;
  return false;
}

static bool sg_proc__is(const char *q, const char *last) {
  if (!q || strncmp(q, "multiprocessing", 15)) return false;
  const char *dot = strrchr(q, '.');
  return dot && !strcmp(dot + 1, last);
}

bool sg_processes_starts(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  char buf[128];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  if (!q) q = sg_proc__made_by(m, call, buf, sizeof buf);
  if (q && (sg_proc__is(q, "Pool") || !strcmp(q, "concurrent.futures.ProcessPoolExecutor") ||
            !strcmp(q, "concurrent.futures.process.ProcessPoolExecutor")))
    return true;
  if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE), obj = sg_flat_field(t, fn, FIELD_OBJECT);
    if (attr != SG_NONE && sg_flat_text_is(t, attr, "start")) {
      char ob[128];
      const char *oq = sg_proc__made_by(m, obj, ob, sizeof ob);
      return sg_proc__is(oq, "Process");
    }
  }
  return false;
}

/* The elements of a tuple/list display, or the expression itself. */
static void sg_proc__elements(const FlatTree *t, uint32_t e, ProcessHandoff *h) {
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return;
  if (t->kind[e] == KIND_TUPLE || t->kind[e] == KIND_LIST) {
    for (uint32_t a = sg_flat_named_child(t, e); a != SG_NONE; a = sg_flat_next_named(t, a)) array_push(&h->args, a);
    return;
  }
  array_push(&h->args, e);
}

/* Is obj a multiprocessing Queue (Queue, SimpleQueue, JoinableQueue) or
 * an end of a multiprocessing Pipe (`parent, child = mp.Pipe()`)? */
static bool sg_proc__channel(const SemanticModel *m, uint32_t obj) {
  const FlatTree *t = m->tree;
  char buf[128];
  const char *q = sg_proc__made_by(m, obj, buf, sizeof buf);
  if (q && !strstr(q, "Manager") &&
      (sg_proc__is(q, "Queue") || sg_proc__is(q, "SimpleQueue") || sg_proc__is(q, "JoinableQueue")))
    return true;
  obj = sg_flat_unparen(t, obj);
  if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return false;
  uint32_t sym = sg_model_node_symbol(m, obj);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->context == SG_NONE || t->kind[bd->context] != KIND_ASSIGNMENT)
    return false;
  uint32_t right = sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_RIGHT));
  if (right == SG_NONE || t->kind[right] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, right, FIELD_FUNCTION);
  const char *pq = sg_resolve_qualified(m, fn, buf, sizeof buf);
  return pq && sg_proc__is(pq, "Pipe");
}

/* Which start method does the object (a pool, a context) come from:
 * SG_PROC_FORK for get_context('fork'), SG_PROC_OTHER for another explicit
 * get_context(...), SG_PROC_DEFAULT when no context is seen. */
enum { SG_PROC_DEFAULT, SG_PROC_FORK, SG_PROC_OTHER };
static int sg_proc__context(const SemanticModel *m, uint32_t e) {
  const FlatTree *t = m->tree;
  for (int hop = 0; hop < 4 && e != SG_NONE; hop++) {
    e = sg_flat_unparen(t, e);
    if (t->kind[e] == KIND_CALL) {
      char buf[128];
      const char *q = sg_resolve_qualified(m, sg_flat_field(t, e, FIELD_FUNCTION), buf, sizeof buf);
      if (q && strstr(q, "get_context")) {
        uint32_t method = sg_flat_call_arg(t, e, 0, "method");
        if (method == SG_NONE) return SG_PROC_DEFAULT;
        return sg_proc__is_fork(t, method) ? SG_PROC_FORK : SG_PROC_OTHER;
      }
      uint32_t ctx = sg_flat_call_arg(t, e, 99, "mp_context");
      if (ctx != SG_NONE) { e = ctx; continue; }
      uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
      e = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_OBJECT) : SG_NONE;
      continue;
    }
    if (t->kind[e] == KIND_ATTRIBUTE) { e = sg_flat_field(t, e, FIELD_OBJECT); continue; }
    if (t->kind[e] != KIND_IDENTIFIER) return SG_PROC_DEFAULT;
    uint32_t r = m->node_reference[e];
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_PROC_DEFAULT;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    e = bd->value;
    if (e == SG_NONE && bd->kind == BINDING_KIND_WITH_AS) {
      uint32_t as = sg_flat_named_child(t, bd->context);
      e = as != SG_NONE && t->kind[as] == KIND_AS_PATTERN ? sg_flat_named_child(t, as) : SG_NONE;
    }
  }
  return SG_PROC_DEFAULT;
}

/* Is the call `Worker(...)` of a same-file class that derives from
 * multiprocessing's Process? Returns the class's `__init__` (or SG_NONE
 * when there is none), and false when the call is no such thing. */
static bool sg_proc__process_subclass(const SemanticModel *m, uint32_t call, uint32_t *init) {
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) return false;
  uint32_t r = m->node_reference[fn];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_CLASS) return false;
  uint32_t bases = sg_flat_field(t, bd->context, FIELD_SUPERCLASSES);
  bool process = false;
  for (uint32_t b = sg_flat_named_child(t, bases); bases != SG_NONE && b != SG_NONE; b = sg_flat_next_named(t, b)) {
    char buf[128];
    const char *q = sg_resolve_qualified(m, b, buf, sizeof buf);
    process |= q && !strncmp(q, "multiprocessing", 15) && sg_proc__is(q, "Process");
  }
  if (!process) return false;
  *init = SG_NONE;
  uint32_t body = sg_flat_field(t, bd->context, FIELD_BODY);
  for (uint32_t d = sg_flat_named_child(t, body); body != SG_NONE && d != SG_NONE; d = sg_flat_next_named(t, d)) {
    uint32_t def = t->kind[d] == KIND_DECORATED_DEFINITION ? sg_flat_field(t, d, FIELD_DEFINITION) : d;
    uint32_t name = def == SG_NONE ? SG_NONE : sg_flat_field(t, def, FIELD_NAME);
    if (t->kind[def] == KIND_FUNCTION_DEFINITION && name != SG_NONE && t->name_id[name] == NAME_DUNDER_INIT)
      *init = def;
  }
  return true;
}

/* Does `__init__` keep its parameter on the instance (`self.x = param`)?
 * The Process object itself is pickled under spawn, attributes and all. */
static bool sg_proc__kept_on_self(const FlatTree *t, uint32_t init, uint32_t param) {
  uint32_t body = sg_flat_field(t, init, FIELD_BODY);
  for (uint32_t k = body; body != SG_NONE && k <= t->subtree_end[body]; k++) {
    if (t->kind[k] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, k, FIELD_LEFT), right = sg_flat_unparen(t, sg_flat_field(t, k, FIELD_RIGHT));
    if (left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE && right != SG_NONE && t->kind[right] == KIND_IDENTIFIER &&
        t->name_id[right] == t->name_id[param])
      return true;
  }
  return false;
}

/* `Worker(lock, q)`: the arguments `__init__` keeps on self travel with it. */
static void sg_proc__subclass_args(const FlatTree *t, uint32_t call, uint32_t init, ProcessHandoff *h) {
  uint32_t params = sg_flat_field(t, init, FIELD_PARAMETERS);
  uint32_t first = sg_flat_named_child(t, params);  /* self */
  uint32_t al = sg_flat_field(t, call, FIELD_ARGUMENTS);
  uint32_t param = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
  for (uint32_t a = sg_flat_named_child(t, al); al != SG_NONE && a != SG_NONE; a = sg_flat_next_named(t, a)) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
      uint32_t name = sg_flat_field(t, a, FIELD_NAME), value = sg_flat_field(t, a, FIELD_VALUE);
      if (name != SG_NONE && value != SG_NONE && sg_proc__kept_on_self(t, init, name)) array_push(&h->args, value);
      continue;
    }
    uint32_t pname = param;
    if (param != SG_NONE && (t->kind[param] == KIND_DEFAULT_PARAMETER || t->kind[param] == KIND_TYPED_DEFAULT_PARAMETER))
      pname = sg_flat_field(t, param, FIELD_NAME);
    else if (param != SG_NONE && t->kind[param] == KIND_TYPED_PARAMETER)
      pname = sg_flat_named_child(t, param);
    if (pname == SG_NONE || t->kind[pname] != KIND_IDENTIFIER || t->kind[a] == KIND_LIST_SPLAT ||
        t->kind[a] == KIND_DICTIONARY_SPLAT)
      return;  /* *args, **kwargs: stop where the mapping is unclear */
    if (sg_proc__kept_on_self(t, init, pname)) array_push(&h->args, a);
    param = sg_flat_next_named(t, param);
  }
}

/* `db = shelve.open(path)` or `with shelve.open(path) as db:`: each
 * `db[k] = value` pickles value into the shelf. */
static void sg_proc__shelf(const SemanticModel *m, uint32_t open, Processes *self) {
  const FlatTree *t = m->tree;
  uint32_t c = open, p = t->parent[open];
  while (p != SG_NONE && t->kind[p] == KIND_PARENTHESIZED_EXPRESSION) c = p, p = t->parent[p];
  uint32_t name = SG_NONE;
  if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[c] == FIELD_RIGHT) {
    name = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_LEFT));
  } else if (p != SG_NONE && t->kind[p] == KIND_AS_PATTERN) {
    uint32_t target = sg_flat_field(t, p, FIELD_ALIAS);
    name = target == SG_NONE ? SG_NONE : sg_flat_named_child(t, target);
    if (target != SG_NONE && t->kind[target] == KIND_IDENTIFIER) name = target;
  }
  uint32_t sym = name != SG_NONE && t->kind[name] == KIND_IDENTIFIER ? sg_model_node_symbol(m, name) : SG_NONE;
  if (sym == SG_NONE) return;
  for (uint32_t r = m->symbols.items[sym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, sub = t->parent[use];
    uint32_t as = sub == SG_NONE ? SG_NONE : t->parent[sub];
    if (sub == SG_NONE || t->kind[sub] != KIND_SUBSCRIPT || t->field[use] != FIELD_VALUE || as == SG_NONE ||
        t->kind[as] != KIND_ASSIGNMENT || t->field[sub] != FIELD_LEFT)
      continue;
    uint32_t value = sg_flat_field(t, as, FIELD_RIGHT);
    if (value != SG_NONE) array_push(&self->pickles, ((PickleSite){.call = as, .value = value, .shelf = true}));
  }
}

Processes *sg_processes_build(const SemanticModel *m, const uint32_t *calls, uint32_t count) {
  const FlatTree *t = m->tree;
  Processes *self = sg_calloc(1, sizeof(Processes));
  self->model = m;
  uint32_t looked = calls ? count : t->count;
  for (uint32_t c = 0; c < looked; c++) {
    uint32_t i = calls ? calls[c] : c;
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    char buf[128];
    const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
    if (q && sg_proc__has_part(q, "set_start_method")) {
      if (sg_proc__is_fork(t, sg_flat_call_arg(t, i, 0, "method"))) self->fork_fixed = true;
    }
    if (q && !strcmp(q, "shelve.open")) {
      sg_proc__shelf(m, i, self);
      continue;
    }
    if (q && (!strcmp(q, "pickle.dumps") || !strcmp(q, "pickle.dump") || !strcmp(q, "copy.deepcopy"))) {
      uint32_t value = sg_flat_call_arg(t, i, 0, q[0] == 'c' ? "x" : "obj");
      if (value != SG_NONE) array_push(&self->pickles, ((PickleSite){.call = i, .value = value, .copy = q[0] == 'c'}));
      continue;
    }
    ProcessHandoff h = {.call = i, .callable = SG_NONE, .iterable = SG_NONE};
    bool is_process = q && (sg_proc__is(q, "Process"));
    bool is_pool_ctor = q && (sg_proc__is(q, "Pool") || sg_proc__has_part(q, "ProcessPoolExecutor"));
    if (!q && fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
      /* ctx.Process(...), ctx.Pool(...) */
      uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (attr != SG_NONE && sg_flat_text_is(t, attr, "Process")) is_process = true;
      if (attr != SG_NONE && sg_flat_text_is(t, attr, "Pool")) is_pool_ctor = true;
    }
    if (is_process) {
      h.callable = sg_flat_call_arg(t, i, 1, "target");
      uint32_t args = sg_flat_call_arg(t, i, 2, "args");
      if (args != SG_NONE) sg_proc__elements(t, args, &h);
      /* kwargs={"k": v}: the values */
      uint32_t kwargs = sg_flat_unparen(t, sg_flat_call_arg(t, i, 3, "kwargs"));
      if (kwargs != SG_NONE && t->kind[kwargs] == KIND_DICTIONARY)
        for (uint32_t p = sg_flat_named_child(t, kwargs); p != SG_NONE; p = sg_flat_next_named(t, p))
          if (t->kind[p] == KIND_PAIR && sg_flat_field(t, p, FIELD_VALUE) != SG_NONE)
            array_push(&h.args, sg_flat_field(t, p, FIELD_VALUE));
      int context = sg_proc__context(m, fn);
      h.fork = context == SG_PROC_FORK;
      h.explicit_context = context == SG_PROC_OTHER;
      array_push(&self->handoffs, h);
      continue;
    }
    uint32_t ctor;
    if (!is_process && !is_pool_ctor && sg_proc__process_subclass(m, i, &ctor)) {
      if (ctor != SG_NONE) sg_proc__subclass_args(t, i, ctor, &h);
      if (h.args.len) array_push(&self->handoffs, h);
      else array_free(&h.args);
      continue;
    }
    if (is_pool_ctor) {
      uint32_t init = sg_flat_call_arg(t, i, 99, "initializer");
      if (init == SG_NONE && q && sg_proc__is(q, "Pool")) init = sg_flat_call_arg(t, i, 1, NULL);
      if (init != SG_NONE && t->kind[init] != KIND_NONE) {
        h.callable = init;
        h.pool = h.initializer = true;
        array_push(&self->handoffs, h);
      }
      continue;
    }
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE), obj = sg_flat_field(t, fn, FIELD_OBJECT);
    uint32_t an = attr == SG_NONE ? SG_NONE : t->name_id[attr];
    bool method = an == NAME_MAP || an == NAME_IMAP || an == NAME_IMAP_UNORDERED || an == NAME_STARMAP ||
                  an == NAME_APPLY || an == NAME_APPLY_ASYNC || an == NAME_MAP_ASYNC || an == NAME_STARMAP_ASYNC ||
                  an == NAME_SUBMIT;
    bool in_executor = an == NAME_RUN_IN_EXECUTOR;
    if ((an == NAME_SEND || an == NAME_PUT || an == NAME_PUT_NOWAIT) &&
        sg_proc__channel(m, obj)) {
      uint32_t sent = sg_flat_call_arg(t, i, 0, "obj");
      if (sent == SG_NONE) continue;
      h.pool = h.channel = true;
      array_push(&h.args, sent);
      array_push(&self->handoffs, h);
      continue;
    }
    if (!method && !in_executor) continue;
    char ob[128];
    const char *oq = sg_proc__made_by(m, in_executor ? sg_flat_call_arg(t, i, 0, NULL) : obj, ob, sizeof ob);
    if (!oq || !(sg_proc__is(oq, "Pool") || sg_proc__has_part(oq, "ProcessPoolExecutor"))) continue;
    h.pool = true;
    if (in_executor) {
      h.callable = sg_flat_call_arg(t, i, 1, NULL);
      for (int k = 2; sg_flat_call_arg(t, i, k, NULL) != SG_NONE; k++) array_push(&h.args, sg_flat_call_arg(t, i, k, NULL));
    } else if (sg_flat_text_is(t, attr, "submit")) {
      h.callable = sg_flat_call_arg(t, i, 0, NULL);
      for (int k = 1; sg_flat_call_arg(t, i, k, NULL) != SG_NONE; k++) array_push(&h.args, sg_flat_call_arg(t, i, k, NULL));
      /* submit(f, key=value): the values travel too; so do `*args` unpacked */
      uint32_t al = sg_flat_field(t, i, FIELD_ARGUMENTS);
      for (uint32_t a = sg_flat_named_child(t, al); a != SG_NONE; a = sg_flat_next_named(t, a))
        if (t->kind[a] == KIND_KEYWORD_ARGUMENT && sg_flat_field(t, a, FIELD_VALUE) != SG_NONE)
          array_push(&h.args, sg_flat_field(t, a, FIELD_VALUE));
        else if (t->kind[a] == KIND_LIST_SPLAT)
          array_push(&h.args, a);
    } else if (sg_flat_text_is(t, attr, "apply") || sg_flat_text_is(t, attr, "apply_async")) {
      h.callable = sg_flat_call_arg(t, i, 0, "func");
      uint32_t args = sg_flat_call_arg(t, i, 1, "args");
      if (args != SG_NONE) sg_proc__elements(t, args, &h);
    } else {
      h.callable = sg_flat_call_arg(t, i, 0, "func");
      uint32_t it = sg_flat_call_arg(t, i, 1, "iterable");
      h.iterable = sg_flat_unparen(t, it);
      if (it != SG_NONE) {
        it = sg_flat_unparen(t, it);
        /* `jobs = [Job(n) for n in names]` then `pool.map(run, jobs)`: the
         * name bound once to a display or comprehension */
        if (t->kind[it] == KIND_IDENTIFIER) {
          const Binding *bd = sg_value_sole_binding(m, it);
          uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
          if (v != SG_NONE && (t->kind[v] == KIND_LIST || t->kind[v] == KIND_TUPLE ||
                               t->kind[v] == KIND_LIST_COMPREHENSION || t->kind[v] == KIND_GENERATOR_EXPRESSION))
            it = v;
        }
        if (t->kind[it] == KIND_LIST || t->kind[it] == KIND_TUPLE) {
          sg_proc__elements(t, it, &h);
          /* starmap: each element is a tuple of arguments */
          uint32_t n = h.args.len;
          for (uint32_t k = 0; k < n; k++) {
            uint32_t el = sg_flat_unparen(t, h.args.items[k]);
            if (t->kind[el] == KIND_TUPLE) sg_proc__elements(t, el, &h);
          }
        }
        else if (t->kind[it] == KIND_GENERATOR_EXPRESSION || t->kind[it] == KIND_LIST_COMPREHENSION) {
          uint32_t body = sg_flat_field(t, it, FIELD_BODY);
          if (body != SG_NONE) array_push(&h.args, body);
        }
      }
    }
    array_push(&self->handoffs, h);
  }
  for (uint32_t k = 0; k < self->handoffs.len; k++)
    if (self->fork_fixed && !self->handoffs.items[k].pool && !self->handoffs.items[k].explicit_context)
      self->handoffs.items[k].fork = true;
  return self;
}

uint32_t sg_processes_child_scope(const SemanticModel *m, const ProcessHandoff *h) {
  const FlatTree *t = m->tree;
  if (h->pool || h->callable == SG_NONE || t->kind[h->callable] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t r = m->node_reference[h->callable];
  uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *def = &m->bindings.items[m->symbols.items[sym].first_binding];
  return def->kind == BINDING_KIND_DEF ? m->node_own_scope[def->context] : SG_NONE;
}

void sg_processes_delete(Processes *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->handoffs.len; i++) array_free(&self->handoffs.items[i].args);
  array_free(&self->handoffs);
  array_free(&self->pickles);
  sg_free(self);
}

/* Does def (a function definition) make an inner function and never name
 * `functools.wraps`/`update_wrapper`? With every, it must return that
 * inner function (or a lambda) on every path. */
static bool sg_processes__unwrapped_def(const SemanticModel *m, uint32_t def, bool every) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_own_scope[def];
  if (scope == SG_NONE) return false;
  const Scope *sc = &m->scopes.items[scope];
  bool inner = false, wraps = false;
  for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
    if (t->kind[i] == KIND_FUNCTION_DEFINITION) inner = true;
    if (t->kind[i] == KIND_IDENTIFIER && (sg_flat_text_is(t, i, "wraps") || sg_flat_text_is(t, i, "update_wrapper")))
      wraps = true;
  }
  if (!inner || wraps) return false;
  bool all = false;
  return !every || (sg_value_returned_function(m, scope, &all) != SG_NONE && all);
}

/* A module-level class used as a decorator whose instances keep the
 * function they wrap (`self.func = func`, `update_wrapper(self, func)`) and
 * pickle as plain objects (no __reduce__/__getstate__): the module name is
 * bound to the instance, so pickling the function it holds by name finds
 * the instance instead ("not the same object"). */
static bool sg_processes__class_keeps(const SemanticModel *m, uint32_t cdef) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_own_scope[cdef];
  if (scope == SG_NONE) return false;
  /* no base that might pickle it its own way: `class Memo:` or `(object)` */
  uint32_t supers = sg_flat_field(t, cdef, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
    if (!sg_flat_text_is(t, b, "object")) return false;
  if (sg_classes_pickles_itself(m, scope)) return false;
  uint32_t isym = sg_model_symbol(m, scope, NAME_DUNDER_INIT), init = SG_NONE;
  const Binding *ib = isym == SG_NONE ? NULL : &m->bindings.items[m->symbols.items[isym].first_binding];
  if (ib && ib->kind == BINDING_KIND_DEF) init = m->node_own_scope[ib->context];
  if (init == SG_NONE) return false;
  uint32_t params = sg_flat_field(t, m->scopes.items[init].node, FIELD_PARAMETERS);
  uint32_t first = sg_flat_named_child(t, params);
  uint32_t second = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
  if (second == SG_NONE || t->kind[second] != KIND_IDENTIFIER) return false;
  uint32_t pb = m->node_binding[second];
  uint32_t psym = pb == SG_NONE ? SG_NONE : m->bindings.items[pb].symbol;
  if (psym == SG_NONE) return false;
  /* the parameter kept on the instance */
  for (uint32_t r = m->symbols.items[psym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t id = m->references.items[r].node, p = t->parent[id];
    if (p == SG_NONE) continue;
    if (t->kind[p] == KIND_ASSIGNMENT && t->field[id] == FIELD_RIGHT) {
      uint32_t left = sg_flat_field(t, p, FIELD_LEFT);
      if (left != SG_NONE && t->kind[left] == KIND_ATTRIBUTE && sg_flat_text_is(t, sg_flat_field(t, left, FIELD_OBJECT), "self"))
        return true;
    }
    if (t->kind[p] == KIND_ARGUMENT_LIST) {
      uint32_t call = t->parent[p];
      uint32_t f = call == SG_NONE ? SG_NONE : sg_flat_field(t, call, FIELD_FUNCTION);
      if (f != SG_NONE && (sg_resolve_is(m, f, "functools.update_wrapper") || sg_resolve_is(m, f, "functools.wraps")))
        return true;
    }
  }
  return false;
}

const char *const SG_PROCESSES_INNER_WRAPPER =
    "a function replaced by its decorator's inner `wrapper` (no `functools.wraps`: pickle looks for "
    "`deco.<locals>.wrapper`)";
static const char *const SG_PROCESSES__KEPT_BY_CLASS =
    "an instance of a class-based decorator holding the original function, which pickle looks up by its "
    "name and finds the instance instead (\"not the same object\")";

/* What decorator def (a def or a module-level class) makes: every asks a
 * def to return its inner function on every path. */
/* Does function def return, on every path, an instance of a same-file
 * class that keeps what it is given (`return Task(fn, name)`, fn its first
 * parameter)? */
static bool sg_processes__returns_keeper(const SemanticModel *m, uint32_t def) {
  const FlatTree *t = m->tree;
  uint32_t scope = m->node_own_scope[def];
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t p0 = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params);
  uint32_t psym = p0 != SG_NONE && t->kind[p0] == KIND_IDENTIFIER ? sg_model_node_symbol(m, p0) : SG_NONE;
  if (scope == SG_NONE || psym == SG_NONE) return false;
  uint32_t cursor = 0, n = 0;
  for (uint32_t v; (v = sg_model_next_return_value(m, scope, &cursor)) != SG_NONE; n++) {
    v = sg_flat_unparen(t, v);
    if (t->kind[v] != KIND_CALL) return false;
    uint32_t c = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION));
    const Binding *cb = c != SG_NONE && t->kind[c] == KIND_IDENTIFIER ? sg_value_sole_binding(m, c) : NULL;
    if (!cb || cb->kind != BINDING_KIND_CLASS || !sg_processes__class_keeps(m, cb->context)) return false;
    bool given = false;
    uint32_t args = sg_flat_field(t, v, FIELD_ARGUMENTS);
    for (uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
      given |= t->kind[a] == KIND_IDENTIFIER && sg_model_node_symbol(m, a) == psym;
    if (!given) return false;
  }
  return n > 0;
}

static const char *sg_processes__made(const SemanticModel *m, uint32_t def, bool every, bool *factory) {
  const FlatTree *t = m->tree;
  *factory = false;
  if (t->kind[def] == KIND_CLASS_DEFINITION) return sg_processes__class_keeps(m, def) ? SG_PROCESSES__KEPT_BY_CLASS : NULL;
  if (t->kind[def] != KIND_FUNCTION_DEFINITION) return NULL;
  /* `def task(fn): return Task(fn)`, `def task(name): def decorate(fn): return Task(fn, name); return decorate` */
  if (sg_processes__returns_keeper(m, def)) return SG_PROCESSES__KEPT_BY_CLASS;
  {
    bool all = false;
    uint32_t scope = m->node_own_scope[def];
    uint32_t inner = scope == SG_NONE ? SG_NONE : sg_value_returned_function(m, scope, &all);
    if (inner != SG_NONE && all && t->kind[inner] == KIND_FUNCTION_DEFINITION && sg_processes__returns_keeper(m, inner)) {
      *factory = true;
      return SG_PROCESSES__KEPT_BY_CLASS;
    }
  }
  if (!sg_processes__unwrapped_def(m, def, every)) return NULL;
  /* `def timed(label): def decorate(fn): def call(...)...; return call; return decorate` */
  bool all = false;
  uint32_t scope = m->node_own_scope[def];
  uint32_t inner = scope == SG_NONE ? SG_NONE : sg_value_returned_function(m, scope, &all);
  *factory = inner != SG_NONE && t->kind[inner] == KIND_FUNCTION_DEFINITION && sg_processes__unwrapped_def(m, inner, true);
  return SG_PROCESSES_INNER_WRAPPER;
}

const char *sg_processes_decorator_made(const SemanticModel *m, uint32_t def, bool *factory) {
  return sg_processes__made(m, def, true, factory);
}

const char *sg_processes_decorator_product(const SemanticModel *m, uint32_t deco_expr) {
  const FlatTree *t = m->tree;
  deco_expr = sg_flat_unparen(t, deco_expr);
  /* `@task(name="x")`: a same-file decorator factory, called */
  if (deco_expr != SG_NONE && t->kind[deco_expr] == KIND_CALL) {
    uint32_t f = sg_flat_unparen(t, sg_flat_field(t, deco_expr, FIELD_FUNCTION));
    const Binding *fb = f != SG_NONE && t->kind[f] == KIND_IDENTIFIER ? sg_value_sole_binding(m, f) : NULL;
    if (!fb || fb->kind != BINDING_KIND_DEF) return NULL;
    bool factory;
    const char *why = sg_processes__made(m, fb->context, true, &factory);
    return why && factory ? why : NULL;
  }
  if (deco_expr == SG_NONE || t->kind[deco_expr] != KIND_IDENTIFIER) return NULL;
  const Binding *bd = sg_value_sole_binding(m, deco_expr);
  if (!bd || (bd->kind != BINDING_KIND_DEF && bd->kind != BINDING_KIND_CLASS)) return NULL;
  if (bd->kind == BINDING_KIND_CLASS && m->scopes.items[m->symbols.items[bd->symbol].scope].kind != SCOPE_MODULE)
    return NULL;
  bool factory;
  return sg_processes__made(m, bd->context, false, &factory);
}

/* A value stored into a registry: a lambda, or a name a nested `def` binds. */
static bool sg_processes__local_callable(const SemanticModel *m, uint32_t v) {
  const FlatTree *t = m->tree;
  v = sg_flat_unparen(t, v);
  if (v == SG_NONE) return false;
  if (t->kind[v] == KIND_LAMBDA) return true;
  if (t->kind[v] != KIND_IDENTIFIER) return false;
  const Binding *bd = sg_value_sole_binding(m, v);
  return bd && bd->kind == BINDING_KIND_DEF && m->scopes.items[m->symbols.items[bd->symbol].scope].kind == SCOPE_FUNCTION;
}

const char *sg_processes_registry_of_locals(const SemanticModel *m, uint32_t symbol) {
  const FlatTree *t = m->tree;
  const Symbol *sym = &m->symbols.items[symbol];
  if (sym->scope != 0 || sym->binding_count != 1) return NULL;
  const Binding *bd = &m->bindings.items[sym->first_binding];
  uint32_t v = bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  if (v == SG_NONE || (t->kind[v] != KIND_DICTIONARY && t->kind[v] != KIND_LIST)) return NULL;
  static const char why[] = "an entry of a registry its module fills with nested functions or lambdas (pickle "
                            "looks functions up by name and cannot find `<locals>` ones)";
  for (uint32_t c = sg_flat_named_child(t, v); c != SG_NONE; c = sg_flat_next_named(t, c))
    if (sg_processes__local_callable(m, t->kind[c] == KIND_PAIR ? sg_flat_field(t, c, FIELD_VALUE) : c)) return why;
  for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, p = t->parent[use];
    if (p == SG_NONE) continue;
    uint32_t stored = SG_NONE;
    if (t->kind[p] == KIND_SUBSCRIPT && t->field[use] == FIELD_VALUE && t->parent[p] != SG_NONE &&
        t->kind[t->parent[p]] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT) {
      stored = sg_flat_field(t, t->parent[p], FIELD_RIGHT);
    } else if (t->kind[p] == KIND_ATTRIBUTE && t->field[use] == FIELD_OBJECT && t->parent[p] != SG_NONE &&
               t->kind[t->parent[p]] == KIND_CALL) {
      uint32_t a = sg_flat_field(t, p, FIELD_ATTRIBUTE), call = t->parent[p];
      if (a != SG_NONE && (sg_flat_text_is(t, a, "append") || sg_flat_text_is(t, a, "add")))
        stored = sg_flat_call_arg(t, call, 0, NULL);
      else if (a != SG_NONE && (sg_flat_text_is(t, a, "setdefault") || sg_flat_text_is(t, a, "insert")))
        stored = sg_flat_call_arg(t, call, 1, NULL);
    }
    if (stored != SG_NONE && sg_processes__local_callable(m, stored)) return why;
  }
  return NULL;
}
