/* SNG602 unpicklable-argument. */
#include <stdio.h>
#include <string.h>

#include "analyses/values.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_unpicklable_argument = {
  .summary = "An argument sent to another process cannot be pickled",
  .what =
    "Reports an argument to a `Process` or a Pool/ProcessPoolExecutor task that cannot be "
    "pickled: a `threading` lock, condition, event, semaphore or barrier, `threading.local`, a "
    "thread, an open file (also `tempfile.TemporaryFile`, `gzip.open`, `codecs.open`, an `io` "
    "text or buffered stream, an open archive), a database connection, a `queue` queue, a logging handler, a subprocess, a "
    "selector, a thread pool, a generator, a lambda or nested function, or an "
    "instance (or bound method) of a same-file class that stores such a thing on `self` "
    "and defines no `__getstate__`/`__reduce__` (a generator made by one of its methods "
    "counts; a dataclass field's default or `default_factory` such as `threading.Lock` too), "
    "or a `functools.partial` holding one or wrapping a function that cannot be pickled (a "
    "lambda, a function a decorator replaced, here or in the file it is imported from), or an "
    "instance of a class defined inside "
    "a function; a loop variable stands for an item of what it iterates (a comprehension, "
    "or what a same-file function or method of the class returns). The items of a `map`'s iterable "
    "count when it is a display or comprehension, also through a name bound once to one. "
    "Values are followed where the file makes them: a parameter to what the file's calls "
    "pass for it (a function by name, a method on an instance of its class), a constructor "
    "parameter kept on `self` to what the instantiations pass, `a or B()`, a dataclass "
    "field's default, what a same-file function returns (an instance of a class it defines "
    "inside itself, also kept on `self`), a list built by `append`, and a tuple of task "
    "arguments item by item; the items of what a pool maps over are followed the same way "
    "(`an item of cases is ...`), as are a value looked up in a dict display bound once "
    "(`TRANSFORMS[name]`: the value under that literal key, else any), what a generator function "
    "or method yields, and the items of what the function a same-file factory returns gives "
    "back when called (`parametrize(cases)(check)`). A task bound to a name first (`compute = partial(...)`) "
    "counts, and so does what a multiprocessing `Pipe` end `send`s or a multiprocessing "
    "`Queue` `put`s (both pickle it). "
    "Also such an argument handed to a function of another file of the program that sends "
    "that parameter to a child process (`fan_out(exporter.export, reports)` where "
    "`fan_out` submits it to a `ProcessPoolExecutor`), reported at the argument. "
    "A staticmethod or classmethod reached through an instance carries no instance. "
    "A pool task's result travels back by pickle too: a same-file module-level task function "
    "returning what it makes that cannot be pickled (an instance of a class a factory defines "
    "inside itself, or a list of them) is reported at the call. "
    "The same values are reported where this process pickles them itself: `pickle.dumps(x)`, "
    "`pickle.dump(x, f)`, and `copy.deepcopy(x)` of an object (deepcopy goes through the pickle "
    "protocol for objects without `__deepcopy__`; functions and classes it copies as they are), "
    "unless the call is in a `try` with handlers or under `assertRaises`/`pytest.raises`; "
    "also a value stored in a `shelve` shelf (`db[key] = value`). "
    "Arguments unpacked into a task (`pool.submit(f, *self._task(c))`) count item by item, "
    "through what the method returns; so does a task made by a method of the class "
    "(`pool.submit(self.scorer(), x)` returning a `functools.partial` of a lambda). "
    "An attribute set to a fallback for an `__init__` parameter (`log if log is not None else "
    "open_log()`) counts only when the instantiation does not give that parameter. "
    "A class defined inside a function that says how to pickle itself, derives from a class of "
    "elsewhere, or is renamed (`__qualname__`) is not reported. "
    "Sockets are not reported: "
    "`multiprocessing` registers a reducer that duplicates them into the child.",
  .more =
    "Where this process pickles a value itself the value is followed further: a data attribute "
    "of `self` to what the class keeps there (`copy.deepcopy(self.inventory)`), an item of a "
    "container the class fills (`self.jobs[ticket]`), an `__init__` parameter to what the "
    "instantiations pass, an object whose attribute the code that made it sets to a lambda "
    "(`record.rule = lambda h: ...`), and a class that keeps lambdas or nested functions on "
    "`self` (`self.converters = {\"temp\": lambda c: ...}`).",
  .why =
    "The arguments travel to the child by pickle: `TypeError: cannot pickle "
    "'_thread.lock' object` (or `'_io.TextIOWrapper'`, `'generator'`...). Same start-method "
    "rules as SNG601.",
  .example =
    "import threading\nfrom multiprocessing import Process\n\ndef work(lock):\n    pass\n\n"
    "def main():\n    p = Process(target=work, args=(threading.Lock(),))\n    p.start()\n",
  .instead =
    "import multiprocessing\nfrom multiprocessing import Process\n\ndef work(lock):\n    pass\n\n"
    "def main():\n    p = Process(target=work, args=(multiprocessing.Lock(),))\n    p.start()\n",
};

