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

TEST_CASE("a phrase between the auxiliary and the participle: 'a une nouvelle fois réclamé', 'a bel et bien confirmé'") {
    const Analyzed r("La directrice Sandrine Allard a une nouvelle fois réclamé la réouverture du guichet.\n"
                     "Le recteur Yves Collin a bel et bien confirmé la fusion des deux lycées.");
    const Quote* again = r.quote("la réouverture du guichet");
    REQUIRE(again);
    CHECK(again->cue == "a une nouvelle fois réclamé");
    CHECK(r.speaker(*again) == "Sandrine Allard");
    const Quote* indeed = r.quote("la fusion des deux lycées");
    REQUIRE(indeed);
    CHECK(r.speaker(*indeed) == "Yves Collin");
}

TEST_CASE("a described subject after words that set the scene: 'Dans leur lettre, ces derniers ont dénoncé'") {
    const Analyzed r("Dans leur lettre ouverte, ces derniers ont dénoncé la suppression de la ligne de bus.");
    const Quote* q = r.quote("la suppression de la ligne de bus");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "ces derniers");
}

TEST_CASE("someone given an age is a person, through an apposition and a pronoun later") {
    const Analyzed r("Lucie, 34 ans, vendeuse dans le quartier, raconte que la boutique a fermé en mars.\n"
                     "« On a tout perdu en une nuit », dit-elle.");
    const Quote* told = r.quote("la boutique a fermé en mars");
    REQUIRE(told);
    CHECK(r.speaker(*told) == "Lucie");
    const Quote* lost = r.quote("On a tout perdu");
    REQUIRE(lost);
    CHECK(r.speaker(*lost) == "Lucie");
}

TEST_CASE("a town after a preposition just before the cue is where the speaker works, not the speaker") {
    const Analyzed r("Éric Morel, urgentiste à Valence dénonce la fatigue des équipes de nuit.");
    const Quote* q = r.quote("la fatigue des équipes");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Éric Morel");
}

TEST_CASE("a relative clause between the subject and its cue is no report of a later speaker") {
    const Analyzed r("La gérante du café, qui tient aussi le tabac, a constaté la même baisse de fréquentation.");
    CHECK_FALSE(r.quote("qui tient aussi le tabac"));
    const Quote* q = r.quote("la même baisse de fréquentation");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "gérante du café");
}

TEST_CASE("an acronym inside a role names a party or a firm, and the person's name may follow it") {
    const Analyzed r("Le sénateur UDI du Cantal Bernard Lafon estime que la réforme arrive trop tard.\n"
                     "L'économiste principal ABX, Marc Delorme, a indiqué que les prix allaient baisser.");
    const Quote* late = r.quote("la réforme arrive trop tard");
    REQUIRE(late);
    CHECK(r.speaker(*late) == "Bernard Lafon");
    const Quote* prices = r.quote("les prix allaient baisser");
    REQUIRE(prices);
    CHECK(r.speaker(*prices) == "Marc Delorme");
}

TEST_CASE("a relative clause inside a report, or inside a quotation, before a cue and its speaker stays reported") {
    const Analyzed r("« Le chantier a pris du retard, dont trois mois à cause du gel », a déclaré Sophie Renaud.\n"
                     "La commune attend le rapport du cabinet Arvel, qui rendra ses conclusions en mai, a indiqué "
                     "Marc Tessier.");
    const Quote* delay = r.quote("Le chantier a pris du retard");
    REQUIRE(delay);
    CHECK(r.speaker(*delay) == "Sophie Renaud");
    const Quote* report = r.quote("La commune attend le rapport");
    REQUIRE(report);
    CHECK(r.speaker(*report) == "Marc Tessier");
}

TEST_CASE("a promise or an offer to do something: the report is the infinitive after 'de'") {
    const Analyzed r("Le maire Paul Rives a promis de rouvrir la piscine avant l'été.\n"
                     "La mutuelle a proposé d'étaler les remboursements sur deux ans.");
    const Quote* promise = r.quote("rouvrir la piscine avant l'été");
    REQUIRE(promise);
    CHECK(promise->kind == QuoteKind::indirect);
    CHECK(r.speaker(*promise) == "Paul Rives");
    const Quote* offer = r.quote("étaler les remboursements");
    REQUIRE(offer);
    CHECK(offer->cue == "a proposé");
}

TEST_CASE("a negated infinitive after a cue, the infinitive one to three words after the negation") {
    const Analyzed r("Le sénateur Luc Arnal a déclaré n'avoir jamais reçu la lettre.\n"
                     "La gardienne Odile Blanc dit ne jamais en avoir vu autant.");
    const Quote* letter = r.quote("n'avoir jamais reçu la lettre");
    REQUIRE(letter);
    CHECK(r.speaker(*letter) == "Luc Arnal");
    const Quote* never = r.quote("ne jamais en avoir vu autant");
    REQUIRE(never);
    CHECK(r.speaker(*never) == "Odile Blanc");
}

TEST_CASE("an indirect question after a cue: 'a expliqué pourquoi', 'raconte comment'") {
    const Analyzed r("Le directeur Hugo Lemaire a expliqué pourquoi le chantier avait été suspendu.\n"
                     "La fermière Anne Vidal raconte comment l'orage a couché les blés.");
    const Quote* why = r.quote("pourquoi le chantier avait été suspendu");
    REQUIRE(why);
    CHECK(r.speaker(*why) == "Hugo Lemaire");
    const Quote* how = r.quote("comment l'orage a couché les blés");
    REQUIRE(how);
    CHECK(r.speaker(*how) == "Anne Vidal");
}

TEST_CASE("a channel of several words between a cue and its speaker, and cue verbs of thought and of resuming") {
    const Analyzed r("« Nous avons compté plus de trois cents appels », a écrit sur les réseaux sociaux le directeur du "
                     "centre, Alain Perrot.\n"
                     "« Le problème, c'est la route », pense un habitant du hameau.\n"
                     "« Les gens sont patients », reprend notre interlocutrice.");
    const Quote* calls = r.quote("Nous avons compté plus de trois cents appels");
    REQUIRE(calls);
    CHECK(r.speaker(*calls) == "Alain Perrot");
    const Quote* road = r.quote("c'est la route");
    REQUIRE(road);
    CHECK(road->cue == "pense");
    const Quote* patient = r.quote("Les gens sont patients");
    REQUIRE(patient);
    CHECK(patient->cue == "reprend");
}

TEST_CASE("menacer and presser report speech only before an infinitive") {
    const Analyzed facts("La colonne blindée menace désormais la principale route de ravitaillement de la vallée.\n"
                         "Des habitants pressaient les pompistes de Valreuil d'essence et de pain.");
    CHECK(facts.a().quotes.empty());
    const Analyzed speech("Le syndicat des bateliers menace de bloquer l'écluse dès lundi.\n"
                          "La maire Hélène Varoux a pressé le préfet de rouvrir le pont.");
    const Quote* block = speech.quote("bloquer l'écluse dès lundi");
    REQUIRE(block);
    CHECK(block->kind == QuoteKind::indirect);
    const Quote* bridge = speech.quote("rouvrir le pont");
    REQUIRE(bridge);
    CHECK(speech.speaker(*bridge) == "Hélène Varoux");
}

TEST_CASE("an adjective before the role: 'une autre riveraine', 'un ancien adjoint'") {
    const Analyzed r("« On a dormi sur le toit », raconte Yvette, une autre riveraine du canal. Elle dit avoir perdu tous "
                     "ses meubles.\n"
                     "Plus haut, Mme Odile Carrel dirige la régie. « Le réseau a tenu », a déclaré un ancien adjoint, Marc "
                     "Lestrade.");
    const Entity* yvette = r.entity("Yvette");
    REQUIRE(yvette);
    CHECK(yvette->type == EntityType::person);
    const Quote* furniture = r.quote("avoir perdu tous ses meubles");
    REQUIRE(furniture);
    CHECK(r.speaker(*furniture) == "Yvette");  // the pronoun agrees with a woman named by her role
    const Quote* network = r.quote("Le réseau a tenu");
    REQUIRE(network);
    CHECK(r.speaker(*network) == "Marc Lestrade");
}

TEST_CASE("a subject named twice between commas is not what the cue after it reports") {
    const Analyzed r("Le porte-parole de la mairie, l'adjoint Marc Viel, a rejeté hier les critiques de l'opposition.\n"
                     "La directrice du port de Valmer, la capitaine Inès Carrel, a rejeté les décisions prises lors du "
                     "sommet.");
    CHECK_FALSE(r.quote("Le porte-parole de la mairie"));
    CHECK_FALSE(r.quote("La directrice du port"));
    const Quote* criticism = r.quote("les critiques de l'opposition");
    REQUIRE(criticism);
    CHECK(r.speaker(*criticism) == "Marc Viel");
    const Quote* decisions = r.quote("les décisions prises lors du sommet");
    REQUIRE(decisions);
    CHECK(r.speaker(*decisions) == "Inès Carrel");
}

TEST_CASE("a role described for the first time, right after a name given without one, is that person's") {
    const Analyzed r("Les grévistes ont reçu la visite de Sophie Morel. La secrétaire générale du syndicat a dénoncé un cas "
                     "typique de démantèlement.\n"
                     "« Le calendrier sera tenu », a assuré M. Hugo Lenoir. Le ministre des Transports a ajouté que les "
                     "rames arriveraient en mai.");
    const Quote* case_ = r.quote("un cas typique de démantèlement");
    REQUIRE(case_);
    CHECK(r.speaker(*case_) == "Sophie Morel");
    const Quote* trains = r.quote("les rames arriveraient en mai");
    REQUIRE(trains);
    CHECK(r.speaker(*trains) == "Hugo Lenoir");
}

TEST_CASE("a role noun inside a set phrase ('au milieu de') is nobody a pronoun could stand for") {
    const Analyzed r("M. Luc Perrin s'est rendu à Valbourg. Après la mort de deux guides au milieu de combats violents, il "
                     "a demandé que les responsables soient jugés.");
    CHECK_FALSE(r.entity("milieu de combats violents"));
    const Quote* q = r.quote("les responsables soient jugés");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Luc Perrin");
}

TEST_CASE("a gerund after a report opens a report of its own") {
    const Analyzed r("La députée Hélène Marchal a annoncé qu'elle voterait contre le texte, en considérant que le "
                     "gouvernement n'avait rien proposé.\n"
                     "Le club Valbourg Sports a proposé de reporter le match, tout en appelant à une trêve des supporters.");
    const Quote* vote = r.quote("elle voterait contre le texte");
    REQUIRE(vote);
    CHECK(vote->text.find("considérant") == std::string::npos);
    const Quote* reason = r.quote("le gouvernement n'avait rien proposé");
    REQUIRE(reason);
    CHECK(reason->cue == "considérant");
    CHECK(r.speaker(*reason) == "Hélène Marchal");
    const Quote* truce = r.quote("à une trêve des supporters");
    REQUIRE(truce);
    CHECK(truce->cue == "appelant");
}

TEST_CASE("an object that is a count: a number or a quantity with no determiner") {
    const Analyzed r("La fédération du Valmer a dénombré plus de trois cents licenciements en un an.\n"
                     "Le ministère de la Santé a annoncé 42 blessés parmi les secouristes.");
    const Quote* layoffs = r.quote("plus de trois cents licenciements");
    REQUIRE(layoffs);
    CHECK(layoffs->cue == "a dénombré");
    const Quote* injured = r.quote("42 blessés parmi les secouristes");
    REQUIRE(injured);
    CHECK(injured->cue == "a annoncé");
}

TEST_CASE("an object after a short aside between commas") {
    const Analyzed r("Le porte-parole Marc Olivier dément, une nouvelle fois, tout lien avec les manifestants.");
    const Quote* q = r.quote("tout lien avec les manifestants");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Olivier");
}

TEST_CASE("an object before a colon and a quotation: two reports") {
    const Analyzed r("La ministre Sophie Rambert a fermement rejeté toute idée de fermeture : « Nous garderons cette "
                     "école ouverte. »");
    const Quote* idea = r.quote("toute idée de fermeture");
    REQUIRE(idea);
    CHECK(idea->kind == QuoteKind::indirect);
    CHECK(r.speaker(*idea) == "Sophie Rambert");
    const Quote* words = r.quote("Nous garderons cette école ouverte.");
    REQUIRE(words);
    CHECK(words->kind == QuoteKind::direct);
    CHECK(r.speaker(*words) == "Sophie Rambert");
}

TEST_CASE("a gerund after an object pronoun, spoken by the subject of the clause it hangs on") {
    const Analyzed r("Le maire Paul Granier a écrit au préfet, lui demandant de rouvrir la route.\n"
                     "Critiquée par ses voisins, la pharmacienne Léa Morvan se défend en évoquant un « simple malentendu ».");
    const Quote* road = r.quote("rouvrir la route");
    REQUIRE(road);
    CHECK(road->cue == "demandant");
    CHECK(r.speaker(*road) == "Paul Granier");
    const Quote* misunderstanding = r.quote("simple malentendu");
    REQUIRE(misunderstanding);
    CHECK(r.speaker(*misunderstanding) == "Léa Morvan");
}

TEST_CASE("a title holds speech too, its subject after what sets the scene") {
    const Analyzed r("Valbourg : les syndicats déplorent « trois cents suppressions » après l'annonce\n\n"
                     "Le conseil municipal s'est réuni lundi pour examiner le plan de la direction.\n\n"
                     "La séance a duré quatre heures.");
    const Quote* q = r.quote("trois cents suppressions");
    REQUIRE(q);
    CHECK(q->cue == "déplorent");
    CHECK(r.speaker(*q) == "syndicats");
}

TEST_CASE("'Pour X, « A »' then a colon and a quotation reported by a later cue: two quotations of X") {
    const Analyzed r("Pour Paul Roy, « le chantier ira vite », même en hiver : « Les équipes sont prêtes », a-t-il ajouté.");
    const Quote* fast = r.quote("le chantier ira vite");
    REQUIRE(fast);
    CHECK(fast->kind == QuoteKind::direct);
    CHECK(r.speaker(*fast) == "Paul Roy");
    const Quote* ready = r.quote("Les équipes sont prêtes");
    REQUIRE(ready);
    CHECK(ready->kind == QuoteKind::direct);
    CHECK(ready->cue == "a-t-il ajouté");
    CHECK(r.speaker(*ready) == "Paul Roy");
}

TEST_CASE("a report, then a colon and a quotation reported by a later cue: two reports") {
    const Analyzed r("Le maire Paul Roy a rappelé que la taxe serait provisoire : « Je m'y engage », a-t-il affirmé.");
    const Quote* tax = r.quote("la taxe serait provisoire");
    REQUIRE(tax);
    CHECK(tax->kind == QuoteKind::indirect);
    CHECK(tax->cue == "a rappelé");
    const Quote* pledge = r.quote("Je m'y engage");
    REQUIRE(pledge);
    CHECK(pledge->kind == QuoteKind::direct);
    CHECK(r.speaker(*pledge) == "Paul Roy");
}

TEST_CASE("an incise with 'comme': its subject follows the cue, before or after the report") {
    const Analyzed r("La route restera fermée tout l'hiver, comme l'a expliqué le maire Paul Roy.\n"
                     "Comme l'a rappelé la préfète Anne Valois, le pont sera inspecté en mars.\n"
                     "Les loyers ont grimpé, comme en témoignent plusieurs locataires : « Tout est plus cher. »");
    const Quote* road = r.quote("La route restera fermée tout l'hiver");
    REQUIRE(road);
    CHECK(road->text.find("comme") == std::string::npos);
    CHECK(r.speaker(*road) == "Paul Roy");
    const Quote* bridge = r.quote("le pont sera inspecté en mars");
    REQUIRE(bridge);
    CHECK(r.speaker(*bridge) == "Anne Valois");
    const Quote* rents = r.quote("Tout est plus cher.");
    REQUIRE(rents);
    CHECK(rents->cue == "témoignent");
}

TEST_CASE("'Et d'ajouter : « … »': the speaker before goes on") {
    const Analyzed r("Le maire Paul Roy a salué la décision du conseil. Et d'ajouter : « Nous sommes prêts. »");
    const Quote* q = r.quote("Nous sommes prêts.");
    REQUIRE(q);
    CHECK(q->cue == "Et d'ajouter");
    CHECK(r.speaker(*q) == "Paul Roy");
}

TEST_CASE("a cue in the next sentence: '« … ». C'est ce qu'a déclaré X'") {
    const Analyzed r("Le maire Paul Roy était sur place. « Nous rouvrirons l'école lundi. » C'est ce qu'a déclaré hier la "
                     "ministre Anne Valois.");
    const Quote* q = r.quote("Nous rouvrirons l'école lundi.");
    REQUIRE(q);
    CHECK(q->cue == "a déclaré");
    CHECK(r.speaker(*q) == "Anne Valois");
}

TEST_CASE("a cue inside a quotation cuts it in two quotations of the same speaker") {
    const Analyzed r("La gérante Lucie Marin ouvre la boutique. « Nous tenons bon, explique-t-elle. Les clients reviennent "
                     "peu à peu. »");
    const Quote* first = r.quote("Nous tenons bon");
    const Quote* second = r.quote("Les clients reviennent peu à peu.");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first != second);
    CHECK(first->text.find("explique") == std::string::npos);
    CHECK(first->cue == "explique-t-elle");
    CHECK(second->cue == "explique-t-elle");
    CHECK(r.speaker(*first) == "Lucie Marin");
    CHECK(r.speaker(*second) == "Lucie Marin");
}

TEST_CASE("a description, then a participle between commas, is the subject of the cue after them") {
    const Analyzed r("Les dirigeants du pays, entrés en fonction l'an dernier, ont réaffirmé leur volonté de réformer "
                     "l'armée.");
    CHECK_FALSE(r.quote("entrés en fonction"));
    const Quote* q = r.quote("leur volonté de réformer l'armée");
    REQUIRE(q);
    CHECK(q->cue == "ont réaffirmé");
    CHECK(r.speaker(*q) == "dirigeants du pays");
}

TEST_CASE("a determiner before a quotation after a cue opens its object, not its speaker") {
    const Analyzed r("La séance a été suspendue hier soir, quand le président du groupe, Paul Roy, évoquait un « mépris "
                     "inacceptable ».");
    CHECK_FALSE(r.quote("La séance a été suspendue"));
    const Quote* q = r.quote("mépris inacceptable");
    REQUIRE(q);
    CHECK(q->cue == "évoquait");
    CHECK(r.speaker(*q) == "Paul Roy");
}

TEST_CASE("'qui' after a noun phrase that is no name: the phrase from its nearest article speaks") {
    const Analyzed r("La marche a réuni quelques centaines de riverains du quartier, qui ont dénoncé « l'abandon du "
                     "parc ».");
    const Quote* q = r.quote("l'abandon du parc");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "quelques centaines de riverains du quartier");
}

