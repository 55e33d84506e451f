// RapidJSON at the edges: parse errors become a Status with line and column.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg::json {

// Parses `text`; `what` names the source in error messages ("lang/nl/lexicon.json").
Status parse(std::string_view text, rapidjson::Document& doc, const std::string& what);

// Line and column (1-based) of a byte offset, for messages.
std::pair<int, int> line_col(std::string_view text, std::size_t offset);

// Typed getters that tolerate a missing member (returning the fallback).
std::string get_string(const rapidjson::Value& obj, const char* key, const std::string& fallback = {});
bool get_bool(const rapidjson::Value& obj, const char* key, bool fallback = false);
double get_number(const rapidjson::Value& obj, const char* key, double fallback = 0);
// A string or an array of strings, as a vector.
std::vector<std::string> get_strings(const rapidjson::Value& obj, const char* key);

}  // namespace kg::json
