#include "input.h"

#include "core/analyze.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace depeche::cli {
namespace {

std::string too_large(const std::string& path) {
    return path + ": larger than " + std::to_string(kMaxInputBytes >> 20) + " MiB, the most Depeche analyzes at once";
}

}  // namespace

std::optional<std::string> read_input(const std::string& path, std::string& error) {
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            error = path + ": cannot open the file";
            return std::nullopt;
        }
        in = &file;
    }
    std::string text;
    // A file's size is known: one allocation instead of a doubling string copied at each step.
    if (file.is_open()) {
        file.seekg(0, std::ios::end);
        const std::streamoff size = file.tellg();
        file.seekg(0, std::ios::beg);
        if (size > 0) text.reserve(std::min<std::size_t>(static_cast<std::size_t>(size), kMaxInputBytes + 1));
    }
    char buffer[1 << 16];
    while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in->gcount()));
        if (text.size() > kMaxInputBytes) {
            error = too_large(path == "-" ? "standard input" : path);
            return std::nullopt;
        }
    }
    if (in->bad()) {
        error = path + ": read error";
        return std::nullopt;
    }
    return text;
}

}  // namespace depeche::cli
