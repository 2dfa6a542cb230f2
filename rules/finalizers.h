/* Shared by SNG701-SNG703: where a finding about a `__del__` is reported. */
#ifndef SG_FINALIZERS_H
#define SG_FINALIZERS_H

#include "analyses/classes.h"
#include "rules/rule.h"

/* The node to report at: the name of `def __del__`. */
uint32_t sg_finalizers_report_node(const SemanticModel *model, uint32_t del_scope);

#endif
