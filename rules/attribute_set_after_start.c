/* SNG513 attribute-set-after-start: `__init__` starts a thread that runs a
 * method of self, then sets an attribute that method reads. */
#include <string.h>

#include "analyses/resolve.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_attribute_set_after_start = {
  .summary = "`__init__` sets an attribute after starting the thread that reads it",
  .what =
    "Reports `self.<name> = ...` in `__init__` after a thread was started there whose target is a method of "
    "the same object (`threading.Thread(target=self.loop).start()`, `threading.Timer(t, self.tick)`, or "
    "`self.start()` in a `Thread` subclass, whose `run` is the target) when that method reads "
    "`self.<name>` and nothing gave the object that attribute before the start (no assignment earlier in "
    "`__init__`, no class-level attribute, no base class other than `Thread` or `object`). Also a "
    "same-file subclass whose `__init__` calls the base's (`super().__init__()`, which starts the "
    "thread) and then sets an attribute that the thread's method, or a method it calls on self "
    "(the subclass's `handle`), reads.",
  .why =
    "The new thread can run at once: its first read of the attribute may come before `__init__` gets to "
    "the assignment, and fails with `AttributeError` (or, when `getattr` has a default, sees a value "
    "that is about to change). How often depends on scheduling, which makes it a heisenbug.",
  .example =
    "import threading\n\nclass Poller:\n    def __init__(self, interval):\n"
    "        self.thread = threading.Thread(target=self.loop)\n        self.thread.start()\n"
    "        self.interval = interval\n\n    def loop(self):\n        print(self.interval)\n",
  .instead =
    "import threading\n\nclass Poller:\n    def __init__(self, interval):\n        self.interval = interval\n"
    "        self.thread = threading.Thread(target=self.loop)\n        self.thread.start()\n\n"
    "    def loop(self):\n        print(self.interval)\n",
  .limits =
    "Only `__init__`, only the method the thread runs (and, for a subclass, the methods it calls on "
    "self), only a class whose bases are `object` or `threading.Thread`.",
};

/* What threading.Thread's objects have of their own. */
static const char *const sg_after_start__thread_attrs[] = {
  "daemon", "getName", "ident", "isDaemon", "is_alive", "join", "name", "native_id", "run", "setDaemon",
  "setName", "start",
};

static bool sg_after_start__is_self(const FlatTree *t, uint32_t e, uint32_t self_name) {
  e = sg_flat_unparen(t, e);
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && t->name_id[e] == self_name;
}

/* `self.<m>` in a Thread/Timer call's target: m's name id, or SG_NONE. */
static uint32_t sg_after_start__target(const SemanticModel *m, uint32_t call, uint32_t self_name) {
  const FlatTree *t = m->tree;
  call = sg_flat_unparen(t, call);
  if (call == SG_NONE || t->kind[call] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION), target = SG_NONE;
  if (sg_resolve_is(m, fn, "threading.Thread")) target = sg_flat_call_arg(t, call, 1, "target");
  else if (sg_resolve_is(m, fn, "threading.Timer")) target = sg_flat_call_arg(t, call, 1, "function");
  target = target == SG_NONE ? SG_NONE : sg_flat_unparen(t, target);
  if (target == SG_NONE || t->kind[target] != KIND_ATTRIBUTE ||
      !sg_after_start__is_self(t, sg_flat_field(t, target, FIELD_OBJECT), self_name))
    return SG_NONE;
  uint32_t attr = sg_flat_field(t, target, FIELD_ATTRIBUTE);
  return attr == SG_NONE ? SG_NONE : t->name_id[attr];
}

/* The Thread/Timer call that `x` of `x.start()` holds in `__init__`
 * (body: its block): the call itself, a name bound once to it, or
 * `self.<a>` assigned it before the start. */
