#include "analyses/project.h"

#include <limits.h>
#include <stddef.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <tree_sitter/api.h>
#include <unistd.h>

#include "analyses/classes.h"
#include "analyses/model.h"
#include "analyses/summaries.h"
#include "parser/alloc.h"
#include "parser/clock.h"
#include "parser/flat.h"
#include "parser/parse.h"
#include "parser/source.h"

/* An imported file that takes longer than this to parse has no exports. */
#define SG_PROJECT_PARSE_SECONDS 10.0
/* Dotted names longer than this are not looked up. */
#define SG_PROJECT_MAX_PARTS 16

/* A string-keyed table (open addressing); values owned by the caller. */
typedef struct Entry {
  char *key;
  void *value;
} Entry;

typedef struct Table {
  Entry *items;
  uint32_t cap, len;  /* cap a power of two (or 0) */
} Table;

static uint64_t sg_project__hash(const char *s) {
  uint64_t h = 1469598103934665603ull;  /* FNV-1a */
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static Entry *sg_table__slot(const Table *t, const char *key) {
  uint32_t mask = t->cap - 1;
  for (uint32_t i = (uint32_t)sg_project__hash(key) & mask;; i = (i + 1) & mask)
    if (!t->items[i].key || strcmp(t->items[i].key, key) == 0) return &t->items[i];
}

static Entry *sg_table_find(const Table *t, const char *key) {
  if (!t->cap) return NULL;
  Entry *e = sg_table__slot(t, key);
  return e->key ? e : NULL;
}

/* The entry for key, added (value NULL) when absent. */
static Entry *sg_table_add(Table *t, const char *key) {
  if ((t->len + 1) * 2 > t->cap) {
    Table grown = {sg_calloc(t->cap ? t->cap * 2 : 64, sizeof(Entry)), t->cap ? t->cap * 2 : 64, t->len};
    for (uint32_t i = 0; i < t->cap; i++)
      if (t->items[i].key) *sg_table__slot(&grown, t->items[i].key) = t->items[i];
    sg_free(t->items);
    *t = grown;
  }
  Entry *e = sg_table__slot(t, key);
  if (!e->key) {
    e->key = sg_strdup(key);
    t->len++;
  }
  return e;
}

/* A resolved import: the file (NULL: none in the program) and where the
 * name inside it starts in the qualified name. */
typedef Array(char *) Paths;

typedef struct Resolution {
  char *path;
  size_t rest;
  Paths probes;       /* the paths it tried that are not there: made later,
                         one of them would change where it leads */
} Resolution;

/* Where an importer's absolute imports start, and the `__init__.py` files
 * whose presence (or absence) decided it. */
typedef struct Root {
  char *dir;          /* NULL: the import leaves the file system */
  Paths probes;       /* the `__init__.py` paths that were not there */
  Paths present;      /* ... and those that were */
} Root;

/* What one importer's lookups depended on (sg_project_dependencies). */
typedef struct Dependencies {
  Array(const Root *) roots;
  Array(const Resolution *) resolutions;
} Dependencies;
static char sg_project__scheduled[1], sg_project__taken[1];  /* fronts values */

/* A file of the run read and parsed for its exports before its own check:
 * kept for that check, which then does not read and parse it again. */
typedef struct Front {
  Source *source;
  FlatTree *flat;
} Front;

/* At most this many nodes of Fronts are kept at once (about 40 bytes each
 * with their source); past it a file is parsed again when checked. */
#define SG_PROJECT_FRONT_NODES 1500000u
/* ... and only a parse well inside any time limit (the check's own parse
 * would not have given up on it). */
#define SG_PROJECT_FRONT_SECONDS 1.0

struct Project {
  pthread_mutex_t lock;
  size_t max_file_size;
  Table modules;      /* real path -> ModuleExports* */
  Table resolutions;  /* "<root>\n<qualified>" -> Resolution* */
  Table roots;        /* "<importer>\n<level>" -> Root* */
  Table dependencies; /* importer -> Dependencies* (when track) */
  bool track;
  Table fronts;       /* real path of a file the run lints -> sg_project__scheduled,
                         sg_project__taken, or the Front read for its exports */
  uint64_t front_nodes;  /* nodes of the Fronts kept */
  Table mentions;     /* "<path>\n<word>" -> (void *)1 no, (void *)2 yes */
  Array(ModuleExports *) retired;
  uint32_t computed;  /* files read for their exports */
  double seconds;     /* ... and the time it took */
};

static void sg_project__paths_free(Paths *p) {
  for (uint32_t i = 0; i < p->len; i++) sg_free(p->items[i]);
  array_free(p);
}


Project *sg_project_new(size_t max_file_size) {
  Project *self = sg_calloc(1, sizeof(Project));
  pthread_mutex_init(&self->lock, NULL);
  self->max_file_size = max_file_size;
  return self;
}

void sg_exports_delete(ModuleExports *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->count; i++) {
    ExportFunction *f = &self->functions[i];
    for (uint32_t k = 0; k < f->param_count; k++)
      sg_free(f->params[k].name), sg_free(f->params[k].kept_as), sg_free(f->params[k].default_kind);
    sg_free(f->params);
    for (uint32_t k = 0; k < f->changed_attr_count; k++) sg_free(f->changed_attrs[k]);
    sg_free(f->changed_attrs);
    sg_free(f->name);
  }
  for (uint32_t i = 0; i < self->class_count; i++) {
    ExportClass *c = &self->classes[i];
    for (uint32_t k = 0; k < c->shared_count; k++) sg_free(c->shared[k].name), sg_free(c->shared[k].method);
    sg_free(c->shared);
    sg_free(c->unless);
    for (uint32_t k = 0; k < c->field_count; k++) sg_free(c->fields[k].name);
    sg_free(c->fields);
    sg_free(c->name);
  }
  for (uint32_t i = 0; i < self->callable_count; i++) sg_free(self->callables[i].name), sg_free(self->callables[i].decorator);
  sg_free(self->callables);
  for (uint32_t i = 0; i < self->guard_count; i++) sg_free(self->guards[i].name), sg_free(self->guards[i].lock);
  sg_free(self->guards);
  for (uint32_t i = 0; i < self->foreign_count; i++)
    sg_free(self->foreign[i].function), sg_free(self->foreign[i].target), sg_free(self->foreign[i].lock);
  sg_free(self->foreign);
  sg_free(self->classes);
  sg_free(self->functions);
  sg_free(self->path);
  sg_free(self);
}