TEST_CASE("after a colon too, a cue inside the quotation cuts it in two") {
    const Analyzed r("Le maire Paul Roy a déclaré : « Nous tenons bon, poursuit-il. Les travaux reprendront lundi. »");
    const Quote* first = r.quote("Nous tenons bon");
    const Quote* second = r.quote("Les travaux reprendront lundi.");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first != second);
    CHECK(r.speaker(*second) == "Paul Roy");
}

TEST_CASE("a quotation with no cue after a sentence that introduces someone is theirs") {
    const Analyzed r("« Nous fermerons en juin », a annoncé le directeur Paul Roy.\n"
                     "Une décision que regrette Lucie Fabre, caissière depuis vingt ans. « C'est toute ma vie ici. »");
    const Quote* q = r.quote("C'est toute ma vie ici.");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Lucie Fabre");
}

TEST_CASE("a sentence about the place may stand between a newcomer and their first quotation") {
    const Analyzed r("Ce matin-là, Odile Marchand a quitté le marché plus tôt. La halle était presque vide. « Je n'achète "
                     "plus que le pain. »\n"
                     "Le maire Henri Lassalle a rencontré les commerçants. Le boulanger était absent. « Rien ne change. »");
    const Quote* bread = r.quote("Je n'achète plus que le pain.");
    REQUIRE(bread);
    CHECK(r.speaker(*bread) == "Odile Marchand");
    // The sentence between names someone else: the quotation is not the newcomer's.
    const Quote* same = r.quote("Rien ne change.");
    REQUIRE(same);
    CHECK(r.speaker(*same) != "Henri Lassalle");
}

TEST_CASE("a portrait's quotation with no cue stays the portrayed person's across a paragraph about things") {
    const std::string portrait =
        "Odile Marchand tient la mercerie depuis trente ans. « Les clients reviennent le samedi. »\n"
        "La boutique est coincée entre une banque et le parking du centre commercial, que la mairie veut agrandir.\n"
        "Le loyer a doublé en deux ans. « Je ne sais pas si je tiendrai jusqu'à l'été. »";
    const Analyzed r(portrait);
    const Quote* summer = r.quote("Je ne sais pas si je tiendrai");
    REQUIRE(summer);
    CHECK(r.speaker(*summer) == "Odile Marchand");
    // Someone else named in the paragraph between could have said it: nobody is chosen for them.
    const Analyzed other("Odile Marchand tient la mercerie depuis trente ans. « Les clients reviennent le samedi. »\n"
                         "Son voisin Bruno Lafont a fermé sa boucherie en mars.\n"
                         "Le loyer a doublé en deux ans. « Je ne sais pas si je tiendrai jusqu'à l'été. »");
    const Quote* q = other.quote("Je ne sais pas si je tiendrai");
    REQUIRE(q);
    CHECK(other.speaker(*q) != "Odile Marchand");
    // A subhead that far opens another part of the article.
    const Analyzed subhead("Odile Marchand tient la mercerie depuis trente ans. « Les clients reviennent le samedi. »\n\n"
                           "La boutique est coincée entre une banque et le parking.\n\n"
                           "« Une rue qui se vide »\n\n"
                           "Le loyer a doublé en deux ans.");
    const Quote* head = subhead.quote("Une rue qui se vide");
    REQUIRE(head);
    CHECK(subhead.speaker(*head) != "Odile Marchand");
}

TEST_CASE("a person named in full, then by the first name alone, is one person") {
    const Analyzed r("Martine Roux a ouvert son café en 1998. « Je connais tous les habitués. »\n"
                     "Depuis, Martine a vu passer trois maires. « Aucun ne nous a aidés », dit Martine.");
    const Quote* q = r.quote("Aucun ne nous a aidés");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Martine Roux");
    CHECK(r.entity("Martine") == nullptr);
}

TEST_CASE("a first name after an article names a place, not a person") {
    const Analyzed r("Le marché de La Madeleine ouvre à six heures. « Tout a augmenté. »");
    const Entity* place = r.entity("Madeleine");
    CHECK((place == nullptr || place->type != EntityType::person));
    const Quote* q = r.quote("Tout a augmenté");
    REQUIRE(q);
    CHECK(r.speaker(*q) != "Madeleine");
}

TEST_CASE("an aside of circumstance between the subject and its cue names no speaker") {
    const Analyzed r("La présidente du club, lors de l'assemblée générale de Rodez, a annoncé que la saison serait "
                     "écourtée.\n"
                     "Bruno Perrin qui, au-delà du résultat, déclare que le public a porté "
                     "l'équipe.");
    const Quote* season = r.quote("la saison serait écourtée");
    REQUIRE(season);
    CHECK(r.speaker(*season) == "présidente du club");
    const Quote* crowd = r.quote("le public a porté l'équipe");
    REQUIRE(crowd);
    CHECK(r.speaker(*crowd) == "Bruno Perrin");
}

TEST_CASE("a present participle or a number word opening a sentence is no name") {
    const Analyzed r("Témoin de l'accident, Karim Haddad a couru vers la voiture. Surmontant sa peur, le jeune homme a "
                     "prévenu les secours : « Elle respirait encore. »\n"
                     "Trois jours après les faits, plusieurs habitants, réclamant un ralentisseur, ont écrit au maire.");
    CHECK(r.entity("Surmontant") == nullptr);
    CHECK(r.entity("Trois") == nullptr);
    const Quote* q = r.quote("Elle respirait encore.");
    REQUIRE(q);
    CHECK(r.speaker(*q) != "Surmontant");
}

TEST_CASE("verbs of manner in an incise: jubiler, pester, s'esclaffer, s'émouvoir") {
    const Analyzed r("« Ce qui compte, c'est la victoire, jubile l'entraîneur Marc Olier. Nous l'avons méritée. »\n"
                     "« Encore une panne ! », peste une voyageuse. « C'est la troisième fois », s'esclaffe Paul Roy.\n"
                     "« Je n'oublierai jamais ce village », s'émeut Lucie Fabre.");
    const Quote* win = r.quote("Nous l'avons méritée.");
    REQUIRE(win);
    CHECK(r.speaker(*win) == "Marc Olier");
    const Quote* again = r.quote("Encore une panne");
    REQUIRE(again);
    CHECK(r.speaker(*again) == "voyageuse");
    const Quote* third = r.quote("C'est la troisième fois");
    REQUIRE(third);
    CHECK(r.speaker(*third) == "Paul Roy");
    const Quote* village = r.quote("Je n'oublierai jamais ce village");
    REQUIRE(village);
    CHECK(r.speaker(*village) == "Lucie Fabre");
}

TEST_CASE("a report that a comma and a named subject follow ends before that subject") {
    const Analyzed r("Alors que le maire, Paul Roy, a évoqué la fermeture de la piscine, le syndicat a affirmé que "
                     "les maîtres-nageurs seraient reclassés.\n"
                     "Selon lui, la commune refuse toute négociation avec les agents.");
    const Quote* pool = r.quote("la fermeture de la piscine");
    REQUIRE(pool);
    CHECK(pool->text.find("syndicat") == std::string::npos);
    CHECK(r.speaker(*pool) == "Paul Roy");
    const Quote* staff = r.quote("les maîtres-nageurs seraient reclassés");
    REQUIRE(staff);
    CHECK(r.speaker(*staff) == "syndicat");
    // After "Selon lui," the whole clause is his report, its own verb included.
    const Quote* talks = r.quote("la commune refuse toute négociation");
    REQUIRE(talks);
    CHECK(talks->text.find("la commune refuse") == 0);
}

TEST_CASE("a straight quotation mark before a comma closes, even one whose opening mark is missing") {
    const Analyzed r("\"Un grand boum\". J'ai vu la voiture partir \", raconte Marc Olier. \"Je suis intervenu tout de "
                     "suite\", ajoute-t-il.");
    const Quote* q = r.quote("Je suis intervenu tout de suite");
    REQUIRE(q);
    CHECK(q->text == "Je suis intervenu tout de suite");
    CHECK(r.speaker(*q) == "Marc Olier");
}

TEST_CASE("a colon's speaker is no bare name that a preposition governs") {
    const Analyzed r("Au centre du bourg de Vernoux, on retrouve la maison de Jocelyne : « Tout est à refaire. »\n"
                     "Les militaires auteurs du coup d'État au Niger ont annoncé mettre « fin » aux fonctions des "
                     "ambassadeurs.");
    const Quote* q = r.quote("Tout est à refaire.");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Jocelyne");
    const Quote* end = r.quote("aux fonctions des ambassadeurs");
    REQUIRE(end);
    CHECK(r.speaker(*end).find("militaires") != std::string::npos);
}

TEST_CASE("a name written with a lower-case particle speaks") {
    const Analyzed r("Le ministre Karim al-Masri est arrivé lundi. S'adressant aux investisseurs, al-Masri a lancé une "
                     "invitation : « Nos ports vous sont ouverts. »");
    const Quote* q = r.quote("Nos ports vous sont ouverts.");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Karim al-Masri");
}

TEST_CASE("a demonstrative time between a postposed cue and its subject: 'ce dimanche', 'ce matin'") {
    const Analyzed r("La piscine restera fermée tout l'été, a annoncé ce dimanche la maire de Quimper, Anne Keraudren.\n"
                     "Les travaux commenceront en septembre, a précisé ce matin son adjoint, Paul Le Goff.");
    const Quote* pool = r.quote("La piscine restera fermée");
    REQUIRE(pool);
    CHECK(r.speaker(*pool) == "Anne Keraudren");
    const Quote* works = r.quote("Les travaux commenceront en septembre");
    REQUIRE(works);
    CHECK(r.speaker(*works) == "Paul Le Goff");
}

TEST_CASE("an indefinite pronoun after the cue speaks: 'l'un d'entre eux', 'l'une des ouvrières', 'certains'") {
    const Analyzed r("Deux cents salariés se sont rassemblés devant l'usine. « J'ai travaillé trente ans ici », explique "
                     "l'un d'entre eux. « Je ne sais pas ce que je vais faire », ajoute l'une des ouvrières. « On nous a "
                     "menti », lancent certains.");
    const Quote* thirty = r.quote("J'ai travaillé trente ans ici");
    REQUIRE(thirty);
    CHECK(r.speaker(*thirty).find("un d'entre eux") != std::string::npos);
    const Quote* next = r.quote("Je ne sais pas ce que je vais faire");
    REQUIRE(next);
    CHECK(r.speaker(*next).find("des ouvrières") != std::string::npos);
    const Quote* lied = r.quote("On nous a menti");
    REQUIRE(lied);
    CHECK(r.speaker(*lied) == "certains");
}

TEST_CASE("an adverb alone before an inverted cue is no report; the quotation after it is") {
    const Analyzed r("Odile Marchand tient la mercerie. Pourtant, reconnaît-elle, « je ne m'en sors plus ».");
    CHECK(r.quote("Pourtant") == nullptr);
    const Quote* q = r.quote("je ne m'en sors plus");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Odile Marchand");
}

TEST_CASE("'Pour X' with the group and the place of X before its comma") {
    const Analyzed r("Odile Marchand a pris la parole. Pour la présidente du groupe La Gauche unie au conseil "
                     "municipal, « rien n'est réglé ».");
    const Quote* q = r.quote("rien n'est réglé");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Odile Marchand");
}

TEST_CASE("a sentence that only names the object of a report introduces no speaker") {
    const Analyzed r("« Le procès est joué d'avance », a déclaré Paul Roy, l'avocat qui défend Marc Olier. « Nous "
                     "ferons appel. »");
    const Quote* q = r.quote("Nous ferons appel.");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Paul Roy");
}

TEST_CASE("a quotation as a subhead is the words of the person the next paragraph introduces") {
    const Analyzed r("La sécheresse frappe les fermes du canton.\n\n"
                     "« Mes bêtes n'ont plus rien à boire »\n\n"
                     "Julien Morel doit porter de l'eau à ses vaches chaque matin.\n\n"
                     "« On ne s'en sortira pas seuls »\n\n"
                     "Lucas Perrin\n\n"
                     "Le canton a demandé une aide à l'État.");
    const Quote* q = r.quote("Mes bêtes n'ont plus rien à boire");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Julien Morel");
    const Quote* byline = r.quote("On ne s'en sortira pas seuls");
    REQUIRE(byline);
    CHECK(r.speaker(*byline) != "Lucas Perrin");
}

TEST_CASE("an object pronoun between the subject and its cue") {
    const Analyzed r("Paule Garnier, présidente de la commune, nous explique : « Nous avons un plan d'évacuation. »\n"
                     "Le maire Henri Lassalle lui a répondu que la route resterait fermée.");
    const Quote* plan = r.quote("Nous avons un plan d'évacuation.");
    REQUIRE(plan);
    CHECK(r.speaker(*plan) == "Paule Garnier");
    const Quote* road = r.quote("la route resterait fermée");
    REQUIRE(road);
    CHECK(r.speaker(*road) == "Henri Lassalle");
}

TEST_CASE("a relative by marriage named with her name is a person a pronoun may point to") {
    const Analyzed r("Rose Vidal, 80 ans, a vu sa cave inondée dans la nuit. Sa belle-fille Inès est venue vider l'eau. "
                     "« Tout était sous la boue », témoigne-t-elle.");
    const Quote* q = r.quote("Tout était sous la boue");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Inès");
}

TEST_CASE("a role that opens the clause, then its holder's name between commas, is the subject of the cue") {
    const Analyzed r("Le directeur de la coopérative Les Vergers, Paul Simoneau, invoque la météo capricieuse pour "
                     "justifier la hausse des prix.");
    const Quote* q = r.quote("la météo capricieuse");
    REQUIRE(q);
    CHECK(q->text.find("Simoneau") == std::string::npos);
    CHECK(r.speaker(*q) == "Paul Simoneau");
}

TEST_CASE("'d'ailleurs' between the verb and its object, or between the auxiliary and the participle") {
    const Analyzed r("L'avocate Julie Morel réclame d'ailleurs un report de l'audience.\n"
                     "Le témoin Marc Leroy a d'ailleurs réclamé une nouvelle expertise.");
    const Quote* delay = r.quote("un report de l'audience");
    REQUIRE(delay);
    CHECK(r.speaker(*delay) == "Julie Morel");
    const Quote* expertise = r.quote("une nouvelle expertise");
    REQUIRE(expertise);
    CHECK(r.speaker(*expertise) == "Marc Leroy");
}

TEST_CASE("'ce dernier' as a subject is the last one named of its gender, subject or not") {
    const Analyzed r("Le juge Henri Vasseur a entendu le prévenu, Bruno Caillet, puis l'experte Anne Royer. "
                     "Ce dernier réclame d'ailleurs une contre-expertise.");
    const Quote* q = r.quote("une contre-expertise");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Bruno Caillet");
}

TEST_CASE("a name, then a bare role that ends on a group's name, before the cue: the name speaks") {
    const Analyzed r("Hélène Marchal, cheffe de file du groupe d'opposition Valbourg Demain accuse le maire "
                     "d'improvisation et critique sa gestion des crues.\n"
                     "Paul Roux, chef de file du groupe Valbourg Avenir, dénonce un budget sans ambition.");
    const Quote* blame = r.quote("le maire d'improvisation");
    REQUIRE(blame);
    CHECK(r.speaker(*blame) == "Hélène Marchal");
    const Quote* floods = r.quote("sa gestion des crues");
    REQUIRE(floods);
    CHECK(r.speaker(*floods) == "Hélène Marchal");
    const Quote* budget = r.quote("un budget sans ambition");
    REQUIRE(budget);
    CHECK(budget->text.find("Roux") == std::string::npos);
    CHECK(r.speaker(*budget) == "Paul Roux");
}

TEST_CASE("a report that ends on a colon and a quotation: the words before it reported, the quotation quoted") {
    const Analyzed r("Selon la directrice Anne Royer, les travaux sont indispensables : « Sans eux, l'école devra fermer. »");
    const Quote* works = r.quote("les travaux sont indispensables");
    REQUIRE(works);
    CHECK(works->kind == QuoteKind::indirect);
    CHECK(works->text.find("école") == std::string::npos);
    const Quote* school = r.quote("l'école devra fermer");
    REQUIRE(school);
    CHECK(school->kind == QuoteKind::direct);
    CHECK(r.speaker(*school) == "Anne Royer");
}

TEST_CASE("'selon X,' in mid-sentence after 'Or' or 'qui': the report follows its source") {
    const Analyzed r("Le maire promet une réouverture rapide. Or, selon la préfecture, les travaux dureront encore deux "
                     "ans. Les commerçants ont baissé leurs rideaux à cause du chantier, qui selon eux, nuit déjà à "
                     "leurs ventes.");
    const Quote* works = r.quote("les travaux dureront encore deux ans");
    REQUIRE(works);
    CHECK(works->text.find("Or") == std::string::npos);
    CHECK(r.speaker(*works) == "préfecture");
    const Quote* sales = r.quote("nuit déjà à leurs ventes");
    REQUIRE(sales);
    CHECK(sales->cue == "selon");
    CHECK(sales->text.find("rideaux") == std::string::npos);
}

TEST_CASE("a proposal to someone to do something, and a warning to someone against something") {
    const Analyzed r("Lors de la réunion, la maire Claire Morand a proposé aux riverains de participer au choix des "
                     "arbres. Le préfet Henri Lassalle a mis en garde les promeneurs contre toute baignade dans le lac.");
    const Quote* trees = r.quote("aux riverains de participer au choix des arbres");
    REQUIRE(trees);
    CHECK(r.speaker(*trees) == "Claire Morand");
    const Quote* lake = r.quote("les promeneurs contre toute baignade");
    REQUIRE(lake);
    CHECK(r.speaker(*lake) == "Henri Lassalle");
}

TEST_CASE("a name that ends a participle aside between the subject and its cue is not the speaker") {
    const Analyzed r("Les élus de la vallée, réunis depuis lundi à l'invitation de la préfète Anne Royer, ont réclamé un "
                     "plan de prévention des crues.");
    const Quote* q = r.quote("un plan de prévention des crues");
    REQUIRE(q);
    CHECK(r.speaker(*q) != "Anne Royer");
    CHECK(r.speaker(*q).find("élus") != std::string::npos);
}

TEST_CASE("a relative aside with a cue of its own: the cue after it keeps the subject before the aside") {
    const Analyzed r("La préfecture, qui a annoncé 71 blessés dans ses services, a proposé de fermer les écoles.");
    const Quote* toll = r.quote("71 blessés");
    REQUIRE(toll);
    CHECK(r.speaker(*toll) == "préfecture");
    const Quote* schools = r.quote("fermer les écoles");
    REQUIRE(schools);
    CHECK(r.speaker(*schools) == "préfecture");
}