/* handed to a function of another file of the program that sends it (a
 * lambda, a nested function: SNG601's) */
static const char *sg_unpicklable_argument__why(RuleContext *ctx, uint32_t arg) {
  uint32_t made;
  if (sg_processes_unpicklable_callable(ctx, arg, &made)) return NULL;
  return sg_processes_unpicklable_argument(ctx, arg, &made);
}

static void sg_unpicklable_argument__elsewhere(RuleContext *ctx, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                               const char *why) {
  char bound[256];
  if (ctx->tree->kind[sg_flat_unparen(ctx->tree, arg)] == KIND_ATTRIBUTE) {
    /* `exporter.export`: the bound method pickles its instance */
    snprintf(bound, sizeof bound, "a bound method that carries its instance, %s", why);
    why = bound;
  }
  sg_processes_report_elsewhere(ctx, RULE_unpicklable_argument, call, arg, ps, why);
}

/* Is `x.name` a staticmethod or classmethod: every method of that name in
 * a class of the file is decorated so? Then it does not carry an instance
 * (a classmethod pickles as its class's attribute, a staticmethod as a
 * function). */
static bool sg_unpicklable_argument__unbound(const SemanticModel *m, uint32_t attr) {
  const FlatTree *t = m->tree;
  uint32_t defs[8];
  bool other;
  uint32_t n = sg_model_class_methods(m, t->name_id[attr], defs, 8, &other);
  if (n == 0 || other) return false;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t p = t->parent[defs[k]];
    bool marked = false;
    for (uint32_t d = p != SG_NONE && t->kind[p] == KIND_DECORATED_DEFINITION ? t->first_child[p] : SG_NONE;
         d != SG_NONE && d != defs[k]; d = t->next_sibling[d]) {
      if (t->kind[d] != KIND_DECORATOR) continue;
      uint32_t e = sg_flat_named_child(t, d);
      marked |= e != SG_NONE && t->kind[e] == KIND_IDENTIFIER &&
                (sg_flat_text_is(t, e, "staticmethod") || sg_flat_text_is(t, e, "classmethod"));
    }
    if (!marked) return false;
  }
  return true;
}

/* Why a task function's returned value v cannot be pickled, when the
 * function makes it: a call's product (`Reading(...)`), or a list it
 * builds (`readings.append(Reading(...))`, a comprehension). NULL else (a
 * parameter handed back, an attribute: not followed). */
