#pragma once
#include "flat_word_map.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace depeche {

// Words to short lists of numbers, each list a run of one array that all share: the gazetteer's
// 70,000 names have a list each, nearly all of one entry, and a vector each was as many
// allocations to make, copy and free at every start. A list grows only at the array's end, so
// one that is not there is moved there first; sort() packs the lists again.
class WordLists {
public:
    struct Run {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    using List = std::span<const std::uint32_t>;

    // The list of a word; nullopt for a word that has none (an empty list is a word that is known).
    std::optional<List> find(WordKey word) const {
        const Run* run = runs_.value(word);
        if (!run) return std::nullopt;
        return List(values_.data() + run->first, run->count);
    }
    std::optional<List> find(std::string_view word) const { return find(WordKey(word)); }
    std::size_t count(WordKey word) const { return runs_.count(word); }
    std::size_t count(std::string_view word) const { return runs_.count(word); }
    std::size_t size() const { return runs_.size(); }

    // Makes the word known, with an empty list if it had none.
    void add(std::string_view word) { runs_[word]; }

    // Adds a value at the end of the word's list, unless the list holds it already.
    void add(std::string_view word, std::uint32_t value) {
        Run& run = runs_[word];
        const std::uint32_t* begin = values_.data() + run.first;
        if (std::find(begin, begin + run.count, value) != begin + run.count) return;
        if (run.first + run.count != values_.size()) {
            const auto first = static_cast<std::uint32_t>(values_.size());
            // By index: the array may move while it grows.
            for (std::uint32_t k = 0; k < run.count; ++k) values_.push_back(values_[run.first + k]);
            run.first = first;
        }
        values_.push_back(value);
        ++run.count;
    }

    // Sorts each list, stably, and lays the lists out in the order of their words, nothing between.
    template <class Less>
    void sort(Less less) {
        std::vector<std::uint32_t> packed;
        packed.reserve(values_.size());
        SharedArray<Run>& runs = runs_.values();
        for (std::size_t i = 0; i < runs.size(); ++i) {
            Run& run = runs[i];
            const auto first = static_cast<std::uint32_t>(packed.size());
            packed.insert(packed.end(), values_.begin() + run.first, values_.begin() + run.first + run.count);
            // Most lists hold one value, and a stable sort takes a buffer even for one.
            if (run.count > 1) std::stable_sort(packed.begin() + first, packed.end(), less);
            run.first = first;
        }
        values_ = SharedArray<std::uint32_t>(std::move(packed));
    }

    // What a snapshot keeps, and takes back: lists that reach past the values are refused, and
    // the lists are left as they were.
    const FlatWordMap<Run>& runs() const { return runs_; }
    const SharedArray<std::uint32_t>& values() const { return values_; }
    bool restore(FlatWordMap<Run>&& runs, SharedArray<std::uint32_t>&& values) {
        for (const Run& run : runs.values())
            if (std::uint64_t{run.first} + run.count > values.size()) return false;
        runs_ = std::move(runs);
        values_ = std::move(values);
        return true;
    }

private:
    FlatWordMap<Run> runs_;
    SharedArray<std::uint32_t> values_;
};

}  // namespace depeche
