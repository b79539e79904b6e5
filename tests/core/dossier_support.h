#pragma once
// Short invented articles for the dossier tests: invented people and institutions, real towns.
#include "core/dossier/dossier.h"

#include "test_support.h"

#include <string>
#include <vector>

namespace depeche::test {

// A minister spelled "Kalousdian" here and "Kalousdyan" in the next article, at the same event.
inline const char* kBridgeOpened = R"(LE CHANTIER DU PONT DES VERNES EST OUVERT

Grenoble (La Vigie) - Le chantier du pont des Vernes a été inauguré mardi à Grenoble par le ministre des Ouvrages d'art, Arsène Kalousdian.

« Ce pont reliera enfin les deux rives avant l'hiver prochain », a déclaré M. Kalousdian devant une centaine d'habitants.

La présidente de l'association des riverains, Odile Ferrandin, a salué « une promesse enfin tenue ».
)";

inline const char* kBridgeCriticized = R"(LE PONT DES VERNES DIVISE LES ÉLUS

Grenoble (Le Courrier alpin) - Le ministre Arsène Kalousdyan a lancé mardi à Grenoble les travaux du pont des Vernes, sous les sifflets d'une partie des élus.

« Nous tiendrons le calendrier, quoi qu'il en coûte », a affirmé M. Kalousdyan.

L'opposition municipale, par la voix de Gaspard Lemoustier, a dénoncé « un chantier décidé sans concertation ».
)";

// The minister known only by the role.
inline const char* kBridgeByRole = R"(PONT DES VERNES : LE CALENDRIER TIENT

« Les piles sont posées et le tablier suivra », a assuré jeudi le ministre des Ouvrages d'art lors d'une visite à Lyon.
)";

inline DossierInput input(const char* name, const char* text, std::optional<std::string> dct = std::nullopt) {
    return {name, text, std::move(dct)};
}

inline const DossierSpeaker* speaker_named(const Dossier& d, std::string_view name) {
    for (const DossierSpeaker& s : d.speakers)
        if (s.name == name) return &s;
    return nullptr;
}

// The speaker an article's entity was merged into, by the entity's name in that article.
inline const DossierSpeaker* speaker_of(const Dossier& d, std::string_view article, std::string_view entity_name) {
    for (const DossierArticle& a : d.articles) {
        if (a.id != article) continue;
        for (const Entity& e : a.result.analysis.entities) {
            if (e.name != entity_name) continue;
            for (const DossierSpeaker& s : d.speakers)
                for (const DossierRef& r : s.entities)
                    if (r.article == a.id && r.item == e.id) return &s;
        }
    }
    return nullptr;
}

}  // namespace depeche::test
