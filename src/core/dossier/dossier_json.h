#pragma once
#include "dossier.h"

#include <ostream>

namespace depeche {

inline constexpr const char* kDossierSchema = "depeche/dossier@1";

// The "depeche/dossier@1" document of ../shared/conventions.md: each article with its whole
// "depeche/analysis@1" (as analysis_json.h writes it), then speakers, places, events, and the
// inputs refused with why.
void write_json(std::ostream& out, const Dossier& dossier, bool pretty);

}  // namespace depeche
