#pragma once

// The extractor's revision: raise it with every change of code that changes what the extractor
// finds, so the library renews the extractions an older engine made. Changes of the rule data in
// resources/rules renew them without it (Library::engineVersion hashes the rules too).
constexpr int kEngineRevision = 2;