void sg_project_delete(Project *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->modules.cap; i++) {
    if (!self->modules.items[i].key) continue;
    sg_exports_delete(self->modules.items[i].value);
    sg_free(self->modules.items[i].key);
  }
  for (uint32_t i = 0; i < self->resolutions.cap; i++) {
    Resolution *r = self->resolutions.items[i].value;
    if (r) sg_free(r->path), sg_project__paths_free(&r->probes);
    sg_free(r);
    sg_free(self->resolutions.items[i].key);
  }
  for (uint32_t i = 0; i < self->mentions.cap; i++) sg_free(self->mentions.items[i].key);
  for (uint32_t i = 0; i < self->fronts.cap; i++) {
    Front *f = self->fronts.items[i].value;
    if (f && (char *)f != sg_project__scheduled && (char *)f != sg_project__taken) {
      sg_flat_delete(f->flat);
      sg_source_delete(f->source);
      sg_free(f);
    }
    sg_free(self->fronts.items[i].key);
  }
  sg_free(self->fronts.items);
  for (uint32_t i = 0; i < self->roots.cap; i++) {
    Root *r = self->roots.items[i].value;
    if (r) sg_free(r->dir), sg_project__paths_free(&r->probes), sg_project__paths_free(&r->present);
    sg_free(r);
    sg_free(self->roots.items[i].key);
  }
  sg_free(self->roots.items);
  for (uint32_t i = 0; i < self->dependencies.cap; i++) {
    Dependencies *d = self->dependencies.items[i].value;
    if (d) array_free(&d->roots), array_free(&d->resolutions);
    sg_free(d);
    sg_free(self->dependencies.items[i].key);
  }
  sg_free(self->dependencies.items);
  sg_free(self->mentions.items);
  for (uint32_t i = 0; i < self->retired.len; i++) sg_exports_delete(self->retired.items[i]);
  array_free(&self->retired);
  sg_free(self->modules.items);
  sg_free(self->resolutions.items);
  pthread_mutex_destroy(&self->lock);
  sg_free(self);
}

