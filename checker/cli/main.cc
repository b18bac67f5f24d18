#include "checker/cli/commands.h"

int main(int argc, char** argv) { return plancheck::cli::Run(argc, argv); }
