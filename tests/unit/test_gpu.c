/* Tests for gpu/ (the host side, which every build has): the batch
 * builder offsets links and merges name ids across files, the compaction
 * is an exclusive scan + scatter, and the per-file candidates equal the
 * predicates evaluated on each file's own FlatTree. */
#include <string.h>

#include "gpu/gpu.h"
#include "parser/parse.h"
#include "tests/unit/test.h"

typedef struct Parsed {
  Source *src;
  FlatTree *flat;
} Parsed;

static Parsed parse_text(Parser *parser, const char *text) {
  Parsed p;
  p.src = sg_source_from_bytes("t.py", text, strlen(text), SG_SOURCE_MAX_DEFAULT);
  TSTree *tree = sg_parser_parse(parser, p.src);
  p.flat = sg_flat_build(tree, p.src);
  ts_tree_delete(tree);
  return p;
}

static void free_parsed(Parsed *p) {
  sg_flat_delete(p->flat);
  sg_source_delete(p->src);
}

static const char *const texts[] = {
  "def f(a, b=[]):\n    b.append(a)\n    return b\n",
  "zeta = 1\n",  /* a name only this file has */
  "grid = [[0] * 3] * 4\nd = dict.fromkeys(k, {})\nfns = [lambda: i for i in range(3)]\n"
  "for x in xs:\n    xs.remove(x)\nzeta = f(b=1)\n"
  "class C:\n    a = 1\n    items = []\n    seen = {}\n    def m(self):\n        x = []\n",
};

static void test_gpu_batch_links_and_names(void) {
  Parser *parser = sg_parser_new();
  Parsed p[3];
  for (int i = 0; i < 3; i++) p[i] = parse_text(parser, texts[i]);
  GpuBatch *b = sg_gpu_batch_new(NULL);
  GpuTimes times = {0};
  uint32_t total = 0;
  for (int i = 0; i < 3; i++) {
    CHECK(sg_gpu_batch_add(b, p[i].flat, &times) == (uint32_t)i);
    CHECK(b->file_start.items[i] == total);
    total += p[i].flat->count;
  }
  sg_gpu_batch_add(b, NULL, &times);  /* a file that did not parse: no nodes */
  CHECK(b->count == total);
  CHECK(b->file_start.len == 4);
  for (int f = 0; f < 3; f++) {
    const FlatTree *t = p[f].flat;
    uint32_t base = b->file_start.items[f];
    for (uint32_t i = 0; i < t->count; i++) {
      CHECK(b->kind[base + i] == t->kind[i]);
      CHECK(b->parent[base + i] == (t->parent[i] == SG_NONE ? SG_NONE : t->parent[i] + base));
      CHECK(b->next_sibling[base + i] == (t->next_sibling[i] == SG_NONE ? SG_NONE : t->next_sibling[i] + base));
      if (t->name_id[i] == SG_NONE) {
        CHECK(b->name_id[base + i] == SG_NONE);
      } else {
        /* the merged id names the same text; well-known ids are kept */
        CHECK_STR(sg_names_text(b->names, b->name_id[base + i]), sg_names_text(&t->names, t->name_id[i]));
        if (t->name_id[i] < NAME__WELL_KNOWN) CHECK(b->name_id[base + i] == t->name_id[i]);
      }
    }
  }
  /* `zeta` in files 1 and 2 (different per-file ids) is one merged id */
  uint32_t z1 = sg_names_find(&p[1].flat->names, "zeta", 4), z2 = sg_names_find(&p[2].flat->names, "zeta", 4);
  CHECK(z1 != SG_NONE && z2 != SG_NONE);
  CHECK(sg_names_find(b->names, "zeta", 4) != SG_NONE);

  /* candidates: the batch's per-file lists equal each file's own */
  sg_gpu_candidates(b, false, &times);
  uint32_t expected_total = 0;
  for (int f = 0; f < 3; f++) {
    /* the file's own view through the same two passes (flag, class scatter) */
    FlatView v = sg_flat_view(p[f].flat);
    uint32_t *masks = sg_malloc(v.count * sizeof *masks);
    uint32_t first = 0;
    sg_gpu_flag_host(&v, masks);
    sg_gpu_class_join_host(&v, &first, 1, masks);
    for (int k = 0; k < CANDIDATE__COUNT; k++) {
      uint32_t n = 0;
      for (uint32_t i = 0; i < v.count; i++)
        if (masks[i] & (1u << k)) {
          CHECK(n < b->per_file[f].count[k] && b->per_file[f].nodes[k][n] == i);
          n++;
        }
      CHECK(n == b->per_file[f].count[k]);
    }
    for (uint32_t i = 0; i < v.count; i++) expected_total += masks[i] != 0;
    sg_free(masks);
  }
  CHECK(b->cand_count == expected_total);
  /* file 2 has one of each kind the predicates know, file 1 none */
  for (int k = 0; k < CANDIDATE__COUNT; k++) CHECK(b->per_file[1].count[k] == 0);
  CHECK(b->per_file[0].count[CANDIDATE_MUTABLE_DEFAULT] == 1);
  CHECK(b->per_file[2].count[CANDIDATE_SHARED_FILL] == 3);  /* two `*` (inner and outer), fromkeys */
  CHECK(b->per_file[2].count[CANDIDATE_LOOP_CLOSURE] == 1);
  CHECK(b->per_file[2].count[CANDIDATE_LOOP] == 2);  /* the for-in clause and the for loop */
  /* class C: flagged once by two class-level assignments of non-literals;
   * `a = 1` and the method's `x = []` do not count */
  CHECK(b->per_file[2].count[CANDIDATE_CLASS] == 1);
  CHECK(p[2].flat->kind[b->per_file[2].nodes[CANDIDATE_CLASS][0]] == KIND_CLASS_DEFINITION);
  CHECK(b->per_file[3].count[CANDIDATE_LOOP] == 0);
  CHECK(times.batches == 1 && times.nodes == total);

  /* clear keeps the merged names; a second batch starts at node 0 */
  sg_gpu_batch_clear(b);
  CHECK(b->count == 0 && b->file_start.len == 0);
  CHECK(sg_gpu_batch_add(b, p[1].flat, &times) == 0);
  CHECK(sg_names_find(b->names, "zeta", 4) != SG_NONE);
  sg_gpu_batch_delete(b);
  for (int i = 0; i < 3; i++) free_parsed(&p[i]);
  sg_parser_delete(parser);
}

