// libFuzzer target: the date parsers. Their "diagnostic" is nullopt; the contract here is that what
// parses prints back as the same text and parses again to the same date.
#include <string_view>

#include "casus/date.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = casus::Date::parse(text)) {
    if (d->str() != text) casus::fuzz::fail("Date::parse(\"" + std::string(text) + "\") prints as " + d->str());
    auto again = casus::Date::from_ymd(d->year(), d->month(), d->day());
    if (!again || *again != *d) casus::fuzz::fail("Date " + d->str() + " does not round-trip through from_ymd");
  }
  if (auto s = casus::DateSpan::parse(text)) {
    if (s->latest < s->earliest) casus::fuzz::fail("DateSpan " + s->str() + " ends before it starts");
    auto again = casus::DateSpan::parse(s->str());
    if (!again || *again != *s) casus::fuzz::fail("DateSpan \"" + std::string(text) + "\" does not round-trip");
  }
  return 0;
}
