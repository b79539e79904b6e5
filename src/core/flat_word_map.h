#pragma once
#include "shared_array.h"
#include "word_index.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace depeche {

// A map of words to plain values, the words end to end in one text and the values in one array:
// a table of tens of thousands of words (the gazetteer's names) is then a few arrays, that a
// snapshot gives back in place where a WordMap makes a string and an entry per word. Words stay
// in insertion order; a value's address holds until the next word is added.
template <class T>
    requires std::is_trivially_copyable_v<T>
class FlatWordMap {
public:
    std::size_t size() const { return values_.size(); }
    std::string_view word(std::size_t i) const {
        const std::uint32_t start = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_.data() + start, ends_[i] - start);
    }

    // The value of a word, or nullptr.
    const T* value(WordKey word) const {
        const std::size_t i = locate(word);
        return i == WordIndex::kNone ? nullptr : &values_[i];
    }
    const T* value(std::string_view word) const { return value(WordKey(word)); }
    std::size_t count(WordKey word) const { return locate(word) != WordIndex::kNone ? 1 : 0; }
    std::size_t count(std::string_view word) const { return count(WordKey(word)); }

    // The value of a word, added as T{} if the word had none.
    T& operator[](std::string_view word) {
        const WordKey key(word);
        if (const std::size_t i = locate(key); i != WordIndex::kNone) return values_[i];
        text_.append(word.data(), word.size());
        ends_.push_back(static_cast<std::uint32_t>(text_.size()));
        values_.push_back(T{});
        index_.push_back(key.hash);
        return values_.back();
    }

    // The values in the order of their words, to change them without changing the words.
    SharedArray<T>& values() { return values_; }

    // What a snapshot keeps: the words' bytes, where each ends, the values and the index.
    const SharedArray<char>& text() const { return text_; }
    const SharedArray<std::uint32_t>& ends() const { return ends_; }
    const SharedArray<T>& values() const { return values_; }
    const WordIndex& index() const { return index_; }
    // Takes them back. Words that do not fit the text, or an index that cannot be theirs
    // (WordIndex::restore), are refused, and the map is left as it was.
    bool restore(SharedArray<char>&& text, SharedArray<std::uint32_t>&& ends, SharedArray<T>&& values,
                 SharedArray<std::uint64_t>&& slots) {
        if (values.size() != ends.size() || (ends.empty() ? !text.empty() : ends.back() != text.size()))
            return false;
        for (std::size_t i = 1; i < ends.size(); ++i)
            if (ends[i] < ends[i - 1]) return false;
        WordIndex index;
        if (!index.restore(ends.size(), std::move(slots))) return false;
        text_ = std::move(text);
        ends_ = std::move(ends);
        values_ = std::move(values);
        index_ = std::move(index);
        return true;
    }

private:
    SharedArray<char> text_;
    SharedArray<std::uint32_t> ends_;  // word i is text_[ends_[i - 1], ends_[i]), the first from 0
    SharedArray<T> values_;
    WordIndex index_;

    std::size_t locate(WordKey key) const {
        return index_.locate(key, [&](std::size_t i) { return word(i); });
    }
};

}  // namespace depeche