/* Process calls by name; a renaming import widens them to every call of
 * its file; lock sites: `with`, `if L.acquire():`, `L.acquire()`. */
static void test_gpu_process_and_lock_candidates(void) {
  static const char *const files[] = {
    "import multiprocessing as mp\n"
    "def work(x):\n    helper(x)\n    return x\n"
    "p = mp.Process(target=work, args=(1,))\n"           /* Process: a candidate */
    "p.start()\n"                                         /* start */
    "setup()\n"                                           /* module-level plain call */
    "with lock:\n    pass\n"
    "if lock.acquire(False):\n    lock.release()\n"
    "def g():\n    lock.acquire()\n    other()\n",
    "from multiprocessing import Pool as P\n"
    "def f():\n    g()\n",                               /* widened: every call */
    "class W(mp.Process):\n    pass\n",                  /* a Process subclass: widened */
  };
  Parser *parser = sg_parser_new();
  Parsed p[3];
  GpuBatch *b = sg_gpu_batch_new(NULL);
  GpuTimes times = {0};
  for (int i = 0; i < 3; i++) {
    p[i] = parse_text(parser, files[i]);
    sg_gpu_batch_add(b, p[i].flat, &times);
  }
  sg_gpu_candidates(b, false, &times);
  const Candidates *c = &b->per_file[0];
  CHECK(c->all == 0);
  /* mp.Process(...), p.start(), setup(); not helper(x), other() (in def bodies) */
  CHECK(c->count[CANDIDATE_PROCESS_CALL] == 3);
  uint32_t n;
  CHECK(sg_candidates_list(c, CANDIDATE_PROCESS_CALL, &n) == c->nodes[CANDIDATE_PROCESS_CALL] && n == 3);
  CHECK(c->count[CANDIDATE_LOCK_SITE] == 3);
  CHECK(p[0].flat->kind[c->nodes[CANDIDATE_LOCK_SITE][0]] == KIND_WITH_STATEMENT);
  CHECK(p[0].flat->kind[c->nodes[CANDIDATE_LOCK_SITE][1]] == KIND_IF_STATEMENT);
  CHECK(p[0].flat->kind[c->nodes[CANDIDATE_LOCK_SITE][2]] == KIND_EXPRESSION_STATEMENT);
  for (int f = 1; f < 3; f++) {
    CHECK(b->per_file[f].all == 1u << CANDIDATE_PROCESS_CALL);
    CHECK(sg_candidates_list(&b->per_file[f], CANDIDATE_PROCESS_CALL, &n) == NULL);
    CHECK(sg_candidates_has(&b->per_file[f], CANDIDATE_PROCESS_CALL, 1));
  }
  CHECK(!sg_candidates_has(c, CANDIDATE_PROCESS_CALL, 0));
  sg_gpu_batch_delete(b);
  for (int i = 0; i < 3; i++) free_parsed(&p[i]);
  sg_parser_delete(parser);
}