TEST_CASE("a verb that leads to a reporting verb's infinitive: the report is the infinitive's") {
    const Analyzed r("La directrice, Hélène Brunet, a tenu à préciser que les cours reprendraient lundi.\n"
                     "Les parents d'élèves continuent de réclamer davantage de surveillants.\n"
                     "Le maire Gilles Roussel n'a pas manqué de souligner que la commune avait tout financé.\n"
                     "La préfecture vient d'annoncer que la route restera fermée.");
    const Quote* lessons = r.quote("les cours reprendraient lundi");
    REQUIRE(lessons);
    CHECK(lessons->cue == "a tenu à préciser");
    CHECK(r.speaker(*lessons) == "Hélène Brunet");
    const Quote* staff = r.quote("davantage de surveillants");
    REQUIRE(staff);
    CHECK(staff->cue == "continuent de réclamer");
    const Quote* funding = r.quote("la commune avait tout financé");
    REQUIRE(funding);
    CHECK(r.speaker(*funding) == "Gilles Roussel");
    const Quote* road = r.quote("la route restera fermée");
    REQUIRE(road);
    CHECK(road->cue == "vient d'annoncer");
}

TEST_CASE("'vouloir dire' means, it does not report") {
    const Analyzed r("Une baisse des ventes ne veut pas dire que la boutique fermera.");
    CHECK_FALSE(r.quote("la boutique fermera"));
}

TEST_CASE("the network a speaker posts on is no part of the speaker's name") {
    const Analyzed r("« Nous ne céderons rien », a écrit sur Facebook Damien Lefort.\n"
                     "« Le calendrier sera tenu », a assuré sur X le Premier ministre.");
    const Quote* yield = r.quote("Nous ne céderons rien");
    REQUIRE(yield);
    CHECK(r.speaker(*yield) == "Damien Lefort");
    const Quote* calendar = r.quote("Le calendrier sera tenu");
    REQUIRE(calendar);
    CHECK(r.speaker(*calendar).find("Premier ministre") != std::string::npos);
}

TEST_CASE("shouted, chanted, thanked and paid tribute to are reports too") {
    const Analyzed r("« Pas un euro de moins ! », scandent les grévistes.\n"
                     "« Arrêtez ! », a hurlé une passante.\n"
                     "Le président du club, Yves Carrel, a remercié les bénévoles et a rendu hommage aux joueurs blessés.");
    const Quote* chant = r.quote("Pas un euro de moins");
    REQUIRE(chant);
    CHECK(chant->cue == "scandent");
    REQUIRE(r.quote("Arrêtez"));
    const Quote* thanks = r.quote("les bénévoles");
    REQUIRE(thanks);
    CHECK(r.speaker(*thanks) == "Yves Carrel");
    const Quote* tribute = r.quote("aux joueurs blessés");
    REQUIRE(tribute);
    CHECK(r.speaker(*tribute) == "Yves Carrel");
}

TEST_CASE("a party in parentheses between the subject and its cue") {
    const Analyzed r("Lors du conseil, Martine Vasseur (Écologistes et citoyens) a regretté que le parc reste fermé.");
    const Quote* q = r.quote("le parc reste fermé");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Martine Vasseur");
}

TEST_CASE("an aside that only sets the subject off does not make the subject a report") {
    const Analyzed r("Le conseil a voté le budget. Claude Verdier, lui, a dénoncé une hausse injustifiée des tarifs.\n"
                     "Anna Moreau, à son tour, a exprimé la volonté du club de rester en ville.");
    CHECK_FALSE(r.quote("Claude Verdier, lui"));
    const Quote* rates = r.quote("une hausse injustifiée des tarifs");
    REQUIRE(rates);
    CHECK(r.speaker(*rates) == "Claude Verdier");
    const Quote* club = r.quote("la volonté du club");
    REQUIRE(club);
    CHECK(r.speaker(*club) == "Anna Moreau");
}

TEST_CASE("'selon X' with no comma: before its report, or after it with the source's role") {
    const Analyzed r("Selon Paul Garnier les bénévoles ont distribué mille repas.\n"
                     "Le camion roulait trop vite selon Irène Vidal, la directrice de l'école.\n"
                     "Le chantier a pris du retard selon les règles de l'appel d'offres.");
    const Quote* meals = r.quote("les bénévoles ont distribué mille repas");
    REQUIRE(meals);
    CHECK(r.speaker(*meals) == "Paul Garnier");
    const Quote* lorry = r.quote("Le camion roulait trop vite");
    REQUIRE(lorry);
    CHECK(r.speaker(*lorry) == "Irène Vidal");
    CHECK_FALSE(r.quote("Le chantier a pris du retard"));
}

TEST_CASE("a source followed by a relative clause with a cue of its own keeps both reports") {
    const Analyzed r("Une décision « irresponsable », selon Odile Marchand qui a réclamé « un moratoire immédiat ».");
    const Quote* decision = r.quote("Une décision");
    REQUIRE(decision);
    CHECK(r.speaker(*decision) == "Odile Marchand");
    const Quote* moratorium = r.quote("un moratoire immédiat");
    REQUIRE(moratorium);
    CHECK(r.speaker(*moratorium) == "Odile Marchand");
}

TEST_CASE("'si l'on en croit X' and 'comme l'explique X' name the source of a report") {
    const Analyzed r("La boutique n'est pas un cas isolé, si l'on en croit Sandrine Perrot.\n"
                     "Comme l'explique le commandant Hugo Lenoir, la digue a cédé dans la nuit.");
    const Quote* shop = r.quote("La boutique n'est pas un cas isolé");
    REQUIRE(shop);
    CHECK(r.speaker(*shop) == "Sandrine Perrot");
    const Quote* dyke = r.quote("la digue a cédé dans la nuit");
    REQUIRE(dyke);
    CHECK(r.speaker(*dyke) == "Hugo Lenoir");
}

TEST_CASE("a subject, then a quotation that opens on its reporting verb") {
    const Analyzed r("Au téléphone, la ministre Agathe Rivière « a condamné une attaque lâche et préméditée ».\n"
                     "La mairie « n'a rien prévu ».");
    const Quote* attack = r.quote("a condamné une attaque");
    REQUIRE(attack);
    CHECK(attack->kind == QuoteKind::direct);
    CHECK(r.speaker(*attack) == "Agathe Rivière");
    // With no reporting verb, the quoted words are still the subject's, in a sentence of theirs.
    const Quote* nothing = r.quote("n'a rien prévu");
    REQUIRE(nothing);
    CHECK(nothing->kind == QuoteKind::mixed);
    CHECK(r.speaker(*nothing) == "mairie");
}

TEST_CASE("an interview: each answer to a question is the interviewee's quotation") {
    const Analyzed r("La navigatrice Inès Carrel rentre d'un tour du monde en solitaire. Inès Carrel a répondu à nos "
                     "questions.\n"
                     "Qu'avez-vous ressenti en franchissant la ligne ?\n"
                     "Un immense soulagement. Je n'avais pas dormi depuis deux jours.\n"
                     "La tempête du Pacifique a-t-elle été le pire moment ?\n"
                     "Oui, de loin. J'ai cru perdre le mât.\n"
                     "Quels sont vos projets ?\n"
                     "Je pense que je vais d'abord me reposer.\n");
    const Quote* relief = r.quote("Un immense soulagement");
    REQUIRE(relief);
    CHECK(relief->kind == QuoteKind::direct);
    CHECK(r.speaker(*relief) == "Inès Carrel");
    const Quote* storm = r.quote("J'ai cru perdre le mât");
    REQUIRE(storm);
    CHECK(r.speaker(*storm) == "Inès Carrel");
    const Quote* rest = r.quote("Je pense que je vais d'abord me reposer");
    REQUIRE(rest);
    CHECK(rest->kind == QuoteKind::direct);
    CHECK_FALSE(r.quote("Qu'avez-vous ressenti"));
}

TEST_CASE("questions a report asks itself are no interview") {
    const Analyzed r("Pourquoi la ligne ferme-t-elle ?\n"
                     "Les travaux doivent durer trois mois, a indiqué la directrice, Laure Simon.\n"
                     "Et ensuite ?\n"
                     "Le trafic reprendra en juin.\n");
    CHECK_FALSE(r.quote("Le trafic reprendra en juin"));
}

TEST_CASE("a lone given name is a person of that gender, for the pronoun of a later cue") {
    const Analyzed r("Dans la rue du Port, la boue a tout envahi. Plus loin, Gérard vide sa cave avec ses voisins. "
                     "« On n'a jamais vu ça », dit-il.\n"
                     "Devant la mairie, Sylviane attend depuis le matin. « Personne ne nous a prévenus », "
                     "regrette-t-elle.");
    const Quote* never = r.quote("On n'a jamais vu ça");
    REQUIRE(never);
    CHECK(r.speaker(*never) == "Gérard");
    const Quote* warned = r.quote("Personne ne nous a prévenus");
    REQUIRE(warned);
    CHECK(r.speaker(*warned) == "Sylviane");
    const Entity* sylviane = r.entity("Sylviane");
    REQUIRE(sylviane);
    CHECK(sylviane->type == EntityType::person);
}

TEST_CASE("a first name cut to its initial is the person named in full, before or after") {
    const Analyzed r("Selon R. Delmas, la digue tiendra. Le maire Romain Delmas a ajouté que les travaux finiraient en mai.\n"
                     "Lucie Andrieu a pris la parole. « Nous resterons », a dit L.Andrieu.");
    const Quote* dyke = r.quote("la digue tiendra");
    const Quote* works = r.quote("les travaux finiraient en mai");
    REQUIRE(dyke);
    REQUIRE(works);
    CHECK(r.speaker(*dyke) == "Romain Delmas");
    CHECK(r.speaker(*works) == "Romain Delmas");
    const Quote* stay = r.quote("Nous resterons");
    REQUIRE(stay);
    CHECK(r.speaker(*stay) == "Lucie Andrieu");
}

TEST_CASE("the narrative infinitive: 'Et X d'ajouter que …' and 'Et de conclure que …'") {
    const Analyzed r("« Le chantier avance », a assuré Hervé Calmet. Et d'ajouter que la piscine rouvrira en mars.\n"
                     "La séance a duré trois heures. Et la présidente du club, Nadia Ferrand, de conclure que le budget "
                     "était tenu.\n"
                     "Le vote est prévu jeudi et de nombreux élus doivent y assister.");
    const Quote* pool = r.quote("la piscine rouvrira en mars");
    REQUIRE(pool);
    CHECK(r.speaker(*pool) == "Hervé Calmet");
    const Quote* budget = r.quote("le budget était tenu");
    REQUIRE(budget);
    CHECK(r.speaker(*budget) == "Nadia Ferrand");
    CHECK_FALSE(r.quote("doivent y assister"));
}

TEST_CASE("asides between the auxiliary and its participle, and between the cue and 'que'") {
    const Analyzed r("Le conseil a voté. Sophie Reynaud a, elle aussi, dénoncé une hausse des loyers.\n"
                     "Le préfet, Marc Olivier, a déclaré mardi soir, à l'issue d'une réunion de crise, que la route "
                     "resterait fermée.");
    const Quote* rents = r.quote("une hausse des loyers");
    REQUIRE(rents);
    CHECK(r.speaker(*rents) == "Sophie Reynaud");
    CHECK_FALSE(r.quote("Sophie Reynaud a"));
    const Quote* road = r.quote("la route resterait fermée");
    REQUIRE(road);
    CHECK(r.speaker(*road) == "Marc Olivier");
    CHECK_FALSE(r.quote("à l'issue d'une réunion"));
}

TEST_CASE("'j'ai dit que' in a witness's own account is no report of someone else") {
    const Analyzed r("Paul Girard raconte :\nQuand je suis arrivé, j'ai dit que je resterais jusqu'au bout.");
    for (const Quote& q : r.a().quotes) CHECK(q.text != "je resterais jusqu'au bout");
}

TEST_CASE("'C'est ce qu'a déclaré X' after a sentence with no quotation marks reports that sentence") {
    const Analyzed r("Aucun obstacle ne s'oppose plus à la fusion des deux communes. C'est ce qu'a déclaré le maire, "
                     "Joël Paquet, lundi soir.");
    const Quote* q = r.quote("Aucun obstacle ne s'oppose plus à la fusion");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(r.speaker(*q) == "Joël Paquet");
}

TEST_CASE("a relative clause with no commas between a named subject and its cue") {
    const Analyzed r("Gisèle Amrani qui tient la boulangerie depuis vingt ans raconte comment la rue s'est vidée.");
    const Quote* q = r.quote("comment la rue s'est vidée");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Gisèle Amrani");
}

TEST_CASE("the shopkeeper, the resident, our interlocutor: the person just named, even with a role") {
    const Analyzed r("Martine Cazals, présidente de l'union des commerçants, a vu les ventes baisser. « La rue se "
                     "vide », note la commerçante.");
    const Quote* q = r.quote("La rue se vide");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Martine Cazals");
}

TEST_CASE("a demonstrative role points back, a role met alone is the person later named with it, and 'Lorsque' is no name") {
    const Analyzed r("La présidente de la fédération salue la décision.\n"
                     "La présidente de la fédération Irène Castagne a salué, mercredi, un accord « historique ».\n"
                     "Lorsque Bruno Vidalenc, éleveur à Saint-Flour, ouvre sa grange, le foin manque. « Le stock est "
                     "vide », déplore cet éleveur de 41 ans.");
    const Quote* deal = r.quote("historique");
    REQUIRE(deal);
    CHECK(r.speaker(*deal) == "Irène Castagne");
    const Quote* title = r.quote("la décision");
    REQUIRE(title);
    CHECK(r.speaker(*title) == "Irène Castagne");
    const Quote* stock = r.quote("Le stock est vide");
    REQUIRE(stock);
    CHECK(r.speaker(*stock) == "Bruno Vidalenc");
}

TEST_CASE("a title that ends on a name in parentheses is that person's words, not an agency's") {
    const Analyzed r("La digue ne tiendra pas un hiver de plus (Delorme)\n"
                     "Le maire de Valbourg, Antoine Delorme, a alerté la préfecture lundi.");
    const Quote* dyke = r.quote("La digue ne tiendra pas un hiver de plus");
    REQUIRE(dyke);
    CHECK(r.speaker(*dyke) == "Antoine Delorme");
    const Analyzed agency("Les marchés reculent en Asie (Reuters)\nLes bourses asiatiques ont reculé lundi.");
    CHECK_FALSE(agency.quote("Les marchés reculent"));
}

TEST_CASE("the speaker an incise names inside the quotation marks is the person named before") {
    const Analyzed r("Ces fermetures ne sont pas un cas isolé, si l'on en croit Odile Marchand. La gérante de la "
                     "librairie du port parle d'un hiver difficile. « Les travaux ont vidé la rue, note la commerçante. "
                     "Les clients ne viennent plus. »");
    const Quote* street = r.quote("Les travaux ont vidé la rue");
    REQUIRE(street);
    CHECK(r.speaker(*street) == "Odile Marchand");
    const Quote* clients = r.quote("Les clients ne viennent plus.");
    REQUIRE(clients);
    CHECK(r.speaker(*clients) == "Odile Marchand");
}

TEST_CASE("a bare role made precise with a name later, and synonyms of one office") {
    const Analyzed site("Les ouvriers ont bloqué l'entrée, tandis que leur directeur confirmait les licenciements. "
                        "« Nous tiendrons parole », a promis le directeur du site, Gilles Aubert.");
    const Quote* layoffs = site.quote("les licenciements");
    REQUIRE(layoffs);
    CHECK(site.speaker(*layoffs) == "Gilles Aubert");
    const Analyzed office("Le premier ministre lituanien Tomas Varnas a jugé que la frontière devait rester ouverte. "
                          "« Nous ne céderons rien », a ajouté le chef du gouvernement lituanien.");
    const Quote* nothing = office.quote("Nous ne céderons rien");
    REQUIRE(nothing);
    CHECK(office.speaker(*nothing) == "Tomas Varnas");
    const Analyzed cinema("Derrière le guichet, sa directrice Anne Keller compte les billets. « La salle est pleine », "
                          "sourit la patronne.");
    const Quote* full = cinema.quote("La salle est pleine");
    REQUIRE(full);
    CHECK(cinema.speaker(*full) == "Anne Keller");
}

TEST_CASE("a title that opens on a speaker's name and a colon or a dash gives that speaker's words") {
    const Analyzed colon("Varnas : pas de paix sans nouvelle Constitution\n"
                         "Devant les députés, Tomas Varnas a confirmé qu'il conditionnait la paix à une réforme.");
    const Quote* peace = colon.quote("pas de paix sans nouvelle Constitution");
    REQUIRE(peace);
    CHECK(colon.speaker(*peace) == "Tomas Varnas");
    const Analyzed dash("Varnas - pas de paix sans nouvelle Constitution\n"
                        "Tomas Varnas a confirmé qu'il conditionnait la paix à une réforme.");
    CHECK(dash.quote("pas de paix sans nouvelle Constitution"));
    // Someone the article is about but who says nothing in it: the title is no quotation.
    const Analyzed about("Léa Morvan : sa nouvelle vie à Lisbonne\n"
                         "Léa Morvan s'est installée à Lisbonne. Son agent a dit qu'elle était heureuse.");
    CHECK_FALSE(about.quote("sa nouvelle vie à Lisbonne"));
}

TEST_CASE("'selon' a source with a portfolio, then a phrase that only describes the source") {
    const Analyzed r("La mairie n'avait validé le dossier qu'à la fin du mois, selon l'adjoint aux Sports Marc Delorme, "
                     "présent hier à la réunion.");
    const Quote* q = r.quote("La mairie n'avait validé le dossier qu'à la fin du mois");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Delorme");
    // An addressee in lower case is no portfolio: the role stops before it.
    const Analyzed press("« Nous tiendrons », a déclaré le porte-parole aux journalistes.");
    const Quote* hold = press.quote("Nous tiendrons");
    REQUIRE(hold);
    CHECK(press.speaker(*hold) == "porte-parole");
}

TEST_CASE("the infinitive of purpose: 'a pris la parole pour dénoncer …' is the subject's report") {
    const Analyzed r("Lors du rassemblement, Hélène Castel, porte-parole du collectif, a pris la parole pour dénoncer "
                     "la fermeture de la maternité.");
    const Quote* q = r.quote("la fermeture de la maternité");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Hélène Castel");
    CHECK(q->cue == "pour dénoncer");
    // Not a verb of protest or demand, not a subject that opens the sentence, not the name a
    // preposition governs.
    CHECK_FALSE(Analyzed("L'actrice Léa Morvan était à Nantes pour défendre son premier film.").quote("son premier film"));
    CHECK_FALSE(Analyzed("Pour rappeler le contexte, le chômage a encore augmenté.").quote("le contexte"));
    const Analyzed place("L'hôpital public a manifesté jeudi dans toute la France pour exiger des moyens.");
    if (const Quote* means = place.quote("des moyens")) CHECK(place.speaker(*means) != "France");
}

