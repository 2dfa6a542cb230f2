#include "analyses/concurrency.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/classes.h"
#include "analyses/resolve.h"

/* ---- what made an object ------------------------------------------------------- */

/* The value a binding binds: an assignment's value, or `with V as x`'s V. */
static uint32_t sg_conc__bound_value(const SemanticModel *m, const Binding *bd) {
  const FlatTree *t = m->tree;
  if (bd->value != SG_NONE) return bd->value;
  /* `a, b = X(), Y()`: the element at the same position */
  if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->context != SG_NONE) {
    uint32_t left = sg_flat_field(t, bd->context, FIELD_LEFT), right = sg_flat_field(t, bd->context, FIELD_RIGHT);
    if (left != SG_NONE && right != SG_NONE && t->parent[bd->node] == left &&
        (t->kind[right] == KIND_EXPRESSION_LIST || t->kind[right] == KIND_TUPLE)) {
      uint32_t l = sg_flat_named_child(t, left), r = sg_flat_named_child(t, right);
      while (l != SG_NONE && r != SG_NONE && l != bd->node) {
        l = sg_flat_next_named(t, l);
        r = sg_flat_next_named(t, r);
      }
      if (l == bd->node && r != SG_NONE) return r;
    }
  }
  if (bd->kind == BINDING_KIND_WITH_AS && bd->context != SG_NONE) {
    uint32_t as = sg_flat_named_child(t, bd->context);
    if (as != SG_NONE && t->kind[as] == KIND_AS_PATTERN) return sg_flat_named_child(t, as);
  }
  return SG_NONE;
}

/* What made an object is searched at most 4 links deep (a name's bindings,
 * a parameter's call sites, `self.attr`'s assignments), and each link may
 * fan out to every binding or call site: code that reaches one thing by
 * many paths (`a1 = a0` bound ten times, `a2 = a1` ten times, ...; the
 * same helpers defined again and again) asks the same sub-question many
 * times. So a question that is not a short one remembers its answers per
 * (expression, or a name's symbol; depth; buffer size), and takes at most
 * SG_CONC__STEPS steps in all, past which the answer is "not known". The
 * stdlib's longest question takes 256; a file of 16 copies of a test
 * fixture, 32,000. */
#define SG_CONC__STEPS 50000
#define SG_CONC__MEMO_AFTER 64

typedef struct SgConcWalk {
  uint32_t steps;
  uint64_t *keys;       /* open addressing: key + 1, 0 for an empty slot */
  uint32_t *answers;    /* offset into text, or SG_NONE for "not known" */
  uint32_t slots, used;
  Array(char) text;
} SgConcWalk;

static void sg_conc__walk_free(SgConcWalk *w) {
  sg_free(w->keys);
  sg_free(w->answers);
  array_free(&w->text);
}

/* The slot of key (+1) in the walk's table. */
static uint32_t sg_conc__slot(const SgConcWalk *w, uint64_t key) {
  uint32_t i = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (w->slots - 1);
  while (w->keys[i] && w->keys[i] != key) i = (i + 1) & (w->slots - 1);
  return i;
}

static void sg_conc__remember(SgConcWalk *w, uint64_t key, const char *answer) {
  if (2 * (w->used + 1) > w->slots) {
    uint32_t old = w->slots;
    uint64_t *keys = w->keys;
    uint32_t *answers = w->answers;
    w->slots = old ? 2 * old : 256;
    w->keys = sg_calloc(w->slots, sizeof(uint64_t));
    w->answers = sg_malloc(sizeof(uint32_t) * w->slots);
    for (uint32_t i = 0; i < old; i++)
      if (keys[i]) {
        uint32_t j = sg_conc__slot(w, keys[i]);
        w->keys[j] = keys[i];
        w->answers[j] = answers[i];
      }
    sg_free(keys);
    sg_free(answers);
  }
  uint32_t i = sg_conc__slot(w, key);
  if (w->keys[i]) return;
  w->keys[i] = key;
  w->used++;
  if (!answer) {
    w->answers[i] = SG_NONE;
    return;
  }
  w->answers[i] = w->text.len;
  for (const char *c = answer;; c++) {
    array_push(&w->text, *c);
    if (!*c) break;
  }
}

static const char *sg_conc__made_by(const SemanticModel *m, uint32_t expr, char *buf, size_t cap, int depth,
                                    SgConcWalk *walk);

/* A parameter: what every call site in the file passes for it — direct
 * calls `f(x)` and `Thread/Process(target=f, args=(x,))` — when they agree. */
