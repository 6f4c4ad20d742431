#include "commands.h"

#include <iostream>

int main(int argc, char** argv) {
    return relais::cli::run(argc, argv, std::cin, std::cout, std::cerr);
}
