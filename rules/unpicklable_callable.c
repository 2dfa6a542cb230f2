/* SNG601 unpicklable-callable. */
#include "analyses/values.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_unpicklable_callable = {
  .summary = "A callable sent to another process cannot be pickled",
  .what =
    "Reports a lambda, a nested function, a method of a local class, a function defined "
    "only under `if __name__ == \"__main__\":`, a module-level name bound to a same-file "
    "decorator's inner function without `functools.wraps` or to an instance of a same-file "
    "class-based decorator that keeps the function (`@Memo def f`), or to such an instance a "
    "decorator function or factory returns (`def task(fn): return Task(fn)`, `@task(name=...)`) "
    "— also a function imported "
    "from another file of the program that a decorator there, or one it imports from a third "
    "file, replaced so (`@timed`, `@timed(\"label\")` returning an inner function on every "
    "path) —, or the local function a "
    "same-file factory returns (`pool.map(multiplier(2), xs)`), or one a function of another "
    "file returns on every path (`checker = make_checker(3)`), used as a `Process` target, a "
    "Pool/ProcessPoolExecutor task (including `loop.run_in_executor(pool, fn)`), or an "
    "`initializer`. Also one passed to a same-file helper that sends its parameter, or to a "
    "class whose `__init__` keeps it as `self.<x>` (its only binding there) that a method "
    "sends (`Pipeline(make_scaler(3))` with `pool.submit(self.transform, v)`): reported at "
    "the argument; and one handed to a function of another file of the program that sends "
    "that parameter to a child process. A task that is the item of a loop (`for stage in self.stages: pool.map(stage, xs)`) is followed to what the file puts in that collection (`self.stages.append(fn)` with the calls of that method: `add_stage(make_resizer(1024))`), "
    "or to a dict display it is looked up in (`TRANSFORMS[name]` with a lambda among the values, "
    "also through a local bound to the lookup: `scorer = SCORING[variant]`). A lambda or nested "
    "function returned on every path by the one method of that name in the file's classes "
    "(`route = self.plan.router()`) counts as a factory's product, and a pool handed to a "
    "method of the class (`self.score(pool, ...)`) is followed into it. "
    "An entry of a module-level registry that its file (this one, or the one it is imported "
    "from) fills with nested functions or lambdas (`STAGES[name] = run_stage` in a decorator) "
    "counts too (`pool.map(STAGES[name], xs)`).",
  .why =
    "Pickle stores a function as its module and `__qualname__` and the child looks it up "
    "again: a lambda or `outer.<locals>.inner` cannot be found (`PicklingError`, `Can't "
    "pickle local object`). Pools always pickle; `Process` pickles under spawn (macOS, "
    "Windows) and forkserver (the Linux default from Python 3.14).",
  .example =
    "from multiprocessing import Pool\n\ndef main():\n    with Pool(2) as pool:\n"
    "        print(pool.map(lambda x: x * x, range(4)))\n",
  .instead =
    "from multiprocessing import Pool\n\ndef square(x):\n    return x * x\n\ndef main():\n"
    "    with Pool(2) as pool:\n        print(pool.map(square, range(4)))\n",
  .limits = "A `Process` is not reported when the file fixes the `fork` start method.",
};

/* The handoff's callable is `self.<x>` of a class whose `__init__` keeps a
 * parameter as `self.<x>` (its only binding in the class: `self.transform
 * = transform`): each instantiation of the class in the file that passes
 * something unpicklable for it is reported there. */
