// The text stage: an Article becomes a Document — its language, tokens and sentences.
#pragma once

#include <string>
#include <vector>

#include "kg/article.h"
#include "kg/status.h"
#include "text/tokenize.h"

namespace kg {

class Resources;

struct Document {
  const Article* article = nullptr;
  std::string language;         // a code with a loaded lexicon
  std::string language_source;  // "forced", "metadata" or "detected"
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Identifies the language with CLD2 (plain text, the title included). Returns "" when unsure.
std::string detect_language(const std::string& text);

// Builds the Document. `forced_language` (from --lang) wins over metadata and detection. Fails
// with kBadInput when the language has no lexicon.
Result<Document> analyse(const Article& article, const Resources& resources, const std::string& forced_language);

}  // namespace kg
