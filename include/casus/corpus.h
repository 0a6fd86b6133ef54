// Loading and querying the corpus: treaties, states, places and regions.
//
// load_corpus() reads and validates every file and returns a Corpus only when there was no problem
// at all; otherwise it returns nullopt and every problem found is in the Diagnostics. A Corpus is
// immutable once built: share it freely between threads.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/law.h"
#include "casus/model.h"

namespace casus {

// The files one corpus is made of.
struct CorpusFiles {
  std::string states;                 // corpus/states.toml
  std::string locations;              // corpus/locations.toml
  std::vector<std::string> treaties;  // corpus/treaties/*.toml, sorted
  LawFiles law;                       // corpus/unsc.toml, un-members.toml, declared.toml (each optional)
  // COW's states2016.csv from the research data directory (never copied into the repository); empty:
  // not read, and the historical COW states (cow-NNN) are unknown ids.
  std::string cow_states = {};
};

// The COW state list inside a research data directory (the layout of ../shared/data).
std::string cow_states_in(const std::string& data_dir);

// The files under a corpus root directory (root/states.toml, root/locations.toml, root/treaties/).
// Problems (missing files or directories) are added to `diag`.
CorpusFiles corpus_files_in(const std::string& root, Diagnostics& diag);

class Corpus {
 public:
  const std::vector<State>& states() const { return states_; }
  const std::vector<Location>& locations() const { return locations_; }
  const std::vector<Region>& regions() const { return regions_; }
  const std::vector<Treaty>& treaties() const { return treaties_; }
  // The UN Charter, UN membership, Security Council measures and declared interpretations.
  const Law& law() const { return law_; }

  // Lookups by id; nullptr when absent.
  const State* state(std::string_view id) const;
  const Location* location(std::string_view id) const;
  const Region* region(std::string_view id) const;
  const Treaty* treaty(std::string_view id) const;

  // ISO name of a state ("Russian Federation"), or the id itself when unknown.
  std::string state_name(std::string_view id) const;
  // The name a journalist prints ("Russia", "North Korea"; German with de = true), or the id.
  std::string display_name(std::string_view id, bool de = false) const;
  // Whether the COW state list was read (CorpusFiles::cow_states).
  bool cow_states_read() const { return cow_read_; }
  // The message for an id that names no state: what is expected, the nearest matches ("did you mean
  // PRK (Korea, Democratic People's Republic of)?"), or that cow-NNN ids need the data directory.
  std::string unknown_state(std::string_view id) const;

  // Every state that is ever a member of treaties()[i], in file order (no duplicates).
  const std::vector<StateId>& members_ever(size_t treaty_index) const { return members_ever_[treaty_index]; }
  // Indices into treaties() of the treaties `state` is ever a member of, ascending.
  const std::vector<size_t>& treaties_of(std::string_view state) const;

 private:
  friend std::optional<Corpus> load_corpus(const CorpusFiles&, Diagnostics&);
  friend Corpus extend_corpus(const Corpus&, std::vector<State>, std::vector<Treaty>, std::vector<std::string>*);
  void build_indexes();

  std::vector<State> states_;
  bool cow_read_ = false;
  std::vector<Location> locations_;
  std::vector<Region> regions_;
  std::vector<Treaty> treaties_;
  Law law_;
  std::map<std::string, size_t, std::less<>> state_index_, location_index_, region_index_,
      treaty_index_;
  std::vector<std::vector<StateId>> members_ever_;
  std::map<std::string, std::vector<size_t>, std::less<>> treaties_by_state_;
};

// Reads and validates all files; nullopt (and diagnostics) on any problem.
std::optional<Corpus> load_corpus(const CorpusFiles& files, Diagnostics& diag);

// A corpus extended with treaties coded elsewhere (ATOP) and the states they name that the registry
// lacks. A treaty whose atop_id equals a curated treaty's is left out (the curated file wins), as is a
// state whose id is already registered. `dropped`, when given, receives the ids of the treaties left out.
// The caller vouches that the added treaties only name states of `base` or of `states`.
Corpus extend_corpus(const Corpus& base, std::vector<State> states, std::vector<Treaty> treaties,
                     std::vector<std::string>* dropped = nullptr);

// ---- finding states by what a user types ----------------------------------------------------------

// The states whose id or name (English, German, display or ISO) is nearest to `query`: case-insensitive
// edit distance (a swap of two letters counts one), a name containing the query counting as near;
// best first, at most `limit`.
std::vector<const State*> nearest_states(const std::vector<State>& states, std::string_view query, size_t limit = 3);
// Corpus::unknown_state for a plain list of states.
std::string unknown_state_message(const std::vector<State>& states, std::string_view id, bool cow_list_read);
// Is `id` of the form cow-NNN (a COW state the curated registry and ISO do not name)?
bool is_cow_state_id(std::string_view id);
// Does the state match a listing query (a part of its id, a name, the COW abbreviation, or its COW code)?
bool state_matches(const State& s, std::string_view query);

// ---- dated queries -------------------------------------------------------------------------------

// Is the treaty in force on day d? (from in_force, up to but excluding ended)
Truth in_force_on(const Treaty& t, Date d);
// Is `state` a member of the treaty on day d (the treaty being in force)?
Truth member_on(const Treaty& t, std::string_view state, Date d);
// Is the holder's obligation towards the beneficiary suspended on day d?
Truth suspended_on(const Treaty& t, std::string_view holder, std::string_view beneficiary, Date d);

}  // namespace casus
