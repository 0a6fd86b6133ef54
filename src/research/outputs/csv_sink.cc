#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <unordered_map>
#include <vector>
#include <charconv>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "casus/research/dyad_sink.h"

namespace casus::research {

std::vector<std::string> DyadLayout::column_names() const {
  const std::string key = system == SystemKind::kCow ? "ccode" : "gwcode";
  std::vector<std::string> names = {key + "1", key + "2", "year"};
  if (microstates) names.insert(names.end(), {"microstate1", "microstate2"});
  if (atop) names.insert(names.end(), kAtopColumnNames.begin(), kAtopColumnNames.end());
  if (similarity) {
    auto sim = similarity_column_names(this->names);
    names.insert(names.end(), sim.begin(), sim.end());
  }
  if (majors) names.insert(names.end(), {"cowmaj1", "cowmaj2"});
  if (nmc) {
    for (const char* side : {"1", "2"})
      for (const char* v : {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"}) names.push_back(std::string(v) + side);
  }
  if (mids) names.insert(names.end(), {"cowmidonset", "cowmidongoing"});
  if (wars) names.insert(names.end(), {"cowinteronset", "cowinterongoing"});
  return names;
}

namespace {

std::uint64_t pair_key(int a, int b) {
  const auto lo = static_cast<std::uint32_t>(std::min(a, b)), hi = static_cast<std::uint32_t>(std::max(a, b));
  return (static_cast<std::uint64_t>(lo) << 32) | hi;
}

// The text of recently formatted doubles, by bit pattern (direct-mapped). A
// year's similarity and NMC columns repeat few distinct values (pairs with the
// same table give the same S, pi, kappa, tau-b; a state's NMC values recur in
// each of its rows), and a lookup is much cheaper than std::to_chars. The text
// is std::to_chars's own, so the output is the same bytes.
class NumberTexts {
 public:
  static constexpr std::size_t kMaxText = 31;  // longer texts (fixed, many digits, large values) are not cached
  explicit NumberTexts(int digits) : digits_(digits), slots_(kSlots) {}
  // The text of v (not NaN, not -0), or an empty view when it is longer than kMaxText.
  std::string_view text(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    Slot& slot = slots_[(bits * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
    if (slot.length == 0 || slot.bits != bits) {
      auto res = digits_ < 0 ? std::to_chars(slot.text, slot.text + kMaxText, v)
                             : std::to_chars(slot.text, slot.text + kMaxText, v, std::chars_format::fixed, digits_);
      if (res.ec != std::errc()) {  // the slot's bytes are now unspecified: it holds nothing
        slot.length = 0;
        return {};
      }
      slot.bits = bits;
      slot.length = static_cast<std::uint8_t>(res.ptr - slot.text);
    }
    return {slot.text, slot.length};
  }
  int digits() const { return digits_; }

 private:
  static constexpr int kSlotBits = 12;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  struct Slot {
    std::uint64_t bits = 0;
    std::uint8_t length = 0;  // 0 = empty
    char text[kMaxText];
  };
  int digits_;
  std::vector<Slot> slots_;
};

// Text appended through a cursor into a string grown ahead of it: a row's
// fields are written with no per-character size bookkeeping (std::string's
// += on every comma and digit: the cursor took BM_EncodeCsvAllYears from 1,114
// to 906 ms). room(n) makes sure n more bytes fit; take() trims the string to
// what was written.
class Cursor {
 public:
  explicit Cursor(std::string& s, std::size_t expected) : s_(s) {
    s_.resize(std::max<std::size_t>(expected, 64));
    p_ = s_.data();
    end_ = p_ + s_.size();
  }
  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) >= n) return;
    const std::size_t used = size();
    s_.resize(std::max(2 * s_.size(), used + n));
    p_ = s_.data() + used;
    end_ = s_.data() + s_.size();
  }
  void put(char c) { *p_++ = c; }
  void put(std::string_view v) {
    std::memcpy(p_, v.data(), v.size());
    p_ += v.size();
  }
  void put_int(int v) { p_ = std::to_chars(p_, end_, v).ptr; }
  // Copies bytes already written (at `offset`, `length`) to the end.
  void repeat(std::size_t offset, std::size_t length) {
    std::memcpy(p_, s_.data() + offset, length);  // no overlap: the copy goes after size()
    p_ += length;
  }
  std::size_t size() const { return static_cast<std::size_t>(p_ - s_.data()); }
  void take() { s_.resize(size()); }

 private:
  std::string& s_;
  char* p_;
  char* end_;
};

class CsvSink final : public DyadSink {
 public:
  CsvSink(std::FILE* out, std::string name, DyadLayout layout, CsvFormat format)
      : out_(out), name_(std::move(name)), layout_(layout), format_(std::move(format)),
        sim_count_(layout.similarity_count()) {
    // The most one row can take: every field at its longest (a cached
    // number is at most NumberTexts::kMaxText; a longer one asks for room itself).
    const std::size_t na = format_.na.size();
    const std::size_t flag = 1 + std::max<std::size_t>(1, na), real = 1 + std::max(NumberTexts::kMaxText, na);
    row_bytes_ = 3 * 12 + 4 + kAtopColumnCount * flag + static_cast<std::size_t>(sim_count_) * real +
                 2 * flag + 2 * kNmcColumnCount * real + 4 * flag + 1;
  }

  Status begin() override {
    std::string header;
    for (const auto& c : layout_.column_names()) {
      if (!header.empty()) header += ',';
      header += c;
    }
    header += '\n';
    return put(header);
  }

  std::string encode(const std::vector<DyadYearRow>& rows) const override {
    std::string s;
    Cursor out(s, rows.size() * (layout_.similarity ? 140 : 30));
    NumberTexts numbers(-1), sim_numbers(format_.digits);
    // Pair -> where its similarity text already is in `s` (no copies).
    struct Seen {
      const DyadYearRow* row;
      std::size_t offset, length;
    };
    std::unordered_map<std::uint64_t, Seen> cache;
    cache.reserve(rows.size() / 2 + 1);
    const std::size_t sim_bytes = sizeof(double) * static_cast<std::size_t>(sim_count_);
    const std::string_view na = format_.na;
    auto put_flag = [&](std::int8_t v) {
      out.put(',');
      if (v < 0) out.put(na);
      else out.put(static_cast<char>('0' + v));
    };
    // A number's text, from the cache, or formatted here when too long for it.
    auto put_number = [&](NumberTexts& texts, double v) {
      if (const auto t = texts.text(v); !t.empty()) {
        out.put(t);
        return;
      }
      // Fixed decimals of any double with up to 17 digits (the CLI's range) fit in
      // 400 bytes; more digits than that are formatted by fmt instead.
      char buf[400];
      auto r = texts.digits() < 0 ? std::to_chars(buf, buf + sizeof buf, v)
                                  : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, texts.digits());
      const std::string longer = r.ec == std::errc() ? std::string() : fmt::format("{:.{}f}", v, texts.digits());
      const std::string_view text = r.ec == std::errc() ? std::string_view(buf, static_cast<std::size_t>(r.ptr - buf))
                                                        : std::string_view(longer);
      out.room(text.size() + row_bytes_);  // the rest of the row still fits after it
      out.put(text);
    };
    auto put_real = [&](double v) {
      out.put(',');
      if (is_na(v)) {
        out.put(na);
        return;
      }
      if (v == 0.0) v = 0.0;
      put_number(numbers, v);  // shortest round-trip text (CsvFormat::digits is for similarity only)
    };
    auto put_covariates = [&](const DyadYearRow& r) {
      if (layout_.majors) {
        put_flag(r.cowmaj1);
        put_flag(r.cowmaj2);
      }
      if (layout_.nmc)
        for (double v : r.nmc) put_real(v);
      if (layout_.mids) {
        put_flag(r.midonset);
        put_flag(r.midongoing);
      }
      if (layout_.wars) {
        put_flag(r.waronset);
        put_flag(r.warongoing);
      }
    };
    for (const auto& r : rows) {
      out.room(row_bytes_);
      out.put_int(r.code1);
      out.put(',');
      out.put_int(r.code2);
      out.put(',');
      out.put_int(r.year);
      if (layout_.microstates) {
        out.put(r.microstate1 ? ",1" : ",0");
        out.put(r.microstate2 ? ",1" : ",0");
      }
      if (layout_.atop)
        for (auto a : r.atop) put_flag(a);
      if (layout_.similarity) {
        // Similarity is symmetric: the text of (a, b) is reused for (b, a),
        // which halves the number-to-text conversions of a directed table.
        const std::uint64_t key = pair_key(r.code1, r.code2);
        if (r.code1 > r.code2) {
          if (auto it = cache.find(key); it != cache.end() &&
              std::memcmp(it->second.row->similarity.data(), r.similarity.data(), sim_bytes) == 0) {
            out.room(it->second.length + row_bytes_);
            out.repeat(it->second.offset, it->second.length);
            put_covariates(r);
            out.put('\n');
            continue;
          }
        }
        const std::size_t start = out.size();
        for (int c = 0; c < sim_count_; ++c) {
          double v = r.similarity[c];
          out.put(',');
          if (is_na(v)) {
            out.put(na);
            continue;
          }
          if (v == 0.0) v = 0.0;  // no "-0"
          put_number(sim_numbers, v);
        }
        if (r.code1 < r.code2) cache.emplace(key, Seen{&r, start, out.size() - start});
      }
      put_covariates(r);
      out.put('\n');
    }
    out.take();
    return s;
  }

  Status consume(const std::vector<DyadYearRow>&, std::string encoded) override { return put(encoded); }

  Status finish() override {
    if (std::fflush(out_) != 0) return io_error(name_, std::string("write failed: ") + std::strerror(errno));
    return {};
  }

 private:
  Status put(const std::string& s) {
    if (std::fwrite(s.data(), 1, s.size(), out_) != s.size()) {
      return io_error(name_, std::string("write failed: ") + std::strerror(errno));
    }
    return {};
  }

  std::FILE* out_;
  std::string name_;
  DyadLayout layout_;
  CsvFormat format_;
  int sim_count_;
  std::size_t row_bytes_ = 0;
};

}  // namespace

std::unique_ptr<DyadSink> make_csv_sink(std::FILE* out, std::string name, DyadLayout layout, CsvFormat format) {
  return std::make_unique<CsvSink>(out, std::move(name), layout, std::move(format));
}

}  // namespace casus::research
