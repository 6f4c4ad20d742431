#pragma once
// The version of Relais (the project's), as every program reports it with --version.

namespace relais {

const char* version();

} // namespace relais
