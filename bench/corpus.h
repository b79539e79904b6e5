#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace depeche::bench {

// Reads every *.txt under the given folders (launch article, gold articles), sorted by path so
// the corpus is the same on every machine.
std::vector<std::string> read_articles(const std::vector<std::string>& folders);

// Builds a text of about `bytes` bytes (never more): the first article's title and dateline,
// then the paragraphs of all articles, reshuffled on every round, so large inputs look like
// news rather than one article pasted over and over. Deterministic for a given seed.
std::string make_corpus(const std::vector<std::string>& articles, std::size_t bytes, unsigned seed);

}  // namespace depeche::bench
