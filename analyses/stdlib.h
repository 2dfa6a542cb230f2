/* The standard library's behaviour as data (analyses/stdlib.def): which
 * calls keep the values given to them — in the object they return, in
 * the receiver of a method — and which run a callable later. One table
 * for every analysis that asks (SNG701's reference cycles, SNG301's
 * callables run later). */
#ifndef SG_STDLIB_H
#define SG_STDLIB_H

#include <stdbool.h>
#include <stdint.h>

enum {
  STD_HOLDS = 1 << 0,      /* the returned object holds the arguments */
  STD_STORES = 1 << 1,     /* (methods) the receiver stores the arguments */
  STD_LATER = 1 << 2,      /* a callable argument runs later */
  STD_FUTURE = 1 << 3,     /* (methods) runs it later, returns a future */
  STD_DECORATES = 1 << 4,  /* returns a decorator whose result holds them */
  STD_UNTIL_RUN = 1 << 5,  /* holds them until it has run (join() waits) */
};
#define STD_ARG(i) (1u << (i))
#define STD_ALL 0xffffffffu

typedef struct StdEntry {
  const char *name;      /* "threading.Thread", or a method name */
  unsigned what;         /* STD_* */
  uint32_t args;         /* positional arguments meant: STD_ARG bits */
  const char *keywords;  /* keyword arguments meant, space-separated; "*": all */
} StdEntry;

/* The entry of a qualified function or class (as sg_resolve_qualified
 * writes it), or NULL. */
const StdEntry *sg_stdlib_function(const char *qualified);
/* The entry of a method name (`obj.<name>(...)` on any receiver), or NULL. */
const StdEntry *sg_stdlib_method(const char *name, uint32_t len);
/* Does the entry mean positional argument `index` (keyword NULL), or the
 * keyword argument named keyword[0..len)? */
bool sg_stdlib_means(const StdEntry *entry, uint32_t index, const char *keyword, uint32_t len);

/* What a qualified constructor makes when its object cannot be pickled
 * (sent to a process, kept on an object that is): "a `threading` lock",
 * "an open file"...; NULL for anything else. */
const char *sg_stdlib_unpicklable(const char *qualified);

#endif
