/* Discover: the files `snag check [PATH...]` lints, found the way Ruff finds
 * them (named files always; .py, .pyi and .ipynb files under named directories, less
 * default excludes, user excludes and .gitignore inside git work trees).
 * The caller owns the DiscoverResult and frees it with sg_discover_result_free. */
#ifndef SG_DISCOVER_H
#define SG_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/alloc.h"

/* What a DiscoverOptions.filter says of one entry below a root. */
typedef enum DiscoverVerdict {
  DISCOVER_DEFAULT,  /* no opinion: the default excludes decide */
  DISCOVER_SKIP,     /* excluded (a directory is not entered) */
  DISCOVER_KEEP,     /* kept, default excludes notwithstanding */
} DiscoverVerdict;

typedef struct DiscoverOptions {
  /* Extra exclude patterns in gitignore syntax ("build-*", "tests/data/",
   * "!keep.py"; later patterns win). A pattern without an inner '/' matches
   * a file or directory basename at any depth; one with a '/' is anchored to
   * exclude_base. May be NULL. */
  const char *const *exclude;
  size_t exclude_count;
  const char *exclude_base;  /* directory anchored excludes are relative to; NULL: cwd */
  bool respect_gitignore;    /* default true */
  /* Called for each Python file and directory below a root, dir as the walk
   * spells it; the user excludes and .gitignore apply after a KEEP or
   * DEFAULT. NULL: the default excludes alone. */
  DiscoverVerdict (*filter)(void *ctx, const char *dir, const char *name, bool is_dir);
  void *filter_ctx;
} DiscoverOptions;

typedef struct DiscoverResult {
  /* Sorted (byte order), deduplicated paths, spelled as the root was given
   * plus the relative part: root "./" gives "./a.py", root "src" "src/a.py".
   * Spellings of one path ("src/a.py", "./src/a.py") count as duplicates and
   * the shortest is kept. */
  Array(char *) files;
  Array(char *) errors;  /* "path: message", sorted; unreadable dirs, bad roots */
  bool bad_root;         /* a root does not exist or cannot be stat'ed (exit 2) */
} DiscoverResult;

/* Defaults: no extra excludes, respect .gitignore. opts NULL means these. */
DiscoverOptions sg_discover_options_default(void);

/* Fills *out (which need not be initialised). Roots that are not directories
 * are always included, whatever their name; directory roots are walked
 * without following symlinked directories. Never fails: problems land in
 * out->errors. */
void sg_discover(const char *const *roots, size_t root_count,
                 const DiscoverOptions *opts, DiscoverResult *out);

void sg_discover_result_free(DiscoverResult *self);  /* NULL-safe */

/* Is name one of the default excludes (.git, .venv, build, ...)? */
bool sg_discover_default_excluded(const char *name);

/* Path helpers (results sg_free'd by the caller). The absolute form of a
 * path: resolved through symlinks where it exists, else lexically from the
 * working directory. */
char *sg_path_absolute(const char *path);
/* dir + "/" + name (no doubled '/'; "" + name is name). */
char *sg_path_join(const char *dir, const char *name);
/* abs (absolute, normalised) relative to base (same): "" when equal, "../x"
 * when abs lies beside base. */
char *sg_path_relative(const char *base, const char *abs);

#endif