static void sg_unpicklable__through_constructor(RuleContext *ctx, const ProcessHandoff *h) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t x = sg_flat_unparen(t, h->callable);
  if (x == SG_NONE || t->kind[x] != KIND_ATTRIBUTE) return;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, x, FIELD_OBJECT)), name = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  uint32_t fs = sg_model_function_scope(m, m->node_scope[x]);
  if (obj == SG_NONE || name == SG_NONE || fs == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ||
      m->node_reference[obj] == SG_NONE || m->references.items[m->node_reference[obj]].symbol != sg_classes_self(m, fs))
    return;
  uint32_t cls = m->scopes.items[fs].parent;
  if (sg_model_symbol(m, cls, t->name_id[name]) != SG_NONE) return;  /* a method or class attribute */
  /* the one `self.<x> = ...` of the class, in `__init__` */
  uint32_t value, psym, index;
  if (!sg_processes_kept(m, cls, t->name_id[name], &value, &psym, &index)) return;
  if (psym == SG_NONE) {
    /* `self.scorer = make_scorer(weights)` */
    uint32_t made;
    const char *why = sg_processes_unpicklable_callable(ctx, value, &made);
    if (!why) return;
    Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, h->call,
                                   "the task function `self.%s` is %s (set on line %u), which cannot be pickled to "
                                   "send it to the child process: %s; use a module-level function",
                                   sg_flat_name(t, name), why, sg_source_line_of(ctx->source, t->start_byte[value]) + 1,
                                   sg_processes_when(ctx, h));
    sg_diag_related(d, t->start_byte[value], t->end_byte[value], "set here");
    return;
  }
  /* `self.transform = transform`: what each instantiation passes for it */
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t hline = sg_source_line_of(ctx->source, t->start_byte[h->call]) + 1, cursor = SG_NONE, call;
  for (uint32_t arg; (arg = sg_processes_instantiation_arg(m, cls, psym, index, &cursor, &call)) != SG_NONE;) {
    uint32_t made;
    const char *why = sg_processes_unpicklable_callable(ctx, arg, &made);
    if (!why) continue;
    Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, arg,
                                   "this is %s; `%s` keeps it as `self.%s`, which is sent to a child process on line "
                                   "%u, and it cannot be pickled: %s; use a module-level function",
                                   why, sg_flat_name(t, cname), sg_flat_name(t, name), hline, sg_processes_when(ctx, h));
    sg_diag_related(d, t->start_byte[h->call], t->end_byte[h->call], "sent to the child here");
    if (made != SG_NONE && made != arg) sg_diag_related(d, t->start_byte[made], t->end_byte[made], "defined here");
  }
}

/* The handoff's callable is a parameter of the module-level function it is
 * in (a helper: `def run_all(fn, xs): ... pool.map(fn, xs)`): each call of
 * that function in the file that passes something unpicklable for it is
 * reported there. */
static void sg_unpicklable__through_helper(RuleContext *ctx, const ProcessHandoff *h) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t x = sg_flat_unparen(t, h->callable);
  uint32_t r = x == SG_NONE || t->kind[x] != KIND_IDENTIFIER ? SG_NONE : m->node_reference[x];
  uint32_t psym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
  if (psym == SG_NONE || !(m->symbols.items[psym].flags & SYMBOL_PARAMETER) || m->symbols.items[psym].binding_count != 1)
    return;
  uint32_t fs = m->symbols.items[psym].scope;
  if (m->scopes.items[fs].kind != SCOPE_FUNCTION || m->scopes.items[fs].parent != 0) return;
  uint32_t def = m->scopes.items[fs].node, fname = sg_flat_field(t, def, FIELD_NAME);
  uint32_t fsym = fname == SG_NONE ? SG_NONE : sg_model_symbol(m, 0, t->name_id[fname]);
  if (fsym == SG_NONE || m->symbols.items[fsym].binding_count != 1) return;
  uint32_t index = sg_value_param_index(m, def, psym);
  uint32_t hline = sg_source_line_of(ctx->source, t->start_byte[h->call]) + 1;
  for (uint32_t q = m->symbols.items[fsym].first_reference; q != SG_NONE; q = m->references.items[q].next) {
    uint32_t use = m->references.items[q].node, call = t->parent[use];
    if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[use] != FIELD_FUNCTION) continue;
    uint32_t arg = sg_processes_argument_for(m, call, index, psym);
    if (arg == SG_NONE) continue;
    uint32_t made;
    const char *why = sg_processes_unpicklable_callable(ctx, arg, &made);
    if (!why) continue;
    Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, arg,
                                   "this is %s, and `%s` sends it to a child process on line %u, which cannot "
                                   "pickle it: %s; use a module-level function",
                                   why, sg_flat_name(t, fname), hline, sg_processes_when(ctx, h));
    sg_diag_related(d, t->start_byte[h->call], t->end_byte[h->call], "sent to the child here");
    if (made != SG_NONE && made != arg) sg_diag_related(d, t->start_byte[made], t->end_byte[made], "defined here");
  }
}