static bool sg_project__is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The directory part of path (into buf), "." when it has none. */
static void sg_project__dirname(const char *path, char *buf, size_t cap) {
  const char *slash = strrchr(path, '/');
  if (!slash) {
    snprintf(buf, cap, ".");
    return;
  }
  size_t n = slash == path ? 1 : (size_t)(slash - path);
  if (n >= cap) n = cap - 1;
  memcpy(buf, path, n);
  buf[n] = '\0';
}

/* Is dir a package (it has an `__init__.py`)? The path asked is noted in
 * absent or present. */
static bool sg_project__package(const char *dir, Paths *absent, Paths *present) {
  char init[PATH_MAX];
  if ((size_t)snprintf(init, sizeof init, "%s/__init__.py", dir) >= sizeof init) return false;
  bool is = sg_project__is_file(init);
  array_push(is ? present : absent, sg_strdup(init));
  return is;
}

/* The file for dotted `parts` (n of them, the first `take` used) under
 * root: `<root>/a/b.py` or `<root>/a/b/__init__.py` (take 0: root's own
 * `__init__.py`). */
static bool sg_project__module_file(const char *root, const char *const *parts, const size_t *lens, int take,
                                    char *out, size_t cap, Paths *probes) {
  size_t n = (size_t)snprintf(out, cap, "%s", root);
  for (int i = 0; i < take && n < cap; i++) n += (size_t)snprintf(out + n, cap - n, "/%.*s", (int)lens[i], parts[i]);
  if (n >= cap) return false;
  if (take > 0 && n + 3 < cap) {
    memcpy(out + n, ".py", 4);
    if (sg_project__is_file(out)) return true;
    array_push(probes, sg_strdup(out));
  }
  if (n + 12 >= cap) return false;
  memcpy(out + n, "/__init__.py", 13);
  if (sg_project__is_file(out)) return true;
  array_push(probes, sg_strdup(out));
  return false;
}

/* Resolves qualified (dots stripped for a relative one) under root: the
 * longest prefix that is a file; *rest the offset of the name after it. */
static char *sg_project__resolve(const char *root, const char *qualified, bool relative, size_t *rest, Paths *probes) {
  const char *parts[SG_PROJECT_MAX_PARTS];
  size_t lens[SG_PROJECT_MAX_PARTS], starts[SG_PROJECT_MAX_PARTS];
  int n = 0;
  for (const char *p = qualified; *p;) {
    const char *dot = strchr(p, '.');
    size_t len = dot ? (size_t)(dot - p) : strlen(p);
    if (n == SG_PROJECT_MAX_PARTS || len == 0) return NULL;
    parts[n] = p;
    lens[n] = len;
    starts[n] = (size_t)(p - qualified);
    n++;
    p += len + (dot ? 1 : 0);
  }
  char file[PATH_MAX];
  for (int take = n; take >= (relative ? 0 : 1); take--) {
    if (!sg_project__module_file(root, parts, lens, take, file, sizeof file, probes)) continue;
    *rest = take < n ? starts[take] : strlen(qualified);
    char real[PATH_MAX];
    return sg_strdup(realpath(file, real) ? real : file);
  }
  return NULL;
}

/* Where the importer's imports start: for a relative import the package
 * directory `level` dots name; else the directory above its top-level
 * package. */
