// Result formats: table for people, TSV/CSV for spreadsheets and shell tools, JSON/JSONL for
// programs. Deterministic: columns and rows in result order, object keys in a fixed order.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "query/eval.h"

namespace kg {
namespace {

using query::float_text;

const std::string& id_of(const KnowledgeGraph& g, Vertex v) { return g.node(v).id; }

std::string rel_text(const KnowledgeGraph& g, const Edge& e) {
  return id_of(g, boost::source(e, g.graph())) + " -" + g.graph()[e].type + "-> " + id_of(g, boost::target(e, g.graph()));
}

std::string path_text(const KnowledgeGraph& g, const PathValue& p) {
  std::string out = id_of(g, p.nodes.front());
  for (std::size_t i = 0; i < p.rels.size(); ++i) {
    const bool forward = boost::source(p.rels[i], g.graph()) == p.nodes[i];
    const std::string& t = g.graph()[p.rels[i]].type;
    out += forward ? " -" + t + "-> " : " <-" + t + "- ";
    out += id_of(g, p.nodes[i + 1]);
  }
  return out;
}

class Json {
 public:
  explicit Json(const KnowledgeGraph& g) : g_(g), w_(buf_) {}

  void value(const QValue& v) {
    if (const auto* b = v.get<bool>()) w_.Bool(*b);
    else if (const auto* i = v.get<std::int64_t>()) w_.Int64(*i);
    else if (const auto* d = v.get<double>()) std::isfinite(*d) ? w_.Double(*d) : w_.Null();
    else if (const auto* s = v.get<std::string>()) str(*s);
    else if (const auto* l = v.get<QValue::List>()) list(*l);
    else if (const auto* n = v.get<NodeRef>()) node(n->v);
    else if (const auto* r = v.get<RelRef>()) rel(r->e);
    else if (const auto* p = v.get<std::shared_ptr<const PathValue>>()) path(**p);
    else w_.Null();
  }
  void row(const std::vector<std::string>& cols, const std::vector<QValue>& r) {
    w_.StartObject();
    for (std::size_t i = 0; i < cols.size(); ++i) {
      str(cols[i]);
      value(r[i]);
    }
    w_.EndObject();
  }
  std::string take() {
    std::string s(buf_.GetString(), buf_.GetSize());
    buf_.Clear();
    w_.Reset(buf_);
    return s;
  }

 private:
  void str(const std::string& s) { w_.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); }
  void list(const QValue::List& l) {
    w_.StartArray();
    for (const auto& x : l) value(x);
    w_.EndArray();
  }
  void props(const Properties& p) {
    for (const auto& [k, v] : p) {
      str(k);
      value(to_qvalue(v));
    }
  }
  void node(Vertex v) {
    const NodeData& n = g_.node(v);
    w_.StartObject();
    str("@id");
    str(n.id);
    str("@type");
    str(to_string(n.kind));
    props(n.props);
    w_.EndObject();
  }
  void rel(const Edge& e) {
    w_.StartObject();
    str("type");
    str(g_.graph()[e].type);
    str("start");
    str(id_of(g_, boost::source(e, g_.graph())));
    str("end");
    str(id_of(g_, boost::target(e, g_.graph())));
    props(g_.graph()[e].props);
    w_.EndObject();
  }
  void path(const PathValue& p) {
    w_.StartObject();
    str("nodes");
    w_.StartArray();
    for (Vertex v : p.nodes) str(id_of(g_, v));
    w_.EndArray();
    str("relationships");
    w_.StartArray();
    for (const Edge& e : p.rels) str(g_.graph()[e].type);
    w_.EndArray();
    w_.EndObject();
  }

  const KnowledgeGraph& g_;
  rapidjson::StringBuffer buf_;
  rapidjson::Writer<rapidjson::StringBuffer> w_;
};

// A cell as text: lists as compact JSON with nodes as their ids.
std::string cell(const QValue& v, const KnowledgeGraph& g) {
  if (v.is_null()) return "";
  if (const auto* d = v.get<double>()) return float_text(*d);
  if (const auto* n = v.get<NodeRef>()) return id_of(g, n->v);
  if (const auto* r = v.get<RelRef>()) return rel_text(g, r->e);
  if (const auto* p = v.get<std::shared_ptr<const PathValue>>()) return path_text(g, **p);
  if (const auto* l = v.get<QValue::List>()) {
    QValue::List flat;
    for (const auto& x : *l) {
      if (x.get<NodeRef>() || x.get<RelRef>() || x.get<std::shared_ptr<const PathValue>>()) flat.emplace_back(cell(x, g));
      else flat.push_back(x);
    }
    Json j(g);
    j.value(QValue(std::move(flat)));
    return j.take();
  }
  return query::value_text(v);
}

std::string tsv_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

std::string csv_escape(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

void write_table(const QueryResult& r, const KnowledgeGraph& g, std::ostream& out) {
  const std::size_t n = r.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> w(n);
  std::vector<bool> numeric(n, true);
  for (std::size_t c = 0; c < n; ++c) w[c] = width(r.columns[c]);
  for (const auto& row : r.rows) {
    auto& line = cells.emplace_back();
    for (std::size_t c = 0; c < n; ++c) {
      line.push_back(tsv_escape(cell(row[c], g)));
      w[c] = std::max(w[c], width(line.back()));
      if (!row[c].is_null() && !row[c].get<std::int64_t>() && !row[c].get<double>()) numeric[c] = false;
    }
  }
  auto pad = [&](const std::string& s, std::size_t c, bool right) {
    const std::string fill(w[c] - width(s), ' ');
    return right ? fill + s : s + fill;
  };
  auto line = [&](const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t c = 0; c < n; ++c) s += (c ? " | " : "") + pad(v[c], c, numeric[c] && !r.rows.empty());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  line(r.columns);
  std::string rule;
  for (std::size_t c = 0; c < n; ++c) rule += (c ? "-+-" : "") + std::string(w[c], '-');
  out << rule << '\n';
  for (const auto& row : cells) line(row);
  out << "(" << r.rows.size() << (r.rows.size() == 1 ? " row)" : " rows)") << '\n';
}

void write_delimited(const QueryResult& r, const KnowledgeGraph& g, bool csv, std::ostream& out) {
  auto esc = [&](const std::string& s) { return csv ? csv_escape(s) : tsv_escape(s); };
  const char* sep = csv ? "," : "\t";
  const char* eol = csv ? "\r\n" : "\n";
  for (std::size_t c = 0; c < r.columns.size(); ++c) out << (c ? sep : "") << esc(r.columns[c]);
  out << eol;
  for (const auto& row : r.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) out << (c ? sep : "") << esc(cell(row[c], g));
    out << eol;
  }
}

}  // namespace

void write_result(const QueryResult& r, const KnowledgeGraph& g, OutputFormat f, std::ostream& out) {
  switch (f) {
    case OutputFormat::kTable: write_table(r, g, out); return;
    case OutputFormat::kTsv: write_delimited(r, g, false, out); return;
    case OutputFormat::kCsv: write_delimited(r, g, true, out); return;
    case OutputFormat::kJson:
    case OutputFormat::kJsonl: break;
  }
  Json j(g);
  const bool lines = f == OutputFormat::kJsonl;
  if (!lines) out << (r.rows.empty() ? "[" : "[\n");
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    j.row(r.columns, r.rows[i]);
    out << j.take() << (lines || i + 1 == r.rows.size() ? "\n" : ",\n");
  }
  if (!lines) out << "]\n";
}

}  // namespace kg
