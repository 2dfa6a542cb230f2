/* Resolve: qualified names of expressions through import aliases, so that
 * `mp.Process` after `import multiprocessing as mp` is
 * "multiprocessing.Process" and an unshadowed `list` is "builtins.list".
 * A name with any binding other than one import (a local rebinding, a
 * conditional second import of something else, an assignment in a function
 * that declares it `global`) resolves to nothing. */
#ifndef SG_RESOLVE_H
#define SG_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "analyses/model.h"

/* Writes the qualified name of an identifier or attribute chain into buf
 * and returns buf, or returns NULL when it cannot be known. */
const char *sg_resolve_qualified(const SemanticModel *model, uint32_t expr, char *buf, size_t cap);
/* True when expr resolves to exactly `qualified`. */
bool sg_resolve_is(const SemanticModel *model, uint32_t expr, const char *qualified);

#endif