static bool sg_project__root(const char *importer, int level, char *root, size_t cap, Paths *probes,
                             Paths *present) {
  char real[PATH_MAX];
  const char *path = realpath(importer, real) ? real : importer;
  sg_project__dirname(path, root, cap);
  if (level > 0) {
    for (int up = 1; up < level; up++) {
      if (!strcmp(root, "/")) return false;
      char parent[PATH_MAX];
      sg_project__dirname(root, parent, sizeof parent);
      snprintf(root, cap, "%s", parent);
    }
    return true;
  }
  for (;;) {
    if (!strcmp(root, "/") || !sg_project__package(root, probes, present)) break;
    char parent[PATH_MAX];
    sg_project__dirname(root, parent, sizeof parent);
    snprintf(root, cap, "%s", parent);
  }
  return true;
}

/* Keeps exports under their (real) path; false when some are there
 * already (then the caller frees its own). Called under the lock. */
static const ModuleExports *sg_project__keep(Project *self, const char *path, ModuleExports *exports) {
  Entry *e = sg_table_add(&self->modules, path);
  if (e->value) {
    sg_exports_delete(exports);
    return e->value;
  }
  for (uint32_t i = 0; i < exports->count; i++) exports->functions[i].module = exports->path;
  e->value = exports;
  return exports;
}

/* The exports of a file read from disk: its summaries, without its own
 * imports. An unreadable or unparsable file has none (an empty set). */
static ModuleExports *sg_project__compute(const Project *self, const char *path, Front *keep) {
  Source *src = sg_source_read(path, self->max_file_size);
  ModuleExports *out = NULL;
  if (src->status == SOURCE_OK && !src->cells) {
    Parser *parser = sg_parser_new();
    parser->budget = SG_PROJECT_PARSE_SECONDS;
    double t0 = sg_clock_now();
    TSTree *tree = sg_parser_parse(parser, src);
    bool quick = sg_clock_now() - t0 < SG_PROJECT_FRONT_SECONDS;
    if (!tree) {  /* past the time limit: no exports, this run only */
      out = sg_calloc(1, sizeof(ModuleExports));
      out->limited = true;
    }
    if (tree) {
      FlatTree *flat = sg_flat_build(tree, src);
      ts_tree_delete(tree);
      SemanticModel *model = sg_model_build(flat);
      Summaries *sums = sg_summaries_build(model, NULL);
      ClassSet *classes = sg_classes_build(model);
      out = sg_summaries_export(sums, model, classes, src);
      sg_classes_delete(classes);
      sg_summaries_delete(sums);
      sg_model_delete(model);
      if (keep && quick) {
        keep->source = src, keep->flat = flat;
        src = NULL;
      } else {
        sg_flat_delete(flat);
      }
    }
    sg_parser_delete(parser);
  }
  sg_source_delete(src);
  if (!out) out = sg_calloc(1, sizeof(ModuleExports));
  if (!out->path) out->path = sg_strdup(path);
  return out;
}

/* Notes that what importer's check finds depends on a root or a
 * resolution (each kept until the project is deleted). */
static void sg_project__depend(Project *self, const char *importer, const Root *root, const Resolution *r) {
  if (!self->track) return;  /* set before the workers start; read-only after */
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_add(&self->dependencies, importer);
  Dependencies *d = e->value;
  if (!d) d = e->value = sg_calloc(1, sizeof(Dependencies));
  /* repeats are common (a file asks for one name many times): skip the last few */
  bool seen = false;
  if (root) {
    for (uint32_t i = d->roots.len; i-- > 0 && !seen;) seen = d->roots.items[i] == root;
    if (!seen) array_push(&d->roots, root);
  } else {
    for (uint32_t i = d->resolutions.len; i-- > 0 && i + 8 >= d->resolutions.len && !seen;)
      seen = d->resolutions.items[i] == r;
    if (!seen) array_push(&d->resolutions, r);
  }
  pthread_mutex_unlock(&self->lock);
}

/* Where qualified leads from importer (memoised; r->path NULL: nowhere in
 * the program), or NULL when it cannot be looked up. */
