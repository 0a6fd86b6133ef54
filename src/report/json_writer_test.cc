#include "report/json_writer.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace casus {
namespace {

TEST(JsonWriter, WritesWhatAParserReadsBack) {
  JsonWriter w;
  w.begin_object().field("a", 1).field("b", "x").field("c", true);
  w.key("d").null();
  w.key("e").begin_array().value(-7).value("").begin_object().end_object().begin_array().end_array().end_array();
  w.field("f", std::vector<std::string>{"RUS", "PRK"}).field("g", std::vector<int>{0, 2});
  w.key("h").index_or_null(-1).key("i").index_or_null(3).key("j").string_or_null("");
  w.field("k", nlohmann::json{{"z", 1}, {"y", {1, 2}}});
  w.end_object();
  const std::string text = w.take();
  EXPECT_EQ(text,
            R"({"a":1,"b":"x","c":true,"d":null,"e":[-7,"",{},[]],"f":["RUS","PRK"],"g":[0,2],"h":null,"i":3,)"
            R"("j":null,"k":{"y":[1,2],"z":1}})");
  EXPECT_EQ(nlohmann::json::parse(text)["f"][1], "PRK");
}

TEST(JsonWriter, EscapesAsJsonRequires) {
  // Quotation marks, backslashes and control characters escaped; UTF-8 (Cyrillic, Korean, emoji) kept.
  const std::string s = std::string("\"q\" \\ \n\t\r\b\f") + '\x01' + '\x1f' + " Статья 4 제4조 \xF0\x9F\x98\x80";
  JsonWriter w;
  w.value(s);
  const std::string text = w.take();
  EXPECT_EQ(text, "\"\\\"q\\\" \\\\ \\n\\t\\r\\b\\f\\u0001\\u001f Статья 4 제4조 \xF0\x9F\x98\x80\"");
  EXPECT_EQ(nlohmann::json::parse(text).get<std::string>(), s);
  EXPECT_EQ(text, nlohmann::json(s).dump());  // as nlohmann writes it
}

TEST(JsonWriter, RefusesStringsThatAreNotUtf8) {
  for (std::string bad : {std::string("\xff"), std::string("a\xC3"), std::string("\xC0\xAF"),  // truncated, overlong
                          std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"),       // surrogate, > U+10FFFF
                          std::string("\xE2\x82"), std::string("\x80")}) {
    JsonWriter w;
    EXPECT_THROW(w.value(bad), std::invalid_argument) << testing::PrintToString(bad);
    EXPECT_THROW((void)nlohmann::json(bad).dump(), nlohmann::json::type_error);  // nlohmann agrees
  }
}

TEST(JsonWriter, RefusesMisuse) {
  {
    JsonWriter w;
    w.begin_object();
    EXPECT_THROW(w.value(1), std::logic_error);  // a value without its key
  }
  {
    JsonWriter w;
    w.begin_object().key("a");
    EXPECT_THROW(w.end_object(), std::logic_error);  // a key without its value
  }
  {
    JsonWriter w;
    w.begin_array();
    EXPECT_THROW(w.key("a"), std::logic_error);
    EXPECT_THROW(w.end_object(), std::logic_error);
    EXPECT_THROW((void)w.take(), std::logic_error);  // not closed
  }
  {
    JsonWriter w;
    w.value(1);
    EXPECT_THROW(w.value(2), std::logic_error);  // two documents
  }
  {
    JsonWriter w;
    EXPECT_THROW((void)w.take(), std::logic_error);  // nothing written
  }
}

}  // namespace
}  // namespace casus
