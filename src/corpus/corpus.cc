#include "casus/corpus.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "corpus/registry.h"
#include "corpus/treaty_loader.h"

namespace fs = std::filesystem;

namespace casus {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Why a directory entry of treaties/ is not a treaty file; empty when it is one.
std::string not_a_treaty_file(const fs::directory_entry& e) {
  const std::string ext = e.path().extension().string();
  std::error_code ec;
  const fs::file_status st = e.status(ec);  // follows symbolic links
  if (ec) {
    std::error_code link_ec;
    if (e.is_symlink(link_ec)) {
      if (ec == std::errc::too_many_symbolic_link_levels) return "not loaded: a loop of symbolic links; expected a treaty file";
      if (ec == std::errc::no_such_file_or_directory) return "not loaded: a symbolic link to nothing; expected a treaty file";
    }
    return "not loaded: " + ec.message() + "; expected a treaty file";
  }
  if (ext != ".toml") {
    if (lower(ext) == ".toml") return "not loaded: expected the extension .toml, in lower case";
    return "not loaded: expected only treaty files (*.toml) in treaties/";
  }
  if (fs::is_directory(st)) return "not loaded: a directory named like a treaty file; expected a regular file";
  if (!fs::is_regular_file(st)) return "not loaded: not a regular file (a FIFO, socket or device); expected a treaty file";
  return "";
}

}  // namespace

CorpusFiles corpus_files_in(const std::string& root, Diagnostics& diag) {
  CorpusFiles files;
  files.states = (fs::path(root) / "states.toml").string();
  files.locations = (fs::path(root) / "locations.toml").string();
  // The law's files are optional: a corpus without them has no charter reading and no UNSC measures.
  // One that exists in any form (even a broken link) is read, and its problems reported there.
  auto optional_file = [&](const char* name) {
    fs::path p = fs::path(root) / name;
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec)) ? p.string() : std::string();
  };
  files.law = {optional_file("unsc.toml"), optional_file("un-members.toml"), optional_file("declared.toml")};
  std::error_code ec;
  for (const auto& f : {files.states, files.locations})
    if (!fs::exists(fs::symlink_status(f, ec))) diag.add({f, 0, 0}, "", "missing; a corpus directory holds states.toml, locations.toml and treaties/");
  // (Any other problem with these two files is reported when they are read.)
  fs::path dir = fs::path(root) / "treaties";
  if (!fs::is_directory(dir, ec)) {
    diag.add({dir.string(), 0, 0}, "", ec && ec != std::errc::no_such_file_or_directory
                                           ? "cannot read: " + ec.message() + "; expected a directory of treaty files (*.toml)"
                                           : "missing; expected a directory of treaty files (*.toml)");
    return files;
  }
  // One walk that loads every treaty file and names every entry it does not load: nothing is
  // skipped without a word, and an error while listing is an error, never an empty corpus.
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string why = not_a_treaty_file(*it);
    if (why.empty()) files.treaties.push_back(it->path().string());
    else diag.add({it->path().string(), 0, 0}, "", std::move(why));
  }
  if (ec) diag.add({dir.string(), 0, 0}, "", "cannot list the directory: " + ec.message());
  std::sort(files.treaties.begin(), files.treaties.end());
  return files;
}

std::string cow_states_in(const std::string& data_dir) {
  return (fs::path(data_dir) / "cow-states-2016" / "states2016.csv").string();
}

std::optional<Corpus> load_corpus(const CorpusFiles& files, Diagnostics& diag) {
  Diagnostics local;
  auto reg = load_registry(files.states, files.locations, files.cow_states, local);
  if (!reg) {
    diag.append(local);
    return std::nullopt;
  }
  Corpus c;
  for (const auto& f : files.treaties) {
    if (auto t = load_treaty_file(f, *reg, local)) c.treaties_.push_back(std::move(*t));
  }
  c.law_ = load_law(files.law, reg->states, local);
  c.states_ = std::move(reg->states);
  c.cow_read_ = reg->cow_read;
  c.locations_ = std::move(reg->locations);
  c.regions_ = std::move(reg->regions);
  c.build_indexes();

  // References between treaties, once all are read.
  for (size_t i = 0; i < c.treaties_.size(); ++i) {
    const Treaty& t = c.treaties_[i];
    if (c.treaty_index_.at(t.id) != i) {
      local.add({t.file, 1, 1}, "id",
                fmt::format("expected a unique treaty id; \"{}\" is also the id of {}", t.id,
                            c.treaties_[c.treaty_index_.at(t.id)].file));
    }
    for (const auto& ref : t.references)
      if (!c.treaty(ref.id))
        local.add(ref.at, ref.field, fmt::format("expected the id of a treaty in the corpus; found \"{}\"", ref.id));
  }
  // Declared interpretations name a treaty and a provision of it.
  for (const auto& st : c.law_.declared) {
    const Treaty* t = c.treaty(st.treaty);
    if (!t) local.add(st.defined_at, "treaty", fmt::format("expected the id of a treaty in the corpus; found \"{}\"", st.treaty));
    else if (!t->provision(st.about))
      local.add(st.defined_at, "about",
                fmt::format("expected the label of a provision of {}; no provision is labelled \"{}\"", st.treaty, st.about));
  }
  diag.append(local);
  if (!local.ok()) return std::nullopt;
  return c;
}

