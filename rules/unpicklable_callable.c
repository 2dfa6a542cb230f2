/* SNG601 unpicklable-callable. */
#include "rules/processes.h"

const RuleDoc sg_rule_doc_unpicklable_callable = {
  .summary = "A callable sent to another process cannot be pickled",
  .what =
    "Reports a lambda, a nested function, a method of a local class, a function defined "
    "only under `if __name__ == \"__main__\":`, a module-level name bound to a same-file "
    "decorator's inner function without `functools.wraps` or to an instance of a same-file "
    "class-based decorator that keeps the function (`@Memo def f`), or the local function a "
    "same-file factory returns (`pool.map(multiplier(2), xs)`), used as a `Process` target, a "
    "Pool/ProcessPoolExecutor task (including `loop.run_in_executor(pool, fn)`), or an "
    "`initializer`.",
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

void sg_rule_unpicklable_callable(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    if (h->callable == SG_NONE || h->fork) continue;
    uint32_t made;
    const char *why = sg_processes_unpicklable_callable(ctx, h->callable, &made);
    if (!why) continue;
    Diagnostic *d = sg_rule_report(ctx, RULE_unpicklable_callable, h->call,
                                   "the %s is %s, which cannot be pickled to send it to the child process: %s; "
                                   "use a module-level function",
                                   h->initializer ? "initializer" : "task function", why, sg_processes_when(ctx, h));
    if (made != SG_NONE && made != h->callable)
      sg_diag_related(d, t->start_byte[made], t->end_byte[made], "defined here");
  }
}
