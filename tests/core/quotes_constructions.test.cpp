#include "quote_support.h"

using namespace depeche;
using test::Analyzed;

TEST_CASE("a direct quotation with its cue after it") {
    const Analyzed r("« Nous partirons demain à l'aube », a déclaré Jean Dupont.");
    REQUIRE(r.a().quotes.size() == 1);
    const Quote& q = r.a().quotes[0];
    CHECK(q.kind == QuoteKind::direct);
    CHECK(q.text == "Nous partirons demain à l'aube");
    CHECK(test::slice(r.result.text, q.span) == q.text);
    CHECK(q.cue == "a déclaré");
    CHECK(r.speaker(q) == "Jean Dupont");
}

TEST_CASE("a direct quotation introduced by a colon, with the speaker in apposition to a role") {
    const Analyzed r("La ministre de la Santé, Anne Roche, a déclaré : « Les hôpitaux tiendront cet hiver. »");
    const Quote* q = r.quote("Les hôpitaux tiendront");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::direct);
    CHECK(r.speaker(*q) == "Anne Roche");
    const Entity* roche = r.entity("Anne Roche");
    REQUIRE(roche);
    CHECK(roche->type == EntityType::person);
    CHECK(std::find(roche->roles.begin(), roche->roles.end(), "ministre de la Santé") != roche->roles.end());
}

TEST_CASE("one cue around two quotations") {
    const Analyzed r("« Nous avons gagné ce soir », a lancé Paul Martin, « mais rien n'est encore fini ».");
    const Quote* first = r.quote("Nous avons gagné");
    const Quote* second = r.quote("rien n'est encore fini");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first != second);
    CHECK(r.speaker(*first) == "Paul Martin");
    CHECK(r.speaker(*second) == "Paul Martin");
}

TEST_CASE("an inverted pronoun goes to the person named before, of the right gender") {
    const Analyzed r("Marie Leroy a rencontré Pierre Blanc lundi.\n« Nous avons trouvé un accord », a-t-elle affirmé.\n"
                     "« Rien n'est signé », a-t-il nuancé.");
    const Quote* hers = r.quote("trouvé un accord");
    const Quote* his = r.quote("Rien n'est signé");
    REQUIRE(hers);
    REQUIRE(his);
    CHECK(r.speaker(*hers) == "Marie Leroy");
    CHECK(r.speaker(*his) == "Pierre Blanc");
}

TEST_CASE("a quotation over two paragraphs, French style, is one quotation") {
    const Analyzed r("Reconstruction\n« Nous avons tout reconstruit en six mois.\n« Les habitants sont rentrés chez eux », a conclu "
                     "M. Durand.");
    REQUIRE(r.a().quotes.size() == 1);
    const Quote& q = r.a().quotes[0];
    CHECK(q.kind == QuoteKind::direct);
    CHECK(q.text.find("Nous avons tout reconstruit") == 0);
    CHECK(q.text.find("rentrés chez eux") != std::string::npos);
    CHECK(r.speaker(q) == "Durand");
}

TEST_CASE("indirect speech: a clause after que, and a clause before a postposed cue") {
    const Analyzed before("Le maire, Louis Petit, a affirmé que la piscine rouvrirait en juin.");
    const Quote* q = before.quote("la piscine rouvrirait");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(q->text == "la piscine rouvrirait en juin");
    CHECK(before.speaker(*q) == "Louis Petit");

    const Analyzed after("La piscine rouvrira en juin, a assuré mardi le maire, Louis Petit.");
    q = after.quote("La piscine rouvrira");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(q->text == "La piscine rouvrira en juin");
    CHECK(after.speaker(*q) == "Louis Petit");
}

TEST_CASE("selon X before and after the report, and selon lui") {
    const Analyzed r("Selon le maire, Louis Petit, la piscine rouvrira en juin. Les travaux ont pris du retard, selon le "
                     "maire.\n"
                     "Selon lui, le budget sera tenu.");
    const Quote* first = r.quote("la piscine rouvrira");
    const Quote* second = r.quote("Les travaux ont pris");
    const Quote* third = r.quote("le budget sera tenu");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK(first->text == "la piscine rouvrira en juin");
    CHECK(r.speaker(*first) == "Louis Petit");
    CHECK(r.speaker(*second) == "Louis Petit");
    CHECK(r.speaker(*third) == "Louis Petit");
    CHECK(third->kind == QuoteKind::indirect);
}

