// Comparing two treaties provision by provision: what the second adds, drops, qualifies or loosens.
// Provisions are paired by content: the same kind and the same subject (label, `subject`, or for
// unlabelled subjects the same trigger event and overlapping areas), never by article number alone. A
// paired provision is "qualified" when the second text adds a gate or a trigger condition, "loosened"
// when it drops one. A difference in a word the encoding reads off a translation (speed, means) is
// marked as possibly or only a difference between translations, with the evidence.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casus/model.h"

namespace casus {

struct ProvisionChange {
  enum class Kind { added, dropped, qualified, loosened, changed, same };
  Kind kind = Kind::same;
  const Provision* from = nullptr;  // nullptr when added
  const Provision* to = nullptr;    // nullptr when dropped
  std::vector<std::string> details; // "+ gate un-charter-art-51 ...", "~ speed: immediately → without-delay"
  // Every "~" difference of this pair stems from comparing two translations (another rendering of the
  // same article uses the first treaty's word), not from the treaties' texts.
  bool translation_only = false;
};
std::string_view to_string(ProvisionChange::Kind k);

std::vector<ProvisionChange> diff_treaties(const Treaty& a, const Treaty& b);
std::string render_diff_text(const Treaty& a, const Treaty& b, const std::vector<ProvisionChange>& changes);
nlohmann::json render_diff_json(const Treaty& a, const Treaty& b, const std::vector<ProvisionChange>& changes);

}  // namespace casus
