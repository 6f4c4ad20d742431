#pragma once
// relais-cli's commands, separate from main() so the whole command line can be exercised
// in-process as well as through the real executable.

#include <iosfwd>

namespace relais::cli {

int run(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace relais::cli