TEST_CASE("a counted crowd speaks through its purpose: 'Une centaine de manifestants … pour dénoncer …'") {
    const Analyzed r("Une vingtaine de riverains se sont réunis samedi devant la mairie de Lunel pour dénoncer "
                     "le projet de parking.");
    const Quote* q = r.quote("le projet de parking");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "vingtaine de riverains");
    // A count of counts is one crowd.
    const Analyzed many("Des dizaines de milliers de retraités ont défilé à Lyon pour réclamer une hausse des pensions.");
    const Quote* pensions = many.quote("une hausse des pensions");
    REQUIRE(pensions);
    CHECK(many.speaker(*pensions) == "dizaines de milliers de retraités");
    // A number opening the sentence is no count of people.
    CHECK_FALSE(Analyzed("2026 sera une année chargée pour dénoncer les abus.").quote("les abus"));
}

TEST_CASE("'de' before a plural adjective is an article: 'exigent de meilleures conditions'") {
    const Analyzed r("Le syndicat des cheminots annonce de nouvelles grèves pour la fin du mois.");
    const Quote* q = r.quote("de nouvelles grèves pour la fin du mois");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "syndicat des cheminots");
    const Analyzed strike("Des infirmières se sont mises en grève pour exiger de meilleurs salaires.");
    const Quote* pay = strike.quote("de meilleurs salaires");
    REQUIRE(pay);
    CHECK(strike.speaker(*pay) == "infirmières");
    // "de" before a noun is a complement, not an object: "la police a fait état de tirs".
    CHECK_FALSE(Analyzed("Le maire a annoncé de Paris la fermeture du marché.").quote("de Paris la fermeture du marché"));
}

TEST_CASE("a question, then 'Name: answer': the answer is that person's words") {
    const Analyzed r("Le préfet Marc Aubry a reçu les maires vendredi.\n"
                     "Quel est le problème avec les vingt communes du district?\n"
                     "Marc Aubry: Les compétences sont parties à l'échelon régional depuis longtemps.");
    const Quote* q = r.quote("Les compétences sont parties à l'échelon régional depuis longtemps.");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::direct);
    CHECK(r.speaker(*q) == "Marc Aubry");
}

TEST_CASE("'Pour X, …' after the colon of a heading") {
    const Analyzed r("La fusion divise.\nFusion des communes: Pour le préfet, « le statu quo n'est pas tenable »\n"
                     "Les habitants voteront en juin.");
    const Quote* q = r.quote("le statu quo n'est pas tenable");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "préfet");
    CHECK_FALSE(Analyzed("Il a donné trois raisons: pour la santé, pour le climat et pour le budget.").quote("le climat"));
}

TEST_CASE("a speaker described by a phrase starts after a conjunction or a subordinator") {
    // Before the fix the speaker was "Certains parlent de crise durable quand d'autres": a verb
    // and a subordinator inside a speaker's name.
    const Analyzed r("Certains parlent de crise durable quand d'autres évoquent une simple pause.");
    for (const Quote& q : r.a().quotes) CHECK(r.speaker(q).find("parlent") == std::string::npos);
}

TEST_CASE("one surname in two transliterations in one article is one person") {
    const Analyzed r("Le ministre Artur Hovhannissian a signé l'accord lundi. Hovhannisyan a déclaré que la route "
                     "rouvrirait en mai.");
    const Quote* q = r.quote("la route rouvrirait en mai");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Artur Hovhannissian");
}

TEST_CASE("a role with a country after 'en', a second role after 'et', and a long role before its name") {
    const Analyzed envoy("« Nous avons compris », a déclaré l'ambassadeur de l'Union européenne en Moldavie Pavel Lanski.");
    const Quote* understood = envoy.quote("Nous avons compris");
    REQUIRE(understood);
    CHECK(envoy.speaker(*understood) == "Pavel Lanski");
    const Analyzed jury("« Chaque film porte une culture », a déclaré le cinéaste hongrois et président du jury, Lajos Varga.");
    const Quote* film = jury.quote("Chaque film porte une culture");
    REQUIRE(film);
    CHECK(jury.speaker(*film) == "Lajos Varga");
    const Analyzed council("Les troupes se sont retirées, a annoncé le secrétaire du Conseil de sécurité moldave Ion Ciobanu.");
    const Quote* troops = council.quote("Les troupes se sont retirées");
    REQUIRE(troops);
    CHECK(council.speaker(*troops) == "Ion Ciobanu");
}

TEST_CASE("past an opening phrase, a name and its role between commas is the subject of the cue") {
    const Analyzed r("Entourée des élus du canton, Claire Vidal, maire de Valbourg, a rappelé l'importance de la "
                     "fête. « Ce moment compte pour nous tous. »");
    const Quote* moment = r.quote("Ce moment compte pour nous tous.");
    REQUIRE(moment);
    CHECK(r.speaker(*moment) == "Claire Vidal");
    for (const Quote& q : r.a().quotes) CHECK(q.text.find("Entourée") == std::string::npos);
}

TEST_CASE("a reason or a purpose after the reported clause is part of the report") {
    const Analyzed r("Le délégué Marc Fayol mentionne que le syndicat a posé les affiches parce que la direction avait "
                     "refusé de le recevoir.");
    const Quote* q = r.quote("le syndicat a posé les affiches");
    REQUIRE(q);
    CHECK(q->text.find("la direction avait refusé de le recevoir") != std::string::npos);
    // A contrast by the narrator still ends the report.
    const Analyzed contrast("Le maire Paul Roy a assuré que la route rouvrirait lundi, alors que les travaux n'ont pas commencé.");
    const Quote* road = contrast.quote("la route rouvrirait lundi");
    REQUIRE(road);
    CHECK(road->text.find("travaux") == std::string::npos);
}

TEST_CASE("a list of quotations after a colon: every one is a quotation") {
    const Analyzed chant("Les grévistes scandaient : « Des salaires », « Du respect » et « Des embauches ». Le cortège est parti.");
    for (const char* words : {"Des salaires", "Du respect", "Des embauches"}) {
        CAPTURE(words);
        const Quote* q = chant.quote(words);
        REQUIRE(q);
        CHECK(chant.speaker(*q) == "grévistes");
    }
    const Analyzed signs("Épinglées sur leurs blouses, leurs demandes : « Plus de lits », « Moins d'attente »… La grève a duré "
                         "deux heures.");
    const Quote* beds = signs.quote("Plus de lits");
    REQUIRE(beds);
    CHECK(signs.speaker(*beds) != "Épinglées");
    CHECK(signs.quote("Moins d'attente"));
}

TEST_CASE("'comme il l'a rappelé': an incise whose subject stands before its object pronoun") {
    const Analyzed after("La ministre Anne Caradec était à Rennes. La réforme sera votée en juin, comme elle l'a rappelé lundi.");
    const Quote* reform = after.quote("La réforme sera votée en juin");
    REQUIRE(reform);
    CHECK(after.speaker(*reform) == "Anne Caradec");
    const Analyzed opening("Comme le maire Jean Roux l'a annoncé, la route restera fermée tout l'hiver.");
    const Quote* road = opening.quote("la route restera fermée tout l'hiver");
    REQUIRE(road);
    CHECK(opening.speaker(*road) == "Jean Roux");
    // "comme il l'a fait" reports nothing: "faire" is no cue.
    CHECK(Analyzed("Il a réparé le toit, comme il l'a fait chaque année.").a().quotes.empty());
}

TEST_CASE("a quotation with no cue and nobody speaking before is the one person its paragraph names") {
    const std::string farm =
        "Claire Dumas a repris la ferme familiale en 2015.\n"
        "Le village compte trois cents habitants et une école.\n"
        "Claire Dumas trait ses chèvres à l'aube. Elle vend ses fromages au marché. « Le lait ne paie plus. »";
    const Analyzed r(farm);
    const Quote* milk = r.quote("Le lait ne paie plus");
    REQUIRE(milk);
    CHECK(r.speaker(*milk) == "Claire Dumas");
    // Two people named in the paragraph: either may have said it.
    const Analyzed two("Claire Dumas a repris la ferme familiale en 2015 avec Paul Girard.\n"
                       "Le village compte trois cents habitants et une école.\n"
                       "Claire Dumas et Paul Girard traient leurs chèvres à l'aube. « Le lait ne paie plus. »");
    const Quote* q = two.quote("Le lait ne paie plus");
    REQUIRE(q);
    CHECK(two.speaker(*q) == "");
}

TEST_CASE("a colon that ends a paragraph introduces the quotation opening the next") {
    const Analyzed r("Le conseil municipal s'est réuni lundi soir.\n"
                     "Le maire, Gérard Vallet, garde un autre souvenir de la séance :\n"
                     "« Personne n'a été empêché de parler. »");
    const Quote* q = r.quote("Personne n'a été empêché");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Gérard Vallet");
}

TEST_CASE("a sentence that announces a statement gives its subject the quotation after it") {
    const Analyzed r("La CGT a diffusé un communiqué mardi soir.\n"
                     "« Nous ne reprendrons pas le travail sans garanties écrites. »");
    const Quote* q = r.quote("Nous ne reprendrons pas");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "CGT");
    // The statement itself as the subject names nobody who made it.
    const Analyzed passive("Le communiqué a été diffusé mardi soir.\n"
                           "« Nous ne reprendrons pas le travail sans garanties écrites. »");
    const Quote* p = passive.quote("Nous ne reprendrons pas");
    REQUIRE(p);
    CHECK(passive.speaker(*p) == "");
}

TEST_CASE("a quotation heard by a witness, inside the witness's own, is a quotation of its own") {
    const Analyzed r("« Des jeunes couraient dans la rue, ils criaient : “Fermez les volets !” J'ai répondu : “Rentrez chez vous.” "
                     "Personne n'a écouté », raconte Lucien Barre, 80 ans.");
    const Quote* outer = r.opening("Des jeunes couraient");
    const Quote* shout = r.opening("Fermez les volets");
    const Quote* answer = r.opening("Rentrez chez vous");
    REQUIRE(outer);
    REQUIRE(shout);
    REQUIRE(answer);
    CHECK(shout->text == "Fermez les volets !");
    CHECK(r.speaker(*outer) == "Lucien Barre");
    // In the first person, the heard words are the witness's own.
    CHECK(r.speaker(*answer) == "Lucien Barre");
    CHECK(r.speaker(*shout) != "Lucien Barre");
    // Marks inside a quotation with no colon before them are a title or a word held at a distance.
    const Analyzed held("« Ce “plan de sauvetage” ne sauve personne », estime Lucien Barre.");
    CHECK(held.a().quotes.size() == 1);
}

TEST_CASE("one quotation after a colon, its sentence going on after a comma, is the named subject's") {
    const Analyzed r("Mme Berthier a donné son avis mardi : « pas avant l'automne », et elle a quitté la salle.");
    const Quote* q = r.quote("pas avant l'automne");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::direct);
    CHECK(r.speaker(*q) == "Berthier");
    // Nobody named to say it: a slogan or a sign, not a quotation.
    CHECK(Analyzed("Le message était simple : « tout doit disparaître », et la foule a suivi.").a().quotes.empty());
}

TEST_CASE("describing a thing or imploring someone names no words said") {
    CHECK(Analyzed("Le guide de haute montagne Paul Morel décrit la situation au col.").a().quotes.empty());
    CHECK(Analyzed("Les paysans du village implorent le ciel depuis trois semaines.").a().quotes.empty());
    const Analyzed r("La maire Anne Collet implore les automobilistes de ralentir devant l'école.");
    const Quote* q = r.quote("ralentir devant l'école");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Anne Collet");
}

TEST_CASE("a report told inside a quotation is a quotation of its own") {
    const Analyzed r("« Le maire nous a annoncé qu'on avait capitulé et que chacun devait partir. J'ai répondu que "
                     "je resterais », raconte Boris Avakian, 81 ans.");
    const Quote* outer = r.opening("Le maire nous a annoncé");
    const Quote* told = r.opening("on avait capitulé");
    REQUIRE(outer);
    REQUIRE(told);
    CHECK(outer->kind == QuoteKind::direct);
    CHECK(told->kind == QuoteKind::indirect);
    CHECK(r.speaker(*outer) == "Boris Avakian");
    CHECK(r.speaker(*told) != "Boris Avakian");
    // What the witness says they said is part of their own quotation already.
    CHECK(r.opening("je resterais") == nullptr);
    // The quotation's own incise reports nothing more.
    const Analyzed incise("« Nous resterons, explique Boris Avakian, jusqu'au bout. »");
    for (const Quote& q : incise.a().quotes) CHECK(q.kind == QuoteKind::direct);
}

TEST_CASE("a source in an aside between a subject and its verb reports the whole clause") {
    const Analyzed r("Le bilan, selon la préfecture du Gard, s'élève à douze morts.");
    const Quote* q = r.quote("Le bilan, selon la préfecture du Gard, s'élève à douze morts");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(r.speaker(*q) == "préfecture du Gard");
    // A description of the source after it ends nothing: the clause before is the report.
    const Analyzed described("Le suspect a été arrêté mardi, selon Maurice Brugger, présent hier à Paris.");
    const Quote* d = described.quote("Le suspect a été arrêté mardi");
    REQUIRE(d);
    CHECK(d->text == "Le suspect a été arrêté mardi");
}

TEST_CASE("a minister's portfolio joined by 'et' is one role") {
    const Analyzed r("Dix hôpitaux sont en situation critique, selon le ministre de la Santé et des Services sociaux.");
    const Quote* q = r.quote("Dix hôpitaux sont en situation critique");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "ministre de la Santé et des Services sociaux");
    // Not a second portfolio: "de nombreux élus" are other people.
    const Analyzed two("Le ministre de la Santé et de nombreux élus ont visité l'hôpital.");
    CHECK(two.entity("ministre de la Santé") != nullptr);
}

TEST_CASE("a sentence opening on a person and their reporting verb names who said the quotation before it") {
    const Analyzed r("« J'étais déjà là en 2012 et jamais je n'aurais pensé revivre cela. » Jérôme Baron se rappelle et soupire.");
    const Quote* q = r.quote("J'étais déjà là en 2012");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Jérôme Baron");
    // A verb that reports what follows it is not the quotation's cue.
    const Analyzed after("La grève entre dans sa troisième semaine. « Nous ne partirons pas. » Jérôme Baron affirme que "
                         "la direction ment.");
    const Quote* first = after.quote("Nous ne partirons pas");
    REQUIRE(first);
    CHECK(after.speaker(*first) != "Jérôme Baron");
}

TEST_CASE("a verb whose own report follows an adverb, an addressee or an infinitive does not report the sentence before") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"La salle était comble dès l'ouverture. Paulette Guérin estime toutefois que la ville aurait dû prévoir plus grand.",
         "la ville aurait dû prévoir"},
        {"Un voisin est venu témoigner lui aussi. Odile Marchal a expliqué à la barre qu'elle connaissait l'accusé depuis dix ans.",
         "elle connaissait l'accusé"},
        {"Le dossier a pris une tournure nouvelle. Le ministre Hervé Lancelot a affirmé avoir reçu les familles mardi.",
         "avoir reçu les familles"},
    };
    for (const auto& one : cases) {
        const Analyzed r(one.first);
        CAPTURE(one.first);
        CHECK(r.quote(one.second));
        CHECK(r.a().quotes.size() == 1);
    }
}

TEST_CASE("a quotation that opens its paragraph is the person the next sentence introduces as its subject") {
    const Analyzed r("« On va étudier, on va comprendre le phénomène. » Le maire de Chailles, Florent Marmagne, a vécu "
                     "sa première grande crue.");
    const Quote* q = r.quote("On va étudier");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Florent Marmagne");
    // Someone named as the object is no speaker.
    const Analyzed object("« Il était temps. » La police a arrêté Jean Dupont mardi.");
    const Quote* o = object.quote("Il était temps");
    REQUIRE(o);
    CHECK(object.speaker(*o) == "");
}

TEST_CASE("the object a cue reports may follow its addressee") {
    const Analyzed r("Une source gouvernementale confirme à ACTUALITE.CD un bilan provisoire de 43 morts.");
    const Quote* q = r.quote("un bilan provisoire de 43 morts");
    REQUIRE(q);
    CHECK(q->text == "un bilan provisoire de 43 morts");
    // With no object after it, the addressee is no report.
    CHECK(Analyzed("Le maire a parlé à la presse un long moment.").a().quotes.empty());
}

TEST_CASE("a gerund after a statement reports what the statement says") {
    const Analyzed r("Me Patrick Viera avait déposé une requête demandant un autre report du procès.");
    const Quote* q = r.quote("un autre report du procès");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Patrick Viera");
    // After a noun that says nothing, a gerund is no report.
    CHECK(Analyzed("Me Patrick Viera a quitté la salle tenant un dossier sous le bras.").a().quotes.empty());
}

TEST_CASE("verbs of court reports and negotiations report what follows them") {
    const Analyzed r("Le procureur Hugo Lenoir a requis deux ans de prison contre l'ancien gérant.\n"
                     "La syndicaliste Ana Ruiz n'exclut pas de durcir le mouvement.\n"
                     "Le directeur, Paul Sorel, a fait part de son inquiétude pour les emplois.\n"
                     "L'accusé a fini par admettre que les contrats étaient trompeurs.");
    const Quote* prison = r.quote("deux ans de prison");
    const Quote* harden = r.quote("durcir le mouvement");
    const Quote* worry = r.quote("son inquiétude pour les emplois");
    const Quote* admits = r.quote("les contrats étaient trompeurs");
    REQUIRE(prison);
    REQUIRE(harden);
    REQUIRE(worry);
    REQUIRE(admits);
    CHECK(r.speaker(*prison) == "Hugo Lenoir");
    CHECK(r.speaker(*harden) == "Ana Ruiz");
    CHECK(r.speaker(*worry) == "Paul Sorel");
    CHECK(r.speaker(*admits) == "accusé");
    // "exclure" reports only an infinitive: what one leaves out is no report; nor is the
    // anonymity a witness asks for.
    CHECK(Analyzed("Le règlement exclut les véhicules anciens du centre-ville.").a().quotes.empty());
    CHECK(Analyzed("Un cadre de l'usine, qui a requis l'anonymat, a quitté la salle.").a().quotes.empty());
}

TEST_CASE("any adverb may stand between an auxiliary and its reporting participle, but a noun may not") {
    const Analyzed r("La banque Valor a pratiquement promis une baisse des frais.\n"
                     "Le syndicat a officiellement annoncé que la grève continuait.");
    const Quote* fees = r.quote("une baisse des frais");
    const Quote* strike = r.quote("la grève continuait");
    REQUIRE(fees);
    REQUIRE(strike);
    CHECK(r.speaker(*fees) == "Valor");
    CHECK(r.speaker(*strike) == "syndicat");
}

TEST_CASE("a source after its report may carry an aside in brackets") {
    const Analyzed r("Un titre\n\nDes milliers de foyers sont privés de courant, selon Lumivolt (le nouveau nom de "
                     "l'ancienne régie), et les routes restent fermées.");
    const Quote* q = r.quote("privés de courant");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Lumivolt");
    CHECK(q->text == "Des milliers de foyers sont privés de courant");
}

