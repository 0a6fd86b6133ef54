#include "corpus/toml_guard.h"

#include <vector>

#include <fmt/format.h>

namespace casus {
namespace {

// The code point of the UTF-8 sequence at s[i], and its length; nullopt when it is not valid UTF-8.
std::optional<char32_t> decode_utf8(std::string_view s, size_t i, size_t& len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  char32_t cp;
  if (c < 0x80) return len = 1, c;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return std::nullopt;
  if (i + len > s.size()) return std::nullopt;
  for (size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  const char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

bool is_bare_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

class Scanner {
 public:
  Scanner(std::string_view s, const std::string& file, Diagnostics& diag) : s_(s), file_(file), diag_(diag) {
    out_.reserve(s.size());
  }

  std::optional<std::string> run() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") copy(3);  // a byte-order mark, which toml++ accepts
    while (!eof()) {
      const char c = peek();
      if (c == '\n') {
        copy();
        chain_dots_ = 0;
        if (stack_.empty()) statement_start_ = true, last_key_parts_ = 0;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        copy();
      } else if (c == '#') {
        while (!eof() && peek() != '\n') copy();  // comments may hold any text
      } else if (c == '"' || c == '\'') {
        statement_start_ = false;
        if (!string_token()) return finish();
      } else if (c == '.') {
        const SourcePosition at = here();
        copy();
        ++chain_dots_;
        if (!within_limit(at)) return std::nullopt;
      } else if (c == '=') {
        copy();
        last_key_parts_ = chain_dots_ + 1;
        chain_dots_ = 0;
        statement_start_ = false;
      } else if (c == '[' && stack_.empty() && statement_start_) {
        copy();
        if (peek() == '[') copy();
        in_header_ = true;
        chain_dots_ = 0;
        statement_start_ = false;
      } else if (c == '[' || c == '{') {
        const SourcePosition at = here();
        copy();
        stack_.push_back(1 + last_key_parts_);
        nested_ += stack_.back();
        last_key_parts_ = 0;
        chain_dots_ = 0;
        statement_start_ = false;
        if (header_parts_ + nested_ > kMaxTomlNesting) return too_deep(at);
      } else if (c == ']' && in_header_) {
        copy();
        if (peek() == ']') copy();
        header_parts_ = chain_dots_ + 1;
        in_header_ = false;
        chain_dots_ = 0;
      } else if (c == ']' || c == '}') {
        copy();
        if (!stack_.empty()) nested_ -= stack_.back(), stack_.pop_back();
        last_key_parts_ = 0;
        chain_dots_ = 0;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        return non_ascii();
      } else {
        copy();
        if (!is_bare_key_char(c)) chain_dots_ = 0;
        if (c == ',') last_key_parts_ = 0;
        statement_start_ = false;
      }
    }
    return std::move(out_);
  }

 private:
  bool eof() const { return i_ >= s_.size(); }
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  SourcePosition here() const { return {file_, line_, column_}; }

  // Moves past one byte, counting lines and (code-point) columns as toml++ does.
  void step() {
    const char c = s_[i_++];
    if (c == '\n') ++line_, column_ = 1;
    else if (eof() || (static_cast<unsigned char>(s_[i_]) & 0xC0) != 0x80) ++column_;
  }
  void copy(size_t n = 1) {
    for (size_t k = 0; k < n && !eof(); ++k) out_ += s_[i_], step();
  }
  std::optional<std::string> finish() {
    out_.append(s_.substr(i_));
    return std::move(out_);
  }

  bool within_limit(const SourcePosition& at) {
    const int depth = (in_header_ ? 0 : header_parts_) + nested_ + chain_dots_ + 1;
    if (depth <= kMaxTomlNesting) return true;
    too_deep(at);
    return false;
  }
  std::nullopt_t too_deep(const SourcePosition& at) {
    diag_.add(at, "", fmt::format("not valid here: expected table headers, dotted keys, arrays and inline tables "
                                  "nested at most {} levels deep; this goes deeper",
                                  kMaxTomlNesting));
    return std::nullopt;
  }
  std::nullopt_t non_ascii() {
    size_t len = 0;
    auto cp = decode_utf8(s_, i_, len);
    diag_.add(here(), "",
              cp ? fmt::format("not valid TOML: expected a key, a value, whitespace or a comment; found U+{:04X} "
                               "\"{}\" (outside quotes TOML allows only ASCII)",
                               static_cast<uint32_t>(*cp), s_.substr(i_, len))
                 : fmt::format("not valid TOML: expected UTF-8 text; found the byte 0x{:02X}",
                               static_cast<unsigned>(static_cast<unsigned char>(peek()))));
    return std::nullopt;
  }

  // One string or quoted key. False when it does not end (toml++ then reports that).
  bool string_token() {
    const char q = peek();
    const bool multi = peek(1) == q && peek(2) == q;
    copy(multi ? 3 : 1);
    while (!eof()) {
      const char c = peek();
      if (c == q) {
        size_t run = 0;
        while (peek(run) == q) ++run;
        if (!multi) return copy(), true;
        copy(run);
        if (run >= 3) return true;
      } else if (c == '\n' && !multi) {
        return false;
      } else if (c == '\\' && q == '"') {
        copy();
        if (multi && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) {
          if (!line_ending_backslash()) return false;
        } else if (!eof() && peek() != '\n') {
          copy();  // the escaped character; toml++ validates the escape
        }
      } else {
        copy();
      }
    }
    return false;
  }

  // After "\" and before whitespace in a multi-line basic string. toml++ skips the whitespace and
  // newlines and tests the next character for whitespace: a non-ASCII one goes out as an escape.
  bool line_ending_backslash() {
    bool newline = false;
    while (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n') newline |= peek() == '\n', copy();
    if (eof() || static_cast<unsigned char>(peek()) < 0x80) return true;
    size_t len = 0;
    auto cp = decode_utf8(s_, i_, len);
    if (!cp) return true;  // toml++ rejects invalid UTF-8 before it asks about whitespace
    if (!newline) {
      diag_.add(here(), "", "not valid TOML: expected a line break after a line-ending backslash");
      failed_ = true;
      return false;
    }
    out_ += *cp <= 0xFFFF ? fmt::format("\\u{:04X}", static_cast<uint32_t>(*cp))
                          : fmt::format("\\U{:08X}", static_cast<uint32_t>(*cp));
    for (size_t k = 0; k < len; ++k) step();
    return true;
  }

 public:
  bool failed_ = false;

 private:
  std::string_view s_;
  const std::string& file_;
  Diagnostics& diag_;
  std::string out_;
  size_t i_ = 0;
  int line_ = 1, column_ = 1;

  bool statement_start_ = true;  // at the start of a line of the root table: "[" opens a table header
  bool in_header_ = false;
  int header_parts_ = 0;         // parts of the last table header: the depth its keys start at
  int chain_dots_ = 0;           // dots in the dotted key (or number) being read
  int last_key_parts_ = 0;       // parts of the key whose value is being read at this level
  std::vector<int> stack_;       // open arrays and inline tables: the depth each adds
  int nested_ = 0;               // sum of stack_
};

}  // namespace

std::optional<std::string> guard_toml_text(std::string_view text, const std::string& file, Diagnostics& diag) {
  Scanner s(text, file, diag);
  auto out = s.run();
  if (s.failed_) return std::nullopt;
  return out;
}

}  // namespace casus
