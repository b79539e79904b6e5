#include "core/entities/name_lexicon.h"
#include "core/fold.h"

#include "dossier_support.h"

using namespace depeche;

namespace {

std::string key(std::string_view name) { return spelling_key(fold(name), test::french().names); }

}  // namespace

TEST_CASE("transliterations of one name share a spelling key") {
    CHECK(key("Pachinian") == key("Pachinyan"));
    CHECK(key("Pachinyan") == key("Pashinyan"));
    CHECK(key("Aliev") == key("Aliyev"));
    CHECK(key("Choïgou") == key("Shoigu"));
    CHECK(key("Kalousdian") == key("Kalousdyan"));
    CHECK(key("Kalachnikov") == key("Kalachnikkov"));
    CHECK(key("Kalousdian") != key("Kalouste"));
}

TEST_CASE("one minister however each article spells and titles him") {
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("critiques", test::kBridgeCriticized, "2024-03-14")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    const DossierSpeaker* minister = test::speaker_named(d, "Arsène Kalousdian");
    REQUIRE(minister);
    CHECK(minister->id == "s1");
    CHECK(minister->type == EntityType::person);
    CHECK(test::speaker_of(d, "a2", "Arsène Kalousdyan") == minister);
    CHECK(minister->entities.size() == 2);
    CHECK(minister->quotes.size() == 2);
    const auto has_alias = [&](const char* alias) {
        return std::find(minister->aliases.begin(), minister->aliases.end(), alias) != minister->aliases.end();
    };
    CHECK(has_alias("M. Kalousdian"));
    CHECK(has_alias("M. Kalousdyan"));
    CHECK(std::find(minister->roles.begin(), minister->roles.end(), "ministre des Ouvrages d'art") != minister->roles.end());
    // The other speakers stay apart: three people in all.
    CHECK(d.speakers.size() == 3);
    CHECK(test::speaker_named(d, "Odile Ferrandin"));
    CHECK(test::speaker_named(d, "Gaspard Lemoustier"));
}

TEST_CASE("a bare surname joins the one full name that has it") {
    const char* bare = "« Le pont ouvrira en juin », a précisé M. Kalousdyan, interrogé à Lyon.\n";
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("bref", bare, "2024-03-20")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    const DossierSpeaker* minister = test::speaker_named(d, "Arsène Kalousdian");
    REQUIRE(minister);
    CHECK(minister->entities.size() == 2);
    CHECK(minister->entities.back().article == "a2");
}

TEST_CASE("two first names are two people, and a bare surname then belongs to neither") {
    const char* sister = "« Le chantier est mal payé », a estimé Lucie Kalousdian, syndicaliste à Grenoble.\n";
    const char* bare = "« Le pont ouvrira en juin », a précisé M. Kalousdyan.\n";
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("syndicat", sister, "2024-03-15"), test::input("bref", bare, "2024-03-20")},
                                    test::french());
    REQUIRE(d.articles.size() == 3);
    const DossierSpeaker* arsene = test::speaker_named(d, "Arsène Kalousdian");
    const DossierSpeaker* lucie = test::speaker_named(d, "Lucie Kalousdian");
    REQUIRE(arsene);
    REQUIRE(lucie);
    CHECK(arsene != lucie);
    const DossierSpeaker* unknown = test::speaker_of(d, "a3", "Kalousdyan");
    REQUIRE(unknown);
    CHECK(unknown != arsene);
    CHECK(unknown != lucie);
}

TEST_CASE("a role alone is the named holder within a year, and someone else later") {
    const Dossier near = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                        test::input("bilan", test::kBridgeByRole, "2024-10-03")},
                                       test::french());
    REQUIRE(near.articles.size() == 2);
    const DossierSpeaker* minister = test::speaker_named(near, "Arsène Kalousdian");
    REQUIRE(minister);
    CHECK(test::speaker_of(near, "a2", "ministre des Ouvrages d'art") == minister);
    CHECK(near.speakers.size() == 2);

    const Dossier far = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                       test::input("bilan", test::kBridgeByRole, "2026-05-04")},
                                      test::french());
    REQUIRE(far.articles.size() == 2);
    const DossierSpeaker* successor = test::speaker_of(far, "a2", "ministre des Ouvrages d'art");
    REQUIRE(successor);
    CHECK(successor != test::speaker_named(far, "Arsène Kalousdian"));
    CHECK(successor->name == "ministre des Ouvrages d'art");
    CHECK(far.speakers.size() == 3);

    // Without a date to compare, the role is not given to anyone.
    const Dossier undated = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                           test::input("bilan", test::kBridgeByRole)},
                                          test::french());
    CHECK(test::speaker_of(undated, "a2", "ministre des Ouvrages d'art") != test::speaker_named(undated, "Arsène Kalousdian"));
}

TEST_CASE("bodies merge by folded name") {
    const char* one = "« Le budget est tenu », a indiqué l'Office des ponts alpins mardi.\n";
    const char* two = "« Aucun retard n'est prévu », a assuré l'office des Ponts Alpins.\n";
    const Dossier d = build_dossier({test::input("un", one, "2024-03-13"), test::input("deux", two, "2024-03-14")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    REQUIRE(d.speakers.size() == 1);
    CHECK(d.speakers[0].type == EntityType::organization);
    CHECK(d.speakers[0].entities.size() == 2);
}

TEST_CASE("a body is named whole, not by the town in its name") {
    const char* one = "« Les écluses rouvriront », a indiqué la Compagnie fluviale de Valmorin mardi.\n";
    const char* two = "« Aucun bateau ne passera », a assuré la Compagnie fluviale de Valmorin.\n";
    const Dossier d = build_dossier({test::input("un", one, "2024-03-13"), test::input("deux", two, "2024-03-14")},
                                    test::french());
    REQUIRE(d.speakers.size() == 1);
    CHECK(d.speakers[0].name == "Compagnie fluviale de Valmorin");
}

TEST_CASE("someone described only as 'un habitant' is nobody else") {
    const char* one = "« Le chantier est trop bruyant », a confié un habitant du quartier.\n";
    const char* two = "« Le pont nous coupe de la ville », a regretté un habitant du quartier.\n";
    const Dossier d = build_dossier({test::input("un", one, "2024-03-13"), test::input("deux", two, "2024-03-14")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    CHECK(d.speakers.size() == 2);
    // The same words with a definite article name one person the reader knows.
    const char* three = "« Le chantier avance », a assuré le gardien du chantier.\n";
    const char* four = "« Aucun vol cette semaine », a ajouté le gardien du chantier.\n";
    const Dossier known = build_dossier({test::input("trois", three, "2024-03-13"), test::input("quatre", four, "2024-03-14")},
                                        test::french());
    CHECK(known.speakers.size() == 1);
}
