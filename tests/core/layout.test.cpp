#include "core/layout.h"

#include "test_support.h"

using namespace depeche;
using depeche::test::slice;

TEST_CASE("the launch article has a title, a dateline and its body paragraphs") {
    const std::string text = test::launch_article();
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.title);
    CHECK(slice(text, *l.title).starts_with("MOSCOU REJETTE"));
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "Paris");
    CHECK(l.dateline->source == "La Gazette");
    REQUIRE(l.paragraphs.size() == 22);
    CHECK(slice(text, l.paragraphs.front()).starts_with("La Russie espère"));
    CHECK(slice(text, l.paragraphs.back()).ends_with("entamés."));
}

TEST_CASE("an agency dateline with a date is recognized and the date is not taken for the source") {
    const std::string text = "Titre de l'article\nEREVAN, 4 AO\xC3\x9BT, ARMENPRESS\nLe premier paragraphe.\n";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "EREVAN");
    CHECK(l.dateline->source == "ARMENPRESS");
    REQUIRE(l.paragraphs.size() == 1);
}

TEST_CASE("a dateline that opens the first paragraph is cut off it") {
    const std::string text = "Un titre\nPARIS (AFP) - Le gouvernement a annonc\xC3\xA9 lundi un plan.\n";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "PARIS");
    CHECK(l.dateline->source == "AFP");
    REQUIRE(l.paragraphs.size() == 1);
    CHECK(slice(text, l.paragraphs[0]).starts_with("Le gouvernement"));
}

TEST_CASE("a text of one sentence is a paragraph, not a title") {
    const std::string text = "M. Dupont a d\xC3\xA9" "clar\xC3\xA9 qu'il viendrait.";
    const Layout l = read_layout(text, test::french().calendar);
    CHECK_FALSE(l.title);
    CHECK_FALSE(l.dateline);
    CHECK(l.paragraphs.size() == 1);
}

TEST_CASE("an ordinary first sentence is not mistaken for a dateline") {
    const std::string text = "Titre\nLe ministre, M. Durand, a parl\xC3\xA9.\nSuite.\n";
    const Layout l = read_layout(text, test::french().calendar);
    CHECK_FALSE(l.dateline);
    CHECK(l.paragraphs.size() == 2);
}

TEST_CASE("CRLF line ends and no-break spaces do not leak into spans") {
    const std::string text = "Titre\r\n\xC2\xA0Premier paragraphe.\xC2\xA0\r\n\r\nSecond.\r\n";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.paragraphs.size() == 2);
    CHECK(slice(text, l.paragraphs[0]) == "Premier paragraphe.");
    CHECK(slice(text, l.paragraphs[1]) == "Second.");
}

TEST_CASE("a text wrapped at a fixed width: its sentences run over the line breaks") {
    const std::string text = "Lyon, 3 mars 2021 (AFP) - La circulation des tramways sera\n\n"
                             "interrompue samedi, a annoncé mardi\n\n"
                             "le syndicat des transports de l'agglomération.\n\n"
                             "Les travaux, qui portent sur les voies du centre, doivent durer\n\n"
                             "trois jours. Des bus les remplaceront sur\n\n"
                             "tout le parcours.\n";
    const Layout l = read_layout(text, test::french().calendar);
    CHECK_FALSE(l.title);
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "Lyon");
    CHECK(l.dateline->source == "AFP");
    REQUIRE(l.paragraphs.size() == 2);
    CHECK(slice(text, l.paragraphs[0]).starts_with("La circulation"));
    CHECK(slice(text, l.paragraphs[0]).ends_with("agglomération."));
    CHECK(slice(text, l.paragraphs[1]).ends_with("parcours."));
}

TEST_CASE("a dateline on a line of its own, ending on its dash, is no title") {
    const std::string text = "GRENADE, 5 octobre (EUROPA PRESS) \xE2\x80\x93\n"
                             "Les deux dirigeants se rencontreront à Bruxelles.\n";
    const Layout l = read_layout(text, test::french().calendar);
    CHECK_FALSE(l.title);
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "GRENADE");
    REQUIRE(l.paragraphs.size() == 1);
    // A title that names people and ends on no full stop stays a title.
    const std::string title = "Macron et Scholz à Berlin\nLes deux dirigeants se sont vus lundi.\n";
    const Layout t = read_layout(title, test::french().calendar);
    CHECK(t.title);
    CHECK_FALSE(t.dateline);
}

TEST_CASE("in a wrapped text, a line cut before a number goes on") {
    const std::string text = "Lyon, 3 mars 2021 (AFP) - Selon la préfecture, les pompiers ont\n"
                             "évacué des immeubles du quai 1\n"
                             "200 personnes dans la nuit, et la circulation\n"
                             "restera coupée jusqu'à samedi sur\n"
                             "tout le quai.\n"
                             "Liste des rues\n"
                             "12 rue Neuve\n";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.paragraphs.size() == 3);
    CHECK(slice(text, l.paragraphs[0]).ends_with("tout le quai."));
    // A short line is a heading, not a line cut before its number.
    CHECK(slice(text, l.paragraphs[2]) == "12 rue Neuve");
}

TEST_CASE("a page's odd lower-case line is not read as a wrapped sentence") {
    const std::string text = "Le marché couvert rouvre ses portes\n"
                             "Publié le 3 mars 2021 à 10h00\n"
                             "image\n"
                             "Les commerçants ont retrouvé leurs étals ce matin.\n";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.title);
    REQUIRE(l.paragraphs.size() == 3);
    CHECK(slice(text, l.paragraphs[1]) == "image");
}

TEST_CASE("a page's ' date 2022-10 ' label before a dateline stays a paragraph, and the dateline is read") {
    // Before the fix the label hid the dateline, whose place then spoke for the first sentence.
    const std::string text = " date 2022-10 QUITO, \xC3\x89quateur (AP) \xE2\x80\x93 Les d\xC3\xA9l\xC3\xA9gu\xC3\xA9s se sont rencontr\xC3\xA9s lundi.";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.dateline);
    CHECK(l.dateline->place == "QUITO");
    CHECK(l.dateline->source == "AP");
    REQUIRE(l.paragraphs.size() == 2);
    CHECK(slice(text, l.paragraphs[0]) == "date 2022-10");
    CHECK(slice(text, l.paragraphs[1]).starts_with("Les d"));
    // With no dateline after it, the label stands alone too: the first sentence starts past it.
    const std::string plain = " date 2022-10 Les d\xC3\xA9l\xC3\xA9gu\xC3\xA9s se sont rencontr\xC3\xA9s lundi.";
    const Layout p = read_layout(plain, test::french().calendar);
    CHECK_FALSE(p.dateline);
    REQUIRE(p.paragraphs.size() == 2);
    CHECK(slice(plain, p.paragraphs[0]) == "date 2022-10");
    CHECK(slice(plain, p.paragraphs[1]).starts_with("Les d"));
}
