#include "options.h"

#include <cstdlib>

namespace depeche::cli {

OptionSpec& OptionSpec::flag(const char* name, bool& target) {
    options_.push_back({name, &target, nullptr});
    return *this;
}

OptionSpec& OptionSpec::value(const char* name, Reader read) {
    options_.push_back({name, nullptr, std::move(read)});
    return *this;
}

OptionSpec& OptionSpec::text(const char* name, std::string& target) {
    return value(name, [&target](const std::string& v) {
        target = v;
        return std::string();
    });
}

bool OptionSpec::parse(const Args& args, std::vector<std::string>& operands, std::string& error) const {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const Option* option = nullptr;
        for (const Option& o : options_)
            if (o.name == a) option = &o;
        if (!option) {
            if (a.size() > 1 && a[0] == '-') {
                error = "unknown option " + a;
                return false;
            }
            operands.push_back(a);
        } else if (option->flag) {
            *option->flag = true;
        } else if (i + 1 >= args.size()) {
            error = a + " needs a value";
            return false;
        } else if (std::string bad = option->read(args[++i]); !bad.empty()) {
            error = a + ": " + bad;
            return false;
        }
    }
    return true;
}

OptionSpec::Reader fraction(double& target) {
    return [&target](const std::string& v) {
        char* end = nullptr;
        const double x = std::strtod(v.c_str(), &end);
        if (v.empty() || *end != '\0' || !(x >= 0.0 && x <= 1.0)) return "takes a number from 0 to 1, not " + v;
        target = x;
        return std::string();
    };
}

OptionSpec::Reader positive_count(int& target) {
    return [&target](const std::string& v) {
        char* end = nullptr;
        const long n = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || n < 1 || n > 1000000) return "takes a whole number from 1 to 1000000, not " + v;
        target = static_cast<int>(n);
        return std::string();
    };
}

}  // namespace depeche::cli
