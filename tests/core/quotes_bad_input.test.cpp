#include "core/analysis_json.h"

#include "quote_support.h"

using namespace depeche;

namespace {

// Every quotation and entity mention must be an exact slice of the repaired text.
void check_spans(const Result& r) {
    for (const Quote& q : r.analysis.quotes) {
        REQUIRE(q.span.end <= r.text.size());
        CHECK(test::slice(r.text, q.span) == q.text);
        CHECK(q.span.start <= q.span.end);
    }
    for (const Entity& e : r.analysis.entities)
        for (const Span& m : e.mentions) CHECK(m.end <= r.text.size());
    const auto parsed = nlohmann::json::parse(dump(to_json(r.analysis), false), nullptr, false);
    CHECK_FALSE(parsed.is_discarded());
}

}  // namespace

TEST_CASE("bad inputs give valid quotations and never crash") {
    std::string straight(100000, '"');
    std::string guillemets;
    for (int i = 0; i < 50000; ++i) guillemets += i % 3 ? "\xC2\xBB " : "\xC2\xAB a dit ";
    std::string nul("« Il\0 a dit », a-t-il averti.", 32);
    std::string long_line;
    while (long_line.size() < (10u << 20))
        long_line += "« Nous verrons », a déclaré M. Dupont, selon qui la ville « tiendra ». ";
    for (const std::string& text :
         {std::string(), std::string("«»"), std::string("« »"), std::string("\"\""), straight, guillemets, nul,
          std::string("« Une quotation jamais fermée, a dit Jean Dupont.\nUn autre paragraphe."),
          std::string("Une fermeture sans ouverture », a dit Jean Dupont."),
          std::string("\xFF\xFE « \xC3 », a d\xE9" "clar\xE9 M. \xFF."), std::string(", a déclaré"),
          std::string("Selon"), std::string("Selon lui,"), std::string("a-t-il dit"),
          // A title that opens on no word (an initial, a number) labels nobody: no token before it is read.
          std::string("L. Dupont : le match nul à Lens\n\nLe maire a dit que la ville était fière."),
          std::string("12 morts : le bilan s'alourdit\n\nLe préfet a dit que les secours restaient."), long_line}) {
        const Result r = analyze(text, {}, test::french());
        REQUIRE(r.ok());
        check_spans(r);
    }
}

TEST_CASE("a ten-megabyte line of quotations is analyzed whole") {
    std::string text;
    while (text.size() < (10u << 20)) text += "« Nous verrons », a déclaré M. Dupont. ";
    const Result r = analyze(text, {}, test::french());
    REQUIRE(r.ok());
    CHECK(r.analysis.quotes.size() > 200000);
    CHECK(r.analysis.entities.size() == 1);
}
