#include "core/places/gazetteer.h"

#include "core/data_file.h"
#include "core/fold.h"
#include "test_support.h"

using namespace depeche;

namespace {

const GazetteerEntry* best(const Gazetteer& g, const std::string& name) {
    const auto it = g.names.find(name_key(name, test::french().tokenizer));
    return it == g.names.end() ? nullptr : &g.entries[it->second.front()];
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
    CHECK(yerevan->canonical == "Yerevan");
    CHECK(yerevan->kind == PlaceKind::city);
    const GazetteerEntry* beijing = best(g, "PÉKIN");
    REQUIRE(beijing != nullptr);
    CHECK(beijing->country == "CN");
    CHECK(best(g, "Haut-Karabakh")->kind == PlaceKind::region);
    CHECK(best(g, "États-Unis")->country == "US");
    CHECK(best(g, "Etats Unis") != nullptr);
    CHECK(best(g, "Géorgie")->country == "GE");  // the country before the American state
    CHECK(best(g, "Washington")->canonical == "Washington, D.C.");  // the capital before the state
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
    for (const char* adjective : {"turc", "turque", "russes", "arménienne", "azéri", "azerbaïdjanaises", "français"}) {
        const std::string key = fold(adjective);
        CAPTURE(key);
        REQUIRE(g.words.count(key));
        CHECK(g.words.at(key).demonym != UINT32_MAX);
    }
    CHECK(g.entries[g.words.at("turc").demonym].country == "TR");
    CHECK(g.entries[g.words.at("azerbaidjanaises").demonym].country == "AZ");
    CHECK(g.words.at("moscou").demonym == UINT32_MAX);
    CHECK(g.words.at("moscou").starts_name);
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
