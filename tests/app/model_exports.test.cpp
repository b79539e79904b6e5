// Exports newsrooms reuse: quotes as CSV and the chronology as TimelineJS JSON; UI strings.
#include "sample_analysis.h"

#include "app/model/exports.h"
#include "app/model/ui_strings.h"

#include "core/data_file.h"

#include <doctest/doctest.h>

using namespace depeche;
using namespace depeche::app;

TEST_CASE("quotes CSV has one quoted row per quote, with speaker and event date") {
    auto s = test::sample_analysis();
    s.analysis.quotes[0].text = "Il a dit \"non\", puis\nrien";
    const Index ix = build_index(s.analysis);
    const std::string csv = quotes_csv(ix);
    CHECK(csv.rfind("\xEF\xBB\xBFid,kind,speaker,cue,date,start,end,text\r\n", 0) == 0);
    CHECK(csv.find("q1,direct,\"Dmitri Peskov\",\"a déclaré\",2023-09-25,") != std::string::npos);
    CHECK(csv.find("\"Il a dit \"\"non\"\", puis\nrien\"\r\n") != std::string::npos);
    CHECK(csv.find("q4,indirect,\"Ministère russe des Affaires étrangères\",\"a accusé\",,") != std::string::npos);
}

TEST_CASE("quotes CSV for a French Excel: a byte-order mark and semicolons between columns") {
    auto s = test::sample_analysis();
    s.analysis.quotes[0].text = "un; deux, trois";
    const Index ix = build_index(s.analysis);
    const std::string csv = quotes_csv(ix, ';');
    CHECK(csv.rfind("\xEF\xBB\xBFid;kind;speaker;cue;date;start;end;text\r\n", 0) == 0);
    CHECK(csv.find("q1;direct;\"Dmitri Peskov\";\"a déclaré\";2023-09-25;") != std::string::npos);
    CHECK(csv.find(";\"un; deux, trois\"\r\n") != std::string::npos);  // separators inside the text stay quoted
    CHECK(csv.find(',') == csv.find("deux,") + 4);  // the only comma is the text's own
}

TEST_CASE("TimelineJS export writes dates at their own precision, in time order") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    const auto j = nlohmann::json::parse(timelinejs_json(ix));
    REQUIRE(j["events"].size() == 4);
    const auto& y1991 = j["events"][0];
    CHECK(y1991["start_date"] == nlohmann::json{{"year", 1991}});
    CHECK_FALSE(y1991.contains("end_date"));
    CHECK(y1991["group"] == "Karabakh");
    const auto& autumn = j["events"][1];
    CHECK(autumn["start_date"] == nlohmann::json{{"year", 2020}, {"month", 9}});
    CHECK(autumn["end_date"] == nlohmann::json{{"year", 2020}, {"month", 11}});
    const auto& sunday = j["events"][2];
    CHECK(sunday["start_date"] == nlohmann::json{{"year", 2023}, {"month", 9}, {"day", 24}});
    CHECK(sunday["text"]["headline"] == "Pachinyan critique Moscou");
    CHECK(sunday["text"]["text"].get<std::string>().find("Nikol Pachinyan") != std::string::npos);
    CHECK(j["title"]["text"]["headline"] == s.analysis.title);
}

TEST_CASE("UI strings exist in French and English for the same keys, picked from the browser language") {
    std::string error;
    const auto data = read_json_file(std::string(DEPECHE_TEST_ASSETS) + "/ui/strings.json", error);
    REQUIRE_MESSAGE(data, error);
    UiStrings strings;
    REQUIRE_MESSAGE(load_ui_strings(*data, strings, error), error);
    REQUIRE(strings.by_language.count("fr"));
    REQUIRE(strings.by_language.count("en"));
    // Plain loop variables: clang 14 cannot capture structured bindings in doctest's lambdas.
    for (const auto& entry : strings.by_language.at("fr")) CHECK_MESSAGE(strings.by_language.at("en").count(entry.first), entry.first);
    for (const auto& entry : strings.by_language.at("en")) CHECK_MESSAGE(strings.by_language.at("fr").count(entry.first), entry.first);
    CHECK(pick_language(strings, {"de-DE", "fr-CA"}) == "fr");
    CHECK(pick_language(strings, {"EN-gb"}) == "en");
    strings.language = "fr";
    CHECK(std::string(strings("speakers")) == "Locuteurs");
    strings.language = "en";
    CHECK(std::string(strings("speakers")) == "Speakers");
    CHECK(std::string(strings("no-such-key")) == "no-such-key");
    UiStrings bad;
    CHECK_FALSE(load_ui_strings(nlohmann::json::array(), bad, error));
}
