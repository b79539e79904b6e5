#include "dct_score.h"

namespace depeche::cli {

void DctScore::add(const DctScore& o) {
    stated += o.stated;
    read += o.read;
    unstated += o.unstated;
    false_read += o.false_read;
    misses.insert(misses.end(), o.misses.begin(), o.misses.end());
}

bool has_dct_origin(const nlohmann::json& gold) {
    const auto from = gold.find("dct_from");
    return from != gold.end() && from->is_string();
}

DctScore score_dct(const Analysis& blind, const nlohmann::json& gold, const std::string& name) {
    DctScore s;
    if (!has_dct_origin(gold)) return s;
    const bool inferred = blind.dct_source == DctSource::text && blind.dct;
    const std::string got = inferred ? *blind.dct : "none";
    if (gold["dct_from"].get<std::string>() == "text") {
        const auto want = gold.find("dct");
        const std::string wanted = want != gold.end() && want->is_string() ? want->get<std::string>() : "?";
        ++s.stated;
        if (inferred && *blind.dct == wanted)
            ++s.read;
        else
            s.misses.push_back(name + ": publication date " + wanted + " stated in the text, read " + got);
    } else {
        ++s.unstated;
        if (inferred) {
            ++s.false_read;
            s.misses.push_back(name + ": no publication date in the text, read " + got);
        }
    }
    return s;
}

}  // namespace depeche::cli
