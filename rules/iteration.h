/* Shared by SNG401-SNG404: message pieces for a mutation found by
 * analyses/loops. */
#ifndef SG_ITERATION_H
#define SG_ITERATION_H

#include "analyses/loops.h"
#include "rules/rule.h"

/* Report `rule` at the mutation with the loop header as related location. */
Diagnostic *sg_iteration_report(RuleContext *ctx, RuleId rule, const LoopIteration *it,
                                const LoopMutation *mut, const char *consequence);

/* sg_loops_mutations over the file's loops, or only the candidate loops
 * on the GPU path; fn gets ctx as its argument. */
void sg_rule_loops_mutations(RuleContext *ctx, LoopMutationFn fn);
/* The same with fn getting arg. */
void sg_rule_loops_each(RuleContext *ctx, LoopMutationFn fn, void *arg);

#endif
