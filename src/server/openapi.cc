#include "server/openapi.h"

namespace casus::server {
namespace {

// Kept as JSON text so that it reads like the document it is.
constexpr const char* kDocument = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "casus API",
    "description": "Military-alliance treaties as code: the corpus, dated queries, scenario evaluation with readings and policies, treaty diffs, saved scenarios. Served by `casus serve` on 127.0.0.1 by default. Every error is an Error object with a 4xx/5xx status. The evaluation report is the JSON of `casus run --json`, documented in docs/json-output.md.",
    "version": "VERSION"
  },
  "servers": [{"url": "/"}],
  "paths": {
    "/api/health": {"get": {"summary": "Version, corpus size, store path", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "ok"}}}},
    "/api/states": {"get": {"summary": "Every state of the registry, with English and German names (iso-codes) and the ISO 3166-1 numeric code", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/State"}}}}}}}},
    "/api/locations": {"get": {"summary": "Places a scenario's armed attack may name (states and other locations)", "responses": {"200": {"description": "ok"}}}},
    "/api/treaties": {"get": {
      "summary": "Treaties, or those in force on a date with the members of that day",
      "parameters": [
        {"name": "at", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "YYYY-MM-DD"},
        {"name": "state", "in": "query", "schema": {"type": "string"}, "description": "only treaties this state is a member of"}],
      "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/TreatySummary"}}}}},
                    "400": {"$ref": "#/components/responses/BadRequest"}}}},
    "/api/treaties/{id}": {"get": {
      "summary": "One treaty: dates with provenance, members, every provision with its words, source, status, trigger and gates; statements, understandings, suspensions",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "ru-kp-2024"}],
      "responses": {"200": {"description": "ok"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
    "/api/diff": {"get": {
      "summary": "Two treaties provision by provision (the JSON of `casus diff --json`, with from_name and to_name)",
      "parameters": [
        {"name": "from", "in": "query", "required": true, "schema": {"type": "string"}, "example": "su-kp-1961"},
        {"name": "to", "in": "query", "required": true, "schema": {"type": "string"}, "example": "ru-kp-2024"}],
      "responses": {"200": {"description": "ok"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
    "/api/evaluate": {"post": {
      "summary": "Evaluate a scenario under its readings and policies (or those given): the JSON report of `casus run --json` (docs/json-output.md)",
      "parameters": [
        {"name": "readings", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] readings"},
        {"name": "policies", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] policies"}],
      "requestBody": {"$ref": "#/components/requestBodies/Scenario"},
      "responses": {"200": {"description": "the report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                    "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"$ref": "#/components/responses/TooLarge"},
                    "415": {"$ref": "#/components/responses/BadRequest"}}}},
    "/api/scenarios": {
      "get": {"summary": "Saved scenarios, newest first", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/SavedScenario"}}}}}}},
      "post": {"summary": "Save a scenario (JSON fields, TOML text in JSON, or an uploaded TOML file as the body). Only scenarios the loader accepts are saved. Acknowledged saves are durable (SQLite WAL, synchronous=FULL).",
               "requestBody": {"$ref": "#/components/requestBodies/Scenario"},
               "responses": {"201": {"description": "saved", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedScenario"}}}},
                             "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"$ref": "#/components/responses/TooLarge"}}}},
    "/api/scenarios/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}],
      "get": {"summary": "One saved scenario: its TOML text and the same as JSON fields", "responses": {"200": {"description": "ok"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}},
      "put": {"summary": "Replace a saved scenario", "requestBody": {"$ref": "#/components/requestBodies/Scenario"}, "responses": {"200": {"description": "saved"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}},
      "delete": {"summary": "Delete a saved scenario", "responses": {"204": {"description": "deleted"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
    "/api/scenarios/{id}/toml": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}],
      "get": {"summary": "Download a saved scenario as its TOML file (runs with `casus run FILE`)", "responses": {"200": {"description": "the file", "content": {"application/toml": {}}}, "404": {"$ref": "#/components/responses/NotFound"}}}},
    "/api/summary": {"post": {
      "summary": "The plain summary of `casus run` (English or German): per state whether it must respond, may, need not, or only if something is decided, under which readings and policies, because of which article; who enters in what order; what rests on unverified facts; which parties no treaty binds. The same object as the report's summary field, with its text as `casus run` prints it.",
      "parameters": [
        {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["en", "de"], "default": "en"}},
        {"name": "readings", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] readings"},
        {"name": "policies", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] policies"}],
      "requestBody": {"$ref": "#/components/requestBodies/Scenario"},
      "responses": {"200": {"description": "the summary", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Summary"}}}},
                    "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"$ref": "#/components/responses/TooLarge"},
                    "415": {"$ref": "#/components/responses/BadRequest"}}}},
    "/api/graph": {"post": {
      "summary": "The cascade as a graph, as `casus run --graph` writes it: states grouped by side per war, edges labelled with the article, round and reading/policy; one cluster (dot) or subgraph (mermaid) per evaluation",
      "parameters": [
        {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["dot", "mermaid"], "default": "dot"}},
        {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["en", "de"], "default": "en"}},
        {"name": "readings", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] readings"},
        {"name": "policies", "in": "query", "schema": {"type": "string"}, "description": "comma-separated, for TOML bodies; overrides [options] policies"}],
      "requestBody": {"$ref": "#/components/requestBodies/Scenario"},
      "responses": {"200": {"description": "the graph", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Graph"}}}},
                    "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"$ref": "#/components/responses/TooLarge"},
                    "415": {"$ref": "#/components/responses/BadRequest"}}}}
  },
  "components": {
    "requestBodies": {
      "Scenario": {"required": true, "description": "At most the server's body limit (256 KiB by default).", "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ScenarioRequest"}},
        "application/toml": {"schema": {"type": "string"}, "description": "a scenario file (docs/scenario-format.md)"}}}
    },
    "schemas": {
      "ScenarioRequest": {"type": "object", "additionalProperties": false, "description": "Exactly one of scenario or toml.",
        "properties": {
          "scenario": {"$ref": "#/components/schemas/ScenarioFields"},
          "toml": {"type": "string", "description": "the scenario file's text"},
          "readings": {"type": "array", "items": {"type": "string"}, "description": "overrides [options] readings"},
          "policies": {"type": "array", "items": {"type": "string"}, "description": "overrides [options] policies"}}},
      "ScenarioFields": {"type": "object", "description": "The fields of a scenario file (docs/scenario-format.md) as JSON: strings YYYY-MM-DD are dates. Checked by the scenario loader; errors name the field (events[0].target).",
        "properties": {
          "title": {"type": "string"}, "description": {"type": "string"}, "date": {"type": "string", "format": "date"},
          "options": {"type": "object", "properties": {"readings": {"type": "array", "items": {"type": "string"}}, "policies": {"type": "array", "items": {"type": "string"}}}},
          "events": {"type": "array", "items": {"type": "object", "properties": {
            "kind": {"type": "string"}, "date": {"type": "string", "format": "date"}, "by": {"type": "array", "items": {"type": "string"}},
            "target": {"type": "string"}, "location": {"type": "string"}, "target_kind": {"type": "string"}, "limited": {"type": "boolean"},
            "to": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}}}}},
        "example": {"title": "Korea 2025", "date": "2025-06-01", "events": [{"kind": "armed-attack", "by": ["KOR", "USA"], "target": "PRK"}]}},
      "Report": {"type": "object", "description": "schema 3 of docs/json-output.md: scenario, evaluations[] with findings (conditions, gates, the index of their provision), entries, mobilizations, conflicts; provisions[] (clause, treaty_citations), understandings[], statements[], declared[] written once and indexed by the findings; states; summary"},
      "Summary": {"type": "object", "description": "include/casus/summary.h as JSON (the report's summary field), plus text",
        "properties": {"language": {"type": "string", "enum": ["en", "de"]}, "title": {"type": "string"},
          "events": {"type": "array", "items": {"type": "string"}},
          "states": {"type": "array", "items": {"type": "object", "properties": {"states": {"type": "array", "items": {"type": "string"}}, "name": {"type": "string"}, "sentences": {"type": "array", "items": {"type": "string"}}, "war": {"type": "boolean"}}}},
          "entries": {"type": "array", "items": {"type": "string"}}, "unverified": {"type": "array", "items": {"type": "string"}},
          "unbound": {"type": "array", "items": {"type": "string"}}, "notes": {"type": "array", "items": {"type": "string"}},
          "text": {"type": "string", "description": "the summary as `casus run` prints it"}}},
      "Graph": {"type": "object", "properties": {"format": {"type": "string", "enum": ["dot", "mermaid"]}, "language": {"type": "string", "enum": ["en", "de"]}, "graph": {"type": "string", "description": "Graphviz dot or Mermaid source"}}},
      "State": {"type": "object", "properties": {"id": {"type": "string"}, "name_en": {"type": "string"}, "name_de": {"type": "string"}, "iso_numeric": {"type": "string", "nullable": true}, "cow_code": {"type": "integer", "nullable": true}}},
      "TreatySummary": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "short_name": {"type": "string"}, "signed": {"type": "string"}, "in_force": {"type": "string"}, "ended": {"type": "string", "nullable": true}, "kinds": {"type": "array", "items": {"type": "string"}}, "members": {"type": "array", "items": {"type": "object", "properties": {"state": {"type": "string"}, "member": {"type": "string", "enum": ["yes", "no", "unknown"]}}}}, "in_force_at": {"type": "string", "enum": ["yes", "unknown"]}}},
      "SavedScenario": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "created": {"type": "string"}, "updated": {"type": "string"}, "toml": {"type": "string"}, "scenario": {"$ref": "#/components/schemas/ScenarioFields"}, "links": {"type": "object"}}},
      "Error": {"type": "object", "required": ["status", "error"], "properties": {
        "status": {"type": "integer"}, "error": {"type": "string", "description": "what was wrong, with the first diagnostic"},
        "where": {"type": "object", "properties": {"in": {"type": "string", "enum": ["body", "query", "path", "header", "request"]}, "name": {"type": "string"}, "field": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "offset": {"type": "integer"}}},
        "diagnostics": {"type": "array", "items": {"type": "object", "properties": {"file": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "field": {"type": "string"}, "message": {"type": "string"}}}}}}
    },
    "responses": {
      "BadRequest": {"description": "the request was wrong; the error says what and where", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NotFound": {"description": "no such id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "TooLarge": {"description": "the body is over the limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    }
  }
})json";

}  // namespace

nlohmann::json openapi_document(const std::string& version) {
  static const nlohmann::json doc = nlohmann::json::parse(kDocument);
  nlohmann::json j = doc;
  j["info"]["version"] = version.empty() ? "unknown" : version;
  return j;
}

}  // namespace casus::server