TEST_CASE("an incise whose speaker is told more of in a relative clause still cuts the quotation in two") {
    const Analyzed r("« Le carton est sévère, regrette la capitaine Inès Valat, qui venait pourtant de marquer trois buts "
                     "en dix minutes. Je n'ai voulu blesser personne. »");
    const Quote* before = r.quote("Le carton est sévère");
    const Quote* after = r.quote("Je n'ai voulu blesser personne");
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before != after);
    CHECK(before->text.find("trois buts") == std::string::npos);
    CHECK(after->text.find("trois buts") == std::string::npos);
    CHECK(r.speaker(*after) == "Inès Valat");
}

TEST_CASE("a story that opens on someone's words, then a colon and the scene") {
    const Analyzed r("« On charge la voiture et on part tout de suite ! » : dans un quartier de Biscarrosse, les habitants "
                     "remplissent les coffres.\n\n"
                     "« Guerre des prix » : les supermarchés baissent leurs tarifs.");
    const Quote* lede = r.quote("On charge la voiture");
    REQUIRE(lede);
    CHECK(lede->kind == QuoteKind::direct);
    CHECK(lede->text.find("Biscarrosse") == std::string::npos);
    CHECK_FALSE(r.quote("Guerre des prix"));
}

TEST_CASE("a participle set off by commas with no auxiliary before it qualifies a noun, it reports nothing") {
    const Analyzed r("Le gérant du bar, accusé de fraude fiscale, sera jugé en mars.\n\n"
                     "Le maire a qualifié la décision d'injuste et promis de faire appel.");
    CHECK_FALSE(r.quote("de fraude fiscale"));
    const Quote* shared = r.quote("faire appel");
    REQUIRE(shared);
    CHECK(shared->cue == "promis");
}

TEST_CASE("an adverb of frequency between the cue and an infinitive report") {
    const Analyzed r("Le président Marc Delorme a dit à plusieurs reprises être prêt à signer l'accord.\n\n"
                     "Les parents d'élèves, furieux, disent désormais vouloir écrire directement au ministre.");
    const Quote* ready = r.quote("prêt à signer l'accord");
    REQUIRE(ready);
    CHECK(r.speaker(*ready) == "Marc Delorme");
    const Quote* write = r.quote("vouloir écrire directement au ministre");
    REQUIRE(write);
    CHECK(write->cue == "disent");
}

TEST_CASE("'se déclarer' with an attribute reports the speaker's stance; a fire that 'se déclare' somewhere does not") {
    const Analyzed r("La présidente de la banque, Christine Morel, s'est déclarée « très confiante » quant à la baisse "
                     "des prix.\n\n"
                     "Le maire Paul Girard se déclare favorable à une fusion des deux communes.\n\n"
                     "Le feu s'est déclaré vers 2 heures dans un local à poubelles.");
    const Quote* confident = r.quote("très confiante");
    REQUIRE(confident);
    CHECK(confident->kind == QuoteKind::mixed);
    CHECK(r.speaker(*confident) == "Christine Morel");
    const Quote* merger = r.quote("favorable à une fusion");
    REQUIRE(merger);
    CHECK(r.speaker(*merger) == "Paul Girard");
    CHECK_FALSE(r.quote("vers 2 heures"));
}

TEST_CASE("a channel between the cue and an infinitive report") {
    const Analyzed r("L'armée a indiqué dans un communiqué poursuivre son opération dans le nord.\n\n"
                     "Le ministre Alain Fabre a affirmé sur X être prêt à négocier.\n\n"
                     "La mairie a annoncé dans une lettre ouverte que la route restera fermée.");
    const Quote* operation = r.quote("poursuivre son opération");
    REQUIRE(operation);
    CHECK(operation->text.starts_with("poursuivre"));
    const Quote* ready = r.quote("être prêt à négocier");
    REQUIRE(ready);
    CHECK(r.speaker(*ready) == "Alain Fabre");
    const Quote* road = r.quote("la route restera fermée");
    REQUIRE(road);
    CHECK(road->text.find("lettre") == std::string::npos);
}

TEST_CASE("'ne pouvait que se féliciter': a restrictive modal leads to the reporting verb") {
    const Analyzed r("« On est en demi-finale, on va savourer, ne pouvait que se féliciter Paul Martin après le match. "
                     "Il faudra marquer. »\n\n"
                     "La ministre Anne Roy n'a pu que regretter la décision du tribunal.");
    const Quote* after = r.quote("Il faudra marquer");
    REQUIRE(after);
    CHECK(r.speaker(*after) == "Paul Martin");
    CHECK(after->text.find("féliciter") == std::string::npos);
    const Quote* regret = r.quote("la décision du tribunal");
    REQUIRE(regret);
    CHECK(r.speaker(*regret) == "Anne Roy");
}

TEST_CASE("a reporting verb's form right after 'de' is a noun: 'l'agence de presse'") {
    const Analyzed r("L'agence de presse régionale a indiqué mardi que le pont rouvrirait en mars.\n"
                     "Une agence de presse locale presse les élus de trancher avant l'été.");
    const Quote* bridge = r.quote("le pont rouvrirait en mars");
    REQUIRE(bridge);
    CHECK(bridge->cue == "a indiqué");
    CHECK(r.speaker(*bridge) == "agence de presse régionale");
    // The verb after the noun is a cue, and the noun is its subject's.
    const Quote* urge = r.quote("les élus de trancher");
    REQUIRE(urge);
    CHECK(r.speaker(*urge) == "agence de presse locale");
}

TEST_CASE("no report in a consequence the narrator draws, an apology or wishes, nor what one 'témoigne de'") {
    const Analyzed r("Trois syndicats ont quitté la table des négociations, soulignant ainsi leurs divisions.\n\n"
                     "Le maire, Paul Renard, présente ses excuses aux habitants et a présenté ses vœux au personnel.\n\n"
                     "Une résidente témoigne de cette nuit qui l'a marquée ; un voisin est venu témoigner devant la "
                     "cour d'assises de l'Ain.");
    CHECK_FALSE(r.quote("cette nuit qui l'a marquée"));
    CHECK_FALSE(r.quote("la cour d'assises"));
    CHECK_FALSE(r.quote("leurs divisions"));
    CHECK_FALSE(r.quote("ses excuses"));
    CHECK_FALSE(r.quote("ses vœux"));
    // Without "ainsi", the gerund still reports what its subject stresses.
    const Analyzed s("Les syndicats ont quitté la table, soulignant l'urgence d'un accord salarial.");
    REQUIRE(s.quote("l'urgence d'un accord salarial"));
}

TEST_CASE("straight single quotes around words as quotation marks; apostrophes inside words are none") {
    const Analyzed r("Le témoin, un commerçant du quartier, répète 'les freins ont lâché', a rapporté notre envoyé.\n\n"
                     "Aujourd'hui, l'école d'Arvel n'a pas rouvert.");
    const Quote* brakes = r.quote("les freins ont lâché");
    REQUIRE(brakes);
    CHECK(brakes->text.find('\'') == std::string::npos);
    CHECK_FALSE(r.quote("hui, l"));
}

TEST_CASE("'avant de' and a reporting verb: what the same speaker said next") {
    const Analyzed r("La ministre Hélène Carvin a salué l'accord, avant d'ajouter que les discussions reprendraient lundi.\n\n"
                     "« Nous avançons », a insisté le maire Paul Renard, avant de souligner que la commune restait "
                     "ouverte au dialogue.");
    const Quote* deal = r.quote("l'accord");
    const Quote* talks = r.quote("les discussions reprendraient lundi");
    const Quote* open = r.quote("la commune restait ouverte au dialogue");
    REQUIRE(deal);
    REQUIRE(talks);
    REQUIRE(open);
    CHECK(r.speaker(*deal) == "Hélène Carvin");
    CHECK(talks->cue == "avant d'ajouter");
    CHECK(r.speaker(*talks) == "Hélène Carvin");
    CHECK(r.speaker(*open) == "Paul Renard");
}

TEST_CASE("'selon X,' after a few words that set the scene opens the report that follows") {
    const Analyzed r("Par ailleurs, selon les enquêteurs, le véhicule roulait à contresens.\n\n"
                     "En bref, selon le tribunal, le chantier ne présentait aucun intérêt public majeur.");
    const Quote* wrong_way = r.quote("le véhicule roulait à contresens");
    const Quote* court = r.quote("le chantier ne présentait aucun intérêt public majeur");
    REQUIRE(wrong_way);
    REQUIRE(court);
    CHECK(r.speaker(*wrong_way) == "enquêteurs");
    CHECK(r.speaker(*court) == "tribunal");
    CHECK(court->text.find("En bref") == std::string::npos);
}

TEST_CASE("'selon X' set off by commas after a verb: the whole clause is what X says") {
    const Analyzed r("Les trois ministres se sont mis d'accord, selon le communiqué final, sur la nécessité d'envoyer "
                     "dès cette semaine une aide d'urgence aux familles déplacées par les combats du Nord.");
    const Quote* deal = r.quote("se sont mis d'accord");
    REQUIRE(deal);
    CHECK(r.speaker(*deal) == "communiqué final");
    CHECK(deal->text.find("sur la nécessité") != std::string::npos);
    // A description of the source after it is no part of the report.
    const Analyzed described("Le suspect a été arrêté mardi, selon Maurice Brugger, présent hier à Paris.");
    const Quote* d = described.quote("Le suspect a été arrêté mardi");
    REQUIRE(d);
    CHECK(d->text == "Le suspect a été arrêté mardi");
}

TEST_CASE("'prétendre que', and 'conseiller', 'supplier', 'sommer' someone to do something") {
    const Analyzed r("La mairie prétend que le pont est sûr.\n\n"
                     "Le préfet conseille aux habitants de ne pas sortir.\n\n"
                     "Les familles supplient les autorités de rouvrir l'école.\n\n"
                     "Le juge a sommé la société de payer l'amende.");
    const Quote* safe = r.quote("le pont est sûr");
    const Quote* advice = r.quote("de ne pas sortir");
    const Quote* plea = r.quote("de rouvrir l'école");
    const Quote* order = r.quote("de payer l'amende");
    REQUIRE(safe);
    REQUIRE(advice);
    REQUIRE(plea);
    REQUIRE(order);
    CHECK(r.speaker(*safe) == "mairie");
    CHECK(r.speaker(*advice) == "préfet");
    CHECK(r.speaker(*order) == "juge");
}

TEST_CASE("a fire that 's'est déclaré' in a room reports nothing, whatever word ends the place") {
    const Analyzed r("Mardi soir, un feu s'est déclaré dans la chambre d'un élève gendarme adjoint volontaire, au "
                     "troisième étage du bâtiment.");
    CHECK(r.a().quotes.empty());
}

TEST_CASE("an opening mark glued to the last word and followed by a comma closes the quotation") {
    const Analyzed r("« C'est un désastre sans précédent« , a expliqué Paul Renard, maire de la commune. "
                     "« Des centaines de maisons ont été emportées », a ajouté Claire Morand, députée.");
    const Quote* disaster = r.quote("C'est un désastre sans précédent");
    const Quote* houses = r.quote("Des centaines de maisons");
    REQUIRE(disaster);
    REQUIRE(houses);
    CHECK(r.speaker(*disaster) == "Paul Renard");
    CHECK(r.speaker(*houses) == "Claire Morand");
    CHECK(disaster->text.find("centaines") == std::string::npos);
}

TEST_CASE("verbs whose object is what was said: 'minimiser', 'citer', 'vanter', 'contredire'") {
    const Analyzed r("Le porte-parole Paul Renard a minimisé l'ampleur du mouvement.\n\n"
                     "La ministre Claire Morand a cité les accords signés la veille.\n\n"
                     "Le directeur contredit les chiffres du syndicat.");
    const Quote* scale = r.quote("l'ampleur du mouvement");
    const Quote* deals = r.quote("les accords signés la veille");
    const Quote* figures = r.quote("les chiffres du syndicat");
    REQUIRE(scale);
    REQUIRE(deals);
    REQUIRE(figures);
    CHECK(r.speaker(*scale) == "Paul Renard");
    CHECK(r.speaker(*deals) == "Claire Morand");
}

TEST_CASE("a long channel before 'que' and the comma that sloppily follows it still lead to the report") {
    const Analyzed r("La présidente de l'association, Claire Morand, a déclaré jeudi lors de l'assemblée générale de son "
                     "réseau, que la fermeture de la ligne était une erreur.");
    const Quote* error = r.quote("la fermeture de la ligne était une erreur");
    REQUIRE(error);
    CHECK(error->kind == QuoteKind::indirect);
    CHECK(r.speaker(*error) == "Claire Morand");
}

TEST_CASE("the 'que' of a comparison after a cue opens no report, and 'insister sur' reports its object") {
    const Analyzed r("Le ministre Paul Renard a insisté sur le choix de la négociation plutôt que sur la grève.");
    const Quote* choice = r.quote("le choix de la négociation");
    REQUIRE(choice);
    CHECK(r.speaker(*choice) == "Paul Renard");
    CHECK_FALSE(r.opening("sur la grève"));
    CHECK_FALSE(r.opening("la grève"));
}

TEST_CASE("'À', 'A' and 'Au' opening a sentence before 'selon X' are prepositions, not the auxiliary 'a'") {
    const Analyzed r("À la mi-journée, selon la police, trois cents personnes défilaient dans le centre.\n\n"
                     "A Lyon, selon la préfecture, le cortège comptait mille manifestants.\n\n"
                     "Au départ du cortège, selon les organisateurs, la foule était plus dense.");
    const Quote* noon = r.quote("trois cents personnes défilaient");
    const Quote* lyon = r.quote("le cortège comptait mille manifestants");
    const Quote* start = r.quote("la foule était plus dense");
    REQUIRE(noon);
    REQUIRE(lyon);
    REQUIRE(start);
    CHECK(r.speaker(*noon) == "police");
    CHECK(r.speaker(*lyon) == "préfecture");
    CHECK(r.speaker(*start) == "organisateurs");
}

TEST_CASE("linking adverbials between the auxiliary and the participle: 'a, en outre, précisé', 'a lui-même évoqué'") {
    const Analyzed r("Le maire Paul Renard a annoncé la fermeture du pont. Il a, en outre, précisé que les travaux "
                     "dureraient trois mois.\n\n"
                     "La ministre Claire Morand a en revanche estimé que le calendrier restait tenable.\n\n"
                     "Le directeur Marc Dubreuil a lui-même évoqué « une erreur de calcul » dans le budget.");
    const Quote* works = r.quote("les travaux dureraient trois mois");
    const Quote* schedule = r.quote("le calendrier restait tenable");
    const Quote* error = r.quote("une erreur de calcul");
    REQUIRE(works);
    REQUIRE(schedule);
    REQUIRE(error);
    CHECK(r.speaker(*works) == "Paul Renard");
    CHECK(r.speaker(*schedule) == "Claire Morand");
    CHECK(r.speaker(*error) == "Marc Dubreuil");
}

TEST_CASE("a relative after a name reports for that name and ends the clause before it") {
    const Analyzed r("La mairie a jugé « sans fondement » les critiques de l'association Vélo Libre (AVL), qui a "
                     "affirmé que la piste était dangereuse.\n\n"
                     "Le syndicat a salué l'annonce du ministre Paul Renard, qui s'est dit la veille prêt à rouvrir "
                     "les négociations.\n\n"
                     "Mardi, l'association Terre Vive a publié un rapport qui affirme que la nappe est polluée.");
    const Quote* critics = r.quote("sans fondement");
    const Quote* danger = r.quote("la piste était dangereuse");
    const Quote* ready = r.quote("prêt à rouvrir les négociations");
    const Quote* water = r.quote("la nappe est polluée");
    REQUIRE(critics);
    REQUIRE(danger);
    REQUIRE(ready);
    REQUIRE(water);
    CHECK(critics->text.find("piste") == std::string::npos);
    CHECK(r.speaker(*critics) == "mairie");
    CHECK(r.speaker(*danger) == "Vélo Libre");
    CHECK(r.speaker(*ready) == "Paul Renard");
    CHECK(r.speaker(*water) == "Terre Vive");
}

TEST_CASE("a report passed on by another: what was said is the inner one, by its own subject") {
    const Analyzed r("L'agence Nordpresse rapporte que le ministre Paul Renard a affirmé qu'il était prêt à une "
                     "rencontre.\n\n"
                     "La préfecture a indiqué que le chantier avance.");
    const Quote* ready = r.quote("il était prêt à une rencontre");
    REQUIRE(ready);
    CHECK(r.speaker(*ready) == "Paul Renard");
    CHECK_FALSE(r.quote("a affirmé"));
    const Quote* works = r.quote("le chantier avance");
    REQUIRE(works);
    CHECK(r.speaker(*works) == "préfecture");
}

TEST_CASE("'pour X,' after a conjunction opens a report; 'et pour' before a verb is a purpose") {
    const Analyzed r("Le directeur Marc Dubreuil a visité l'atelier et pour lui, la fermeture serait une erreur.\n\n"
                     "Selon la ministre Claire Morand, Moscou utilise ces rumeurs pour justifier ses attaques, et pour "
                     "masquer son refus de négocier.\n\n"
                     "Pour le syndicat, la décision est injuste.");
    const Quote* error = r.quote("la fermeture serait une erreur");
    const Quote* rumours = r.quote("Moscou utilise ces rumeurs");
    const Quote* unfair = r.quote("la décision est injuste");
    REQUIRE(error);
    REQUIRE(rumours);
    REQUIRE(unfair);
    CHECK(r.speaker(*error) == "Marc Dubreuil");
    CHECK(r.speaker(*rumours) == "Claire Morand");
    CHECK(rumours->text.find("masquer son refus") != std::string::npos);
    CHECK(r.speaker(*unfair) == "syndicat");
}

TEST_CASE("a sentence that opens on 'Qui' goes on with the last speaker; 'crier à' reports what it cries") {
    const Analyzed r("« Les absents ne sont pas remplacés », s'agace Mireille Abdallah, déléguée syndicale. Qui dénonce "
                     "aussi l'utilisation d'un nouveau logiciel de planning.\n\n"
                     "Le directeur Paul Renard a confirmé la fermeture. Qui d'ailleurs, souligne que le site sera "
                     "vendu.\n\n"
                     "L'opposition crie à la fraude massive.");
    const Quote* software = r.quote("l'utilisation d'un nouveau logiciel");
    const Quote* sold = r.quote("le site sera vendu");
    const Quote* fraud = r.quote("la fraude massive");
    REQUIRE(software);
    REQUIRE(sold);
    REQUIRE(fraud);
    CHECK(r.speaker(*software) == "Mireille Abdallah");
    CHECK(r.speaker(*sold) == "Paul Renard");
    CHECK(r.speaker(*fraud) == "opposition");
}

TEST_CASE("a described speaker whose noun has two complements joined by 'et'") {
    const Analyzed r("Les élus du département et de la région promettent de faire remonter le dossier.");
    const Quote* file = r.quote("faire remonter le dossier");
    REQUIRE(file);
    CHECK(r.speaker(*file) == "élus du département et de la région");
}

