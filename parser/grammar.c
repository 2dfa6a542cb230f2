#include "parser/grammar.h"

#include <pthread.h>
#include <string.h>

#include "parser/alloc.h"

const TSLanguage *tree_sitter_python(void);

static const struct { const char *name; uint8_t named; } sg_grammar__kinds[] = {
  [KIND_OTHER] = {"(other)", 1},
  [KIND_TOKEN] = {"(token)", 0},
#define KIND(e, name, named) [KIND_##e] = {name, named},
#include "parser/kinds.def"
#undef KIND
};

static const char *const sg_grammar__fields[] = {
  [FIELD_NONE] = "",
#define FIELD(e, name) [FIELD_##e] = name,
#include "parser/fields.def"
#undef FIELD
};

const char *sg_kind_name(NodeKind kind) {
  return kind < KIND__COUNT ? sg_grammar__kinds[kind].name : "?";
}

const char *sg_field_name(FieldId field) {
  return field < FIELD__COUNT ? sg_grammar__fields[field] : "?";
}

static Grammar sg_grammar__python;
static pthread_once_t sg_grammar__once = PTHREAD_ONCE_INIT;

static void sg_grammar__init_python(void) {
  Grammar *g = &sg_grammar__python;
  g->language = tree_sitter_python();
  g->symbol_count = ts_language_symbol_count(g->language);
  g->kind_of_symbol = sg_calloc(g->symbol_count, sizeof(uint16_t));
  /* By name, not by number: aliased symbols share a name with the symbol
   * they alias (e.g. keywords used as identifiers). */
  for (uint32_t s = 0; s < g->symbol_count; s++) {
    const char *name = ts_language_symbol_name(g->language, (TSSymbol)s);
    TSSymbolType type = ts_language_symbol_type(g->language, (TSSymbol)s);
    int named = type == TSSymbolTypeRegular;
    uint16_t kind = named ? KIND_OTHER : KIND_TOKEN;
    for (int k = KIND_TOKEN + 1; k < KIND__COUNT && name; k++)
      if (sg_grammar__kinds[k].named == named && strcmp(sg_grammar__kinds[k].name, name) == 0) {
        kind = (uint16_t)k;
        break;
      }
    g->kind_of_symbol[s] = kind;
  }
  g->comment_symbol = ts_language_symbol_for_name(g->language, "comment", 7, true);
  g->field_count = ts_language_field_count(g->language);
  g->field_of_id = sg_calloc(g->field_count + 1, 1);
  for (uint32_t f = 1; f <= g->field_count; f++) {
    const char *name = ts_language_field_name_for_id(g->language, (TSFieldId)f);
    for (int k = 1; k < FIELD__COUNT && name; k++)
      if (strcmp(sg_grammar__fields[k], name) == 0) {
        g->field_of_id[f] = (uint8_t)k;
        break;
      }
  }
}

const Grammar *sg_grammar_python(void) {
  pthread_once(&sg_grammar__once, sg_grammar__init_python);
  return &sg_grammar__python;
}
