#include "dossier_support.h"

using namespace depeche;

TEST_CASE("refused inputs are listed with why, and the others kept in order") {
    std::vector<std::pair<std::size_t, std::size_t>> progress;
    const Dossier d = build_dossier({test::input("vide", ""), test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("mauvaise date", test::kBridgeCriticized, "2024-02-30"),
                                     test::input("blanc", " \n\t\n"), test::input("bilan", test::kBridgeByRole, "2024-10-03")},
                                    test::french(), [&](std::size_t done, std::size_t total) { progress.push_back({done, total}); });
    REQUIRE(d.articles.size() == 2);
    CHECK(d.articles[0].id == "a1");
    CHECK(d.articles[0].name == "chantier");
    CHECK(d.articles[1].id == "a2");
    CHECK(d.articles[1].name == "bilan");
    CHECK(d.articles[1].result.analysis.dct == "2024-10-03");
    REQUIRE(d.refused.size() == 3);
    CHECK(d.refused[0].name == "vide");
    CHECK(d.refused[0].reason == "the text is empty");
    CHECK(d.refused[1].name == "mauvaise date");
    CHECK(d.refused[1].reason.find("not a day of the calendar") != std::string::npos);
    CHECK(d.refused[2].name == "blanc");
    CHECK(progress.size() == 5);
    CHECK(progress.back() == std::pair<std::size_t, std::size_t>{5, 5});
}

TEST_CASE("the DCT of an article is the given one, else the one its text gives") {
    const char* dated = "Grenoble, le 4 mars 2024 - « Le chantier commence », a annoncé Odile Ferrandin.\n";
    const Dossier d = build_dossier({test::input("daté", dated), test::input("donné", test::kBridgeOpened, "2024-03-13")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    CHECK(d.articles[0].result.analysis.dct == "2024-03-04");
    CHECK(d.articles[0].result.analysis.dct_source == DctSource::text);
    CHECK(d.articles[1].result.analysis.dct == "2024-03-13");
    CHECK(d.articles[1].result.analysis.dct_source == DctSource::given);
    CHECK(d.articles[1].result.analysis.title == "LE CHANTIER DU PONT DES VERNES EST OUVERT");
}

TEST_CASE("an article that would take the dossier over the input limit is refused, the rest kept") {
    const std::string half(kMaxInputBytes / 2 + 1, 'x');
    const Dossier d = build_dossier({{"grand", half, std::nullopt}, {"encore", half, std::nullopt},
                                     test::input("chantier", test::kBridgeOpened, "2024-03-13")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    CHECK(d.articles[0].name == "grand");
    CHECK(d.articles[1].name == "chantier");
    REQUIRE(d.refused.size() == 1);
    CHECK(d.refused[0].name == "encore");
    CHECK(d.refused[0].reason.find("16 MiB") != std::string::npos);
}
