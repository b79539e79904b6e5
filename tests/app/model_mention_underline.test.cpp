// A mention is underlined from the first word that names someone.
#include "app/model/mention_underline.h"

#include <doctest/doctest.h>

#include <string>

using namespace depeche;
using namespace depeche::app;

namespace {

std::string underlined(const std::string& text, const WordSet& words) {
    const Span s = mention_underline(text, Span(0, text.size()), words);
    return text.substr(s.start, s.end - s.start);
}

}  // namespace

TEST_CASE("leading function words of a mention carry no underline") {
    WordSet words;
    for (const char* w : {"le", "la", "les", "de", "du", "des"}) words.insert(w);
    CHECK(underlined("le porte-parole du Kremlin", words) == "porte-parole du Kremlin");
    CHECK(underlined("de la ministre", words) == "ministre");
    CHECK(underlined("Le maire de Lyon", words) == "maire de Lyon");  // case does not matter
    CHECK(underlined("Zélie Marchand", words) == "Zélie Marchand");
    CHECK(underlined("l'entraîneur", words) == "l'entraîneur");  // an elided article stays
    CHECK(underlined("les", words) == "les");                      // nothing else to underline

    const std::string text = "Selon le juge Hamel, rien.";
    const Span s = mention_underline(text, Span(6, 19), words);
    CHECK(text.substr(s.start, s.end - s.start) == "juge Hamel");
}
