#include "core/shared_array.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace depeche;

TEST_CASE("an array borrowed from shared bytes reads them in place and keeps them") {
    auto bytes = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{3, 1, 4, 1, 5});
    const std::uint32_t* at = bytes->data();
    SharedArray<std::uint32_t> borrowed(bytes, at + 1, 3);
    const std::weak_ptr<const std::vector<std::uint32_t>> watched = bytes;
    bytes.reset();
    REQUIRE_FALSE(watched.expired());
    CHECK(borrowed.data() == at + 1);
    CHECK(std::vector<std::uint32_t>(borrowed.begin(), borrowed.end()) == std::vector<std::uint32_t>{1, 4, 1});
    // A copy borrows the same bytes.
    const SharedArray<std::uint32_t> copy = borrowed;
    CHECK(copy.data() == at + 1);
    borrowed = SharedArray<std::uint32_t>();
    CHECK_FALSE(watched.expired());
    CHECK(copy.back() == 1);
}

TEST_CASE("a change to a borrowed array copies it first and leaves the bytes as they were") {
    const auto bytes = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{2, 7, 1});
    SharedArray<std::uint32_t> changed(bytes, bytes->data(), 3);
    const SharedArray<std::uint32_t> kept = changed;
    changed[0] = 9;
    changed.push_back(8);
    CHECK(changed.data() != bytes->data());
    CHECK(std::vector<std::uint32_t>(changed.begin(), changed.end()) == std::vector<std::uint32_t>{9, 7, 1, 8});
    CHECK(*bytes == std::vector<std::uint32_t>{2, 7, 1});
    CHECK(kept.data() == bytes->data());
    CHECK(kept.front() == 2);
}

TEST_CASE("an array that owns its values copies them with itself") {
    SharedArray<char> text;
    text.append("abc", 3);
    SharedArray<char> copy = text;
    copy[0] = 'x';
    CHECK(std::string(text.begin(), text.end()) == "abc");
    CHECK(std::string(copy.begin(), copy.end()) == "xbc");
    const SharedArray<char> moved = std::move(copy);
    CHECK(std::string(moved.begin(), moved.end()) == "xbc");
}
