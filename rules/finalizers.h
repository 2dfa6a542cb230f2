/* Shared by SNG701-SNG703: the `__del__` of a class (its own, or a
 * same-file base's). */
#ifndef SG_FINALIZERS_H
#define SG_FINALIZERS_H

#include "analyses/classes.h"
#include "rules/rule.h"

/* The `__del__` method scope the class has or inherits from a same-file
 * base, or SG_NONE. */
uint32_t sg_finalizers_del(const SemanticModel *model, const ClassSet *set, uint32_t cls);
/* The node to report at: the name of `def __del__`. */
uint32_t sg_finalizers_report_node(const SemanticModel *model, uint32_t del_scope);

#endif