Corpus extend_corpus(const Corpus& base, std::vector<State> states, std::vector<Treaty> treaties,
                     std::vector<std::string>* dropped) {
  Corpus c = base;
  std::set<std::string> known;
  for (const auto& s : c.states_) known.insert(s.id);
  for (auto& s : states) {
    if (!known.insert(s.id).second) continue;
    c.locations_.push_back(territory_of(s));
    c.states_.push_back(std::move(s));
  }
  std::set<int> curated;
  for (const auto& t : base.treaties_)
    if (t.atop_id) curated.insert(t.atop_id);
  for (auto& t : treaties) {
    if ((t.atop_id && curated.count(t.atop_id)) || c.treaty(t.id)) {
      if (dropped) dropped->push_back(t.id);
      continue;
    }
    c.treaties_.push_back(std::move(t));
  }
  c.build_indexes();
  return c;
}

void Corpus::build_indexes() {
  auto index = [](const auto& v, auto& map) {
    map.clear();
    for (size_t i = 0; i < v.size(); ++i) map.emplace(v[i].id, i);  // first wins on duplicates
  };
  index(states_, state_index_);
  index(locations_, location_index_);
  index(regions_, region_index_);
  index(treaties_, treaty_index_);
  members_ever_.assign(treaties_.size(), {});
  treaties_by_state_.clear();
  for (size_t i = 0; i < treaties_.size(); ++i)
    for (const auto& m : treaties_[i].members) {
      auto& ms = members_ever_[i];
      if (std::find(ms.begin(), ms.end(), m.state) != ms.end()) continue;
      ms.push_back(m.state);
      treaties_by_state_[m.state].push_back(i);
    }
}

const std::vector<size_t>& Corpus::treaties_of(std::string_view state) const {
  static const std::vector<size_t> kNone;
  auto it = treaties_by_state_.find(state);
  return it == treaties_by_state_.end() ? kNone : it->second;
}

namespace {
template <class T>
const T* lookup(const std::vector<T>& v, const std::map<std::string, size_t, std::less<>>& index,
                std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &v[it->second];
}
}  // namespace

const State* Corpus::state(std::string_view id) const { return lookup(states_, state_index_, id); }
const Location* Corpus::location(std::string_view id) const {
  return lookup(locations_, location_index_, id);
}
const Region* Corpus::region(std::string_view id) const { return lookup(regions_, region_index_, id); }
const Treaty* Corpus::treaty(std::string_view id) const { return lookup(treaties_, treaty_index_, id); }

std::string Corpus::state_name(std::string_view id) const {
  const State* s = state(id);
  return s ? s->name_en : std::string(id);
}

std::string Corpus::display_name(std::string_view id, bool de) const {
  const State* s = state(id);
  if (!s) return std::string(id);
  return de ? s->display_de : s->display_en;
}

std::string Corpus::unknown_state(std::string_view id) const {
  return unknown_state_message(states_, id, cow_read_);
}

// ---- dated queries -------------------------------------------------------------------------------

namespace {
Date day_before(Date d) { return Date::from_days(d.days_since_epoch() - 1); }
}  // namespace

Truth in_force_on(const Treaty& t, Date d) {
  Truth started = t.in_force.date.reached_by(d);
  Truth ended = t.ended ? t.ended->date.reached_by(d) : Truth::no;
  return started && !ended;
}

Truth member_on(const Treaty& t, std::string_view state, Date d) {
  Truth any = Truth::no;
  for (const auto& m : t.members) {
    if (m.state != state) continue;
    Truth joined = m.from ? m.from->reached_by(d) : Truth::yes;
    Truth left = m.to ? m.to->reached_by(day_before(d)) : Truth::no;  // `to` is the last day
    any = any || (joined && !left);
  }
  return any && in_force_on(t, d);
}

Truth suspended_on(const Treaty& t, std::string_view holder, std::string_view beneficiary, Date d) {
  Truth any = Truth::no;
  for (const auto& s : t.suspensions) {
    // A suspension with no beneficiary suspends the member's participation: both directions.
    if (s.beneficiary ? (s.holder != holder || *s.beneficiary != beneficiary)
                      : (s.holder != holder && s.holder != beneficiary))
      continue;
    Truth begun = s.from.reached_by(d);
    Truth over = s.to ? s.to->reached_by(day_before(d)) : Truth::no;
    any = any || (begun && !over);
  }
  return any;
}

}  // namespace casus
