// extract_article: the extraction stage for one article, written out.
#include "extract/context.h"
#include "kg/extraction.h"

namespace kg {

const char* to_string(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "Country";
    case ActorKind::kPerson: return "Person";
    case ActorKind::kOrganization: return "Organization";
  }
  return "Country";
}

Result<std::shared_ptr<const Resources>> load_resources(const SchemaSource& source, const std::vector<std::string>& languages) {
  return Resources::load(source, languages);
}

Result<ArticleExtraction> extract_article(Article article, const Resources& resources, const ExtractOptions& options) {
  ArticleExtraction out;
  out.article = std::move(article);
  auto doc = analyse(out.article, resources, options.forced_language);
  if (!doc) return doc.status();
  out.language = doc->language;
  out.language_source = doc->language_source;
  const LanguageData* lang = resources.language(doc->language);

  extract::ArticleContext ctx(*doc, *lang, resources);
  extract::find_dateline(ctx);
  for (std::size_t si = 0; si < doc->sentences.size(); ++si) {
    extract::find_times(ctx, si);
    extract::find_amounts(ctx, si);
  }
  extract::find_actors(ctx);
  extract::resolve_currencies(ctx);
  out.events = extract::find_events(ctx);
  if (options.explain) out.explanation = extract::explain(ctx);

  // Every actor the article mentions, and the countries persons belong to.
  for (auto& [id, a] : ctx.actors)
    if (!a.country.empty() && a.kind != ActorKind::kCountry) ctx.country_actor(a.country, "");
  for (auto& [id, a] : ctx.actors) out.actors.push_back(a);
  return out;
}

}  // namespace kg
