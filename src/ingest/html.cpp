// HTML pages: the title and the visible text of the article, with paragraph breaks. Navigation,
// headers, footers, scripts and forms are left out; when the page has an <article> element, only
// its content is taken. The publication date comes from <time datetime>, or from meta tags such
// as article:published_time.
#include <gumbo.h>

#include <cstring>
#include <string>

#include "common/text_util.h"
#include "kg/ingest.h"

namespace kg {
namespace {

bool skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGURE:
      return true;
    default:
      return false;
  }
}

bool block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BR:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_TIME:
      return true;
    default:
      return false;
  }
}

const char* attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

void collect_text(const GumboNode* n, std::string& out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    // Collapse white space inside a block.
    for (const char* p = n->v.text.text; *p; ++p) {
      const char c = *p;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      } else {
        out += c;
      }
    }
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = n->v.element.tag;
  if (skipped_tag(tag)) return;
  const bool block = block_tag(tag);
  auto end_block = [&]() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += "\n\n";
    else if (!out.empty() && out.size() >= 2 && out[out.size() - 2] != '\n') out += '\n';
  };
  if (block) end_block();
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) collect_text(static_cast<const GumboNode*>(kids.data[i]), out);
  if (block) end_block();
}

const GumboNode* find_first(const GumboNode* n, GumboTag tag) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (n->v.element.tag == tag) return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (const GumboNode* f = find_first(static_cast<const GumboNode*>(kids.data[i]), tag)) return f;
  return nullptr;
}

void find_dates(const GumboNode* n, std::string& meta_date, std::string& time_date) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_META && meta_date.empty()) {
    const char* prop = attr(n, "property");
    const char* name = attr(n, "name");
    const char* itemprop = attr(n, "itemprop");
    const char* content = attr(n, "content");
    auto is = [](const char* a, const char* b) { return a && std::strcmp(a, b) == 0; };
    if (content && (is(prop, "article:published_time") || is(name, "date") || is(name, "pubdate") ||
                    is(name, "publishdate") || is(itemprop, "datePublished") || is(name, "dc.date") ||
                    is(name, "DC.date") || is(name, "dcterms.created")))
      meta_date = content;
  }
  if (tag == GUMBO_TAG_TIME && time_date.empty()) {
    if (const char* dt = attr(n, "datetime")) time_date = dt;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) find_dates(static_cast<const GumboNode*>(kids.data[i]), meta_date, time_date);
}

std::string node_text(const GumboNode* n) {
  std::string s;
  collect_text(n, s);
  return text::trim(s);
}

}  // namespace

Result<Article> read_html_article(const std::string& bytes, const std::string& identifier) {
  auto decoded = decode_text(bytes);
  if (!decoded) return decoded.status();
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, decoded->data(), decoded->size());
  Article a;
  a.identifier = identifier;
  a.format = "html";
  if (const GumboNode* title = find_first(out->root, GUMBO_TAG_TITLE)) {
    std::string t;
    const GumboVector& kids = title->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT) t += k->v.text.text;
    }
    a.title = text::trim(t);
  }
  const GumboNode* body = find_first(out->root, GUMBO_TAG_ARTICLE);
  if (!body) body = find_first(out->root, GUMBO_TAG_MAIN);
  if (!body) body = find_first(out->root, GUMBO_TAG_BODY);
  if (body) a.text = node_text(body);
  if (a.title.empty())
    if (const GumboNode* h1 = find_first(out->root, GUMBO_TAG_H1)) a.title = node_text(h1);
  if (const GumboNode* html = out->root; html && html->type == GUMBO_NODE_ELEMENT)
    if (const char* lang = attr(html, "lang")) a.language = text::fold(std::string(lang).substr(0, 2));
  std::string meta_date, time_date;
  find_dates(out->root, meta_date, time_date);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  for (const std::string& d : {meta_date, time_date}) {
    if (auto p = parse_metadata_date(d)) {
      a.published = *p;
      a.date_source = DateSource::kMetadata;
      break;
    }
  }
  if (text::trim(a.text).empty()) return Status::bad_input("the HTML page has no visible text");
  return a;
}

}  // namespace kg
