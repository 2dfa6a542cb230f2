/* The standard-library behaviour table (analyses/stdlib.def). */
#include "analyses/stdlib.h"

#include <string.h>

static const StdEntry sg_stdlib__table[] = {
#define STD(name, what, args, keywords) {name, what, args, keywords},
#include "analyses/stdlib.def"
#undef STD
};
#define SG_STDLIB__COUNT (sizeof sg_stdlib__table / sizeof *sg_stdlib__table)

const StdEntry *sg_stdlib_function(const char *qualified) {
  if (!strchr(qualified, '.')) return NULL;
  for (size_t i = 0; i < SG_STDLIB__COUNT; i++)
    if (!strcmp(sg_stdlib__table[i].name, qualified)) return &sg_stdlib__table[i];
  return NULL;
}

const StdEntry *sg_stdlib_method(const char *name, uint32_t len) {
  for (size_t i = 0; i < SG_STDLIB__COUNT; i++) {
    const char *e = sg_stdlib__table[i].name;
    if (!strncmp(e, name, len) && e[len] == '\0' && !strchr(e, '.')) return &sg_stdlib__table[i];
  }
  return NULL;
}

bool sg_stdlib_means(const StdEntry *entry, uint32_t index, const char *keyword, uint32_t len) {
  if (!keyword) return index < 32 && (entry->args & STD_ARG(index));
  const char *k = entry->keywords;
  if (!strcmp(k, "*")) return true;
  while (*k) {
    size_t n = strcspn(k, " ");
    if (n == len && !strncmp(k, keyword, len)) return true;
    k += n;
    while (*k == ' ') k++;
  }
  return false;
}

const char *sg_stdlib_unpicklable(const char *qualified) {
  static const struct { const char *name, *what; } kinds[] = {
    {"threading.Lock", "a `threading` lock"}, {"threading.RLock", "a `threading` lock"},
    {"threading.Condition", "a `threading.Condition`"}, {"threading.Event", "a `threading.Event`"},
    {"threading.Semaphore", "a `threading` semaphore"}, {"threading.BoundedSemaphore", "a `threading` semaphore"},
    {"threading.local", "a `threading.local`"}, {"builtins.open", "an open file"},
    {"io.open", "an open file"}, {"io.TextIOWrapper", "an open text stream"},
    {"io.BufferedReader", "an open stream"}, {"io.BufferedWriter", "an open stream"},
    {"io.BufferedRandom", "an open stream"}, {"io.FileIO", "an open file"},
    {"sqlite3.connect", "a database connection"}, {"_thread.allocate_lock", "a `threading` lock"},
    {"tempfile.TemporaryFile", "an open file"}, {"tempfile.NamedTemporaryFile", "an open file"},
    {"codecs.open", "an open file"}, {"os.fdopen", "an open file"}, {"gzip.open", "an open file"},
    {"bz2.open", "an open file"}, {"lzma.open", "an open file"}, {"gzip.GzipFile", "an open file"},
    {"tarfile.open", "an open archive"}, {"zipfile.ZipFile", "an open archive"},
    {"queue.Queue", "a `queue` queue (it holds a lock)"}, {"queue.LifoQueue", "a `queue` queue (it holds a lock)"},
    {"queue.PriorityQueue", "a `queue` queue (it holds a lock)"}, {"queue.SimpleQueue", "a `queue.SimpleQueue`"},
    {"threading.Thread", "a thread"}, {"threading.Timer", "a thread"}, {"threading.Barrier", "a `threading.Barrier`"},
    {"logging.FileHandler", "a logging handler (it holds a lock)"},
    {"logging.StreamHandler", "a logging handler (it holds a lock)"},
    {"subprocess.Popen", "a subprocess"}, {"selectors.DefaultSelector", "a selector"},
    {"concurrent.futures.ThreadPoolExecutor", "a thread pool"}};
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    if (!strcmp(qualified, kinds[i].name)) return kinds[i].what;
  return NULL;
}
