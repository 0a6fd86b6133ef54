// A JSON document written straight into a string, value by value: no tree is built. The report of an
// evaluation is a few hundred kilobytes per reading and policy; building it as an nlohmann tree and
// then dumping it cost ten times the evaluation itself (bench/serve_request_bench.cc), which is what
// held the server's POST /api/evaluate far below 500 requests per second.
//
// The writer checks its own use (a key only inside an object, a value only after a key there, every
// object and array closed) and throws std::logic_error on a misuse: a bug in the caller, never input.
// Strings must be UTF-8; a byte sequence that is not throws std::invalid_argument, as nlohmann's dump()
// does, so that a report never carries text a JSON parser would reject.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace casus {

class JsonWriter {
 public:
  // `expected_bytes`: room reserved up front. Growing a string of megabytes by doubling cost a quarter
  // of the report's time in page faults and copies.
  explicit JsonWriter(std::size_t expected_bytes = 0) { out_.reserve(expected_bytes); }

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int v) { return value(static_cast<std::int64_t>(v)); }
  JsonWriter& value(std::int64_t v);
  JsonWriter& value(std::size_t v) { return value(static_cast<std::int64_t>(v)); }
  JsonWriter& null();
  // An index, or null when negative (the engine's "none").
  JsonWriter& index_or_null(int i) { return i >= 0 ? value(i) : null(); }
  // A string, or null when empty.
  JsonWriter& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }
  JsonWriter& strings(const std::vector<std::string>& xs);
  JsonWriter& ints(const std::vector<int>& xs);
  // A subtree built elsewhere (parts built once per report, or small ones shared with other reports).
  JsonWriter& tree(const nlohmann::json& j);

  // key(k) then the value.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    if constexpr (std::is_same_v<T, nlohmann::json>) return tree(v);
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) return strings(v);
    else if constexpr (std::is_same_v<T, std::vector<int>>) return ints(v);
    else return value(v);
  }

  // The document; the writer must be back at the top level with one value written.
  std::string take();

 private:
  enum class Frame : std::uint8_t { object_expecting_key, object_expecting_value, array };
  void before_value();
  void string(std::string_view s);

  std::string out_;
  std::vector<Frame> frames_;
  std::vector<bool> first_;  // per open frame: nothing written in it yet
  bool done_ = false;        // the top-level value is written
};

}  // namespace casus
