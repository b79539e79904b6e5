#include "core/places/gazetteer.h"

#include "core/data_file.h"
#include "core/fold.h"
#include "test_support.h"

using namespace depeche;

namespace {

const GazetteerEntry* best(const Gazetteer& g, const std::string& name) {
    const auto namesakes = g.names.find(name_key(name, test::french().tokenizer));
    return namesakes ? &g.entries[namesakes->front()] : nullptr;
}

nlohmann::json curated() {
    std::string error;
    auto c = read_json_file(std::string(DEPECHE_TEST_ASSETS) + "/gazetteer/fr-curated.json", error);
    REQUIRE_MESSAGE(c.has_value(), error);
    return *c;
}

nlohmann::json generated() {
    std::string error;
    auto g = read_json_file(std::string(DEPECHE_TEST_GENERATED) + "/gazetteer.json", error);
    REQUIRE_MESSAGE(g.has_value(), error);
    return *g;
}

}  // namespace

TEST_CASE("the built gazetteer holds every country, the large cities and French names") {
    const Gazetteer& g = test::french().gazetteer;
    CHECK(g.countries.size() >= 240);
    CHECK(g.entries.size() > 5000);
    for (const char* iso2 : {"FR", "AM", "AZ", "RU", "TR", "US", "UA", "GE"}) CHECK_MESSAGE(g.countries.count(iso2), iso2);
    const GazetteerEntry* yerevan = best(g, "Erevan");
    REQUIRE(yerevan != nullptr);
    CHECK(g.text(yerevan->canonical) == "Yerevan");
    CHECK(yerevan->kind == PlaceKind::city);
    const GazetteerEntry* beijing = best(g, "PÉKIN");
    REQUIRE(beijing != nullptr);
    CHECK(g.text(beijing->country) == "CN");
    CHECK(best(g, "Haut-Karabakh")->kind == PlaceKind::region);
    CHECK(g.text(best(g, "États-Unis")->country) == "US");
    CHECK(best(g, "Etats Unis") != nullptr);
    CHECK(g.text(best(g, "Géorgie")->country) == "GE");  // the country before the American state
    CHECK(g.text(best(g, "Washington")->canonical) == "Washington, D.C.");  // the capital before the state
}

TEST_CASE("names are keyed by folded tokens, articles dropped") {
    const auto& lexicon = test::french().tokenizer;
    CHECK(name_key("Haut-Karabakh", lexicon) == "haut-karabakh");
    CHECK(name_key("Côte d’Ivoire", lexicon) == "cote d' ivoire");
    CHECK(best(test::french().gazetteer, "Pays-Bas") != nullptr);
    CHECK(best(test::french().gazetteer, "Caire") != nullptr);  // "Le Caire" without its article
}

TEST_CASE("adjectives point to their country") {
    const Gazetteer& g = test::french().gazetteer;
    auto word = [&](const std::string& key) {
        const GazetteerWord* found = g.words.value(key);
        REQUIRE(found != nullptr);
        return *found;
    };
    for (const char* adjective : {"turc", "turque", "russes", "arménienne", "azéri", "azerbaïdjanaises", "français"}) {
        const std::string key = fold(adjective);
        CAPTURE(key);
        CHECK(word(key).demonym != UINT32_MAX);
    }
    CHECK(g.text(g.entries[word("turc").demonym].country) == "TR");
    CHECK(g.text(g.entries[word("azerbaidjanaises").demonym].country) == "AZ");
    CHECK(word("moscou").demonym == UINT32_MAX);
    CHECK(word("moscou").starts_name);
}

TEST_CASE("a broken gazetteer or curated file is refused with a reason") {
    const auto& lexicon = test::french().tokenizer;
    Gazetteer g;
    std::string error;
    CHECK_FALSE(load_gazetteer(nlohmann::json::object(), curated(), lexicon, g, error));
    CHECK(error.find("depeche/gazetteer@1") != std::string::npos);

    auto bad_alias = curated();
    bad_alias["aliases"] = nlohmann::json::parse(R"([{"canonical": "Atlantis", "country": "GR", "names": ["Atlantide"]}])");
    error.clear();
    CHECK_FALSE(load_gazetteer(generated(), bad_alias, lexicon, g, error));
    CHECK(error.find("Atlantis") != std::string::npos);

    auto no_list = curated();
    no_list.erase("function_words");
    error.clear();
    CHECK_FALSE(load_gazetteer(generated(), no_list, lexicon, g, error));
    CHECK(error.find("function_words") != std::string::npos);

    std::string missing;
    CHECK_FALSE(load_resources({DEPECHE_TEST_ASSETS, "/nonexistent"}, "fr", missing).has_value());
    CHECK(missing.find("gazetteer.json") != std::string::npos);
}

TEST_CASE("fields of the wrong type are refused or skipped, never thrown") {
    const auto& lexicon = test::french().tokenizer;
    Gazetteer g;
    std::string error;
    auto wrong_format = generated();
    wrong_format["format"] = 1;
    CHECK_FALSE(load_gazetteer(wrong_format, curated(), lexicon, g, error));

    auto odd_rows = generated();
    odd_rows["cities"].push_back(nlohmann::json::parse(R"([1, 2, 3])"));
    odd_rows["countries"].push_back("FR");
    auto odd_curated = curated();
    odd_curated["places"].push_back(nlohmann::json::parse(
        R"(["Nowhere", 7, [], 1.0, 2.0, ["Nulle-Part", 3]])"));
    error.clear();
    CHECK(load_gazetteer(odd_rows, odd_curated, lexicon, g, error));
    CHECK(error.empty());
    CHECK(g.names.count("nulle-part"));
}

TEST_CASE("a curated place the press names only by its canonical name leaves its names out") {
    const auto& lexicon = test::french().tokenizer;
    auto c = curated();
    c["places"].push_back(nlohmann::json::parse(R"(["Valmorin", "CA", "region", 46.5, -72.5])"));
    Gazetteer g;
    std::string error;
    REQUIRE(load_gazetteer(generated(), c, lexicon, g, error));
    const auto namesakes = g.names.find(name_key("Valmorin", lexicon));
    REQUIRE(namesakes);
    CHECK(g.text(g.entries[namesakes->front()].french) == "Valmorin");
    // A sixth field that is no list of names is refused, not read as one name.
    auto bad = curated();
    bad["places"].push_back(nlohmann::json::parse(R"(["Ortelle", "FR", "city", 45.0, 3.0, "Ortelle"])"));
    Gazetteer refused;
    CHECK_FALSE(load_gazetteer(generated(), bad, lexicon, refused, error));
}
