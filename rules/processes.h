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

#endif
