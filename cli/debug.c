/* `snag debug flat|scopes FILE`: dumps between stages, so a wrong finding
 * can be traced to the stage that caused it. */
#include <stdio.h>
#include <string.h>

#include "analyses/model.h"
#include "cli/cli.h"
#include "parser/flat.h"
#include "parser/parse.h"

static void sg_debug__flat(const FlatTree *t) {
  const TSLanguage *lang = sg_grammar_python()->language;
  Array(uint32_t) depth = {0};
  for (uint32_t i = 0; i < t->count; i++) {
    while (depth.len && i > t->subtree_end[array_last(&depth)]) depth.len--;
    uint32_t len;
    const char *text = sg_flat_text(t, i, &len);
    uint32_t n = 0;
    while (n < len && n < 40 && text[n] != '\n') n++;
    printf("%*s%u %s%s%s [%u:%u]%s%s%s", (int)depth.len * 2, "", i,
           ts_language_symbol_name(lang, t->symbol[i]), t->field[i] ? " @" : "",
           sg_field_name(t->field[i]), t->start_row[i] + 1, t->start_col[i] + 1,
           t->flags[i] & FLAT_ERROR ? " ERROR" : "", t->flags[i] & FLAT_MISSING ? " MISSING" : "",
           t->flags[i] & FLAT_EXTRA ? " extra" : "");
    if (t->first_child[i] == SG_NONE) printf(" `%.*s`", (int)n, text);
    putchar('\n');
    if (t->first_child[i] != SG_NONE) array_push(&depth, i);
  }
  array_free(&depth);
}

static void sg_debug__scopes(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    printf("scope %u %s line %u parent %d%s%s%s\n", s, sg_scope_kind_name(sc->kind),
           t->start_row[sc->node] + 1, sc->parent == SG_NONE ? -1 : (int)sc->parent,
           sc->flags & SCOPE_FLAG_DYNAMIC ? " dynamic" : "",
           sc->flags & SCOPE_FLAG_SYNTAX_ERROR ? " syntax-error" : "",
           sc->flags & SCOPE_FLAG_GENERATOR ? " generator" : "");
    for (uint32_t y = 0; y < m->symbols.len; y++) {
      const Symbol *sym = &m->symbols.items[y];
      if (sym->scope != s) continue;
      printf("  %s%s%s%s%s%s\n", sg_names_text(&t->names, sym->name),
             sym->flags & SYMBOL_LOCAL ? " local" : "", sym->flags & SYMBOL_GLOBAL ? " global" : "",
             sym->flags & SYMBOL_NONLOCAL ? " nonlocal" : "",
             sym->flags & SYMBOL_PARAMETER ? " parameter" : "", sym->flags & SYMBOL_USED ? " used" : "");
      for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        printf("    bind %s line %u%s%s\n", sg_binding_kind_name(bd->kind), t->start_row[bd->node] + 1,
               bd->qualified ? " -> " : "", bd->qualified ? bd->qualified : "");
      }
    }
  }
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    printf("ref %s line %u:%u in scope %u: %s", sg_flat_name(t, ref->node), t->start_row[ref->node] + 1,
           t->start_col[ref->node] + 1, ref->scope, sg_reference_kind_name(ref->kind));
    if (ref->symbol != SG_NONE) printf(" (scope %u)", m->symbols.items[ref->symbol].scope);
    putchar('\n');
  }
}

int sg_cli_debug(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "flat") && strcmp(argv[1], "scopes")))
    return sg_cli_fail("usage: snag debug flat|scopes FILE");
  Source *src = sg_source_read(argv[2], SG_SOURCE_MAX_DEFAULT);
  if (src->status != SOURCE_OK) {
    int rc = sg_cli_fail("%s: %s", argv[2], src->message);
    sg_source_delete(src);
    return rc;
  }
  Parser *parser = sg_parser_new();
  TSTree *tree = sg_parser_parse(parser, src);
  FlatTree *flat = sg_flat_build(tree, src);
  ts_tree_delete(tree);
  if (!strcmp(argv[1], "flat")) {
    sg_debug__flat(flat);
  } else {
    SemanticModel *m = sg_model_build(flat);
    sg_debug__scopes(m);
    sg_model_delete(m);
  }
  sg_flat_delete(flat);
  sg_parser_delete(parser);
  sg_source_delete(src);
  return EXIT_CLEAN;
}
