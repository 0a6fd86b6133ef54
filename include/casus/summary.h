// Answers people can read: a ScenarioReport turned into plain sentences, in English or German.
//
// For each state that a treaty names as holder of a provision the scenario triggers: whether it must
// respond, may, need not, or only if something is decided, under which readings and policies, and because
// of which article and condition. Then who enters each war in what order, which conclusions rest on facts
// that are not verified, and which parties to the events no treaty in the corpus binds. The summary says
// nothing the trace (render_text) does not; it only says it without the engine's vocabulary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/language.h"
#include "casus/report.h"

namespace casus {

// One state, or several whose findings read alike (NATO's members, each bound to consult).
struct StateSummary {
  std::vector<StateId> states;
  std::string name;                    // display name(s) in the summary's language
  std::vector<std::string> sentences;  // one per provision (and beneficiary) held
  bool war = false;                    // a duty to fight (defence, offence, guarantee) is among them
};

struct Summary {
  Language language = Language::en;
  std::string title;                   // the scenario's title and date
  std::vector<std::string> events;     // what happens, in plain words
  std::vector<StateSummary> states;    // in order of first appearance in the findings
  std::vector<std::string> entries;    // who enters, in what order, per group of evaluations alike
  std::vector<std::string> unverified; // conclusions resting on [P]/[U] facts, naming them
  std::vector<std::string> unbound;    // parties to the events no treaty in the corpus binds
  std::vector<std::string> notes;      // readings that do not apply, provisions checked and not triggered
};

Summary summarize(const Corpus& corpus, const ScenarioReport& report, Language language = Language::en);
std::string render_summary_text(const Summary& summary);
nlohmann::json summary_json(const Summary& summary);

// "Art. 4 of the Russia–DPRK treaty of 2024" / "Art. 4 des Vertrags „Russland–Nordkorea 2024“".
std::string article_name(const Treaty& t, const Provision& p, Language language);
// The treaty's short name in the language (short_name_de when the corpus has one).
std::string treaty_short_name(const Treaty& t, Language language);

}  // namespace casus