static const char *sg_conc__param_made_by(const SemanticModel *m, uint32_t sym, char *buf, size_t cap, int depth,
                                          SgConcWalk *walk) {
  const FlatTree *t = m->tree;
  const Symbol *ps = &m->symbols.items[sym];
  const Scope *fsc = &m->scopes.items[ps->scope];
  if (fsc->kind != SCOPE_FUNCTION) return NULL;
  uint32_t def = fsc->node;
  uint32_t params = sg_flat_field(t, def, FIELD_PARAMETERS);
  int index = -1, k = 0;
  for (uint32_t p = sg_flat_named_child(t, params); p != SG_NONE; p = sg_flat_next_named(t, p), k++) {
    uint32_t id = t->kind[p] == KIND_IDENTIFIER ? p : sg_flat_field(t, p, FIELD_NAME);
    if (id == SG_NONE && t->kind[p] == KIND_TYPED_PARAMETER) id = sg_flat_named_child(t, p);
    if (id != SG_NONE && t->name_id[id] == ps->name) { index = k; break; }
  }
  uint32_t fname = sg_flat_field(t, def, FIELD_NAME);
  if (index < 0 || fname == SG_NONE) return NULL;
  uint32_t fb = m->node_binding[fname];
  if (fb == SG_NONE) return NULL;
  const char *found = NULL;
  char tmp[128];
  /* the places that name the function: `f(x)` or `target=f` */
  for (uint32_t r = m->symbols.items[m->bindings.items[fb].symbol].first_reference; r != SG_NONE;
       r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node;
    uint32_t p = t->parent[use];
    uint32_t arg = SG_NONE;
    if (p != SG_NONE && t->kind[p] == KIND_CALL && t->field[use] == FIELD_FUNCTION) {
      arg = sg_flat_call_arg(t, p, index, NULL);
    } else if (p != SG_NONE && t->kind[p] == KIND_KEYWORD_ARGUMENT && t->parent[p] != SG_NONE) {
      uint32_t kw = sg_flat_field(t, p, FIELD_NAME);
      uint32_t call = t->parent[t->parent[p]];
      if (kw == SG_NONE || !sg_flat_text_is(t, kw, "target") || call == SG_NONE || t->kind[call] != KIND_CALL) continue;
      uint32_t args = sg_flat_unparen(t, sg_flat_call_arg(t, call, 99, "args"));
      if (args == SG_NONE || (t->kind[args] != KIND_TUPLE && t->kind[args] != KIND_LIST)) continue;
      int n = 0;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
        if (n++ == index) arg = a;
    }
    if (arg == SG_NONE) continue;
    /* call sites that pass something unknown do not veto the others */
    const char *q = sg_conc__made_by(m, arg, tmp, sizeof tmp, depth + 1, walk);
    if (!q) continue;
    if (found && strcmp(found, q)) return NULL;
    snprintf(buf, cap, "%s", q);
    found = buf;
  }
  uint32_t cls = fsc->parent;
  /* a method's parameter: what the class's own calls `self.<m>(pool, x)`
   * pass (self not counted), when only this class defines the method */
  if (index >= 1 && cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS &&
      sg_model_only_method(m, t->name_id[fname]) == def) {
    uint32_t first, end;
    sg_model_calls_named(m, t->name_id[fname], &first, &end);
    for (uint32_t c = first; c < end; c++) {
      uint32_t call = m->calls.items[2 * c + 1];
      uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
      uint32_t obj = fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE ? SG_NONE : sg_flat_field(t, fn, FIELD_OBJECT);
      if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) continue;
      uint32_t osym = sg_model_node_symbol(m, obj), mfs = sg_model_function_scope(m, m->node_scope[call]);
      if (osym == SG_NONE) continue;
      bool on_self = mfs != SG_NONE && m->scopes.items[mfs].parent == cls && osym == sg_classes_self(m, mfs);
      if (!on_self) {
        /* `planner.estimate_all(pool)` with `planner = FittingPlanner(...)` */
        const Binding *ob = m->symbols.items[osym].binding_count == 1 ? &m->bindings.items[m->symbols.items[osym].first_binding]
                                                                       : NULL;
        uint32_t v = ob && ob->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, ob->value) : SG_NONE;
        uint32_t cf = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)) : SG_NONE;
        const Binding *cb = cf != SG_NONE && t->kind[cf] == KIND_IDENTIFIER ? sg_value_sole_binding(m, cf) : NULL;
        if (!cb || cb->kind != BINDING_KIND_CLASS || m->node_own_scope[cb->context] != cls) continue;
      }
      uint32_t arg = sg_flat_call_arg(t, call, index - 1, sg_names_text(&t->names, ps->name));
      const char *q = arg == SG_NONE ? NULL : sg_conc__made_by(m, arg, tmp, sizeof tmp, depth + 1, walk);
      if (!q) continue;
      if (found && strcmp(found, q)) return NULL;
      snprintf(buf, cap, "%s", q);
      found = buf;
    }
  }
  /* `__init__`'s parameter: what the class's instantiations pass
   * (`Crawler(web, executor=pool)`), self not counted */
  if (index < 1 || cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS || !sg_flat_text_is(t, fname, "__init__"))
    return found;
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t cb = cname == SG_NONE ? SG_NONE : m->node_binding[cname];
  uint32_t csym = cb == SG_NONE ? SG_NONE : m->bindings.items[cb].symbol;
  if (csym == SG_NONE || m->symbols.items[csym].binding_count != 1) return found;
  const char *pname = sg_names_text(&t->names, ps->name);
  for (uint32_t r = m->symbols.items[csym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, call = t->parent[use];
    if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) continue;
    uint32_t arg = sg_flat_call_arg(t, call, index - 1, pname);
    const char *q = arg == SG_NONE ? NULL : sg_conc__made_by(m, arg, tmp, sizeof tmp, depth + 1, walk);
    if (!q) continue;
    if (found && strcmp(found, q)) return NULL;
    snprintf(buf, cap, "%s", q);
    found = buf;
  }
  return found;
}

/* self.attr: the values the class's methods assign to it, if they agree. */
static const char *sg_conc__attr_made_by(const SemanticModel *m, uint32_t x, char *buf, size_t cap, int depth,
                                         SgConcWalk *walk) {
  const char *found = NULL;
  char tmp[128];
  for (uint32_t cur = 0, i; (i = sg_model_next_self_assignment(m, x, &cur)) != SG_NONE;) {
    const char *q = sg_conc__made_by(m, sg_flat_field(m->tree, i, FIELD_RIGHT), tmp, sizeof tmp, depth + 1, walk);
    if (!q || (found && strcmp(found, q))) return NULL;
    snprintf(buf, cap, "%s", q);
    found = buf;
  }
  return found;
}

static const char *sg_conc__made_by_eval(const SemanticModel *m, uint32_t expr, char *buf, size_t cap, int depth,
                                         SgConcWalk *walk);

static const char *sg_conc__made_by(const SemanticModel *m, uint32_t expr, char *buf, size_t cap, int depth,
                                    SgConcWalk *walk) {
  expr = sg_flat_unparen(m->tree, expr);
  if (expr == SG_NONE || depth > 4 || ++walk->steps > SG_CONC__STEPS) return NULL;
  bool memo = walk->steps > SG_CONC__MEMO_AFTER && cap < 8192;
  /* a name's answer is its symbol's, wherever it is read */
  uint64_t id = expr;
  if (memo && m->tree->kind[expr] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, expr);
    if (sym != SG_NONE) id = (uint64_t)sym | 1ull << 32;
  }
  uint64_t key = (id << 16 | (uint64_t)cap << 3 | (uint64_t)depth) + 1;
  if (memo && walk->slots) {
    uint32_t i = sg_conc__slot(walk, key);
    if (walk->keys[i]) {
      if (walk->answers[i] == SG_NONE) return NULL;
      snprintf(buf, cap, "%s", walk->text.items + walk->answers[i]);
      return buf;
    }
  }
  const char *q = sg_conc__made_by_eval(m, expr, buf, cap, depth, walk);
  if (memo) sg_conc__remember(walk, key, q);
  return q;
}