/* SNG203's join: a class-level binding is a candidate only when its file
 * mutates `<obj>.<name>` in place — through the class's methods or a
 * same-file subclass's — or passes it to a call (a helper that may mutate
 * it); a mutation in another file of the batch, a rebind or a read do not
 * count. */
static void test_gpu_class_join(void) {
  static const char *const files[] = {
    "class A:\n    items = []\n    other = {}\n    def add(self, x):\n        self.items.append(x)\n",
    "class B:\n    items = []\n",
    "def f(obj):\n    obj.items.append(1)\n",
    "class P:\n    cache = {}\nclass Q(P):\n    def put(self, k, v):\n        self.cache[k] = v\n",
    "class R:\n    items = []\n    def m(self):\n        self.items = []\n        x = self.items\n"
    "        n = len(self.items[0])\n",
    "class S:\n    d = {}\n    def m(self):\n        del (self).d[1]\n        self.n += 1\n",
    "class T:\n    hooks = []\n    def sub(self, f):\n        reg(f, into=self.hooks)\n",
  };
  enum { N = sizeof files / sizeof *files };
  Parser *parser = sg_parser_new();
  Parsed p[N];
  GpuBatch *b = sg_gpu_batch_new(NULL);
  GpuTimes times = {0};
  for (int i = 0; i < N; i++) {
    p[i] = parse_text(parser, files[i]);
    sg_gpu_batch_add(b, p[i].flat, &times);
  }
  sg_gpu_candidates(b, false, &times);
  static const uint32_t shared[N] = {1, 0, 0, 1, 0, 1, 1}, classes[N] = {1, 1, 0, 1, 1, 1, 1};
  for (int f = 0; f < N; f++) {
    CHECK(b->per_file[f].count[CANDIDATE_SHARED_CLASS] == shared[f]);
    CHECK(b->per_file[f].count[CANDIDATE_CLASS] == classes[f]);  /* SNG204 keeps every such class */
  }
  /* file 3: the base P, found through its subclass's method */
  CHECK(b->per_file[3].nodes[CANDIDATE_SHARED_CLASS][0] == b->per_file[3].nodes[CANDIDATE_CLASS][0]);
  sg_gpu_batch_delete(b);
  for (int i = 0; i < N; i++) free_parsed(&p[i]);
  sg_parser_delete(parser);
}

/* Pointer jumping: a chain of links resolves in log2(depth) + 1 rounds;
 * the reduction ORs flags per key and implies a module key only when a
 * binding follows the `global` declaration. */
