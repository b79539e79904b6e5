#include "corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string_view>

namespace depeche::bench {
namespace {

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const std::size_t eol = std::min(text.find('\n'), text.size());
        if (eol > 0) out.push_back(text.substr(0, eol));
        text.remove_prefix(std::min(eol + 1, text.size()));
    }
    return out;
}

// Fisher-Yates on the raw engine output: std::shuffle's distribution differs between standard
// libraries, and the native and wasm benchmarks must read the same text.
template <typename T>
void shuffle(std::vector<T>& items, std::mt19937& engine) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[engine() % i]);
}

}  // namespace

std::vector<std::string> read_articles(const std::vector<std::string>& folders) {
    std::vector<std::filesystem::path> paths;
    for (const std::string& folder : folders) {
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
            if (entry.is_regular_file() && entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> articles;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!text.empty()) articles.push_back(std::move(text));
    }
    return articles;
}

std::string make_corpus(const std::vector<std::string>& articles, std::size_t bytes, unsigned seed) {
    std::string out;
    if (articles.empty()) return out;
    // Title and dateline of the first article open the text; every other line is a paragraph.
    const std::vector<std::string_view> head = lines(articles.front());
    std::vector<std::string_view> paragraphs;
    for (const std::string& article : articles) {
        const std::vector<std::string_view> all = lines(article);
        paragraphs.insert(paragraphs.end(), all.begin() + std::min<std::size_t>(2, all.size()), all.end());
    }
    if (paragraphs.empty()) return out;
    out.reserve(bytes);
    for (std::size_t i = 0; i < std::min<std::size_t>(2, head.size()); ++i) {
        if (out.size() + head[i].size() + 2 > bytes) return out;
        out.append(head[i]).append(i == 0 ? "\n\n" : "\n");
    }
    std::mt19937 engine(seed);
    for (;;) {
        shuffle(paragraphs, engine);
        for (std::string_view p : paragraphs) {
            if (out.size() + p.size() + 1 > bytes) return out;
            out.append(p).push_back('\n');
        }
    }
}

}  // namespace depeche::bench
