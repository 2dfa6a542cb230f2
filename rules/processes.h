/* Shared by the SNG6xx rules: what fails to pickle, and which start
 * methods a hand-off breaks under. */
#ifndef SG_PROCESSES_RULES_H
#define SG_PROCESSES_RULES_H

#include "rules/rule.h"

/* "fails under spawn (...)" for a Process, "Pool always pickles" for a pool. */
const char *sg_processes_when(const RuleContext *ctx, const ProcessHandoff *h);
/* Why a callable cannot be pickled, or NULL; *made is where it was made. */
const char *sg_processes_unpicklable_callable(const RuleContext *ctx, uint32_t expr, uint32_t *made);
/* Why an argument cannot be pickled, or NULL; *made is where it was made. */
const char *sg_processes_unpicklable_argument(const RuleContext *ctx, uint32_t expr, uint32_t *made);
/* The same for a value this process pickles itself (`pickle.dumps(self.inventory)`):
 * a data attribute of self is followed to what the class keeps there. */
/* Is why (what an unpicklable-value query answered) something deepcopy copies
 * as it is (a lambda, a function, an instance of a class defined inside a
 * function), so that only pickling fails on it? The answers that hide such a
 * value inside another keep one of those words for this test. */
bool sg_processes_copied_as_is(const char *why);
const char *sg_processes_unpicklable_value(const RuleContext *ctx, uint32_t expr, uint32_t *made);

/* Why some item of an iterable cannot be pickled (a display's elements,
 * a comprehension's body, a list built by appends, what a same-file
 * function returns, what the file's calls pass for a parameter), or NULL. */
const char *sg_processes_unpicklable_item(const RuleContext *ctx, uint32_t iterable, uint32_t *made);

/* The argument a call passes for parameter psym (at index, or by name). */
uint32_t sg_processes_argument_for(const SemanticModel *m, uint32_t call, uint32_t index, uint32_t psym);
/* What `self.<name>` (name id) holds in class scope cls, from its one
 * binding there, in `__init__`: false when bound elsewhere or twice. On
 * true, *param is the `__init__` parameter it is, and *index its position
 * among an instantiation's arguments (self not counted; SG_NONE for
 * keyword-only); or *param is SG_NONE and *value the expression assigned. */
bool sg_processes_kept(const SemanticModel *m, uint32_t cls, uint32_t name, uint32_t *value, uint32_t *param,
                       uint32_t *index);
/* The same, not counting bindings outside `__init__` that put back a copy
 * (`self.x = pickle.loads(blob)`, `copy.deepcopy(...)`, `self.backup`). */
bool sg_processes_kept_restored(const SemanticModel *m, uint32_t cls, uint32_t name, uint32_t *value, uint32_t *param,
                                uint32_t *index, bool restores);
/* The argument the file's next instantiation of class scope cls passes
 * for `__init__` parameter param (at index, or by name), or SG_NONE when
 * no more; *cursor starts at SG_NONE; *call_out is the instantiation. */
uint32_t sg_processes_instantiation_arg(const SemanticModel *m, uint32_t cls, uint32_t param, uint32_t index,
                                        uint32_t *cursor, uint32_t *call_out);
/* Each argument of a call of a function of another file of the program
 * for which why(ctx, arg) says what fails to pickle and that function
 * hands the parameter to a child process (EFFECT_SENT in its exports):
 * fn(ctx, call, arg, its parameter's summary, why). The callee's file is
 * read only for such an argument, and only when its text mentions a
 * process API. */
void sg_processes_sent_elsewhere(RuleContext *ctx, const char *(*why)(RuleContext *ctx, uint32_t arg),
                                 void (*fn)(RuleContext *ctx, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                            const char *why));
/* Reports `why` at argument arg of call, sent to a child process by the
 * function of another file that ps->elsewhere names. */
void sg_processes_report_elsewhere(RuleContext *ctx, RuleId rule, uint32_t call, uint32_t arg, const ParamSummary *ps,
                                   const char *why);

#endif
