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
    REQUIRE(restored.restore(entries(), SharedArray<std::uint64_t>(saved.slots())));
    CHECK(restored.size() == 300);
    CHECK(restored.count("ville299") == 1);
    CHECK(restored.count("ville300") == 0);
    // Grown past its saved slots, it places its entries again from the slots alone.
    for (int i = 300; i < 1000; ++i) restored.insert(std::string("ville").append(std::to_string(i)));
    for (int i = 0; i < 1000; ++i) CHECK(restored.count(std::string("ville").append(std::to_string(i))) == 1);

    WordSet kept;
    kept.insert("erevan");
    std::vector<std::size_t> used;
    for (std::size_t s = 0; s < saved.slots().size(); ++s)
        if (saved.slots()[s] != 0) used.push_back(s);
    const auto with_entry = [&](std::size_t slot, std::uint64_t entry) {
        SharedArray<std::uint64_t> slots = saved.slots();
        slots[slot] = (slots[slot] & 0xFFFFFFFF00000000ull) | entry;
        return slots;
    };
    CHECK_FALSE(kept.restore(entries(), with_entry(used[0], 5000)));  // entry 4999 of 300
    // An entry in two slots, and so another in none, that no lookup would find.
    CHECK_FALSE(kept.restore(entries(), with_entry(used[1], static_cast<std::uint32_t>(saved.slots()[used[0]]))));
    // No empty slot: a miss would never end.
    const std::vector<std::uint64_t> full(saved.slots().size(), 1);
    CHECK_FALSE(kept.restore(entries(), SharedArray<std::uint64_t>(full)));
    // Fewer entries than the slots hold.
    CHECK_FALSE(kept.restore(std::deque<std::string>(saved.begin(), saved.begin() + 299),
                             SharedArray<std::uint64_t>(saved.slots())));
    CHECK(kept.size() == 1);
    CHECK(kept.count("erevan") == 1);
}
