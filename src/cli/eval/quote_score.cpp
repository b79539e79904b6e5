#include "quote_score.h"

#include "core/fold.h"

#include <algorithm>

namespace depeche::cli {
namespace {

struct Pair {
    std::size_t gold, predicted;
    double coverage;  // share of the gold quotation the prediction covers
    double jaccard;   // tie-break: the prediction that fits the gold quotation best
};

std::size_t shared(Span a, Span b) {
    const std::size_t s = std::max(a.start, b.start), e = std::min(a.end, b.end);
    return e > s ? e - s : 0;
}

std::vector<Pair> candidate_pairs(const GoldArticle& gold, const Analysis& predicted) {
    std::vector<Pair> pairs;
    for (std::size_t g = 0; g < gold.quotes.size(); ++g) {
        const Span gs = gold.quotes[g].span;
        for (std::size_t p = 0; p < predicted.quotes.size(); ++p) {
            const Span ps = predicted.quotes[p].span;
            const std::size_t common = shared(gs, ps);
            if (!common || gs.size() == 0) continue;
            const double uni = double(gs.size() + ps.size() - common);
            pairs.push_back({g, p, double(common) / double(gs.size()), double(common) / uni});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.jaccard > b.jaccard; });
    return pairs;
}

// Greedy one-to-one matching above a coverage threshold; returns the prediction of each gold quote.
std::vector<std::optional<std::size_t>> match(const std::vector<Pair>& pairs, std::size_t gold_count,
                                              std::size_t predicted_count, double threshold) {
    std::vector<std::optional<std::size_t>> of_gold(gold_count);
    std::vector<bool> taken(predicted_count, false);
    for (const Pair& p : pairs) {
        if (p.coverage <= threshold || of_gold[p.gold] || taken[p.predicted]) continue;
        of_gold[p.gold] = p.predicted;
        taken[p.predicted] = true;
    }
    return of_gold;
}

const Entity* speaker_of(const Analysis& predicted, const Quote& p) {
    if (!p.speaker) return nullptr;
    const auto e = std::find_if(predicted.entities.begin(), predicted.entities.end(),
                                [&](const Entity& x) { return x.id == *p.speaker; });
    return e == predicted.entities.end() ? nullptr : &*e;
}

std::string speaker_name(const Analysis& predicted, const Quote& p) {
    const Entity* e = speaker_of(predicted, p);
    return e ? e->name : std::string();
}

bool same_speaker(const GoldArticle& gold, const GoldQuote& q, const Analysis& predicted, const Quote& p) {
    if (!q.speaker) return !p.speaker;
    const Entity* e = speaker_of(predicted, p);
    if (!e) return false;
    for (const std::string& alias : gold.speakers[*q.speaker].aliases) {
        const std::string key = fold(alias);
        if (fold(e->name) == key) return true;
        for (const std::string& a : e->aliases)
            if (fold(a) == key) return true;
    }
    return false;
}

}  // namespace

QuoteScore& QuoteScore::operator+=(const QuoteScore& o) {
    for (auto [mine, theirs] : {std::pair{&loose, &o.loose}, std::pair{&strict, &o.strict}}) {
        mine->matched += theirs->matched;
        mine->predicted += theirs->predicted;
        mine->gold += theirs->gold;
    }
    speaker_right += o.speaker_right;
    speaker_judged += o.speaker_judged;
    for (std::size_t k = 0; k < by_kind.size(); ++k) {
        by_kind[k].gold += o.by_kind[k].gold;
        by_kind[k].found += o.by_kind[k].found;
        by_kind[k].predicted += o.by_kind[k].predicted;
        by_kind[k].right += o.by_kind[k].right;
    }
    return *this;
}

QuoteScore score_quotes(const GoldArticle& gold, const Analysis& predicted) {
    QuoteScore score;
    const auto pairs = candidate_pairs(gold, predicted);
    const std::size_t n = gold.quotes.size(), m = predicted.quotes.size();
    const auto loose = match(pairs, n, m, kLooseOverlap);
    const auto strict = match(pairs, n, m, kStrictOverlap);
    score.loose = {static_cast<std::size_t>(std::count_if(loose.begin(), loose.end(), [](auto& x) { return x.has_value(); })), m, n};
    score.strict = {static_cast<std::size_t>(std::count_if(strict.begin(), strict.end(), [](auto& x) { return x.has_value(); })), m, n};
    for (const Quote& p : predicted.quotes) ++score.by_kind[static_cast<std::size_t>(p.kind)].predicted;
    for (std::size_t g = 0; g < n; ++g) {
        KindCounts& kind = score.by_kind[static_cast<std::size_t>(gold.quotes[g].kind)];
        ++kind.gold;
        if (loose[g]) {
            ++kind.found;
            ++score.by_kind[static_cast<std::size_t>(predicted.quotes[*loose[g]].kind)].right;
        }
        if (!loose[g]) {
            score.missed.push_back(g);
            continue;
        }
        ++score.speaker_judged;
        if (same_speaker(gold, gold.quotes[g], predicted, predicted.quotes[*loose[g]])) ++score.speaker_right;
        else score.wrong_speaker.push_back({g, speaker_name(predicted, predicted.quotes[*loose[g]])});
    }
    return score;
}

}  // namespace depeche::cli
