#include "casus/date.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(Date, ParsesAndPrintsRealDays) {
  for (const char* s : {"2024-12-04", "1879-10-07", "2000-02-29", "0001-01-01", "9999-12-31"}) {
    auto d = Date::parse(s);
    ASSERT_TRUE(d) << s;
    EXPECT_EQ(d->str(), s);
  }
}

TEST(Date, RejectsImpossibleDays) {
  for (const char* s : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-12-04",
                        "2024-1-04", "2024/12/04", "", "2024-12-04x"})
    EXPECT_FALSE(Date::parse(s)) << s;
}

TEST(Date, CountsDaysAcrossCenturies) {
  EXPECT_EQ(Date::parse("1970-01-01")->days_since_epoch(), 0);
  EXPECT_EQ(Date::parse("1970-01-02")->days_since_epoch(), 1);
  EXPECT_EQ(Date::parse("1969-12-31")->days_since_epoch(), -1);
  // 1 Aug 1914 to 4 Aug 1914: three days.
  EXPECT_EQ(Date::parse("1914-08-04")->days_since_epoch() - Date::parse("1914-08-01")->days_since_epoch(), 3);
  EXPECT_LT(*Date::parse("1961-09-10"), *Date::parse("1996-09-10"));
}

TEST(DateSpan, PartialDatesCoverTheirRange) {
  auto y = DateSpan::parse("1986");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->earliest.str(), "1986-01-01");
  EXPECT_EQ(y->latest.str(), "1986-12-31");
  EXPECT_EQ(y->str(), "1986");
  auto m = DateSpan::parse("2024-02");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->latest.str(), "2024-02-29");
  EXPECT_EQ(m->str(), "2024-02");
  EXPECT_FALSE(DateSpan::parse("1986-13"));
  EXPECT_FALSE(DateSpan::parse("86"));
}

TEST(DateSpan, ComparisonsInsideTheRangeAreUnknown) {
  auto y = *DateSpan::parse("1986");
  EXPECT_EQ(y.reached_by(*Date::parse("1985-12-31")), Truth::no);
  EXPECT_EQ(y.reached_by(*Date::parse("1986-06-01")), Truth::unknown);
  EXPECT_EQ(y.reached_by(*Date::parse("1986-12-31")), Truth::yes);
  EXPECT_EQ(y.after(*Date::parse("1986-06-01")), Truth::unknown);
}

TEST(Truth, FollowsKleeneLogic) {
  using T = Truth;
  EXPECT_EQ((T::yes && T::unknown), T::unknown);
  EXPECT_EQ((T::no && T::unknown), T::no);
  EXPECT_EQ((T::yes || T::unknown), T::yes);
  EXPECT_EQ((T::no || T::unknown), T::unknown);
  EXPECT_EQ(!T::unknown, T::unknown);
  EXPECT_EQ(!T::yes, T::no);
}

}  // namespace
}  // namespace casus
