// Internal: a one-line progress bar on stderr, drawn only when stderr is a terminal.
#pragma once

#include <string>

namespace casus::research::internal {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();  // ends the line if anything was drawn
  bool enabled() const { return enabled_; }
  void update(int done, int total);

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  int last_width_ = -1;
};

}  // namespace casus::research::internal