static const char *sg_unpicklable_argument__result(RuleContext *ctx, uint32_t v, uint32_t *made, bool *items) {
  const FlatTree *t = ctx->tree;
  v = sg_flat_unparen(t, v);
  *items = false;
  if (v == SG_NONE) return NULL;
  switch (t->kind[v]) {
    case KIND_CALL:
      return sg_processes_unpicklable_argument(ctx, v, made);
    case KIND_LIST: case KIND_TUPLE: case KIND_SET: case KIND_LIST_COMPREHENSION: case KIND_SET_COMPREHENSION:
      *items = true;
      return sg_processes_unpicklable_item(ctx, v, made);
    case KIND_IDENTIFIER: {
      const Binding *bd = sg_value_sole_binding(ctx->model, v);
      if (!bd || bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return NULL;
      uint32_t bv = sg_flat_unparen(t, bd->value);
      if (t->kind[bv] == KIND_CALL) return sg_processes_unpicklable_argument(ctx, bv, made);
      *items = true;
      return sg_processes_unpicklable_item(ctx, v, made);
    }
    default:
      return NULL;
  }
}

/* Is the call where its failure is expected: in the body of a `try` that
 * has handlers, or under `with self.assertRaises(...)` / `pytest.raises`,
 * inside the function it is in? */
static bool sg_unpicklable_argument__expected(const FlatTree *t, uint32_t call) {
  for (uint32_t c = call, p = t->parent[call]; p != SG_NONE; c = p, p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return false;
    if (k == KIND_TRY_STATEMENT && t->field[c] == FIELD_BODY)
      for (uint32_t h = t->first_child[p]; h != SG_NONE; h = t->next_sibling[h])
        if (t->kind[h] == KIND_EXCEPT_CLAUSE) return true;
    if (k == KIND_WITH_STATEMENT && t->field[c] == FIELD_BODY)
      /* `with self.assertRaises(E):`, `with pytest.raises(E):` */
      for (uint32_t w = p; w < c; w++) {
        if (t->kind[w] != KIND_WITH_ITEM) continue;
        uint32_t v = sg_flat_unparen(t, sg_flat_field(t, w, FIELD_VALUE));
        uint32_t fn = v != SG_NONE && t->kind[v] == KIND_CALL ? sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)) : SG_NONE;
        uint32_t last = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : fn;
        uint32_t len;
        const char *name = last == SG_NONE ? NULL : sg_flat_text(t, last, &len);
        if (name && ((len == 6 && !memcmp(name, "raises", 6)) || (len >= 12 && !memcmp(name, "assertRaises", 12))))
          return true;
      }
  }
  return false;
}

/* `pickle.dumps(x)`, `copy.deepcopy(x)` of a value that cannot be pickled.
 * deepcopy copies functions and classes as they are, so only what an
 * object holds counts there. */