TEST_CASE("a source only passed on by someone ('citée par', 'contactées par') is the speaker; an author after 'par' still is") {
    const Analyzed r("Selon une source sécuritaire citée par le journal, dix soldats ont été tués.\n\n"
                     "La situation, selon des sources locales contactées par Radio Okapi, reste tendue.\n\n"
                     "Selon un bilan communiqué par les séparatistes, douze civils ont été blessés.");
    const Quote* soldiers = r.quote("dix soldats ont été tués");
    const Quote* tense = r.quote("La situation");
    const Quote* civilians = r.quote("douze civils ont été blessés");
    REQUIRE(soldiers);
    REQUIRE(tense);
    REQUIRE(civilians);
    CHECK(r.speaker(*soldiers).starts_with("source sécuritaire"));
    CHECK(r.speaker(*tense) == "sources locales");
    CHECK(r.speaker(*civilians) == "séparatistes");
}

TEST_CASE("a report that ends on a percentage or an amount keeps its sign; a longer aside may stand before an object") {
    const Analyzed r("La ministre a affirmé que les loyers baisseront de 4 %.\n\n"
                     "Selon la direction, le billet coûtera 12 €.\n\n"
                     "Le collectif réclame, dans un tract distribué lundi soir, une hausse des salaires.");
    const Quote* rents = r.quote("les loyers baisseront de 4 %");
    const Quote* ticket = r.quote("le billet coûtera 12 €");
    const Quote* wages = r.quote("une hausse des salaires");
    REQUIRE(rents);
    REQUIRE(ticket);
    REQUIRE(wages);
    CHECK(rents->text == "les loyers baisseront de 4 %");
    CHECK(ticket->text == "le billet coûtera 12 €");
    CHECK(r.speaker(*wages) == "collectif");
}

TEST_CASE("a postposed cue may hold a time between commas before its subject") {
    const Analyzed r("Le pays refuse toute livraison d'armes aux milices, a indiqué, dimanche, le président turc.\n\n"
                     "Les écoles rouvriront dès la rentrée, a assuré, lundi soir, la ministre de l'Éducation.");
    const Quote* arms = r.quote("Le pays refuse toute livraison");
    const Quote* schools = r.quote("Les écoles rouvriront");
    REQUIRE(arms);
    REQUIRE(schools);
    CHECK(arms->text == "Le pays refuse toute livraison d'armes aux milices");
    CHECK(r.speaker(*arms).starts_with("président turc"));
    CHECK(r.speaker(*schools).starts_with("ministre de l'Éducation"));
}

TEST_CASE("a quotation runs on into the next paragraph when that paragraph closes it, reopened or not") {
    const Analyzed r("Le proviseur Paul Marchand a confié : « Les cours ont commencé à l'heure.\n\n"
                     "Vers dix heures, des élèves sont entrés dans la cour. J'ai préféré les laisser partir », a-t-il dit.\n\n"
                     "« Nous étions prêts depuis septembre.\n\n"
                     "» Mais personne ne nous a écoutés », raconte la directrice Anne Lemoine.");
    const Quote* school = r.quote("Les cours ont commencé");
    const Quote* ready = r.quote("Nous étions prêts");
    REQUIRE(school);
    REQUIRE(ready);
    CHECK(school->text.ends_with("J'ai préféré les laisser partir"));
    CHECK(r.speaker(*school) == "Paul Marchand");
    CHECK(ready->text.ends_with("personne ne nous a écoutés"));
    CHECK(r.speaker(*ready) == "Anne Lemoine");
}

TEST_CASE("after a quotation and a comma, any verb with its subject pronoun after it is an incise; 'semble-t-il' is an aside") {
    const Analyzed r("La députée Claire Vasseur a publié un message dans la nuit. « Le texte a été vidé de son sens », "
                     "persifle-t-elle sur le réseau social.\n\n"
                     "Le maire Henri Dutilleul a réagi aussitôt. « Nous ne céderons rien », avait-il envoyé à ses adjoints.\n\n"
                     "« La réunion a été reportée », semble-t-il.");
    const Quote* text = r.quote("Le texte a été vidé");
    const Quote* nothing = r.quote("Nous ne céderons rien");
    const Quote* meeting = r.quote("La réunion a été reportée");
    REQUIRE(text);
    REQUIRE(nothing);
    CHECK(r.speaker(*text) == "Claire Vasseur");
    CHECK(text->cue == "persifle-t-elle");
    CHECK(r.speaker(*nothing) == "Henri Dutilleul");
    CHECK(nothing->cue == "avait-il envoyé");
    CHECK(meeting == nullptr);
}

TEST_CASE("who denies or answers the reports 'selon lesquelles' something happened tells the report") {
    const Analyzed r("Le ministre Paul Orsini a démenti les dernières informations selon lesquelles le port serait fermé.\n\n"
                     "La porte-parole Léa Brunet a exprimé l'inquiétude de l'agence concernant des informations selon "
                     "lesquelles des familles seraient refoulées.\n\n"
                     "Les rumeurs selon lesquelles le stade sera vendu circulent depuis lundi.");
    const Quote* port = r.quote("le port serait fermé");
    const Quote* families = r.quote("des familles seraient refoulées");
    const Quote* stadium = r.quote("le stade sera vendu");
    REQUIRE(port);
    REQUIRE(families);
    REQUIRE(stadium);
    CHECK(r.speaker(*port) == "Paul Orsini");
    CHECK(r.speaker(*families) == "Léa Brunet");
    CHECK(r.speaker(*stadium).empty());
}

TEST_CASE("a gerund's speaker is the subject of the sentence, past an aside, the verb's object and a name in apposition") {
    const Analyzed r("La maire Odile Ferrand, afin d'éviter la fermeture, a écrit au ministre de la Santé, Marc Delorme, "
                     "lui demandant de maintenir la maternité.\n\n"
                     "Le syndicat, pour sa part, a adressé une lettre au préfet, réclamant une réunion d'urgence.");
    const Quote* maternity = r.quote("de maintenir la maternité");
    const Quote* meeting = r.quote("une réunion d'urgence");
    REQUIRE(maternity);
    REQUIRE(meeting);
    CHECK(r.speaker(*maternity) == "Odile Ferrand");
    CHECK(r.speaker(*meeting) == "syndicat");
}

TEST_CASE("a plural auxiliary takes no singular noun that ends its subject for the speaker") {
    const Analyzed r("Samedi, les habitants du quartier de retour d'une réunion sur les loyers et la rénovation de la gare "
                     "ont exprimé leur déception au maire.");
    const Quote* q = r.quote("leur déception");
    REQUIRE(q);
    CHECK(r.speaker(*q).starts_with("habitants du quartier"));
}

TEST_CASE("quotations read or heard somewhere ('pouvait-on lire sur') are written by who is named after where") {
    const Analyzed r("Les producteurs ont bloqué le rond-point. « Pas de pays sans paysans » ou encore « Nous voulons vivre », "
                     "pouvait-on lire sur les banderoles des agriculteurs.\n\n"
                     "« Le rapport sera rendu public en mars », peut-on lire dans un communiqué de la préfecture.\n\n"
                     "« Tous ensemble », pouvait-on entendre dans la salle. « Démission », pouvait-on entendre dans la foule.");
    const Quote* country = r.quote("Pas de pays sans paysans");
    const Quote* live = r.quote("Nous voulons vivre");
    const Quote* report = r.quote("Le rapport sera rendu public");
    const Quote* together = r.quote("Tous ensemble");
    REQUIRE(country);
    REQUIRE(live);
    REQUIRE(report);
    REQUIRE(together);
    CHECK(r.speaker(*country) == "agriculteurs");
    CHECK(r.speaker(*live) == "agriculteurs");
    CHECK(live->cue == "pouvait-on lire");
    CHECK(r.speaker(*report) == "préfecture");
    CHECK(r.speaker(*together).empty());
    // A crowd is a group that speaks: what is heard in it, it said.
    CHECK(r.speaker_of("Démission") == "foule");
}

TEST_CASE("after a comma, a plural auxiliary's cue has no singular noun for subject unless another is joined to it") {
    const Analyzed r("De leur côté, la députée Marie Blanc et son suppléant, Paul Roy, sont venus constater l'étendue des dégâts.\n\n"
                     "Deux blessés ont été évacués vers l'hôpital, ont indiqué une source policière et la préfecture.");
    CHECK(r.quote("De leur côté") == nullptr);
    CHECK(r.quote("la députée Marie Blanc") == nullptr);
    const Quote* injured = r.quote("Deux blessés ont été évacués");
    REQUIRE(injured);
    CHECK(injured->cue == "ont indiqué");
}

TEST_CASE("a word or two in quotation marks before a verb is a name, not a quotation that the verb's cue follows") {
    const Analyzed r("Bien que sa maison n'ait pas brûlé, « Mamie » décrit une nuit terrible.\n\n"
                     "« Nous ne lâcherons rien » martèle le syndicaliste Marc Girard.");
    CHECK(r.quote("Bien que sa maison") == nullptr);
    const Quote* never = r.quote("Nous ne lâcherons rien");
    REQUIRE(never);
    CHECK(r.speaker(*never) == "Marc Girard");
}

TEST_CASE("quotation marks after 'intitulé' or 'baptisée' hold a title, which makes no report a quotation") {
    const Analyzed r("L'ONG a publié mardi un rapport intitulé « Les voyants au rouge ».\n\n"
                     "L'armée a lancé l'opération baptisée « Aube rouge » dans la nuit.\n\n"
                     "Le syndicat a publié un communiqué qui dénonce « une provocation ».");
    CHECK(r.quote("Les voyants au rouge") == nullptr);
    CHECK(r.quote("Aube rouge") == nullptr);
    CHECK(r.quote("une provocation") != nullptr);
}

TEST_CASE("a gerund with no comma before it reports when its object opens on quoted words") {
    const Analyzed r("La CGT a déposé une alerte décrivant « un climat de peur dans les ateliers ».\n\n"
                     "Vive réaction de la part de Lucie Armand (Verts) dépeignant une « gestion solitaire ».\n\n"
                     "Une vidéo montrant la place circule depuis lundi.");
    const Quote* fear = r.quote("un climat de peur");
    const Quote* alone = r.quote("gestion solitaire");
    REQUIRE(fear);
    REQUIRE(alone);
    CHECK(fear->cue == "décrivant");
    CHECK(r.speaker(*fear) == "CGT");
    CHECK(r.speaker(*alone) == "Lucie Armand");
    CHECK(r.quote("la place") == nullptr);
}

TEST_CASE("words that end an incise after its subject leave the quotation after it to the same speaker") {
    const Analyzed r("Le feu a repris mardi. « Les bouteilles de gaz explosent », raconte une pompière de Mios sur place, "
                     "« la fumée monte jusqu'à la dune ».");
    const Quote* gas = r.quote("Les bouteilles de gaz");
    const Quote* smoke = r.quote("la fumée monte");
    REQUIRE(gas);
    REQUIRE(smoke);
    CHECK(smoke->cue == "raconte");
    CHECK(r.speaker(*smoke) == r.speaker(*gas));
    CHECK(r.speaker(*smoke).starts_with("pompière"));
}

TEST_CASE("a post pasted with its embed's signature is its author's words, without the links it ends on") {
    const Analyzed r("Les éleveurs bloquent la rocade depuis lundi.\n"
                     "Rendez-vous vendredi devant toutes les préfectures ! @EleveursUnis pic.twitter.com/Xy12Ab\n"
                     "— Fédération des éleveurs (@FedEleveurs) October 18, 2024\n"
                     "Le préfet a reçu une délégation. 🚨 La route restera fermée cette nuit. https://t.co/Qw — Mairie de Vernac ⏚ (@vernac) 4 avril 2025\n\n"
                     "Nous ne céderons pas.\n\n"
                     "— Jeanne Morel (@jmorel) 5 avril 2025\n\n"
                     "Le maire, Paul Dumas (@pdumas), a répondu dans la soirée.");
    const Quote* meet = r.quote("Rendez-vous vendredi");
    const Quote* road = r.quote("La route restera fermée");
    const Quote* yield = r.quote("Nous ne céderons pas");
    REQUIRE(meet);
    REQUIRE(road);
    REQUIRE(yield);
    CHECK(meet->text == "Rendez-vous vendredi devant toutes les préfectures !");
    CHECK(meet->kind == QuoteKind::direct);
    CHECK(meet->cue == "@FedEleveurs");
    CHECK(r.speaker(*meet) == "Fédération des éleveurs");
    CHECK(road->text.ends_with("cette nuit."));
    CHECK(r.speaker(*road) == "Mairie de Vernac");
    CHECK(r.speaker(*yield) == "Jeanne Morel");
    CHECK(r.quote("a répondu dans la soirée") == nullptr);
}

TEST_CASE("a place and an audience may both stand between a postposed cue and its subject") {
    const Analyzed r("« Les sanctions seront sévères », a déclaré à Genève devant la presse Anna Lindqvist, cheffe de la délégation.\n\n"
                     "« Nous restons prudents », a expliqué à Lyon à des journalistes le ministre.");
    const Quote* sanctions = r.quote("Les sanctions seront sévères");
    const Quote* careful = r.quote("Nous restons prudents");
    REQUIRE(sanctions);
    REQUIRE(careful);
    CHECK(r.speaker(*sanctions) == "Anna Lindqvist");
    CHECK(r.speaker(*careful) == "ministre");
}

TEST_CASE("'selon X, « A », et B': the quotation and the clause joined after it are both the source's") {
    const Analyzed r("Selon les pompiers, « le feu a pris dans la cuisine vers minuit », et deux voisins ont été évacués.");
    const Quote* fire = r.quote("le feu a pris dans la cuisine");
    const Quote* evacuated = r.quote("deux voisins ont été évacués");
    REQUIRE(fire);
    REQUIRE(evacuated);
    CHECK(fire->kind == QuoteKind::direct);
    CHECK(fire->text == "le feu a pris dans la cuisine vers minuit");
    CHECK(r.speaker(*fire) == "pompiers");
    CHECK(r.speaker(*evacuated) == "pompiers");
}

TEST_CASE("a source set between the subject and the rest of its clause, quoted as it goes on") {
    const Analyzed r("Les étudiants ont marché lundi. Le syndicat, selon son SGA Awa Diallo, « entend continuer la grève "
                     "jusqu'au bout ».");
    const Quote* strike = r.quote("entend continuer la grève");
    REQUIRE(strike);
    CHECK(strike->kind == QuoteKind::mixed);
    CHECK(strike->text.starts_with("Le syndicat"));
    CHECK(r.speaker(*strike) == "Awa Diallo");
}

TEST_CASE("a gerund that opens its sentence on its object reports for the subject after its comma") {
    const Analyzed r("Le Conseil s'est réuni mardi. Condamnant les frappes sur les écoles, la ministre Lina Haddad a demandé "
                     "une enquête.\n\nLe vote a eu lieu. Dénonçant une « manœuvre », le maire Paul Roy a quitté la salle.\n\n"
                     "Rappelant que la paix est fragile, le ministre a quitté la salle.");
    const Quote* strikes = r.quote("les frappes sur les écoles");
    const Quote* manoeuvre = r.quote("manœuvre");
    REQUIRE(strikes);
    REQUIRE(manoeuvre);
    CHECK(strikes->cue == "Condamnant");
    CHECK(strikes->text == "les frappes sur les écoles");
    CHECK(r.speaker(*strikes) == "Lina Haddad");
    CHECK(r.speaker(*manoeuvre) == "Paul Roy");
}

TEST_CASE("a phrase of manner may stand between a postposed cue and its subject") {
    const Analyzed r("« Maintenant, ta vie va changer », a lancé avec le sourire Denis Vautrin à la lauréate.\n\n"
                     "« C'est fini », a déclaré sous les applaudissements la maire Anne Roy.");
    const Quote* life = r.quote("ta vie va changer");
    const Quote* over = r.quote("C'est fini");
    REQUIRE(life);
    REQUIRE(over);
    CHECK(r.speaker(*life) == "Denis Vautrin");
    CHECK(r.speaker(*over) == "Anne Roy");
}

TEST_CASE("a channel named with its complement may stand between a postposed cue and its subject") {
    const Analyzed r("« Le site ferme ce soir », a réagi auprès de l'AFP Marc Olivier, délégué syndical.\n\n"
                     "« Nous tiendrons », a expliqué au micro de Radio Lac la maire Anne Roy.\n\n"
                     "« Rien n'est joué », a indiqué lors d'une conférence de presse le préfet Paul Brun.");
    const Quote* site = r.quote("Le site ferme ce soir");
    const Quote* hold = r.quote("Nous tiendrons");
    const Quote* played = r.quote("Rien n'est joué");
    REQUIRE(site);
    REQUIRE(hold);
    REQUIRE(played);
    CHECK(r.speaker(*site) == "Marc Olivier");
    CHECK(r.speaker(*hold) == "Anne Roy");
    CHECK(r.speaker(*played) == "Paul Brun");
}

TEST_CASE("a comma the press leaves between a postposed cue and a subject that names a person") {
    const Analyzed r("« La situation est sous contrôle », a affirmé devant la presse, le porte-parole de la mairie, "
                     "Karim Benali, après la réunion.\n\n« Nous restons », a répondu, la voix calme.");
    const Quote* control = r.quote("La situation est sous contrôle");
    REQUIRE(control);
    CHECK(r.speaker(*control) == "Karim Benali");
    CHECK_FALSE(r.quote("voix calme"));
}

TEST_CASE("'C'est du moins ce qu'ils assurent': a sentence that reports the one before, past an insertion or with its subject first") {
    const Analyzed r("Le stade rouvrira en mars. C'est du moins ce qu'a promis Hugo Lenoir, l'adjoint aux sports.\n\n"
                     "La piscine restera fermée tout l'été. C'est ce que la directrice, Claire Vidal, a annoncé hier.\n\n"
                     "Le marché se tiendra place Carnot. C'est ce qu'il faut retenir.");
    const Quote* stadium = r.quote("Le stade rouvrira en mars");
    const Quote* pool = r.quote("La piscine restera fermée tout l'été");
    REQUIRE(stadium);
    REQUIRE(pool);
    CHECK(r.speaker(*stadium) == "Hugo Lenoir");
    CHECK(r.speaker(*pool) == "Claire Vidal");
    CHECK_FALSE(r.quote("Le marché se tiendra place Carnot"));
}

TEST_CASE("révéler, maintenir, clamer and their kin report what was said, and 'maintenant' is no cue") {
    const Analyzed r("La présidente Ana Ribeiro a révélé que les discussions reprendraient à Genève.\n\n"
                     "Le syndicat maintient que la grève est suivie. Maintenant, le dialogue doit reprendre.\n\n"
                     "« Je suis innocent », clame-t-il depuis sa cellule.");
    const Quote* talks = r.quote("les discussions reprendraient à Genève");
    const Quote* strike = r.quote("la grève est suivie");
    const Quote* innocent = r.quote("Je suis innocent");
    REQUIRE(talks);
    REQUIRE(strike);
    REQUIRE(innocent);
    CHECK(r.speaker(*talks) == "Ana Ribeiro");
    CHECK(r.speaker(*strike) == "syndicat");
    CHECK(innocent->cue == "clame-t-il");
    CHECK_FALSE(r.quote("le dialogue doit reprendre"));
}