static const char *sg_conc__made_by_eval(const SemanticModel *m, uint32_t expr, char *buf, size_t cap, int depth,
                                         SgConcWalk *walk) {
  const FlatTree *t = m->tree;
  if (t->kind[expr] == KIND_CALL) {
    uint32_t fn = sg_flat_field(t, expr, FIELD_FUNCTION);
    const char *q = sg_resolve_qualified(m, fn, buf, cap);
    if (q) return q;
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return NULL;
    /* manager.dict(), ctx.Lock(), v.get_lock() */
    uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (attr == SG_NONE) return NULL;
    if (sg_flat_text_is(t, attr, "get_lock")) {
      snprintf(buf, cap, "multiprocessing.get_lock");
      return buf;
    }
    char inner[128];
    const char *oq = sg_conc__made_by(m, obj, inner, sizeof inner, depth + 1, walk);
    if (!oq) return NULL;
    if (!strcmp(oq, "multiprocessing.get_context") || !strcmp(oq, "multiprocessing.context.get_context"))
      snprintf(buf, cap, "multiprocessing.%s", sg_flat_name(t, attr));
    else if (!strcmp(oq, "multiprocessing.Manager") || !strcmp(oq, "multiprocessing.managers.SyncManager"))
      snprintf(buf, cap, "multiprocessing.Manager.%s", sg_flat_name(t, attr));
    else
      return NULL;
    return buf;
  }
  if (t->kind[expr] == KIND_ATTRIBUTE) return sg_conc__attr_made_by(m, expr, buf, cap, depth, walk);
  if (t->kind[expr] != KIND_IDENTIFIER) return NULL;
  uint32_t sym = sg_model_node_symbol(m, expr);
  if (sym == SG_NONE) return NULL;
  if (m->symbols.items[sym].flags & SYMBOL_PARAMETER) return sg_conc__param_made_by(m, sym, buf, cap, depth, walk);
  const char *found = NULL;
  char tmp[128];
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_GLOBAL_DECL || bd->kind == BINDING_KIND_NONLOCAL_DECL ||
        bd->kind == BINDING_KIND_DECLARATION)
      continue;
    uint32_t v = sg_conc__bound_value(m, bd);
    const char *q = v == SG_NONE ? NULL : sg_conc__made_by(m, v, tmp, sizeof tmp, depth + 1, walk);
    if (!q || (found && strcmp(found, q))) return NULL;
    snprintf(buf, cap, "%s", q);
    found = buf;
  }
  /* a global declared in a function: look at the module's bindings */
  if (!found && (m->symbols.items[sym].flags & SYMBOL_GLOBAL)) {
    uint32_t g = sg_model_symbol(m, 0, m->symbols.items[sym].name);
    for (uint32_t b = g == SG_NONE ? SG_NONE : m->symbols.items[g].first_binding; b != SG_NONE;
         b = m->bindings.items[b].next) {
      uint32_t v = sg_conc__bound_value(m, &m->bindings.items[b]);
      const char *q = v == SG_NONE ? NULL : sg_conc__made_by(m, v, tmp, sizeof tmp, depth + 1, walk);
      if (!q || (found && strcmp(found, q))) return NULL;
      snprintf(buf, cap, "%s", q);
      found = buf;
    }
  }
  return found;
}

const char *sg_concurrency_made_by(const SemanticModel *m, uint32_t expr, char *buf, size_t cap) {
  SgConcWalk walk = {0};
  const char *q = sg_conc__made_by(m, expr, buf, cap, 0, &walk);
  sg_conc__walk_free(&walk);
  return q;
}

/* depth: how many `Condition(<lock>)` arguments were followed to get here;
 * code can nest them without end or in a loop (`c = Condition(c)`) */
static LockKind sg_lock__kind(const SemanticModel *m, uint32_t expr, int depth) {
  char buf[128];
  const char *q = sg_concurrency_made_by(m, expr, buf, sizeof buf);
  if (!q) return LOCK_NONE;
  const char *last = strrchr(q, '.');
  last = last ? last + 1 : q;
  bool lib = !strncmp(q, "threading.", 10) || !strncmp(q, "multiprocessing.", 16) || !strncmp(q, "_thread.", 8);
  if (!lib) return LOCK_NONE;
  if (!strcmp(last, "Lock") || !strcmp(last, "allocate_lock")) return LOCK_PLAIN;
  if (!strcmp(last, "RLock") || !strcmp(last, "get_lock")) return LOCK_REENTRANT;
  if (!strcmp(last, "Semaphore") || !strcmp(last, "BoundedSemaphore")) return LOCK_SEMAPHORE;
  if (!strcmp(last, "Condition")) {
    /* Condition(Lock()): its lock is not reentrant */
    uint32_t e = sg_flat_unparen(m->tree, expr);
    for (int hop = 0; hop < 4 && e != SG_NONE && m->tree->kind[e] == KIND_IDENTIFIER; hop++) {
      uint32_t sym = sg_model_node_symbol(m, e);
      if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) break;
      e = sg_flat_unparen(m->tree, sg_conc__bound_value(m, &m->bindings.items[m->symbols.items[sym].first_binding]));
    }
    if (e != SG_NONE && m->tree->kind[e] == KIND_CALL) {
      uint32_t arg = sg_flat_call_arg(m->tree, e, 0, "lock");
      if (arg != SG_NONE && depth < 4 && sg_lock__kind(m, arg, depth + 1) == LOCK_PLAIN) return LOCK_PLAIN;
    }
    return LOCK_CONDITION;
  }
  return LOCK_NONE;
}

LockKind sg_lock_kind(const SemanticModel *m, uint32_t expr) { return sg_lock__kind(m, expr, 0); }

