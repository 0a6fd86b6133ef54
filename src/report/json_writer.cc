#include "report/json_writer.h"

#include <stdexcept>

namespace casus {

void JsonWriter::before_value() {
  if (frames_.empty()) {
    if (done_) throw std::logic_error("JsonWriter: a second top-level value");
    done_ = true;
    return;
  }
  switch (frames_.back()) {
    case Frame::object_expecting_key: throw std::logic_error("JsonWriter: a value in an object without its key");
    case Frame::object_expecting_value: frames_.back() = Frame::object_expecting_key; return;
    case Frame::array:
      if (!first_.back()) out_ += ',';
      first_.back() = false;
      return;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  frames_.push_back(Frame::object_expecting_key);
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  if (frames_.empty() || frames_.back() != Frame::object_expecting_key)
    throw std::logic_error("JsonWriter: end_object outside an object, or after a key without its value");
  frames_.pop_back();
  first_.pop_back();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  frames_.push_back(Frame::array);
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  if (frames_.empty() || frames_.back() != Frame::array) throw std::logic_error("JsonWriter: end_array outside an array");
  frames_.pop_back();
  first_.pop_back();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  if (frames_.empty() || frames_.back() != Frame::object_expecting_key)
    throw std::logic_error("JsonWriter: a key outside an object, or two keys in a row");
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  string(k);
  out_ += ':';
  frames_.back() = Frame::object_expecting_value;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& xs) {
  begin_array();
  for (const auto& x : xs) value(x);
  return end_array();
}

JsonWriter& JsonWriter::ints(const std::vector<int>& xs) {
  begin_array();
  for (int x : xs) value(x);
  return end_array();
}

JsonWriter& JsonWriter::tree(const nlohmann::json& j) {
  before_value();
  out_ += j.dump();  // throws on a string that is not UTF-8, as string() below does
  return *this;
}

std::string JsonWriter::take() {
  if (!frames_.empty() || !done_) throw std::logic_error("JsonWriter: take() before the document is complete");
  return std::move(out_);
}

namespace {

// Length of the UTF-8 sequence starting at s[i] (1..4), or 0 when it is not well-formed (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

void JsonWriter::string(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t run = 0;  // start of the bytes not yet copied: copied in runs, not byte by byte
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) throw std::invalid_argument("JsonWriter: a string that is not UTF-8 (byte " + std::to_string(i) + ")");
      i += n;
      continue;
    }
    out_.append(s.data() + run, i - run);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\t': out_ += "\\t"; break;
      case '\r': out_ += "\\r"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
    run = ++i;
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

}  // namespace casus
