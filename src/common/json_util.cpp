#include "common/json_util.h"

#include <rapidjson/error/en.h>

#include <fmt/format.h>

namespace kg::json {

std::pair<int, int> line_col(std::string_view text, std::size_t offset) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

Status parse(std::string_view text, rapidjson::Document& doc, const std::string& what) {
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    auto [line, col] = line_col(text, doc.GetErrorOffset());
    return Status::bad_input(fmt::format("{}:{}:{}: invalid JSON: {}", what, line, col,
                                         rapidjson::GetParseError_En(doc.GetParseError())));
  }
  return Status::ok();
}

std::string get_string(const rapidjson::Value& obj, const char* key, const std::string& fallback) {
  if (!obj.IsObject()) return fallback;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return fallback;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool get_bool(const rapidjson::Value& obj, const char* key, bool fallback) {
  if (!obj.IsObject()) return fallback;
  auto it = obj.FindMember(key);
  return (it != obj.MemberEnd() && it->value.IsBool()) ? it->value.GetBool() : fallback;
}

double get_number(const rapidjson::Value& obj, const char* key, double fallback) {
  if (!obj.IsObject()) return fallback;
  auto it = obj.FindMember(key);
  return (it != obj.MemberEnd() && it->value.IsNumber()) ? it->value.GetDouble() : fallback;
}

std::vector<std::string> get_strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.IsObject()) return out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return out;
  if (it->value.IsString()) {
    out.emplace_back(it->value.GetString(), it->value.GetStringLength());
  } else if (it->value.IsArray()) {
    for (const auto& v : it->value.GetArray())
      if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

}  // namespace kg::json