bool sg_concurrency_thread_class(const SemanticModel *m, uint32_t class_def, bool processes) {
  const FlatTree *t = m->tree;
  uint32_t supers = sg_flat_field(t, class_def, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
    if (sg_resolve_is(m, b, "threading.Thread") || (processes && sg_resolve_is(m, b, "multiprocessing.Process")))
      return true;
  return false;
}

bool sg_concurrency_is_thread(const SemanticModel *m, uint32_t expr, bool processes) {
  const FlatTree *t = m->tree;
  char buf[128];
  const char *q = sg_concurrency_made_by(m, expr, buf, sizeof buf);
  if (q && (!strcmp(q, "threading.Thread") || !strcmp(q, "threading.Timer"))) return true;
  if (q && processes && (!strcmp(q, "multiprocessing.Process") || !strcmp(q, "multiprocessing.context.Process")))
    return true;
  /* an instance of a same-file class based on threading.Thread */
  expr = sg_flat_unparen(t, expr);
  if (expr == SG_NONE) return false;
  uint32_t v = expr;
  if (t->kind[expr] == KIND_IDENTIFIER && t->name_id[expr] == NAME_SELF) {
    /* `self` in a method of such a class (`self.start()` in a Thread subclass) */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[expr]);
    uint32_t cs = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    return cs != SG_NONE && m->scopes.items[cs].kind == SCOPE_CLASS &&
           sg_concurrency_thread_class(m, m->scopes.items[cs].node, processes);
  }
  if (t->kind[expr] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, expr);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return false;
    v = sg_flat_unparen(t, sg_conc__bound_value(m, &m->bindings.items[m->symbols.items[sym].first_binding]));
  }
  if (v == SG_NONE || t->kind[v] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, v, FIELD_FUNCTION);
  uint32_t csym = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_model_node_symbol(m, fn) : SG_NONE;
  if (csym == SG_NONE || m->symbols.items[csym].binding_count != 1) return false;
  const Binding *cb = &m->bindings.items[m->symbols.items[csym].first_binding];
  return cb->kind == BINDING_KIND_CLASS && sg_concurrency_thread_class(m, cb->context, processes);
}

bool sg_lock_same(const SemanticModel *m, uint32_t a, uint32_t b) {
  const FlatTree *t = m->tree;
  if (!sg_model_same_attributes(m, &a, &b)) return false;
  if (t->kind[a] != KIND_IDENTIFIER || t->kind[b] != KIND_IDENTIFIER) return false;
  /* `self` in two methods of one class is the same object for this purpose */
  if (t->name_id[a] == NAME_SELF && t->name_id[b] == NAME_SELF) {
    uint32_t fa = sg_model_function_scope(m, m->node_scope[a]), fb = sg_model_function_scope(m, m->node_scope[b]);
    uint32_t ca = fa == SG_NONE ? SG_NONE : m->scopes.items[fa].parent;
    uint32_t cb = fb == SG_NONE ? SG_NONE : m->scopes.items[fb].parent;
    return ca == cb;
  }
  uint32_t sa = sg_model_node_symbol(m, a), sb = sg_model_node_symbol(m, b);
  if (sa != SG_NONE && sb != SG_NONE && sa != sb) {
    /* a global declared in two functions: the module's name */
    const Symbol *x = &m->symbols.items[sa], *y = &m->symbols.items[sb];
    bool gx = x->scope == 0 || (x->flags & SYMBOL_GLOBAL), gy = y->scope == 0 || (y->flags & SYMBOL_GLOBAL);
    return gx && gy && x->name == y->name;
  }
  return sa == sb && (sa != SG_NONE || t->name_id[a] == t->name_id[b]);
}

/* ---- lock regions ---------------------------------------------------------------- */

static bool sg_conc__lock_like_name(const FlatTree *t, uint32_t e) {
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE) return false;
  if (t->kind[e] == KIND_ATTRIBUTE) e = sg_flat_field(t, e, FIELD_ATTRIBUTE);
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER) return false;
  uint32_t len;
  const char *s = sg_flat_text(t, e, &len);
  for (uint32_t i = 0; i + 4 <= len; i++) {
    char c[5];
    for (int k = 0; k < 4; k++) c[k] = (char)(s[i + k] | 0x20);
    c[4] = 0;
    if (!strcmp(c, "lock")) return true;
    if (i + 5 <= len && !strncmp(c, "mute", 4) && (s[i + 4] | 0x20) == 'x') return true;
  }
  return false;
}

static bool sg_conc__is_call_of(const FlatTree *t, uint32_t stmt, uint32_t *obj, const char *method) {
  uint32_t e = stmt;
  if (t->kind[e] == KIND_EXPRESSION_STATEMENT) e = sg_flat_named_child(t, e);
  e = sg_flat_unparen(t, e);
  if (e == SG_NONE || t->kind[e] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION);
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return false;
  uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (attr == SG_NONE || !sg_flat_text_is(t, attr, method)) return false;
  *obj = sg_flat_field(t, fn, FIELD_OBJECT);
  return true;
}

/* A `L.release()` statement inside statement `s` that runs whenever `s`
 * runs to its end: reached from `s` through blocks, `with` bodies, a `try`
 * body or its `finally` only (not a branch, a loop, a handler, a nested
 * function). The lock stops being held there. SG_NONE when there is none. */
static uint32_t sg_conc__release_within(const SemanticModel *m, uint32_t s, uint32_t lock) {
  const FlatTree *t = m->tree;
  for (uint32_t q = s + 1; q <= t->subtree_end[s]; q++) {
    uint16_t k = t->kind[q];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
      q = t->subtree_end[q];
      continue;
    }
    uint32_t other;
    if (k != KIND_EXPRESSION_STATEMENT || !sg_conc__is_call_of(t, q, &other, "release") || !sg_lock_same(m, other, lock))
      continue;
    bool straight = true;
    for (uint32_t p = t->parent[q]; p != s && p != SG_NONE && straight; p = t->parent[p]) {
      uint16_t pk = t->kind[p];
      if (pk == KIND_BLOCK) {
        uint32_t owner = t->parent[p];
        uint16_t ok = owner == SG_NONE ? KIND_MODULE : t->kind[owner];
        straight = ((ok == KIND_WITH_STATEMENT || ok == KIND_TRY_STATEMENT) && t->field[p] == FIELD_BODY) ||
                   ok == KIND_FINALLY_CLAUSE;
      } else {
        straight = pk == KIND_WITH_STATEMENT || pk == KIND_TRY_STATEMENT || pk == KIND_FINALLY_CLAUSE;
      }
    }
    if (straight) return q;
  }
  return SG_NONE;
}