TEST_CASE("a report after an aside between commas may be an infinitive, and 'selon lesquelles' may follow a relative clause") {
    const Analyzed r("La ministre Inès Carrel a annoncé, après son échange avec le préfet, ne pas se rendre à Valmer.\n\n"
                     "Le maire a promis, lors du conseil municipal, de rouvrir l'école.\n\n"
                     "Le directeur a démenti les accusations du syndicat qui organise la grève, selon lesquelles "
                     "l'usine fermerait.");
    const Quote* trip = r.quote("ne pas se rendre à Valmer");
    const Quote* school = r.quote("rouvrir l'école");
    const Quote* plant = r.quote("l'usine fermerait");
    REQUIRE(trip);
    REQUIRE(school);
    REQUIRE(plant);
    CHECK(r.speaker(*trip) == "Inès Carrel");
    CHECK(r.speaker(*school) == "maire");
    CHECK(plant->cue == "selon lesquelles");
}

TEST_CASE("a quotation that is the whole clause before 'selon' or 'dixit' is direct, and a title's kicker before it no report") {
    const Analyzed r("Crue de la Durance : « Les digues tiendront », dixit Marc Olivier, le préfet.\n\n"
                     "Le quartier reste inquiet. « On ne lâchera rien », selon la présidente de l'association.");
    const Quote* dykes = r.quote("Les digues tiendront");
    const Quote* nothing = r.quote("On ne lâchera rien");
    REQUIRE(dykes);
    REQUIRE(nothing);
    CHECK(dykes->kind == QuoteKind::direct);
    CHECK(dykes->cue == "dixit");
    CHECK(r.speaker(*dykes) == "Marc Olivier");
    CHECK(nothing->kind == QuoteKind::direct);
    CHECK_FALSE(r.quote("Crue de la Durance"));
}

TEST_CASE("a gerund set off by commas ends where the sentence's subject and verb come, and one right after a verb reports for the people named before it") {
    const Analyzed r("Suite aux propos du délégué syndical, Marc Olivier, annonçant une grève dans les ateliers, la "
                     "directrice de l'usine, Claire Vidal, a réagi en assurant que les salaires seraient payés.");
    const Quote* strike = r.quote("une grève dans les ateliers");
    const Quote* wages = r.quote("les salaires seraient payés");
    REQUIRE(strike);
    REQUIRE(wages);
    CHECK(strike->text == "une grève dans les ateliers");
    CHECK(r.speaker(*strike) == "Marc Olivier");
    CHECK(r.speaker(*wages) == "Claire Vidal");
}

TEST_CASE("a gerund whose verb takes no said object reports a clause, never a bare noun phrase") {
    const Analyzed r("La maire, Sophie Leroy, a écrit au préfet, espérant un classement en catastrophe naturelle. Le "
                     "député Marc Petit a pris la parole, espérant que les aides arriveront vite, puis a quitté la "
                     "salle, accusant le ministre de négliger les communes.");
    CHECK_FALSE(r.quote("un classement en catastrophe naturelle"));
    const Quote* aid = r.quote("les aides arriveront vite");
    const Quote* blame = r.quote("négliger les communes");
    REQUIRE(aid);
    REQUIRE(blame);
    CHECK(r.speaker(*aid) == "Marc Petit");
    CHECK(r.speaker(*blame) == "Marc Petit");
}

TEST_CASE("a connector alone before an inverted cue is no report: the clause after the incise is") {
    // Before the fix the report was the single word "Mais", and the clause after it was lost.
    const Analyzed r("Le prévenu reconnaît les coups. Mais, ajoute-t-il, il voulait seulement lui faire peur.");
    CHECK_FALSE(r.quote("Mais"));
    const Quote* q = r.quote("il voulait seulement lui faire peur");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "prévenu");
    const Analyzed adverb("La route reste coupée. Cependant, reconnaît la maire Anne Roy, la déviation fonctionne.");
    const Quote* detour = adverb.quote("la déviation fonctionne");
    REQUIRE(detour);
    CHECK(adverb.speaker(*detour) == "Anne Roy");
}

TEST_CASE("a verb the lexicon reads without its reflexive pronoun has no said object after it") {
    // Before the fix "le 12 mars à la tribune de l’ONU" was what the minister "exprimait".
    const Analyzed r("La France « renseigne, forme et arme des groupes au Sahel », selon le Mali.\n"
                     "Tels sont les propos du chef de la diplomatie malienne qui s’exprimait le 12 mars à la tribune de l’ONU.");
    REQUIRE(r.quote("La France « renseigne, forme et arme des groupes au Sahel »"));
    CHECK_FALSE(r.quote("le 12 mars à la tribune de l’ONU"));
    const Analyzed object("Le ministre Paul Diallo a exprimé sa profonde inquiétude face aux combats.");
    const Quote* q = object.quote("sa profonde inquiétude face aux combats");
    REQUIRE(q);
    CHECK(object.speaker(*q) == "Paul Diallo");
}

TEST_CASE("an impersonal 'il convient de' is the writer's aside, not the last speaker's report") {
    // Before the fix the note was the president's, his "il" read as a pronoun.
    const Analyzed r("« Nous proposons une trêve dès lundi », a déclaré le président Marc Roy. Il convient de noter que "
                     "cette offre reprend un plan plus ancien.");
    REQUIRE(r.quote("Nous proposons une trêve dès lundi"));
    CHECK_FALSE(r.quote("noter que cette offre reprend un plan plus ancien"));
    CHECK_FALSE(r.quote("cette offre reprend un plan plus ancien"));
}

TEST_CASE("a source set between a verb and the rest of a clause a description opens reports the whole clause") {
    // Before the fix nothing was reported: the clause opened on a description, not on a name.
    const Analyzed r("L'avocat Paul Roy accuse les agents. Une interpellation qui a été, selon lui, « un déchaînement "
                     "de violence » avec des coups de matraque.");
    const Quote* q = r.quote("Une interpellation qui a été, selon lui, « un déchaînement de violence » avec des coups de matraque");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::mixed);
    CHECK(r.speaker(*q) == "Paul Roy");
}

TEST_CASE("a relative clause after the source of 'selon' describes the source when a comma closes it") {
    // Before the fix "cite" reported "des témoins, le pont est fermé", and the source nothing.
    const Analyzed r("Selon la radio qui cite des témoins, le pont est fermé depuis l'aube.\n\n"
                     "La crue atteint les quais, selon la préfète qui a réclamé une évacuation rapide.");
    const Quote* bridge = r.quote("le pont est fermé depuis l'aube");
    REQUIRE(bridge);
    CHECK(r.speaker(*bridge) == "radio");
    CHECK_FALSE(r.quote("des témoins"));
    // Running to the end of its sentence, the relative's verb still reports.
    const Quote* leave = r.quote("une évacuation rapide");
    REQUIRE(leave);
    CHECK(r.speaker(*leave) == "préfète");
}

TEST_CASE("'pour' names a source after an opening adverbial too, and 'ce dernier' may be that source") {
    // Before the fix "pour" opened a source only at the start of its sentence, and "ce dernier" was
    // no source at all.
    const Analyzed r("Le ministre Paul Garnier a répondu aux questions. Toutefois, pour ce dernier, les taxes "
                     "resteront inchangées.");
    const Quote* q = r.quote("les taxes resteront inchangées");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Paul Garnier");
}

TEST_CASE("'pour' before no one opens an adverbial, and a source after it reports what follows") {
    // Before the fix "Pour l'heure" was taken for a source's opening, and was all the study said.
    const Analyzed r("Pour l'heure, d'après le rapport, seule la vallée du Rhône est épargnée par la sécheresse.");
    const Quote* q = r.quote("seule la vallée du Rhône est épargnée");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "rapport");
    CHECK_FALSE(r.opening("Pour l'heure"));
}

TEST_CASE("a sentence that opens on its cue verb and subject reports what came before it") {
    // Before the fix these sentences reported nothing: the page had set the words apart without
    // quotation marks, or cut the sentence at the comma of its incise.
    const Analyzed r("Le lac a perdu deux mètres en dix ans. Nous mesurons sa baisse chaque mois depuis 2015.\n\n"
                     "explique Irène Vasquez de l'observatoire de Gap.\n\n"
                     "Les relevés “confirment une tendance ancienne”,\n\n"
                     "Souligne Hugo Bérard, commentant les chiffres.");
    const Quote* lake = r.opening("Le lac a perdu deux mètres");
    const Quote* trend = r.quote("confirment une tendance ancienne");
    REQUIRE(lake);
    REQUIRE(trend);
    CHECK(lake->kind == QuoteKind::direct);
    CHECK(lake->text.find("chaque mois depuis 2015") != std::string::npos);
    CHECK(r.speaker(*lake) == "Irène Vasquez");
    CHECK(trend->kind == QuoteKind::mixed);
    CHECK(r.speaker(*trend) == "Hugo Bérard");
    // A sentence that goes on after its subject reports something of its own.
    const Analyzed s("Le lac baisse.\n\nExplique Irène Vasquez que la pluie manque.");
    CHECK_FALSE(s.quote("Le lac baisse"));
}

TEST_CASE("a source after 'selon' whose complement runs past the mention to the end of the sentence") {
    // Before the fix "contre les crues" after the source's name made the sentence report nothing.
    const Analyzed r("Il y avait jeudi quarante routes coupées, selon le Syndicat de défense contre les crues.");
    const Quote* q = r.quote("Il y avait jeudi quarante routes coupées");
    REQUIRE(q);
    CHECK(r.speaker(*q).find("Syndicat") != std::string::npos);
}

TEST_CASE("after an indefinite or possessive determiner, a noun that cannot speak is the verb's object") {
    // Before the fix "un nouveau vote" and "sa venue" were taken for subjects put after their verb,
    // and the subject before the comma for what was said.
    const Analyzed r("Le conseiller de Sainte-Foy, Bruno Lacasse, trouvé en défaut lors de la séance, demande un "
                     "nouveau vote.\n\nUne mobilisation record : la fédération agricole, la FNPL, a annoncé sa venue "
                     "jeudi à Lyon.");
    const Quote* vote = r.quote("un nouveau vote");
    const Quote* coming = r.quote("sa venue jeudi à Lyon");
    REQUIRE(vote);
    REQUIRE(coming);
    CHECK(r.speaker(*vote) == "Bruno Lacasse");
    CHECK_FALSE(r.quote("trouvé en défaut"));
    CHECK_FALSE(r.quote("Une mobilisation record"));
    // A noun that may speak is still the subject: a role, singular or plural, or "une autre".
    const Analyzed s("« Rien ne bouge », affirme un manifestant. « C'est triste », répond une autre.");
    const Quote* nothing = s.quote("Rien ne bouge");
    const Quote* sad = s.quote("C'est triste");
    REQUIRE(nothing);
    REQUIRE(sad);
    CHECK(s.speaker(*nothing) == "manifestant");
    CHECK(s.speaker(*sad) == "autre");
}

TEST_CASE("a sentence with a few quoted words and no cue is the last speaker's, a title nobody's") {
    // Before the fix these sentences reported nothing: their words were in quotation marks, but no
    // verb said who had said them.
    const Analyzed r("« La digue a cédé vers minuit », a indiqué la préfète Claire Marouani. Les blessés ont été "
                     "« pris en charge très rapidement » par les secours.\n\n"
                     "La mairie a publié un rapport intitulé « Les quais après la crue ».");
    const Quote* care = r.quote("pris en charge très rapidement");
    REQUIRE(care);
    CHECK(care->kind == QuoteKind::mixed);
    CHECK(r.speaker(*care) == "Claire Marouani");
    CHECK_FALSE(r.quote("Les quais après la crue"));
    // With nobody speaking before them, the marks alone make no quotation.
    const Analyzed s("Les blessés ont été « pris en charge très rapidement » par les secours.");
    CHECK_FALSE(s.quote("pris en charge très rapidement"));
}

TEST_CASE("words quoted after 'thème' or 'slogan' name a theme, not what the last speaker said") {
    // The quoted-fragment rule would otherwise give the forum's theme to the minister.
    const Analyzed r("« Nous serons présents », a assuré la ministre Inès Caradec. Le forum s'ouvre lundi sur le "
                     "thème « Villes et fleuves face au climat », avec le slogan « Ensemble pour nos rives ».");
    REQUIRE(r.quote("Nous serons présents"));
    CHECK_FALSE(r.quote("Villes et fleuves face au climat"));
    CHECK_FALSE(r.quote("Ensemble pour nos rives"));
}

TEST_CASE("what the defence pleads is its report, with or without 'pour'") {
    // Before the fix only "plaide pour …" reported; "plaide l'acquittement" said nothing.
    const Analyzed r("Au procès de Nyon, la défense plaide l'acquittement. L'avocate plaide pour un nouveau procès.");
    const Quote* acquittal = r.quote("l'acquittement");
    REQUIRE(acquittal);
    CHECK(r.speaker(*acquittal) == "défense");
    REQUIRE(r.quote("un nouveau procès"));
}

TEST_CASE("a sentence, or the text, that opens on a reporting gerund: its subject after the comma speaks") {
    // Before the fix a description after the comma was no subject, "que" after the gerund stopped
    // the reading, and the text's very first word could open no gerund.
    const Analyzed r("Réaffirmant l'engagement des trois pays à quitter l'union, les chefs d'État ont signé un "
                     "traité. Ajoutant que la monnaie commune attendra, les ministres ont levé la séance.");
    const Quote* leave = r.quote("l'engagement des trois pays à quitter l'union");
    const Quote* money = r.quote("la monnaie commune attendra");
    REQUIRE(leave);
    REQUIRE(money);
    CHECK(r.speaker(*leave) == "chefs d'État");
    CHECK(r.speaker(*money) == "ministres");
}

TEST_CASE("quoted words with no cue are the last speaker's only in the paragraph where they spoke") {
    // Before the fix the minister of the first paragraph was given the words of the second, which
    // a new paragraph about something else quotes from nobody she is known to be.
    const Analyzed r("« Le budget sera tenu », a promis la ministre Hélène Varaigne.\n\n"
                     "Les écoles de la ville ont été « fermées jusqu'à nouvel ordre » lundi.");
    REQUIRE(r.quote("Le budget sera tenu"));
    CHECK_FALSE(r.quote("fermées jusqu'à nouvel ordre"));
}

TEST_CASE("'de l'avis de', 'de l'aveu même de', 'aux dires de' give the source of what the clause says") {
    // Before the fix none of them was read as a source: no quotation was found.
    const Analyzed r("La séance fut longue, de l'aveu même de son avocate, Me Claire Vidal.\n\n"
                     "Aux dires de la directrice, l'école rouvrira lundi.");
    const Quote* long_day = r.quote("La séance fut longue");
    const Quote* school = r.quote("l'école rouvrira lundi");
    REQUIRE(long_day);
    REQUIRE(school);
    CHECK(r.speaker(*long_day) == "Claire Vidal");
    CHECK(r.speaker(*school) == "directrice");
}

TEST_CASE("'« … », c'est par ces mots que X …' names the speaker whatever the verb, and after it") {
    // Before the fix the quotations had nobody to say them and were dropped.
    const Analyzed r("L'audience a repris.\n\n« Le droit a été malmené », c'est par ces mots que le procureur Ousmane "
                     "Ba a ouvert son réquisitoire.\n\n« Je m'appelle Idrissa Koné », c'est en ces termes que s'est "
                     "présenté hier devant la cour, le prévenu.");
    const Quote* law = r.quote("Le droit a été malmené");
    const Quote* name = r.quote("Je m'appelle Idrissa Koné");
    REQUIRE(law);
    REQUIRE(name);
    CHECK(r.speaker(*law) == "Ousmane Ba");
    CHECK(r.speaker(*name) == "prévenu");
}

TEST_CASE("'comme quoi' and 'voulant que' after a speech noun report as 'selon laquelle' does") {
    // Before the fix neither opened a report: the first was lost, the second given to the union.
    const Analyzed r("Le syndicat a réagi à la déclaration de Paul Tremblay comme quoi les enseignants devraient "
                     "cesser la grève.\n\nLa fédération conteste les propos de la ministre voulant que les écoles "
                     "rouvrent lundi.");
    const Quote* strike = r.quote("les enseignants devraient cesser la grève");
    const Quote* schools = r.quote("les écoles rouvrent lundi");
    REQUIRE(strike);
    REQUIRE(schools);
    CHECK(r.speaker(*strike) == "Paul Tremblay");
    CHECK(r.speaker(*schools) == "ministre");
}

TEST_CASE("a person's verb with an object of its own does not report the sentence before") {
    // Before the fix the first sentence was given to the coach as what she had explained.
    const Analyzed r("La course partira de Gand cette année. Lise Marchal a expliqué la décision de tracer une "
                     "étape en Belgique.");
    CHECK_FALSE(r.quote("La course partira de Gand"));
    // With "l'" the verb still points back at the sentence before.
    const Analyzed back("La course partira de Gand cette année. Lise Marchal l'a expliqué mardi.");
    const Quote* q = back.quote("La course partira de Gand");
    REQUIRE(q);
    CHECK(back.speaker(*q) == "Lise Marchal");
}

TEST_CASE("a title labelled with a name the body gives a speaker is theirs, verbatim in the first person") {
    // Before the fix a label with no article and no name ("Ministre gabonaise") was nobody.
    const Analyzed r("Ministre gabonaise : Nous rouvrirons toutes les écoles en mars\n"
                     "La ministre gabonaise Irène Mboumba a annoncé que les écoles rouvriraient. « Les travaux "
                     "avancent », a-t-elle ajouté.");
    const Quote* schools = r.quote("Nous rouvrirons toutes les écoles en mars");
    REQUIRE(schools);
    CHECK(schools->kind == QuoteKind::direct);
    CHECK(r.speaker(*schools) == "Irène Mboumba");
    // A label no one in the body is called makes no quotation.
    const Analyzed topic("Rentrée scolaire : Nous attendons toujours les manuels\nLes parents s'inquiètent à Libreville.");
    CHECK_FALSE(topic.quote("Nous attendons toujours les manuels"));
    // In the first person the words are the holder's even when the body quotes them nowhere else.
    const Analyzed silent("Ministre malien : Nous rouvrirons la route de Kayes\n"
                          "Le ministre malien Oumar Dembélé a visité le chantier mardi avec les ingénieurs.");
    const Quote* road = silent.quote("Nous rouvrirons la route de Kayes");
    REQUIRE(road);
    CHECK(road->kind == QuoteKind::direct);
    CHECK(silent.speaker(*road) == "Oumar Dembélé");
    // In the third person they need the body to make the label a speaker.
    const Analyzed told("Ministre malien : la route de Kayes rouvrira\n"
                        "Le ministre malien Oumar Dembélé a visité le chantier mardi avec les ingénieurs.");
    CHECK_FALSE(told.quote("la route de Kayes rouvrira"));
}

