#include "dossier.h"

#include "combined.h"
#include "event_merge.h"
#include "place_pool.h"
#include "speaker_merge.h"

namespace depeche {
namespace {

constexpr std::string_view kBlank = " \t\r\n\f\v";

// Analyzes the inputs in order and keeps those accepted, ids a1, a2...; says why of the others.
std::vector<DossierArticle> analyze_inputs(std::vector<DossierInput> inputs, const Resources& resources,
                                           std::vector<Refusal>& refused, const DossierProgress& progress) {
    std::vector<DossierArticle> articles;
    std::size_t total = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        DossierInput& in = inputs[i];
        // Counted with the blank line that separates it from the previous article in the combined text.
        const std::size_t bytes = in.text.size() + (articles.empty() ? 0 : kSeparator.size());
        std::string reason;
        if (in.text.find_first_not_of(kBlank) == std::string::npos) {
            reason = "the text is empty";
        } else if (total + bytes > kMaxInputBytes) {
            reason = "the dossier would be over " + std::to_string(kMaxInputBytes >> 20) +
                     " MiB with it, the most Depeche analyzes at once";
        } else {
            Result r = analyze(std::move(in.text), Options{in.dct}, resources);
            if (r.ok()) {
                total += bytes;
                articles.push_back({numbered_id("a", articles.size() + 1), std::move(in.name), std::move(r), {}});
            } else {
                reason = std::move(r.error);
            }
        }
        if (!reason.empty()) refused.push_back({std::move(in.name), std::move(reason)});
        if (progress) progress(i + 1, inputs.size());
    }
    return articles;
}

}  // namespace

Dossier build_dossier(std::vector<DossierInput> inputs, const Resources& resources, const DossierProgress& progress) {
    Dossier d;
    d.articles = analyze_inputs(std::move(inputs), resources, d.refused, progress);
    std::vector<ArticleLinks> links(d.articles.size());
    d.speakers = merge_speakers(d.articles, resources, links);
    d.places = pool_places(d.articles, links);
    d.events = merge_events(d.articles, d.places, d.speakers, links);
    lay_out(d.articles, std::vector<bool>(d.articles.size(), true));
    return d;
}

}  // namespace depeche