/* handed to a function of another file of the program that sends it */
static const char *sg_unpicklable__why(RuleContext *ctx, uint32_t arg) {
  uint32_t made;
  return sg_processes_unpicklable_callable(ctx, arg, &made);
}

static void sg_unpicklable__elsewhere(RuleContext *ctx, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                      const char *why) {
  sg_processes_report_elsewhere(ctx, RULE_unpicklable_callable, call, arg, ps, why);
}

/* `for stage in self.stages: pool.map(stage, frames)`: the task is an item
 * of what the loop walks, wherever the file put it there
 * (`pipeline.add_stage(make_resizer(1024))`, a nested function). */
static bool sg_unpicklable__loop_item(RuleContext *ctx, const ProcessHandoff *h) {
  const FlatTree *t = ctx->tree;
  uint32_t callable = sg_flat_unparen(t, h->callable);
  if (callable == SG_NONE || t->kind[callable] != KIND_IDENTIFIER) return false;
  const Binding *bd = sg_value_sole_binding(ctx->model, callable);
  if (!bd || bd->kind != BINDING_KIND_FOR_TARGET || bd->context == SG_NONE ||
      sg_flat_unparen(t, sg_flat_field(t, bd->context, FIELD_LEFT)) != bd->node)
    return false;
  uint32_t iterable = sg_flat_field(t, bd->context, FIELD_RIGHT), made;
  const char *why = iterable == SG_NONE ? NULL : sg_processes_unpicklable_item(ctx, iterable, &made);
  if (!why) return false;
  uint32_t len, ilen;
  const char *text = sg_flat_text(t, callable, &len), *itext = sg_flat_text(t, iterable, &ilen);
  Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, h->call,
                                 "the task function `%.*s` is an item of `%.*s%s`, and one of them is %s, which cannot "
                                 "be pickled to send it to the child process: %s; use a module-level function",
                                 (int)len, text, (int)(ilen > 40 ? 40 : ilen), itext, ilen > 40 ? "..." : "", why,
                                 sg_processes_when(ctx, h));
  if (made != SG_NONE) sg_diag_related(d, t->start_byte[made], t->end_byte[made], "defined here");
  return true;
}

void sg_rule_unpicklable_callable(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    if (h->callable == SG_NONE || h->fork) continue;
    uint32_t made;
    const char *why = sg_processes_unpicklable_callable(ctx, h->callable, &made);
    if (!why && sg_unpicklable__loop_item(ctx, h)) continue;
    if (!why) {
      sg_unpicklable__through_helper(ctx, h);
      sg_unpicklable__through_constructor(ctx, h);
      continue;
    }
    Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, h->call,
                                   "the %s is %s, which cannot be pickled to send it to the child process: %s; "
                                   "use a module-level function",
                                   h->initializer ? "initializer" : "task function", why, sg_processes_when(ctx, h));
    if (made != SG_NONE && made != h->callable)
      sg_diag_related(d, t->start_byte[made], t->end_byte[made], "defined here");
  }
  sg_processes_sent_elsewhere(ctx, sg_unpicklable__why, sg_unpicklable__elsewhere);
}