static const Resolution *sg_project__locate(Project *self, const char *importer, const char *qualified) {
  if (!self || !importer || !qualified) return NULL;
  int level = 0;
  while (qualified[level] == '.') level++;
  /* the root, memoised per importer and level: finding it takes a
   * realpath and a stat per enclosing package, and a file asks for
   * hundreds of names */
  char root[PATH_MAX];
  size_t rlen = strlen(importer) + 16;
  char *rkey = sg_malloc(rlen);
  snprintf(rkey, rlen, "%s\n%d", importer, level);
  pthread_mutex_lock(&self->lock);
  Entry *re = sg_table_find(&self->roots, rkey);
  const Root *known = re ? re->value : NULL;
  pthread_mutex_unlock(&self->lock);
  if (!known) {
    Root *made = sg_calloc(1, sizeof(Root));
    if (sg_project__root(importer, level, root, sizeof root, &made->probes, &made->present))
      made->dir = sg_strdup(root);
    pthread_mutex_lock(&self->lock);
    re = sg_table_add(&self->roots, rkey);
    if (!re->value) re->value = made, made = NULL;
    known = re->value;
    pthread_mutex_unlock(&self->lock);
    if (made)
      sg_free(made->dir), sg_project__paths_free(&made->probes), sg_project__paths_free(&made->present), sg_free(made);
  }
  sg_free(rkey);
  sg_project__depend(self, importer, known, NULL);
  if (!known->dir) return NULL;
  snprintf(root, sizeof root, "%s", known->dir);
  size_t klen = strlen(root) + strlen(qualified) + 2;
  char *key = sg_malloc(klen);
  snprintf(key, klen, "%s\n%s", root, qualified);
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_find(&self->resolutions, key);
  Resolution *r = e ? e->value : NULL;
  pthread_mutex_unlock(&self->lock);
  if (!e) {
    r = sg_calloc(1, sizeof(Resolution));
    r->path = sg_project__resolve(root, qualified + level, level > 0, &r->rest, &r->probes);
    r->rest += (size_t)level;
    pthread_mutex_lock(&self->lock);
    e = sg_table_add(&self->resolutions, key);
    if (e->value) {  /* another worker got there first: same answer */
      sg_free(r->path);
      sg_project__paths_free(&r->probes);
      sg_free(r);
    } else {
      e->value = r;
    }
    r = e->value;
    pthread_mutex_unlock(&self->lock);
  }
  sg_free(key);
  sg_project__depend(self, importer, NULL, r);
  return r;
}

static bool sg_project__contains(const char *text, size_t len, const char *word) {
  size_t n = strlen(word);
  for (const char *p = text, *end = text + len; n && (size_t)(end - p) >= n;) {
    const char *hit = memchr(p, word[0], (size_t)(end - p) - n + 1);
    if (!hit) return false;
    if (!memcmp(hit, word, n)) return true;
    p = hit + 1;
  }
  return false;
}

bool sg_project_mentions(Project *self, const char *importer, const char *qualified, const char *word) {
  const Resolution *r = sg_project__locate(self, importer, qualified);
  if (!r || !r->path) return false;
  size_t klen = strlen(r->path) + strlen(word) + 2;
  char *key = sg_malloc(klen);
  snprintf(key, klen, "%s\n%s", r->path, word);
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_find(&self->mentions, key);
  void *known = e ? e->value : NULL;
  pthread_mutex_unlock(&self->lock);
  if (!known) {
    size_t len;
    char *bytes = sg_source_read_bytes(r->path, self->max_file_size, &len);
    bool found = bytes && sg_project__contains(bytes, len, word);
    sg_free(bytes);
    known = (void *)(uintptr_t)(found ? 2 : 1);
    pthread_mutex_lock(&self->lock);
    sg_table_add(&self->mentions, key)->value = known;
    pthread_mutex_unlock(&self->lock);
  }
  sg_free(key);
  return known == (void *)2;
}

bool sg_project_has(Project *self, const char *importer, const char *qualified) {
  const Resolution *r = sg_project__locate(self, importer, qualified);
  return r && r->path;
}