static int sg_conc__u64_order(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The first entry of keys (scope << 32 | node, sorted) whose scope is >= scope. */
static uint32_t sg_conc__scope_start(const uint64_t *keys, uint32_t n, uint64_t scope) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (keys[mid] >> 32 < scope) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static void sg_conc__regions(Concurrency *c, const uint32_t *sites, uint32_t count) {
  const SemanticModel *m = c->model;
  const FlatTree *t = m->tree;
  Array(uint32_t) releases = {0};
  bool releases_found = false;
  uint64_t *by_scope = NULL;
  uint32_t looked = sites ? count : t->count;
  for (uint32_t s_ = 0; s_ < looked; s_++) {
    uint32_t i = sites ? sites[s_] : s_;
    if (t->kind[i] == KIND_WITH_STATEMENT) {
      uint32_t body = sg_flat_field(t, i, FIELD_BODY);
      uint32_t clause = sg_flat_named_child(t, i);
      for (uint32_t it = sg_flat_named_child(t, clause); body != SG_NONE && it != SG_NONE; it = sg_flat_next_named(t, it)) {
        if (t->kind[it] != KIND_WITH_ITEM) continue;
        uint32_t v = sg_flat_named_child(t, it);
        if (v != SG_NONE && t->kind[v] == KIND_AS_PATTERN) v = sg_flat_named_child(t, v);
        LockKind k = sg_lock_kind(m, v);
        /* made elsewhere, but named like one (`self._lock`, `mutex`): a lock
         * of unknown kind still counts as held */
        if (k == LOCK_NONE && sg_conc__lock_like_name(t, v)) k = LOCK_UNKNOWN;
        if (k == LOCK_NONE) continue;
        LockRegion r = {t->end_byte[it], t->end_byte[body], v, v, k};
        /* `with L: ...; L.release(); ...`: not held after the release */
        for (uint32_t st = sg_flat_named_child(t, body); st != SG_NONE; st = sg_flat_next_named(t, st)) {
          uint32_t other;
          uint32_t rel = sg_conc__is_call_of(t, st, &other, "release") && sg_lock_same(m, other, v)
                             ? st : sg_conc__release_within(m, st, v);
          if (rel != SG_NONE) {
            r.end = t->start_byte[rel];
            break;
          }
        }
        array_push(&c->regions, r);
      }
      continue;
    }
    uint32_t lock;
    /* `if L.acquire(...):` holds it in the consequence */
    if (t->kind[i] == KIND_IF_STATEMENT) {
      uint32_t cond = sg_flat_field(t, i, FIELD_CONDITION), body = sg_flat_field(t, i, FIELD_CONSEQUENCE);
      if (cond != SG_NONE && body != SG_NONE && sg_conc__is_call_of(t, cond, &lock, "acquire")) {
        LockKind k = sg_lock_kind(m, lock);
        if (k != LOCK_NONE) array_push(&c->regions, ((LockRegion){t->start_byte[body], t->end_byte[body], lock, cond, k}));
      }
      continue;
    }
    if (t->kind[i] != KIND_EXPRESSION_STATEMENT || !sg_conc__is_call_of(t, i, &lock, "acquire")) continue;
    LockKind k = sg_lock_kind(m, lock);
    if (k == LOCK_NONE) continue;
    /* held until the matching release in this block (or a finally after
     * it); a lock this function never releases is a signal another thread
     * releases (acquire to wait), not a lock held over code */
    bool released_here = false;
    uint32_t fs = sg_model_function_scope(m, m->node_scope[i]);
    uint32_t fbody = m->scopes.items[fs].kind == SCOPE_MODULE ? 0 : m->scopes.items[fs].body;
    /* the file's `X.release()` calls, once: each acquire looks at those,
     * not at every node of the file */
    if (!releases_found) {
      for (uint32_t q = 0; q < t->count; q++) {
        uint32_t other;
        if (t->kind[q] == KIND_CALL && sg_conc__is_call_of(t, q, &other, "release")) array_push(&releases, q);
      }
      releases_found = true;
    }
    uint32_t from = 0, hi = releases.len;
    while (from < hi) {  /* the first release after the acquire */
      uint32_t mid = from + (hi - from) / 2;
      if (releases.items[mid] <= i) from = mid + 1;
      else hi = mid;
    }
    for (uint32_t r = from; fbody != SG_NONE && r < releases.len && !released_here; r++) {
      uint32_t q = releases.items[r], other;
      if (q > t->subtree_end[fbody]) break;
      released_here = sg_conc__is_call_of(t, q, &other, "release") && sg_lock_same(m, other, lock) &&
                      sg_model_function_scope(m, m->node_scope[q]) == fs;
    }
    if (!released_here) continue;
    /* released by another function that never acquires it (a signal
     * handler, a worker thread): the lock is a signal, not a lock */
    bool signal = false;
    if (!by_scope) {
      /* the releases by (function scope, node), to skip this function's */
      by_scope = sg_malloc(sizeof(uint64_t) * (releases.len + 1));
      for (uint32_t r = 0; r < releases.len; r++)
        by_scope[r] = (uint64_t)sg_model_function_scope(m, m->node_scope[releases.items[r]]) << 32 | releases.items[r];
      qsort(by_scope, releases.len, sizeof *by_scope, sg_conc__u64_order);
    }
    /* module-level code that releases is set-up or clean-up, not a signal:
     * scopes 0 and fs are skipped as ranges */
    uint32_t skip0 = sg_conc__scope_start(by_scope, releases.len, 1);
    uint32_t own = sg_conc__scope_start(by_scope, releases.len, fs), own_end = sg_conc__scope_start(by_scope, releases.len, fs + 1);
    for (uint32_t r = skip0; r < releases.len && !signal; r++) {
      if (r == own && own < own_end) {
        r = own_end - 1;
        continue;
      }
      uint32_t q = (uint32_t)by_scope[r], qs = (uint32_t)(by_scope[r] >> 32), other;
      if (qs == fs || qs == 0 || !sg_conc__is_call_of(t, q, &other, "release") || !sg_lock_same(m, other, lock))
        continue;
      bool acquires = false;
      uint32_t qb = m->scopes.items[qs].kind == SCOPE_MODULE ? 0 : m->scopes.items[qs].body;
      for (uint32_t z = qb; qb != SG_NONE && z <= t->subtree_end[qb] && !acquires; z++) {
        if (sg_model_function_scope(m, m->node_scope[z]) != qs) continue;
        if (t->kind[z] == KIND_CALL && sg_conc__is_call_of(t, z, &other, "acquire") && sg_lock_same(m, other, lock))
          acquires = true;
        if (t->kind[z] == KIND_WITH_ITEM && sg_lock_same(m, sg_flat_named_child(t, z), lock)) acquires = true;
      }
      signal = !acquires;
    }
    if (signal) continue;
    uint32_t end = t->parent[i] != SG_NONE ? t->end_byte[t->parent[i]] : t->end_byte[i];
    for (uint32_t s = sg_flat_next_named(t, i); s != SG_NONE; s = sg_flat_next_named(t, s)) {
      uint32_t other;
      if (sg_conc__is_call_of(t, s, &other, "release") && sg_lock_same(m, other, lock)) {
        end = t->start_byte[s];
        break;
      }
      /* released inside a `with` or `try` that runs on: `with helper(): ...; L.release()` */
      uint32_t inner = t->kind[s] == KIND_TRY_STATEMENT ? SG_NONE : sg_conc__release_within(m, s, lock);
      if (inner != SG_NONE) {
        end = t->start_byte[inner];
        break;
      }
      if (t->kind[s] == KIND_TRY_STATEMENT) {
        bool released = false;
        for (uint32_t f = t->first_child[s]; f != SG_NONE; f = t->next_sibling[f]) {
          if (t->kind[f] != KIND_FINALLY_CLAUSE) continue;
          for (uint32_t q = f; q <= t->subtree_end[f] && !released; q++)
            released = t->kind[q] == KIND_CALL && sg_conc__is_call_of(t, q, &other, "release") &&
                       sg_lock_same(m, other, lock);
          if (released) end = t->start_byte[f];
        }
        if (released) break;
      }
    }
    array_push(&c->regions, ((LockRegion){t->end_byte[i], end, lock, sg_flat_named_child(t, i), k}));
  }
  array_free(&releases);
  sg_free(by_scope);
}

const LockRegion *sg_concurrency_held(const Concurrency *c, uint32_t node) {
  const SemanticModel *m = c->model;
  const FlatTree *t = m->tree;
  uint32_t at = t->start_byte[node];
  uint32_t fs = sg_model_function_scope(m, m->node_scope[node]);
  const LockRegion *best = NULL;
  for (uint32_t r = 0; r < c->regions.len; r++) {
    const LockRegion *lr = &c->regions.items[r];
    if (at < lr->start || at >= lr->end) continue;
    if (sg_model_function_scope(m, m->node_scope[lr->site]) != fs) continue;
    if (!best || lr->start >= best->start) best = lr;
  }
  return best;
}

/* ---- thread entry points ------------------------------------------------------------ */

/* The scope of a same-file function a target expression names. */
static uint32_t sg_conc__target_scope(const SemanticModel *m, uint32_t target) {
  const FlatTree *t = m->tree;
  target = sg_flat_unparen(t, target);
  if (target == SG_NONE) return SG_NONE;
  if (t->kind[target] == KIND_LAMBDA) return m->node_own_scope[target];
  if (t->kind[target] == KIND_IDENTIFIER) {
    uint32_t sym = sg_model_node_symbol(m, target);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    return bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
  }
  if (t->kind[target] == KIND_ATTRIBUTE) {
    uint32_t obj = sg_flat_field(t, target, FIELD_OBJECT), attr = sg_flat_field(t, target, FIELD_ATTRIBUTE);
    uint32_t psym = obj != SG_NONE && t->kind[sg_flat_unparen(t, obj)] == KIND_IDENTIFIER
                        ? sg_model_node_symbol(m, sg_flat_unparen(t, obj)) : SG_NONE;
    bool param = psym != SG_NONE && (m->symbols.items[psym].flags & SYMBOL_PARAMETER) &&
                 t->name_id[sg_flat_unparen(t, obj)] != NAME_SELF && t->name_id[sg_flat_unparen(t, obj)] != NAME_CLS;
    if (obj != SG_NONE && attr != SG_NONE && (param || t->kind[sg_flat_unparen(t, obj)] == KIND_ATTRIBUTE)) {
      /* `self.service.post(...)`, `book.checkout(size)` on a parameter: the
       * one method of that name the file's classes define, unless the
       * object is made by a known library */
      uint32_t def = sg_model_only_method(m, t->name_id[attr]);
      char buf[128];
      if (def == SG_NONE || sg_concurrency_made_by(m, obj, buf, sizeof buf)) return SG_NONE;
      return m->node_own_scope[def];
    }
    uint32_t cls = SG_NONE;
    if (obj != SG_NONE && attr != SG_NONE && t->kind[sg_flat_unparen(t, obj)] == KIND_CALL) {
      /* `Bench(luthier).carve_tops(n)`: a method of a same-file class's new object */
      uint32_t cf = sg_flat_unparen(t, sg_flat_field(t, sg_flat_unparen(t, obj), FIELD_FUNCTION));
      uint32_t csym = cf != SG_NONE && t->kind[cf] == KIND_IDENTIFIER ? sg_model_node_symbol(m, cf) : SG_NONE;
      const Binding *cb = csym != SG_NONE && m->symbols.items[csym].binding_count == 1
                              ? &m->bindings.items[m->symbols.items[csym].first_binding] : NULL;
      if (!cb || cb->kind != BINDING_KIND_CLASS) return SG_NONE;
      cls = m->node_own_scope[cb->context];
      uint32_t sym = sg_model_symbol(m, cls, t->name_id[attr]);
      if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
      const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
      return bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
    }
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER) return SG_NONE;
    if (t->name_id[obj] == NAME_SELF) {
      uint32_t fs = sg_model_function_scope(m, m->node_scope[target]);
      cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
    } else {
      /* obj = SomeClass(...): a same-file class */
      uint32_t osym = sg_model_node_symbol(m, obj);
      if (osym == SG_NONE || m->symbols.items[osym].binding_count != 1) return SG_NONE;
      const Binding *ob = &m->bindings.items[m->symbols.items[osym].first_binding];
      uint32_t v = sg_flat_unparen(t, sg_conc__bound_value(m, ob));
      if (ob->kind == BINDING_KIND_FOR_TARGET && ob->context != SG_NONE) {
        /* `for run in runs` with `runs = [PayrollRun(...) for ...]`: an item */
        uint32_t it = sg_flat_unparen(t, sg_flat_field(t, ob->context, FIELD_RIGHT));
        if (it != SG_NONE && t->kind[it] == KIND_IDENTIFIER) {
          uint32_t isym = sg_model_node_symbol(m, it);
          it = isym == SG_NONE || m->symbols.items[isym].binding_count != 1 ? SG_NONE
               : sg_flat_unparen(t, sg_conc__bound_value(m, &m->bindings.items[m->symbols.items[isym].first_binding]));
        }
        v = it != SG_NONE && (t->kind[it] == KIND_LIST_COMPREHENSION || t->kind[it] == KIND_GENERATOR_EXPRESSION)
                ? sg_flat_unparen(t, sg_flat_field(t, it, FIELD_BODY)) : SG_NONE;
        /* `for office, buyer in zip(offices, buyers)`: the file's one method of that name */
        if (v == SG_NONE) {
          uint32_t def = sg_model_only_method(m, t->name_id[attr]);
          return def == SG_NONE ? SG_NONE : m->node_own_scope[def];
        }
      }
      if (v == SG_NONE || t->kind[v] != KIND_CALL) return SG_NONE;
      uint32_t fn = sg_flat_field(t, v, FIELD_FUNCTION);
      uint32_t csym = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? sg_model_node_symbol(m, fn) : SG_NONE;
      if (csym == SG_NONE || m->symbols.items[csym].binding_count != 1) return SG_NONE;
      const Binding *cb = &m->bindings.items[m->symbols.items[csym].first_binding];
      if (cb->kind == BINDING_KIND_CLASS) cls = m->node_own_scope[cb->context];
    }
    if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
    uint32_t sym = sg_model_symbol(m, cls, t->name_id[attr]);
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    return bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
  }
  return SG_NONE;
}

