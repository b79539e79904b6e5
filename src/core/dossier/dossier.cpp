#include "dossier.h"

#include "combined.h"
#include "event_merge.h"
#include "place_pool.h"
#include "speaker_merge.h"

namespace depeche {
namespace {

constexpr std::string_view kBlank = " \t\r\n\f\v";

// The combined text's length so far, blank lines between articles included.
std::size_t dossier_bytes(const Dossier& d) {
    std::size_t total = 0;
    for (const DossierArticle& a : d.articles) total += a.result.text.size() + (total ? kSeparator.size() : 0);
    return total;
}

}  // namespace

bool add_input(Dossier& d, DossierInput in, const Resources& resources) {
    // Counted with the blank line that separates it from the previous article in the combined text.
    const std::size_t bytes = in.text.size() + (d.articles.empty() ? 0 : kSeparator.size());
    std::string reason;
    if (in.text.find_first_not_of(kBlank) == std::string::npos) {
        reason = "the text is empty";
    } else if (dossier_bytes(d) + bytes > kMaxInputBytes) {
        reason = "the dossier would be over " + std::to_string(kMaxInputBytes >> 20) +
                 " MiB with it, the most Depeche analyzes at once";
    } else {
        Result r = analyze(std::move(in.text), Options{in.dct}, resources);
        if (r.ok()) {
            d.articles.push_back({numbered_id("a", d.articles.size() + 1), std::move(in.name), std::move(r), {}});
            return true;
        }
        reason = std::move(r.error);
    }
    d.refused.push_back({std::move(in.name), std::move(reason)});
    return false;
}

void merge_dossier(Dossier& d, const Resources& resources) {
    std::vector<ArticleLinks> links(d.articles.size());
    d.speakers = merge_speakers(d.articles, resources, links);
    d.places = pool_places(d.articles, links);
    d.events = merge_events(d.articles, d.places, d.speakers, links);
    lay_out(d.articles, std::vector<bool>(d.articles.size(), true));
}

Dossier build_dossier(std::vector<DossierInput> inputs, const Resources& resources, const DossierProgress& progress) {
    Dossier d;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        add_input(d, std::move(inputs[i]), resources);
        if (progress) progress(i + 1, inputs.size());
    }
    merge_dossier(d, resources);
    return d;
}

}  // namespace depeche
