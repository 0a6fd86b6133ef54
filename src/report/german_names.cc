#include "report/german_names.h"

namespace casus::words {
namespace {

// The names of iso-codes' German list and corpus/states.toml (display_de) that take an article, with their
// forms, as German newspapers write them: masculine "der Irak", "der Jemen", "der Libanon", "der Sudan",
// "der Tschad" (and "der Iran", though "Iran" bare is also in use); feminine "die Schweiz", "die Slowakei",
// "die Türkei", "die Ukraine", "die Mongolei"; plural the island groups and unions. A name not listed is
// used bare in every case, which is right for most states; adding one here is the whole fix for another.
struct Forms {
  std::string_view bare;
  bool plural;
  std::string_view nominative, accusative, dative;
};

constexpr Forms kForms[] = {
    {"Vereinigte Staaten", true, "die Vereinigten Staaten", "die Vereinigten Staaten", "den Vereinigten Staaten"},
    {"Vereinigte Arabische Emirate", true, "die Vereinigten Arabischen Emirate", "die Vereinigten Arabischen Emirate",
     "den Vereinigten Arabischen Emiraten"},
    {"Vereinigtes Königreich", false, "das Vereinigte Königreich", "das Vereinigte Königreich", "dem Vereinigten Königreich"},
    {"Niederlande", true, "die Niederlande", "die Niederlande", "den Niederlanden"},
    {"Philippinen", true, "die Philippinen", "die Philippinen", "den Philippinen"},
    {"Bahamas", true, "die Bahamas", "die Bahamas", "den Bahamas"},
    {"Komoren", true, "die Komoren", "die Komoren", "den Komoren"},
    {"Malediven", true, "die Malediven", "die Malediven", "den Malediven"},
    {"Marshallinseln", true, "die Marshallinseln", "die Marshallinseln", "den Marshallinseln"},
    {"Salomoninseln", true, "die Salomoninseln", "die Salomoninseln", "den Salomoninseln"},
    {"Seychellen", true, "die Seychellen", "die Seychellen", "den Seychellen"},
    {"Türkei", false, "die Türkei", "die Türkei", "der Türkei"},
    {"Slowakei", false, "die Slowakei", "die Slowakei", "der Slowakei"},
    {"Mongolei", false, "die Mongolei", "die Mongolei", "der Mongolei"},
    {"Ukraine", false, "die Ukraine", "die Ukraine", "der Ukraine"},
    {"Schweiz", false, "die Schweiz", "die Schweiz", "der Schweiz"},
    {"Sowjetunion", false, "die Sowjetunion", "die Sowjetunion", "der Sowjetunion"},
    {"DR Kongo", false, "die DR Kongo", "die DR Kongo", "der DR Kongo"},
    {"Dominikanische Republik", false, "die Dominikanische Republik", "die Dominikanische Republik",
     "der Dominikanischen Republik"},
    {"Zentralafrikanische Republik", false, "die Zentralafrikanische Republik", "die Zentralafrikanische Republik",
     "der Zentralafrikanischen Republik"},
    {"Irak", false, "der Irak", "den Irak", "dem Irak"},
    {"Iran", false, "der Iran", "den Iran", "dem Iran"},
    {"Jemen", false, "der Jemen", "den Jemen", "dem Jemen"},
    {"Libanon", false, "der Libanon", "den Libanon", "dem Libanon"},
    {"Sudan", false, "der Sudan", "den Sudan", "dem Sudan"},
    {"Südsudan", false, "der Südsudan", "den Südsudan", "dem Südsudan"},
    {"Tschad", false, "der Tschad", "den Tschad", "dem Tschad"},
};

const Forms* find(std::string_view name) {
  for (const auto& f : kForms)
    if (f.bare == name) return &f;
  return nullptr;
}

}  // namespace

std::string german_name(std::string_view name, GermanCase c) {
  const Forms* f = find(name);
  if (!f) return std::string(name);
  switch (c) {
    case GermanCase::bare: return std::string(f->bare);
    case GermanCase::nominative: return std::string(f->nominative);
    case GermanCase::accusative: return std::string(f->accusative);
    case GermanCase::dative: return std::string(f->dative);
  }
  return std::string(name);
}

bool german_plural(std::string_view name) {
  const Forms* f = find(name);
  return f && f->plural;
}

}  // namespace casus::words