static bool sg_conc__in_loop(const FlatTree *t, uint32_t node) {
  return sg_flat_enclosing_loop(t, node) != SG_NONE;
}

/* Pool methods that run their first argument on the pool's workers (by the
 * well-known name ids of parser/names.def, as analyses/processes.c). */
static bool sg_conc__pool_method(uint32_t name) {
  return name == NAME_SUBMIT || name == NAME_MAP || name == NAME_APPLY_ASYNC || name == NAME_APPLY ||
         name == NAME_IMAP || name == NAME_IMAP_UNORDERED || name == NAME_STARMAP || name == NAME_MAP_ASYNC;
}

static void sg_conc__starts(Concurrency *c) {
  const SemanticModel *m = c->model;
  const FlatTree *t = m->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    char buf[128];
    const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
    /* `ctx.Process(...)`, ctx = multiprocessing.get_context(...) */
    if (!q && fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE &&
        sg_flat_text_is(t, sg_flat_field(t, fn, FIELD_ATTRIBUTE), "Process"))
      q = sg_concurrency_made_by(m, i, buf, sizeof buf);
    uint32_t target = SG_NONE;
    bool process = false, pool = false;
    if (q) {
      if (!strcmp(q, "threading.Thread")) target = sg_flat_call_arg(t, i, 1, "target");
      else if (!strcmp(q, "threading.Timer")) target = sg_flat_call_arg(t, i, 1, "function");
      else if (!strcmp(q, "multiprocessing.Process") || !strcmp(q, "multiprocessing.context.Process")) {
        target = sg_flat_call_arg(t, i, 1, "target");
        process = true;
      } else if (!strcmp(q, "_thread.start_new_thread") || !strcmp(q, "asyncio.to_thread")) {
        target = sg_flat_call_arg(t, i, 0, NULL);
      }
    }
    if (target == SG_NONE && fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
      uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      /* only pool methods need to know what the object is */
      uint32_t an = attr == SG_NONE ? SG_NONE : t->name_id[attr];
      if (!sg_conc__pool_method(an) && an != NAME_RUN_IN_EXECUTOR) continue;
      char ob[128];
      const char *oq = obj == SG_NONE ? NULL : sg_concurrency_made_by(m, obj, ob, sizeof ob);
      if (attr != SG_NONE && oq) {
        bool thread_pool = strstr(oq, "ThreadPoolExecutor") || strstr(oq, "ThreadPool");
        bool process_pool = strstr(oq, "ProcessPoolExecutor") || !strcmp(oq, "multiprocessing.Pool") ||
                            !strcmp(oq, "multiprocessing.pool.Pool");
        if ((thread_pool || process_pool) && sg_conc__pool_method(an)) {
          target = sg_flat_call_arg(t, i, 0, NULL);
          process = process_pool;
          pool = true;
        }
      }
      if (an == NAME_RUN_IN_EXECUTOR) {
        uint32_t ex = sg_flat_call_arg(t, i, 0, NULL);
        if (ex != SG_NONE && (t->kind[ex] == KIND_NONE ||
                              ((oq = sg_concurrency_made_by(m, ex, ob, sizeof ob)) && strstr(oq, "ThreadPool")))) {
          target = sg_flat_call_arg(t, i, 1, NULL);
          pool = true;
        }
      }
    }
    uint32_t scope = sg_conc__target_scope(m, target);
    if (scope == SG_NONE) continue;
    ThreadStart st = {i, scope, target, process, pool || sg_conc__in_loop(t, i)};
    array_push(&c->starts, st);
  }
  /* a target started from two places runs concurrently too (counted per
   * scope: not a comparison of every pair of starts) */
  uint32_t *started = sg_calloc(m->scopes.len + 1, sizeof(uint32_t));
  for (uint32_t a = 0; a < c->starts.len; a++) started[c->starts.items[a].function]++;
  for (uint32_t a = 0; a < c->starts.len; a++)
    if (started[c->starts.items[a].function] > 1) c->starts.items[a].repeated = true;
  sg_free(started);
  /* Thread subclasses: run() */
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_CLASS) continue;
    if (!sg_concurrency_thread_class(m, sc->node, false)) continue;
    uint32_t run = sg_names_find(&t->names, "run", 3);
    uint32_t sym = run == SG_NONE ? SG_NONE : sg_model_symbol(m, s, run);
    if (sym == SG_NONE) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    if (bd->kind != BINDING_KIND_DEF) continue;
    /* instantiated in a loop or twice: several threads */
    uint32_t cls_sym = m->node_binding[sg_flat_field(t, sc->node, FIELD_NAME)];
    uint32_t uses = 0;
    bool loop = false;
    if (cls_sym != SG_NONE)
      for (uint32_t r = m->symbols.items[m->bindings.items[cls_sym].symbol].first_reference; r != SG_NONE;
           r = m->references.items[r].next) {
        uses++;
        loop |= sg_conc__in_loop(t, m->references.items[r].node);
      }
    ThreadStart st = {sc->node, m->node_own_scope[bd->context], SG_NONE, false, loop || uses > 1};
    array_push(&c->starts, st);
  }
}

