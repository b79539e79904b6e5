// The invented dossier of tests/fixtures/dossier/invented (see its EXPECTED.md): four articles of
// 2025 in which one minister, one mayor and one district president are named in several ways, and
// two articles tell the closure of one dam.
#include "dossier_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace depeche;

namespace {

Dossier invented_dossier() {
    const std::string dir = std::string(DEPECHE_TEST_FIXTURES) + "/dossier/invented/";
    std::vector<DossierInput> inputs;
    for (const auto& entry : nlohmann::json::parse(test::read_file(dir + "manifest.json")))
        inputs.push_back({entry["name"], test::read_file(dir + entry["path"].get<std::string>()), entry["dct"].get<std::string>()});
    return build_dossier(std::move(inputs), test::french());
}

const DossierSpeaker* with_alias(const Dossier& d, std::string_view alias) {
    for (const DossierSpeaker& s : d.speakers)
        if (std::find(s.aliases.begin(), s.aliases.end(), alias) != s.aliases.end()) return &s;
    return nullptr;
}

std::set<std::string> articles_quoting(const DossierSpeaker& s) {
    std::set<std::string> out;
    for (const DossierRef& q : s.quotes) out.insert(q.article);
    return out;
}

}  // namespace

TEST_CASE("the invented dossier: each speaker is one however the articles name them") {
    const Dossier d = invented_dossier();
    REQUIRE(d.articles.size() == 4);
    const DossierSpeaker* minister = with_alias(d, "Arsène Kalousdian");
    REQUIRE(minister);
    CHECK(minister == with_alias(d, "M. Kalousdyan"));
    CHECK(articles_quoting(*minister).size() == 4);
    const DossierSpeaker* mayor = with_alias(d, "Lise Ferrandou");
    REQUIRE(mayor);
    CHECK(mayor == with_alias(d, "Mme Ferrandou"));
    const DossierSpeaker* president = with_alias(d, "Tomas Abeillé");
    REQUIRE(president);
    CHECK(president == with_alias(d, "M. Abeille"));
    // The unnamed boatman stays his own speaker.
    const DossierSpeaker* boatman = with_alias(d, "un batelier");
    REQUIRE(boatman);
    CHECK(boatman->entities.size() == 1);
}

TEST_CASE("the invented dossier: the dam's closure is one event told by two articles") {
    const Dossier d = invented_dossier();
    const auto closure = std::find_if(d.events.begin(), d.events.end(), [](const DossierEvent& e) { return e.value == "2025-03-03"; });
    REQUIRE(closure != d.events.end());
    std::set<std::string> told;
    for (const DossierRef& s : closure->sources) told.insert(s.article);
    CHECK(told.count("a1") == 1);
    CHECK(told.count("a2") == 1);
    CHECK(std::count_if(d.events.begin(), d.events.end(), [](const DossierEvent& e) { return e.value == "2025-03-03"; }) == 1);
}
