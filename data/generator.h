#pragma once
// A deterministic synthetic directory for benchmarks: N services with multilingual names and
// descriptions, organisations, categories, Brussels municipalities, phones and hours.
// The same (count, seed) always gives the same directory.

#include "data/model.h"

#include <cstdint>
#include <vector>

namespace relais {

Directory generate_directory(int count, std::uint64_t seed,
                             const std::vector<Category>& categories);

} // namespace relais