static uint32_t sg_after_start__thread_call(const SemanticModel *m, uint32_t x, uint32_t body, uint32_t before,
                                            uint32_t self_name) {
  const FlatTree *t = m->tree;
  x = sg_flat_unparen(t, x);
  if (x == SG_NONE) return SG_NONE;
  if (t->kind[x] == KIND_CALL) return x;
  if (t->kind[x] == KIND_IDENTIFIER) {
    uint32_t r = m->node_reference[x];
    uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
    if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    return bd->kind == BINDING_KIND_ASSIGNMENT ? bd->value : SG_NONE;
  }
  if (t->kind[x] != KIND_ATTRIBUTE || !sg_after_start__is_self(t, sg_flat_field(t, x, FIELD_OBJECT), self_name))
    return SG_NONE;
  uint32_t name = t->name_id[sg_flat_field(t, x, FIELD_ATTRIBUTE)], found = SG_NONE;
  for (uint32_t i = body; i <= t->subtree_end[body] && t->start_byte[i] < t->start_byte[before]; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT));
    if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE ||
        !sg_after_start__is_self(t, sg_flat_field(t, left, FIELD_OBJECT), self_name) ||
        t->name_id[sg_flat_field(t, left, FIELD_ATTRIBUTE)] != name)
      continue;
    found = sg_flat_field(t, i, FIELD_RIGHT);
  }
  return found;
}

/* Are the class's bases only `object` and `threading.Thread` (none is
 * fine)? *thread: one is Thread. */
static bool sg_after_start__plain_bases(const SemanticModel *m, uint32_t cls_node, bool *thread) {
  const FlatTree *t = m->tree;
  *thread = false;
  uint32_t supers = sg_flat_field(t, cls_node, FIELD_SUPERCLASSES);
  for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
    if (sg_resolve_is(m, b, "threading.Thread")) *thread = true;
    else if (!sg_resolve_is(m, b, "builtins.object")) return false;
  }
  return true;
}

/* The first `self.<name>` assignment target in [from, to) of a function
 * body (any depth, nested functions aside), or SG_NONE. */
static uint32_t sg_after_start__assigned(const FlatTree *t, uint32_t body, uint32_t from, uint32_t to, uint32_t name,
                                         uint32_t self_name) {
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) {
      i = t->subtree_end[i];
      continue;
    }
    if (t->start_byte[i] < from || t->start_byte[i] >= to) continue;
    if (k != KIND_ATTRIBUTE || t->field[i] != FIELD_LEFT) continue;
    uint32_t p = t->parent[i];
    if (p == SG_NONE || (t->kind[p] != KIND_ASSIGNMENT && t->kind[p] != KIND_AUGMENTED_ASSIGNMENT)) continue;
    uint32_t attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (attr != SG_NONE && t->name_id[attr] == name && sg_after_start__is_self(t, sg_flat_field(t, i, FIELD_OBJECT), self_name))
      return i;
  }
  return SG_NONE;
}