/* Is the def decorated `@property` (its getter)? */
static bool sg_conc__property(const FlatTree *t, uint32_t def) {
  uint32_t dd = t->parent[def];
  if (dd == SG_NONE || t->kind[dd] != KIND_DECORATED_DEFINITION) return false;
  for (uint32_t d = t->first_child[dd]; d != SG_NONE; d = t->next_sibling[d])
    if (t->kind[d] == KIND_DECORATOR) {
      uint32_t e = sg_flat_named_child(t, d);
      if (e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && sg_flat_text_is(t, e, "property")) return true;
    }
  return false;
}

/* Mark what each start reaches: direct calls of same-file functions and
 * self.method() calls, breadth first. */
static void sg_conc__reach(Concurrency *c) {
  const SemanticModel *m = c->model;
  const FlatTree *t = m->tree;
  Array(uint32_t) work = {0};
  for (uint32_t s = 0; s < c->starts.len; s++) {
    const ThreadStart *st = &c->starts.items[s];
    uint8_t *mark = st->process ? c->runs_in_process : c->runs_on_thread;
    work.len = 0;
    array_push(&work, st->function);
    while (work.len) {
      uint32_t f = work.items[--work.len];
      if (mark[f]) {
        if (!st->repeated || st->process || c->runs_concurrently[f]) continue;
      }
      mark[f] = 1;
      if (!st->process) {
        if (st->repeated) c->runs_concurrently[f] = 1;
        if (c->started_by[f] == SG_NONE) c->started_by[f] = s;
      }
      const Scope *sc = &m->scopes.items[f];
      for (uint32_t i = sc->body; sc->body != SG_NONE && i <= t->subtree_end[sc->body]; i++) {
        if (t->kind[i] == KIND_ATTRIBUTE && t->field[i] != FIELD_FUNCTION) {
          /* `self.client` where `client` is a property: its getter runs here */
          uint32_t g = sg_conc__target_scope(m, i);
          if (g != SG_NONE && g != f && sg_conc__property(t, m->scopes.items[g].node)) array_push(&work, g);
          continue;
        }
        if (t->kind[i] != KIND_CALL) continue;
        uint32_t g = sg_conc__target_scope(m, sg_flat_field(t, i, FIELD_FUNCTION));
        if (g != SG_NONE && g != f) array_push(&work, g);
      }
    }
  }
  array_free(&work);
}

