#pragma once
#include "commands.h"

#include <functional>
#include <string>
#include <vector>

namespace depeche::cli {

// A command's options, declared once: switches, options that take a value, and operands (file
// names; "-" is standard input). Every command parses the same way and words its errors alike.
class OptionSpec {
public:
    // Takes an option's value into the command's arguments; returns what is wrong with it, or "".
    using Reader = std::function<std::string(const std::string& value)>;

    OptionSpec& flag(const char* name, bool& target);
    OptionSpec& value(const char* name, Reader read);
    OptionSpec& text(const char* name, std::string& target);

    // False, with `error` set, on an unknown option, a missing value or a value its reader refuses.
    bool parse(const Args& args, std::vector<std::string>& operands, std::string& error) const;

private:
    struct Option {
        std::string name;
        bool* flag = nullptr;
        Reader read;
    };
    std::vector<Option> options_;
};

// Readers for the values the commands take.
OptionSpec::Reader fraction(double& target);       // a number from 0 to 1: a score threshold
OptionSpec::Reader positive_count(int& target);    // a whole number from 1 to 1 000 000

}  // namespace depeche::cli