const ModuleExports *sg_project_lookup(Project *self, const char *importer, const char *qualified,
                                       const char **rest) {
  const Resolution *r = sg_project__locate(self, importer, qualified);
  if (!r || !r->path) return NULL;
  *rest = qualified + r->rest + (qualified[r->rest] == '.' ? 1 : 0);
  Entry *e;
  pthread_mutex_lock(&self->lock);
  e = sg_table_find(&self->modules, r->path);
  const ModuleExports *found = e ? e->value : NULL;
  pthread_mutex_unlock(&self->lock);
  if (found) return found;
  /* a file the run checks later: keep what is read and parsed for that check */
  pthread_mutex_lock(&self->lock);
  Entry *fe = sg_table_find(&self->fronts, r->path);
  bool scheduled = fe && fe->value == sg_project__scheduled && self->front_nodes < SG_PROJECT_FRONT_NODES;
  pthread_mutex_unlock(&self->lock);
  Front front = {NULL, NULL};
  double t0 = sg_clock_now();
  ModuleExports *computed = sg_project__compute(self, r->path, scheduled ? &front : NULL);
  double spent = sg_clock_now() - t0;
  pthread_mutex_lock(&self->lock);
  self->computed++;
  self->seconds += spent;
  found = sg_project__keep(self, r->path, computed);
  if (front.flat) {
    fe = sg_table_find(&self->fronts, r->path);
    if (fe && fe->value == sg_project__scheduled && self->front_nodes + front.flat->count <= SG_PROJECT_FRONT_NODES) {
      Front *kept = sg_malloc(sizeof(Front));
      *kept = front;
      fe->value = kept;
      self->front_nodes += front.flat->count;
      front.flat = NULL;
    }
  }
  pthread_mutex_unlock(&self->lock);
  if (front.flat) {
    sg_flat_delete(front.flat);
    sg_source_delete(front.source);
  }
  return found;
}

void sg_project_track_dependencies(Project *self, bool on) {
  if (self) self->track = on;
}

typedef struct DependencyPath {
  const char *path;
  DependencyKind kind;
} DependencyPath;

static int sg_project__cmp_dependency(const void *a, const void *b) {
  const DependencyPath *x = a, *y = b;
  if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
  return strcmp(x->path, y->path);
}

bool sg_project_dependencies(Project *self, const char *importer,
                             void (*fn)(void *arg, const char *path, DependencyKind kind), void *arg) {
  if (!self || !importer) return true;
  Array(DependencyPath) all = {0};
  Array(const char *) queue = {0};  /* the importer, then each file it read, once */
  bool deterministic = true;
  array_push(&queue, importer);
  pthread_mutex_lock(&self->lock);
  for (uint32_t q = 0; q < queue.len; q++) {
    Entry *e = sg_table_find(&self->dependencies, queue.items[q]);
    const Dependencies *d = e ? e->value : NULL;
    for (uint32_t i = 0; d && i < d->roots.len; i++) {
      const Root *root = d->roots.items[i];
      for (uint32_t k = 0; k < root->probes.len; k++)
        array_push(&all, ((DependencyPath){root->probes.items[k], DEPENDENCY_ABSENT}));
      for (uint32_t k = 0; k < root->present.len; k++)
        array_push(&all, ((DependencyPath){root->present.items[k], DEPENDENCY_PRESENT}));
    }
    for (uint32_t i = 0; d && i < d->resolutions.len; i++) {
      const Resolution *r = d->resolutions.items[i];
      for (uint32_t k = 0; k < r->probes.len; k++)
        array_push(&all, ((DependencyPath){r->probes.items[k], DEPENDENCY_ABSENT}));
      if (!r->path) continue;
      array_push(&all, ((DependencyPath){r->path, DEPENDENCY_CONTENT}));
      Entry *m = sg_table_find(&self->modules, r->path);
      if (m && m->value && ((const ModuleExports *)m->value)->limited) deterministic = false;
      /* its own lookups: what its exports took from a second file */
      bool queued = false;
      for (uint32_t k = 0; k < queue.len && !queued; k++) queued = !strcmp(queue.items[k], r->path);
      if (!queued && queue.len < 4096) array_push(&queue, r->path);
    }
  }
  pthread_mutex_unlock(&self->lock);
  /* sorted, each once (the strings stay valid: kept until the project goes) */
  if (all.len) qsort(all.items, all.len, sizeof(DependencyPath), sg_project__cmp_dependency);
  for (uint32_t i = 0; i < all.len; i++)
    if (!i || all.items[i].kind != all.items[i - 1].kind || strcmp(all.items[i].path, all.items[i - 1].path))
      fn(arg, all.items[i].path, all.items[i].kind);
  array_free(&all);
  array_free(&queue);
  return deterministic;
}