static int sg_conc__u32_order(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* by_site: the regions ordered by (site start byte, index) */
static void sg_conc__index_regions(Concurrency *c) {
  const FlatTree *t = c->model->tree;
  uint32_t n = c->regions.len;
  uint64_t *keys = sg_malloc(sizeof(uint64_t) * (n + 1));
  for (uint32_t r = 0; r < n; r++) keys[r] = (uint64_t)t->start_byte[c->regions.items[r].site] << 32 | r;
  qsort(keys, n, sizeof *keys, sg_conc__u64_order);
  c->by_site = sg_malloc(sizeof(uint32_t) * (n + 1));
  for (uint32_t r = 0; r < n; r++) c->by_site[r] = (uint32_t)keys[r];
  sg_free(keys);
}

void sg_concurrency_regions_in(const Concurrency *c, uint32_t start, uint32_t end, RegionList *out) {
  const FlatTree *t = c->model->tree;
  out->len = 0;
  uint32_t lo = 0, hi = c->regions.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (t->start_byte[c->regions.items[c->by_site[mid]].site] < start) lo = mid + 1;
    else hi = mid;
  }
  for (uint32_t p = lo; p < c->regions.len && t->start_byte[c->regions.items[c->by_site[p]].site] < end; p++)
    array_push(out, c->by_site[p]);
  if (out->len > 1) qsort(out->items, out->len, sizeof *out->items, sg_conc__u32_order);
}

Concurrency *sg_concurrency_build(const SemanticModel *m, const uint32_t *sites, uint32_t count) {
  Concurrency *c = sg_calloc(1, sizeof(Concurrency));
  c->model = m;
  uint32_t n = m->scopes.len ? m->scopes.len : 1;
  c->runs_on_thread = sg_calloc(n, 1);
  c->runs_concurrently = sg_calloc(n, 1);
  c->runs_in_process = sg_calloc(n, 1);
  c->started_by = sg_malloc(sizeof(uint32_t) * n);
  memset(c->started_by, 0xff, sizeof(uint32_t) * n);
  sg_conc__regions(c, sites, count);
  sg_conc__index_regions(c);
  sg_conc__starts(c);
  sg_conc__reach(c);
  return c;
}

void sg_concurrency_delete(Concurrency *c) {
  if (!c) return;
  array_free(&c->regions);
  array_free(&c->starts);
  sg_free(c->runs_on_thread);
  sg_free(c->runs_concurrently);
  sg_free(c->runs_in_process);
  sg_free(c->started_by);
  sg_free(c->by_site);
  sg_free(c);
}
