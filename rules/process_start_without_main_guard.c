/* SNG604 process-start-without-main-guard. */
#include "analyses/processes.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_process_start_without_main_guard = {
  .summary = "Processes are started at import time, outside `if __name__ == \"__main__\":`",
  .what =
    "Reports `Process(...).start()`, `Pool(...)`, `ProcessPoolExecutor(...)`, or a call of "
    "a same-file function that does so, executed when the module is imported (module level, "
    "not under the main guard).",
  .why =
    "Under spawn and forkserver every child imports the main module again, so it runs the "
    "same code and tries to start processes itself: `RuntimeError: An attempt has been made "
    "to start a new process before the current process has finished its bootstrapping phase`.",
  .example = "from multiprocessing import Pool\n\ndef square(x):\n    return x * x\n\nwith Pool(2) as pool:\n    print(pool.map(square, range(4)))\n",
  .instead =
    "from multiprocessing import Pool\n\ndef square(x):\n    return x * x\n\nif __name__ == '__main__':\n"
    "    with Pool(2) as pool:\n        print(pool.map(square, range(4)))\n",
  .limits =
    "Not reported in Jupyter notebooks: a kernel's child processes import the kernel's "
    "guarded main module, never the cells.",
};

/* Does a same-file function start processes directly in its body? */
static bool sg_main_guard__function_starts(const SemanticModel *m, uint32_t scope) {
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[scope].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++)
    if (t->kind[i] == KIND_CALL && m->node_scope[i] == scope && sg_processes_starts(m, i)) return true;
  return false;
}

void sg_rule_process_start_without_main_guard(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (ctx->is_stub || ctx->is_notebook) return;  /* a kernel's children never run the cells */
  uint32_t count;
  const uint32_t *calls = sg_candidates_list(ctx->candidates, CANDIDATE_PROCESS_CALL, &count);
  for (uint32_t c = 0; c < (calls ? count : t->count); c++) {
    uint32_t i = calls ? calls[c] : c;
    if (t->kind[i] != KIND_CALL || m->node_scope[i] != 0) continue;
    bool starts = sg_processes_starts(m, i);
    if (!starts) {
      uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
      uint32_t r = fn != SG_NONE && t->kind[fn] == KIND_IDENTIFIER ? m->node_reference[fn] : SG_NONE;
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym != SG_NONE && m->symbols.items[sym].binding_count == 1) {
        const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
        if (bd->kind == BINDING_KIND_DEF) starts = sg_main_guard__function_starts(m, m->node_own_scope[bd->context]);
      }
    }
    /* the guard last: an ancestor walk per call is quadratic in nesting depth */
    if (!starts || sg_processes_under_main_guard(t, i)) continue;
    sg_rule_report(ctx, RULE_process_start_without_main_guard, i,
                   "this starts processes when the module is imported: under spawn/forkserver each child "
                   "imports the module again and starts processes itself (RuntimeError while bootstrapping); "
                   "move it under `if __name__ == \"__main__\":`");
  }
}
