// The whole build, written out once (src/pipeline/pipeline.cpp):
//
//   inputs ──ingest──▶ Article ──text──▶ Document ──extract──▶ events ──graph──▶ KnowledgeGraph ──export──▶ files
//
//   kg::BuildOptions opt;
//   opt.inputs = {"articles/"};
//   opt.output_dir = "out";
//   auto summary = kg::run_build(opt);   // writes out/graph.jsonld, graph.graphml, relations.graphml, report.json
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kg/date.h"
#include "kg/status.h"

namespace kg {

struct BuildOptions {
  std::vector<std::filesystem::path> inputs;   // files and folders (walked recursively)
  std::filesystem::path output_dir;            // created when missing
  std::optional<PartialDate> default_published;  // --published: when an article has no date
  std::string forced_language;                 // --lang: skip language identification
  std::string schema_dir;                      // --schema: data files instead of the built-in ones
  unsigned jobs = 1;                           // articles extracted in parallel
  bool explain = false;                        // log what was found in each sentence (debug level)
};

struct BuildSummary {
  std::size_t articles_read = 0;       // articles found in the inputs
  std::size_t articles_extracted = 0;  // of which analysed
  std::size_t skipped = 0;             // inputs or articles skipped (see report.json)
  std::size_t events = 0;
  std::size_t mentions = 0;
  std::map<std::string, std::size_t> events_by_type;
  std::map<std::string, std::size_t> actors_by_kind;
  std::vector<std::string> outputs;    // paths written
  std::vector<std::string> headlines;  // a few events, for the one-screen summary
};

// Runs the pipeline. Errors: kInvalidArgument/kNotFound (bad options, missing input),
// kDataError (broken schema files), kIoError (outputs could not be written). Articles that
// cannot be read are skipped and reported, never an error.
Result<BuildSummary> run_build(const BuildOptions& options);

}  // namespace kg