static void sg_after_start__check(RuleContext *ctx, uint32_t start, uint32_t init, uint32_t cls, uint32_t method,
                                  uint32_t self_name, bool thread_class, uint32_t base, uint32_t base_start) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t mdef = m->scopes.items[method].node, mbody = sg_flat_field(t, mdef, FIELD_BODY);
  uint32_t mself = sg_classes_self(m, method);
  uint32_t ibody = sg_flat_field(t, m->scopes.items[init].node, FIELD_BODY);
  if (mbody == SG_NONE || ibody == SG_NONE || mself == SG_NONE) return;
  uint32_t mself_name = m->symbols.items[mself].name;
  /* `hasattr(self, ...)` in the method: it expects attributes to come late */
  for (uint32_t i = mbody; i <= t->subtree_end[mbody]; i++)
    if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "hasattr")) return;
  uint8_t *seen = sg_calloc(t->names.text.len + 1, 1);
  for (uint32_t i = mbody; i <= t->subtree_end[mbody]; i++) {
    /* a read: not the target of a plain assignment (`+=` reads first) */
    if (t->kind[i] != KIND_ATTRIBUTE ||
        (t->field[i] == FIELD_LEFT && t->parent[i] != SG_NONE && t->kind[t->parent[i]] != KIND_AUGMENTED_ASSIGNMENT))
      continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (attr == SG_NONE || obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || m->node_reference[obj] == SG_NONE ||
        m->references.items[m->node_reference[obj]].symbol != mself)
      continue;
    uint32_t name = t->name_id[attr];
    if (name == SG_NONE || name >= t->names.text.len || seen[name]) continue;  /* the first read of each name */
    seen[name] = 1;
    if (sg_model_symbol(m, cls, name) != SG_NONE) continue;  /* a class-level attribute or method */
    if (base != SG_NONE) {
      /* the base's class body, or its `__init__` before it starts the thread */
      if (sg_model_symbol(m, base, name) != SG_NONE) continue;
      uint32_t binit = sg_model_function_scope(m, m->node_scope[base_start]);
      uint32_t bbody = binit == SG_NONE ? SG_NONE : sg_flat_field(t, m->scopes.items[binit].node, FIELD_BODY);
      uint32_t bself = binit == SG_NONE ? SG_NONE : sg_classes_self(m, binit);
      if (bbody == SG_NONE || bself == SG_NONE ||
          sg_after_start__assigned(t, bbody, 0, UINT32_MAX, name, m->symbols.items[bself].name) != SG_NONE)
        continue;
    }
    if (thread_class) {
      bool own = false;
      const char *s = sg_names_text(&t->names, name);
      for (size_t k = 0; k < sizeof sg_after_start__thread_attrs / sizeof *sg_after_start__thread_attrs && !own; k++)
        own = !strcmp(s, sg_after_start__thread_attrs[k]);
      if (own || s[0] == '_') continue;  /* Thread's own, or one it may set (`_target`...) */
    }
    /* the method sets it itself before this read */
    if (sg_after_start__assigned(t, mbody, 0, t->start_byte[i], name, mself_name) != SG_NONE) continue;
    /* set in __init__ before the start: fine; set only after it: the race */
    if (sg_after_start__assigned(t, ibody, 0, t->start_byte[start], name, self_name) != SG_NONE) continue;
    uint32_t late = sg_after_start__assigned(t, ibody, t->end_byte[start], UINT32_MAX, name, self_name);
    if (late == SG_NONE) continue;
    uint32_t mname = sg_flat_field(t, mdef, FIELD_NAME);
    Diagnostic *d = sg_rule_report(
        ctx, RULE_attribute_set_after_start, late,
        "`self.%s` is set here, after the thread started on line %u, whose `%s` reads it on line %u: the "
        "thread may get there first and fail with AttributeError; set it before `start()`",
        sg_names_text(&t->names, name), sg_source_line_of(ctx->source, t->start_byte[start]) + 1,
        mname == SG_NONE ? "target" : sg_flat_name(t, mname), sg_source_line_of(ctx->source, t->start_byte[i]) + 1);
    sg_diag_related(d, t->start_byte[start], t->end_byte[start], "the thread starts here");
    sg_diag_related(d, t->start_byte[i], t->end_byte[i], "read by the thread");
  }
  sg_free(seen);
}

/* The method `name` (name id) of class scope cls, else of base: its scope. */
static uint32_t sg_after_start__method_of(const SemanticModel *m, uint32_t cls, uint32_t base, uint32_t name) {
  for (int k = 0; k < 2; k++) {
    uint32_t sym = sg_model_symbol(m, k ? base : cls, name);
    if (sym == SG_NONE) continue;
    if (m->symbols.items[sym].binding_count != 1) return SG_NONE;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    return bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
  }
  return SG_NONE;
}

/* A same-file subclass of cls (whose `__init__` started the thread that
 * runs `method` at `start`) whose own `__init__` calls the base's
 * (`super().__init__(...)`), so the thread is running, and then sets an
 * attribute that the thread's method, or a method it calls on self
 * (`self.handle(item)`, the subclass's own), reads. */