TEST_CASE("mixed quotations: a quoted fragment in a reported clause") {
    const Analyzed r("M. Petit a estimé que le chantier était « un gâchis complet ».");
    const Quote* q = r.quote("le chantier");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::mixed);
    CHECK(q->text == "le chantier était « un gâchis complet »");
    CHECK(r.speaker(*q) == "Petit");
}

TEST_CASE("a fragment whose author is not the sentence's subject") {
    const Analyzed r("M. Petit a rejeté les allégations de l'opposante Claire Vidal selon lesquelles la mairie a "
                     "\"menti aux habitants\".");
    const Quote* q = r.quote("la mairie a");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::mixed);
    CHECK(r.speaker(*q) == "Claire Vidal");
}

TEST_CASE("X accuse Y de ..., with a government named by its capital") {
    const Analyzed r("Dans la soirée, Rome a accusé lundi Paris de bloquer l'accord sur les migrations.");
    const Quote* q = r.quote("Paris de bloquer");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(r.speaker(*q) == "Rome");
    CHECK(r.entity("Rome")->type == EntityType::organization);
}

TEST_CASE("reflexive cues and a gerund that reports for the same speaker") {
    const Analyzed r("Mme Roche s'est félicitée que le texte soit adopté, estimant qu'il « protège les patients ».");
    const Quote* first = r.quote("le texte soit adopté");
    const Quote* second = r.quote("protège les patients");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first != second);
    CHECK(r.speaker(*first) == "Roche");
    CHECK(r.speaker(*second) == "Roche");
    CHECK(second->kind == QuoteKind::mixed);
}

TEST_CASE("scare quotes and titles of works are not quotations") {
    const Analyzed r("Le film « Les Ombres du port » sort mercredi dans une version « restaurée » par la "
                     "cinémathèque.");
    CHECK(r.a().quotes.empty());
}

TEST_CASE("a quotation standing alone is the previous speaker's, or nobody's when nobody spoke") {
    const Analyzed alone("« Plus jamais ça. »\nLa manifestation a réuni deux mille personnes.");
    REQUIRE(alone.a().quotes.size() == 1);
    CHECK_FALSE(alone.a().quotes[0].speaker);

    const Analyzed carried("« Nous resterons mobilisés », a prévenu Sophie Garnier.\n« Jusqu'au retrait du texte. »");
    const Quote* q = carried.quote("Jusqu'au retrait");
    REQUIRE(q);
    CHECK(carried.speaker(*q) == "Sophie Garnier");

    const Analyzed slogan("Sur les banderoles, on pouvait lire : « Non à la fermeture ».");
    q = slogan.quote("Non à la fermeture");
    REQUIRE(q);
    CHECK_FALSE(q->speaker);
}

TEST_CASE("a definite role recurs for the person it described") {
    const Analyzed r("Le porte-parole du gouvernement, Marc Tissot, a tenu une conférence de presse. Le "
                     "porte-parole de l'exécutif a assuré que la réforme serait votée.");
    const Quote* q = r.quote("la réforme serait votée");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Tissot");
    const Entity* tissot = r.entity("Marc Tissot");
    REQUIRE(tissot);
    CHECK(std::find(tissot->aliases.begin(), tissot->aliases.end(), "Le porte-parole de l'exécutif") !=
          tissot->aliases.end());
}

TEST_CASE("a full name and its surname with a title are one entity; an acronym is an alias") {
    const Analyzed r("Dmitri Peskov a parlé. M. Peskov a ensuite déclaré que l'Organisation du traité de sécurité "
                     "collective (OTSC) se réunirait. L'OTSC a confirmé que la réunion aurait lieu.");
    const Entity* peskov = r.entity("Dmitri Peskov");
    REQUIRE(peskov);
    CHECK(peskov->mentions.size() == 2);
    const Quote* q = r.quote("la réunion aurait lieu");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Organisation du traité de sécurité collective");
}
