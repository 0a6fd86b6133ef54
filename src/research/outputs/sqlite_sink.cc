#include <string>

#include "casus/research/dyad_sink.h"
#include "sqlite_table.h"

namespace casus::research {
namespace {

// REAL for similarity and NMC columns; INTEGER for keys, flags and ATOP columns.
bool is_real(const std::string& name) {
  static const char* integer_prefixes[] = {"ccode", "gwcode", "year", "microstate", "atop_", "cowmaj", "cowmid", "cowinter"};
  for (const char* p : integer_prefixes)
    if (name.rfind(p, 0) == 0) return false;
  return true;
}

class SqliteSink final : public DyadSink {
 public:
  SqliteSink(std::string path, std::string table, DyadLayout layout, SqliteCodebook codebook)
      : table_(std::move(path), std::move(table)), layout_(layout), sim_count_(layout.similarity_count()),
        codebook_(std::move(codebook)) {}

  Status begin() override {
    std::vector<internal::SqliteColumn> columns;
    for (const auto& name : layout_.column_names()) columns.push_back({name, is_real(name)});
    return table_.begin(columns);
  }

  std::string encode(const std::vector<DyadYearRow>&) const override { return {}; }

  Status consume(const std::vector<DyadYearRow>& rows, std::string) override {
    for (const auto& r : rows) {
      int c = 1;
      auto integer = [&](int v) { table_.bind_int(c++, v); };
      auto flag = [&](std::int8_t v) {
        if (v < 0) table_.bind_null(c++);
        else table_.bind_int(c++, v);
      };
      auto real = [&](double v) {
        if (is_na(v)) table_.bind_null(c++);
        else table_.bind_double(c++, v);
      };
      integer(r.code1);
      integer(r.code2);
      integer(r.year);
      if (layout_.microstates) {
        integer(r.microstate1);
        integer(r.microstate2);
      }
      if (layout_.atop)
        for (auto a : r.atop) flag(a);
      if (layout_.similarity)
        for (int k = 0; k < sim_count_; ++k) real(r.similarity[k]);
      if (layout_.majors) {
        flag(r.cowmaj1);
        flag(r.cowmaj2);
      }
      if (layout_.nmc)
        for (double v : r.nmc) real(v);
      if (layout_.mids) {
        flag(r.midonset);
        flag(r.midongoing);
      }
      if (layout_.wars) {
        flag(r.waronset);
        flag(r.warongoing);
      }
      if (auto s = table_.insert_row(); !s) return s;
    }
    return {};
  }

  Status finish() override {
    const auto names = layout_.column_names();
    return table_.finish({names[0], names[1], names[2]}, codebook_);
  }

 private:
  internal::SqliteBulkTable table_;
  DyadLayout layout_;
  int sim_count_ = 0;
  SqliteCodebook codebook_;
};

}  // namespace

std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout) {
  return std::make_unique<SqliteSink>(std::move(path), std::move(table), layout, SqliteCodebook{});
}

std::unique_ptr<DyadSink> make_sqlite_sink(std::string path, std::string table, DyadLayout layout,
                                           SqliteCodebook codebook) {
  return std::make_unique<SqliteSink>(std::move(path), std::move(table), layout, std::move(codebook));
}

}  // namespace casus::research