static void sg_after_start__subclasses(RuleContext *ctx, uint32_t start, uint32_t cls, uint32_t method) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  if (cname == SG_NONE) return;
  uint32_t mself = sg_classes_self(m, method), mbody = m->scopes.items[method].body;
  uint32_t init_name = sg_names_find(&t->names, "__init__", 8);
  if (mself == SG_NONE || mbody == SG_NONE || init_name == SG_NONE) return;
  for (uint32_t sc = 0; sc < m->scopes.len; sc++) {
    if (m->scopes.items[sc].kind != SCOPE_CLASS || sc == cls) continue;
    uint32_t node = m->scopes.items[sc].node, supers = sg_flat_field(t, node, FIELD_SUPERCLASSES);
    bool derives = false;
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && !derives; b = sg_flat_next_named(t, b))
      derives = t->kind[b] == KIND_IDENTIFIER && t->name_id[b] == t->name_id[cname];
    if (!derives) continue;
    uint32_t init = sg_after_start__method_of(m, sc, SG_NONE, init_name);
    uint32_t ibody = init == SG_NONE ? SG_NONE : m->scopes.items[init].body;
    uint32_t iself = init == SG_NONE ? SG_NONE : sg_classes_self(m, init);
    if (ibody == SG_NONE || iself == SG_NONE) continue;
    /* the base's `__init__` called: `super().__init__(...)`, `Base.__init__(self, ...)` */
    bool passes_self;
    uint32_t call = sg_classes_base_init_call(m, m->scopes.items[init].node, cname, &passes_self);
    if (call == SG_NONE) continue;
    /* the thread's method as the subclass has it, and what it calls on self */
    uint32_t mname = sg_flat_field(t, m->scopes.items[method].node, FIELD_NAME);
    uint32_t run = mname == SG_NONE ? SG_NONE : sg_after_start__method_of(m, sc, cls, t->name_id[mname]);
    if (run == SG_NONE) continue;
    uint32_t runs[8], n = 0;
    runs[n++] = run;
    uint32_t rbody = m->scopes.items[run].body, rself = sg_classes_self(m, run);
    for (uint32_t i = rbody; rbody != SG_NONE && rself != SG_NONE && i <= t->subtree_end[rbody] && n < 8; i++) {
      if (t->kind[i] != KIND_CALL) continue;
      uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_FUNCTION));
      if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
      uint32_t o = sg_flat_unparen(t, sg_flat_field(t, fn, FIELD_OBJECT)), a = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      if (o == SG_NONE || a == SG_NONE || t->kind[o] != KIND_IDENTIFIER || sg_model_node_symbol(m, o) != rself) continue;
      uint32_t h = sg_after_start__method_of(m, sc, cls, t->name_id[a]);
      bool dup = h == SG_NONE;
      for (uint32_t k = 0; k < n && !dup; k++) dup = runs[k] == h;
      if (!dup) runs[n++] = h;
    }
    for (uint32_t k = 0; k < n; k++)
      sg_after_start__check(ctx, call, init, sc, runs[k], m->symbols.items[iself].name, false, cls, start);
  }
}

void sg_rule_attribute_set_after_start(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  /* each start reads its `__init__` and the method the thread runs: a
   * budget linear in the file keeps thousands of starts in one huge
   * `__init__` from making it quadratic (past it, the rest are skipped) */
  uint64_t work = 0, budget = 8ull * t->count + 100000;
  for (uint32_t i = 0; i < t->count && work < budget; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE || args == SG_NONE || sg_flat_named_child(t, args) != SG_NONE)
      continue;
    uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (attr == SG_NONE || t->name_id[attr] == SG_NONE || !sg_flat_text_is(t, attr, "start")) continue;
    /* in `__init__` of a class */
    uint32_t init = sg_model_function_scope(m, m->node_scope[i]);
    if (init == SG_NONE || m->scopes.items[init].kind != SCOPE_FUNCTION) continue;
    uint32_t idef = m->scopes.items[init].node, iname = sg_flat_field(t, idef, FIELD_NAME);
    uint32_t cls = m->scopes.items[init].parent;
    if (iname == SG_NONE || !sg_flat_text_is(t, iname, "__init__") || cls == SG_NONE ||
        m->scopes.items[cls].kind != SCOPE_CLASS)
      continue;
    uint32_t self_sym = sg_classes_self(m, init);
    if (self_sym == SG_NONE) continue;
    uint32_t self_name = m->symbols.items[self_sym].name;
    bool thread_class;
    if (!sg_after_start__plain_bases(m, m->scopes.items[cls].node, &thread_class)) continue;
    uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), target = SG_NONE;
    if (sg_after_start__is_self(t, obj, self_name)) {
      if (thread_class) target = sg_names_find(&t->names, "run", 3);  /* self.start(): runs run() */
    } else {
      uint32_t body = sg_flat_field(t, idef, FIELD_BODY);
      if (body == SG_NONE) continue;
      target = sg_after_start__target(m, sg_after_start__thread_call(m, obj, body, i, self_name), self_name);
    }
    if (target == SG_NONE) continue;
    /* the method, defined once in this class */
    uint32_t msym = sg_model_symbol(m, cls, target);
    if (msym == SG_NONE || m->symbols.items[msym].binding_count != 1) continue;
    const Binding *bd = &m->bindings.items[m->symbols.items[msym].first_binding];
    if (bd->kind != BINDING_KIND_DEF) continue;
    uint32_t method = m->node_own_scope[bd->context];
    work += t->subtree_end[idef] - idef + 1;
    work += t->subtree_end[m->scopes.items[method].node] - m->scopes.items[method].node + 1;
    sg_after_start__check(ctx, i, init, cls, method, self_name, thread_class, SG_NONE, SG_NONE);
    sg_after_start__subclasses(ctx, i, cls, method);
  }
}
