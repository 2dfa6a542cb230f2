/* Result cache: a file's FileResult kept on disk between runs, as Ruff
 * keeps its own, so that a second run over unchanged files costs a stat
 * per file instead of a lint.
 *
 * An entry is found by the file's path, the settings that shape its
 * result (rules, limits, target version) and the working directory
 * (messages name other files from it), in a folder named for the snag
 * binary (its version and its own bytes: a rebuilt snag never reads an
 * older one's entries). It holds:
 *  - the file's stat signature (mtime, ctime, size, inode) and a hash of
 *    its bytes: a matching stat is a hit without reading the file; a stat
 *    that differs (a fresh checkout, a restored CI cache) is a hit when
 *    the bytes hash the same;
 *  - what the result depended on in other files, through any number of
 *    imports (analyses/project.h sg_project_dependencies): the paths an
 *    import tried and found no module at, the `__init__.py` files that
 *    made packages, and the files whose exports were read, with their
 *    signatures and hashes; any change there is a miss;
 *  - the diagnostics, their related locations and fixes (spans checked
 *    against the file when read back).
 * A result is stored only when the file and every file it read were last
 * changed more than 2 s before the run started (so what the run read is
 * what their signatures stand for, whatever the file system's timestamp
 * step), and no limit of the run (time, memory, budget) cut it short.
 * Entries are written to a temporary file and renamed into place (readers
 * never see half an entry; concurrent runs at worst both write the same
 * entry), end with a checksum (a truncated or corrupt entry is a miss,
 * never a crash or a wrong result), and the folder is kept under
 * SG_CACHE_MAX_BYTES by dropping the oldest entries. A folder that cannot
 * be written leaves the run uncached. Thread-safe: one ResultCache is
 * shared by every worker of a run. */
#ifndef SG_CACHE_H
#define SG_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyses/project.h"
#include "rules/diagnostic.h"
#include "rules/settings.h"

/* The folder is pruned to this size (oldest entries first) after a run
 * that wrote to it. */
#define SG_CACHE_MAX_BYTES (256u << 20)

typedef struct ResultCache ResultCache;

/* What a lookup learnt about the file, for the sg_cache_put after a miss. */
typedef struct CacheProbe {
  bool stat_ok;
  int64_t mtime_ns, ctime_ns;
  uint64_t size, ino;
  bool hashed;
  uint64_t content;       /* the hash of its bytes, when hashed */
} CacheProbe;

/* Opens the cache in `dir` (made when missing, with a `.gitignore` and a
 * CACHEDIR.TAG); NULL when it cannot be used (*why says so). */
ResultCache *sg_cache_open(const char *dir, char *why, size_t cap);
/* Prunes the folder when this run wrote to it, and frees. NULL-safe. */
void sg_cache_close(ResultCache *self);

/* The cached result of linting `path` with `settings`, or NULL (a miss:
 * lint it, then sg_cache_put with the same probe). With keep_source in the
 * settings the file is read for the result's code frames. */
FileResult *sg_cache_get(ResultCache *self, const char *path, const Settings *settings, CacheProbe *probe);
/* Stores a result (not one with SNG002: a time or memory limit is not a
 * property of the file) with the dependencies `project` noted for it. */
void sg_cache_put(ResultCache *self, const char *path, const Settings *settings, const CacheProbe *probe,
                  const FileResult *result, Project *project);
void sg_cache_stats(const ResultCache *self, uint32_t *hits, uint32_t *misses, uint32_t *writes);

/* A 64-bit hash of bytes (not cryptographic: it tells changed content
 * from unchanged, and names entries). */
uint64_t sg_cache_hash(const void *bytes, size_t len, uint64_t seed);

#endif