static void sg_unpicklable_argument__pickles(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  for (uint32_t i = 0; i < ctx->processes->pickles.len; i++) {
    const PickleSite *s = &ctx->processes->pickles.items[i];
    if (sg_unpicklable_argument__expected(t, s->call)) continue;
    /* `self.inventory`: data, followed to what the class keeps there */
    uint32_t made;
    const char *why = sg_processes_unpicklable_value(ctx, s->value, &made);
    if (!why || (s->copy && sg_processes_copied_as_is(why)))
      continue;
    uint32_t len;
    const char *text = sg_flat_text(t, s->value, &len);
    Diagnostic *d =
      s->shelf ? sg_rule_report(ctx, RULE_unpicklable_argument, s->call,
                                "`%.*s%s` is %s, which cannot be pickled: the shelf pickles each value stored in it, "
                                "so this assignment raises",
                                (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why)
      : s->copy ? sg_rule_report(ctx, RULE_unpicklable_argument, s->call,
                               "`copy.deepcopy` copies `%.*s%s` through the pickle protocol (it defines no "
                               "`__deepcopy__`), and it is %s, which cannot be pickled: the copy raises `TypeError`",
                               (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why)
              : sg_rule_report(ctx, RULE_unpicklable_argument, s->call,
                               "`%.*s%s` is %s, which cannot be pickled: this call raises instead of serialising it",
                               (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why);
    if (made != SG_NONE && made != s->value) sg_diag_related(d, t->start_byte[made], t->end_byte[made], "made here");
  }
}

void sg_rule_unpicklable_argument(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  sg_unpicklable_argument__pickles(ctx);
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    if (h->fork) continue;
    uint32_t callable = sg_flat_unparen(t, h->callable);
    uint32_t made;
    /* `compute = functools.partial(self.book.total, ...)` then `apply_async(compute, ...)` */
    if (callable != SG_NONE && t->kind[callable] == KIND_IDENTIFIER) {
      const Binding *bd = sg_value_sole_binding(ctx->model, callable);
      uint32_t v = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
      if (v != SG_NONE && t->kind[v] == KIND_CALL) callable = v;
    }
    bool unbound = callable != SG_NONE && t->kind[callable] == KIND_ATTRIBUTE &&
                   sg_unpicklable_argument__unbound(ctx->model, sg_flat_field(t, callable, FIELD_ATTRIBUTE));
    if (callable != SG_NONE && !unbound && (t->kind[callable] == KIND_CALL || t->kind[callable] == KIND_ATTRIBUTE) &&
        !sg_processes_unpicklable_callable(ctx, callable, &made)) {  /* else SNG601's: a local class's method */
      /* `functools.partial(work, lock)`, `Task(...)` with a lock on self;
       * a bound method pickles its instance: `Guarded().add` */
      const char *why = sg_processes_unpicklable_argument(ctx, callable, &made);
      if (why) {
        uint32_t len;
        const char *text = sg_flat_text(t, callable, &len);
        if (t->kind[callable] == KIND_CALL)
          sg_rule_report(ctx, RULE_unpicklable_argument, h->call,
                         "the task `%.*s%s` is %s, and a task travels to the child process by pickle: %s",
                         (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why, sg_processes_when(ctx, h));
        else
          sg_rule_report(ctx, RULE_unpicklable_argument, h->call,
                         "the bound method `%.*s` carries its instance, %s, which cannot be pickled to send it to "
                         "the child process: %s",
                         (int)(len > 40 ? 40 : len), text, why, sg_processes_when(ctx, h));
        continue;
      }
    }
    /* a pool task's result travels back by pickle too: what a same-file
     * module-level task function returns */
    if (h->pool && !h->initializer && !h->channel && callable != SG_NONE && t->kind[callable] == KIND_IDENTIFIER) {
      const Binding *fb = sg_value_sole_binding(ctx->model, callable);
      uint32_t fs = fb && fb->kind == BINDING_KIND_DEF ? ctx->model->node_own_scope[fb->context] : SG_NONE;
      if (fs != SG_NONE && ctx->model->scopes.items[fs].parent == 0 &&
          !(ctx->model->scopes.items[fs].flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC))) {
        uint32_t cursor = 0, rmade = SG_NONE;
        const char *why = NULL;
        bool items = false;
        for (uint32_t v; !why && (v = sg_model_next_return_value(ctx->model, fs, &cursor)) != SG_NONE;)
          why = sg_unpicklable_argument__result(ctx, v, &rmade, &items);
        if (why) {
          Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_argument, h->call,
                                         "the task `%s` returns %s%s, and a pool sends each result back to this "
                                         "process by pickle: it cannot be pickled, so the call fails "
                                         "(`MaybeEncodingError`, `PicklingError`); return plain data",
                                         sg_flat_name(t, callable), items ? "a collection holding " : "", why);
          if (rmade != SG_NONE) sg_diag_related(d, t->start_byte[rmade], t->end_byte[rmade], "made here");
          continue;
        }
      }
    }
    bool found = false;
    uint32_t reported = SG_NONE;
    for (uint32_t a = 0; a < h->args.len; a++) {
      /* an item of an argument already reported (`(lambda v: v, 1)` for starmap): one defect, one finding */
      if (reported != SG_NONE && sg_flat_is_ancestor(t, reported, h->args.items[a])) continue;
      /* (an argument `self.rounder` is data: followed to what the class keeps there) */
      const char *why = sg_processes_unpicklable_value(ctx, h->args.items[a], &made);
      if (!why) continue;
      found = true;
      reported = h->args.items[a];
      uint32_t len;
      const char *text = sg_flat_text(t, h->args.items[a], &len);
      Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_argument, h->call,
                                     "the argument `%.*s` is %s, which cannot be pickled to send it to the child "
                                     "process: %s",
                                     (int)(len > 40 ? 40 : len), text, why, sg_processes_when(ctx, h));
      if (made != SG_NONE && made != h->args.items[a])
        sg_diag_related(d, t->start_byte[made], t->end_byte[made], "made here");
    }
    /* `pool.map(run, cases)`: the items of what it maps over, wherever made */
    if (!found && h->iterable != SG_NONE) {
      const char *why = sg_processes_unpicklable_item(ctx, h->iterable, &made);
      if (!why) continue;
      uint32_t len;
      const char *text = sg_flat_text(t, h->iterable, &len);
      Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_argument, h->call,
                                     "an item of `%.*s%s` is %s, which cannot be pickled to send it to the child "
                                     "process: %s",
                                     (int)(len > 40 ? 40 : len), text, len > 40 ? "..." : "", why,
                                     sg_processes_when(ctx, h));
      if (made != SG_NONE) sg_diag_related(d, t->start_byte[made], t->end_byte[made], "made here");
    }
  }
  sg_processes_sent_elsewhere(ctx, sg_unpicklable_argument__why, sg_unpicklable_argument__elsewhere);
}
