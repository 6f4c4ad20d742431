// Boost.JSON compiled from source into the fuzz targets, so that its parser is instrumented
// like our code (the system's libboost_json is not). One translation unit only.
#include <boost/json/src.hpp>