static void test_gpu_sites_steps(void) {
  enum { N = 64 };
  uint32_t link[N], tmp[N];
  link[0] = 0 | SG_SITES_RESOLVED;
  for (uint32_t i = 1; i < N; i++) link[i] = i - 1;  /* one long chain to the root */
  link[40] = 40 | SG_SITES_RESOLVED;                  /* a scope starts at 40 */
  uint32_t rounds = sg_gpu_scope_jump_host(link, tmp, N);
  CHECK(rounds <= 7);
  for (uint32_t i = 0; i < N; i++) CHECK(link[i] == ((i < 40 ? 0u : 40u) | SG_SITES_RESOLVED));
  /* scopes: 0 the module, 5 a function in it */
  uint32_t parent[8] = {SG_NONE, 0, 0, 0, 0, 0, 0, 0};
  uint64_t keys[] = {(0ull << 32) | 9, (5ull << 32) | 7, (5ull << 32) | 7, (5ull << 32) | 8, (5ull << 32) | 8};
  uint16_t flags[] = {SYMBOL_BOUND, SYMBOL_GLOBAL | 0x8000u, SYMBOL_BOUND, SYMBOL_BOUND, SYMBOL_GLOBAL | 0x8000u};
  uint32_t nodes[] = {1, 10, 12, 20, 22};  /* x=7: global then bound; y=8: bound then global */
  uint64_t implied[5];
  uint32_t nimplied = 0;
  CHECK(sg_gpu_sites_reduce_host(keys, flags, nodes, 5, parent, implied, &nimplied) == 3);
  CHECK(keys[0] == ((0ull << 32) | 9) && flags[0] == SYMBOL_BOUND);
  CHECK(keys[1] == ((5ull << 32) | 7) && flags[1] == (SYMBOL_GLOBAL | SYMBOL_BOUND));
  CHECK(keys[2] == ((5ull << 32) | 8) && flags[2] == (SYMBOL_GLOBAL | SYMBOL_BOUND));
  CHECK(nimplied == 1 && implied[0] == ((0ull << 32) | 7));
}

static void test_gpu_compact(void) {
  const uint32_t masks[] = {0, 3, 0, 0, 1, 8, 0};
  uint32_t offsets[7], node[7], mask[7];
  CHECK(sg_gpu_compact_host(masks, 7, offsets, node, mask) == 3);
  const uint32_t want_offsets[] = {0, 0, 1, 1, 1, 2, 3};
  for (int i = 0; i < 7; i++) CHECK(offsets[i] == want_offsets[i]);
  CHECK(node[0] == 1 && node[1] == 4 && node[2] == 5);
  CHECK(mask[0] == 3 && mask[1] == 1 && mask[2] == 8);
  CHECK(sg_gpu_compact_host(masks, 0, offsets, node, mask) == 0);
}

static void test_gpu_radix_sort(void) {
  /* keys that differ only in high digits, equal keys (stable: ids stay in
   * input order), and the extremes */
  uint64_t keys[] = {((uint64_t)7 << 32) | 1, 5, ((uint64_t)7 << 32) | 1, UINT64_MAX, 0, (uint64_t)1 << 48, 5};
  uint32_t ids[] = {0, 1, 2, 3, 4, 5, 6};
  uint16_t flags[] = {10, 11, 12, 13, 14, 15, 16};
  sg_gpu_radix_sort_host(keys, ids, flags, 7);
  const uint32_t want[] = {4, 1, 6, 0, 2, 5, 3};
  for (int i = 0; i < 7; i++) {
    CHECK(ids[i] == want[i]);
    CHECK(flags[i] == 10 + want[i]);
    if (i) CHECK(keys[i - 1] <= keys[i]);
  }
}

static void test_gpu_no_device_here(void) {
  char why[256];
  /* the CPU build never has a device, and says why */
  if (!sg_gpu_device_available(why, sizeof why)) CHECK(strlen(why) > 10);
}

void test_suite_gpu(void) {
  RUN_TEST(test_gpu_batch_links_and_names);
  RUN_TEST(test_gpu_process_and_lock_candidates);
  RUN_TEST(test_gpu_class_join);
  RUN_TEST(test_gpu_sites_steps);
  RUN_TEST(test_gpu_compact);
  RUN_TEST(test_gpu_radix_sort);
  RUN_TEST(test_gpu_no_device_here);
}