TEST_CASE("an infinitive after 'espérer' or 'prévoir' is an intention; 'que' after them still reports") {
    // Before the fix both plans were reported as what the speakers said.
    const Analyzed r("Le groupe prévoit de supprimer 1 000 emplois dans l'usine.\n\n"
                     "La ministre espère signer l'accord avant l'été.\n\n"
                     "Le maire espère que les travaux finiront en mai.");
    CHECK_FALSE(r.quote("supprimer 1 000 emplois"));
    CHECK_FALSE(r.quote("signer l'accord"));
    const Quote* works = r.quote("les travaux finiront en mai");
    REQUIRE(works);
    CHECK(r.speaker(*works) == "maire");
}

TEST_CASE("'se vouloir' and its adjective give an attitude; only what a colon opens after them is said") {
    // Before the fix "rassurant …" and "clair : …" were reported as what was said.
    const Analyzed r("Le préfet s'est voulu rassurant dans son discours d'ouverture.\n\n"
                     "Le département se veut clair : les agents ont respecté les consignes.");
    CHECK_FALSE(r.quote("rassurant dans son discours"));
    const Quote* agents = r.quote("les agents ont respecté les consignes");
    REQUIRE(agents);
    CHECK(agents->text.rfind("les agents", 0) == 0);
    CHECK(r.speaker(*agents) == "département");
}

TEST_CASE("'selon X' set in a clause whose closing comma is missing reports the clause when a verb follows the source") {
    // Before the fix the clause was no report: the aside was read as never closed.
    const Analyzed r("Le projet de loi de finances, selon le porte-parole du gouvernement s'équilibre en recettes et en "
                     "dépenses.\n\nLa route, selon Anne Lebrun a été fermée lundi.");
    const Quote* budget = r.quote("s'équilibre en recettes");
    const Quote* road = r.quote("a été fermée lundi");
    REQUIRE(budget);
    REQUIRE(road);
    CHECK(r.speaker(*budget) == "porte-parole du gouvernement");
    CHECK(r.speaker(*road) == "Anne Lebrun");
}

TEST_CASE("quotations joined only by commas before one cue are as many direct quotations of its speaker") {
    // Before the fix the series was one mixed report.
    const Analyzed r("La digue a cédé dans la nuit. « Les rues sont des rivières », « les écoles resteront fermées », "
                     "a résumé la préfète, Odile Varenne.");
    const Quote* streets = r.quote("Les rues sont des rivières");
    const Quote* schools = r.quote("les écoles resteront fermées");
    REQUIRE(streets);
    REQUIRE(schools);
    CHECK(streets != schools);
    CHECK(streets->kind == QuoteKind::direct);
    CHECK(schools->kind == QuoteKind::direct);
    CHECK(r.speaker(*streets) == "Odile Varenne");
    CHECK(r.speaker(*schools) == "Odile Varenne");
    // Words between them make one report that quotes them.
    const Analyzed mixed("« Les rues sont des rivières » et les écoles « resteront fermées », a résumé la préfète.");
    const Quote* both = mixed.quote("Les rues sont des rivières");
    REQUIRE(both);
    CHECK(both->kind == QuoteKind::mixed);
}

TEST_CASE("reporting verbs of the press the lexicon lacked: 'spécifier', 'rassurer', 'argumenter', 'chuchoter'") {
    // Before the fix none of these reports was read.
    const Analyzed r("« Les familles seront relogées », a spécifié Mme Garneau.\n\n"
                     "Le ministre des Finances a rassuré que les salaires seront versés lundi.\n\n"
                     "« Le budget est tenu », argumente le trésorier de la commune.\n\n"
                     "« Il faut partir maintenant », chuchote une voisine.");
    const Quote* families = r.quote("Les familles seront relogées");
    const Quote* wages = r.quote("les salaires seront versés lundi");
    const Quote* budget = r.quote("Le budget est tenu");
    const Quote* leave = r.quote("Il faut partir maintenant");
    REQUIRE(families);
    REQUIRE(wages);
    REQUIRE(budget);
    REQUIRE(leave);
    CHECK(r.speaker(*families) == "Garneau");
    CHECK(r.speaker(*wages) == "ministre des Finances");
    CHECK(r.speaker(*budget) == "trésorier de la commune");
    CHECK(r.speaker(*leave) == "voisine");
    // Their inverted forms, like most verbs', are derived from their finite ones by the language's
    // rule of inversion ("argumente-t-il", "chuchotait-elle", "affirmaient-ils").
    const Analyzed inverted("Le maire a parlé aux habitants. « La digue tiendra », argumente-t-il.\n\n"
                            "« Ils arrivent », chuchotait-elle.\n\n« Nous resterons », affirmaient-ils.");
    const Quote* dyke = inverted.quote("La digue tiendra");
    const Quote* coming = inverted.quote("Ils arrivent");
    const Quote* stay = inverted.quote("Nous resterons");
    REQUIRE(dyke);
    REQUIRE(coming);
    REQUIRE(stay);
    CHECK(inverted.speaker(*dyke) == "maire");
    CHECK(dyke->cue == "argumente-t-il");
    CHECK(coming->cue == "chuchotait-elle");
    CHECK(stay->cue == "affirmaient-ils");
}

TEST_CASE("an incise that splits a clause after its opening reports the whole clause around it") {
    const Analyzed r("Le chantier, estime-t-il, est voué à l'échec. Cet accident interpelle, dit-elle, les élus sur la "
                     "sécurité des routes.");
    const Quote* site = r.opening("Le chantier");
    const Quote* road = r.opening("Cet accident");
    REQUIRE(site);
    REQUIRE(road);
    CHECK(site->text == "Le chantier, estime-t-il, est voué à l'échec");
    CHECK(road->text == "Cet accident interpelle, dit-elle, les élus sur la sécurité des routes");
    CHECK(site->kind == QuoteKind::indirect);
    // A relative after the incise describes its speaker: the report stays before it.
    const Analyzed relative("Le pont sera rouvert, a précisé le maire, qui s'est rendu sur place.");
    const Quote* bridge = relative.opening("Le pont");
    REQUIRE(bridge);
    CHECK(bridge->text == "Le pont sera rouvert");
}

TEST_CASE("a subordinate with no comma before it stays in the report; after a comma it ends it") {
    const Analyzed r("Le Croissant-Rouge a indiqué qu'une ambulance avait été visée alors qu'elle secourait un blessé. "
                     "La préfecture a assuré que la route était sûre, alors que les riverains dénoncent des excès.");
    const Quote* ambulance = r.opening("une ambulance avait été visée");
    const Quote* road = r.opening("la route était sûre");
    REQUIRE(ambulance);
    REQUIRE(road);
    CHECK(ambulance->text == "une ambulance avait été visée alors qu'elle secourait un blessé");
    CHECK(road->text == "la route était sûre");
    // A subordinate that reports in turn is a report of its own.
    const Analyzed own("Le maire a accusé l'État de mentir après que le préfet a affirmé que tout allait bien.");
    const Quote* state = own.opening("l'État de mentir");
    REQUIRE(state);
    CHECK(state->text == "l'État de mentir");
    REQUIRE(own.opening("tout allait bien"));
}

TEST_CASE("after a quotation, an auxiliary, a participle the lexicon lacks and a known person's name tell who spoke") {
    const Analyzed r("L'entraîneur Marc Duval était déçu, son capitaine Paul Rivière aussi. « On mérite mieux », a "
                     "simplifié Duval.");
    const Quote* q = r.quote("On mérite mieux");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Duval");
    // A name nobody is shown to be may be a place: no speaker is made of it.
    const Analyzed place("« Un été record », a chiffré Valbourg.");
    const Quote* summer = place.quote("Un été record");
    CHECK((summer == nullptr || place.speaker(*summer) != "Valbourg"));
}

TEST_CASE("'croit que' reports a belief, 'croit savoir que' what a paper has learnt; 'croit pouvoir' is an intention") {
    // Before the fix "croire" was no cue: neither report was found.
    const Analyzed r("Fondateur du festival, Lucien Parrot croit que la fête durera encore longtemps.\n\n"
                     "La Gazette de Valbourg croit savoir que le maire partira en mars.\n\n"
                     "Le coureur croit pouvoir gagner l'étape.");
    const Quote* party = r.quote("la fête durera encore longtemps");
    const Quote* mayor = r.quote("le maire partira en mars");
    REQUIRE(party);
    REQUIRE(mayor);
    CHECK(r.speaker(*party) == "Lucien Parrot");
    CHECK(mayor->text.find("savoir") == std::string::npos);
    CHECK(r.quote("gagner l'étape") == nullptr);
}

TEST_CASE("'selon lui' may open its report with no comma, before a clause or a quotation") {
    // Before the fix both reports were missed: only a named source went on without a comma.
    const Analyzed r("Marc Lenoir habite au troisième étage. Selon lui « tout le monde est sorti dans la rue ».\n\n"
                     "Anne Vidal tient la boulangerie. Selon elle le quartier a perdu ses clients.");
    const Quote* street = r.quote("tout le monde est sorti");
    const Quote* shop = r.quote("le quartier a perdu ses clients");
    REQUIRE(street);
    REQUIRE(shop);
    CHECK(r.speaker(*street) == "Marc Lenoir");
    CHECK(r.speaker(*shop) == "Anne Vidal");
}

TEST_CASE("'selon nos confrères de X': the paper named after the phrase is the source") {
    // Before the fix no report was found: "nos confrères" opened no source the finder knew.
    const Analyzed r("Selon nos confrères de La Voix du Nord, le chantier reprendra en mai.\n\n"
                     "D'après notre confrère Radio Valbourg, la digue a cédé dans la nuit.");
    const Quote* works = r.quote("le chantier reprendra en mai");
    const Quote* dike = r.quote("la digue a cédé");
    REQUIRE(works);
    REQUIRE(dike);
    CHECK(r.speaker(*works).find("Voix du Nord") != std::string::npos);
    CHECK(r.speaker(*dike) == "Radio Valbourg");
}

TEST_CASE("'se confier' reports as 'confier' does: the pronoun before the reflexive is the speaker") {
    const Analyzed r(
        "Marc Dubreuil a perdu son permis samedi.\n\n"
        "Quelques jours plus tard, il se confie sans détour à la radio : « J'étais épuisé, c'est une erreur bête. »");
    const Quote* q = r.quote("J'étais épuisé");
    REQUIRE(q);
    CHECK(r.speaker(*q) == "Marc Dubreuil");
    CHECK(q->cue == "se confie");
}

TEST_CASE("a regular verb's finite and gerund forms come from its infinitive; an irregular one's from its own list") {
    // "annoncer", "interroger" list no forms: the language's conjugation gives "annonçait",
    // "interrogeait-elle" and "dénonçant", softening the stem before an "a".
    const Analyzed r(
        "Le maire a parlé aux habitants. « La digue tiendra », annonçait-il.\n\n"
        "« Qui paiera ? », interrogeait-elle.\n\n"
        "Les élus ont quitté la salle, dénonçant un « mépris » du préfet.");
    const Quote* dyke = r.quote("La digue tiendra");
    const Quote* pay = r.quote("Qui paiera");
    REQUIRE(dyke);
    REQUIRE(pay);
    CHECK(dyke->cue == "annonçait-il");
    CHECK(pay->cue == "interrogeait-elle");
    const Quote* scorn = r.opening("un « mépris »");
    REQUIRE(scorn);
    CHECK(scorn->cue == "dénonçant");
    // "rappeler" doubles its l, so it lists its forms.
    const Analyzed irregular("Le maire a parlé. « Rien n'est joué », rappelle-t-il.");
    const Quote* joue = irregular.quote("Rien n'est joué");
    REQUIRE(joue);
    CHECK(joue->cue == "rappelle-t-il");
}

TEST_CASE("'non seulement' and 'par conséquent' may stand between an auxiliary and its reporting verb") {
    const Analyzed r(
        "La région a non seulement annoncé des aides d'urgence pour les éleveurs.\n\n"
        "La préfète Anne Morel a par conséquent demandé l'évacuation du camping.");
    REQUIRE(r.quote("des aides d'urgence"));
    CHECK(r.speaker_of("l'évacuation du camping") == "Anne Morel");
}

TEST_CASE("a comma, a coordinator and an auxiliary end an object report: the subject's clause goes on") {
    const Analyzed r("Le syndicat a annoncé une grève de trois jours, mais a refusé de fixer une date.");
    CHECK(r.holding("une grève de trois jours").text == "une grève de trois jours");
    // Without the auxiliary the coordinator joins a second object to the report.
    const Analyzed both("Le syndicat a annoncé une grève de trois jours, mais aussi une manifestation.");
    CHECK(both.holding("une grève de trois jours").text.find("manifestation") != std::string::npos);
    // Folded, the preposition "à" is the auxiliary "a": a place joined after the comma is no verb.
    const Analyzed place("Le syndicat a annoncé une grève à Lyon, et à Paris en décembre.");
    CHECK(place.holding("une grève à Lyon").text.find("Paris") != std::string::npos);
}

TEST_CASE("a comma, a coordinator, a new subject and its verb end an object report") {
    const Analyzed r(
        "La banque a promis une baisse des taux en juin, et les marchés ont aussitôt salué la nouvelle.\n\n"
        "Les secours évoquent au moins 40 blessés, mais beaucoup craignent un bilan plus lourd.");
    CHECK(r.holding("une baisse des taux en juin").text == "une baisse des taux en juin");
    CHECK(r.holding("40 blessés").text.find("craignent") == std::string::npos);
    // A noun phrase joined after the comma, even one with a relative clause, stays in the report.
    const Analyzed joined("La banque a promis une baisse des taux, et la hausse des crédits qu'elle a annoncée hier.");
    CHECK(joined.holding("une baisse des taux").text.find("hausse des crédits") != std::string::npos);
}

TEST_CASE("a gerund after a comma opens a clause of its own, and reports when its verb is a cue") {
    const Analyzed r(
        "Le ministre a rejeté les appels à la clémence, les comparant à une provocation.\n\n"
        "L'opposition a rejeté les résultats, la qualifiant de « mascarade électorale ».");
    CHECK(r.holding("les appels à la clémence").text == "les appels à la clémence");
    CHECK(r.holding("les résultats").text == "les résultats");
    // The object pronoun before the gerund is no article: "qualifiant" reports the quoted words.
    const Quote& sham = r.holding("mascarade électorale");
    CHECK(sham.cue == "qualifiant");
    CHECK(r.speaker_of("mascarade électorale") == "opposition");
    // Right after the cue, the gerund is an aside before what was said.
    const Analyzed aside("Le maire a lancé, se tournant vers la salle : « Nous ne céderons pas. »");
    CHECK(aside.speaker_of("Nous ne céderons pas") == "maire");
    // Words in -ant that are no gerunds leave the report whole.
    const Analyzed whole("Le syndicat a dénoncé la fermeture du site, pendant les vacances scolaires.");
    CHECK(whole.holding("la fermeture du site").text.find("vacances") != std::string::npos);
}

TEST_CASE("the main clause after a subordinate clause's object report is a report of its own") {
    // A subject the lexicon does not know as a role: its verb alone tells it is one.
    const Analyzed r("Alors que le parti revendique la victoire sur la réélection du maire, certains insulaires "
                     "pensent qu'il ne les représente pas.");
    CHECK(r.holding("la victoire").text == "la victoire sur la réélection du maire");
    REQUIRE(r.quote("il ne les représente pas"));
}

TEST_CASE("an edge of the day between a cue and its subject, or its auxiliary and verb, is an insertion") {
    const Analyzed r(
        "« Le scrutin s'est déroulé dans le calme », avait dit en début d'après-midi à Lomé le chef de la "
        "mission.\n\nLe ministre a en fin de journée annoncé la réouverture des écoles.");
    CHECK(r.speaker_of("Le scrutin s'est déroulé dans le calme") == "chef de la mission");
    CHECK(r.speaker_of("la réouverture des écoles") == "ministre");
}

TEST_CASE("a title's quotation, then a colon and who said it doing something, is that person's words") {
    const Analyzed r("« Il faudra tenir jusqu'en mars » : la ministre Claire Vidal visite l'hôpital de Brest\n\n"
                     "La ministre de la Santé a parlé mardi devant les syndicats.");
    CHECK(r.speaker_of("Il faudra tenir jusqu'en mars") == "Claire Vidal");
    // A name alone after the colon labels the quotation's subject; nobody is said to speak.
    const Analyzed label("« La ville la plus chère du pays » : Genève\n\nLes loyers ont encore monté.");
    const Quote* q = label.quote("La ville la plus chère du pays");
    CHECK((q == nullptr || label.speaker(*q).empty()));
}

TEST_CASE("'selon X,' after 'Toujours' or after an adverb that opens the sentence reports what follows") {
    const Analyzed r("Toujours selon la préfecture, l'accident est survenu à un carrefour.\n\n"
                     "Seulement, selon l'opposant, le scrutin ne s'est pas déroulé dans les règles.");
    CHECK(r.speaker_of("l'accident est survenu à un carrefour") == "préfecture");
    CHECK(r.speaker_of("le scrutin ne s'est pas déroulé") == "opposant");
}

TEST_CASE("a noun phrase after 'parler de' or 'appeler à' ends as an object does, before another clause") {
    const Analyzed r("Le président a parlé d'une rencontre « très productive », quand son homologue a évoqué une « entente ».");
    const Quote* talk = r.opening("d'une rencontre");
    REQUIRE(talk);
    CHECK(talk->text.find("homologue") == std::string::npos);
    CHECK(r.speaker_of("une « entente »") == "homologue");
    // What a colon opens after the noun goes on as the report: "fait part de son agacement : …".
    const Analyzed colon("Paul Roy fait part de son agacement : arrivé à 9 h, il n'a découvert la grève qu'à l'atterrissage.");
    const Quote* q = colon.opening("de son agacement");
    REQUIRE(q);
    CHECK(q->text.find("atterrissage") != std::string::npos);
}

TEST_CASE("a heading that quotes again words a quotation of the body gives quotes that speaker") {
    const std::string rescue =
        "« Plusieurs familles » réfugiées\n\n« Plusieurs familles s'étaient réfugiées dans la "
        "maison », a raconté Karim Haddad, secouriste.";
    const Analyzed r("Un immeuble touché dans le centre\n\n" + rescue +
                     "\n\n« Une journée noire » pour les commerçants\n\nLes boutiques sont restées fermées.");
    const Quote* heading = r.opening("Plusieurs familles");
    REQUIRE(heading);
    CHECK(heading->text == "Plusieurs familles");
    CHECK(r.speaker_of("Plusieurs familles") == "Karim Haddad");
    // Quoted words that no quotation of the body gives are a phrase marked as such, no one's words.
    CHECK_FALSE(r.quote("Une journée noire"));
}
