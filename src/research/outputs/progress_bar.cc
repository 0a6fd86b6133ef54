#include "progress_bar.h"

#include <unistd.h>

#include <cstdio>

namespace casus::research::internal {

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), enabled_(isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputc('\n', stderr);
}

void ProgressBar::update(int done, int total) {
  if (!enabled_ || total <= 0) return;
  constexpr int kWidth = 40;
  int filled = done * kWidth / total;
  if (filled == last_width_ && done != total) return;
  last_width_ = filled;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  std::fprintf(stderr, "\r%s [%s] %d/%d", label_.c_str(), bar.c_str(), done, total);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace casus::research::internal
