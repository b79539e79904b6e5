// Constructions learnt from real news (tests/real), each in invented words: a noun phrase or an
// infinitive as what was said, one cue for several que-clauses, a source that is no name, and a
// clause whose own verb is reported by a cue after it.
#include "quote_support.h"

using namespace depeche;
using test::Analyzed;

TEST_CASE("a reporting verb whose object is what was said") {
    const Analyzed r("La maire de Valbourg, Claire Morand, a dénoncé une décision prise sans la moindre concertation.\n"
                     "Le syndicat a démenti ces rumeurs de fermeture.");
    const Quote* decision = r.quote("une décision prise sans la moindre concertation");
    REQUIRE(decision);
    CHECK(decision->kind == QuoteKind::indirect);
    CHECK(r.speaker(*decision) == "Claire Morand");
    const Quote* rumours = r.quote("ces rumeurs de fermeture");
    REQUIRE(rumours);
    CHECK(rumours->cue == "a démenti");
}

TEST_CASE("an object that only names someone's words before 'selon lesquelles' is not a report") {
    const Analyzed r("M. Garnier a rejeté les accusations du maire, Paul Vidal, selon lesquelles la régie aurait caché des "
                     "déficits.");
    CHECK_FALSE(r.quote("les accusations du maire"));
    const Quote* claim = r.quote("la régie aurait caché des déficits");
    REQUIRE(claim);
    CHECK(r.speaker(*claim) == "Paul Vidal");
}

TEST_CASE("a call to someone to do something: the report starts with the object") {
    const Analyzed r("Le préfet Henri Lassalle a appelé les habitants à « rester chez eux jusqu'à nouvel ordre ».\n"
                     "Les syndicats appellent à une grève de vingt-quatre heures.");
    const Quote* call = r.quote("les habitants à");
    REQUIRE(call);
    CHECK(call->kind == QuoteKind::mixed);
    CHECK(r.speaker(*call) == "Henri Lassalle");
    const Quote* strike = r.quote("à une grève de vingt-quatre heures");
    REQUIRE(strike);
    CHECK(strike->cue == "appellent");
}

TEST_CASE("a speaker who says something of themself: 'se dit prêt à'") {
    const Analyzed r("Le capitaine Louis Ferrand se dit prêt à reprendre la compétition dès le mois prochain.");
    const Quote* q = r.quote("prêt à reprendre la compétition");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Louis Ferrand");
}

TEST_CASE("one cue, several que-clauses: one report each") {
    const Analyzed r("Nadia Berthier a expliqué que le chantier avait pris du retard, mais que la livraison restait prévue "
                     "en juin et qu'aucun surcoût n'était à craindre.");
    const Quote* a = r.quote("le chantier avait pris du retard");
    const Quote* b = r.quote("la livraison restait prévue en juin");
    const Quote* c = r.quote("aucun surcoût n'était à craindre");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a != b);
    CHECK(b != c);
    CHECK(a->text.find("mais") == std::string::npos);
    CHECK(r.speaker(*b) == "Nadia Berthier");
    CHECK(r.speaker(*c) == "Nadia Berthier");
}

TEST_CASE("'selon' followed by a source that is not a name") {
    const Analyzed r("Au moins trente maisons ont été inondées, selon un premier bilan communiqué par la préfecture.\n"
                     "Selon le texte de l'accord, les travaux reprendront lundi.");
    const Quote* toll = r.quote("Au moins trente maisons ont été inondées");
    REQUIRE(toll);
    CHECK(r.speaker(*toll) == "préfecture");  // the agent of the report, not the report
    const Quote* works = r.quote("les travaux reprendront lundi");
    REQUIRE(works);
    CHECK(works->cue == "Selon");
}

TEST_CASE("a clause with a verb of speech of its own, reported by a cue after it, is the later speaker's") {
    const Analyzed r("La commune salue tous les efforts des bénévoles, a insisté le maire, Gérard Pichon.");
    const Quote* q = r.quote("La commune salue tous les efforts");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Gérard Pichon");
}

TEST_CASE("a time and a subject before a comma are no report of a cue after them") {
    const Analyzed r("Dimanche, M. Roussel, a critiqué la direction pour son silence.");
    CHECK_FALSE(r.quote("Dimanche, M. Roussel"));
}

TEST_CASE("a name never runs over a line break into the next paragraph") {
    const Analyzed r("Budget : des efforts pour tous\n\n© Télé Sud\n\nMarc Aubin a souligné que des économies seraient "
                     "nécessaires.");
    const Quote* q = r.quote("des économies seraient nécessaires");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Aubin");
}

TEST_CASE("a country that speaks keeps the article the text writes it with among its aliases") {
    const Analyzed r("L'Estonie a dénoncé une provocation. Selon l'Estonie, les vols ont duré deux heures.");
    const Entity* e = r.entity("Estonie");
    REQUIRE(e);
    CHECK(e->type == EntityType::organization);
    CHECK(std::find(e->aliases.begin(), e->aliases.end(), "L'Estonie") != e->aliases.end());
}

TEST_CASE("a participle that shares the auxiliary of the cue before it reports too") {
    const Analyzed r("Le maire Alain Fabre a qualifié l'incendie de drame et promis une aide rapide aux familles.");
    const Quote* help = r.quote("une aide rapide aux familles");
    REQUIRE(help);
    CHECK(help->cue == "promis");
    CHECK(r.speaker(*help) == "Alain Fabre");
}

TEST_CASE("a gerund with no comma before it reports when 'que' follows") {
    const Analyzed r("« Nous tiendrons », a lancé la capitaine Inès Marot affirmant que l'équipe restait soudée.");
    const Quote* q = r.quote("l'équipe restait soudée");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Inès Marot");
}

TEST_CASE("a cue after a quotation with an object pronoun or a channel before its speaker") {
    const Analyzed r("« On repart de zéro », nous répond une vendeuse du marché.\n"
                     "« Tout le personnel doit rejoindre son poste », a déclaré sur Facebook le directeur Paul Anselme.");
    const Quote* market = r.quote("On repart de zéro");
    REQUIRE(market);
    CHECK(market->cue == "répond");
    CHECK(r.speaker(*market).find("vendeuse") != std::string::npos);
    const Quote* staff = r.quote("Tout le personnel doit rejoindre son poste");
    REQUIRE(staff);
    CHECK(r.speaker(*staff) == "Paul Anselme");
}

TEST_CASE("a second verb joined by 'et' shares the first one's speaker") {
    const Analyzed r("La juge Hélène Caradec a rappelé que l'audience restait publique, et a appelé les témoins à garder "
                     "leur calme.");
    const Quote* q = r.quote("les témoins à garder leur calme");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Hélène Caradec");
}
