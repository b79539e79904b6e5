#include "gold.h"

#include "cli/input.h"
#include "core/data_file.h"

#include <filesystem>

namespace depeche::cli {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_article(const fs::path& gold, const std::string& declared, std::string& path,
                                        std::string& error) {
    const fs::path dir = gold.parent_path();
    for (const fs::path& candidate : {dir / declared, dir / fs::path(declared).filename()}) {
        std::error_code ec;
        if (!fs::is_regular_file(candidate, ec)) continue;
        path = candidate.string();
        return read_input(path, error);
    }
    error = gold.string() + ": the article \"" + declared + "\" is neither there nor next to the gold file";
    return std::nullopt;
}

std::optional<QuoteKind> kind_of(const std::string& s) {
    if (s == "direct") return QuoteKind::direct;
    if (s == "indirect") return QuoteKind::indirect;
    if (s == "mixed") return QuoteKind::mixed;
    return std::nullopt;
}

// A section of the gold file: nullptr when absent, false when it is not a list.
bool section(const nlohmann::json& doc, const char* key, const std::string& path, const nlohmann::json*& list,
             std::string& error) {
    const auto it = doc.find(key);
    list = it == doc.end() ? nullptr : &*it;
    if (list && !list->is_array()) {
        error = path + ": \"" + key + "\" must be a list";
        return false;
    }
    return true;
}

bool load_speakers(const nlohmann::json& doc, GoldArticle& out, std::string& error) {
    const nlohmann::json* list = nullptr;
    if (!section(doc, "speakers", out.gold_path, list, error)) return false;
    if (!list) return true;
    for (const auto& s : *list) {
        const auto name = s.find("name");
        if (!s.is_object() || name == s.end() || !name->is_string()) {
            error = out.gold_path + ": every speaker needs a \"name\"";
            return false;
        }
        GoldSpeaker speaker{name->get<std::string>(), {name->get<std::string>()}};
        if (const auto aliases = s.find("aliases"); aliases != s.end() && aliases->is_array())
            for (const auto& a : *aliases)
                if (a.is_string()) speaker.aliases.push_back(a.get<std::string>());
        out.speakers.push_back(std::move(speaker));
    }
    return true;
}

bool load_quotes(const nlohmann::json& doc, GoldArticle& out, std::string& error) {
    const nlohmann::json* list = nullptr;
    if (!section(doc, "quotes", out.gold_path, list, error)) return false;
    if (!list) return true;
    std::size_t from = 0;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& q = (*list)[i];
        const std::string where = out.gold_path + ": quote " + std::to_string(i + 1);
        const auto text = q.find("text");
        const auto kind = q.find("kind");
        if (!q.is_object() || text == q.end() || !text->is_string() || kind == q.end() || !kind->is_string() ||
            !kind_of(kind->get<std::string>())) {
            error = where + " needs a \"text\" and a \"kind\" (direct, indirect or mixed)";
            return false;
        }
        GoldQuote gq{*kind_of(kind->get<std::string>()), text->get<std::string>(), std::nullopt, {}, {}};
        if (const auto sp = q.find("speaker"); sp != q.end() && sp->is_string()) {
            for (std::size_t s = 0; s < out.speakers.size() && !gq.speaker; ++s)
                if (out.speakers[s].name == sp->get<std::string>()) gq.speaker = s;
            if (!gq.speaker) {
                error = where + ": the speaker \"" + sp->get<std::string>() + "\" is not in \"speakers\"";
                return false;
            }
        }
        if (const auto c = q.find("construction"); c != q.end() && c->is_string()) gq.construction = c->get<std::string>();
        // Offsets, where the gold has them, tell apart the same words said twice.
        std::size_t at = std::string::npos;
        if (const auto s = q.find("start"); s != q.end() && s->is_number_unsigned() &&
                                            out.text.compare(s->get<std::size_t>(), gq.text.size(), gq.text) == 0)
            at = s->get<std::size_t>();
        if (at == std::string::npos) at = out.text.find(gq.text, from);
        if (at == std::string::npos) at = out.text.find(gq.text);
        if (at == std::string::npos || gq.text.empty()) {
            error = where + ": its text is not in the article: " + gq.text.substr(0, 60);
            return false;
        }
        gq.span = {at, at + gq.text.size()};
        from = at;
        out.quotes.push_back(std::move(gq));
    }
    return true;
}

}  // namespace

std::string string_field(const nlohmann::json& entry, const char* key) {
    const auto it = entry.find(key);
    return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<Span> gold_offsets(const nlohmann::json& entry, std::size_t text_size) {
    const auto start = entry.find("start"), end = entry.find("end");
    if (start == entry.end() || end == entry.end() || !start->is_number_unsigned() || !end->is_number_unsigned())
        return std::nullopt;
    const auto first = start->get<std::size_t>(), last = end->get<std::size_t>();
    if (first >= last || last > text_size) return std::nullopt;
    return Span{first, last};
}

std::optional<GoldArticle> load_gold(const std::string& path, std::string& error) {
    GoldArticle out;
    out.gold_path = path;
    auto doc = read_json_file(path, error);
    if (!doc) return std::nullopt;
    if (!doc->is_object()) {
        error = path + ": a gold file is a JSON object";
        return std::nullopt;
    }
    const auto article = doc->find("article");
    if (article == doc->end() || !article->is_string()) {
        error = path + ": \"article\" must name the article file";
        return std::nullopt;
    }
    auto text = read_article(path, article->get<std::string>(), out.article_path, error);
    if (!text) return std::nullopt;
    out.text = std::move(*text);
    if (const auto dct = doc->find("dct"); dct != doc->end() && dct->is_string()) out.dct = dct->get<std::string>();
    if (!load_speakers(*doc, out, error) || !load_quotes(*doc, out, error)) return std::nullopt;
    out.document = std::move(*doc);
    return out;
}

}  // namespace depeche::cli
