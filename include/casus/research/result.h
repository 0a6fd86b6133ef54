// casus::research::Result — errors as values for the research-data readers.
//
// A Result<T> holds either a T (success) or an Error (failure), never both.
// An Error has a kind, a location ("file:line:column" or a command-line
// option) and a message saying what was expected. Only the command layer
// (commands.cc) turns an Error into a message on stderr and an exit code.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace casus::research {

enum class ErrorKind {
  kIo,               // a file could not be opened or read
  kMalformed,        // the bytes do not match the documented format
  kInvalidArgument,  // the caller asked for something impossible
};

struct Error {
  ErrorKind kind = ErrorKind::kMalformed;
  std::string where;  // "path:line:column", "path", or "--option"; may be empty
  std::string what;   // e.g. "ccode: expected an integer, found \"abc\""

  // "where: what", or just "what" when where is empty.
  std::string message() const { return where.empty() ? what : where + ": " + what; }
};

inline Error io_error(std::string where, std::string what) {
  return Error{ErrorKind::kIo, std::move(where), std::move(what)};
}
inline Error malformed(std::string where, std::string what) {
  return Error{ErrorKind::kMalformed, std::move(where), std::move(what)};
}
inline Error invalid_argument(std::string where, std::string what) {
  return Error{ErrorKind::kInvalidArgument, std::move(where), std::move(what)};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }

  // Precondition: !ok().
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void> equivalent.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace casus::research
