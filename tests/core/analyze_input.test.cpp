#include "core/analysis_json.h"

#include "test_support.h"

using namespace depeche;

namespace {

nlohmann::json analyze_to_json(std::string text) {
    const Result r = analyze(std::move(text), {}, test::french());
    REQUIRE(r.ok());
    auto parsed = nlohmann::json::parse(dump(to_json(r.analysis), false), nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    return parsed;
}

}  // namespace

TEST_CASE("the analysis document follows depeche/analysis@1") {
    const auto j = analyze_to_json(test::launch_article());
    CHECK(j["schema"] == "depeche/analysis@1");
    CHECK(j["language"] == "fr");
    CHECK(j["dct"].is_null());
    for (const char* key : {"entities", "quotes", "timexes", "places", "events", "paragraphs"})
        CHECK_MESSAGE(j[key].is_array(), key);
    CHECK(j["dateline"]["source"] == "La Gazette");
}

TEST_CASE("the caller's DCT is kept, and impossible dates are refused with a clear message") {
    CHECK(analyze("Texte.", {.dct = "2023-09-25"}, test::french()).analysis.dct == "2023-09-25");
    CHECK(analyze("Texte.", {.dct = "2024-02-29"}, test::french()).ok());
    for (const char* bad : {"2023-02-30", "banana", "2023-13-01", "2023-9-25", "", "2023-09-25T10"}) {
        const Result r = analyze("Texte.", {.dct = bad}, test::french());
        CHECK_MESSAGE(!r.ok(), bad);
        CHECK(r.analysis.paragraphs.empty());
    }
}

TEST_CASE("hostile inputs give valid JSON and never crash") {
    std::string nul("A\0B", 3);
    std::string quotes(100000, '"');
    std::string nested;
    for (int i = 0; i < 5000; ++i) nested += "\xC2\xAB ";
    std::string one_line(10u << 20, 'a');
    for (const std::string& text : {std::string(), std::string("\n\n\n"), nul, std::string("\xFF\xFE\xC3"), quotes,
                                     nested, std::string("\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xF0\x9F\x98\x80"),
                                     one_line}) {
        const auto j = analyze_to_json(text);
        CHECK(j["schema"] == "depeche/analysis@1");
    }
}

TEST_CASE("a clock time of forty digits is no time and overflows nothing (found by the fuzzer; UBSan in build/asan)") {
    const std::string digits(40, '4');
    for (const std::string& clock : {digits + "h44", "14h" + digits, digits + ":44:44"}) {
        const auto j = analyze_to_json("Les urgentistes sont en arrêt " + clock + " depuis lundi.");
        CAPTURE(clock);
        for (const auto& t : j["timexes"]) CHECK(t["text"].get<std::string>().find("4444") == std::string::npos);
    }
}

TEST_CASE("a subject whose mention starts before its clause reads nothing before the text (found by the fuzzer; UBSan in build/asan)") {
    // The title's last word and the body's first make one mention that starts at the text's first
    // token, before the clause of the cue.
    for (const char* text : {"l'mere\nL dit", "l'ami\nL dit", "la mère\nM dit que oui"})
        for (const bool dated : {false, true}) {
            CAPTURE(text);
            const Result r = analyze(text, dated ? Options{"2023-09-25"} : Options{}, test::french());
            REQUIRE(r.ok());
            CHECK_FALSE(nlohmann::json::parse(dump(r.analysis, false), nullptr, false).is_discarded());
        }
}

TEST_CASE("invalid bytes are repaired in place and reported") {
    const Result r = analyze("Titre\nUn \xFF paragraphe.\n", {}, test::french());
    REQUIRE(r.ok());
    CHECK(r.text == "Titre\nUn ? paragraphe.\n");
    REQUIRE(r.analysis.warnings.size() == 1);
    CHECK(r.analysis.warnings[0].find("UTF-8") != std::string::npos);
}

TEST_CASE("input over the limit is refused before any work") {
    const std::string huge(kMaxInputBytes + 1, 'a');
    const Result r = analyze(huge, {}, test::french());
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("MiB") != std::string::npos);
}

TEST_CASE("resources explain what is missing") {
    std::string error;
    CHECK_FALSE(load_resources({"/nonexistent", ""}, "fr", error));
    CHECK(error.find("calendar.json") != std::string::npos);
    CHECK_FALSE(load_resources({DEPECHE_TEST_ASSETS, ""}, "../etc", error));
    CHECK(error.find("language") != std::string::npos);
}

TEST_CASE("the analysis written element by element is the tree's dump, byte for byte") {
    for (const std::string& text : {test::launch_article(), std::string(), std::string("\xFF\xFE\xC3")}) {
        const Result r = analyze(text, {}, test::french());
        REQUIRE(r.ok());
        for (bool pretty : {false, true}) CHECK(dump(r.analysis, pretty) == dump(to_json(r.analysis), pretty));
    }
}