void sg_project_schedule(Project *self, const char *path) {
  char real[PATH_MAX];
  if (!self || !path || !realpath(path, real)) return;
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_add(&self->fronts, real);
  if (!e->value) e->value = sg_project__scheduled;
  pthread_mutex_unlock(&self->lock);
}

bool sg_project_take_front(Project *self, const char *path, Source **source, FlatTree **flat) {
  char real[PATH_MAX];
  if (!self || !path || !self->fronts.len || !realpath(path, real)) return false;
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_find(&self->fronts, real);
  Front *f = NULL;
  if (e && e->value != sg_project__scheduled && e->value != sg_project__taken) {
    f = e->value;
    self->front_nodes -= f->flat->count;
  }
  if (e) e->value = sg_project__taken;  /* checked now: nothing more to keep for it */
  pthread_mutex_unlock(&self->lock);
  if (!f) return false;
  /* the check's own name for it (messages show it) */
  sg_free(f->source->path);
  f->source->path = sg_strdup(path);
  *source = f->source;
  *flat = f->flat;
  sg_free(f);
  return true;
}

void sg_project_publish(Project *self, const char *path, ModuleExports *exports) {
  char real[PATH_MAX];
  if (!self || !path || !realpath(path, real)) {
    sg_exports_delete(exports);
    return;
  }
  sg_free(exports->path);
  exports->path = sg_strdup(real);
  pthread_mutex_lock(&self->lock);
  sg_project__keep(self, real, exports);
  pthread_mutex_unlock(&self->lock);
}

void sg_project_forget(Project *self, const char *path) {
  char real[PATH_MAX];
  if (!self || !path || !realpath(path, real)) return;
  pthread_mutex_lock(&self->lock);
  Entry *e = sg_table_find(&self->modules, real);
  if (e && e->value) {
    array_push(&self->retired, (ModuleExports *)e->value);
    e->value = NULL;  /* the key stays: the next lookup computes it again */
  }
  pthread_mutex_unlock(&self->lock);
}

/* Binary search of items sorted by name, each starting with its name
 * (`char *name` as the first member). */
_Static_assert(offsetof(ExportFunction, name) == 0, "ExportFunction starts with its name");
_Static_assert(offsetof(ExportClass, name) == 0, "ExportClass starts with its name");
static const void *sg_exports__find(const void *items, uint32_t count, size_t size, const char *name, size_t len) {
  uint32_t lo = 0, hi = count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const void *item = (const char *)items + (size_t)mid * size;
    const char *s = *(char *const *)item;
    int c = strncmp(s, name, len);
    if (c == 0) c = s[len] ? 1 : 0;
    if (c == 0) return item;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

const ExportFunction *sg_exports_function(const ModuleExports *self, const char *name, size_t len) {
  return self ? sg_exports__find(self->functions, self->count, sizeof(ExportFunction), name, len) : NULL;
}

const ExportClass *sg_exports_class(const ModuleExports *self, const char *name, size_t len) {
  return self ? sg_exports__find(self->classes, self->class_count, sizeof(ExportClass), name, len) : NULL;
}

void sg_project_stats(Project *self, uint32_t *files, double *seconds) {
  pthread_mutex_lock(&self->lock);
  *files = self->computed;
  *seconds = self->seconds;
  pthread_mutex_unlock(&self->lock);
}

const char *sg_project_display_path(const char *path, char *buf, size_t cap) {
  char cwd[PATH_MAX];
  size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
  if (n > 1 && strncmp(path, cwd, n) == 0 && path[n] == '/') path += n + 1;
  snprintf(buf, cap, "%s", path);
  return buf;
}
