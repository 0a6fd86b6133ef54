// Located problems found while reading user input (corpus files, scenarios, datasets).
//
// A Diagnostic names the file, line and column, the field (as a dotted path such as
// "provisions[2].trigger.event") and what was expected. Loaders collect every problem they find
// rather than stopping at the first, and hand back nothing when there is any: a half-loaded corpus
// is never evaluated.
#pragma once

#include <string>
#include <vector>

namespace casus {

struct SourcePosition {
  std::string file;
  int line = 0;    // 1-based; 0 when the problem concerns the file as a whole
  int column = 0;  // 1-based; 0 when unknown
};

struct Diagnostic {
  SourcePosition where;
  std::string field;    // dotted path of the offending field; empty for file-level problems
  std::string message;  // what was expected, and what was found

  // "file:line:column: field: message", the form every casus error takes.
  std::string str() const;
};

class Diagnostics {
 public:
  void add(SourcePosition where, std::string field, std::string message);
  void append(const Diagnostics& other);

  bool ok() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  // All diagnostics, one per line, sorted by file, line and column.
  std::string str() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace casus
