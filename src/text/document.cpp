#include "text/document.h"

// CLD2's header needs <cstdio> first.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>

#include "lexicon/resources.h"

namespace kg {

std::string detect_language(const std::string& text) {
  bool reliable = false;
  const CLD2::Language lang =
      CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return {};
  std::string code = CLD2::LanguageCode(lang);
  if (code.size() > 2 && code[2] == '-') code = code.substr(0, 2);  // "zh-Hant" → "zh"
  return code;
}

Result<Document> analyse(const Article& article, const Resources& resources, const std::string& forced_language) {
  Document doc;
  doc.article = &article;
  std::string supported;
  for (const auto& c : resources.language_codes()) supported += (supported.empty() ? "" : ", ") + c;
  if (!forced_language.empty()) {
    doc.language = forced_language;
    doc.language_source = "forced";
  } else {
    const std::string detected =
        article.language.empty() || !resources.language(article.language) ? detect_language(article.title + "\n" + article.text) : "";
    if (!article.language.empty() && resources.language(article.language)) {
      doc.language = article.language;
      doc.language_source = "metadata";
    } else if (!detected.empty() && resources.language(detected)) {
      doc.language = detected;
      doc.language_source = "detected";
    } else {
      const std::string seen = !detected.empty() ? detected : article.language;
      return Status::bad_input(seen.empty() ? "language not identified (use --lang to set it; supported: " + supported + ")"
                                            : "language \"" + seen + "\" has no lexicon (supported: " + supported + ")");
    }
  }
  const LanguageData* lang = resources.language(doc.language);
  if (!lang) return Status::invalid_argument("language \"" + doc.language + "\" has no lexicon (supported: " + supported + ")");
  doc.tokens = tokenize(article.text);
  doc.sentences = split_sentences(article.text, doc.tokens, lang->abbreviations, lang->ordinal_dot);
  return doc;
}

}  // namespace kg
