// Writes the hostile inputs of the CLI tests into a folder: what a careless or malicious caller
// could hand the analyzer. Generated at test time so no large or binary file is committed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

bool write(const std::string& dir, const char* name, const std::string& bytes) {
    std::ofstream out(dir + "/" + name, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) std::fprintf(stderr, "hostile_inputs: cannot write %s/%s\n", dir.c_str(), name);
    return static_cast<bool>(out);
}

std::string repeat(const std::string& unit, std::size_t times) {
    std::string s;
    s.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) s += unit;
    return s;
}

const std::string kSentence = "Le ministre a d\xC3\xA9" "clar\xC3\xA9 lundi \xC3\xA0 Paris : \xC2\xAB Nous verrons. \xC2\xBB ";
// Dates written in full on one line with no break: each is a candidate publication date, whose
// line must not be scanned whole again.
const std::string kDatedSentence = "Le conseil a vot\xC3\xA9 le 3 mars 2020 une loi, puis le 4 avril 2021 une autre. ";

// Posts with their embed's signature, each line's and then a long line's worth of handles: each
// handle's line is looked for, and must not be scanned whole again.
const std::string kSignedPost = "Appel \xC3\xA0 la gr\xC3\xA8ve ! pic.twitter.com/Ab12 \xE2\x80\x94 Syndicat Sud (@sud) April 4, 2025\n";
const std::string kHandles = "x (@a) \xE2\x80\x94 B (@c) ";

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: hostile_inputs FOLDER\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string nested;
    for (int i = 0; i < 20000; ++i) nested += i % 3 == 0 ? "\xC2\xAB " : i % 3 == 1 ? "\xE2\x80\x9C" : "\"";
    for (int i = 0; i < 20000; ++i) nested += i % 3 == 0 ? " \xC2\xBB" : i % 3 == 1 ? "\xE2\x80\x9D" : "\"";
    const std::string rtl_emoji =
        "Titre\n\nBeyrouth / Agence\n"
        "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xC2\xAB \xD9\x84\xD8\xA7 \xC2\xBB, "
        "a d\xC3\xA9" "clar\xC3\xA9 \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8E M. Dupont.\n"
        "\xE2\x80\xAE\xC2\xAB Invers\xC3\xA9 \xC2\xBB\xE2\x80\xAC \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 "
        "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB\xF0\x9F\x8F\xBD \xF0\x9F\x98\x80\xEF\xB8\x8F\n";
    bool ok = true;
    ok &= write(dir, "invalid-utf8.txt", "Titre\n\nParis / AFP\nUn \xFF\xFE texte \xC3 coup\xC3\xA9 \xED\xA0\x80 \xF4\x90\x80\x80 " +
                                             kSentence + "\xE2\x82\n");
    ok &= write(dir, "nul-bytes.txt", std::string("Titre\0\n\nParis / AFP\n\0\0", 21) + kSentence + std::string(100, '\0'));
    ok &= write(dir, "one-line-10MB.txt", repeat(kSentence, (10u << 20) / kSentence.size()));
    ok &= write(dir, "one-line-dates-3MB.txt", repeat(kDatedSentence, (3u << 20) / kDatedSentence.size()));
    ok &= write(dir, "signatures-3MB.txt", repeat(kSignedPost, (1u << 20) / kSignedPost.size()) +
                                               repeat(kHandles, (2u << 20) / kHandles.size()));
    ok &= write(dir, "quotes-100k.txt", repeat("\"", 50000) + repeat("\xC2\xAB", 25000) + repeat("\xC2\xBB", 25000));
    ok &= write(dir, "nested-quotes.txt", "Titre\n\nParis / AFP\nIl a dit " + nested + ".\n");
    ok &= write(dir, "rtl-emoji.txt", rtl_emoji);
    ok &= write(dir, "empty.txt", "");
    ok &= write(dir, "oversize-50MB.txt", repeat(kSentence + "\n", (50u << 20) / (kSentence.size() + 1)));
    return ok ? 0 : 1;
}
