#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <unordered_map>
#include <vector>
#include <charconv>
#include <cstring>

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
  explicit NumberTexts(int digits) : digits_(digits), slots_(kSlots) {}
  // Appends the text of v (not NaN, not -0) to s.
  void append(std::string& s, double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    Slot& slot = slots_[(bits * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
    if (slot.length == 0 || slot.bits != bits) {
      auto res = digits_ < 0 ? std::to_chars(slot.text, slot.text + sizeof slot.text, v)
                             : std::to_chars(slot.text, slot.text + sizeof slot.text, v, std::chars_format::fixed, digits_);
      if (res.ec != std::errc()) {  // longer than a slot (fixed with many digits): not cached
        char buf[400];
        auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, digits_);
        s.append(buf, r.ptr);
        return;
      }
      slot.bits = bits;
      slot.length = static_cast<std::uint8_t>(res.ptr - slot.text);
    }
    s.append(slot.text, slot.length);
  }

 private:
  static constexpr int kSlotBits = 12;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  struct Slot {
    std::uint64_t bits = 0;
    std::uint8_t length = 0;  // 0 = empty
    char text[31];
  };
  int digits_;
  std::vector<Slot> slots_;
};

class CsvSink final : public DyadSink {
 public:
  CsvSink(std::FILE* out, std::string name, DyadLayout layout, CsvFormat format)
      : out_(out), name_(std::move(name)), layout_(layout), format_(std::move(format)),
        sim_count_(layout.similarity_count()) {}

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
    s.reserve(rows.size() * (layout_.similarity ? 140 : 30));
    char buf[64];
    NumberTexts numbers(-1), sim_numbers(format_.digits);
    // Pair -> where its similarity text already is in `s` (no copies).
    struct Seen {
      const DyadYearRow* row;
      std::size_t offset, length;
    };
    std::unordered_map<std::uint64_t, Seen> cache;
    cache.reserve(rows.size() / 2 + 1);
    const std::size_t sim_bytes = sizeof(double) * static_cast<std::size_t>(sim_count_);
    auto put_int = [&](int v) {
      auto r = std::to_chars(buf, buf + sizeof buf, v);
      s.append(buf, r.ptr);
    };
    auto put_flag = [&](std::int8_t v) {
      s += ',';
      if (v < 0) s += format_.na;
      else s += static_cast<char>('0' + v);
    };
    auto put_real = [&](double v) {
      s += ',';
      if (is_na(v)) {
        s += format_.na;
        return;
      }
      if (v == 0.0) v = 0.0;
      numbers.append(s, v);  // shortest round-trip text (CsvFormat::digits is for similarity only)
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
      put_int(r.code1);
      s += ',';
      put_int(r.code2);
      s += ',';
      put_int(r.year);
      if (layout_.microstates) {
        s += r.microstate1 ? ",1" : ",0";
        s += r.microstate2 ? ",1" : ",0";
      }
      if (layout_.atop) {
        for (auto a : r.atop) {
          s += ',';
          if (a < 0) s += format_.na;
          else s += static_cast<char>('0' + a);
        }
      }
      if (layout_.similarity) {
        // Similarity is symmetric: the text of (a, b) is reused for (b, a),
        // which halves the number-to-text conversions of a directed table.
        const std::uint64_t key = pair_key(r.code1, r.code2);
        if (r.code1 > r.code2) {
          if (auto it = cache.find(key); it != cache.end() &&
              std::memcmp(it->second.row->similarity.data(), r.similarity.data(), sim_bytes) == 0) {
            const Seen& seen = it->second;
            // Grow first, so that the source pointer stays valid during the copy.
            if (s.capacity() < s.size() + seen.length) s.reserve(2 * (s.size() + seen.length));
            s.append(s.data() + seen.offset, seen.length);
            put_covariates(r);
            s += '\n';
            continue;
          }
        }
        const std::size_t start = s.size();
        for (int c = 0; c < sim_count_; ++c) {
          double v = r.similarity[c];
          s += ',';
          if (is_na(v)) {
            s += format_.na;
            continue;
          }
          if (v == 0.0) v = 0.0;  // no "-0"
          sim_numbers.append(s, v);
        }
        if (r.code1 < r.code2) cache.emplace(key, Seen{&r, start, s.size() - start});
      }
      put_covariates(r);
      s += '\n';
    }
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
};

}  // namespace

std::unique_ptr<DyadSink> make_csv_sink(std::FILE* out, std::string name, DyadLayout layout, CsvFormat format) {
  return std::make_unique<CsvSink>(out, std::move(name), layout, std::move(format));
}

}  // namespace casus::research
