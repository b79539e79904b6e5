#include "core/word_set.h"

#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <vector>

using namespace depeche;

TEST_CASE("a word table finds every word it holds, and none it does not, across many growths") {
    WordMap<int> map;
    for (int i = 0; i < 5000; ++i) map[std::string("mot").append(std::to_string(i))] = i;
    REQUIRE(map.size() == 5000);
    for (int i = 0; i < 5000; ++i) {
        const auto it = map.find(std::string("mot").append(std::to_string(i)));
        REQUIRE(it != map.end());
        CHECK(it->second == i);
    }
    CHECK(map.count("mot5000") == 0);
    CHECK(map.find(std::string_view("mot12345").substr(0, 5)) != map.end());  // "mot12", by a view
}

TEST_CASE("entries keep their address and their insertion order while the table grows") {
    WordSet set;
    const std::string* first = &*set.insert("moscou").first;
    for (int i = 0; i < 1000; ++i) set.insert(std::string("w").append(std::to_string(i)));
    CHECK(&*set.find("moscou") == first);
    CHECK(*first == "moscou");
    CHECK_FALSE(set.insert("moscou").second);
    std::vector<std::string> order(set.begin(), set.begin() + 3);
    CHECK(order == std::vector<std::string>{"moscou", "w0", "w1"});
}

TEST_CASE("an empty word is a word like another, and an empty table answers") {
    WordSet set;
    CHECK(set.count("") == 0);
    CHECK(set.find("x") == set.end());
    set.insert("");
    CHECK(set.count("") == 1);
    WordMap<std::string> units{};
    CHECK(units.emplace("semaines", "W").second);
    CHECK_FALSE(units.emplace("semaines", "M").second);
    CHECK(units.find("semaines")->second == "W");
}

TEST_CASE("a key that carries its hash finds what its text finds; the hash alone never decides") {
    WordSet set;
    for (const char* w : {"hier", "demain", "lundi", "semaine"}) set.insert(w);
    const WordKey lundi("lundi");
    CHECK(lundi.hash == WordHash{}("lundi"));
    CHECK(set.find(lundi) == set.find("lundi"));
    CHECK(set.count(WordKey("mardi")) == 0);
    // A key claiming another word's hash is still compared by its text.
    CHECK(set.count(WordKey("mardi", lundi.hash)) == 0);
    CHECK(set.count(WordKey("lundi", WordHash{}("hier"))) == 0);
}

TEST_CASE("a word map gives the value of a key, or nothing") {
    WordMap<int> numbers;
    numbers.emplace("deux", 2);
    REQUIRE(numbers.value(WordKey("deux")) != nullptr);
    CHECK(*numbers.value(WordKey("deux")) == 2);
    CHECK(numbers.value(WordKey("trois")) == nullptr);
}

TEST_CASE("a table restored with its saved index finds its words; an index that cannot be theirs is refused") {
    WordSet saved;
    for (int i = 0; i < 300; ++i) saved.insert(std::string("ville").append(std::to_string(i)));
    const auto entries = [&] { return std::deque<std::string>(saved.begin(), saved.end()); };

    WordSet restored;
    REQUIRE(restored.restore(entries(), std::vector<std::uint64_t>(saved.hashes()), std::vector<std::uint64_t>(saved.slots())));
    CHECK(restored.size() == 300);
    CHECK(restored.count("ville299") == 1);
    CHECK(restored.count("ville300") == 0);

    WordSet kept;
    kept.insert("erevan");
    std::vector<std::uint64_t> past_the_end = saved.slots();
    for (std::uint64_t& slot : past_the_end)
        if (slot != 0) {
            slot = (slot & 0xFFFFFFFF00000000ull) | 5000;  // entry 4999 of 300
            break;
        }
    CHECK_FALSE(kept.restore(entries(), std::vector<std::uint64_t>(saved.hashes()), std::move(past_the_end)));
    std::vector<std::uint64_t> full(saved.slots().size(), 1);  // no empty slot: a miss would never end
    CHECK_FALSE(kept.restore(entries(), std::vector<std::uint64_t>(saved.hashes()), std::move(full)));
    CHECK_FALSE(kept.restore(entries(), {}, std::vector<std::uint64_t>(saved.slots())));
    CHECK(kept.size() == 1);
    CHECK(kept.count("erevan") == 1);
}
